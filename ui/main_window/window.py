"""The main window: article list, article view and claims panel, wired to the project."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator import AnnotatorError, Article, Claim, Project
from annotator.errors import ExportCancelledError
from annotator.exports.data import ExportOptions
from annotator.exports.files import ExportSummary
from annotator.paths import PROJECT_SUFFIX
from annotator.storage.changes import Change
from annotator.storage.claim_rows import ClaimRow
from annotator.text.spans import guess_quote_type
from ui.article.find_bar import FindBar
from ui.article.highlight_style import HighlightSpan
from ui.article.view import SNAP_SETTING, ArticleView, snap_words_on
from ui.articles.article_dialog import ArticleDialog
from ui.articles.article_list import ArticleList
from ui.articles.articles_model import STATUS_LABELS
from ui.claims.claim_editing import ClaimEditing
from ui.claims.claim_form import ClaimForm
from ui.claims.claims_filter import ClaimsFilterBar, ClaimsFilterProxy
from ui.claims.claims_model import ClaimsModel
from ui.claims.project_claims import ProjectClaimsPanel
from ui.exporting.export_dialog import ExportDialog
from ui.importing.importer import Importer
from ui.main_window.commands import AddSourceCommand, DeleteClaimCommand, EditArticleCommand, MarkClaimCommand
from ui.main_window.commands import failures as command_failures
from ui.main_window.project_bridge import ProjectBridge
from ui.main_window.shortcuts_dialog import ShortcutsDialog
from ui.review.review import Review
from ui.safety import data_safety
from ui.sources.source_picker import Pick, SourcePicker
from ui.sources.sources_panel import SourcesPanel
from ui.widgets.icons import apply_icons
from ui.widgets.table_view import RowTable

RECENT_LIMIT = 9


def annotator_name() -> str:
    """The annotator remembered in the settings, else the account's user name."""
    saved = QSettings().value("annotator/name", "")
    if isinstance(saved, str) and saved.strip():
        return saved
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "annotator"


READING_KEYS = (
    *("mark", "delete", "mention", "cue", "bounds", "add_source", "labels", "note", "next_claim", "prev_claim"),
    *(f"recent_{n}" for n in range(1, 10)),
)


class MainWindow(QMainWindow):
    """One window per open project.  It never closes the project: its owner does."""

    projectRequested = Signal(Path)  # the user asked to open or create another project
    restoreRequested = Signal(Path)  # the user chose a backup to restore (the owner closes, restores, reopens)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.project = project
        if project.annotator is None:
            project.annotator = annotator_name()
        self.bridge = ProjectBridge(project, self)
        self.undo_stack = QUndoStack(self)
        self._recent_sources: list[int] = project.recent_source_ids(RECENT_LIMIT)
        self._current_claim: int | None = None
        self._syncing = False
        self.importer = Importer(project, self, self.open_article)  # file dialog, drops, clipboard, batches
        self.setAcceptDrops(True)

        self.setWindowTitle(f"Nisba — {project.path.name}")
        self.resize(1280, 800)

        self.article_panel = ArticleList(self.bridge)
        self.articles_model = self.article_panel.model
        self.article_list = self.article_panel.table

        self.view = ArticleView()
        self.claims_model = ClaimsModel(self.bridge)
        self.claims_proxy = ClaimsFilterProxy(self.claims_model, self.bridge)
        self.claims_filter = ClaimsFilterBar(self.claims_proxy, self.bridge)
        self.claims_table = RowTable("claimsTable")
        self.claims_table.setModel(self.claims_proxy)
        self.claims_table.stretch_first_column({1: 150})
        claims_box = QWidget()
        claims_layout = QVBoxLayout(claims_box)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.addWidget(self.claims_filter)
        claims_layout.addWidget(self.claims_table)
        self.project_claims = ProjectClaimsPanel(self.bridge, self.claims_filter, self.claims_table)  # issue 7
        self.project_claims.claimChosen.connect(self.show_claim)
        claims_layout.addWidget(self.project_claims)

        self.claim_form = ClaimForm()
        self.claims_pane = QSplitter(Qt.Orientation.Vertical)
        self.claims_pane.addWidget(claims_box)
        self.claims_pane.addWidget(self.claim_form)
        self.claims_pane.setStretchFactor(0, 3)
        self.claims_pane.setStretchFactor(1, 2)
        self.find_bar = FindBar(self.view)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(self.find_bar)
        reading_layout.addWidget(self.view)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article_panel)
        self.splitter.addWidget(reading)
        self.sources_panel = SourcesPanel(self.bridge, self.undo_stack)
        self.side_tabs = QTabWidget()
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.claims_pane, "Claims")
        self.side_tabs.addTab(self.sources_panel, "Sources")
        self.sources_panel.filterRequested.connect(self._filter_by_source)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([240, 640, 400])
        self.setCentralWidget(self.splitter)
        self._status = QLabel()
        self._status.setObjectName("articleStatus")
        self.statusBar().addPermanentWidget(self._status)

        self.editing = ClaimEditing(
            self.bridge,
            self.undo_stack,
            self.view,
            self.claim_form,
            lambda: self._current_claim,
            self.pick_source,
            self,
        )
        self.actions_by_name = self._make_actions()
        self.actions_by_name.update(data_safety.make_actions(self))
        self._make_menus_and_toolbar()
        a = self.actions_by_name
        self.view.set_context_actions([a["mark"], a["delete"], a["mention"], a["cue"], a["bounds"]])
        self._scope_reading_keys()

        self.article_panel.articleChosen.connect(self.open_article)
        self.claims_table.selectionModel().currentRowChanged.connect(self._on_claim_row)
        self.view.claimActivated.connect(self._on_claim_clicked)
        self.view.selectionChanged.connect(self._update_actions)
        self.bridge.changed.connect(self._on_change)
        self.bridge.sourcesChanged.connect(self._refresh_highlights)
        self.claims_model.rowsLoaded.connect(self._on_rows_loaded)
        # Queued: the box opens after the undo stack has finished the step.
        command_failures.failed.connect(self._on_command_failed, Qt.ConnectionType.QueuedConnection)

        self.review = Review(self)  # issue 8: sessions, agreement, compare mode, curation (ui/review.py)
        self._restore_settings()
        data_safety.apply_state(self)  # read-only mode, backup warnings
        QTimer.singleShot(0, lambda: apply_icons(self.actions_by_name))  # icons after the first paint

    # -- set-up ----------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        def act(
            key: str, text: str, slot: object, shortcuts: list[QKeySequence] | None = None, tip: str = ""
        ) -> QAction:
            action = QAction(text, self)
            action.setObjectName(f"action_{key}")
            if shortcuts:
                action.setShortcuts(shortcuts)
            action.setToolTip(tip or text.replace("&", "").replace("…", ""))
            action.setStatusTip(action.toolTip())
            if key in READING_KEYS:  # see _scope_reading_keys
                action.triggered.connect(lambda _checked=False, run=slot: self._reading_key(run))
            else:
                action.triggered.connect(slot)
                self.addAction(action)
            return action

        actions = {
            "new": act("new", "&New project…", self._new_project, [QKeySequence(QKeySequence.StandardKey.New)]),
            "open": act("open", "&Open project…", self._open_project, [QKeySequence(QKeySequence.StandardKey.Open)]),
            "import": act("import", "&Import articles…", self._import_dialog, [QKeySequence("Ctrl+I")]),
            "export": act(
                "export",
                "&Export…",
                self._export_dialog,
                [QKeySequence("Ctrl+E")],
                "Export claims to Excel, CSV or JSON",
            ),
            "import_annotations": act("import_annotations", "Import &annotations…", self._import_annotations_dialog),
            "paste_article": act(
                "paste_article",
                "&Paste as new article",
                self.importer.paste,
                [QKeySequence("Ctrl+Shift+V")],
                "Import the clipboard's text as a new article (Ctrl+Shift+V)",
            ),
            "quit": act("quit", "&Quit", self.close, [QKeySequence(QKeySequence.StandardKey.Quit)]),
            "mark": act(
                "mark",
                "&Mark claim…",
                self._mark_interactive,
                [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence("Ctrl+M")],
                "Mark the selected text as a claim and attribute it to a source (Enter)",
            ),
            "delete": act(
                "delete",
                "&Delete claim",
                self._delete_current,
                [QKeySequence(QKeySequence.StandardKey.Delete)],
                "Delete the current claim (Delete)",
            ),
        }
        actions["undo"] = act(
            "undo", "&Undo", self.undo_stack.undo, QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
        )
        actions["redo"] = act(
            "redo", "&Redo", self.undo_stack.redo, QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        )
        for key, can, text in (
            ("undo", self.undo_stack.canUndoChanged, self.undo_stack.undoTextChanged),
            ("redo", self.undo_stack.canRedoChanged, self.undo_stack.redoTextChanged),
        ):
            action = actions[key]
            action.setEnabled(False)
            can.connect(action.setEnabled)
            label = "Undo" if key == "undo" else "Redo"
            text.connect(lambda t, a=action, label=label: a.setToolTip(f"{label} {t}" if t else label))
        actions["about"] = act("about", "&About Nisba", self._about)
        actions |= {
            "mention": act(
                "mention",
                "Mark source &mention",
                lambda: self.editing.span_from_selection(self.claim_form.selected_position(), "mention"),
                [QKeySequence("M"), QKeySequence("Ctrl+Shift+M")],
                "The selected text names the current claim's source (M)",
            ),
            "cue": act(
                "cue",
                "Mark &cue",
                lambda: self.editing.span_from_selection(self.claim_form.selected_position(), "cue"),
                [QKeySequence("C"), QKeySequence("Ctrl+Shift+K")],
                "The selected text is the current claim's reporting cue, e.g. وقال (C)",
            ),
            "bounds": act(
                "bounds",
                "Set claim &boundaries to selection",
                self.editing.bounds_from_selection,
                [QKeySequence("Ctrl+B")],
            ),
            "add_source": act(
                "add_source",
                "&Add source to chain…",
                lambda: self.editing.add_source(),
                [QKeySequence("S"), QKeySequence("Ctrl+Shift+S")],
            ),
            "note": act("note", "Edit &note", self._focus_note, [QKeySequence("F2")]),
            "labels": act(
                "labels",
                "Edit &labels",
                self._focus_labels,
                [QKeySequence("L")],
                "Move to the current claim's labels (Space ticks one)",
            ),
            "next_claim": act(
                "next_claim", "&Next claim", lambda: self._step_claim(1), [QKeySequence("N"), QKeySequence("Alt+Down")]
            ),
            "prev_claim": act(
                "prev_claim",
                "&Previous claim",
                lambda: self._step_claim(-1),
                [QKeySequence("P"), QKeySequence("Alt+Up")],
            ),
            "next_article": act(
                "next_article", "Ne&xt article", lambda: self._step_article(1), [QKeySequence("Ctrl+PgDown")]
            ),
            "prev_article": act(
                "prev_article", "Pre&vious article", lambda: self._step_article(-1), [QKeySequence("Ctrl+PgUp")]
            ),
            "find": act(
                "find", "&Find in article…", self.find_bar.open_bar, [QKeySequence(QKeySequence.StandardKey.Find)]
            ),
            "snap": act(
                "snap",
                "Snap selections to whole &words",
                self._toggle_snap,
                [QKeySequence("Ctrl+Shift+W")],
                "Widen a new claim, mention or cue to whole words (Arabic clitics and diacritics understood)",
            ),
            "shortcuts": act("shortcuts", "&Keyboard shortcuts", self._show_shortcuts, [QKeySequence("F1")]),
            "annotator": act(
                "annotator",
                "Annotator &name…",
                self._ask_annotator,
                tip="Who is annotating: recorded on each new claim",
            ),
            "article_done": act(
                "article_done", "Mark article &done / not done", self._toggle_done, [QKeySequence("Ctrl+D")]
            ),
            "article_details": act(
                "article_details", "Article d&etails…", self._edit_article, [QKeySequence("Ctrl+Shift+D")]
            ),
            "sources": act("sources", "&Sources registry", self._show_sources, [QKeySequence("Ctrl+Shift+R")]),
        }
        for n in range(1, RECENT_LIMIT + 1):
            actions[f"recent_{n}"] = act(
                f"recent_{n}",
                f"Mark with recent source {n}",
                lambda _=False, n=n: self._mark_with_recent(n),
                [QKeySequence(str(n))],
            )
        actions["snap"].setCheckable(True)
        actions["snap"].setChecked(snap_words_on())
        actions["clean_batches"] = self.importer.clean_batches
        actions["mark"].setEnabled(False)
        actions["delete"].setEnabled(False)
        return actions

    def _make_menus_and_toolbar(self) -> None:
        a = self.actions_by_name
        file_menu = self.menuBar().addMenu("&File")
        file_keys = ("new", "open", None, "import", "clean_batches", "import_annotations", "export", None)
        for key in (*file_keys, "save_copy", "restore", None, "quit"):
            file_menu.addSeparator() if key is None else file_menu.addAction(a[key])
        edit_menu = self.menuBar().addMenu("&Edit")
        for key in ("undo", "redo", None, "paste_article", None, "find", None, "snap", "annotator"):
            edit_menu.addSeparator() if key is None else edit_menu.addAction(a[key])
        claim_menu = self.menuBar().addMenu("&Claim")
        for key in (
            "mark",
            "delete",
            None,
            "add_source",
            "mention",
            "cue",
            "bounds",
            "labels",
            "note",
            None,
            "next_claim",
            "prev_claim",
        ):
            claim_menu.addSeparator() if key is None else claim_menu.addAction(a[key])
        recent_menu = claim_menu.addMenu("Mark with a &recent source")
        for n in range(1, RECENT_LIMIT + 1):
            recent_menu.addAction(a[f"recent_{n}"])
        recent_menu.aboutToShow.connect(self._label_recent_actions)
        article_menu = self.menuBar().addMenu("&Article")
        for key in ("next_article", "prev_article", None, "article_done", "article_details", None, "sources"):
            article_menu.addSeparator() if key is None else article_menu.addAction(a[key])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(a["shortcuts"])
        help_menu.addAction(a["about"])
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in ("import", "export", None, "mark", "delete", None, "undo", "redo"):
            toolbar.addSeparator() if key is None else toolbar.addAction(a[key])

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
        self._set_current(None)
        self.view.show_article(article, [span for c in head for span in self._spans(c)])
        self.claims_model.set_article(article_id, head, more)
        if more is not None:
            QTimer.singleShot(0, self.claims_model, self.claims_model.finish_loading)
        self.article_panel.select_article(article_id)
        self._update_actions()
        self._update_status()
        QSettings().setValue(self._settings_key("lastArticle"), article_id)
        self.review.article_opened(article_id)  # issue 8: session time, compare mode

    def _on_rows_loaded(self, rows: list[ClaimRow]) -> None:
        self.view.add_spans(span for c in rows for span in self._spans(c))
        self._update_status()

    def mark_selection_as_claim(
        self, source_ids: list[int] | tuple[int, ...] = (), new_source: AddSourceCommand | None = None
    ) -> Claim | None:
        """Store the view's selection as a claim attributed to ``source_ids`` (undoable, with ``new_source``, the
        creation of a source made for it); None without a selection or when the core refuses it."""
        article = self.view.article
        span = self.view.span_to_store("claim")
        if article is None or span is None:
            self.statusBar().showMessage("Select the text of the claim first.", 4000)
            return None
        try:
            quote_type = guess_quote_type(article.text, *span)
            status_before = self.project.article_status(article.id)
            claim = self.project.add_claim(article.id, span[0], span[1], list(source_ids), quote_type)
        except AnnotatorError as exc:
            self._error("Could not mark the claim", exc)
            return None
        self.undo_stack.push(MarkClaimCommand(self.project, claim, status_before, new_source))
        for sid in reversed(list(source_ids)):
            self._remember_source(sid)
        self.view.collapse_selection()
        self._select_claim(claim.id)
        return claim

    def delete_claim(self, claim_id: int) -> None:
        """Delete a claim (undoable); a note typed for it is saved first, so undo brings it back too."""
        if self.claim_form.claim is not None and self.claim_form.claim.id == claim_id:
            self.claim_form.commit_note()
        try:  # deleted first, then recorded: a refused delete leaves the undo stack (and its redo steps) alone
            claim = self.project.claim(claim_id)
            self.project.delete_claim(claim_id)
        except AnnotatorError as exc:
            self._error("Could not delete the claim", exc)
            return
        self.undo_stack.push(DeleteClaimCommand(self.project, claim))

    @property
    def current_claim_id(self) -> int | None:
        """The claim selected in the panel or clicked in the text."""
        return self._current_claim

    def show_claim(self, claim: ClaimRow) -> None:
        """Open the claim's article (unless it is open) with the claim selected (a search result, issue 7)."""
        if self.view.article is None or self.view.article.id != claim.article_id:
            self.open_article(claim.article_id)
        self._select_claim(claim.id)
        self.view.select_range(claim.start, claim.end)

    # -- actions -------------------------------------------------------------------

    def _scope_reading_keys(self) -> None:
        """Single keys (Enter, Delete, letters, digits) act only where the user reads: the article, the claims
        table and the article list.  In a text box, a menu or the sources table they keep their usual meaning
        (Enter in the find bar finds the next match; Delete in the registry never deletes a claim)."""
        for key in READING_KEYS:
            action = self.actions_by_name.get(key)
            if action is None:
                continue
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for widget in (self.view, self.claims_table, self.article_list):
                widget.addAction(action)

    def _reading_key(self, run: Callable[[], object]) -> None:
        """Run a reading-key action unless a dialog of this window is open (its keys are its own)."""
        modal = QApplication.activeModalWidget()
        if modal is None or modal is self:
            run()

    def _mark_interactive(self) -> None:
        span = self.view.span_to_store("claim")
        article = self.view.article
        if article is None or span is None:
            self.statusBar().showMessage("Select the text of the claim first.", 4000)
            return
        pick = self.choose_source(article.text[span[0] : span[1]])
        if pick is None:
            return
        source_id, created = self._source_for(pick)
        if source_id is not None:
            self._remember_source(source_id)
            if self.mark_selection_as_claim([source_id], created) is None and created is not None:
                self.undo_stack.push(created)  # the claim was refused; the new source stays, undoably

    def pick_source(self, claim_text: str) -> int | None:
        """Ask for a source with the type-ahead picker (creating it if new); None when cancelled."""
        pick = self.choose_source(claim_text)
        if pick is None:
            return None
        source_id, created = self._source_for(pick)
        if created is not None:
            self.undo_stack.push(created)
        if source_id is not None:
            self._remember_source(source_id)
        return source_id

    def choose_source(self, claim_text: str) -> Pick | None:
        """The type-ahead picker's answer (an existing source, or a new one to create); None when cancelled."""
        picker = SourcePicker(self.bridge.sources(), self._recent_sources, claim_text, self)
        if picker.exec() != SourcePicker.DialogCode.Accepted:
            return None
        return picker.pick

    def _mark_with_recent(self, n: int) -> None:
        if n > len(self._recent_sources):
            self.statusBar().showMessage(f"There is no recent source {n} yet.", 4000)
            return
        self.mark_selection_as_claim([self._recent_sources[n - 1]])

    def _label_recent_actions(self) -> None:
        for n in range(1, RECENT_LIMIT + 1):
            action = self.actions_by_name[f"recent_{n}"]
            source = self.bridge.source(self._recent_sources[n - 1]) if n <= len(self._recent_sources) else None
            action.setText(f"&{n}  {source.name}" if source else f"{n}  (none yet)")
            action.setEnabled(source is not None)

    def _ask_annotator(self) -> None:
        name, ok = QInputDialog.getText(
            self, "Annotator", "Your name (recorded on each claim you mark):", text=self.project.annotator or ""
        )
        if ok and name.strip():
            self.project.annotator = " ".join(name.split())
            QSettings().setValue("annotator/name", self.project.annotator)
            self._update_status()
            self.review.annotator_changed()  # issue 8: a new session

    def _toggle_snap(self, on: bool) -> None:
        QSettings().setValue(SNAP_SETTING, on)

    def _focus_labels(self) -> None:
        if self._current_claim is not None:
            self.claim_form.labels.setFocus()
            if not self.claim_form.labels.currentIndex().isValid() and self.claim_form.labels_model.rowCount():
                self.claim_form.labels.setCurrentIndex(self.claim_form.labels_model.index(0, 0))

    def _focus_note(self) -> None:
        if self._current_claim is not None:
            self.claim_form.note.setFocus()

    def _step_claim(self, step: int) -> None:
        rows = self.claims_proxy.rowCount()
        if rows:
            current = self._claim_row(self._current_claim) if self._current_claim is not None else None
            row = (step - 1 if step > 0 else rows + step) if current is None else (current + step) % rows
            self.claims_table.select_row(row)

    def _step_article(self, step: int) -> None:
        ids = self.article_panel.ids()
        article = self.view.article
        if ids:
            row = ids.index(article.id) if article is not None and article.id in ids else -step
            self.open_article(ids[(row + step) % len(ids)])

    def _toggle_done(self) -> None:
        article = self.view.article
        if article is not None:
            status = self.project.article_status(article.id)
            self.edit_article(article.id, status="in_progress" if status == "done" else "done")

    def _edit_article(self) -> None:
        article = self.view.article
        if article is None:
            return
        dialog = ArticleDialog(self.project.article(article.id), self)
        if dialog.exec() == ArticleDialog.DialogCode.Accepted:
            self.edit_article(article.id, **dialog.values())

    def edit_article(self, article_id: int, **fields: str) -> None:
        """Change an article's metadata or status (undoable)."""
        before = self.project.article(article_id)
        try:
            after = self.project.update_article(article_id, **fields)
        except AnnotatorError as exc:
            self._error("Article details", exc)
            return
        self.undo_stack.push(EditArticleCommand(self.project, before, after))
        self._update_status()

    def _show_sources(self) -> None:
        self.side_tabs.setCurrentWidget(self.sources_panel)
        self.sources_panel.table.setFocus()

    def _show_shortcuts(self) -> None:
        ShortcutsDialog(list(self.actions_by_name.values()), self).exec()

    def _source_for(self, pick: Pick) -> tuple[int | None, AddSourceCommand | None]:
        """The source picked, and the command that undoes its creation when the picker created it."""
        if pick.source_id is not None:
            return pick.source_id, None
        try:
            source = self.project.add_source(pick.new_name or "", pick.new_kind)
        except AnnotatorError as exc:
            self._error("Could not create the source", exc)
            return None, None
        return source.id, AddSourceCommand(self.project, source)

    def _delete_current(self) -> None:
        if self._current_claim is None:
            self.statusBar().showMessage("Select a claim to delete, in the list or in the text.", 4000)
            return
        self.delete_claim(self._current_claim)

    def _import_dialog(self) -> None:
        self.importer.choose_files()  # .txt/.html/.htm/.docx; one file previewed, several batch-imported

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

    def import_files(self, paths: list[Path]) -> list[Article]:
        """Import text files; a summary names each file that was refused and why."""
        imported: list[Article] = []
        problems: list[str] = []
        for path in paths:
            try:
                imported.append(self.project.import_file(path))
            except AnnotatorError as exc:
                problems.append(str(exc))
        if imported:
            self.open_article(imported[-1].id)
        summary = f"{len(imported)} of {len(paths)} file(s) imported."
        if problems:
            QMessageBox.warning(self, "Import", summary + "\n\n" + "\n".join(problems))
        else:
            self.statusBar().showMessage(summary, 5000)
        return imported

    def _export_dialog(self) -> None:
        default = (
            Path(str(QSettings().value("export/folder", str(Path.home())))) / f"{self.project.path.stem}-claims.xlsx"
        )
        done = self.project.article_count("done")
        selected = self.article_panel.selected_ids()
        dialog = ExportDialog(default, selected, done, self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        self.export_to(dialog.target(), dialog.format(), dialog.options())

    def export_to(self, path: Path, fmt: str = "xlsx", options: ExportOptions | None = None) -> ExportSummary | None:
        """Export with a progress dialog (cancellable), then offer to open the file or its folder."""
        progress = QProgressDialog("Exporting claims…", "Cancel", 0, 0, self)
        progress.setWindowTitle("Export")
        progress.setMinimumDuration(400)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            summary = self.project.export(path, fmt, options, step)
        except ExportCancelledError:
            self.statusBar().showMessage("Export cancelled; nothing was written.", 5000)
            return None
        except AnnotatorError as exc:
            self._error("Export failed", exc)
            return None
        finally:
            progress.close()
        QSettings().setValue("export/folder", str(path.parent))
        text = f"Exported {summary.claims} claims from {summary.articles} articles to\n{path}"
        if summary.notes:
            text += "\n\nNotes:\n" + "\n".join(summary.notes[:20])
        box = QMessageBox(QMessageBox.Icon.Information, "Export", text, parent=self)
        open_file = box.addButton("Open file", QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        return summary

    def _import_annotations_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Import annotations",
            str(Path.home()),
            "W3C Web Annotation JSON or Nisba project (*.json *.jsonld *.nisba);;All files (*)",
        )
        if not path:
            return
        try:
            report = self.project.import_annotations(path)
        except AnnotatorError as exc:
            self._error("Import of annotations failed", exc)
            return
        icon = QMessageBox.Icon.Warning if report.unplaced else QMessageBox.Icon.Information
        QMessageBox(icon, "Import annotations", "\n".join(report.lines()[:40]), parent=self).exec()

    def _new_project(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, "New project", str(self.project.path.parent), f"Nisba project (*{PROJECT_SUFFIX})"
        )
        if target:
            path = Path(target)
            self.projectRequested.emit(path if path.suffix else path.with_suffix(PROJECT_SUFFIX))

    def _open_project(self) -> None:
        target, _ = QFileDialog.getOpenFileName(
            self, "Open project", str(self.project.path.parent), f"Nisba project (*{PROJECT_SUFFIX});;All files (*)"
        )
        if target:
            self.projectRequested.emit(Path(target))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Nisba",
            "<b>Nisba</b> (نسبة, “attribution”)<br>Highlight the claims in news articles and attribute each "
            f"to its source.<br><br>Project: {self.project.path}",
        )

    # -- keeping views in step -----------------------------------------------------

    def _spans(self, claim: ClaimRow) -> list[HighlightSpan]:
        chain = self.claims_model.source_names(claim) or "(no source)"
        note = f"\nNote: {claim.note}" if claim.note else ""
        text = claim.text if len(claim.text) <= 200 else claim.text[:199] + "…"
        tip = f"{chain} · {claim.quote_type}{note}\n{text}"
        colour = self.claims_model.colour(claim)
        spans = [HighlightSpan(claim.id, claim.start, claim.end, colour, tip)]
        for a in claim.attributions:
            source = self.bridge.source(a.source_id)
            link_colour = source.colour if source else colour
            if a.mention_start is not None and a.mention_end is not None:
                spans.append(HighlightSpan(claim.id, a.mention_start, a.mention_end, link_colour, tip, "mention"))
            if a.cue_start is not None and a.cue_end is not None:
                spans.append(HighlightSpan(claim.id, a.cue_start, a.cue_end, link_colour, tip, "cue"))
        return spans

    def _on_change(self, change: Change) -> None:
        if change.entity == "source" and change.action == "deleted":  # deleted, or merged into another
            self._recent_sources = [sid for sid in self._recent_sources if sid not in change.ids]
        if change.entity == "claim" and self.view.article is not None and change.article_id == self.view.article.id:
            for claim_id in change.ids:
                if change.action == "deleted":
                    self.view.remove_claim(claim_id)
                    if self._current_claim == claim_id:
                        self._current_claim = None
                else:
                    self.view.set_claim_spans(claim_id, self._spans(self.project.claim_row(claim_id)))
            if self._current_claim is not None and self._current_claim in change.ids:
                self._select_claim(self._current_claim)  # its row may have moved (new boundaries)
            self._update_actions()
            self._update_status()
            self.editing.refresh()
        elif change.entity == "label":
            self.editing.refresh()
            self.claims_filter.fill_labels()
        elif change.entity == "article" and self.view.article is None and change.ids:
            self.open_article(change.ids[-1])

    def _refresh_highlights(self) -> None:
        if self.view.article is not None:
            self.claims_model.finish_loading()
            self.view.clear_spans()
            self.view.add_spans(span for c in self.project.claim_rows(self.view.article.id) for span in self._spans(c))
        self.editing.refresh()

    def _on_claim_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        claim = self.claims_model.claim_at(self.claims_proxy.mapToSource(current).row())
        self._set_current(claim.id)
        if not self._syncing:
            self.view.select_range(claim.start, claim.end)
        self._update_actions()

    def _on_claim_clicked(self, claim_id: int) -> None:
        self._select_claim(claim_id)

    def _claim_row(self, claim_id: int) -> int | None:
        """The table row (after filtering) of a claim, if it is shown."""
        row = self.claims_model.row_of(claim_id)
        if row is None:
            return None
        index = self.claims_proxy.mapFromSource(self.claims_model.index(row, 0))
        return index.row() if index.isValid() else None

    def _filter_by_source(self, source_id: int) -> None:
        self.side_tabs.setCurrentWidget(self.claims_pane)
        self.claims_filter.show_source(source_id)

    def _set_current(self, claim_id: int | None) -> None:
        if self.claim_form.claim is not None and self.claim_form.claim.id != claim_id:
            self.claim_form.commit_note()
        self._current_claim = claim_id
        self.editing.refresh()

    def _select_claim(self, claim_id: int) -> None:
        self.claims_model.finish_loading()
        self._set_current(claim_id)
        self._syncing = True
        self.claims_table.select_row(self._claim_row(claim_id))
        self._syncing = False
        self._update_actions()

    def _remember_source(self, source_id: int) -> None:
        if source_id in self._recent_sources:
            self._recent_sources.remove(source_id)
        self._recent_sources.insert(0, source_id)
        del self._recent_sources[RECENT_LIMIT:]

    def _update_actions(self) -> None:
        editable = not self.project.read_only
        has_selection = self.view.article is not None and self.view.textCursor().hasSelection()
        self.actions_by_name["mark"].setEnabled(editable and has_selection)
        self.actions_by_name["delete"].setEnabled(editable and self._current_claim is not None)

    def _update_status(self) -> None:
        article = self.view.article
        if article is None:
            self._status.setText("")
            return
        n = self.claims_model.rowCount()
        status = STATUS_LABELS.get(self.project.article_status(article.id), "")
        self._status.setText(
            f"{article.direction.upper()} · {len(article.text):,} characters · {n} claim{'s' if n != 1 else ''}"
            f" · {status} · annotator: {self.project.annotator or '—'}"
        )

    def _on_command_failed(self, project: Project, step: str, reason: str) -> None:
        if project is not self.project:
            return  # another window's step
        QMessageBox.warning(
            self,
            "Nothing was changed",
            f"{step} could not be done:\n{reason}\n\nNothing was changed"
            + ("; the step was taken off the undo list." if step.startswith(("Undo", "Redo")) else "."),
        )

    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self, title, str(exc))

    # -- settings --------------------------------------------------------------------

    def _settings_key(self, name: str) -> str:
        return f"projects/{self.project.path.as_posix().replace('/', '|')}/{name}"

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        last = settings.value(self._settings_key("lastArticle"))
        ids = self.article_panel.ids()
        try:
            wanted = int(last) if last is not None else None
        except (TypeError, ValueError):
            wanted = None
        if wanted in ids:
            self.open_article(wanted)
        elif ids:
            self.open_article(ids[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        self.bridge.detach()
        super().closeEvent(event)
