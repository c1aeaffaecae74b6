"""The longest text each bounded column holds, checked before every flush, the same on every flavour.

A file stores a 5,000-character title in a ``VARCHAR(1000)``; a server refuses it ("value too long"), which
reached the user as a damaged project.  Every session checks its new and changed rows against the models'
lengths instead, and refuses with the field and the limit; importers fit what they read (:func:`fit`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event
from sqlalchemy.orm import Session

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP, Message
from annotator.storage.models import Base

_FIELDS: dict[tuple[str, str], str] = {
    ("article", "title"): QT_TRANSLATE_NOOP("Core", "the article's title"),
    ("article", "outlet"): QT_TRANSLATE_NOOP("Core", "the article's outlet"),
    ("article", "url"): QT_TRANSLATE_NOOP("Core", "the article's url"),
    ("article", "language"): QT_TRANSLATE_NOOP("Core", "the article's language"),
    ("article", "imported_from"): QT_TRANSLATE_NOOP("Core", "where the article came from"),
    ("article", "encoding"): QT_TRANSLATE_NOOP("Core", "the article's encoding"),
    ("source", "name"): QT_TRANSLATE_NOOP("Core", "the source's name"),
    ("label", "name"): QT_TRANSLATE_NOOP("Core", "the label's name"),
}


def _limits() -> dict[tuple[str, str], int]:
    return {
        (table.name, column.name): column.type.length
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, String) and column.type.length
    }


LIMITS = _limits()
"""``(table, column)``: the most characters it holds."""


def limit(table: str, column: str) -> int:
    """The most characters ``table.column`` holds."""
    return LIMITS[(table, column)]


def fit(value: str | None, table: str, column: str) -> str | None:
    """``value`` cut to what ``table.column`` holds, ending in "…" when cut (for what a file brings in)."""
    most = limit(table, column)
    if value is None or len(value) <= most:
        return value
    return value[: most - 1] + "…"


def _what(table: str, column: str) -> str:
    known = _FIELDS.get((table, column))
    if known is not None:
        return known
    if column in ("annotator", "changed_by"):
        return QT_TRANSLATE_NOOP("Core", "the annotator's name")
    return QT_TRANSLATE_NOOP("Core", "the value of {table}.{column}").format(table=table, column=column)


def too_long(table: str, column: str, value: str) -> Message:
    """The refusal of ``value`` for ``table.column``."""
    return QT_TRANSLATE_NOOP(
        "Core", "{what} is {length} characters long: at most {limit} can be stored (“{start}…”); nothing was changed"
    ).format(
        what=_what(table, column),
        length=f"{len(value):,}",
        limit=f"{limit(table, column):,}",
        start=value[:40],
    )


_BY_TABLE: dict[str, list[tuple[str, int]]] = {}
for (_table, _column), _most in LIMITS.items():
    _BY_TABLE.setdefault(_table, []).append((_column, _most))


def _check(session: Session, _context: Any, _instances: Any) -> None:
    for row in (*session.new, *session.dirty):
        table = getattr(row, "__tablename__", "")
        for column, most in _BY_TABLE.get(table, ()):
            value = getattr(row, column, None)
            if isinstance(value, str) and len(value) > most:
                raise InvalidValueError(too_long(table, column, value))


def check_lengths(sessions: Any) -> None:
    """Check every flush of the sessions ``sessions`` makes (a sessionmaker) against :data:`LIMITS`."""
    event.listen(sessions, "before_flush", _check)
