"""The main window: layout and wiring of the article list, the article view and the claims panel.

Its actions come from one table (:mod:`ui.main_window.action_table`); the claims tab is
:mod:`ui.main_window.claims_pane`, the current claim :mod:`ui.main_window.claim_selection`, marking
:mod:`ui.main_window.marking`, Undo/Redo :mod:`ui.main_window.undo_actions`, moving about
:mod:`ui.main_window.navigation`, the project dialogs :mod:`ui.main_window.project_dialogs`.  Every change goes
through the core, and every view refreshes from the change record the core tells after it (through
:class:`ProjectBridge`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from annotator import AnnotatorError, Claim, Project
from annotator.exports.data import ExportOptions
from annotator.exports.files import ExportSummary
from annotator.storage.changes import Change
from annotator.storage.claim_rows import ClaimRow
from ui.article.find_bar import FindBar
from ui.article.highlight_style import HighlightSpan
from ui.article.view import ArticleView
from ui.articles.article_list import ArticleList
from ui.claims.claim_editing import ClaimEditing
from ui.claims.claim_spans import claim_spans
from ui.exporting import export_flow
from ui.i18n.core_text import error_text, say
from ui.importing import qda_import_dialog
from ui.importing.importer import Importer
from ui.lexicon.attribution_words import AttributionWords
from ui.main_window import navigation, project_dialogs, window_state
from ui.main_window.action_building import build_actions, build_menus
from ui.main_window.article_editing import ArticleEditing
from ui.main_window.claim_selection import ClaimSelection
from ui.main_window.claims_pane import ClaimsPane
from ui.main_window.first_run_guide import FirstRunGuide
from ui.main_window.marking import Marking
from ui.main_window.project_bridge import ProjectBridge
from ui.main_window.shortcuts_dialog import ShortcutsDialog
from ui.main_window.status_line import ArticleStatusLine
from ui.main_window.suggestions import Suggestions
from ui.main_window.team_status import TeamStatus
from ui.main_window.undo_actions import UndoActions
from ui.overview.opener import OverviewOpener
from ui.review.review import Review
from ui.safety import data_safety
from ui.sources.sources_panel import SourcesPanel
from ui.widgets.icons import apply_icons
from ui.widgets.share_splitter import ShareSplitter


class MainWindow(QMainWindow):
    """One window per open project.  It never closes the project: its owner does."""

    projectRequested = Signal(Path)  # the user asked to open or create another project
    restoreRequested = Signal(Path)  # the user chose a backup to restore (the owner closes, restores, reopens)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.project = project
        if project.annotator is None:
            project.annotator = project_dialogs.annotator_name()
        self.bridge = ProjectBridge(project, self)
        self.importer = Importer(project, self, self.open_article)  # file dialog, drops, clipboard, batches
        self.setAcceptDrops(True)

        self.setWindowTitle(self.tr("Nisba — {name}").format(name=say(project.name)))
        self.resize(1280, 800)

        self.article_panel = ArticleList(self.bridge)
        self.articles_model = self.article_panel.model
        self.article_list = self.article_panel.table

        self.view = ArticleView()
        self.claims_pane = ClaimsPane(self.bridge)
        self.claims_model, self.claims_proxy = self.claims_pane.model, self.claims_pane.proxy
        self.claims_filter, self.claims_table = self.claims_pane.filter_bar, self.claims_pane.table
        self.project_claims, self.claim_form = self.claims_pane.project_claims, self.claims_pane.form
        self.project_claims.claimChosen.connect(self.show_claim)
        self.selection = ClaimSelection(
            self.claims_pane, self.view, lambda: self.editing.refresh(), lambda: self._update_actions()
        )
        self.find_bar = FindBar(self.view)
        reading = QWidget()
        self._reading_layout = QVBoxLayout(reading)
        self._reading_layout.setContentsMargins(0, 0, 0, 0)
        self._reading_layout.addWidget(self.find_bar)
        self._reading_layout.addWidget(self.view)

        self.splitter: QSplitter = ShareSplitter(Qt.Orientation.Horizontal, [2, 5, 4])  # article list, article, claims
        self.splitter.addWidget(self.article_panel)
        self.splitter.addWidget(reading)
        self.sources_panel = SourcesPanel(self.bridge)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.claims_pane, self.tr("Claims"))
        self.side_tabs.addTab(self.sources_panel, self.tr("Sources"))
        self.sources_panel.filterRequested.connect(partial(navigation.filter_by_source, self))
        self.splitter.addWidget(self.side_tabs)
        self.setCentralWidget(self.splitter)
        self._status = ArticleStatusLine()
        self.statusBar().addPermanentWidget(self._status)

        select = self.selection.select
        self.marking = Marking(self.bridge, self.view, self.statusBar(), select, self._error, self)
        self.editing = ClaimEditing(
            self.bridge, self.view, self.claim_form, lambda: self.selection.current, self.marking.pick_source, self
        )
        self.undo_actions = UndoActions(self.bridge, self)
        self.suggestions = Suggestions(self.bridge, self.view, self.statusBar(), select, self)
        self.suggestions.changed.connect(self._update_actions)
        self.suggestions.attach(self.claims_pane.suggestions)  # the claims panel's section follows them
        self.attribution_words = AttributionWords(self.bridge, self.suggestions, self)  # ui/lexicon/
        self.guide = FirstRunGuide()
        self.add_banner(self.guide)
        project_dialogs.remember_project(project.path)
        self.review = Review(self)  # issue 8: sessions, agreement, compare mode, curation (ui/review/)
        self.overview = OverviewOpener(self)  # issue 18: View → Overview (ui/overview/)
        self.article_editing = ArticleEditing(self.project, self.view, self.article_panel, self._update_status, self)
        self.team = TeamStatus(self)  # issue 17: the server connection, presence, the server dialog
        reading_keys_in = (self.view, self.claims_table, self.article_list)
        self.actions_by_name = build_actions(self, self._slots(), reading_keys_in)
        a = self.actions_by_name
        a["snap"].setChecked(self.marking.snap)
        a["clean_batches"].setChecked(self.importer.clean_batches)
        a["suggestions"].setChecked(self.suggestions.shown)
        self.menus = build_menus(
            self,
            a,
            {
                "Mark with a &recent source": lambda menu: self.marking.fill_recent_menu(menu, a),
                "&Compare with": self.review.fill_compare_menu,
                "Open &Recent": lambda menu: project_dialogs.fill_recent_projects(
                    menu, self.project.path, self.projectRequested.emit
                ),
            },
        )
        self.undo_actions.attach(a["undo"], a["redo"])
        self.view.set_context_actions([a["mark"], a["delete"], a["mention"], a["cue"], a["bounds"]])
        a["mark"].setEnabled(False)
        a["delete"].setEnabled(False)

        self.article_panel.articleChosen.connect(self.open_article)
        self.claims_table.selectionModel().currentRowChanged.connect(self.selection.on_row)
        self.view.claimActivated.connect(self.selection.select)
        self.view.selectionChanged.connect(self._update_actions)
        self.bridge.changed.connect(self._on_change)
        self.bridge.sourcesChanged.connect(self.refresh_highlights)
        self.claims_model.rowsLoaded.connect(self._on_rows_loaded)
        self.review.attach(a)
        window_state.restore(self)
        data_safety.apply_state(self)  # read-only mode, backup warnings
        QTimer.singleShot(0, lambda: apply_icons(self.actions_by_name))  # icons after the first paint

    # -- set-up ----------------------------------------------------------------

    def _slots(self) -> dict[str, Callable[..., object]]:
        """What each action of the table does, by key (see :mod:`ui.main_window.action_table`)."""
        editing, marking = self.editing, self.marking
        slots: dict[str, Callable[..., object]] = {
            "new": lambda: self._request(project_dialogs.new_project_path(self, self.project)),
            "open": lambda: self._request(project_dialogs.open_project_path(self, self.project)),
            "import": self.importer.choose_files,
            "clean_batches": self.importer.set_clean_batches,
            "import_annotations": lambda: project_dialogs.import_annotations(self, self.project),
            "import_project": lambda: qda_import_dialog.import_project(self, self.project),
            "export": self._export_dialog,
            "save_copy": lambda: data_safety.save_copy_dialog(self),
            "restore": lambda: data_safety.restore_dialog(self),
            "quit": self.close,
            "undo": self.undo_actions.undo,
            "redo": self.undo_actions.redo,
            "paste_article": self.importer.paste,
            "find": self.find_bar.open_bar,
            "snap": marking.set_snap,
            "annotator": self._ask_annotator,
            "mark": self._mark_or_accept,
            "delete": self._delete_current,
            "add_source": lambda: editing.add_source(),
            "mention": lambda: editing.span_from_selection(self.claim_form.selected_position(), "mention"),
            "cue": lambda: editing.span_from_selection(self.claim_form.selected_position(), "cue"),
            "bounds": editing.bounds_from_selection,
            "labels": partial(navigation.focus_labels, self),
            "note": partial(navigation.focus_note, self),
            "next_claim": lambda: self.selection.step(1),
            "prev_claim": lambda: self.selection.step(-1),
            "suggestions": self.suggestions.set_shown,
            "next_suggestion": lambda: self.suggestions.step(1),
            "prev_suggestion": lambda: self.suggestions.step(-1),
            "reject_suggestion": self.suggestions.reject_current,
            "accept_source_suggestions": self.suggestions.accept_all_of_source,
            "accept_all_suggestions": self.suggestions.accept_all,
            "next_article": partial(navigation.step_article, self, 1),
            "prev_article": partial(navigation.step_article, self, -1),
            "sources": partial(navigation.show_sources, self),
            "guide": self.guide.show_again,
            "shortcuts": lambda: ShortcutsDialog(self.actions_by_name, self).exec(),
            "about": lambda: project_dialogs.about(self, self.project),
        }
        slots |= {f"recent_{n}": partial(marking.mark_with_recent, n) for n in range(1, 10)}
        parts = (self.review, self.overview, self.team, self.article_editing, self.attribution_words)
        for part in parts:
            slots |= part.slots()
        return slots

    def _request(self, path: Path | None) -> None:
        if path is not None:
            self.projectRequested.emit(path)

    # -- public seams ------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        """Show an article with its claims highlighted and listed.

        A long article shows its first screen's claims at once and reads the rest on the next turn of the
        event loop, so it opens as fast as its plain text; everything needing all of them finishes first.
        """
        article = self.project.article(article_id)
        split = self.view.first_screen_end()
        head = self.project.claim_rows(article_id, (0, split))
        more = partial(self.project.claim_rows, article_id) if split < len(article.text) else None
        self.selection.set_current(None)
        self.view.show_article(article, [span for c in head for span in self._spans(c)])
        self.claims_model.set_article(article_id, head, more)
        if more is not None:
            QTimer.singleShot(0, self.claims_model, self.claims_model.finish_loading)
        self.article_panel.select_article(article_id)
        self._update_actions()
        self._update_status()
        window_state.remember_article(self.project, article_id)
        self.review.article_opened(article_id)  # issue 8: session time, compare mode
        self.team.article_opened(article_id)  # issue 17: the others see which article this window is on
        self.suggestions.refresh()

    def _on_rows_loaded(self, rows: list[ClaimRow]) -> None:
        self.view.add_spans(span for c in rows for span in self._spans(c))
        self._update_status()

    def mark_selection_as_claim(self, source_ids: list[int] | tuple[int, ...] = ()) -> Claim | None:
        """Store the view's selection as a claim attributed to ``source_ids`` (what Mark does after the picker);
        None without a selection or when the core refuses it."""
        return self.marking.mark(source_ids)

    def _mark_or_accept(self) -> None:
        """Enter: mark the selection; without one, accept the suggestion Tab went to."""
        if self.view.textCursor().hasSelection() or not self.suggestions.accept_current():
            self.marking.mark_interactive()

    def delete_claim(self, claim_id: int) -> None:
        """Delete a claim (undoable); a note typed for it is saved first, so undo brings it back too."""
        if self.claim_form.claim is not None and self.claim_form.claim.id == claim_id:
            self.claim_form.commit_note()
        try:
            self.project.delete_claim(claim_id)
        except AnnotatorError as exc:
            self._error(self.tr("Could not delete the claim"), exc)

    def pick_source(self, claim_text: str) -> int | None:
        """Ask for a source with the type-ahead picker (creating it if new); None when cancelled."""
        return self.marking.pick_source(claim_text)

    def add_banner(self, banner: QWidget) -> None:
        """Show ``banner`` above the article (the annotator's name, a warning)."""
        self._reading_layout.insertWidget(0, banner)

    @property
    def current_claim_id(self) -> int | None:
        """The claim selected in the panel or clicked in the text."""
        return self.selection.current

    def show_claim(self, claim: ClaimRow) -> None:
        """Open the claim's article (unless it is open) with the claim selected (a search result, issue 7)."""
        if self.view.article is None or self.view.article.id != claim.article_id:
            self.open_article(claim.article_id)
        self.selection.select(claim.id)
        self.view.select_range(claim.start, claim.end)

    # -- actions -------------------------------------------------------------------

    def _ask_annotator(self) -> None:
        if project_dialogs.ask_annotator(self, self.project):
            self._update_status()
            self.review.annotator_changed()  # issue 8: a new session

    def _delete_current(self) -> None:
        if self.selection.current is None:
            self.statusBar().showMessage(self.tr("Select a claim to delete, in the list or in the text."), 4000)
            return
        self.delete_claim(self.selection.current)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.project.read_only and self.importer.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.importer.accepts(event.mimeData()):
            event.acceptProposedAction()
            self.importer.drop(event.mimeData())
        else:
            super().dropEvent(event)

    def _export_dialog(self) -> None:
        export_flow.ask_and_export(self, self.project, self.article_panel.selected_ids())

    def export_to(self, path: Path, fmt: str = "xlsx", options: ExportOptions | None = None) -> ExportSummary | None:
        """Export with a progress dialog (cancellable), then offer to open the file or its folder."""
        return export_flow.export_to(self, self.project, path, fmt, options)

    # -- keeping views in step -----------------------------------------------------

    def _spans(self, claim: ClaimRow) -> list[HighlightSpan]:
        return claim_spans(claim, self.claims_model, self.bridge)

    def _on_change(self, change: Change) -> None:
        shown = self.view.article
        if change.entity == "article" and change.action == "deleted" and shown is not None and shown.id in change.ids:
            self.selection.forget()  # an undone import took the open article away, with its claims
            self.view.show_article(None)
            self.claims_model.set_article(None)
            self.editing.refresh()
            self._update_status()
        elif change.entity == "claim" and self.view.article is not None and change.article_id == self.view.article.id:
            for claim_id in change.ids:
                if change.action == "deleted":
                    self.view.remove_claim(claim_id)
                    if self.selection.current == claim_id:
                        self.selection.forget()
                else:
                    self.view.set_claim_spans(claim_id, self._spans(self.project.claim_row(claim_id)))
            if self.selection.current is not None and self.selection.current in change.ids:
                self.selection.select(self.selection.current)  # its row may have moved (new boundaries)
            self._update_actions()
            self._update_status()
            self.editing.refresh()
        elif change.entity == "label":
            self.editing.refresh()
            self.claims_filter.fill_labels()
        elif change.entity == "article" and self.view.article is None and change.ids:
            self.open_article(change.ids[-1])

    def refresh_highlights(self) -> None:
        """Draw every claim of the open article again (sources recoloured, compare mode left)."""
        if self.view.article is not None:
            self.claims_model.finish_loading()
            self.view.clear_spans()
            self.view.add_spans(span for c in self.project.claim_rows(self.view.article.id) for span in self._spans(c))
        self.editing.refresh()

    def _update_actions(self) -> None:
        a, editable = self.actions_by_name, not self.project.read_only
        has_selection = self.view.article is not None and self.view.textCursor().hasSelection()
        pending = bool(self.suggestions.items)  # Tab, X and Backspace keep their usual meaning without any
        a["mark"].setEnabled(editable and (has_selection or pending))
        a["delete"].setEnabled(editable and self.selection.current is not None)
        for key in ("next_suggestion", "prev_suggestion"):
            a[key].setEnabled(pending)
        for key in ("reject_suggestion", "accept_source_suggestions", "accept_all_suggestions"):
            a[key].setEnabled(pending and editable)

    def _update_status(self) -> None:
        self._status.show_state(self.project, self.view, self.claims_model.rowCount())

    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self, title, error_text(exc))

    # -- settings --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.suggestions.wait()  # a suggester still running answers before the window goes
        window_state.save(self)
        self.bridge.detach()
        super().closeEvent(event)
