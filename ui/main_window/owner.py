"""The open project and its main window; switching projects and restoring backups in place."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from annotator import AnnotatorError, Project
from annotator.storage.backups import restore_backup
from ui.i18n.core_text import error_text
from ui.i18n.language import apply_language
from ui.i18n.language_menu import SWITCH
from ui.i18n.words import Words
from ui.main_window import window_state
from ui.main_window.attached import MainWindow
from ui.main_window.opening import open_project

OwnerText = Words("OwnerText")


class WindowOwner:
    """Owns the open project and its window; switches projects when the window asks."""

    def __init__(self, project: Project, waiting: MainWindow | None = None) -> None:
        """Own ``project`` and its window: ``waiting`` (a window shown at start-up before the project opened,
        now attached to it), else a new one."""
        self.project = project
        self.window = self._make_window(project, waiting)
        SWITCH.listeners.append(self.change_language)

    def _make_window(self, project: Project, waiting: MainWindow | None = None) -> MainWindow:
        if waiting is None:
            window = MainWindow(project)
        else:
            window = waiting
            window.attach(project)
        window.projectRequested.connect(self.switch_to)
        window.restoreRequested.connect(self.restore)
        window.team.serverRequested.connect(self.switch_to_server)
        window.show()
        return window

    def switch_to(self, path: Path) -> None:
        """Open the project at ``path`` in place of the current one; on failure keep the current one."""
        if Path(path).expanduser().resolve() == self.project.path and not self.project.read_only:
            return  # already open here for writing (a second Project would find it locked by this window)
        project = open_project(self.window, path)
        if project is not None:
            self._replace(project)

    def switch_to_server(self, address: str) -> None:
        """Open the server project at ``address`` in place of the current one; on failure keep the current one."""
        from ui.main_window.server_dialog import open_server_project

        project = open_server_project(self.window, address)
        if project is not None:
            self._replace(project)

    def restore(self, backup: Path) -> None:
        """Close the project, restore ``backup`` over it (keeping a safety copy), and open it again."""
        path, old_window = self.project.path, self.window
        if self.project.read_only:
            return
        old_window.setEnabled(False)  # stays on screen (closing the last window would quit) but inert
        old_window.bridge.detach()
        self.project.close()  # releases the lock the restore takes
        try:
            safety = restore_backup(path, backup)
        except AnnotatorError as exc:
            QMessageBox.warning(
                old_window,
                OwnerText.tr("Restore failed"),
                error_text(exc) + "\n\n" + OwnerText.tr("The project is reopened as it was."),
            )
            safety = None
        project = open_project(old_window, path, title=OwnerText.tr("Cannot reopen the project"))
        if project is None:
            QApplication.quit()
            return
        self.project = project
        self.window = self._make_window(project)
        old_window.close()
        old_window.deleteLater()
        if safety is not None:
            self.window.statusBar().showMessage(
                OwnerText.tr("Restored {backup}. The replaced file was kept as {safety} in the backups folder.").format(
                    backup=backup.name, safety=safety.name
                ),
                15000,
            )

    def _replace(self, project: Project) -> None:
        old_project, old_window = self.project, self.window
        self.project = project
        self.window = self._make_window(project)
        old_window.close()
        old_window.deleteLater()
        old_project.close()

    def change_language(self, window: QMainWindow, lang: str) -> None:
        """Build the window again in ``lang``: the project stays open (nothing unsaved, undo kept), the open
        article comes back at the place it was read, with the same claim selected."""
        if window is not self.window:
            return
        old_window = self.window
        old_window.claim_form.commit_note()
        claim_id = old_window.current_claim_id
        window_state.save(old_window)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_language(app, lang)
        self.window = self._make_window(self.project)
        self.window.restoreGeometry(old_window.saveGeometry())
        if claim_id is not None:
            with suppress(AnnotatorError):  # unless it was deleted meanwhile
                self.window.show_claim(self.project.claim_row(claim_id))
        old_window.close()
        old_window.deleteLater()

    def close(self) -> None:
        """Close the project (the window is closed by the user or the app)."""
        if self.change_language in SWITCH.listeners:
            SWITCH.listeners.remove(self.change_language)
        self.project.close()
