"""A project file's safety (issue 6), mixed into :class:`~annotator.project.facade.Project`: the automatic
backups' state, backups made now, listed, and a consistent copy to another file.  A project on a server has
none of these (its operator backs it up with pg_dump): they say so."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from annotator.errors import InvalidValueError, ProjectFileError
from annotator.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from annotator.storage.backups import Backup
    from annotator.storage.sqlite import SqliteFlavour
    from annotator.storage.store import Store


class FileSafetyProject:
    """Backups and copies of a project file."""

    _file: SqliteFlavour | None
    _store: Store
    path: Path
    location: str

    @property
    def backup_error(self) -> str | None:
        """Why the last automatic backup failed (None: it worked, or none was tried); waits for a running one."""
        auto = self._file.auto_backup if self._file is not None else None
        return auto.last_error if auto is not None else None

    @property
    def backup_running(self) -> bool:
        """Whether an automatic backup is being made in the background now (never waits)."""
        return self._file is not None and self._file.auto_backup is not None and self._file.auto_backup.running

    def wait_for_backup(self) -> None:
        """Return once no automatic backup is running."""
        if self._file is not None:
            self._file.wait_for_backup()

    def list_backups(self) -> list[Backup]:
        """This project's backups, newest first, with their claim counts (after a running one is made)."""
        from annotator.storage.backups import list_backups

        self._the_file(QT_TRANSLATE_NOOP("Core", "its backups"))
        self.wait_for_backup()
        return list_backups(self.path)

    def backup_now(self, kind: str = "manual", *, keep: int | None = None) -> Backup:
        """Make a backup now (online), keeping the newest ``keep`` of its kind; BackupError if it cannot."""
        from annotator.storage.backups import DEFAULT_KEEP, make_backup

        with self._store.read():  # refuses a closed project
            pass
        auto = self._the_file(QT_TRANSLATE_NOOP("Core", "a backup")).auto_backup
        return make_backup(
            self.path, kind, keep=keep if keep is not None else auto.policy.keep if auto else DEFAULT_KEEP
        )

    def save_copy(self, path: str | Path) -> Path:
        """Write a consistent copy of the project to ``path`` (File → Save a copy); returns the path."""
        from annotator.storage.backups import copy_database

        self._the_file(QT_TRANSLATE_NOOP("Core", "a copy to a file (annotator copy does it for a server project)"))
        target = Path(path).expanduser().resolve()
        if target == self.path:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "{path}: is the project itself; choose another file for the copy").format(
                    path=target
                )
            )
        with self._store.read():  # refuses a closed project
            pass
        copy_database(self.path, target)
        return target

    def _the_file(self, what: str) -> SqliteFlavour:
        if self._file is None:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{path}: is a project on a server, whose data the server keeps; {what} is for a "
                    "project file (on a server, the operator backs up with pg_dump)",
                ).format(path=self.location, what=what)
            )
        return self._file
