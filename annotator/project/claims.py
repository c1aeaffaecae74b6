"""Claims: marking a span, its attribution chain (mentions and cues), boundaries, quote type, note, labels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

import annotator.project.articles as articles
import annotator.project.sources as sources
import annotator.project.values as values
from annotator.errors import InvalidValueError, NotFoundError, OffsetError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage import claim_copies
from annotator.storage.models import QUOTE_TYPES, Attribution, Claim, Label, utcnow


@dataclass(frozen=True)
class AttributionSpec:
    """One link of an attribution chain: the source, and optionally where the text names it and the cue."""

    source_id: int
    mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None


def get(s: Session, claim_id: Any) -> Claim:
    """The claim with this id; NotFoundError if there is none."""
    found = s.get(Claim, values.whole(claim_id, QT_TRANSLATE_NOOP("Core", "claim id")))
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no claim with id {id}").format(id=claim_id))
    return found


def check_span(start: Any, end: Any, length: int, where: str) -> None:
    """``start..end`` must be a non-empty half-open span of whole numbers inside ``0..length``."""
    if isinstance(start, bool) or isinstance(end, bool) or not (isinstance(start, int) and isinstance(end, int)):
        raise OffsetError(
            QT_TRANSLATE_NOOP("Core", "the offsets start and end must be whole numbers, not {start}..{end}").format(
                start=repr(start), end=repr(end)
            )
        )
    if not 0 <= start < end <= length:
        raise OffsetError(
            QT_TRANSLATE_NOOP(
                "Core", "span {start}..{end} is outside the text of {where} (0..{length}) or empty"
            ).format(start=start, end=end, where=where, length=length)
        )


def _chain(specs: Sequence[AttributionSpec | int]) -> list[AttributionSpec]:
    if isinstance(specs, str | bytes) or not isinstance(specs, Iterable):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "an attribution chain must be a list of source ids, not {value}").format(
                value=repr(specs)
            )
        )
    chain = [
        c
        if isinstance(c, AttributionSpec)
        else AttributionSpec(values.whole(c, QT_TRANSLATE_NOOP("Core", "a source id")))
        for c in specs
    ]
    ids = [spec.source_id for spec in chain]
    if len(set(ids)) != len(ids):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "a source appears twice in the attribution chain {ids}").format(ids=ids)
        )
    return chain


def _edited(claim: Claim) -> None:
    """A suggestion accepted unchanged, then changed by the annotator, says so."""
    if claim.origin == "suggested":
        claim.origin = "suggested_edited"


def add(
    s: Session,
    article_id: int,
    start: int,
    end: int,
    source_ids: Sequence[int] = (),
    quote_type: str = "unmarked",
    note: str = "",
    annotator: str | None = None,
) -> Claim:
    """Mark ``text[start:end]`` of an article as a claim; the article's first claim puts it in progress."""
    values.one_of(quote_type, QUOTE_TYPES, QT_TRANSLATE_NOOP("Core", "quote type"))
    values.optional_text(annotator, QT_TRANSLATE_NOOP("Core", "the annotator's name"))
    chain = _chain(values.ids(source_ids, "source_ids"))
    article = articles.get(s, article_id)
    check_span(start, end, len(article.text), f"article {article.id}")
    for spec in chain:
        sources.get(s, spec.source_id)
    claim = Claim(
        article_id=article.id,
        start=start,
        end=end,
        text=article.text[start:end],
        quote_type=quote_type,
        note=values.text(note, QT_TRANSLATE_NOOP("Core", "the note")),
        attributions=[
            Attribution(  # the claim's copies given, not looked up again (one round trip less on a server)
                source_id=x.source_id,
                position=i,
                annotator=annotator,
                article_id=article.id,
                claim_annotator=annotator,
                claim_curated=False,
            )
            for i, x in enumerate(chain)
        ],
        labels=[],
        annotator=annotator,
    )
    s.add(claim)
    if article.status == "todo":
        article.status = "in_progress"
    s.flush()
    return claim


def update(
    s: Session,
    claim_id: int,
    *,
    start: int | None = None,
    end: int | None = None,
    quote_type: str | None = None,
    note: str | None = None,
) -> Claim:
    """Change a claim's boundaries, quote type or note; what is None stays."""
    if quote_type is not None:
        values.one_of(quote_type, QUOTE_TYPES, QT_TRANSLATE_NOOP("Core", "quote type"))
    claim = get(s, claim_id)
    article = articles.get(s, claim.article_id)
    new_start = claim.start if start is None else start
    new_end = claim.end if end is None else end
    check_span(new_start, new_end, len(article.text), f"article {article.id}")
    if (new_start, new_end) != (claim.start, claim.end) or quote_type not in (None, claim.quote_type):
        _edited(claim)
    claim.start, claim.end, claim.text = new_start, new_end, article.text[new_start:new_end]
    if quote_type is not None:
        claim.quote_type = quote_type
    if note is not None:
        claim.note = values.text(note, QT_TRANSLATE_NOOP("Core", "the note"))
    claim.updated_at = utcnow()
    return claim


def set_chain(s: Session, claim_id: int, chain: Sequence[AttributionSpec | int], annotator: str | None) -> Claim:
    """Replace a claim's chain; a source kept keeps who added it, a new one is ``annotator``'s."""
    specs = _chain(chain)
    claim = get(s, claim_id)
    length = len(articles.get(s, claim.article_id).text)
    for spec in specs:
        sources.get(s, spec.source_id)
        for span in (spec.mention, spec.cue):
            if span is not None:
                check_span(span[0], span[1], length, f"article {claim.article_id}")
    added_by = {a.source_id: a.annotator for a in claim.attributions}
    if chain_of(claim) != specs:
        _edited(claim)
    claim.attributions.clear()
    s.flush()  # the old links go before the new ones take their positions
    for position, spec in enumerate(specs):
        claim.attributions.append(
            Attribution(
                source_id=spec.source_id,
                position=position,
                mention_start=spec.mention[0] if spec.mention else None,
                mention_end=spec.mention[1] if spec.mention else None,
                cue_start=spec.cue[0] if spec.cue else None,
                cue_end=spec.cue[1] if spec.cue else None,
                annotator=added_by.get(spec.source_id, annotator),
            )
        )
    claim.updated_at = utcnow()
    return claim


def chain_of(claim: Claim) -> list[AttributionSpec]:
    """A claim's chain as specs (what :func:`set_chain` takes)."""
    return [
        AttributionSpec(
            a.source_id,
            (a.mention_start, a.mention_end) if a.mention_start is not None and a.mention_end is not None else None,
            (a.cue_start, a.cue_end) if a.cue_start is not None and a.cue_end is not None else None,
        )
        for a in claim.attributions
    ]


def set_labels(s: Session, claim_id: int, label_ids: Iterable[int]) -> Claim:
    """Give a claim exactly these labels."""
    claim = get(s, claim_id)
    wanted = dict.fromkeys(values.ids(label_ids, "label_ids"))
    found = [s.get(Label, i) for i in wanted]
    missing = [i for i, label in zip(wanted, found, strict=True) if label is None]
    if missing:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no label with id {id}").format(id=missing[0]))
    claim.labels = [label for label in found if label is not None]
    claim.updated_at = utcnow()
    return claim


def delete(s: Session, claim_id: int, *, article_status: str | None = None) -> Claim:
    """Delete a claim (its links and labels with it); ``article_status`` is set in the same transaction."""
    claim = get(s, claim_id)
    if article_status is not None:
        articles.update(s, claim.article_id, status=article_status)
    s.delete(claim)
    return claim


def set_curated(s: Session, claim_id: int, curated: bool) -> Claim:
    """Accept a claim as the final version (curation), or take that back."""
    if not isinstance(curated, bool):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "curated must be True or False, not {value}").format(value=repr(curated))
        )
    claim = get(s, claim_id)
    claim.curated = curated
    claim_copies.curate(s, claim.id, curated)
    return claim
