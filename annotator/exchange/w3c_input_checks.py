"""What a Web Annotation file must be before its claims are read: UTF-8 JSON nested less than Python's parser
allows, numbers of sensible length, no lone surrogate in any string, the shape of an Annotation, an
AnnotationPage, an AnnotationCollection or a list of Annotations, and fields of the right type and length.
Anything else is refused with :class:`~annotator.errors.AnnotationImportError` naming the file and, where there is
one, the annotation and the field.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from annotator.errors import AnnotationImportError, shown
from annotator.messages import QT_TRANSLATE_NOOP, Message

MAX_NAME = 1_000
"""Characters in a source name, alias, kind, colour, label, annotator, quote type or id."""
MAX_TEXT = 1_000_000
"""Characters in a quote, its context, a note or an address."""
MAX_DIGITS = 30
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_TYPES = {"Annotation", "AnnotationPage", "AnnotationCollection"}


class _RefusedValueError(ValueError):
    """Raised while parsing; becomes an AnnotationImportError naming the file."""


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _RefusedValueError(
            QT_TRANSLATE_NOOP(
                "Core", "holds a number of {count} digits; no annotation field needs more than {limit}"
            ).format(count=f"{len(digits):,}", limit=MAX_DIGITS)
        )
    return int(digits)


def _no_constant(name: str) -> Any:
    raise _RefusedValueError(QT_TRANSLATE_NOOP("Core", "holds {name}, which is not a JSON number").format(name=name))


def parse_json(path: Path, raw: bytes) -> Any:
    """The file's JSON, refusing what is not UTF-8 JSON, numbers too long, NaN and the like, and lone surrogates."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_json(path, exc) from exc
    try:
        data = json.loads(text, parse_int=_whole_number, parse_constant=_no_constant)
    except _RefusedValueError as exc:
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP("Core", "{path}: {reason}").format(path=shown(path), reason=exc.args[0])
        ) from exc
    except RecursionError as exc:
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP(
                "Core", "{path}: is nested too deeply to be a Web Annotation file (hundreds of levels)"
            ).format(path=shown(path))
        ) from exc
    except json.JSONDecodeError as exc:
        raise _not_json(path, exc) from exc
    if _SURROGATE_ESCAPE.search(text):  # JSON can escape half a character; UTF-8 cannot hold one
        _refuse_surrogates(path, data)
    return data


def _not_json(path: Path, exc: ValueError) -> AnnotationImportError:
    return AnnotationImportError(
        QT_TRANSLATE_NOOP("Core", "{path}: is not a JSON file ({reason})").format(path=shown(path), reason=str(exc))
    )


def _refuse_surrogates(path: Path, data: Any) -> None:
    """AnnotationImportError naming the field of the first string holding a lone surrogate."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if _SURROGATE.search(key):
                    _surrogate_in(path, f"{where}.{key!a}" if where else ascii(key))
                stack.append((f"{where}.{key}" if where else key, item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{n}]", item) for n, item in enumerate(value))
        elif isinstance(value, str) and _SURROGATE.search(value):
            _surrogate_in(path, where or QT_TRANSLATE_NOOP("Core", "the file's only value"))


def _surrogate_in(path: Path, where: str) -> None:
    raise AnnotationImportError(
        QT_TRANSLATE_NOOP(
            "Core",
            "{path}: the field {field} holds a broken character (an unpaired surrogate, \\ud800-\\udfff); "
            "the file was written by a faulty tool",
        ).format(path=shown(path), field=where if isinstance(where, Message) else repr(where))
    )


def is_type(value: Any, wanted: str) -> bool:
    """Whether ``value`` is an object whose ``type`` is ``wanted`` (or a list holding it)."""
    kinds = value.get("type") if isinstance(value, dict) else None
    return kinds == wanted or (isinstance(kinds, list) and wanted in kinds)


def annotation_items(path: Path, data: Any) -> list[Any]:
    """The annotations of a collection, a page, a list or a single annotation; refuses any other shape."""
    shown_path = shown(path)
    if isinstance(data, list):
        if not data or not all(is_type(item, "Annotation") for item in data):
            raise AnnotationImportError(
                QT_TRANSLATE_NOOP(
                    "Core", "{path}: is not a W3C annotation file (a list, but not of annotations)"
                ).format(path=shown_path)
            )
        return data
    if not isinstance(data, dict):
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP("Core", "{path}: is not a W3C annotation file (it holds {kind})").format(
                path=shown_path, kind=type(data).__name__ if data is not None else "null"
            )
        )
    if is_type(data, "Annotation"):
        return [data]
    declared = data.get("type")
    if declared is not None and not any(is_type(data, kind) for kind in _TYPES):
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP("Core", "{path}: is not a W3C annotation file (its type is {kind})").format(
                path=shown_path, kind=repr(str(declared)[:40])
            )
        )
    first = data.get("first")
    if isinstance(first, str):
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path}: is not a W3C annotation file this app can read: its annotations are elsewhere ({address})",
            ).format(path=shown_path, address=first[:80])
        )
    page = first if isinstance(first, dict) else data
    wrong_first = first is not None and not isinstance(first, dict)
    if wrong_first or ("items" in page and not isinstance(page["items"], list)):
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP(
                "Core", "{path}: is not a W3C annotation file (its items are not a list of annotations)"
            ).format(path=shown_path)
        )
    if declared is None and "items" not in page:
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP(
                "Core", "{path}: is not a W3C annotation file (no annotation, page or collection in it)"
            ).format(path=shown_path)
        )
    items = page.get("items", [])
    for n, item in enumerate(items, start=1):
        if not is_type(item, "Annotation"):
            raise AnnotationImportError(
                QT_TRANSLATE_NOOP("Core", "{path}: item {number} is not an Annotation").format(
                    path=shown_path, number=n
                )
            )
    return list(items)


class Fields:
    """Typed access to one annotation's fields; a wrong type or length is refused naming the field."""

    def __init__(self, path: Path, number: int) -> None:
        self.where = QT_TRANSLATE_NOOP("Core", "{path}: annotation {number}").format(path=shown(path), number=number)

    def refuse(self, name: str, why: str) -> AnnotationImportError:
        return AnnotationImportError(
            QT_TRANSLATE_NOOP("Core", "{where}: {field} {reason}").format(
                where=self.where, field=repr(name), reason=why
            )
        )

    def text(self, holder: dict[str, Any], name: str, limit: int = MAX_TEXT, default: str = "") -> str:
        value = holder.get(name)
        if value is None:
            return default
        if not isinstance(value, str):
            raise self.refuse(
                name, QT_TRANSLATE_NOOP("Core", "must be text, not {kind}").format(kind=type(value).__name__)
            )
        if len(value) > limit:
            raise self.refuse(
                name,
                QT_TRANSLATE_NOOP("Core", "is {length} characters long; at most {limit} are read").format(
                    length=f"{len(value):,}", limit=f"{limit:,}"
                ),
            )
        return value

    def optional(self, holder: dict[str, Any], name: str, limit: int = MAX_NAME) -> str | None:
        return self.text(holder, name, limit) if holder.get(name) is not None else None

    def offset(self, holder: dict[str, Any], name: str) -> int | None:
        """A code point offset if it is a whole number (a fraction or a negative one is ignored)."""
        value = holder.get(name)
        if value is None or isinstance(value, float):
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.refuse(
                name, QT_TRANSLATE_NOOP("Core", "must be a number, not {kind}").format(kind=type(value).__name__)
            )
        return value if value >= 0 else None
