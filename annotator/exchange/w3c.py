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
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.errors import AnnotationImportError, ExportCancelledError, shown
from annotator.exchange.identity import (
    NISBA_IRI,
    annotator_iri,
    article_uuid,
    claim_uuid,
    project_identity,
    utc_text,
    within,
)
from annotator.exchange.w3c_reading import AnnotationRef as AnnotationRef
from annotator.exchange.w3c_reading import LinkRef as LinkRef
from annotator.exchange.w3c_reading import SourceRef as SourceRef
from annotator.exchange.w3c_reading import read_web_annotations as read_web_annotations
from annotator.exchange.w3c_reading import unplaced_reason as unplaced_reason
from annotator.exports.data import QUOTE_CONTEXT_CHARS, ClaimRecord, ExportReader
from annotator.exports.files import ExportSummary, Progress, atomic_target
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import Article
from annotator.text.direction import detect_language

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
            raise ExportCancelledError(
                QT_TRANSLATE_NOOP("Core", "{path}: export cancelled; no file was written").format(path=target)
            )
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
        out: list[str] = [QT_TRANSLATE_NOOP("Core", "{count} claim(s) added").format(count=self.added)]
        if self.sources_created:
            out.append(
                QT_TRANSLATE_NOOP("Core", "{count} new source(s): {names}").format(
                    count=len(self.sources_created), names=", ".join(self.sources_created)
                )
            )
        out += [QT_TRANSLATE_NOOP("Core", "duplicate, skipped: {what}").format(what=d) for d in self.duplicates]
        out += [QT_TRANSLATE_NOOP("Core", "re-anchored by its quote: {what}").format(what=m) for m in self.moved]
        out += [QT_TRANSLATE_NOOP("Core", "not placed: {what}").format(what=u) for u in self.unplaced]
        return out


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
    """The claims of another project file, read-only, as :func:`read_web_annotations` reads its JSON export
    (without the size limits of a file from elsewhere: the project is the user's own)."""
    import tempfile

    from sqlalchemy.orm import Session

    from annotator.exports.data import ExportOptions
    from annotator.importers.file_access import regular_file_refusal
    from annotator.storage.engine import open_engine

    refusal = regular_file_refusal(path)
    if refusal:
        raise AnnotationImportError(
            QT_TRANSLATE_NOOP("Core", "{path}: {reason}; nothing was imported").format(path=shown(path), reason=refusal)
        )
    engine = open_engine(path.expanduser().resolve(), read_only=True)
    try:
        with Session(engine) as session, tempfile.TemporaryDirectory(prefix="nisba-merge-") as folder:
            target = Path(folder) / "claims.json"
            write_web_annotations(target, ExportReader(session, ExportOptions()))
            return read_web_annotations(target, max_bytes=None)
    finally:
        engine.dispose()
