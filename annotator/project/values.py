"""Checks of the values the public API takes: each wrong value refused with the argument's name.

A wrong type (``add_source(None)``, ``published=20240620``, ``source_ids=[[1]]``, ``True`` as an offset)
raises :class:`~annotator.errors.InvalidValueError` naming the argument, before anything is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from annotator.errors import InvalidValueError


def text(value: Any, what: str) -> str:
    """``value`` as stored text: a string with no lone surrogate (control characters are kept: the exports
    mark them)."""
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be text, not {type(value).__name__} {_shown(value)}")
    for i, ch in enumerate(value):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            raise InvalidValueError(
                f"{what} has a broken character (an unpaired surrogate, U+{code:04X}) at position {i}: "
                f"“{value[max(0, i - 20) : i]}…”; it cannot be stored"
            )
    return value


def optional_text(value: Any, what: str) -> str | None:
    """Like :func:`text`, None passing through."""
    return None if value is None else text(value, what)


def whole(value: Any, what: str) -> int:
    """A whole number (a bool is not one, though Python says it is)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(f"{what} must be a whole number, not {type(value).__name__} {_shown(value)}")
    return value


def ids(values: Any, what: str) -> list[int]:
    """A list of record ids from any iterable of whole numbers."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidValueError(f"{what} must be a list of ids, not {type(values).__name__} {_shown(values)}")
    return [whole(v, f"each of {what}") for v in values]


def one_of(value: Any, allowed: tuple[str, ...], what: str) -> str:
    """One of the ``allowed`` words."""
    if value not in allowed:
        raise InvalidValueError(f"unknown {what} {_shown(value)}; use one of {', '.join(allowed)}")
    return str(value)


def as_date(value: date | str | None, what: str = "published date") -> date | None:
    """A date from a date, a datetime or an ISO string (empty: none)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be a date like 2024-06-20, not {type(value).__name__} {_shown(value)}")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InvalidValueError(f"{what} {value!r} is not a date like 2024-06-20") from exc


def _shown(value: Any) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:59] + "…"
