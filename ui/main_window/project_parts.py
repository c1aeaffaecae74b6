"""The main window's parts that work on the open project, made when the project is attached to the window.

They need the storage layer; the window's layout, menus and article view do not (:mod:`ui.main_window.window`),
so the app can paint the first screen before this module is imported.  The widgets are made in the order the
window always made them, so the keyboard's Tab order is the same either way.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.articles.article_list import ArticleList
from ui.claims.claim_editing import ClaimEditing
from ui.i18n.core_text import say
from ui.importing.importer import Importer
from ui.lexicon.attribution_words import AttributionWords
from ui.main_window import navigation, project_dialogs
from ui.main_window.article_editing import ArticleEditing
from ui.main_window.claim_selection import ClaimSelection
from ui.main_window.claims_pane import ClaimsPane
from ui.main_window.marking import Marking
from ui.main_window.project_bridge import ProjectBridge
from ui.main_window.suggestions import Suggestions
from ui.main_window.team_status import TeamStatus
from ui.main_window.undo_actions import UndoActions
from ui.main_window.waiting_layout import SHARES, chosen_tab
from ui.overview.opener import OverviewOpener
from ui.review.review import Review
from ui.sources.sources_panel import SourcesPanel
from ui.widgets.share_splitter import ShareSplitter

if TYPE_CHECKING:
    from annotator import Project
    from ui.main_window.window import MainWindowBase


def build_parts(window: MainWindowBase, project: Project) -> None:
    """Make the project's parts of ``window`` and put them in their places (the article list left of the
    article, the Claims and Sources tabs right of it)."""
    window.project = project
    if project.annotator is None:
        project.annotator = project_dialogs.annotator_name()
    window.bridge = bridge = ProjectBridge(project, window)
    window.importer = Importer(project, window, window.open_article)  # file dialog, drops, clipboard, batches
    window.setWindowTitle(QCoreApplication.translate("MainWindow", "Nisba — {name}").format(name=say(project.name)))
    window.article_panel = ArticleList(bridge)
    window.articles_model, window.article_list = window.article_panel.model, window.article_panel.table
    window.claims_pane = pane = ClaimsPane(bridge)
    window.claims_model, window.claims_proxy = pane.model, pane.proxy
    window.claims_filter, window.claims_table = pane.filter_bar, pane.table
    window.project_claims, window.claim_form = pane.project_claims, pane.form
    window.project_claims.claimChosen.connect(window.show_claim)
    window.selection = ClaimSelection(pane, window.view, lambda: window.editing.refresh(), window.update_actions)
    waiting = window.centralWidget()  # the layout the first screen was painted in, if there was one
    window.splitter = ShareSplitter(Qt.Orientation.Horizontal, SHARES)
    window.splitter.addWidget(window.article_panel)
    window.splitter.addWidget(window.reading)
    window.sources_panel = SourcesPanel(bridge)
    window.side_tabs = QTabWidget()
    window.side_tabs.setObjectName("sideTabs")
    window.side_tabs.addTab(pane, QCoreApplication.translate("MainWindow", "Claims"))
    window.side_tabs.addTab(window.sources_panel, QCoreApplication.translate("MainWindow", "Sources"))
    window.sources_panel.filterRequested.connect(partial(navigation.filter_by_source, window))
    window.splitter.addWidget(window.side_tabs)
    if isinstance(waiting, ShareSplitter):
        window.side_tabs.setCurrentIndex(chosen_tab(waiting))
    window.setCentralWidget(window.splitter)  # (the waiting layout goes)

    select = window.selection.select
    window.marking = Marking(bridge, window.view, window.statusBar(), select, window.show_error, window)
    window.editing = ClaimEditing(
        bridge, window.view, window.claim_form, lambda: window.selection.current, window.marking.pick_source, window
    )
    window.undo_actions = UndoActions(bridge, window)
    window.suggestions = Suggestions(bridge, window.view, window.statusBar(), select, window)
    window.suggestions.changed.connect(window.update_actions)
    window.suggestions.attach(window.claims_pane.suggestions)  # the claims panel's section follows them
    window.attribution_words = AttributionWords(bridge, window.suggestions, window)  # ui/lexicon/
    _last_in_tab_order(window, window.guide)  # where the window made it when it was made with the parts
    project_dialogs.remember_project(project.path)
    window.review = Review(window)  # issue 8: sessions, agreement, compare mode, curation (ui/review/)
    window.overview = OverviewOpener(window)  # issue 18: View → Overview (ui/overview/)
    window.article_editing = ArticleEditing(project, window.view, window.article_panel, window.update_status, window)
    window.team = TeamStatus(window)  # issue 17: the server connection, presence, the server dialog


def _last_in_tab_order(window: MainWindowBase, widget: QWidget) -> None:
    """Move ``widget``'s keyboard stops to the end of the window's Tab order (the focus chain is a ring: its
    last stop is the first one before the window)."""
    stops = [w for w in (widget, *widget.findChildren(QWidget)) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    last: QWidget | None = window.previousInFocusChain()
    while (
        last is not None and last is not window and (last in stops or not last.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ):
        last = last.previousInFocusChain()
    if last is None or last is window:
        return
    for stop in stops:
        QWidget.setTabOrder(last, stop)
        last = stop
