"""The Overview's counts over the chains' links (issue 18): grouped once, in the order of an index.

Each attribution holds its claim's article (schema 9), so a filter of articles alone is a condition on the
links and the claims are joined only when the filter asks about them (an annotator, curated only).  SQLite
groups without a sort when rows come in the grouping's order, so links are grouped by article and source
(the links' article index) before their articles' outlets or dates are looked up, and by claim (the links'
claim index) to count the claims with a chain.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session

from annotator.review.overview import OverviewFilter, claim_conditions
from annotator.storage.models import Article, Attribution, Claim

Selected = TypeVar("Selected", bound=Select[*tuple[Any, ...]])


def asks_claims(where: OverviewFilter) -> bool:
    """Whether the filter asks about the claims themselves, not only their articles."""
    return where.annotator is not None or where.curated_only


def over_links(stmt: Selected, where: OverviewFilter) -> Selected:
    """``stmt`` over attributions, kept to the filter's: joined to their claims only when it asks about them."""
    if asks_claims(where):
        return stmt.join(Claim, Claim.id == Attribution.claim_id).where(*claim_conditions(where))
    conditions: list[ColumnElement[bool]] = []
    if where.article_ids is not None:
        conditions.append(Attribution.article_id.in_(where.article_ids))
    if where.done_only:
        conditions.append(Attribution.article_id.in_(select(Article.id).where(Article.status == "done")))
    return stmt.where(*conditions)


def source_counts(s: Session, where: OverviewFilter) -> dict[int, int]:
    """Claims per source id (sources without claims left out)."""
    stmt = select(Attribution.source_id, func.count())  # a source is in a chain once (the core refuses twice)
    rows = s.execute(over_links(stmt, where).group_by(Attribution.source_id))
    return {int(source_id): int(n) for source_id, n in rows}


def per_article_source(where: OverviewFilter) -> Any:
    """Links counted per article and source (columns ``article_id``, ``source_id``, ``n``): a subquery the
    callers join to the articles and sum further."""
    stmt = select(
        Attribution.article_id.label("article_id"), Attribution.source_id.label("source_id"), func.count().label("n")
    )
    return over_links(stmt, where).group_by(Attribution.article_id, Attribution.source_id).subquery()


def chained_claims(s: Session, where: OverviewFilter, shown: tuple[int, ...] | None = None) -> tuple[int, int]:
    """The filter's claims with a chain, and of those the ones with a source not in ``shown`` (0 if None).

    Over every claim: distinct claim ids of the links, read in the links' claim index order (no sort).  For
    some claims: those claims, each looked up in that index (fewer claims than links to walk).
    """
    if asks_claims(where):

        def claims(*conditions: ColumnElement[bool]) -> Any:
            linked = exists(select(Attribution.id).where(Attribution.claim_id == Claim.id, *conditions))
            return select(func.count()).select_from(Claim).where(*claim_conditions(where), linked).scalar_subquery()

    else:

        def claims(*conditions: ColumnElement[bool]) -> Any:
            ids = over_links(select(Attribution.claim_id).where(*conditions), where).distinct().subquery()
            return select(func.count()).select_from(ids).scalar_subquery()

    if shown is None:
        return int(s.scalar(select(claims())) or 0), 0
    row = s.execute(select(claims(), claims(Attribution.source_id.not_in(shown)))).one()
    return int(row[0] or 0), int(row[1] or 0)
