"""Reading W3C Web Annotation files (JSON-LD): the claims they state, checked before anything is stored.

A file is read only if it is what it says: a regular file under :data:`MAX_ANNOTATION_FILE_BYTES`,
UTF-8 JSON nested less than Python's parser allows, numbers of sensible length, no lone surrogate
in any string, an Annotation, an AnnotationPage, an AnnotationCollection or a list of Annotations,
at most :data:`MAX_ANNOTATIONS` of them, and each field that names or places a claim of the right
type and length.  Anything else is refused with :class:`AnnotationImportError` naming the file and,
where there is one, the annotation and the field (the checks of the JSON, its shape and its fields are in
:mod:`.w3c_input_checks`).  The work is linear in the file's size.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from annotator.errors import AnnotationImportError, FileImportError, UnreadableFileError, shown
from annotator.exchange.w3c_input_checks import MAX_NAME, MAX_TEXT, Fields, annotation_items, is_type, parse_json
from annotator.importers.file_access import read_regular_file, size_text
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.text.matching import fold

MAX_ANNOTATION_FILE_BYTES = 64 * 1024 * 1024
"""An export of ~50,000 claims; parsing a file this size takes about ten times as much memory."""
MAX_ANNOTATIONS = 50_000
"""Claims one import adds at most; a larger file is refused (export fewer articles at a time)."""


@dataclass(frozen=True)
class SourceRef:
    """A source as an annotation names it."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    colour: str | None


@dataclass(frozen=True)
class LinkRef:
    """One attribution as an annotation states it (spans in the annotated text)."""

    source: SourceRef
    order: int
    mention: tuple[int, int, str] | None
    cue: tuple[int, int, str] | None
    annotator: str | None = None


@dataclass(frozen=True)
class AnnotationRef:
    """One claim as read from a Web Annotation file."""

    ident: str
    article_iri: str
    text_hash: str | None
    start: int | None
    end: int | None
    exact: str
    prefix: str
    suffix: str
    quote_type: str
    note: str
    labels: tuple[str, ...]
    annotator: str | None
    created: datetime | None
    modified: datetime | None
    links: tuple[LinkRef, ...]
    curated: bool = False
    origin: str = "manual"


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed


def _creator(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("nickname")
    return value[:MAX_NAME] if isinstance(value, str) and value.strip() else None


def _span_ref(fields: Fields, value: Any) -> tuple[int, int, str] | None:
    if not isinstance(value, dict):
        return None
    start, end = fields.offset(value, "start"), fields.offset(value, "end")
    if start is None or end is None:
        return None
    return start, end, fields.text(value, "nisba:exact")


def _roles(bodies: list[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each body that is an object, with its role (ours, else its W3C purpose)."""
    for body in bodies:
        if isinstance(body, dict):
            role = body.get("nisba:role") or body.get("purpose")
            yield (role if isinstance(role, str) else ""), body


def _read_one(fields: Fields, number: int, item: dict[str, Any]) -> AnnotationRef:
    targets = _as_list(item.get("target"))
    target = targets[0] if targets else None
    if not isinstance(target, dict):
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP("Core", "{where} has no target (or only the address of one)").format(where=fields.where)
        )
    selectors = _as_list(target.get("selector"))
    position: dict[str, Any] = next((s for s in selectors if is_type(s, "TextPositionSelector")), {})
    quote: dict[str, Any] = next((s for s in selectors if is_type(s, "TextQuoteSelector")), {})
    start, end, exact = fields.offset(position, "start"), fields.offset(position, "end"), fields.text(quote, "exact")
    if not exact and start is None:
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP("Core", "{where} has neither a position nor a quote selector").format(where=fields.where)
        )
    links: list[LinkRef] = []
    seen: set[str] = set()
    quote_type, note = "unmarked", ""
    labels: list[str] = []
    for role, body in _roles(_as_list(item.get("body"))):
        if role in ("source", "identifying"):
            name = " ".join(fields.text(body, "value", MAX_NAME).split())
            key = fold(name)
            if not name or key in seen:
                continue  # a source appears once in a chain
            seen.add(key)
            aliases = body.get("nisba:aliases")
            colour = body.get("nisba:colour")
            kind = body.get("nisba:sourceKind")
            source = SourceRef(
                name,
                kind if isinstance(kind, str) and len(kind) <= MAX_NAME else "other",
                tuple(a for a in aliases if isinstance(a, str) and a.strip() and len(a) <= MAX_NAME)
                if isinstance(aliases, list)
                else (),
                colour if isinstance(colour, str) and len(colour) <= MAX_NAME else None,
            )
            order = body.get("nisba:order", len(links))
            links.append(
                LinkRef(
                    source,
                    order if isinstance(order, int) and not isinstance(order, bool) else len(links),
                    _span_ref(fields, body.get("nisba:mention")),
                    _span_ref(fields, body.get("nisba:cue")),
                    _creator(body.get("creator")),
                )
            )
        elif role in ("quoteType", "classifying"):
            quote_type = fields.text(body, "value", MAX_NAME, "unmarked")
        elif role in ("note", "commenting"):
            note = fields.text(body, "value")
        elif role in ("label", "tagging"):
            label = fields.text(body, "value", MAX_NAME)
            if label:
                labels.append(label)
    return AnnotationRef(
        ident=fields.optional(item, "id", MAX_TEXT) or f"annotation {number}",
        article_iri=fields.text(target, "source"),
        text_hash=fields.optional(target, "nisba:textHash"),
        start=start,
        end=end,
        exact=exact,
        prefix=fields.text(quote, "prefix"),
        suffix=fields.text(quote, "suffix"),
        quote_type=quote_type,
        note=note,
        labels=tuple(labels),
        annotator=_creator(item.get("creator")),
        created=_dt(item.get("created")),
        modified=_dt(item.get("modified")),
        links=tuple(sorted(links, key=lambda link: link.order)),
        curated=item.get("nisba:curated") is True,
        origin=_origin(item.get("nisba:origin")),
    )


def _origin(value: Any) -> str:
    """Where the claim came from (a Nisba export's ``nisba:origin``); anything else counts as marked by hand."""
    return value if value in ("manual", "suggested", "suggested_edited") else "manual"


def read_web_annotations(path: Path, *, max_bytes: int | None = MAX_ANNOTATION_FILE_BYTES) -> list[AnnotationRef]:
    """Read the claims of a Web Annotation file (a collection, a page, a list, or one annotation).

    ``max_bytes=None`` lifts the size limits (for the app's own export of another project).
    """
    try:
        raw = read_regular_file(
            path, max_bytes if max_bytes is not None else 1 << 62, QT_TRANSLATE_NOOP("Core", "an annotation file")
        )
    except UnreadableFileError as exc:
        reason = (
            exc.reason
            if exc.reason.startswith("cannot be read")
            else QT_TRANSLATE_NOOP("Core", "cannot be read: it {reason}").format(reason=exc.reason)
        )
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP("Core", "{path}: {reason}").format(path=shown(path), reason=reason)
        ) from exc
    except FileImportError as exc:  # too large
        raise AnnotationImportError(exc.args[0]) from exc
    items = annotation_items(Path(path), parse_json(Path(path), raw))
    if max_bytes is not None and len(items) > MAX_ANNOTATIONS:
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path}: holds {count} annotations; one import takes at most {limit} "
                "(this file is {size}: export fewer articles at a time)",
            ).format(path=shown(path), count=f"{len(items):,}", limit=f"{MAX_ANNOTATIONS:,}", size=size_text(len(raw)))
        )
    return [_read_one(Fields(Path(path), n), n, item) for n, item in enumerate(items, start=1)]


def unplaced_reason(text: str, ref: AnnotationRef) -> str:
    """Why ``ref`` could not be placed in ``text`` (its quote missing, ambiguous, or no quote at all)."""
    if not ref.exact:
        return QT_TRANSLATE_NOOP(
            "Core", "it has no quote and its position {start}..{end} is outside the article"
        ).format(start=ref.start, end=ref.end)
    if ref.exact not in text:
        return QT_TRANSLATE_NOOP("Core", "its quote is not in the article")
    return QT_TRANSLATE_NOOP("Core", "its quote fits several places")
