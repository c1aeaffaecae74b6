"""The Project's data-safety methods (issue 6): automatic backups, backups on demand, Save a copy.

A mixin of :class:`annotator.project.Project`, kept in its own module so the service file stays
small and merges cleanly; the lock, the read-only switch and the checks on open live in
``Project.__init__``/``open``/``_write`` themselves.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.errors import InvalidValueError
from annotator.storage.models import Article

if TYPE_CHECKING:
    from annotator.storage.backups import AutoBackup, Backup, BackupPolicy


class DataSafety:
    """Backups and copies of an open project (needs the project's ``path`` and ``_read``)."""

    path: Path
    _auto_backup: AutoBackup | None

    def _read(self) -> AbstractContextManager[Session]:
        raise NotImplementedError  # provided by Project

    def _start_backups(self, policy: BackupPolicy) -> AutoBackup:
        from annotator.storage.backups import AutoBackup

        auto = AutoBackup(self.path, policy)
        with self._read() as s:
            empty = s.scalar(select(func.count()).select_from(Article)) == 0
        auto.on_open(empty=empty)
        return auto

    @property
    def backup_error(self) -> str | None:
        """Why the last automatic backup failed (None when it worked or none was tried); waits for a running one."""
        return self._auto_backup.last_error if self._auto_backup is not None else None

    @property
    def backup_running(self) -> bool:
        """Whether an automatic backup is being made in the background now (never waits)."""
        return self._auto_backup is not None and self._auto_backup.running

    def wait_for_backup(self) -> None:
        """Return once no automatic backup is running."""
        if self._auto_backup is not None:
            self._auto_backup.wait()

    def list_backups(self) -> list[Backup]:
        """This project's backups, newest first, with their claim counts (after a running one is made)."""
        from annotator.storage.backups import list_backups

        self.wait_for_backup()
        return list_backups(self.path)

    def backup_now(self, kind: str = "manual", *, keep: int | None = None) -> Backup:
        """Make a backup now (online), keeping the newest ``keep`` of its kind (default: as for automatic ones).

        Raises :class:`BackupError` if it cannot be written.
        """
        from annotator.storage.backups import DEFAULT_KEEP, make_backup

        with self._read():  # refuses a closed project
            pass
        if keep is None:
            keep = self._auto_backup.policy.keep if self._auto_backup is not None else DEFAULT_KEEP
        return make_backup(self.path, kind, keep=keep)

    def save_copy(self, path: str | Path) -> Path:
        """Write a consistent copy of the project to ``path`` (File → Save a copy); returns the path."""
        from annotator.storage.backups import copy_database

        target = Path(path).expanduser().resolve()
        if target == self.path:
            raise InvalidValueError(f"{target}: is the project itself; choose another file for the copy")
        with self._read():  # refuses a closed project
            pass
        copy_database(self.path, target)
        return target
