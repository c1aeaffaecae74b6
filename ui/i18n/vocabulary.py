"""The words of the project's vocabulary (source kinds, quote types, claim origins, article statuses) as the user reads
them.  The core stores the English codes; the interface shows them translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n.marks import QT_TRANSLATE_NOOP

CONTEXT = "Vocabulary"
KINDS = {
    "person": QT_TRANSLATE_NOOP("Vocabulary", "person"),
    "organization": QT_TRANSLATE_NOOP("Vocabulary", "organization"),
    "media": QT_TRANSLATE_NOOP("Vocabulary", "media"),
    "government": QT_TRANSLATE_NOOP("Vocabulary", "government"),
    "document": QT_TRANSLATE_NOOP("Vocabulary", "document"),
    "anonymous": QT_TRANSLATE_NOOP("Vocabulary", "anonymous"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
}
QUOTE_TYPES = {
    "direct": QT_TRANSLATE_NOOP("Vocabulary", "direct"),
    "indirect": QT_TRANSLATE_NOOP("Vocabulary", "indirect"),
    "mixed": QT_TRANSLATE_NOOP("Vocabulary", "mixed"),
    "unmarked": QT_TRANSLATE_NOOP("Vocabulary", "unmarked"),
}
ORIGINS = {
    "manual": QT_TRANSLATE_NOOP("Vocabulary", "manual"),
    "suggested": QT_TRANSLATE_NOOP("Vocabulary", "suggested, accepted unchanged"),
    "suggested_edited": QT_TRANSLATE_NOOP("Vocabulary", "suggested, edited"),
}
STATUSES = {
    "todo": QT_TRANSLATE_NOOP("Vocabulary", "to do"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "in progress"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "done ✓"),
}


def _word(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return QCoreApplication.translate(CONTEXT, table[code]) if code in table else code


def kind_text(code: str | None) -> str:
    """A source kind ("media") in the interface's language."""
    return _word(KINDS, code)


def quote_text(code: str | None) -> str:
    """A quote type ("indirect") in the interface's language."""
    return _word(QUOTE_TYPES, code)


def origin_text(code: str | None) -> str:
    """Where a claim came from ("suggested_edited") in the interface's language."""
    return _word(ORIGINS, code)


def status_text(code: str | None) -> str:
    """An article status ("in_progress") in the interface's language."""
    return _word(STATUSES, code)


DIRECTIONS = {
    "rtl": QT_TRANSLATE_NOOP("Vocabulary", "RTL"),
    "ltr": QT_TRANSLATE_NOOP("Vocabulary", "LTR"),
}


def direction_text(code: str | None) -> str:
    """A text direction ("rtl") as the user reads it (RTL · من اليمين إلى اليسار)."""
    return _word(DIRECTIONS, code)


def list_separator() -> str:
    """What separates the items of a list in a sentence: ", " (Arabic "، ")."""
    return QCoreApplication.translate("Vocabulary", ", ")


def dot() -> str:
    """The separator between the parts of a status line: " · " (in Arabic " | ": a middle dot reads as the
    Arabic-Indic zero ٠)."""
    return QCoreApplication.translate("Vocabulary", " · ")
