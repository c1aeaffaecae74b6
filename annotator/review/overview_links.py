"""The Overview's counts over the chains' links and the claims' labels (issue 18): grouped once, in an index's order.

Each attribution and each claim-label row holds copies of its claim's article, annotator and curation (schemas 9
and 10, :data:`~annotator.storage.claim_defaults.CLAIM_COPIES`), so every filter is a condition on the rows counted and
no link is joined to its claim.  SQLite groups without a sort when rows come in the grouping's order: links by
source (the source index, or the annotator's or curated links' index), by article and source (the links' article
index) before their articles' outlets or dates are looked up, and by claim (the links' claim index) to count the
claims with a chain.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import AliasedClass

from annotator.review.overview import OverviewFilter, articles_in
from annotator.storage.models import Attribution, Source, claim_label


def copies_conditions(where: OverviewFilter, article: Any, annotator: Any, curated: Any) -> list[ColumnElement[bool]]:
    """The filter as conditions on a row's copies of its claim's ``article``, ``annotator`` and ``curated``."""
    conditions = articles_in(where, article)
    if where.annotator is not None:
        conditions.append(annotator == where.annotator)
    if where.curated_only:
        conditions.append(curated == true())
    return conditions


def link_conditions(
    where: OverviewFilter, link: type[Attribution] | AliasedClass[Attribution] = Attribution
) -> list[ColumnElement[bool]]:
    """The filter as conditions on attributions (``link``: the table or an alias of it)."""
    return copies_conditions(where, link.article_id, link.claim_annotator, link.claim_curated)


def label_conditions(where: OverviewFilter) -> list[ColumnElement[bool]]:
    """The filter as conditions on claim-label rows."""
    row = claim_label.c
    return copies_conditions(where, row.article_id, row.claim_annotator, row.claim_curated)


def source_counts(s: Session, where: OverviewFilter) -> dict[int, int]:
    """Claims per source id (sources without claims left out)."""
    # A source is in a chain once (the core refuses twice): its links are its claims.
    if link_conditions(where):  # grouped per article in the filter's index order, then the few rows per source
        per = per_article_source(where)
        stmt = select(per.c.source_id, func.sum(per.c.n)).group_by(per.c.source_id)
    else:  # each source's links counted in the source index: no grouping of every link
        links = select(func.count()).where(Attribution.source_id == Source.id).scalar_subquery()
        stmt = select(Source.id, links)
    return {int(source_id): int(n) for source_id, n in s.execute(stmt) if n}


def per_article_source(where: OverviewFilter) -> Any:
    """Links counted per article and source (columns ``article_id``, ``source_id``, ``n``): a subquery the
    callers join to the articles and sum further."""
    stmt = select(
        Attribution.article_id.label("article_id"), Attribution.source_id.label("source_id"), func.count().label("n")
    )
    return stmt.where(*link_conditions(where)).group_by(Attribution.article_id, Attribution.source_id).subquery()


def chained_claims(s: Session, where: OverviewFilter, shown: tuple[int, ...] | None = None) -> tuple[int, int]:
    """The filter's claims with a chain, and of those the ones with a source not in ``shown`` (0 if None).

    A chain's links are at positions 0, 1, 2... (every path that writes one numbers it so), so the claims with
    a chain are their links at position 0.  Claims with a source beyond ``shown``: distinct claims of those
    links, over every link in the claim index's order, or for a filter per article (a claim's links are all
    its article's), in the filter's index order.
    """
    conditions = link_conditions(where)
    if conditions:  # counted as the filter's index goes, not picking the position index and every row
        first = select(func.count().filter(Attribution.position == 0)).where(*conditions)
    else:
        first = select(func.count()).select_from(Attribution).where(Attribution.position == 0)
    chained = int(s.scalar(first) or 0)
    if shown is None:
        return chained, 0
    beyond = Attribution.source_id.not_in(shown)
    if conditions:
        per = (
            select(func.count(distinct(Attribution.claim_id)).label("n"))
            .where(*conditions, beyond)
            .group_by(Attribution.article_id)
            .subquery()
        )
        rest = select(func.sum(per.c.n))
    else:
        ids = select(Attribution.claim_id).where(beyond).distinct().subquery()
        rest = select(func.count()).select_from(ids)
    return chained, int(s.scalar(rest) or 0)


def label_counts(s: Session, where: OverviewFilter) -> tuple[dict[int, int], int]:
    """Claims per label id (labels without claims left out), and the filter's claims with a label."""
    conditions = label_conditions(where)
    stmt = select(claim_label.c.label_id, func.count()).where(*conditions).group_by(claim_label.c.label_id)
    counts = {int(label_id): int(n) for label_id, n in s.execute(stmt)}
    ids = select(claim_label.c.claim_id).where(*conditions).distinct().subquery()
    return counts, int(s.scalar(select(func.count()).select_from(ids)) or 0)
