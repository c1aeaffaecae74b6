"""The first window: where the main window will be, named for the project, while the core loads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from ui.widgets.fonts import article_font


class StartupFrame(QMainWindow):
    """Shown the moment the app starts; the session replaces it with the main window once the project is open."""

    painted = Signal()  # once, after the first paint: the user sees the app

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupFrame")
        self.setWindowTitle(self.tr("{name} — Nisba").format(name=project_path.stem))
        geometry = QSettings().value("window/geometry")  # the main window's, so it opens in the same place
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self._name = project_path.name
        label = QLabel(self.tr("Opening {name}…").format(name=self._name))
        label.setObjectName("startupMessage")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFont(article_font())
        label.setEnabled(False)  # drawn in the muted colour of a placeholder
        label.setWordWrap(True)
        self.setCentralWidget(label)
        self._label = label
        self._painted = False

    def say(self, message: str) -> None:
        """Show ``message`` under the project's name at once (the work that follows keeps the loop busy)."""
        self._label.setText(self.tr("Opening {name}…").format(name=self._name) + f"\n{message}")
        self._label.repaint()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
