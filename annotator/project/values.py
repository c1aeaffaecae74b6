"""Checks of the values the public API takes: each wrong value refused with the argument's name.

A wrong type (``add_source(None)``, ``published=20240620``, ``source_ids=[[1]]``, ``True`` as an offset)
raises :class:`~annotator.errors.InvalidValueError` naming the argument, before anything is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP

_PUBLISHED = QT_TRANSLATE_NOOP("Core", "published date")


def text(value: Any, what: str) -> str:
    """``value`` as stored text: a string with no lone surrogate (control characters are kept: the exports
    mark them)."""
    if not isinstance(value, str):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{what} must be text, not {kind} {value}").format(
                what=what, kind=type(value).__name__, value=_shown(value)
            )
        )
    for i, ch in enumerate(value):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{what} has a broken character (an unpaired surrogate, {code}) at position {position}: "
                    "“{before}…”; it cannot be stored",
                ).format(what=what, code=f"U+{code:04X}", position=i, before=value[max(0, i - 20) : i])
            )
    return value


def optional_text(value: Any, what: str) -> str | None:
    """Like :func:`text`, None passing through."""
    return None if value is None else text(value, what)


def whole(value: Any, what: str) -> int:
    """A whole number (a bool is not one, though Python says it is)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{what} must be a whole number, not {kind} {value}").format(
                what=what, kind=type(value).__name__, value=_shown(value)
            )
        )
    return value


def ids(values: Any, what: str) -> list[int]:
    """A list of record ids from any iterable of whole numbers."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{what} must be a list of ids, not {kind} {value}").format(
                what=what, kind=type(values).__name__, value=_shown(values)
            )
        )
    each = QT_TRANSLATE_NOOP("Core", "each of {what}").format(what=what)
    return [whole(v, each) for v in values]


def one_of(value: Any, allowed: tuple[str, ...], what: str) -> str:
    """One of the ``allowed`` words."""
    if value not in allowed:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "unknown {what} {value}; use one of {allowed}").format(
                what=what, value=_shown(value), allowed=", ".join(allowed)
            )
        )
    return str(value)


def as_date(value: date | str | None, what: str = _PUBLISHED) -> date | None:
    """A date from a date, a datetime or an ISO string (empty: none)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{what} must be a date like 2024-06-20, not {kind} {value}").format(
                what=what, kind=type(value).__name__, value=_shown(value)
            )
        )
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{what} {value} is not a date like 2024-06-20").format(
                what=what, value=repr(value)
            )
        ) from exc


def _shown(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:59] + "…"
