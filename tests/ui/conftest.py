"""Helpers for driving the real widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from ui.app import apply_language, make_application
from ui.article.view import ArticleView
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    make_application([])
    apply_language(qapp, "en")  # as main() does: English unless a test asks for Arabic


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[[Project], MainWindow]]:
    made: list[MainWindow] = []

    def make(project: Project) -> MainWindow:
        window = MainWindow(project)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts need the active window, as for a user
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        made.append(window)
        return window

    yield make


def utf16(text: str, cp: int) -> int:
    """UTF-16 position of code point ``cp``, computed independently of the app's OffsetMap."""
    return len(text[:cp].encode("utf-16-le")) // 2


def select_code_points(view: ArticleView, text: str, start: int, end: int) -> None:
    """Select ``text[start:end]`` in the view, as a user's drag would (Qt positions)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Arabic included, as key events (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _focus(window: QWidget) -> None:
    """Activate a new window and put the keyboard focus in it, as a window manager would (offscreen has none)."""
    window.activateWindow()
    QApplication.processEvents()
    inside = QApplication.focusWidget()
    if inside is None or inside.window() is not window:
        target = window.focusWidget() or window.nextInFocusChain()
        target.setFocus()


def when_modal(handler: Callable[[QWidget], None]) -> None:
    """Run ``handler`` on the next modal dialog once it is open (before a blocking exec() returns)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        _focus(dialog)
        handler(dialog)

    QTimer.singleShot(0, poll)


def when_dialog(name: str, handler: Callable[[QWidget], None]) -> None:
    """Run ``handler`` on the visible top-level widget named ``name`` once it shows (modal or not)."""

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                _focus(widget)
                handler(widget)
                return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def write_article(tmp_path: Path, name: str, text: str, newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def press(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Give ``widget`` the keyboard focus, as a click would, then press ``key`` there."""
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)
