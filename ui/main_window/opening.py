"""Opening a project from the UI, with the answers a user needs when it cannot simply open.

Locked by another window or read-only on disk: offer to open it read-only.  Damaged (or not a
project) with backups beside it: offer to restore the newest, or to choose one.  Backup settings
come from QSettings (``backups/everyMinutes``, ``backups/keep``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotator import AnnotatorError, Project
from annotator.errors import NewerSchemaError, ProjectFileError, ProjectLockedError, ReadOnlyFileError
from annotator.storage.backups import DEFAULT_EVERY_MINUTES, DEFAULT_KEEP, Backup, list_backups, restore_backup
from ui.i18n.core_text import error_text
from ui.i18n.words import Words
from ui.safety.restore_dialog import RestoreDialog, backup_label

OpeningText = Words("OpeningText")

Opener = Callable[..., Project]


def backup_settings() -> dict[str, float | int | None]:
    """Project.open's backup options from QSettings (everyMinutes 0 or less: only on open)."""
    settings = QSettings()
    try:
        every = float(str(settings.value("backups/everyMinutes", DEFAULT_EVERY_MINUTES)))
        keep = int(str(settings.value("backups/keep", DEFAULT_KEEP)))
    except ValueError:
        every, keep = DEFAULT_EVERY_MINUTES, DEFAULT_KEEP
    return {"backup_every_minutes": every if every > 0 else None, "keep_backups": max(keep, 1)}


def open_project(
    parent: QWidget | None, path: Path, opener: Opener = Project.open, *, title: str | None = None
) -> Project | None:
    """Open ``path`` for writing, or after the user's choice read-only or from a backup; None if not opened."""
    title = title or OpeningText.tr("Cannot open project")
    options = backup_settings()
    try:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # an older project is upgraded first
        try:
            return opener(path, **options)
        finally:
            QApplication.restoreOverrideCursor()
    except (ProjectLockedError, ReadOnlyFileError) as exc:
        return _offer_read_only(parent, path, exc, title)
    except NewerSchemaError as exc:  # nothing wrong with the file: an older backup is not the answer
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    except ProjectFileError as exc:
        return _offer_restore(parent, path, exc, opener, title)
    except AnnotatorError as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return None


def _offer_read_only(parent: QWidget | None, path: Path, exc: AnnotatorError, title: str) -> Project | None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc), parent=parent)
    box.setObjectName("readOnlyOffer")
    read_only = box.addButton(OpeningText.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is not read_only:
        return None
    try:
        return Project.open(path, read_only=True)
    except AnnotatorError as again:
        QMessageBox.warning(parent, title, error_text(again))
        return None


def _offer_restore(
    parent: QWidget | None, path: Path, exc: AnnotatorError, opener: Opener, title: str
) -> Project | None:
    backups = [b for b in list_backups(path) if b.claims is not None] if path.is_file() else []
    if not backups:
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        error_text(exc)
        + "\n\n"
        + OpeningText.tr(
            "Newest: {backup}.\nRestoring keeps the current file as it is, as a safety copy in the backups folder."
        ).format(backup=backup_label(backups[0])),
        parent=parent,
    )
    box.setObjectName("restoreOffer")
    newest = box.addButton(OpeningText.tr("Restore newest backup"), QMessageBox.ButtonRole.AcceptRole)
    choose = box.addButton(OpeningText.tr("Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(newest)
    box.exec()
    chosen: Backup | None = None
    if box.clickedButton() is newest:
        chosen = backups[0]
    elif box.clickedButton() is choose:
        dialog = RestoreDialog(backups, path.name, parent)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted:
            chosen = dialog.selected_backup()
    if chosen is None:
        return None
    try:
        restore_backup(path, chosen.path)
    except AnnotatorError as failed:
        QMessageBox.warning(parent, OpeningText.tr("Restore failed"), error_text(failed))
        return None
    try:
        return opener(path, **backup_settings())
    except AnnotatorError as still:
        QMessageBox.warning(parent, title, error_text(still))
        return None
