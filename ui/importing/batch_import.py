"""Batch import: files are read in a worker thread, stored on the GUI thread, one transaction each.

Reading (decoding, page extraction, Word parsing) is the slow part and touches no shared
state, so a QRunnable does it on the thread pool.  Its results come back through queued
signals to the GUI thread, which stores each draft through the Project (SQLite connections
are not shared across threads, and change notices reach the widgets on their own thread).
A file whose encoding the detector was unsure of is held back for review, not stored.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator import AnnotatorError, Article, Project
from annotator.errors import DuplicateArticleError
from annotator.importers.reading import ArticleDraft, read_article
from ui.i18n.core_text import error_text, say
from ui.i18n.numbers import number
from ui.i18n.words import Words

ImportText = Words("ImportText")


@dataclass
class BatchSummary:
    """What a batch did, file by file."""

    total: int
    imported: list[tuple[str, Article]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    review: list[ArticleDraft] = field(default_factory=list)
    """Files read with an unsure encoding guess: shown to the user before they are stored."""
    furniture: list[tuple[str, int]] = field(default_factory=list)
    """Imported files in which the cleaner found site furniture, and how many lines."""
    furniture_removed: bool = False
    """Whether that furniture was removed before storing (the user's choice), or kept."""
    cancelled: bool = False

    @property
    def done(self) -> int:
        """Files handled so far."""
        return len(self.imported) + len(self.duplicates) + len(self.rejected) + len(self.review)

    def headline(self) -> str:
        """One line: the counts."""
        parts = [ImportText.tr("%n imported", "", len(self.imported))]
        parts.append(ImportText.tr("%n skipped as duplicates", "", len(self.duplicates)))
        parts.append(ImportText.tr("%n rejected", "", len(self.rejected)))
        if self.review:
            parts.append(ImportText.tr("%n to review (unsure encoding)", "", len(self.review)))
        text = ImportText.tr("{counts} — of %n file(s)", "", self.total).format(counts=ImportText.tr(", ").join(parts))
        if self.cancelled:
            text += ImportText.tr("; cancelled, %n not read", "", self.total - self.done)
        return text + "."

    def report(self, *, headline: bool = True) -> str:
        """The full list, one file a line, grouped (after the headline, unless told not to)."""
        lines = [self.headline(), ""] if headline else []
        if self.imported:
            lines.append(ImportText.tr("Imported:"))
            lines += [
                "  "
                + ImportText.tr("{path} → article {id}: {title}").format(
                    path=path, id=a.id, title=a.title or ImportText.tr("(untitled)")
                )
                for path, a in self.imported
            ]
        if self.duplicates:
            lines.append(ImportText.tr("Skipped (already in the project):"))
            lines += [f"  {path}: {why}" for path, why in self.duplicates]
        if self.rejected:
            lines.append(ImportText.tr("Rejected:"))
            lines += [f"  {path}: {why}" for path, why in self.rejected]
        if self.review:
            lines.append(ImportText.tr("Not imported yet — the encoding is a guess; review each:"))
            lines += [
                "  " + ImportText.tr("{file} (looks like {encoding})").format(file=d.source, encoding=d.encoding)
                for d in self.review
            ]
        if self.furniture:
            lines.append(
                ImportText.tr("Site furniture removed before storing:")
                if self.furniture_removed
                else ImportText.tr(
                    "Site furniture found and kept (import the file alone, or tick File → Remove site furniture…):"
                )
            )
            lines += [f"  {path}: " + ImportText.tr("%n line(s)", "", n) for path, n in self.furniture]
        return "\n".join(lines)


class _Signals(QObject):
    ready = Signal()  # something was put in the queue


_Item = tuple[str, object] | None  # (path, ArticleDraft or AnnotatorError); None: the worker is done
_STORE_SLICE = 0.03  # seconds of storing before the GUI thread gets back to its other events
_QUEUE_SIZE = 16  # files read ahead of the store: bounds memory when storing is the slower side


class _ReadTask(QRunnable):
    """Reads the files in order into a bounded queue; stops between files once cancelled."""

    def __init__(
        self,
        paths: list[Path],
        out: queue.Queue[_Item],
        signals: _Signals,
        cancel: threading.Event,
        gone: threading.Event,
        max_bytes: int | None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._paths = paths
        self._out = out
        self._signals = signals
        self._cancel = cancel
        self._gone = gone
        self._max_bytes = max_bytes

    def run(self) -> None:
        for path in self._paths:
            if self._cancel.is_set():
                break
            result: object
            try:
                result = (
                    read_article(path) if self._max_bytes is None else read_article(path, max_bytes=self._max_bytes)
                )
            except AnnotatorError as exc:
                result = exc
            except Exception as exc:  # a library's bug on one odd file must not end the batch
                result = AnnotatorError(
                    ImportText.tr("{path}: could not be read ({error})").format(
                        path=path, error=f"{type(exc).__name__}: {exc}"
                    )
                )
            if not self._put((str(path), result)):
                break
        self._put(None)

    def _put(self, item: _Item) -> bool:
        while True:
            try:
                self._out.put(item, timeout=0.1)
                break
            except queue.Full:
                # A file read after cancel is dropped anyway; the end marker is kept while anyone listens.
                if self._gone.is_set() or (item is not None and self._cancel.is_set()):
                    return False
        try:
            self._signals.ready.emit()
        except RuntimeError:  # the window (and the batch with it) was deleted: nobody is listening
            return False
        return True


class BatchImport(QObject):
    """Imports many files without blocking the window; emits progress and, at the end, a summary.

    The worker reads into a bounded queue; the GUI thread stores from it in slices of
    at most ~30 ms, so paint and input events are handled between slices however fast
    the files are read.
    """

    progress = Signal(int, int, str)  # done, total, file name
    finished = Signal(object)  # BatchSummary

    def __init__(
        self,
        project: Project,
        parent: QObject | None = None,
        max_bytes: int | None = None,
        *,
        remove_furniture: bool = False,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._remove_furniture = remove_furniture
        self._max_bytes = max_bytes
        self._cancel = threading.Event()
        self._gone = threading.Event()
        cancel, gone = self._cancel, self._gone

        def release(*_: object) -> None:  # a deleted batch lets its worker go
            cancel.set()
            gone.set()

        self.destroyed.connect(release)
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize=_QUEUE_SIZE)
        self._signals = _Signals(self)  # lives on this (GUI) thread: the worker's emits are queued here
        self._pump = QTimer(self)
        self._pump.setInterval(0)
        self._pump.timeout.connect(self._drain)
        self._signals.ready.connect(self._pump.start, Qt.ConnectionType.QueuedConnection)
        self.summary = BatchSummary(0)
        self.running = False

    def start(self, paths: list[Path], pool: QThreadPool | None = None) -> None:
        """Start reading ``paths`` in the thread pool; results are stored as they arrive."""
        self.summary = BatchSummary(len(paths), furniture_removed=self._remove_furniture)
        self.running = True
        self._cancel.clear()
        task = _ReadTask(list(paths), self._queue, self._signals, self._cancel, self._gone, self._max_bytes)
        (pool or QThreadPool.globalInstance()).start(task)

    def cancel(self) -> None:
        """Stop after the file being read; files already stored stay, the rest are not read."""
        if not self.running:  # closing the progress dialog at the end also says "cancel"
            return
        self._cancel.set()
        self.summary.cancelled = True
        self._pump.start()

    def _drain(self) -> None:
        deadline = time.monotonic() + _STORE_SLICE
        while time.monotonic() < deadline or self._cancel.is_set():
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                self._pump.stop()
                return
            if item is None:
                self._pump.stop()
                self._on_finished()
                return
            if not self._cancel.is_set():
                self._on_read(*item)

    def _on_read(self, path: str, result: object) -> None:
        summary = self.summary
        if isinstance(result, ArticleDraft):
            if not result.encoding_confident:
                summary.review.append(result)
            else:
                stored = result.without_furniture() if self._remove_furniture else result
                try:
                    article = self._project.import_draft(stored)
                except DuplicateArticleError as exc:
                    summary.duplicates.append((path, say(exc.reason)))
                except AnnotatorError as exc:
                    summary.rejected.append((path, error_text(exc)))
                else:
                    summary.imported.append((path, article))
                    if result.furniture:
                        summary.furniture.append((path, len(result.furniture)))
        else:
            reason = result.reason if hasattr(result, "reason") else result
            summary.rejected.append((path, error_text(reason) if isinstance(reason, BaseException) else say(reason)))
        self.progress.emit(summary.done, summary.total, Path(path).name)

    def _on_finished(self) -> None:
        self.running = False
        self.finished.emit(self.summary)


class BatchProgressDialog(QProgressDialog):
    """Progress of a batch with a Cancel button; the window stays usable behind it."""

    def __init__(self, batch: BatchImport, total: int, parent: QWidget | None = None) -> None:
        super().__init__(ImportText.tr("Reading files…"), ImportText.tr("Cancel"), 0, total, parent)
        self.setObjectName("batchProgress")
        self.setWindowTitle(ImportText.tr("Importing articles"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setValue(0)
        self.canceled.connect(batch.cancel)
        batch.progress.connect(self._on_progress)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.setValue(done)
        self.setLabelText(
            ImportText.tr("Imported {done} of {total}: {name}").format(
                done=number(done), total=number(total), name=name
            )
        )


class BatchSummaryDialog(QDialog):
    """What came in, what was skipped as a duplicate, what was rejected and why, what needs review."""

    def __init__(self, summary: BatchSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(
            ImportText.tr("Import finished") if not summary.cancelled else ImportText.tr("Import cancelled")
        )
        self.resize(760, 460)
        self.headline = QLabel(summary.headline())
        self.headline.setObjectName("summaryHeadline")
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit(summary.report(headline=False))
        self.details.setObjectName("summaryDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.review_button: QPushButton | None = None
        if summary.review:
            self.review_button = buttons.addButton(
                ImportText.tr("Review %n file(s)…", "", len(summary.review)),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.review_button.setObjectName("reviewButton")
            buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
