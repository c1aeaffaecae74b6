"""The Overview's bar charts and its outlet x source heat map (issue 18): SQL aggregates over the filter's claims.

A claim counts once in each bar its chain reaches: a claim attributed to The Hill and to Putin is in both
sources' bars, and once in the *media* and once in the *person* bar (so bars of sources and kinds may add up
to more than the claims; shares are of the claims).  Per source this is the Summary sheet's *Claims* column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.review.overview import EVERYTHING, NO_OUTLET, OverviewFilter, Slice, claim_conditions, count, outlet_of
from annotator.review.overview_links import chained_claims, label_counts, per_article_source, source_counts
from annotator.storage.models import QUOTE_TYPES, SOURCE_KINDS, Article, Claim, Label, Source

Dimension = Literal["source", "kind", "quote_type", "outlet", "label"]
DIMENSIONS: tuple[Dimension, ...] = ("source", "kind", "quote_type", "outlet", "label")
Special = Literal["", "other", "none"]


@dataclass(frozen=True)
class Bar:
    """One bar: what it counts (a name, or a kind or quote type as stored), how many claims, and which."""

    label: str
    count: int
    slice: Slice
    special: Special = ""
    """"other": the rest after the top bars; "none": claims without a source, label (or outlet: label "")."""
    kind: str | None = None
    """The source's kind (colours the bar), for bars of sources."""
    colour: str | None = None
    """The source's or label's colour."""


@dataclass(frozen=True)
class Bars:
    """A bar chart's numbers: bars largest first (the "other" and "none" bars last), and the claims counted."""

    dimension: Dimension
    bars: tuple[Bar, ...]
    total: int
    """Claims in the filter: a bar's share is its count over this."""

    def share(self, bar: Bar) -> float:
        """The bar's count as a fraction of the claims (0 when there are none)."""
        return bar.count / self.total if self.total else 0.0


@dataclass(frozen=True)
class Matrix:
    """The outlet x source heat map: how many claims each outlet attributes to each source."""

    outlets: tuple[str, ...]
    """Rows, most claims first (:data:`~annotator.review.overview.NO_OUTLET` for articles naming none)."""
    sources: tuple[Bar, ...]
    """Columns: the sources with most claims in the filter."""
    counts: tuple[tuple[int, ...], ...]
    """``counts[row][column]``."""

    def cell(self, row: int, column: int) -> Slice:
        """What a cell stands for: the outlet's claims attributed to the source."""
        return Slice(outlet=self.outlets[row], source_id=self.sources[column].slice.source_id)

    @property
    def largest(self) -> int:
        """The largest cell (the heat map's scale)."""
        return max((n for row in self.counts for n in row), default=0)


def bars(s: Session, dimension: str, where: OverviewFilter = EVERYTHING, top: int = 15) -> Bars:
    """The claims per ``dimension`` (source, kind, quote_type, outlet, label); sources and outlets beyond the
    ``top`` ones are one "other" bar."""
    total = count(s, where)
    if dimension == "source":
        made = _by_source(s, where, top, total)
    elif dimension == "kind":
        made = _by_kind(s, where, total)
    elif dimension == "quote_type":
        made = _by_quote_type(s, where)
    elif dimension == "outlet":
        made = _by_outlet(s, where, top)
    elif dimension == "label":
        made = _by_label(s, where, total)
    else:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "unknown overview chart {chart}; use one of {charts}").format(
                chart=repr(dimension), charts=", ".join(DIMENSIONS)
            )
        )
    return Bars(cast(Dimension, dimension), tuple(made), total)


def top_sources(s: Session, where: OverviewFilter, top: int) -> tuple[list[Bar], dict[int, int]]:
    """The ``top`` sources by claims, as bars (most first, then by name), and every source's count."""
    counts = source_counts(s, where)
    return ranked_sources(s, counts, top), counts


def ranked_sources(s: Session, counts: dict[int, int], top: int) -> list[Bar]:
    """The ``top`` of these sources (id: claims) as bars, most claims first, then by name."""
    known = {src.id: src for src in s.scalars(select(Source).where(Source.id.in_(list(counts))))}
    ranked = sorted(counts, key=lambda i: (-counts[i], known[i].name, i))[:top]
    return [
        Bar(known[i].name, counts[i], Slice(source_id=i), kind=known[i].kind, colour=known[i].colour) for i in ranked
    ]


def _by_source(s: Session, where: OverviewFilter, top: int, total: int) -> list[Bar]:
    made, counts = top_sources(s, where, top)
    shown = tuple(bar.slice.source_id for bar in made if bar.slice.source_id is not None)
    beyond = len(counts) > len(made)  # the "other" bar's claims are counted only when there is one
    attributed, rest = chained_claims(s, where, shown if beyond else None)
    if beyond:
        made.append(Bar("", rest, Slice(other_than=shown), special="other"))
    if total - attributed:
        made.append(Bar("", total - attributed, Slice(no_source=True), special="none"))
    return made


def _by_kind(s: Session, where: OverviewFilter, total: int) -> list[Bar]:
    """Attributions per kind, summed from the sources' (as the Summary sheet counts them: a claim with two
    sources of one kind counts twice there)."""
    counts: dict[str, int] = {}
    per_source = source_counts(s, where)
    for kind, source_id in s.execute(select(Source.kind, Source.id).where(Source.id.in_(list(per_source)))):
        counts[kind] = counts.get(kind, 0) + per_source[source_id]
    order = {kind: i for i, kind in enumerate(SOURCE_KINDS)}
    ranked = sorted(counts, key=lambda k: (-counts[k], order.get(k, len(order))))
    made = [Bar(kind, counts[kind], Slice(kind=kind), kind=kind) for kind in ranked]
    unattributed = total - chained_claims(s, where)[0]
    if unattributed:
        made.append(Bar("", unattributed, Slice(no_source=True), special="none"))
    return made


def per_article(where: OverviewFilter, *keys: Any) -> Any:
    """Claims counted per article (and ``keys``), in the facets index's order: SQLite streams the groups
    instead of sorting every claim; the callers sum these few rows further."""
    columns = [Claim.article_id.label("article_id"), *keys]
    return (
        select(*columns, func.count().label("n"))
        .where(*claim_conditions(where))
        .group_by(Claim.article_id, *keys)
        .subquery()
    )


def _by_quote_type(s: Session, where: OverviewFilter) -> list[Bar]:
    grouped = per_article(where, Claim.quote_type)
    stmt = select(grouped.c.quote_type, func.sum(grouped.c.n)).group_by(grouped.c.quote_type)
    counts = {quote: int(n) for quote, n in s.execute(stmt)}
    order = {quote: i for i, quote in enumerate(QUOTE_TYPES)}
    ranked = sorted(counts, key=lambda q: (-counts[q], order.get(q, len(order))))
    return [Bar(quote, counts[quote], Slice(quote_type=quote)) for quote in ranked]


def outlet_counts(s: Session, where: OverviewFilter) -> dict[str, int]:
    """Claims per outlet (:data:`~annotator.review.overview.NO_OUTLET` for articles naming none)."""
    outlet = outlet_of()
    grouped = per_article(where)
    stmt = select(outlet, func.sum(grouped.c.n)).join(grouped, grouped.c.article_id == Article.id).group_by(outlet)
    return {name: int(n) for name, n in s.execute(stmt)}


def _by_outlet(s: Session, where: OverviewFilter, top: int) -> list[Bar]:
    counts = outlet_counts(s, where)
    ranked = sorted(counts, key=lambda o: (o == NO_OUTLET, -counts[o], o))
    shown = [o for o in ranked if o != NO_OUTLET][:top]
    made = [Bar(o, counts[o], Slice(outlet=o)) for o in shown]
    rest = sum(n for o, n in counts.items() if o not in shown and o != NO_OUTLET)
    if rest:
        made.append(Bar("", rest, Slice(other_outlets=(*shown, NO_OUTLET)), special="other"))
    if counts.get(NO_OUTLET):
        made.append(Bar("", counts[NO_OUTLET], Slice(outlet=NO_OUTLET), special="none"))
    return made


def _by_label(s: Session, where: OverviewFilter, total: int) -> list[Bar]:
    counts, labelled = label_counts(s, where)
    known = {label.id: label for label in s.scalars(select(Label).where(Label.id.in_(list(counts))))}
    ranked = sorted(counts, key=lambda i: (-counts[i], known[i].name))
    made = [Bar(known[i].name, counts[i], Slice(label_id=i), colour=known[i].colour) for i in ranked]
    if total - labelled:
        made.append(Bar("", total - labelled, Slice(no_label=True), special="none"))
    return made


def matrix(s: Session, where: OverviewFilter = EVERYTHING, sources: int = 20, outlets: int = 20) -> Matrix:
    """Claims per outlet (rows, most first) and source (columns: the ``sources`` with most claims)."""
    # One grouping for both: links per article and source (in the links' article index order), summed per
    # outlet; a source's claims are the sum of its column, so the top sources come from the same rows.
    grouped = per_article_source(where)
    outlet = outlet_of()
    stmt = (
        select(outlet, grouped.c.source_id, func.sum(grouped.c.n))
        .join(grouped, grouped.c.article_id == Article.id)
        .group_by(outlet, grouped.c.source_id)
    )
    cells: dict[tuple[str, int], int] = {}
    totals: dict[int, int] = {}
    for o, i, n in s.execute(stmt):
        cells[o, int(i)] = int(n)
        totals[int(i)] = totals.get(int(i), 0) + int(n)
    columns = ranked_sources(s, totals, sources)
    ids = [bar.slice.source_id for bar in columns if bar.slice.source_id is not None]
    per_outlet: dict[str, int] = {}
    for (o, i), n in cells.items():
        if i in ids:
            per_outlet[o] = per_outlet.get(o, 0) + n
    rows = sorted(per_outlet, key=lambda o: (o == NO_OUTLET, -per_outlet[o], o))[:outlets]
    table = tuple(tuple(cells.get((o, i), 0) for i in ids) for o in rows)
    return Matrix(tuple(rows), tuple(columns), table)
