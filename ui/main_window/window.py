"""The main window: layout and wiring of the article list, the article view and the claims panel.

Its actions come from one table (:mod:`ui.main_window.action_table`); the parts that work on the project are
made in :mod:`ui.main_window.project_parts` when :mod:`ui.main_window.attached` attaches it; moving about is
:mod:`ui.main_window.navigation`.  Every change goes through the core, and every view refreshes from the change
record the core tells after it (through the :class:`~ui.main_window.project_bridge.ProjectBridge`,
:mod:`ui.main_window.change_views`).

This module loads without the storage layer: the app paints the first screen of the article (read with
``sqlite3``, :mod:`annotator.storage.first_screen`) in the window before the project is attached.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from annotator.errors import AnnotatorError
from annotator.storage.first_screen import FirstScreen
from ui.article.find_bar import FindBar
from ui.article.highlight_style import HighlightSpan
from ui.article.view import ArticleView
from ui.claims.claim_spans import claim_spans
from ui.i18n.core_text import error_text
from ui.main_window import navigation, project_dialogs, window_state
from ui.main_window.action_building import build_menus, make_actions
from ui.main_window.first_run_guide import FirstRunGuide
from ui.main_window.shortcuts_dialog import ShortcutsDialog
from ui.main_window.status_line import ArticleStatusLine
from ui.main_window.waiting_layout import waiting_splitter

if TYPE_CHECKING:
    from annotator import Claim, Project
    from annotator.exports.data import ExportOptions
    from annotator.exports.files import ExportSummary
    from annotator.storage.rows import ClaimRow
    from ui.articles.article_list import ArticleList
    from ui.articles.articles_model import ArticlesModel
    from ui.claims.claim_editing import ClaimEditing
    from ui.claims.claim_form import ClaimForm
    from ui.claims.claims_filter import ClaimsFilterBar, ClaimsFilterProxy
    from ui.claims.claims_model import ClaimsModel
    from ui.claims.project_claims import ProjectClaimsPanel
    from ui.importing.importer import Importer
    from ui.lexicon.attribution_words import AttributionWords
    from ui.main_window.article_editing import ArticleEditing
    from ui.main_window.claim_selection import ClaimSelection
    from ui.main_window.claims_pane import ClaimsPane
    from ui.main_window.marking import Marking
    from ui.main_window.project_bridge import ProjectBridge
    from ui.main_window.suggestions import Suggestions
    from ui.main_window.team_status import TeamStatus
    from ui.main_window.undo_actions import UndoActions
    from ui.overview.opener import OverviewOpener
    from ui.review.review import Review
    from ui.sources.sources_panel import SourcesPanel
    from ui.widgets.table_view import RowTable


class MainWindowBase(QMainWindow):
    """One window per open project, all but its attaching (:class:`ui.main_window.attached.MainWindow`).  It
    never closes the project: its owner does.

    Made in two steps: the layout, the actions, the menus and the article view here, then (``attach``) the
    parts that work on the project.  ``MainWindow(project)`` takes both at once; at start-up the app paints
    the article's first screen in a window still waiting for its project (:meth:`show_first_screen`), every
    action disabled until the project is attached.
    """

    projectRequested = Signal(Path)  # the user asked to open or create another project
    restoreRequested = Signal(Path)  # the user chose a backup to restore (the owner closes, restores, reopens)

    # The project's parts (ui.main_window.project_parts), there once the project is attached:
    project: Project
    bridge: ProjectBridge
    importer: Importer
    article_panel: ArticleList
    articles_model: ArticlesModel
    article_list: RowTable
    claims_pane: ClaimsPane
    claims_model: ClaimsModel
    claims_proxy: ClaimsFilterProxy
    claims_filter: ClaimsFilterBar
    claims_table: RowTable
    project_claims: ProjectClaimsPanel
    claim_form: ClaimForm
    selection: ClaimSelection
    splitter: QSplitter
    sources_panel: SourcesPanel
    side_tabs: QTabWidget
    marking: Marking
    editing: ClaimEditing
    undo_actions: UndoActions
    suggestions: Suggestions
    review: Review
    overview: OverviewOpener
    article_editing: ArticleEditing
    attribution_words: AttributionWords
    team: TeamStatus

    def __init__(self, project: Project | None = None, parent: QWidget | None = None, *, name: str = "") -> None:
        """The window of ``project``; without one, a window laid out for the project file called ``name``,
        waiting for :meth:`attach`."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._attached = False
        self.view = ArticleView()
        self.find_bar = FindBar(self.view)
        self.reading = QWidget()
        self._reading_layout = QVBoxLayout(self.reading)
        self._reading_layout.setContentsMargins(0, 0, 0, 0)
        self._reading_layout.addWidget(self.find_bar)
        self._reading_layout.addWidget(self.view)
        self.guide = FirstRunGuide()
        self.add_banner(self.guide)
        self._status = ArticleStatusLine()
        self.statusBar().addPermanentWidget(self._status)
        self.actions_by_name = a = make_actions(self)
        for action in a.values():
            action.setEnabled(False)  # until the project is attached
        fills: dict[str, Callable[[QMenu], None]] = {
            "Mark with a &recent source": lambda menu: self.marking.fill_recent_menu(menu, a),
            "&Compare with": lambda menu: self.review.fill_compare_menu(menu),
            "Open &Recent": lambda menu: project_dialogs.fill_recent_projects(
                menu, self.project.path, self.open_path, self.team.serverRequested.emit, self.project.location
            ),
        }
        self.menus = build_menus(self, a, {title: self._when_attached(fill) for title, fill in fills.items()})
        self.view.set_context_actions([a["mark"], a["delete"], a["mention"], a["cue"], a["bounds"]])
        self._icons_due = True  # drawn after the first paint
        if project is not None:
            return  # attached at once (ui.main_window.attached)
        self.setWindowTitle(self.tr("Nisba — {name}").format(name=name))
        self.splitter = waiting_splitter(self.reading)
        self.setCentralWidget(self.splitter)
        window_state.restore_layout(self)

    def show_first_screen(self, screen: FirstScreen, project_path: Path) -> None:
        """Paint ``screen`` (read before the project opened) as :meth:`open_article` will show it."""
        self.view.show_article(screen.article, [span for c in screen.claims for span in claim_spans(c, screen)])
        if screen.article.id == window_state.last_article(project_path):
            window_state.scroll_to_last_position(project_path, self.view.verticalScrollBar())

    def _when_attached(self, fill: Callable[[QMenu], None]) -> Callable[[QMenu], None]:
        return lambda menu: fill(menu) if self._attached else None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._icons_due:  # the icons come after the first paint (their size is kept for them meanwhile)
            self._icons_due = False
            QTimer.singleShot(0, self._apply_icons)

    def _apply_icons(self) -> None:
        from ui.widgets.icons import apply_icons

        apply_icons(self.actions_by_name)

    # -- set-up ----------------------------------------------------------------

    def _slots(self) -> dict[str, Callable[..., object]]:
        """What each action of the table does, by key (see :mod:`ui.main_window.action_table`)."""
        from ui.importing import qda_import_dialog
        from ui.safety import data_safety

        editing, marking = self.editing, self.marking
        slots: dict[str, Callable[..., object]] = {
            "new": lambda: self.open_path(project_dialogs.new_project_path(self, self.project)),
            "open": lambda: self.open_path(project_dialogs.open_project_path(self, self.project)),
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
            "next_article": partial(navigation.step_article, self, 1),
            "prev_article": partial(navigation.step_article, self, -1),
            "sources": partial(navigation.show_sources, self),
            "guide": self.guide.show_again,
            "shortcuts": lambda: ShortcutsDialog(self.actions_by_name, self).exec(),
            "about": lambda: project_dialogs.about(self, self.project),
        }
        slots |= {f"recent_{n}": partial(marking.mark_with_recent, n) for n in range(1, 10)}
        parts = (self.suggestions, self.review, self.overview, self.team, self.article_editing, self.attribution_words)
        for part in parts:
            slots |= part.slots()
        return slots

    def open_path(self, path: Path | None) -> None:
        """Ask the owner to open (or create) the project at ``path`` in this one's place (None: nothing)."""
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
        self.update_actions()
        self.update_status()
        window_state.remember_article(self.project, article_id)
        self.review.article_opened(article_id)  # issue 8: session time, compare mode
        self.team.article_opened(article_id)  # issue 17: the others see which article this window is on
        self.suggestions.refresh()

    def _on_rows_loaded(self, rows: list[ClaimRow]) -> None:
        self.view.add_spans(span for c in rows for span in self._spans(c))
        self.update_status()

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
            self.show_error(self.tr("Could not delete the claim"), exc)

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
            self.update_status()
            self.review.annotator_changed()  # issue 8: a new session

    def _delete_current(self) -> None:
        if self.selection.current is None:
            self.statusBar().showMessage(self.tr("Select a claim to delete, in the list or in the text."), 4000)
            return
        self.delete_claim(self.selection.current)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._attached and not self.project.read_only and self.importer.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self._attached and self.importer.accepts(event.mimeData()):
            event.acceptProposedAction()
            self.importer.drop(event.mimeData())
        else:
            super().dropEvent(event)

    def _export_dialog(self) -> None:
        from ui.exporting import export_flow

        export_flow.ask_and_export(self, self.project, self.article_panel.selected_ids())

    def export_to(self, path: Path, fmt: str = "xlsx", options: ExportOptions | None = None) -> ExportSummary | None:
        """Export with a progress dialog (cancellable), then offer to open the file or its folder."""
        from ui.exporting import export_flow

        return export_flow.export_to(self, self.project, path, fmt, options)

    # -- keeping views in step -----------------------------------------------------

    def _spans(self, claim: ClaimRow) -> list[HighlightSpan]:
        return claim_spans(claim, self.bridge)

    def refresh_highlights(self) -> None:
        """Draw every claim of the open article again (sources recoloured, compare mode left)."""
        if self.view.article is not None:
            self.claims_model.finish_loading()
            self.view.clear_spans()
            self.view.add_spans(span for c in self.project.claim_rows(self.view.article.id) for span in self._spans(c))
        self.editing.refresh()

    def update_actions(self) -> None:
        a, editable = self.actions_by_name, not self.project.read_only
        has_selection = self.view.article is not None and self.view.textCursor().hasSelection()
        pending = bool(self.suggestions.items)  # Tab, X and Backspace keep their usual meaning without any
        a["mark"].setEnabled(editable and (has_selection or pending))
        a["delete"].setEnabled(editable and self.selection.current is not None)
        for key in ("next_suggestion", "prev_suggestion"):
            a[key].setEnabled(pending)
        for key in ("reject_suggestion", "accept_source_suggestions", "accept_all_suggestions"):
            a[key].setEnabled(pending and editable)

    def update_status(self) -> None:
        self._status.show_state(self.project, self.view, self.claims_model.rowCount())

    def show_error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self, title, error_text(exc))

    # -- settings --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._attached:  # closed while the project was opening: nothing of it to keep
            super().closeEvent(event)
            return
        self.suggestions.wait()  # a suggester still running answers before the window goes
        window_state.save(self)
        self.bridge.detach()
        super().closeEvent(event)
