"""Starting the desktop app: the QApplication, the project, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from annotator import AnnotatorError, Project
from annotator.first_run import open_default_project

from .fonts import load_bundled_fonts
from .main_window import MainWindow


class Session:
    """Owns the open project and its window; switches projects when the window asks."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.window = self._make_window(project)

    def _make_window(self, project: Project) -> MainWindow:
        window = MainWindow(project)
        window.projectRequested.connect(self.switch_to)
        window.show()
        return window

    def switch_to(self, path: Path) -> None:
        """Open the project at ``path`` in place of the current one; on failure keep the current one."""
        try:
            project = Project.open(path)
        except AnnotatorError as exc:
            QMessageBox.warning(self.window, "Cannot open project", str(exc))
            return
        old_project, old_window = self.project, self.window
        self.project = project
        self.window = self._make_window(project)
        old_window.close()
        old_window.deleteLater()
        old_project.close()

    def close(self) -> None:
        """Close the project (the window is closed by the user or the app)."""
        self.project.close()


def make_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with Nisba's names (for settings) and bundled fonts."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Nisba")
    app.setOrganizationName("Nisba")
    app.setApplicationDisplayName("Nisba")
    load_bundled_fonts()
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app on the project named on the command line, or on the default project."""
    args = list(sys.argv if argv is None else argv)
    app = make_application(args)
    try:
        project = Project.open(args[1]) if len(args) > 1 else open_default_project()
    except AnnotatorError as exc:
        QMessageBox.critical(None, "Nisba cannot start", str(exc))
        return 1
    session = Session(project)
    try:
        return app.exec()
    finally:
        session.close()
