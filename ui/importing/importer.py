"""Every way an article comes in: the file dialog, drag and drop, the clipboard, whole folders.

One file is shown in the import preview first; several files (or a folder) go to the batch
import, which reads them off the GUI thread.  Storing always goes through the Project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from annotator import AnnotatorError, Article, Project
from annotator.errors import DuplicateArticleError
from annotator.importers.reading import ArticleDraft, draft_from_clipboard, expand_paths, read_article
from ui.i18n.core_text import error_text
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.importing.batch_import import BatchImport, BatchProgressDialog, BatchSummary, BatchSummaryDialog
from ui.importing.import_dialog import ImportPreviewDialog

CLEAN_BATCHES_KEY = "import/removeFurnitureInBatches"
FILE_FILTER = QT_TRANSLATE_NOOP(
    "Importer",
    "Articles (*.txt *.text *.html *.htm *.docx);;Web pages (*.html *.htm);;Word documents (*.docx);;"
    "Text files (*.txt *.text);;All files (*)",
)


class Importer(QObject):
    """Import flows of one main window; ``open_article`` shows an article once it is stored."""

    def __init__(self, project: Project, window: QWidget, open_article: Callable[[int], None]) -> None:
        super().__init__(window)
        self.project = project
        self.window = window
        self.open_article = open_article
        self.batch: BatchImport | None = None
        self.clean_batches = bool(QSettings().value(CLEAN_BATCHES_KEY, False, type=bool))
        """File → Remove site furniture when importing many files (remembered)."""
        window.installEventFilter(self)  # a window closing stops its batch

    def set_clean_batches(self, on: bool) -> None:
        """Whether batch imports drop site furniture before storing (remembered)."""
        self.clean_batches = on
        QSettings().setValue(CLEAN_BATCHES_KEY, on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.batch is not None:
            self.batch.cancel()
        return False

    # -- ways in -----------------------------------------------------------------

    def choose_files(self) -> None:
        """File → Import: pick one or more files (one is previewed, several are batch-imported)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import articles"), str(Path.home()), self.tr(FILE_FILTER)
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders (folders recursively): one file is previewed, more go to a batch."""
        files = expand_paths(paths)
        if self.batch is not None and self.batch.running:
            QMessageBox.information(
                self.window, self.tr("Import"), self.tr("An import is still running; try again when it has finished.")
            )
        elif not files:
            QMessageBox.information(
                self.window,
                self.tr("Import"),
                self.tr("No articles to import there (.txt, .html, .htm and .docx files are)."),
            )
        elif len(files) == 1 and not any(p.is_dir() for p in paths):
            self.preview_file(files[0])
        else:
            self.start_batch(files)

    def accepts(self, mime: QMimeData) -> bool:
        """Whether a drag carries local files or folders."""
        return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())

    def drop(self, mime: QMimeData) -> None:
        """Import the local files and folders of a drop, once the drop itself has finished."""
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        QTimer.singleShot(0, lambda: self.import_paths(paths))  # no modal dialog inside the drag's event

    def paste(self) -> Article | None:
        """Edit → Paste as new article: the clipboard's text (or HTML), previewed, then stored."""
        mime = QApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else None
        html = mime.html() if mime is not None and mime.hasHtml() else None
        try:
            draft = draft_from_clipboard(text, html)
        except AnnotatorError as exc:
            QMessageBox.information(self.window, self.tr("Paste as new article"), error_text(exc))
            return None
        return self.preview_draft(draft)

    # -- one article ---------------------------------------------------------------

    def preview_file(self, path: Path) -> Article | None:
        """Read one file, show it in the preview, store it if the user says so."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big page takes a moment to extract
        try:
            draft = read_article(path)
        except AnnotatorError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, self.tr("Import"), error_text(exc))
            return None
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        return self.preview_draft(draft)

    def preview_draft(self, draft: ArticleDraft) -> Article | None:
        """Show a draft in the import preview; store what the user accepts."""
        reread = None
        if draft.kind in ("text", "html"):  # a page whose declared encoding a few bytes break is offered too
            source = Path(draft.source)

            def reread(encoding: str) -> ArticleDraft:
                return read_article(source, encoding=encoding)

        dialog = ImportPreviewDialog(draft, self.window, reread)
        try:
            if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
                return None
            return self._store(dialog.result_draft())
        finally:
            dialog.deleteLater()

    def _store(self, draft: ArticleDraft) -> Article | None:
        try:
            article = self.project.import_draft(draft)
        except DuplicateArticleError as exc:
            QMessageBox.information(
                self.window, self.tr("Import"), self.tr("Not imported: {reason}").format(reason=error_text(exc))
            )
            self.open_article(exc.existing_id)
            return None
        except AnnotatorError as exc:
            QMessageBox.warning(self.window, self.tr("Import"), error_text(exc))
            return None
        self.open_article(article.id)
        return article

    # -- many articles -------------------------------------------------------------

    def start_batch(self, paths: list[Path]) -> BatchImport:
        """Import many files off the GUI thread, with a progress dialog, then a summary."""
        if self.batch is not None:  # the previous batch and the article records its summary holds
            self.batch.deleteLater()
        batch = BatchImport(self.project, self, remove_furniture=self.clean_batches)
        progress = BatchProgressDialog(batch, len(paths), self.window)
        batch.finished.connect(lambda summary: self._batch_done(summary, progress))
        self.batch = batch
        batch.start(paths)
        progress.show()
        return batch

    def _batch_done(self, summary: BatchSummary, progress: BatchProgressDialog) -> None:
        progress.close()
        progress.deleteLater()
        if summary.imported:
            self.open_article(summary.imported[-1][1].id)
        dialog = BatchSummaryDialog(summary, self.window)
        try:
            review = dialog.exec() == BatchSummaryDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if review:
            for draft in summary.review:
                self.preview_draft(draft)
