"""Highlighting sessions and curation (issue 8): who worked when, on which articles, for how long.

A mixin of :class:`annotator.project.Project`, kept in its own module so the service file stays small.
A session starts when the app opens a project or the annotator changes, and ends when the window closes
or the annotator changes again.  Time is given to the article being worked on: from one action (opening
the article, a change to one of its claims) to the next, a gap longer than :data:`IDLE_SECONDS` counting
only that long.  Every action stores ``last_action_at``, so after a crash the session ends there.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from annotator.review.report import ArticleAgreement

from annotator.errors import NotFoundError
from annotator.storage.changes import Change, ChangeNotifier, Listener
from annotator.storage.models import Article, Claim, HighlightSession, SessionArticle, utcnow

IDLE_SECONDS = 300.0
"""A pause longer than this (reading elsewhere, lunch) counts only this long."""


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


class Sessions:
    """Session recording and curation for an open project (needs ``_read``, ``_write``, ``subscribe``)."""

    annotator: str | None
    read_only: bool
    _notifier: ChangeNotifier
    _session_id: int | None = None
    _session_article: int | None = None
    _session_last: datetime | None = None
    _session_unsubscribe: Callable[[], None] | None = None

    def _read(self) -> AbstractContextManager[Session]:
        raise NotImplementedError  # provided by Project

    def _write(self) -> AbstractContextManager[Session]:
        raise NotImplementedError  # provided by Project

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        raise NotImplementedError  # provided by Project

    @property
    def current_session(self) -> int | None:
        """Id of the session this project object is recording, if any."""
        return self._session_id

    def start_session(self, annotator: str | None = None, now: datetime | None = None) -> int:
        """End any running session and start one for ``annotator`` (default: :attr:`annotator`); returns its id."""
        self.end_session(now)
        when = now or utcnow()
        who = annotator if annotator is not None else self.annotator
        with self._write() as s:
            record = HighlightSession(annotator=who, started_at=when, last_action_at=when)
            s.add(record)
            s.flush()
            self._session_id = record.id
        self._session_article, self._session_last = None, when
        self._session_unsubscribe = self.subscribe(self._session_on_change)
        return record.id

    def touch_session(self, article_id: int | None, now: datetime | None = None) -> None:
        """Record an action on ``article_id`` (None: none); the time since the last action goes to the previous one."""
        if self._session_id is None:
            return
        when = now or utcnow()
        with self._write() as s:
            self._session_account(s, when)
            if article_id is not None and s.get(Article, article_id) is not None:
                if s.get(SessionArticle, (self._session_id, article_id)) is None:
                    s.add(
                        SessionArticle(session_id=self._session_id, article_id=article_id, seconds=0.0, first_at=when)
                    )
            else:
                article_id = None
        self._session_article = article_id

    def end_session(self, now: datetime | None = None) -> None:
        """Close the running session (if any), giving the time since the last action to the current article."""
        if self._session_id is None:
            return
        when = now or utcnow()
        if self._session_unsubscribe is not None:
            self._session_unsubscribe()
        try:
            with self._write() as s:
                self._session_account(s, when)
                record = s.get(HighlightSession, self._session_id)
                if record is not None:
                    record.ended_at = record.last_action_at
        finally:
            self._session_id = self._session_article = self._session_last = self._session_unsubscribe = None

    def _session_account(self, s: Session, when: datetime) -> None:
        record = s.get(HighlightSession, self._session_id)
        if record is None:
            return
        elapsed = max(0.0, (when - (self._session_last or when)).total_seconds())
        if self._session_article is not None:
            row = s.get(SessionArticle, (record.id, self._session_article))
            if row is not None:
                row.seconds += min(elapsed, IDLE_SECONDS)
        record.last_action_at = max(record.last_action_at, when)
        self._session_last = when

    def _session_on_change(self, change: Change) -> None:
        # Only the article being worked on: claims merged from a file into other articles are not work done here.
        if change.entity == "claim" and self._session_id is not None and change.article_id == self._session_article:
            self.touch_session(change.article_id)

    def highlight_sessions(self) -> list[SessionInfo]:
        """Every session, oldest first, with its articles, time spent and claims made."""
        with self._read() as s:
            return read_sessions(s, running=self._session_id)

    def annotators(self) -> list[str]:
        """Names recorded on claims, sorted (claims without one are not counted)."""
        with self._read() as s:
            names = s.scalars(select(Claim.annotator).where(Claim.annotator.is_not(None)).distinct())
            return sorted(n for n in names if n)

    # -- agreement ---------------------------------------------------------------

    def agreement(self) -> list[ArticleAgreement]:
        """Agreement of annotators per article marked by two or more of them, then overall (see agreement_report)."""
        from annotator.review.report import agreement_report, read_spans

        with self._read() as s:
            spans, titles = read_spans(s)
        return agreement_report(spans, titles)

    # -- curation ----------------------------------------------------------------

    def set_curated(self, claim_id: int, curated: bool = True) -> Claim:
        """Accept a claim as the final version (or take that back); undoable from the UI."""
        with self._write() as s:
            claim = s.get(Claim, claim_id)
            if claim is None:
                raise NotFoundError(f"there is no claim with id {claim_id}")
            claim.curated = curated
            article_id = claim.article_id
        with self._read() as s:
            fresh = s.get(Claim, claim_id)
            assert fresh is not None
        self._notifier.emit(Change("claim", "changed", (claim_id,), article_id))
        return fresh


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
