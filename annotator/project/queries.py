"""Reads a view needs that are not records of one kind: article lists without their text, recent sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.storage.models import Article, Attribution, Claim


@dataclass(frozen=True)
class ArticleSummary:
    """What an article list shows of an article: no text, and its number of claims."""

    id: int
    title: str | None
    status: str
    direction: str
    imported_from: str | None
    claims: int
    version: int = 1
    """The article’s version (schema 8): given back with an edit made on what was shown, so a change another
    client made meanwhile is never overwritten."""


def article_summaries(
    s: Session, offset: int = 0, limit: int | None = None, ids: Iterable[int] | None = None
) -> list[ArticleSummary]:
    """Articles without their text, in the order they were added, with their claim counts."""
    stmt = (
        select(Article.id, Article.title, Article.status, Article.direction, Article.imported_from, Article.version)
        .order_by(Article.id)
        .offset(offset)
    )
    if ids is not None:
        stmt = stmt.where(Article.id.in_(list(ids)))
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = s.execute(stmt).all()
    # Counted for these articles only (through the article_id index), not over every claim.
    counted = select(Claim.article_id, func.count()).where(Claim.article_id.in_([r[0] for r in rows]))
    counts = {aid: n for aid, n in s.execute(counted.group_by(Claim.article_id))}
    return [ArticleSummary(r[0], r[1], r[2], r[3], r[4], counts.get(r[0], 0), r[5]) for r in rows]


def article_count(s: Session, status: str | None = None) -> int:
    """Number of articles (with this status, if given)."""
    stmt = select(func.count()).select_from(Article)
    if status is not None:
        stmt = stmt.where(Article.status == status)
    return s.scalar(stmt) or 0


def recent_source_ids(s: Session, limit: int = 9) -> list[int]:
    """Sources of the most recently made claims, newest first, each once."""
    stmt = (
        select(Attribution.source_id)
        .join(Claim, Claim.id == Attribution.claim_id)
        .order_by(Claim.id.desc(), Attribution.position)  # ids grow with each new claim
        .limit(limit * 20)
    )
    return list(dict.fromkeys(s.scalars(stmt)))[:limit]


def annotators(s: Session) -> list[str]:
    """Names recorded on claims, sorted (claims without one are not counted)."""
    names = s.scalars(select(Claim.annotator).where(Claim.annotator.is_not(None)).distinct())
    return sorted(n for n in names if n)
