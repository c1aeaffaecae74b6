"""Highlighting sessions as the Sessions view and the export show them: who worked when, on what, how long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.storage.models import Article, Claim, HighlightSession, SessionArticle


@dataclass(frozen=True)
class SessionArticleInfo:
    """One article of a session: seconds spent, and claims made there during the session (still in the project)."""

    article_id: int
    title: str
    seconds: float
    claims: int


@dataclass(frozen=True)
class SessionInfo:
    """A highlighting session as the Sessions view and the export show it."""

    id: int
    annotator: str | None
    started: datetime
    ended: datetime
    interrupted: bool
    """True when the session was not closed (a crash, a kill): ``ended`` is then its last action."""
    articles: tuple[SessionArticleInfo, ...]

    @property
    def seconds(self) -> float:
        """Time spent on articles in the session."""
        return sum(a.seconds for a in self.articles)

    @property
    def claims(self) -> int:
        """Claims made in the session that are still in the project."""
        return sum(a.claims for a in self.articles)


def read_sessions(s: Session, running: int | None = None, article_ids: set[int] | None = None) -> list[SessionInfo]:
    """Every session, oldest first (``running``: the one still recording); ``article_ids`` limits the articles."""
    records = list(s.scalars(select(HighlightSession).order_by(HighlightSession.started_at, HighlightSession.id)))
    rows = s.execute(
        select(SessionArticle, Article.title)
        .join(Article, Article.id == SessionArticle.article_id)
        .order_by(SessionArticle.first_at)
    ).all()
    per_session: dict[int, list[tuple[SessionArticle, str | None]]] = {}
    for row, title in rows:
        if article_ids is None or row.article_id in article_ids:
            per_session.setdefault(row.session_id, []).append((row, title))
    out = []
    for record in records:
        end = record.ended_at or record.last_action_at
        who = Claim.annotator.is_(None) if record.annotator is None else Claim.annotator == record.annotator
        articles = []
        for row, title in per_session.get(record.id, []):
            made = s.scalar(
                select(func.count())
                .select_from(Claim)
                .where(
                    Claim.article_id == row.article_id,
                    who,
                    Claim.created_at >= record.started_at,
                    Claim.created_at <= end + timedelta(seconds=1),
                )
            )
            articles.append(SessionArticleInfo(row.article_id, title or "", row.seconds, int(made or 0)))
        interrupted = record.ended_at is None and record.id != running
        out.append(SessionInfo(record.id, record.annotator, record.started_at, end, interrupted, tuple(articles)))
    return out
