"""The Overview's attribution network, claims over time and progress (issue 18): SQL aggregates.

The network comes from the chains: "The Hill reports Putin said" is the chain The Hill, Putin, and an edge
The Hill -> Putin; an edge counts the claims whose chain has the first source right before the second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal, cast

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.review.overview import (
    EVERYTHING,
    OverviewFilter,
    Slice,
    article_conditions,
    articles_in,
    claims_own,
    count,
    session_window,
)
from annotator.review.overview_counts import Bar, per_article, top_sources
from annotator.review.overview_links import link_conditions, per_article_source
from annotator.storage.models import (
    ARTICLE_STATUSES,
    QUOTE_TYPES,
    SOURCE_KINDS,
    Article,
    Attribution,
    Claim,
    HighlightSession,
    SessionArticle,
    Source,
)

Period = Literal["week", "month"]
Split = Literal["kind", "quote_type"]
NETWORK_LIMIT = 300
"""Sources shown in the network at most (those with most claims): a few hundred stay readable."""
SESSIONS_AT_ONCE = 200
"""Sessions counted in one statement (a column each: well under SQLite's 2,000)."""


@dataclass(frozen=True)
class Edge:
    """``relayer`` reports what ``relayed`` said, in ``claims`` claims."""

    relayer: int
    relayed: int
    claims: int

    @property
    def slice(self) -> Slice:
        """The claims whose chains have this relay."""
        return Slice(relay=(self.relayer, self.relayed))


@dataclass(frozen=True)
class Network:
    """Sources as nodes (bars of sources: name, kind, colour, claims) and the relays between them."""

    nodes: tuple[Bar, ...]
    edges: tuple[Edge, ...]
    left_out: int
    """Sources with claims in the filter beyond :data:`NETWORK_LIMIT`, not shown."""


def network(s: Session, where: OverviewFilter = EVERYTHING, limit: int = NETWORK_LIMIT) -> Network:
    """The attribution network of the filter's claims, over the ``limit`` sources with most claims."""
    nodes, counts = top_sources(s, where, limit)
    ids = {bar.slice.source_id for bar in nodes}
    outer, inner = aliased(Attribution), aliased(Attribution)
    # Walked from the second link of each chain on (the position index, or the filter's), each joined to the
    # link before it in the claim index, which holds its source.  The position before is asked for as a range
    # (of one position): asked for as equal, SQLite picks the unique index of claim and position, which does not,
    # and reads every link's row for its source.
    before = and_(outer.position >= inner.position - 1, outer.position < inner.position)
    stmt = (
        select(outer.source_id, inner.source_id, func.count())
        .select_from(inner)
        .join(outer, and_(outer.claim_id == inner.claim_id, before))
        .where(inner.position >= 1, *link_conditions(where, inner))
        .group_by(outer.source_id, inner.source_id)
    )
    edges = [Edge(int(a), int(b), int(n)) for a, b, n in s.execute(stmt) if a in ids and b in ids]
    edges.sort(key=lambda e: (-e.claims, e.relayer, e.relayed))
    return Network(tuple(nodes), tuple(edges), len(counts) - len(nodes))


@dataclass(frozen=True)
class Timeline:
    """Claims per period of their article's publication date, split by source kind or quote type."""

    period: Period
    split: Split
    starts: tuple[date, ...]
    """The first day of each period, every period from the first dated claim's to the last's."""
    series: tuple[str, ...]
    """Kinds or quote types (as stored), those with claims, in their usual order."""
    counts: tuple[tuple[int, ...], ...]
    """``counts[period][series]``."""
    undated: int
    """Claims of articles without a publication date (not on the time axis)."""

    def end(self, index: int) -> date:
        """The day after the period's last."""
        return next_start(self.starts[index], self.period)

    def cell(self, index: int, series: int | None = None) -> Slice:
        """What a period (and one of its series) stands for."""
        published = (self.starts[index], self.end(index))
        key = None if series is None else self.series[series]
        if self.split == "kind":
            return Slice(published=published, kind=key)
        return Slice(published=published, quote_type=key)


def period_start(day: date, period: Period) -> date:
    """The first day of the week (Monday) or month holding ``day``."""
    return day - timedelta(days=day.weekday()) if period == "week" else day.replace(day=1)


def next_start(start: date, period: Period) -> date:
    """The first day of the period after the one starting on ``start``."""
    if period == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def timeline(s: Session, where: OverviewFilter = EVERYTHING, period: str = "month", split: str = "kind") -> Timeline:
    """Claims per week or month of publication, split by ``kind`` (claims with a source of the kind; a claim
    may count in two) or ``quote_type``."""
    if period not in ("week", "month"):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "unknown period {period}; use week or month").format(period=repr(period))
        )
    if split not in ("kind", "quote_type"):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "unknown split {split}; use kind or quote_type").format(split=repr(split))
        )
    # Grouped per article in SQL (in the facets index's order), then per day (portable: no date functions);
    # the days, a few thousand at most, are then put in their periods.
    if split == "kind":
        grouped = per_article_source(where)
        stmt = (
            select(Article.published, Source.kind, func.sum(grouped.c.n))
            .join(grouped, grouped.c.article_id == Article.id)
            .join(Source, Source.id == grouped.c.source_id)
            .where(Article.published.is_not(None))
            .group_by(Article.published, Source.kind)
        )
        order = SOURCE_KINDS
    else:
        grouped = per_article(where, Claim.quote_type.label("key"))
        stmt = (
            select(Article.published, grouped.c.key, func.sum(grouped.c.n))
            .join(grouped, grouped.c.article_id == Article.id)
            .where(Article.published.is_not(None))
            .group_by(Article.published, grouped.c.key)
        )
        order = QUOTE_TYPES
    per_day = [(day, str(key), int(n)) for day, key, n in s.execute(stmt) if day is not None]
    undated_n = count(s, where, Slice(undated=True))  # through the claims' article index: the few undated
    present = {key for _d, key, _n in per_day}
    keys = [k for k in order if k in present] + sorted(present - set(order))
    every = cast(Period, period)
    starts: list[date] = []
    if per_day:
        starts.append(period_start(min(day for day, _k, _n in per_day), every))
        last = max(day for day, _k, _n in per_day)
        while next_start(starts[-1], every) <= last:
            starts.append(next_start(starts[-1], every))
    index = {start: i for i, start in enumerate(starts)}
    column = {key: i for i, key in enumerate(keys)}
    table = [[0] * len(keys) for _ in starts]
    for day, key, n in per_day:
        table[index[period_start(day, every)]][column[key]] += n
    rows = tuple(tuple(row) for row in table)
    return Timeline(every, cast(Split, split), tuple(starts), tuple(keys), rows, undated_n)


@dataclass(frozen=True)
class SessionClaims:
    """Claims an annotator made in one highlighting session (those still in the project, in the filter)."""

    session_id: int
    annotator: str | None
    started: datetime
    claims: int

    @property
    def slice(self) -> Slice:
        """The claims made in the session."""
        return Slice(session_id=self.session_id)


@dataclass(frozen=True)
class Progress:
    """How far the annotators got: articles per status, and claims per annotator per session."""

    statuses: tuple[tuple[str, int], ...]
    """(todo, n), (in_progress, n), (done, n): articles in the filter."""
    sessions: tuple[SessionClaims, ...]
    """Oldest first."""


def progress(s: Session, where: OverviewFilter = EVERYTHING) -> Progress:
    """Articles to do, in progress and done; claims made per session (the Sessions view's count)."""
    stmt = select(Article.status, func.count()).where(*article_conditions(where)).group_by(Article.status)
    per_status = {status: int(n) for status, n in s.execute(stmt)}
    statuses = tuple((status, per_status.get(status, 0)) for status in ARTICLE_STATUSES)
    sessions = list(s.scalars(select(HighlightSession).order_by(HighlightSession.started_at, HighlightSession.id)))
    if where.annotator is not None:
        sessions = [record for record in sessions if record.annotator == where.annotator]
    if not sessions:
        return Progress(statuses, ())
    counts = _made_in_sessions(s, sessions, where)
    return Progress(
        statuses,
        tuple(SessionClaims(r.id, r.annotator, r.started_at, counts.get(r.id, 0)) for r in sessions),
    )


def _made_in_sessions(s: Session, sessions: list[HighlightSession], where: OverviewFilter) -> dict[int, int]:
    """Claims per session id (those :class:`SessionClaims` counts), a count per session in one statement each
    :data:`SESSIONS_AT_ONCE`: each the session's annotator's claims of its articles (those of the filter's), from
    the annotator's index.  One join of every session to every claim lets SQLite start from the claims."""
    counts: dict[int, int] = {}
    for first in range(0, len(sessions), SESSIONS_AT_ONCE):
        part = sessions[first : first + SESSIONS_AT_ONCE]
        row = s.execute(select(*(_made_in(record, where) for record in part))).one()
        counts.update({record.id: int(n or 0) for record, n in zip(part, row, strict=True)})
    return counts


def _made_in(record: HighlightSession, where: OverviewFilter) -> Any:
    """How many of the filter's claims were made in the session (as :func:`~annotator.review.overview.count` of
    its slice, the filter's articles among the session's: one list of articles for the index to look up)."""
    begun, last = session_window(record.started_at, record.ended_at, record.last_action_at)
    worked = select(SessionArticle.article_id).where(
        SessionArticle.session_id == record.id, *articles_in(where, SessionArticle.article_id)
    )
    who = Claim.annotator.is_(None) if record.annotator is None else Claim.annotator == record.annotator
    made = Claim.article_id.in_(worked), who, Claim.created_at >= begun, Claim.created_at <= last
    return select(func.count()).select_from(Claim).where(*made, *claims_own(where)).scalar_subquery()
