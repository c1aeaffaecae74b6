"""Settings → Language and Settings → Western digits: choosing how the interface speaks.

Choosing saves the note being typed, remembers the choice, and asks the window's owner to build the window
again in the new language (the project stays open, so nothing is lost, and the undo history is kept; the
article, the place in it and the current claim come back).  A window without an owner (a test's) is told
that the change takes effect at the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from ui.i18n.language import LANGUAGES, current_language, remember_language, set_western_digits, western_digits


class LanguageSwitch:
    """Where a window's request for another language goes: the owners of windows listen."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[QMainWindow, str], None]] = []

    def request(self, window: QMainWindow, lang: str) -> bool:
        """Tell every listener (each owner acts for its own window); False when nobody listens."""
        for listener in list(self.listeners):
            listener(window, lang)
        return bool(self.listeners)


SWITCH = LanguageSwitch()


def _commit_typing(window: QMainWindow) -> None:
    form = getattr(window, "claim_form", None)
    if form is not None:
        form.commit_note()


def switch_language(window: QMainWindow, lang: str) -> None:
    """Save what is being typed, remember ``lang`` and have the window rebuilt in it."""
    _commit_typing(window)
    remember_language(lang)
    if not SWITCH.request(window, lang):
        QMessageBox.information(
            window,
            QCoreApplication.translate("Language", "Language"),
            QCoreApplication.translate("Language", "The new language takes effect the next time Nisba starts."),
        )


def fill_language_menu(window: QMainWindow) -> Callable[[QMenu], None]:
    """The filler of Settings → Language for ``window``: one entry per language, in its own name."""

    def fill(menu: QMenu) -> None:
        menu.clear()
        group = QActionGroup(menu)
        for code, name in LANGUAGES.items():
            action = QAction(name, menu)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current_language())
            group.addAction(action)
            menu.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: _chosen(window, code))

    return fill


def _chosen(window: QMainWindow, lang: str) -> None:
    if lang != current_language():
        switch_language(window, lang)


def language_slots(window: QMainWindow) -> dict[str, Callable[..., object]]:
    """What the table's settings rows do."""

    def digits(on: bool) -> None:
        set_western_digits(on)
        switch_language(window, current_language())  # numbers already on screen are written again

    return {"western_digits": digits}


def digits_checked() -> bool:
    """The digits option's state, for its checkbox."""
    return western_digits()
