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
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.errors import AnnotationImportError, ExportCancelledError, shown
from annotator.exchange.w3c_reading import AnnotationRef as AnnotationRef
from annotator.exchange.w3c_reading import LinkRef as LinkRef
from annotator.exchange.w3c_reading import SourceRef as SourceRef
from annotator.exchange.w3c_reading import read_web_annotations as read_web_annotations
from annotator.exchange.w3c_reading import unplaced_reason
from annotator.exports.data import ClaimRecord, ExportReader
from annotator.exports.files import ExportSummary, Progress, atomic_target
from annotator.storage.models import QUOTE_TYPES, SOURCE_KINDS, Article, Attribution, Claim, Label, Source, utcnow
from annotator.text.matching import fold

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"nisba": "https://nisba.example/ns#"}]
GENERATOR = {"type": "Software", "name": "Nisba", "homepage": "https://nisba.example/"}
QUOTE_CONTEXT = 32


def article_iri(url: str | None, text_hash: str) -> str:
    """The IRI of an article: its URL, or a URN of its text's hash."""
    return url or f"urn:sha256:{text_hash}"


def _span(span: tuple[int, int] | None, exact: str) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"type": "TextPositionSelector", "start": span[0], "end": span[1], "nisba:exact": exact}


def annotation(record: ClaimRecord) -> dict[str, Any]:
    """The Web Annotation of one claim."""
    bodies: list[dict[str, Any]] = []
    for link in record.chain:
        body: dict[str, Any] = {
            "type": "TextualBody",
            "purpose": "identifying",
            "value": link.source.name,
            "nisba:role": "source",
            "nisba:order": link.position,
            "nisba:sourceKind": link.source.kind,
            "nisba:aliases": list(link.source.aliases),
            "nisba:colour": link.source.colour,
        }
        if link.mention:
            body["nisba:mention"] = _span(link.mention, link.mention_text)
        if link.cue:
            body["nisba:cue"] = _span(link.cue, link.cue_text)
        if link.annotator:  # who put this source in the chain (W3C allows a creator per body)
            body["creator"] = {"type": "Person", "name": link.annotator}
        bodies.append(body)
    bodies.append(
        {"type": "TextualBody", "purpose": "classifying", "value": record.quote_type, "nisba:role": "quoteType"}
    )
    bodies.extend(
        {"type": "TextualBody", "purpose": "tagging", "value": name, "nisba:role": "label"} for name in record.labels
    )
    if record.note:
        bodies.append({"type": "TextualBody", "purpose": "commenting", "value": record.note, "nisba:role": "note"})
    a = record.article
    return {
        "id": f"urn:nisba:claim:{a.text_hash[:16]}:{record.id}",
        "type": "Annotation",
        "motivation": "classifying",
        **({"creator": {"type": "Person", "name": record.annotator}} if record.annotator else {}),
        **({"nisba:curated": True} if record.curated else {}),
        "created": record.created_at.isoformat(),
        "modified": record.updated_at.isoformat(),
        "body": bodies,
        "target": {
            "source": article_iri(a.url, a.text_hash),
            "nisba:textHash": a.text_hash,
            "nisba:title": a.title,
            "selector": [
                {"type": "TextPositionSelector", "start": record.start, "end": record.end},
                {"type": "TextQuoteSelector", "exact": record.text, "prefix": record.prefix, "suffix": record.suffix},
            ],
        },
    }


def write_web_annotations(target: Path, reader: ExportReader, progress: Progress | None = None) -> ExportSummary:
    """Write an AnnotationCollection of every exported claim to ``target`` atomically."""
    summary = ExportSummary(target, articles=len(reader.articles), sources=len(reader.sources))
    total = reader.claim_count()
    items = []
    for n, record in enumerate(reader.claims(), start=1):
        items.append(annotation(record))
        summary.claims = n
        if progress is not None and n % 500 == 0 and not progress(n, total):
            raise ExportCancelledError(f"{target}: export cancelled; no file was written")
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Claims and their sources",
        "generator": GENERATOR,
        "generated": datetime.now().astimezone().isoformat(timespec="seconds"),
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
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
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
        out = [f"{self.added} claim(s) added"]
        if self.sources_created:
            out.append(f"{len(self.sources_created)} new source(s): {', '.join(self.sources_created)}")
        out += [f"duplicate, skipped: {d}" for d in self.duplicates]
        out += [f"re-anchored by its quote: {m}" for m in self.moved]
        out += [f"not placed: {u}" for u in self.unplaced]
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


def source_key(names: Sequence[str]) -> tuple[str, ...]:
    """A comparable form of an attribution chain."""
    return tuple(fold(n) for n in names)


def apply_annotations(
    session: Session, refs: Sequence[AnnotationRef]
) -> tuple[AnnotationImportReport, dict[int, list[int]], list[int]]:
    """Add the claims of ``refs`` in ``session`` (one transaction, the caller's).

    Returns the report, the new claim ids per article, and the ids of sources created.
    """
    from annotator.text.palette import colour_for, is_colour

    report = AnnotationImportReport()
    by_hash: dict[str, int] = {}
    by_url: dict[str, int] = {}
    for article_id, digest, url in session.execute(select(Article.id, Article.text_hash, Article.url)):
        by_hash.setdefault(digest, article_id)
        if url:
            by_url.setdefault(url, article_id)
    sources = {fold(s.name): s for s in session.scalars(select(Source))}
    labels = {fold(label.name): label for label in session.scalars(select(Label))}
    texts: dict[int, str] = {}
    existing: dict[int, set[tuple[int, int, tuple[str, ...], str | None]]] = {}
    added: dict[int, list[Claim]] = {}
    created: list[Source] = []

    def label_for(name: str) -> Label:
        key = fold(name)
        if key not in labels:
            labels[key] = Label(name=name, colour=colour_for(len(labels) + 5))
            session.add(labels[key])
        return labels[key]

    def source_for(ref: SourceRef) -> Source:
        key = fold(ref.name)
        if key not in sources:
            kind = ref.kind if ref.kind in SOURCE_KINDS else "other"
            colour = ref.colour if ref.colour and is_colour(ref.colour) else colour_for(len(sources))
            sources[key] = Source(name=ref.name, kind=kind, aliases=list(ref.aliases), colour=colour)
            session.add(sources[key])
            created.append(sources[key])
            report.sources_created.append(ref.name)
        return sources[key]

    for ref in refs:
        hashed = ref.article_iri.removeprefix("urn:sha256:") if ref.article_iri.startswith("urn:sha256:") else None
        found = by_hash.get(ref.text_hash or "") or by_hash.get(hashed or "") or by_url.get(ref.article_iri)
        if found is None:
            report.unplaced.append(f"{describe(ref)}: its article ({ref.article_iri}) is not in this project")
            continue
        article_id = found
        if article_id not in texts:
            texts[article_id] = session.scalar(select(Article.text).where(Article.id == article_id)) or ""
            existing[article_id] = {
                (c.start, c.end, source_key([sources_by_id(session, a.source_id) for a in c.attributions]), c.annotator)
                for c in session.scalars(select(Claim).where(Claim.article_id == article_id))
            }
        text = texts[article_id]
        span = anchor(text, ref)
        if span is None:
            report.unplaced.append(f"{describe(ref)}: {unplaced_reason(text, ref)}")
            continue
        if ref.start is not None and span[0] != ref.start:
            report.moved.append(f"{describe(ref)}: {ref.start}..{ref.end} -> {span[0]}..{span[1]}")
        # Another annotator's claim on the same span is their own judgement, not a duplicate (issue 8).
        signature = (span[0], span[1], source_key([link.source.name for link in ref.links]), ref.annotator)
        if signature in existing[article_id]:
            report.duplicates.append(describe(ref))
            continue
        delta = span[0] - (ref.start if ref.start is not None else span[0])
        attributions = []
        for position, link in enumerate(ref.links):
            attribution = Attribution(
                source=source_for(link.source), position=position, annotator=link.annotator or ref.annotator
            )
            for name, value in (("mention", link.mention), ("cue", link.cue)):
                if value is None:
                    continue
                start, end = value[0] + delta, value[1] + delta
                if 0 <= start < end <= len(text) and (not value[2] or text[start:end] == value[2]):
                    setattr(attribution, f"{name}_start", start)
                    setattr(attribution, f"{name}_end", end)
                else:
                    report.moved.append(f"{describe(ref)}: its {name} span did not fit the text and was left out")
            attributions.append(attribution)
        quote_type = ref.quote_type if ref.quote_type in QUOTE_TYPES else "unmarked"
        created_at = ref.created or utcnow()
        claim = Claim(
            article_id=article_id,
            start=span[0],
            end=span[1],
            text=text[span[0] : span[1]],
            quote_type=quote_type,
            note=ref.note,
            created_at=created_at,
            updated_at=ref.modified or created_at,
            attributions=attributions,
            labels=[label_for(name) for name in dict.fromkeys(ref.labels)],
            annotator=ref.annotator,
            curated=ref.curated,
        )
        session.add(claim)
        existing[article_id].add(signature)
        added.setdefault(article_id, []).append(claim)
        report.added += 1
    session.flush()
    return report, {aid: [c.id for c in claims] for aid, claims in added.items()}, [s.id for s in created]


def sources_by_id(session: Session, source_id: int) -> str:
    """The name of a source (for comparing attribution chains)."""
    source = session.get(Source, source_id)
    return source.name if source else ""


def read_project_annotations(path: Path) -> list[AnnotationRef]:
    """The claims of another project file, read-only, as :func:`read_web_annotations` reads its JSON export."""
    import stat
    import tempfile

    from annotator.project.facade import Project

    try:
        regular = "\x00" not in str(path) and stat.S_ISREG(Path(path).stat().st_mode)
    except OSError:
        regular = True  # missing or unreadable: opening it says so
    if not regular:
        raise AnnotationImportError(f"{shown(path)}: is not a project file (not a regular file, or a NUL in its name)")
    with tempfile.TemporaryDirectory(prefix="nisba-merge-") as folder:
        target = Path(folder) / "claims.json"
        with Project.open(path, read_only=True) as other:
            other.export(target, "json")
        return read_web_annotations(target, max_bytes=None)  # our own export, as large as that project
