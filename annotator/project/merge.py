"""Merging annotations into the project: the claims of a W3C file or of another project, placed on the
articles they annotate, with their sources and labels made by the same rules as any other
(:mod:`annotator.project.names`).  One operation: all of it, or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

import annotator.project.names as names
from annotator.exchange.w3c import AnnotationImportReport, AnnotationRef, SourceRef, anchor, describe, unplaced_reason
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import QUOTE_TYPES, SOURCE_KINDS, Article, Attribution, Claim, Label, Source, utcnow
from annotator.text.matching import fold
from annotator.text.palette import is_colour

_LEFT_OUT = {
    "mention": QT_TRANSLATE_NOOP("Core", "{what}: its mention span did not fit the text and was left out"),
    "cue": QT_TRANSLATE_NOOP("Core", "{what}: its cue span did not fit the text and was left out"),
}
"""What the report says of a link's mention or cue that did not fit the article's text."""


def source_key(chain: Sequence[str]) -> tuple[str, ...]:
    """A comparable form of an attribution chain."""
    return tuple(fold(n) for n in chain)


def apply_annotations(session: Session, refs: Sequence[AnnotationRef]) -> AnnotationImportReport:
    """Add the claims of ``refs`` in ``session`` (one transaction, the caller's operation)."""
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

    def label_for(name: str) -> Label:
        key = fold(name)
        if key not in labels:
            labels[key] = names.new_label(session, name)
            session.flush()
        return labels[key]

    def source_for(ref: SourceRef) -> Source:
        key = fold(ref.name)
        if key not in sources:
            kind = ref.kind if ref.kind in SOURCE_KINDS else "other"
            colour = ref.colour if ref.colour and is_colour(ref.colour) else None
            sources[key] = names.new_source(session, ref.name, kind, ref.aliases, colour, taken=sources)
            report.sources_created.append(sources[key].name)
        return sources[key]

    for ref in refs:
        hashed = ref.article_iri.removeprefix("urn:sha256:") if ref.article_iri.startswith("urn:sha256:") else None
        found = by_hash.get(ref.text_hash or "") or by_hash.get(hashed or "") or by_url.get(ref.article_iri)
        if found is None:
            report.unplaced.append(
                QT_TRANSLATE_NOOP("Core", "{what}: its article ({article}) is not in this project").format(
                    what=describe(ref), article=ref.article_iri
                )
            )
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
            report.unplaced.append(
                QT_TRANSLATE_NOOP("Core", "{what}: {reason}").format(
                    what=describe(ref), reason=unplaced_reason(text, ref)
                )
            )
            continue
        if ref.start is not None and span[0] != ref.start:
            report.moved.append(
                QT_TRANSLATE_NOOP("Core", "{what}: {start}..{end} -> {new_start}..{new_end}").format(
                    what=describe(ref), start=ref.start, end=ref.end, new_start=span[0], new_end=span[1]
                )
            )
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
                    report.moved.append(_LEFT_OUT[name].format(what=describe(ref)))
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
            origin=ref.origin,
        )
        session.add(claim)
        existing[article_id].add(signature)
        report.added += 1
    session.flush()
    return report


def sources_by_id(session: Session, source_id: int) -> str:
    """The name of a source (for comparing attribution chains)."""
    source = session.get(Source, source_id)
    return source.name if source else ""
