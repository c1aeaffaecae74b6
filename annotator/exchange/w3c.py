"""W3C Web Annotation Data Model (JSON-LD) export and import of claims.

Each claim is an ``Annotation`` whose target carries a ``TextPositionSelector``
(code points, as the standard defines) and a ``TextQuoteSelector`` (exact,
prefix, suffix).  Its bodies carry the attribution chain (one ``TextualBody``
per source, in order, with the source's kind, aliases, colour and the mention
and cue spans), the quote type and the note.  Articles are identified by URL
when they have one, always also by the SHA-256 of their text.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.errors import AnnotationImportError, ExportCancelledError
from annotator.exchange.identity import (
    NISBA_IRI,
    annotator_iri,
    article_uuid,
    claim_uuid,
    project_identity,
    utc_text,
    within,
)
from annotator.exports.data import QUOTE_CONTEXT_CHARS, ClaimRecord, ExportReader
from annotator.exports.files import ExportSummary, Progress, atomic_target
from annotator.storage.models import Article
from annotator.text.direction import detect_language
from annotator.text.matching import fold

NAMESPACE = "https://w3id.org/nisba/ns#"
"""Nisba's extension terms (``nisba:role``, ``nisba:mention``...): a w3id.org permanent IRI, publishable
by registering the redirect there; see the README's "Exchange" section."""
CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"nisba": NAMESPACE}]
GENERATOR = {"id": NISBA_IRI, "type": "Software", "name": "Nisba", "nickname": "nisba", "homepage": NISBA_IRI}
POSITIONS_NOTE = (
    "TextPositionSelector start and end count Unicode code points of the article's text as Nisba stores it "
    "(line ends LF, no byte-order mark), as the Web Annotation model defines them; JavaScript strings count "
    "UTF-16 units, so a character outside the Basic Multilingual Plane (an emoji) before a claim shifts a "
    "JavaScript slice by one. The TextQuoteSelector (exact, prefix, suffix) anchors the same text either way."
)


def article_iri(url: str | None, text_hash: str) -> str:
    """The IRI of an article: its URL, or a URN of its text's hash."""
    return url or f"urn:sha256:{text_hash}"


def _agent(name: str) -> dict[str, Any]:
    """A person as the W3C model describes an agent (the IRI comes from the name, see :mod:`.identity`)."""
    return {"id": annotator_iri(name), "type": "Person", "name": name, "nickname": name}


def _text_body(value: str, purpose: str, role: str) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}
    language = detect_language(value)
    if language:
        body["language"] = language
    body["nisba:role"] = role
    return body


def _span(span: tuple[int, int] | None, exact: str, text: str | None) -> dict[str, Any] | None:
    """A mention or cue: its position (code points) and, when the article's text is at hand, its quote."""
    if span is None:
        return None
    selector: dict[str, Any] = {"type": "TextPositionSelector", "start": span[0], "end": span[1], "nisba:exact": exact}
    if text is not None:
        start, end = span
        selector["nisba:quote"] = {
            "type": "TextQuoteSelector",
            "exact": exact,
            "prefix": text[max(0, start - QUOTE_CONTEXT_CHARS) : start],
            "suffix": text[end : end + QUOTE_CONTEXT_CHARS],
        }
    return selector


def annotation(record: ClaimRecord, text: str | None = None) -> dict[str, Any]:
    """The Web Annotation of one claim (``text``: its article's text, for the quotes of mentions and cues)."""
    bodies: list[dict[str, Any]] = []
    for link in record.chain:
        body = _text_body(link.source.name, "identifying", "source")
        body.update(
            {
                "nisba:order": link.position,
                "nisba:sourceKind": link.source.kind,
                "nisba:aliases": list(link.source.aliases),
                "nisba:colour": link.source.colour,
            }
        )
        if link.mention:
            body["nisba:mention"] = _span(link.mention, link.mention_text, text)
        if link.cue:
            body["nisba:cue"] = _span(link.cue, link.cue_text, text)
        if link.annotator:  # who put this source in the chain (W3C allows a creator per body)
            body["creator"] = _agent(link.annotator)
        bodies.append(body)
    bodies.append(_text_body(record.quote_type, "classifying", "quoteType") | {"language": "en"})
    bodies.extend(_text_body(name, "tagging", "label") for name in record.labels)
    if record.note:
        bodies.append(_text_body(record.note, "commenting", "note"))
    a = record.article
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": article_iri(a.url, a.text_hash),
        "format": "text/plain",
        **({"language": a.language} if a.language else {}),
        "textDirection": a.direction,
        "nisba:textHash": a.text_hash,
        "nisba:title": a.title,
        "selector": [
            {"type": "TextPositionSelector", "start": record.start, "end": record.end},
            {"type": "TextQuoteSelector", "exact": record.text, "prefix": record.prefix, "suffix": record.suffix},
        ],
    }
    ident = claim_uuid(article_uuid(a.text_hash, a.imported_at), record.id, record.created_at)
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{ident}",
        "type": "Annotation",
        "motivation": "classifying",
        **({"creator": _agent(record.annotator)} if record.annotator else {}),
        **({"nisba:curated": True} if record.curated else {}),
        **({"nisba:origin": record.origin} if record.origin != "manual" else {}),
        "created": utc_text(record.created_at),
        "modified": utc_text(record.updated_at),
        "generator": GENERATOR,
        "body": bodies,
        "target": target,
    }


def _article_text(session: Session, article_id: int) -> str:
    return session.scalar(select(Article.text).where(Article.id == article_id)) or ""


def collection_uuid(reader: ExportReader) -> uuid.UUID:
    """The identity of one export's collection: the project's, and which claims it holds."""
    options = reader.options
    chosen = ",".join(str(i) for i in sorted(options.article_ids)) if options.scope == "selected" else ""
    what = f"w3c-collection:{options.scope}:{chosen}:{'curated' if options.curated_only else 'all'}"
    return within(project_identity(reader.session), what)


def write_web_annotations(target: Path, reader: ExportReader, progress: Progress | None = None) -> ExportSummary:
    """Write an AnnotationCollection of every exported claim to ``target`` atomically."""
    summary = ExportSummary(target, articles=len(reader.articles), sources=len(reader.sources))
    total = reader.claim_count()
    items = []
    texts: dict[int, str] = {}
    for n, record in enumerate(reader.claims(), start=1):
        if record.article.id not in texts:
            texts = {record.article.id: _article_text(reader.session, record.article.id)}  # one text at a time
        items.append(annotation(record, texts[record.article.id]))
        summary.claims = n
        if progress is not None and n % 500 == 0 and not progress(n, total):
            raise ExportCancelledError(f"{target}: export cancelled; no file was written")
    collection_id = f"urn:uuid:{collection_uuid(reader)}"
    page_id = f"{collection_id}#page-1"
    collection = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": "Claims and their sources",
        "dcterms:description": POSITIONS_NOTE,
        "generator": GENERATOR,
        "generated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "total": len(items),
        "nisba:articles": [
            {
                "id": article_iri(a.url, a.text_hash),
                "nisba:textHash": a.text_hash,
                "nisba:title": a.title,
                "nisba:outlet": a.outlet,
                "nisba:url": a.url,
                "nisba:published": a.published.isoformat() if a.published else None,
                "nisba:language": a.language,
                "nisba:direction": a.direction,
            }
            for a in reader.articles
        ],
        "first": {
            "id": page_id,
            "type": "AnnotationPage",
            "partOf": collection_id,
            "startIndex": 0,
            "items": items,
        },
        "last": page_id,
    }
    with atomic_target(target) as tmp, tmp.open("w", encoding="utf-8") as fh:
        json.dump(collection, fh, ensure_ascii=False, indent=1)
    return summary


# -- reading -----------------------------------------------------------------


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


@dataclass
class AnnotationImportReport:
    """What an import of annotations did."""

    added: int = 0
    duplicates: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    sources_created: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """A human summary, one line per fact."""
        out = [f"{self.added} claim(s) added"]
        if self.sources_created:
            out.append(f"{len(self.sources_created)} new source(s): {', '.join(self.sources_created)}")
        out += [f"duplicate, skipped: {d}" for d in self.duplicates]
        out += [f"re-anchored by its quote: {m}" for m in self.moved]
        out += [f"not placed: {u}" for u in self.unplaced]
        return out


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str):
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
    return str(value) if isinstance(value, str) and value.strip() else None


def _span_ref(value: Any) -> tuple[int, int, str] | None:
    if not isinstance(value, dict) or not isinstance(value.get("start"), int) or not isinstance(value.get("end"), int):
        return None
    return value["start"], value["end"], str(value.get("nisba:exact", ""))


def _items(data: Any) -> Iterable[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return []
    if data.get("type") == "Annotation":
        return [data]
    first = data.get("first")
    items = first.get("items", []) if isinstance(first, dict) else data.get("items", [])
    return items if isinstance(items, list) else []


def _origin(value: Any) -> str:
    return value if value in ("manual", "suggested", "suggested_edited") else "manual"


def read_web_annotations(path: Path) -> list[AnnotationRef]:
    """Read the claims of a Web Annotation file (a collection, a page, a list, or one annotation)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise AnnotationImportError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnnotationImportError(f"{path}: is not a JSON file ({exc})") from exc
    try:
        return _read_items(path, data)
    except (TypeError, ValueError, AttributeError) as exc:  # a file that is JSON but not of this shape
        raise AnnotationImportError(f"{path}: is not a Web Annotation file this app can read ({exc})") from exc


def _read_items(path: Path, data: Any) -> list[AnnotationRef]:
    refs = []
    for n, item in enumerate(_items(data), start=1):
        if not isinstance(item, dict) or item.get("type") != "Annotation":
            continue
        target = item.get("target")
        target = target[0] if isinstance(target, list) and target else target
        if not isinstance(target, dict):
            raise AnnotationImportError(f"{path}: annotation {n} has no target")
        selectors = target.get("selector", [])
        selectors = selectors if isinstance(selectors, list) else [selectors]
        position = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), {})
        quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), {})
        if not quote.get("exact") and _whole(position.get("start")) is None:
            raise AnnotationImportError(f"{path}: annotation {n} has neither a position nor a quote selector")
        bodies = item.get("body", [])
        bodies = bodies if isinstance(bodies, list) else [bodies]
        links: list[LinkRef] = []
        quote_type, note = "unmarked", ""
        labels: list[str] = []
        for body in bodies:
            if not isinstance(body, dict):
                continue
            role = body.get("nisba:role") or body.get("purpose")
            name = " ".join(str(body.get("value", "")).split())
            if role in ("source", "identifying") and name:
                if any(fold(link.source.name) == fold(name) for link in links):
                    continue  # a source appears once in a chain
                aliases = body.get("nisba:aliases", [])
                colour = body.get("nisba:colour")
                source = SourceRef(
                    name,
                    str(body.get("nisba:sourceKind", "other")),
                    tuple(str(a) for a in aliases if str(a).strip()) if isinstance(aliases, list) else (),
                    colour if isinstance(colour, str) else None,
                )
                order = body.get("nisba:order", len(links))
                links.append(
                    LinkRef(
                        source,
                        order if isinstance(order, int) and not isinstance(order, bool) else len(links),
                        _span_ref(body.get("nisba:mention")),
                        _span_ref(body.get("nisba:cue")),
                        _creator(body.get("creator")),
                    )
                )
            elif role in ("quoteType", "classifying"):
                quote_type = str(body.get("value", "unmarked"))
            elif role in ("note", "commenting"):
                note = str(body.get("value", ""))
            elif role in ("label", "tagging") and body.get("value"):
                labels.append(str(body["value"]))
        refs.append(
            AnnotationRef(
                ident=str(item.get("id", f"annotation {n}")),
                article_iri=str(target.get("source", "")),
                text_hash=target.get("nisba:textHash"),
                start=_whole(position.get("start")),
                end=_whole(position.get("end")),
                exact=str(quote.get("exact", "")),
                prefix=str(quote.get("prefix", "")),
                suffix=str(quote.get("suffix", "")),
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
        )
    return refs


def _whole(value: Any) -> int | None:
    """A code point offset as the file gives it, if it is a whole number (JSON has no separate integer type)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def anchor(text: str, ref: AnnotationRef) -> tuple[int, int] | None:
    """Where ``ref`` belongs in ``text``: its position if the quote is there, else the one best quote match.

    None when the quote is not in the text, or when several places match equally well:
    a claim is never placed at a guessed spot.
    """
    exact = ref.exact
    start, end = ref.start, ref.end
    if (
        start is not None
        and end is not None
        and 0 <= start < end <= len(text)
        and text[start:end] == (exact or text[start:end])
    ):
        return start, end
    if not exact:
        return None
    hits = []
    pos = text.find(exact)
    while pos >= 0:
        score = _common_suffix(text[max(0, pos - len(ref.prefix)) : pos], ref.prefix) + _common_prefix(
            text[pos + len(exact) : pos + len(exact) + len(ref.suffix)], ref.suffix
        )
        hits.append((score, pos))
        pos = text.find(exact, pos + 1)
    if not hits:
        return None
    hits.sort(reverse=True)
    if len(hits) > 1 and hits[0][0] == hits[1][0]:
        return None
    return hits[0][1], hits[0][1] + len(exact)


def describe(ref: AnnotationRef, limit: int = 40) -> str:
    """A short human name for an annotation: its id and the start of its quote."""
    quote = " ".join(ref.exact.split())
    quote = quote if len(quote) <= limit else quote[: limit - 1] + "…"
    return f"{ref.ident} “{quote}”"


def read_project_annotations(path: Path) -> list[AnnotationRef]:
    """The claims of another project file, read-only, as :func:`read_web_annotations` reads its JSON export."""

    from annotator.exports.data import ExportOptions
    from annotator.storage.engine import open_engine

    engine = open_engine(path.expanduser().resolve(), read_only=True)
    try:
        with Session(engine) as session:
            reader = ExportReader(session, ExportOptions())
            items = [annotation(record) for record in reader.claims()]
    finally:
        engine.dispose()
    # Through JSON, so that the file is read exactly as its export would be.
    return _read_items(path, json.loads(json.dumps({"first": {"items": items}}, ensure_ascii=False)))
