"""What a project does for a team (issue 17): presence (who is on which article) and the state of the live
connection.  On a server these come from :mod:`annotator.storage.presence` and the listener of
:mod:`annotator.storage.live`; a project file has one user, so its presence is its own only and its
connection is never lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import annotator.project.values as values
from annotator.storage.presence import QUERY, Presence, from_rows

if TYPE_CHECKING:
    from annotator.storage.postgres import PostgresFlavour
    from annotator.storage.store import Store

PresenceListener = Callable[[list[Presence]], None]
ConnectionListener = Callable[[bool], None]


class TeamProject:
    """Presence and connection state, mixed into :class:`~annotator.project.facade.Project`."""

    _server: PostgresFlavour | None
    _store: Store
    annotator: str | None
    _current_article: int | None = None

    def set_current_article(self, article_id: int | None) -> None:
        """Say that this client is on ``article_id`` now (None: on none); the others see it in their article
        list.  Never fails for want of a server: presence is a courtesy, the work does not wait for it."""
        if article_id is not None:
            values.whole(article_id, "article id")
        self._current_article = article_id
        if self._server is not None:
            self._server.presence.set(article_id)

    def presence(self) -> list[Presence]:
        """Who is on which article now, this client included (``own``); a file: this client only."""
        if self._server is None:
            current = self._current_article
            return [] if current is None else [Presence(self.annotator or "", current, own=True)]
        from sqlalchemy import text

        with self._store.read() as s:
            rows = [tuple(row) for row in s.execute(text(QUERY)).all()]
        return from_rows(rows, self._server.presence.pid)

    def subscribe_presence(self, listener: PresenceListener) -> Callable[[], None]:
        """Call ``listener`` with :meth:`presence` whenever it changes (on a server from a background thread,
        within a few seconds of a client going away); a file never calls it."""
        if self._server is None:
            return lambda: None
        return self._server.subscribe_presence(listener)

    def subscribe_connection(self, listener: ConnectionListener) -> Callable[[], None]:
        """Call ``listener`` with False when the live connection to the server is lost and True when it is back
        (what others changed meanwhile was not told: reload what is shown); a file never calls it."""
        if self._server is None:
            return lambda: None
        return self._server.subscribe_connection(listener)
