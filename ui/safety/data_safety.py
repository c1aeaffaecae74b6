"""The main window's data-safety parts: Save a copy, Restore from backup, read-only mode, backup warnings.

Kept apart from main_window.py so that file only wires them in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from annotator import AnnotatorError
from annotator.paths import PROJECT_SUFFIX
from ui.safety.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from ui.main_window.window import MainWindow

# Actions that change the project, disabled in a read-only window (a name the window has no action for is skipped).
EDITING_ACTIONS = (
    *("mark", "delete", "import", "paste_article", "restore", "import_annotations", "mention", "cue", "bounds"),
    "add_source",
    *("note", "labels", "article_done", "article_details", "snap", *(f"recent_{n}" for n in range(1, 10))),
)


def make_actions(window: MainWindow) -> dict[str, QAction]:
    """File → Save a copy… and File → Restore from backup…"""
    save_copy = QAction("Save a &copy…", window)
    save_copy.setObjectName("action_save_copy")
    save_copy.setToolTip("Write a copy of the whole project to another file")
    save_copy.triggered.connect(lambda: save_copy_dialog(window))
    restore = QAction("&Restore from backup…", window)
    restore.setObjectName("action_restore")
    restore.setToolTip("Go back to one of this project's backups (the current file is kept as a safety copy)")
    restore.triggered.connect(lambda: restore_dialog(window))
    for action in (save_copy, restore):
        action.setStatusTip(action.toolTip())
        window.addAction(action)
    return {"save_copy": save_copy, "restore": restore}


def apply_state(window: MainWindow) -> None:
    """Read-only: say so in the title and status bar and disable editing.  Always: report failed backups."""
    project = window.project
    wait = QTimer(window)  # one wait at a time for a backup still running, however many changes come meanwhile
    wait.setSingleShot(True)
    wait.setInterval(250)
    wait.timeout.connect(lambda: _report_backup_problem(window, wait))
    window.bridge.changed.connect(lambda _change: _report_backup_problem(window, wait))
    _report_backup_problem(window, wait)
    if not project.read_only:
        return
    window.setWindowTitle(f"Nisba — {project.path.name} (read-only)")
    badge = QLabel("Read-only: nothing can be changed in this window")
    badge.setObjectName("readOnlyBadge")
    window.statusBar().addWidget(badge)
    for key in EDITING_ACTIONS:
        if key in window.actions_by_name:
            window.actions_by_name[key].setEnabled(False)
    window.claim_form.setEnabled(False)  # still shows the claim; a disabled parent keeps every field off
    for key in ("add", "edit", "merge", "delete"):
        window.sources_panel.buttons[key].setEnabled(False)
    window.sources_panel.table.doubleClicked.disconnect()


def _report_backup_problem(window: MainWindow, wait: QTimer) -> None:
    """Say in the status bar if the last automatic backup failed, once it is done (it runs in the background)."""
    if window.project.closed:
        return
    if window.project.backup_running:
        if not wait.isActive():
            wait.start()
        return
    problem = window.project.backup_error
    if problem:
        window.statusBar().showMessage(f"Automatic backup failed: {problem}", 15000)


def save_copy_dialog(window: MainWindow) -> Path | None:
    """Ask where, then write an online copy of the project there."""
    project = window.project
    default = Path.home() / f"{project.path.stem}-copy{PROJECT_SUFFIX}"
    target, _ = QFileDialog.getSaveFileName(window, "Save a copy", str(default), f"Nisba project (*{PROJECT_SUFFIX})")
    if not target:
        return None
    path = Path(target) if Path(target).suffix else Path(target).with_suffix(PROJECT_SUFFIX)
    try:
        written = project.save_copy(path)
    except AnnotatorError as exc:
        QMessageBox.warning(window, "Save a copy failed", str(exc))
        return None
    window.statusBar().showMessage(f"Saved a copy to {written}", 6000)
    return written


def restore_dialog(window: MainWindow) -> None:
    """List the backups; on Restore, ask the window's owner to restore the chosen one."""
    backups = window.project.list_backups()
    if not backups:
        QMessageBox.information(
            window,
            "Restore from backup",
            f"{window.project.path.name} has no backups yet. One is made each time the project is opened "
            "after a change, and every few minutes while you work.",
        )
        return
    dialog = RestoreDialog(backups, window.project.path.name, window)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted:
        return
    chosen = dialog.selected_backup()
    if chosen is not None:
        window.restoreRequested.emit(chosen.path)
