"""Exporting from the window: the dialog, a cancellable progress dialog, the result, and opening what was written.

Opening the file hands it to the program the desktop registers for its type; where there is none (or it
cannot be started) the user is told so and offered its folder instead, and where the folder cannot be shown
either, the message gives the path to copy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeDatabase, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QProgressDialog, QWidget

from annotator import AnnotatorError, Project
from annotator.errors import ExportCancelledError
from annotator.exports.data import ExportOptions
from annotator.exports.files import ExportSummary
from ui.exporting.export_dialog import ExportDialog
from ui.i18n.core_text import error_text, say
from ui.i18n.words import Words

FOLDER_SETTING = "export/folder"
ExportText = Words("ExportText")


def exported_sentence(claims: int, articles: int, path: Path) -> str:
    """What an export wrote, as one sentence in the interface's language, each count in its plural form.

    Whole, so that a translation orders its parts as its language needs (Arabic has six plural forms).
    """
    articles_text = ExportText.tr("%n article(s)", "", articles)
    return ExportText.tr("Exported %n claim(s) from {articles} to\n{path}", "", claims).format(
        articles=articles_text, path=path
    )


def default_target(project_path: Path, folder: Path, today: date) -> Path:
    """The name offered for an export: the project's name, "claims" and the date (study-claims-2026-12-01.xlsx)."""
    return folder / f"{project_path.stem}-claims-{today.isoformat()}.xlsx"


def ask_and_export(window: QMainWindow, project: Project, selected_ids: list[int]) -> ExportSummary | None:
    """Ask what to export and where (in the last folder used, under a dated name), then export it."""
    folder = Path(str(QSettings().value(FOLDER_SETTING, str(Path.home()))))
    default = default_target(project.path, folder, date.today())
    dialog = ExportDialog(default, selected_ids, project.article_count("done"), window)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return None
    return export_to(window, project, dialog.target(), dialog.format(), dialog.options())


def export_to(
    window: QMainWindow, project: Project, path: Path, fmt: str = "xlsx", options: ExportOptions | None = None
) -> ExportSummary | None:
    """Export with a progress dialog (cancellable), then offer to open the file or its folder."""
    progress = QProgressDialog(ExportText.tr("Exporting claims…"), ExportText.tr("Cancel"), 0, 0, window)
    progress.setWindowTitle(ExportText.tr("Export"))
    progress.setMinimumDuration(400)

    def step(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        summary = project.export(path, fmt, options, step)
    except ExportCancelledError:
        window.statusBar().showMessage(ExportText.tr("Export cancelled; nothing was written."), 5000)
        return None
    except AnnotatorError as exc:
        QMessageBox.warning(window, ExportText.tr("Export failed"), error_text(exc))
        return None
    finally:
        progress.close()
    QSettings().setValue(FOLDER_SETTING, str(path.parent))
    show_result(window, summary, path)
    return summary


def show_result(parent: QWidget, summary: ExportSummary, path: Path) -> None:
    """Say what was written, with Open file, Open folder and Close."""
    text = exported_sentence(summary.claims, summary.articles, path)
    if summary.notes:
        text += "\n\n" + ExportText.tr("Notes:") + "\n" + "\n".join(say(note) for note in summary.notes[:20])
    box = QMessageBox(QMessageBox.Icon.Information, ExportText.tr("Export"), text, parent=parent)
    box.setObjectName("exportResult")
    open_file = box.addButton(ExportText.tr("Open file"), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(ExportText.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_file:
        open_exported_file(parent, path)
    elif box.clickedButton() is open_folder:
        open_exported_folder(parent, path)


def open_exported_file(parent: QWidget, path: Path) -> None:
    """Open ``path`` in its program; where none is registered, say so and offer its folder."""
    if open_with_desktop(path):
        return
    if path.suffix:
        text = ExportText.tr(
            "No program on this computer is registered to open {kind} files (or it could not be started), "
            "so the file was not opened.\n\nIt was saved as\n{path}"
        ).format(kind=path.suffix.lower(), path=path)
    else:
        text = ExportText.tr(
            "No program on this computer is registered to open such files (or it could not be started), "
            "so the file was not opened.\n\nIt was saved as\n{path}"
        ).format(path=path)
    box = QMessageBox(QMessageBox.Icon.Warning, ExportText.tr("Open file"), text, parent=parent)
    box.setObjectName("noProgramForFile")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_folder = box.addButton(ExportText.tr("Open folder"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_folder:
        open_exported_folder(parent, path)


def open_exported_folder(parent: QWidget, path: Path) -> None:
    """Show the folder holding ``path``; where nothing can show folders, give the path to copy."""
    if open_with_desktop(path.parent):
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        ExportText.tr("Open folder"),
        ExportText.tr(
            "No file manager on this computer could show the folder.\n\nThe file was saved as\n{path}"
        ).format(path=path),
        parent=parent,
    )
    box.setObjectName("noProgramForFolder")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def open_with_desktop(path: Path) -> bool:
    """Hand ``path`` to the program the desktop registers for it; False when none is, or it did not start."""
    if not _desktop_can_open(path):
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _desktop_can_open(path: Path) -> bool:
    """Whether a program is registered for ``path``'s type, where the desktop can tell (freedesktop systems).

    There Qt starts ``xdg-open`` and reports success once it runs, even when xdg-open then finds no program
    and nothing opens; ``xdg-mime`` tells beforehand.  Windows and macOS report a missing program themselves.
    """
    if sys.platform in ("win32", "darwin"):
        return True
    if shutil.which("xdg-open") is None:
        return False
    query = shutil.which("xdg-mime")
    if query is None:
        return True  # cannot tell: let xdg-open try
    mime = "inode/directory" if path.is_dir() else QMimeDatabase().mimeTypeForFile(str(path)).name()
    try:
        answer = subprocess.run([query, "query", "default", mime], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return True
    return answer.returncode == 0 and bool(answer.stdout.strip())
