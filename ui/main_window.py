"""The main window: article list, article view and claims panel, wired to the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from annotator import AnnotatorError, Article, Claim, Project
from annotator.events import Change
from annotator.paths import PROJECT_SUFFIX
from annotator.spans import guess_quote_type

from .article_view import ArticleView
from .articles_model import ArticlesModel
from .claims_model import ClaimsModel
from .commands import DeleteClaimCommand, MarkClaimCommand
from .highlight_style import HighlightSpan
from .icons import apply_icons
from .importer import Importer
from .project_bridge import ProjectBridge
from .source_picker import Pick, SourcePicker
from .table_view import RowTable

RECENT_LIMIT = 9


class MainWindow(QMainWindow):
    """One window per open project.  It never closes the project: its owner does."""

    projectRequested = Signal(Path)  # the user asked to open or create another project

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.project = project
        self.bridge = ProjectBridge(project, self)
        self.undo_stack = QUndoStack(self)
        self._recent_sources: list[int] = [sid for c in reversed(project.claims()[-50:]) for sid in c.source_ids]
        self._current_claim: int | None = None
        self._syncing = False
        self.importer = Importer(project, self, self.open_article)  # file dialog, drops, clipboard, batches
        self.setAcceptDrops(True)

        self.setWindowTitle(f"Nisba — {project.path.name}")
        self.resize(1280, 800)

        self.articles_model = ArticlesModel(self.bridge)
        self.article_list = RowTable("articleList")
        self.article_list.setModel(self.articles_model)
        self.article_list.stretch_first_column()

        self.view = ArticleView()
        self.claims_model = ClaimsModel(self.bridge)
        self.claims_table = RowTable("claimsTable")
        self.claims_table.setModel(self.claims_model)
        self.claims_table.stretch_first_column({1: 150})

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.claims_table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([240, 640, 400])
        self.setCentralWidget(self.splitter)
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status)

        self.actions_by_name = self._make_actions()
        self._make_menus_and_toolbar()
        self.view.set_context_actions([self.actions_by_name["mark"], self.actions_by_name["delete"]])

        self.article_list.selectionModel().currentRowChanged.connect(self._on_article_row)
        self.claims_table.selectionModel().currentRowChanged.connect(self._on_claim_row)
        self.view.claimActivated.connect(self._on_claim_clicked)
        self.view.selectionChanged.connect(self._update_actions)
        self.bridge.changed.connect(self._on_change)
        self.bridge.sourcesChanged.connect(self._refresh_highlights)

        self._restore_settings()
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
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        actions = {
            "new": act("new", "&New project…", self._new_project, [QKeySequence(QKeySequence.StandardKey.New)]),
            "open": act("open", "&Open project…", self._open_project, [QKeySequence(QKeySequence.StandardKey.Open)]),
            "import": act("import", "&Import articles…", self._import_dialog, [QKeySequence("Ctrl+I")]),
            "paste_article": act(
                "paste_article",
                "&Paste as new article",
                self.importer.paste,
                [QKeySequence("Ctrl+Shift+V")],
                "Import the clipboard's text as a new article (Ctrl+Shift+V)",
            ),
            "export": act("export", "&Export to Excel…", self._export_dialog, [QKeySequence("Ctrl+E")]),
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
        actions["clean_batches"] = self.importer.clean_batches
        actions["mark"].setEnabled(False)
        actions["delete"].setEnabled(False)
        return actions

    def _make_menus_and_toolbar(self) -> None:
        a = self.actions_by_name
        file_menu = self.menuBar().addMenu("&File")
        for key in ("new", "open", None, "import", "clean_batches", "export", None, "quit"):
            file_menu.addSeparator() if key is None else file_menu.addAction(a[key])
        edit_menu = self.menuBar().addMenu("&Edit")
        for key in ("undo", "redo", None, "mark", "delete", None, "paste_article"):
            edit_menu.addSeparator() if key is None else edit_menu.addAction(a[key])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(a["about"])
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for key in ("import", "export", None, "mark", "delete", None, "undo", "redo"):
            toolbar.addSeparator() if key is None else toolbar.addAction(a[key])

    # -- public seams ------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        """Show an article with its claims highlighted and listed."""
        article = self.project.article(article_id)
        claims = self.project.claims(article_id)
        self._current_claim = None
        self.view.show_article(article, [self._span(c) for c in claims])
        self.claims_model.set_article(article_id)
        row = self.articles_model.row_of(article_id)
        if row is not None and self.article_list.currentIndex().row() != row:
            self._syncing = True
            self.article_list.select_row(row)
            self._syncing = False
        self._update_actions()
        self._update_status()
        QSettings().setValue(self._settings_key("lastArticle"), article_id)

    def mark_selection_as_claim(self, source_ids: list[int] | tuple[int, ...] = ()) -> Claim | None:
        """Store the view's selection as a claim attributed to ``source_ids`` (undoable); None without a selection."""
        article = self.view.article
        span = self.view.selected_range()
        if article is None or span is None:
            self.statusBar().showMessage("Select the text of the claim first.", 4000)
            return None
        try:
            quote_type = guess_quote_type(article.text, *span)
            claim = self.project.add_claim(article.id, span[0], span[1], list(source_ids), quote_type)
        except AnnotatorError as exc:
            self._error("Could not mark the claim", exc)
            return None
        self.undo_stack.push(MarkClaimCommand(self.project, claim))
        for sid in reversed(list(source_ids)):
            self._remember_source(sid)
        self.view.collapse_selection()
        self._select_claim(claim.id)
        return claim

    def delete_claim(self, claim_id: int) -> None:
        """Delete a claim (undoable)."""
        try:
            self.undo_stack.push(DeleteClaimCommand(self.project, claim_id))
        except AnnotatorError as exc:
            self._error("Could not delete the claim", exc)

    @property
    def current_claim_id(self) -> int | None:
        """The claim selected in the panel or clicked in the text."""
        return self._current_claim

    # -- actions -------------------------------------------------------------------

    def _mark_interactive(self) -> None:
        span = self.view.selected_range()
        article = self.view.article
        if article is None or span is None:
            self.statusBar().showMessage("Select the text of the claim first.", 4000)
            return
        picker = SourcePicker(self.bridge.sources(), self._recent_sources, article.text[span[0] : span[1]], self)
        if picker.exec() != SourcePicker.DialogCode.Accepted or picker.pick is None:
            return
        source_id = self._source_for(picker.pick)
        if source_id is not None:
            self.mark_selection_as_claim([source_id])

    def _source_for(self, pick: Pick) -> int | None:
        if pick.source_id is not None:
            return pick.source_id
        try:
            return self.project.add_source(pick.new_name or "", pick.new_kind).id
        except AnnotatorError as exc:
            self._error("Could not create the source", exc)
            return None

    def _delete_current(self) -> None:
        if self._current_claim is None:
            self.statusBar().showMessage("Select a claim to delete, in the list or in the text.", 4000)
            return
        self.delete_claim(self._current_claim)

    def _import_dialog(self) -> None:
        self.importer.choose_files()  # .txt/.html/.htm/.docx; one file previewed, several batch-imported

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.importer.accepts(event.mimeData()):
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
        default = Path.home() / f"{self.project.path.stem}-claims.xlsx"
        target, _ = QFileDialog.getSaveFileName(self, "Export to Excel", str(default), "Excel workbook (*.xlsx)")
        if not target:
            return
        path = Path(target) if target.lower().endswith(".xlsx") else Path(target + ".xlsx")
        try:
            self.project.export_xlsx(path)
        except AnnotatorError as exc:
            self._error("Export failed", exc)
            return
        box = QMessageBox(QMessageBox.Icon.Information, "Export", f"Exported the claims to\n{path}", parent=self)
        open_button = box.addButton("Open file", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

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

    def _span(self, claim: Claim) -> HighlightSpan:
        chain = self.claims_model.source_names(claim) or "(no source)"
        note = f"\nNote: {claim.note}" if claim.note else ""
        text = claim.text if len(claim.text) <= 200 else claim.text[:199] + "…"
        return HighlightSpan(
            claim.id,
            claim.start,
            claim.end,
            self.claims_model.colour(claim),
            f"{chain} · {claim.quote_type}{note}\n{text}",
        )

    def _on_change(self, change: Change) -> None:
        if change.entity == "claim" and self.view.article is not None and change.article_id == self.view.article.id:
            for claim_id in change.ids:
                if change.action == "deleted":
                    self.view.remove_span(claim_id)
                    if self._current_claim == claim_id:
                        self._current_claim = None
                else:
                    self.view.upsert_span(self._span(self.project.claim(claim_id)))
            self._update_actions()
            self._update_status()
        elif change.entity == "article" and self.view.article is None and change.ids:
            self.open_article(change.ids[-1])

    def _refresh_highlights(self) -> None:
        if self.view.article is not None:
            for claim in self.project.claims(self.view.article.id):
                self.view.upsert_span(self._span(claim))

    def _on_article_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.open_article(self.articles_model.article_at(current.row()).id)

    def _on_claim_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        claim = self.claims_model.claim_at(current.row())
        self._current_claim = claim.id
        if not self._syncing:
            self.view.select_range(claim.start, claim.end)
        self._update_actions()

    def _on_claim_clicked(self, claim_id: int) -> None:
        self._select_claim(claim_id)

    def _select_claim(self, claim_id: int) -> None:
        self._current_claim = claim_id
        self._syncing = True
        self.claims_table.select_row(self.claims_model.row_of(claim_id))
        self._syncing = False
        self._update_actions()

    def _remember_source(self, source_id: int) -> None:
        if source_id in self._recent_sources:
            self._recent_sources.remove(source_id)
        self._recent_sources.insert(0, source_id)
        del self._recent_sources[RECENT_LIMIT:]

    def _update_actions(self) -> None:
        self.actions_by_name["mark"].setEnabled(self.view.article is not None and self.view.textCursor().hasSelection())
        self.actions_by_name["delete"].setEnabled(self._current_claim is not None)

    def _update_status(self) -> None:
        article = self.view.article
        if article is None:
            self._status.setText("")
            return
        n = self.claims_model.rowCount()
        self._status.setText(
            f"{article.direction.upper()} · {len(article.text):,} characters · {n} claim{'s' if n != 1 else ''}"
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
        ids = [self.articles_model.article_at(r).id for r in range(self.articles_model.rowCount())]
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
