"""The storage seam: what a database flavour gives the store.

The models, the domain modules and the store above this seam are the same for every flavour; what
differs between a project file (SQLite, :class:`annotator.storage.sqlite.SqliteFlavour`) and a team
server lives behind this interface: the engine and its connection set-up, how the journal of each
transaction is captured, what must happen before a commit (the search index) and after it (backups).
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import Connection, Engine

from annotator.storage.journal import Entry


class Flavour(Protocol):
    """One open database of one flavour."""

    location: str
    """What messages call the project: its file path, or its server address without a password."""

    read_only: bool
    engine: Engine
    defer_constraints_sql: str
    """The statement that defers foreign-key checks to the commit (an undo puts rows back in any order)."""

    def begin_journal(self, conn: Connection) -> None:
        """Start capturing the rows this transaction changes (set up on this connection if needed)."""

    def end_journal(self, conn: Connection) -> list[Entry]:
        """The rows changed since :meth:`begin_journal`, in order; the capture is cleared."""

    def before_commit(self, conn: Connection, entries: list[Entry]) -> None:
        """Work that belongs in the same transaction as every change (keeping the search index in step), told
        the rows the transaction changed (:meth:`end_journal`'s entries)."""

    def after_commit(self) -> None:
        """Work after a committed change (an automatic backup when one is due)."""

    def close(self) -> None:
        """Release the database (and any lock); the flavour cannot be used afterwards."""
