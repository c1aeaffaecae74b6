"""Presence in team mode: who has which article open, freed by the server itself when a client goes away.

A client says which article it is on through a connection of its own (autocommit, outside the pool) whose
``application_name`` is ``nisba:article:ID``; everyone reads the server's list of connections
(``pg_stat_activity``, whose user and application name every user may see).  Nothing is written to the
project: when a client quits, crashes or is killed, the server ends its connection and the entry is gone,
with no row left to clean up.  A change is told to the others at once (a ``presence`` notice on the
changes channel); a client that vanished is noticed by the listeners' next look (every few seconds).
"""

from __future__ import annotations

import threading
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from annotator.storage.server_schema import CHANNEL

PREFIX = "nisba:article:"
"""The ``application_name`` of a presence connection, before the article id."""
QUERY = (
    "SELECT pid, usename, application_name FROM pg_stat_activity "
    "WHERE datname = current_database() AND application_name LIKE 'nisba:article:%' ORDER BY backend_start, pid"
)
NOTICE = "presence"
"""The payload of the notice a presence change sends (the listeners then read who is where)."""


@dataclass(frozen=True)
class Presence:
    """One client on one article: the server user, the article, and whether it is this project's own."""

    user: str
    article_id: int
    own: bool = False


def from_rows(rows: list[tuple[Any, ...]], own_pid: int | None) -> list[Presence]:
    """Presence entries from ``QUERY``'s rows (``own_pid``: this client's presence connection)."""
    found = []
    for pid, user, name in rows:
        tail = str(name or "")[len(PREFIX) :]
        if tail.isdigit():
            found.append(Presence(str(user or "?"), int(tail), pid == own_pid))
    return found


class PresenceConnection:
    """This client's presence: one autocommit connection, made on the first :meth:`set`."""

    def __init__(self, conninfo: str, own_backends: set[int]) -> None:
        self._conninfo = conninfo
        self._own = own_backends
        self._conn: Any = None
        self._lock = threading.Lock()
        self.article_id: int | None = None
        self.pid: int | None = None
        self.last_error: str | None = None
        """Why the last :meth:`set` could not reach the server (None: it did)."""

    def set(self, article_id: int | None) -> None:
        """Be shown on ``article_id`` (None: on none); a server out of reach is remembered, not raised, and
        the next call tries again."""
        import psycopg

        with self._lock:
            self.article_id = article_id
            try:
                if self._conn is None or self._conn.closed or self._conn.broken:
                    self._conn = psycopg.connect(self._conninfo, autocommit=True, application_name="Nisba")
                    self.pid = int(self._conn.info.backend_pid)
                    self._own.add(self.pid)
                name = "Nisba" if article_id is None else f"{PREFIX}{int(article_id)}"
                self._conn.execute("SELECT set_config('application_name', %s, false), pg_notify(%s, %s)",
                                   [name, CHANNEL, NOTICE])  # fmt: skip
                self.last_error = None
            except psycopg.Error as exc:
                self.last_error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                self._drop()

    def _drop(self) -> None:
        if self._conn is not None:
            with suppress(Exception):  # a broken connection may fail to close; it is gone either way
                self._conn.close()
        self._conn = None

    def close(self) -> None:
        """End the presence (the others see it gone at their next look)."""
        with self._lock:
            if self._conn is not None and not self._conn.closed and not self._conn.broken:
                # Off the article first: a listener told reads the list at once, before the connection ends.
                with suppress(Exception):
                    self._conn.execute(
                        "SELECT set_config('application_name', 'Nisba', false), pg_notify(%s, %s)", [CHANNEL, NOTICE]
                    )
            self._drop()
