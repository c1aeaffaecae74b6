"""The SQLite flavour: a project file, with its lock, its checks on opening, its backups and its journal.

Everything SQLite-specific that the store needs sits behind :class:`SqliteFlavour` (the rest lives in the
modules it calls: :mod:`~annotator.storage.engine` for opening and checking the file,
:mod:`~annotator.storage.locking`, :mod:`~annotator.storage.backups`, and the FTS5 index of
:mod:`~annotator.storage.claim_search`).  The journal is filled by temporary triggers, created on each
connection the first time it runs an operation: they belong to that connection only, so another
program writing the file never meets them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from annotator.storage import claim_search
from annotator.storage.engine import check_writable, open_engine
from annotator.storage.journal import JOURNALED, Entry, columns, read_entries
from annotator.storage.locking import ProjectLock
from annotator.storage.models import Article

if TYPE_CHECKING:
    from annotator.storage.backups import AutoBackup, BackupPolicy

_JOURNAL = "nisba_journal"
_READY = "nisba_journal_ready"


def _image(table: str, row: str, for_update: bool = False) -> str:
    pairs = ", ".join(f"'{c}', {row}.\"{c}\"" for c in columns(table, for_update=for_update))
    return f"json_object({pairs})"


def journal_ddl() -> list[str]:
    """The temporary table and triggers that journal every change of the journaled tables on one connection."""
    ddl = [
        f"CREATE TEMP TABLE IF NOT EXISTS {_JOURNAL} "
        "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, old TEXT, new TEXT)"
    ]
    for table in JOURNALED:
        values = {
            "INSERT": f"'{table}', 'i', NULL, {_image(table, 'NEW')}",
            "UPDATE": f"'{table}', 'u', {_image(table, 'OLD', True)}, {_image(table, 'NEW', True)}",
            "DELETE": f"'{table}', 'd', {_image(table, 'OLD')}, NULL",
        }
        for event, row in values.items():
            ddl.append(
                f'CREATE TEMP TRIGGER IF NOT EXISTS {_JOURNAL}_{table}_{event.lower()} AFTER {event} ON main."{table}" '
                f"BEGIN INSERT INTO {_JOURNAL} (tbl, op, old, new) VALUES ({row}); END"
            )
    return ddl


class SqliteFlavour:
    """An open project file: locked for this process unless read-only, checked before any write."""

    defer_constraints_sql = "PRAGMA defer_foreign_keys = ON"

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.location = str(path)
        self.read_only = read_only
        if not read_only:
            check_writable(path)
        self._lock = None if read_only else ProjectLock.acquire(path)
        try:
            self.engine = open_engine(path, read_only=read_only)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise
        self.auto_backup: AutoBackup | None = None

    def start_backups(self, policy: BackupPolicy) -> None:
        """Back the file up now if due, then every so often while changes are made (in the background)."""
        from annotator.storage.backups import AutoBackup

        auto = AutoBackup(self.path, policy)
        with self.engine.connect() as conn:
            empty = conn.scalar(select(func.count()).select_from(Article)) == 0
        auto.on_open(empty=empty)
        self.auto_backup = auto

    def heal_search(self) -> None:
        """Bring the search index in step if it is not (a file written by another tool, or an older fold)."""
        with self.engine.connect() as conn:
            if claim_search.in_step(conn):
                return
        with self.engine.begin() as conn:
            claim_search.heal(conn)

    def wait_for_backup(self) -> None:
        """Return once no automatic backup is running."""
        if self.auto_backup is not None:
            self.auto_backup.wait()

    def begin_journal(self, conn: Connection) -> None:
        info = conn.connection.info
        if not info.get(_READY):
            for statement in journal_ddl():  # before any change: pysqlite runs it outside the transaction
                conn.exec_driver_sql(statement)
            info[_READY] = True
        conn.exec_driver_sql(f"DELETE FROM temp.{_JOURNAL}")

    def end_journal(self, conn: Connection) -> list[Entry]:
        entries = read_entries(conn, f"temp.{_JOURNAL}")
        conn.exec_driver_sql(f"DELETE FROM temp.{_JOURNAL}")
        return entries

    def before_commit(self, conn: Connection, entries: list[Entry]) -> None:
        claim_search.fold_pending(conn)  # the search index, in the same transaction as the change (issue 7)

    def after_commit(self) -> None:
        if self.auto_backup is not None:
            self.auto_backup.after_change()

    def close(self) -> None:
        self.wait_for_backup()  # a backup in the background finishes before the lock is released
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
