"""What one row of the action table says (:class:`ActionSpec`), and its texts in the interface's language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from ui.i18n.marks import QT_TRANSLATE_NOOP

Key = str | QKeySequence.StandardKey
StandardKey = QKeySequence.StandardKey
CONTEXT = "Actions"
"""The translation context of the table's texts, tips and menu titles (marked for lupdate in the table)."""
RECENT_TEXT = QT_TRANSLATE_NOOP("Actions", "Mark with recent source {n}")
"""The text of the Mark with recent source 1…9 actions."""


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window."""

    key: str
    text: str
    keys: tuple[Key, ...] = ()
    tip: str = ""
    reading: bool = False
    writes: bool = False
    checkable: bool = False
    article_only: bool = False
    """A reading key that acts in the article alone (Tab keeps moving the focus elsewhere)."""


def translated(text: str) -> str:
    """A text of the table (a title, a tip, a menu) in the interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


def action_text(spec: ActionSpec) -> str:
    """What an action is called in the interface's language (the recent-source actions by their number)."""
    text = translated(spec.text)
    return text.format(n=spec.keys[0]) if spec.text == RECENT_TEXT else text
