"""Sources: the registry of who claims are attributed to; editing, merging and deleting them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import annotator.project.names as names
import annotator.project.values as values
from annotator.errors import InvalidValueError, NotFoundError
from annotator.messages import QT_TRANSLATE_NOOP, Message
from annotator.storage import versions
from annotator.storage.models import Attribution, Claim, Source
from annotator.text.matching import fold


def get(s: Session, source_id: Any) -> Source:
    """The source with this id; NotFoundError if there is none."""
    found = s.get(Source, values.whole(source_id, QT_TRANSLATE_NOOP("Core", "source id")))
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no source with id {id}").format(id=source_id))
    return found


def every(s: Session) -> list[Source]:
    """All sources, by folded name."""
    return sorted(s.scalars(select(Source)), key=lambda src: fold(src.name))


def update(
    s: Session,
    source_id: int,
    *,
    name: Any = None,
    kind: Any = None,
    aliases: Iterable[str] | None = None,
    colour: Any = None,
    expected_version: Any = None,
) -> Source:
    """Rename a source or change its kind, aliases or colour; what is None stays.

    ``expected_version``: the version the caller read (ChangedMeanwhileError if another client changed the
    source since; None: no check).
    """
    source = get(s, source_id)
    versions.check(source, expected_version, _named(source), _now(source))
    if name is not None:
        source.name = names.unique_source_name(s, name, other_than=source.id)
    if kind is not None:
        source.kind = names.check_kind(kind)
    if aliases is not None:
        source.aliases = names.clean_aliases(aliases)
    if colour is not None:
        source.colour = names.check_colour(colour)
    return source


def _named(source: Source) -> Message:
    return QT_TRANSLATE_NOOP("Core", "the source “{name}”").format(name=source.name)


def _now(source: Source) -> str:
    aliases = f"; {', '.join(source.aliases)}" if source.aliases else ""
    return f"“{source.name}” ({source.kind}, {source.colour}{aliases})"


def usage(s: Session) -> dict[int, tuple[int, int]]:
    """For each source id: (claims attributed to it, articles those claims are in)."""
    stmt = (
        select(Attribution.source_id, func.count(Attribution.claim_id), func.count(func.distinct(Claim.article_id)))
        .join(Claim, Claim.id == Attribution.claim_id)
        .group_by(Attribution.source_id)
    )
    return {sid: (claims, articles) for sid, claims, articles in s.execute(stmt)}


def _claims_of(s: Session, source_id: int) -> list[Claim]:
    return list(s.scalars(select(Claim).join(Attribution).where(Attribution.source_id == source_id)))


def _renumber(s: Session, claim: Claim, chain: list[Attribution]) -> None:
    claim.attributions[:] = chain
    s.flush()
    for position, link in enumerate(chain):
        link.position = -1 - position  # out of the way of the unique (claim, position)
    s.flush()
    for position, link in enumerate(chain):
        link.position = position


def merge(s: Session, keep_id: int, drop_id: int) -> Source:
    """Move every attribution of ``drop_id`` to ``keep_id`` and delete ``drop_id``; returns the kept source.

    Where a claim names both, the dropped link goes (the chain keeps its order) and its mention and cue
    pass to the kept link where that has none.  The dropped name joins the kept one's aliases.
    """
    if values.whole(keep_id, QT_TRANSLATE_NOOP("Core", "source id")) == values.whole(
        drop_id, QT_TRANSLATE_NOOP("Core", "source id")
    ):
        raise InvalidValueError(QT_TRANSLATE_NOOP("Core", "a source cannot be merged into itself"))
    keep, drop = get(s, keep_id), get(s, drop_id)
    for claim in _claims_of(s, drop_id):
        both = keep_id in claim.source_ids
        if both:
            kept = next(a for a in claim.attributions if a.source_id == keep_id)
            dropped = next(a for a in claim.attributions if a.source_id == drop_id)
            if kept.mention_start is None:
                kept.mention_start, kept.mention_end = dropped.mention_start, dropped.mention_end
            if kept.cue_start is None:
                kept.cue_start, kept.cue_end = dropped.cue_start, dropped.cue_end
        _renumber(s, claim, [a for a in claim.attributions if not (both and a.source_id == drop_id)])
        for link in claim.attributions:
            if link.source_id == drop_id:
                link.source_id = keep_id
    if fold(drop.name) not in {fold(n) for n in (keep.name, *keep.aliases)}:
        keep.aliases = [*keep.aliases, drop.name]
    s.flush()
    s.delete(drop)
    return keep


def delete(s: Session, source_id: int, *, claims: str = "detach") -> None:
    """Delete a source: ``claims="detach"`` keeps its claims without it, ``"delete"`` deletes them too."""
    values.one_of(claims, ("detach", "delete"), QT_TRANSLATE_NOOP("Core", "way to treat the source's claims"))
    source = get(s, source_id)
    for claim in _claims_of(s, source.id):
        if claims == "delete":
            s.delete(claim)
        else:
            _renumber(s, claim, [a for a in claim.attributions if a.source_id != source.id])
    s.flush()
    s.delete(source)
