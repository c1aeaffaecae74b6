"""Recording highlighting sessions (issue 8): who worked when, on which articles, for how long.

A session starts when the app opens a project or the annotator changes, and ends when the window closes
or the annotator changes again.  Time is given to the article being worked on: from one action (opening
the article, a change to one of its claims) to the next, a gap longer than :data:`IDLE_SECONDS` counting
only that long.  Every action stores ``last_action_at``, so after a crash the session ends there.  This is
bookkeeping, not an action: it is neither journaled nor undoable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from annotator.storage.changes import ChangeRecord
from annotator.storage.models import Article, HighlightSession, SessionArticle, utcnow
from annotator.storage.store import Store

IDLE_SECONDS = 300.0
"""A pause longer than this (reading elsewhere, lunch) counts only this long."""


class SessionRecorder:
    """The running session of one open project, if any."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.session_id: int | None = None
        self._article: int | None = None
        self._last: datetime | None = None
        self._unsubscribe: Callable[[], None] | None = None

    def start(self, annotator: str | None, now: datetime | None = None) -> int:
        """End any running session and start one for ``annotator``; returns its id."""
        self.end(now)
        when = now or utcnow()
        with self._store.write() as s:
            record = HighlightSession(annotator=annotator, started_at=when, last_action_at=when)
            s.add(record)
            s.flush()
            self.session_id = record.id
        self._article, self._last = None, when
        self._unsubscribe = self._store.subscribe(self._on_change)
        return record.id

    def touch(self, article_id: int | None, now: datetime | None = None) -> None:
        """Record an action on ``article_id`` (None: none); the time since the last action goes to the previous one."""
        if self.session_id is None:
            return
        when = now or utcnow()
        with self._store.write() as s:
            self._account(s, when)
            if article_id is not None and s.get(Article, article_id) is not None:
                if s.get(SessionArticle, (self.session_id, article_id)) is None:
                    s.add(SessionArticle(session_id=self.session_id, article_id=article_id, seconds=0.0, first_at=when))
            else:
                article_id = None
        self._article = article_id

    def end(self, now: datetime | None = None) -> None:
        """Close the running session (if any), giving the time since the last action to the current article."""
        if self.session_id is None:
            return
        when = now or utcnow()
        if self._unsubscribe is not None:
            self._unsubscribe()
        try:
            with self._store.write() as s:
                self._account(s, when)
                record = s.get(HighlightSession, self.session_id)
                if record is not None:
                    record.ended_at = record.last_action_at
        finally:
            self.session_id = self._article = self._last = self._unsubscribe = None

    def _account(self, s: Session, when: datetime) -> None:
        record = s.get(HighlightSession, self.session_id)
        if record is None:
            return
        elapsed = max(0.0, (when - (self._last or when)).total_seconds())
        if self._article is not None:
            row = s.get(SessionArticle, (record.id, self._article))
            if row is not None:
                row.seconds += min(elapsed, IDLE_SECONDS)
        record.last_action_at = max(record.last_action_at, when)
        self._last = when

    def _on_change(self, record: ChangeRecord) -> None:
        # Only the article being worked on: claims merged from a file into other articles are not work done here.
        if self.session_id is not None and self._article in record.articles_with_claim_changes():
            self.touch(self._article)
