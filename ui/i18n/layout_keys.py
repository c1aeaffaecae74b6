"""Shortcuts on an Arabic (or any non-Latin) keyboard layout: the key in N's place does what N does.

How Qt matches a key event to a shortcut depends on the platform.  On X11 and Wayland (xkbcommon) it tries
the event's own key (ى for the N key on an Arabic layout) and then the Latin key on the same physical key
*if a Latin layout is also configured* (``lookupLatinKeysym``); on Windows it falls back on the virtual key,
which is Latin for letters; on the offscreen platform and on X11 without a Latin layout, only the Arabic
letter is tried, so "N" never fires.  Adding the Arabic letters as extra key sequences would make both
sequences match on X11 with a Latin layout, which Qt treats as an ambiguous shortcut and fires neither.

So this filter steps in only where Qt found no shortcut: a key press that reaches a widget with a non-Latin
key is mapped to the Latin key in the same physical place (from the native scan code on X11/Wayland, the
virtual key on Windows and macOS, else from the letter itself on the standard Arabic layout, and Arabic-Indic
digits to 0–9).  The focused widget is asked first, as Qt would (a text box keeps Ctrl+Z, Ctrl+C and the
letters it types); otherwise the window's action with that key, in its context, is triggered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

Key = Qt.Key
_LETTERS = "QWERTYUIOPASDFGHJKLZXCVBNM"
_ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
_XKB_ROW_START = (24, 38, 52)  # X keycodes (evdev + 8) of Q, A and Z
XKB_KEYCODES: dict[int, str] = {
    start + i: letter for start, row in zip(_XKB_ROW_START, _ROWS, strict=True) for i, letter in enumerate(row)
}
XKB_KEYCODES |= {10 + i: str((i + 1) % 10) for i in range(10)}  # 1 … 9, 0 on keycodes 10 … 19
MAC_KEYCODES: dict[int, str] = {
    0x00: "A", 0x01: "S", 0x02: "D", 0x03: "F", 0x04: "H", 0x05: "G", 0x06: "Z", 0x07: "X", 0x08: "C",
    0x09: "V", 0x0B: "B", 0x0C: "Q", 0x0D: "W", 0x0E: "E", 0x0F: "R", 0x10: "Y", 0x11: "T", 0x12: "1",
    0x13: "2", 0x14: "3", 0x15: "4", 0x16: "6", 0x17: "5", 0x19: "9", 0x1A: "7", 0x1C: "8", 0x1D: "0",
    0x1F: "O", 0x20: "U", 0x22: "I", 0x23: "P", 0x25: "L", 0x26: "J", 0x28: "K", 0x2D: "N", 0x2E: "M",
}  # fmt: skip
ARABIC_LAYOUT: dict[str, str] = dict(zip("ضصثقفغعهخح", "QWERTYUIOP", strict=True))
"""The standard Arabic layout's letters (unshifted) and digits, and the Latin key in the same place."""
ARABIC_LAYOUT |= dict(zip("شسيبلاتنمك", "ASDFGHJKL;", strict=True))
ARABIC_LAYOUT |= dict(zip("ئءؤرىةوزظ", "ZXCVNM,./", strict=True))
ARABIC_LAYOUT |= {"لا": "B", "ﻻ": "B"}
ARABIC_LAYOUT |= {digit: str(i) for i, digit in enumerate("٠١٢٣٤٥٦٧٨٩")}  # Arabic-Indic digits
ARABIC_LAYOUT |= {digit: str(i) for i, digit in enumerate("۰۱۲۳۴۵۶۷۸۹")}  # Persian (extended) digits
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def _latin(name: str | None) -> Key | None:
    if name is None or len(name) != 1 or not (name.isascii() and name.isalnum()):
        return None
    return Key(ord(name.upper()))


def latin_key(event: QKeyEvent, platform: str | None = None) -> Key | None:
    """The Latin letter or digit key on the physical key of ``event``, when the event's own key is not one."""
    key = event.key()
    if 0x80 <= key < 0x01000000:
        char = chr(key)
    elif key == Key.Key_unknown and event.text():
        char = event.text()
    else:
        return None  # a Latin key (Qt matched it if anything has it) or a key without a character (arrows...)
    platform = platform or QGuiApplication.platformName()
    found: str | None = None
    if platform in ("xcb", "wayland") and event.nativeScanCode():
        found = XKB_KEYCODES.get(event.nativeScanCode())
    elif platform == "windows" and (
        0x30 <= event.nativeVirtualKey() <= 0x39 or 0x41 <= event.nativeVirtualKey() <= 0x5A
    ):
        found = chr(event.nativeVirtualKey())
    elif platform == "cocoa" and event.nativeVirtualKey() in MAC_KEYCODES:
        found = MAC_KEYCODES[event.nativeVirtualKey()]
    if found is None:
        found = ARABIC_LAYOUT.get(char) or ARABIC_LAYOUT.get(event.text())
    return _latin(found)


class LayoutKeys(QObject):
    """Installed on the application for one window: its actions fire from a non-Latin layout too."""

    def __init__(
        self, window: QWidget, actions: Mapping[str, QAction], reading: Mapping[str, bool], widgets: Sequence[QWidget]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._reading = reading
        self._widgets = tuple(widgets)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        focus = QApplication.focusWidget()
        if watched is not (focus or watched.window()) or watched.window() is not self._window:
            return False  # another window, or the event travelling up to a parent: seen once, at the focus
        key = latin_key(event)
        if key is None:
            return False
        modifiers = event.modifiers() & _MODIFIERS
        return self._widget_takes(watched, key, modifiers) or self._trigger(watched, key, modifiers)

    def _widget_takes(self, widget: QWidget, key: Key, modifiers: Qt.KeyboardModifier) -> bool:
        """What Qt does first: the focused widget may want the key itself (a text box's Ctrl+Z)."""
        override = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
        override.setAccepted(False)
        QCoreApplication.sendEvent(widget, override)
        if not override.isAccepted():
            return False
        if not modifiers & _COMMAND:
            return False  # a letter typed into a text box: it types the Arabic letter, as it should
        QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
        return True

    def _trigger(self, widget: QWidget, key: Key, modifiers: Qt.KeyboardModifier) -> bool:
        wanted = QKeySequence(QKeyCombination(modifiers, key))
        for name, action in self._actions.items():
            if not action.isEnabled() or wanted not in action.shortcuts():
                continue
            if self._reading.get(name) and not any(w is widget or w.isAncestorOf(widget) for w in self._widgets):
                continue  # a reading key outside the article, the claims and the article list
            action.trigger()
            return True
        return False


LATIN_TO_ARABIC: dict[str, str] = {
    latin: arabic for arabic, latin in ARABIC_LAYOUT.items() if len(arabic) == 1 and latin.isalpha()
}
"""The Arabic letter on each Latin letter's key (N → ى), for the shortcuts sheet."""


def with_arabic_letter(key_text: str) -> str:
    """A single-letter key as the sheet shows it to an Arabic reader: "N (ى)"; other keys as they are."""
    arabic = LATIN_TO_ARABIC.get(key_text)
    return f"{key_text} ({arabic})" if arabic else key_text
