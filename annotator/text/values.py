"""Checking a text value before it is stored: text, no half characters, no control characters, not too long.

For the Project API (titles, outlets, URLs, source names and aliases, labels, notes, annotators):
a value SQLite or an export cannot hold is refused here, naming the field, instead of failing
later as if the project were damaged.
"""

from __future__ import annotations

import re

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_CONTROL_OR_NEWLINE = re.compile("[\x00-\x08\x0a-\x1f\x7f\ufffe\uffff]")


def check_text(value: object, field: str, *, max_length: int | None = None, multiline: bool = False) -> str:
    """``value`` if it is text a project can store; InvalidValueError naming ``field`` otherwise.

    Refused: anything not a ``str``, a lone surrogate (half of a character), a control character
    (tab is fine; newlines only when ``multiline``, as in a note), U+FFFE/U+FFFF, and more than
    ``max_length`` characters.
    """
    if not isinstance(value, str):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{field} must be text, not {kind} ({value})").format(
                field=field, kind=type(value).__name__, value=f"{value!r:.40}"
            )
        )
    surrogate = _SURROGATE.search(value)
    if surrogate is not None:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Core", "{field} holds a broken character (an unpaired surrogate, {code}) at position {position}"
            ).format(field=field, code=f"U+{ord(surrogate.group()):04X}", position=surrogate.start())
        )
    control = (_CONTROL if multiline else _CONTROL_OR_NEWLINE).search(value)
    if control is not None:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{field} holds a control character ({code}) at position {position}").format(
                field=field, code=f"U+{ord(control.group()):04X}", position=control.start()
            )
        )
    if max_length is not None and len(value) > max_length:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{field} is {length} characters long; at most {limit} are allowed").format(
                field=field, length=f"{len(value):,}", limit=f"{max_length:,}"
            )
        )
    return value
