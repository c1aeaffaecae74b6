"""The main window's data-safety parts: Save a copy, Restore from backup, read-only mode, backup warnings.

Kept apart from main_window.py so that file only wires them in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from annotator import AnnotatorError
from annotator.paths import PROJECT_SUFFIX
from ui.i18n.core_text import error_text, say
from ui.i18n.words import Words
from ui.main_window.action_table import WRITING_KEYS
from ui.main_window.parts import WindowParts
from ui.safety.restore_dialog import RestoreDialog

SafetyText = Words("SafetyText")


def apply_state(window: WindowParts) -> None:
    """Read-only: say so in the title and status bar and disable editing.  Always: report failed backups."""
    project = window.project
    wait = QTimer(window.window())  # one wait at a time for a backup still running, however many changes come meanwhile
    wait.setSingleShot(True)
    wait.setInterval(250)
    wait.timeout.connect(lambda: _report_backup_problem(window, wait))
    window.bridge.changed.connect(lambda _change: _report_backup_problem(window, wait))
    _report_backup_problem(window, wait)
    if not project.read_only:
        return
    window.setWindowTitle(SafetyText.tr("Nisba — {name} (read-only)").format(name=say(project.name)))
    badge = QLabel(SafetyText.tr("Read-only: nothing can be changed in this window"))
    badge.setObjectName("readOnlyBadge")
    window.statusBar().addWidget(badge)
    for key in WRITING_KEYS:
        if key in window.actions_by_name:
            window.actions_by_name[key].setEnabled(False)
    window.claim_form.setEnabled(False)  # still shows the claim; a disabled parent keeps every field off
    for key in ("add", "edit", "merge", "delete"):
        window.sources_panel.buttons[key].setEnabled(False)
    window.sources_panel.table.doubleClicked.disconnect()


def _report_backup_problem(window: WindowParts, wait: QTimer) -> None:
    """Say in the status bar if the last automatic backup failed, once it is done (it runs in the background)."""
    if window.project.closed:
        return
    if window.project.backup_running:
        if not wait.isActive():
            wait.start()
        return
    problem = window.project.backup_error
    if problem:
        window.statusBar().showMessage(
            SafetyText.tr("Automatic backup failed: {reason}").format(reason=say(problem)), 15000
        )


def save_copy_dialog(window: WindowParts) -> Path | None:
    """Ask where, then write an online copy of the project there."""
    project = window.project
    default = Path.home() / f"{project.path.stem}-copy{PROJECT_SUFFIX}"
    target, _ = QFileDialog.getSaveFileName(
        window.window(),
        SafetyText.tr("Save a copy"),
        str(default),
        SafetyText.tr("Nisba project (*{suffix})").format(suffix=PROJECT_SUFFIX),
    )
    if not target:
        return None
    path = Path(target) if Path(target).suffix else Path(target).with_suffix(PROJECT_SUFFIX)
    try:
        written = project.save_copy(path)
    except AnnotatorError as exc:
        QMessageBox.warning(window.window(), SafetyText.tr("Save a copy failed"), error_text(exc))
        return None
    window.statusBar().showMessage(SafetyText.tr("Saved a copy to {path}").format(path=written), 6000)
    return written


def restore_dialog(window: WindowParts) -> None:
    """List the backups; on Restore, ask the window's owner to restore the chosen one."""
    backups = window.project.list_backups()
    if not backups:
        QMessageBox.information(
            window.window(),
            SafetyText.tr("Restore from backup"),
            SafetyText.tr(
                "{name} has no backups yet. One is made each time the project is opened "
                "after a change, and every few minutes while you work."
            ).format(name=say(window.project.name)),
        )
        return
    dialog = RestoreDialog(backups, say(window.project.name), window.window())
    if dialog.exec() != RestoreDialog.DialogCode.Accepted:
        return
    chosen = dialog.selected_backup()
    if chosen is not None:
        window.restoreRequested.emit(chosen.path)
