"""The Overview's vocabulary (issue 18): which claims a chart counts, and which of them one bar, cell or node is.

An :class:`OverviewFilter` is what the whole Overview shows: the claims of some articles (all, chosen ones, or
those marked done), of one annotator, curated only: the claims panel's and the export's filters.  A
:class:`Slice` is what one mark of a chart stands for (a source, a kind, an outlet and a source, a period and a
quote type...): the counts say how many claims it holds, :func:`claim_ids` which ones, so a click can show them.
Both become SQL conditions on ``claim`` (SQLAlchemy expressions), the same on a file and on a server.

The counts themselves are in :mod:`annotator.review.overview_counts` (bars and the outlet x source matrix) and
:mod:`annotator.review.overview_trends` (the attribution network, claims over time, progress).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import (
    Article,
    Attribution,
    Claim,
    HighlightSession,
    SessionArticle,
    Source,
    claim_label,
)

NO_OUTLET = ""
"""The outlet of articles that name none (NULL and empty alike)."""


@dataclass(frozen=True)
class OverviewFilter:
    """The claims the Overview counts: every claim, or those of some articles, one annotator, curated only."""

    article_ids: tuple[int, ...] | None = None
    """Only the claims of these articles (None: of every article)."""
    done_only: bool = False
    """Only the claims of articles marked done."""
    annotator: str | None = None
    curated_only: bool = False


@dataclass(frozen=True)
class Slice:
    """What one bar, cell or node stands for: the claims meeting every field given (none: all of them)."""

    source_id: int | None = None
    """Claims with this source anywhere in their chain."""
    other_than: tuple[int, ...] | None = None
    """Claims with a source not among these (the "other sources" bar after the top ones)."""
    no_source: bool = False
    kind: str | None = None
    """Claims with a source of this kind in their chain."""
    quote_type: str | None = None
    outlet: str | None = None
    """Claims of articles of this outlet (:data:`NO_OUTLET`: of articles naming none)."""
    other_outlets: tuple[str, ...] | None = None
    """Claims of articles of an outlet not among these (the "other outlets" bar)."""
    label_id: int | None = None
    no_label: bool = False
    relay: tuple[int, int] | None = None
    """Claims whose chain has the first source relaying the second (the second right after it)."""
    published: tuple[date, date] | None = None
    """Claims of articles published on or after the first date and before the second."""
    undated: bool = False
    """Claims of articles without a publication date."""
    status: str | None = None
    """Claims of articles with this status."""
    session_id: int | None = None
    """Claims made during this highlighting session (its annotator's, in the articles it worked on)."""


EVERYTHING = OverviewFilter()
"""Every claim of the project."""
ALL = Slice()
"""Every claim of the filter."""


def articles_in(where: OverviewFilter, article: SQLColumnExpression[int]) -> list[ColumnElement[bool]]:
    """The filter's article part as conditions on a column of article ids."""
    conditions: list[ColumnElement[bool]] = []
    if where.article_ids is not None:
        conditions.append(article.in_(where.article_ids))
    if where.done_only:
        conditions.append(article.in_(select(Article.id).where(Article.status == "done")))
    return conditions


def claims_own(where: OverviewFilter) -> list[ColumnElement[bool]]:
    """The filter's part about the claims themselves (an annotator, curated only) as conditions on ``claim``."""
    conditions: list[ColumnElement[bool]] = []
    if where.annotator is not None:
        conditions.append(Claim.annotator == where.annotator)
    if where.curated_only:
        conditions.append(Claim.curated.is_(True))
    return conditions


def claim_conditions(where: OverviewFilter) -> list[ColumnElement[bool]]:
    """The filter as conditions on ``claim``."""
    return [*articles_in(where, Claim.article_id), *claims_own(where)]


def article_conditions(where: OverviewFilter) -> list[ColumnElement[bool]]:
    """The filter's article part as conditions on ``article`` (progress counts articles, not claims)."""
    conditions: list[ColumnElement[bool]] = []
    if where.article_ids is not None:
        conditions.append(Article.id.in_(where.article_ids))
    if where.done_only:
        conditions.append(Article.status == "done")
    return conditions


def outlet_of() -> ColumnElement[str]:
    """An article's outlet as grouped: no outlet and an empty one are the same."""
    return func.coalesce(Article.outlet, NO_OUTLET)


def _articles_where(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    return Claim.article_id.in_(select(Article.id).where(*conditions))


def slice_conditions(s: Session, part: Slice) -> list[ColumnElement[bool]]:
    """The slice as conditions on ``claim`` (claims picked from the chains' and labels' indexes: ``IN`` lists
    of claim ids, not a look into every claim's chain)."""
    conditions: list[ColumnElement[bool]] = []
    if part.source_id is not None:
        conditions.append(Claim.id.in_(select(Attribution.claim_id).where(Attribution.source_id == part.source_id)))
    if part.other_than is not None:
        beyond = select(Attribution.claim_id).where(Attribution.source_id.not_in(part.other_than))
        conditions.append(Claim.id.in_(beyond))
    if part.no_source:
        conditions.append(~exists(select(Attribution.id).where(Attribution.claim_id == Claim.id)))
    if part.kind is not None:
        of_kind = select(Attribution.claim_id).join(Source, Source.id == Attribution.source_id)
        conditions.append(Claim.id.in_(of_kind.where(Source.kind == part.kind)))
    if part.quote_type is not None:
        conditions.append(Claim.quote_type == part.quote_type)
    if part.outlet is not None:
        conditions.append(_articles_where(outlet_of() == part.outlet))
    if part.other_outlets is not None:
        conditions.append(_articles_where(outlet_of().not_in(part.other_outlets)))
    if part.label_id is not None:
        labelled = select(claim_label.c.claim_id).where(claim_label.c.label_id == part.label_id)
        conditions.append(Claim.id.in_(labelled))
    if part.no_label:
        conditions.append(~exists(select(claim_label.c.claim_id).where(claim_label.c.claim_id == Claim.id)))
    if part.relay is not None:
        conditions.append(Claim.id.in_(_relay_links(*part.relay)))
    if part.published is not None:
        first, end = part.published
        conditions.append(_articles_where(Article.published >= first, Article.published < end))
    if part.undated:
        conditions.append(_articles_where(Article.published.is_(None)))
    if part.status is not None:
        conditions.append(_articles_where(Article.status == part.status))
    if part.session_id is not None:
        conditions.extend(_session_conditions(s, part.session_id))
    return conditions


def _relay_links(relayer: int, relayed: int) -> Select[int]:
    outer, inner = aliased(Attribution), aliased(Attribution)
    return (
        select(outer.claim_id)
        .join(inner, and_(inner.claim_id == outer.claim_id, inner.position == outer.position + 1))
        .where(outer.source_id == relayer, inner.source_id == relayed)
    )


def session_window(started: datetime, ended: datetime | None, last_action: datetime) -> tuple[datetime, datetime]:
    """When a session's claims were made: from its start to its end (or last action), a second's grace after,
    as the Sessions view counts them (:func:`annotator.review.sessions.read_sessions`)."""
    return started, (ended or last_action) + timedelta(seconds=1)


def _session_conditions(s: Session, session_id: int) -> list[ColumnElement[bool]]:
    record = s.get(HighlightSession, session_id)
    if record is None:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "there is no highlighting session with id {id}").format(id=session_id)
        )
    first, last = session_window(record.started_at, record.ended_at, record.last_action_at)
    who = Claim.annotator.is_(None) if record.annotator is None else Claim.annotator == record.annotator
    worked = select(SessionArticle.article_id).where(SessionArticle.session_id == session_id)
    return [Claim.article_id.in_(worked), who, Claim.created_at >= first, Claim.created_at <= last]


def claim_ids(s: Session, where: OverviewFilter, part: Slice = ALL) -> list[int]:
    """Ids of the filter's claims in the slice, newest first."""
    # Put in order here, not by SQL: asked for in id order, SQLite walks an index in that order (one annotator's
    # claims by id) and looks up every claim's row, rather than reading the facets index the conditions name.
    stmt = select(Claim.id).where(*claim_conditions(where), *slice_conditions(s, part))
    return sorted(s.scalars(stmt), reverse=True)


def article_ids(s: Session, where: OverviewFilter, part: Slice = ALL) -> list[int]:
    """Ids of the articles holding the filter's claims in the slice, in the order they were added."""
    # As above: asked for in article order, SQLite would walk the article index and look up every pair of an
    # article and a claim the slice and the filter name (a filter of done articles and a source's claims).
    stmt = select(Claim.article_id).where(*claim_conditions(where), *slice_conditions(s, part))
    return sorted(set(s.scalars(stmt)))


def count(s: Session, where: OverviewFilter, part: Slice = ALL) -> int:
    """How many of the filter's claims the slice holds."""
    stmt = select(func.count()).select_from(Claim).where(*claim_conditions(where), *slice_conditions(s, part))
    return int(s.scalar(stmt) or 0)
