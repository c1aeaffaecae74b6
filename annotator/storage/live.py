"""Live updates of a team project: other clients' commits as change records, told from a background thread.

The row triggers of :mod:`annotator.storage.server_schema` send one notice per row changed (``table op id
[article_id]``; PostgreSQL sends them at commit, and only to connections listening then).  A
:class:`ChangeListener` holds one autocommit connection of its own, outside the pool, in a daemon thread:
it gathers the notices of a commit (those that arrive together from one server process), leaves out those of
this project's own connections (their records were told at their commit already), and tells a
:class:`~annotator.storage.changes.ChangeRecord` with origin ``"remote"`` built as an operation's is.  A
lost connection is retried with back-off; notices sent meanwhile are lost (:attr:`ChangeListener.gaps`
counts the reconnections, and ``on_connection`` is told False when the connection is lost and True when it is
back, so a view knows to say so and to reload).  The same thread keeps the team's presence
(:mod:`annotator.storage.presence`): it reads who is on which article when a client says it moved, and every
few seconds (a client that vanished sends nothing), and tells ``on_presence`` when that changed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from annotator.storage.changes import ChangeRecord, record_from_entries
from annotator.storage.journal import Entry
from annotator.storage.presence import NOTICE, QUERY, Presence, from_rows
from annotator.storage.server_schema import CHANNEL

QUIET_SECONDS = 0.03
"""A commit's notices arrive together: this long without one ends the batch."""
LONGEST_BATCH_SECONDS = 0.25
"""Notices gathered longer than this are told anyway (a stream of commits from a busy team)."""
POLL_SECONDS = 0.5
"""How often the thread looks whether it should stop, while nothing arrives."""
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0)
PRESENCE_SECONDS = 3.0
"""How often the presence is read when no client said it moved (a client that died says nothing)."""


class ChangeListener:
    """Tells ``deliver`` the change records of other clients' commits; :meth:`stop` ends it."""

    def __init__(
        self,
        conninfo: str,
        own_backends: set[int],
        deliver: Callable[[ChangeRecord], None],
        on_presence: Callable[[list[Presence]], None] | None = None,
        on_connection: Callable[[bool], None] | None = None,
        own_presence: Callable[[], int | None] = lambda: None,
    ) -> None:
        self._conninfo = conninfo
        self._own = own_backends
        self._deliver = deliver
        self._on_presence = on_presence
        self._on_connection = on_connection
        self._own_presence = own_presence
        self.presence: list[Presence] | None = None
        """Who is on which article, as last read (None: not read yet)."""
        self._presence_due = 0.0
        self._stop = threading.Event()
        self.listening = threading.Event()
        """Set while the listener's connection is up and listening (cleared while it reconnects)."""
        self.gaps = 0
        """How many times the connection was lost and made again (notices sent meanwhile were lost)."""
        self.last_error: str | None = None
        self._users: dict[int, str] = {}
        self._thread = threading.Thread(target=self._run, name="nisba-live-updates", daemon=True)

    def start(self) -> None:
        """Start listening (returns once the first connection listens, or failed to)."""
        self._thread.start()
        self.listening.wait(timeout=10)

    def stop(self) -> None:
        """Stop listening and close the connection."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        failures = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    if failures:
                        self.gaps += 1
                        if self._on_connection is not None:
                            self._on_connection(True)
                    failures = 0
                    self.last_error = None
                    self.listening.set()
                    self._presence_due = 0.0
                    self._listen(conn)
            except psycopg.Error as exc:
                if self.listening.is_set() and self._on_connection is not None:
                    self._on_connection(False)
                self.listening.clear()
                self.last_error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                if self._stop.wait(BACKOFF_SECONDS[min(failures, len(BACKOFF_SECONDS) - 1)]):
                    return
                failures += 1
        self.listening.clear()

    def _listen(self, conn: Any) -> None:
        batch: list[tuple[int, str]] = []
        started = 0.0
        while not self._stop.is_set():
            arrived = False
            waiting = {"timeout": QUIET_SECONDS} if batch else {"timeout": POLL_SECONDS, "stop_after": 1}
            for notice in conn.notifies(**waiting):  # stop_after ends after a whole packet: nothing dropped
                if notice.payload == NOTICE:
                    self._presence_due = 0.0
                elif notice.pid not in self._own:
                    if not batch:
                        started = time.monotonic()
                    batch.append((notice.pid, notice.payload))
                    arrived = True
                # Never break out of this loop: notices psycopg already read with this one would be dropped.
            if batch and (not arrived or time.monotonic() - started > LONGEST_BATCH_SECONDS):
                for pid, payloads in _by_sender(batch):
                    self._tell(conn, pid, payloads)
                batch = []
            if self._on_presence is not None and time.monotonic() >= self._presence_due:
                self._read_presence(conn)

    def _read_presence(self, conn: Any) -> None:
        self._presence_due = time.monotonic() + PRESENCE_SECONDS
        now = from_rows(conn.execute(QUERY).fetchall(), self._own_presence())
        if now != self.presence:
            self.presence = now
            if self._on_presence is not None:
                self._on_presence(now)

    def _tell(self, conn: Any, pid: int, payloads: list[str]) -> None:
        entries = entries_from_notices(payloads)
        linked = {int((e.new or e.old or {})["claim_id"]) for e in entries if e.table in ("attribution", "claim_label")}
        known = {int(e.new["id"]) for e in entries if e.table == "claim" and e.new}
        missing = sorted(linked - known)
        if missing:  # a changed chain or label: its claim's article, from the database
            rows = conn.execute("SELECT id, article_id FROM claim WHERE id = ANY(%s)", [missing]).fetchall()
            entries += [Entry("claim", "u", {"id": i, "article_id": a}, {"id": i, "article_id": a}) for i, a in rows]
        record = record_from_entries(f"Changes by {self._user(conn, pid)}", entries, origin="remote")
        if record:
            self._deliver(record)

    def _user(self, conn: Any, pid: int) -> str:
        if pid not in self._users:
            row = conn.execute("SELECT usename FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()
            self._users[pid] = str(row[0]) if row and row[0] else "another client"
        return self._users[pid]


def _by_sender(batch: list[tuple[int, str]]) -> Iterable[tuple[int, list[str]]]:
    """Runs of notices from one server process, in order (one commit, or several of one client)."""
    run: list[str] = []
    sender = None
    for pid, payload in batch:
        if pid != sender and run:
            yield sender or 0, run
            run = []
        sender = pid
        run.append(payload)
    if run:
        yield sender or 0, run


def entries_from_notices(payloads: Iterable[str]) -> list[Entry]:
    """Journal entries with just the ids a change record needs, from the notices' ``table op id [article_id]``."""
    entries: list[Entry] = []
    for payload in payloads:
        parts = payload.split(" ")
        if len(parts) < 3 or parts[1] not in ("i", "u", "d") or not parts[2].isdigit():
            continue
        table, op, row_id = parts[0], parts[1], int(parts[2])
        if table in ("attribution", "claim_label"):
            image: dict[str, Any] = {"claim_id": row_id}
        elif table == "claim" and len(parts) > 3 and parts[3].isdigit():
            image = {"id": row_id, "article_id": int(parts[3])}
        else:
            image = {"id": row_id}
        entries.append(Entry(table, op, None if op == "i" else image, None if op == "d" else image))
    return entries
