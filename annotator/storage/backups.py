"""Backups: rotating copies of a project made with SQLite's online backup API, and restoring them.

Backups live in a folder beside the project, ``study.nisba.backups/``, so they travel with it (a
project on a USB stick keeps its backups) and a user finds them next to the file.  Names carry the
kind and the UTC time: ``auto-20261129T071203.123456Z.nisba``.  Kinds: ``auto`` (on open, and every
N minutes while changes are made), ``manual``, ``before-restore`` (the file a restore replaced),
``before-migration`` (the file as an older app left it).  Each kind keeps its newest K copies.

Every copy is written to a hidden temporary file in the target folder, checked (``quick_check``),
flushed to disk, then renamed into place: a copy either exists whole or not at all.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from annotator.errors import BackupError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.file_format import APPLICATION_ID
from annotator.storage.locking import ProjectLock

log = logging.getLogger(__name__)

BACKUP_DIR_SUFFIX = ".backups"
KINDS = ("auto", "manual", "before-restore", "before-migration")
DEFAULT_KEEP = 10
DEFAULT_EVERY_MINUTES = 10.0
_NAME = re.compile(r"^(?P<kind>[a-z-]+)-(?P<stamp>\d{8}T\d{6}\.\d{6})Z(?:-\d+)?\.nisba$")
_STAMP = "%Y%m%dT%H%M%S.%f"
_TEMP_MAX_AGE = 600.0  # seconds: older hidden temporaries are leftovers of a killed process


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was made, why, and what it holds (None when it cannot be read)."""

    path: Path
    kind: str
    created: datetime  # UTC
    size: int
    claims: int | None
    articles: int | None


@dataclass(frozen=True)
class BackupPolicy:
    """How often automatic backups are made and how many are kept (``every_minutes=None``: only on open)."""

    every_minutes: float | None = DEFAULT_EVERY_MINUTES
    keep: int = DEFAULT_KEEP
    on_open: bool = True


def backup_dir(project_path: Path) -> Path:
    """The folder holding the backups of ``project_path``."""
    return project_path.with_name(project_path.name + BACKUP_DIR_SUFFIX)


def ro_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only (any characters in the path)."""
    return f"file:{quote(str(path))}?mode=ro"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy a database to ``target`` with the online backup API, atomically (temporary file, check, rename).

    ``source`` is a path (opened read-only) or an open connection.  The copy uses the rollback
    journal (one self-contained file).  Raises :class:`BackupError` (disk full, unwritable folder,
    unreadable source); ``target`` is then unchanged and no temporary file is left.
    """
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = source if isinstance(source, sqlite3.Connection) else sqlite3.connect(ro_uri(source), uri=True)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                result = dst.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise BackupError(
                        QT_TRANSLATE_NOOP("Core", "{path}: the copy failed its check ({reason})").format(
                            path=target, reason=result
                        )
                    )
            finally:
                dst.close()
        finally:
            if src is not source:
                src.close()
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise BackupError(
            QT_TRANSLATE_NOOP("Core", "{path}: could not be written ({reason}); nothing was changed").format(
                path=target, reason=_reason(exc)
            )
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _first_values(path: Path, *statements: str) -> list[Any]:
    """The first value each statement gives, read through a read-only connection (sqlite3.Error if it cannot)."""
    con = sqlite3.connect(ro_uri(path), uri=True)
    try:
        return [con.execute(sql).fetchone()[0] for sql in statements]
    finally:
        con.close()


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        claims, articles = _first_values(path, "SELECT count(*) FROM claim", "SELECT count(*) FROM article")
    except sqlite3.Error:
        return None, None
    return int(claims), int(articles)


def list_backups(project_path: Path, *, counts: bool = True) -> list[Backup]:
    """The backups of ``project_path``, newest first (with claim and article counts unless ``counts=False``)."""
    folder = backup_dir(project_path)
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        claims, articles = _counts(entry) if counts else (None, None)
        found.append(Backup(entry, match["kind"], created, entry.stat().st_size, claims, articles))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def make_backup(project_path: Path, kind: str = "auto", *, keep: int = DEFAULT_KEEP) -> Backup:
    """Back up ``project_path`` now (online: it may be open and in use) and keep the newest ``keep`` of this kind."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    now = datetime.now(UTC)
    folder = backup_dir(project_path)
    name = f"{kind}-{now.strftime(_STAMP)}Z.nisba"
    target = folder / name
    n = 1
    while target.exists():
        target = folder / name.replace("Z.nisba", f"Z-{n}.nisba")
        n += 1
    copy_database(project_path, target)
    prune(project_path, kind, keep)
    claims, articles = _counts(target)
    return Backup(target, kind, now, target.stat().st_size, claims, articles)


def prune(project_path: Path, kind: str, keep: int) -> None:
    """Delete all but the newest ``keep`` backups of ``kind``, and temporaries left by killed processes."""
    for old in [b for b in list_backups(project_path, counts=False) if b.kind == kind][max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    with contextlib.suppress(OSError):
        for temp in backup_dir(project_path).glob(".*.tmp"):
            if time.time() - temp.stat().st_mtime > _TEMP_MAX_AGE:
                temp.unlink()


def check_backup(path: Path) -> None:
    """Raise :class:`BackupError` unless ``path`` is a whole, readable Nisba project."""
    try:
        app_id, result = _first_values(path, "PRAGMA application_id", "PRAGMA quick_check")
    except sqlite3.Error as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Core", "{path}: cannot be read as a project ({reason}); choose another backup").format(
                path=path, reason=str(exc)
            )
        ) from exc
    if app_id != APPLICATION_ID:
        raise BackupError(
            QT_TRANSLATE_NOOP("Core", "{path}: is not a Nisba project; choose another backup").format(path=path)
        )
    if result != "ok":
        raise BackupError(
            QT_TRANSLATE_NOOP("Core", "{path}: is damaged ({reason}); choose another backup").format(
                path=path, reason=result
            )
        )


def restore_backup(project_path: Path, backup: Path, *, keep: int = DEFAULT_KEEP) -> Path | None:
    """Replace ``project_path`` by ``backup``; returns the safety copy of the replaced file (None if there was none).

    The project must not be open for writing (its lock is taken for the whole restore).  The
    current file is first copied into the backups folder as ``before-restore`` (online if it is
    readable, byte for byte if it is damaged); the backup itself is left in place.
    """
    check_backup(backup)
    lock = ProjectLock.acquire(project_path)
    try:
        safety = _safety_copy(project_path, keep) if project_path.exists() else None
        temp = project_path.with_name(f".{project_path.name}.restoring")
        copy_database(backup, temp)
        try:
            # The replaced file's WAL must never be applied to the restored one: remove it first.
            # (A crash right here loses nothing: the safety copy holds the replaced file whole.)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    project_path.with_name(project_path.name + suffix).unlink()
            os.replace(temp, project_path)
            _fsync_dir(project_path.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise BackupError(
                QT_TRANSLATE_NOOP("Core", "{path}: could not be replaced ({reason})").format(
                    path=project_path, reason=_reason(exc)
                )
            ) from exc
    finally:
        lock.release()
    return safety


def _safety_copy(project_path: Path, keep: int) -> Path:
    folder = backup_dir(project_path)
    target = folder / f"before-restore-{datetime.now(UTC).strftime(_STAMP)}Z.nisba"
    try:
        check_backup(project_path)
        copy_database(project_path, target)
    except BackupError:  # damaged or foreign: keep its bytes (and its WAL) exactly
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for suffix in ("", "-wal"):
                src = project_path.with_name(project_path.name + suffix)
                if src.exists():
                    shutil.copy2(src, target.with_name(target.name + suffix))
        except OSError as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Core", "{path}: could not keep a safety copy before restoring ({reason}); nothing was changed"
                ).format(path=project_path, reason=_reason(exc))
            ) from exc
    prune(project_path, "before-restore", keep)
    return target


def last_change(project_path: Path) -> float:
    """When the project's content last changed on disk, as a timestamp.

    The file's own time, or its WAL's if that holds frames: opening a project creates an empty WAL,
    and closing one without changes leaves the file's time alone.
    """
    times = []
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            st = project_path.with_name(project_path.name + suffix).stat()
            if suffix == "" or st.st_size > 0:
                times.append(st.st_mtime)
    return max(times, default=0.0)


class AutoBackup:
    """Makes the automatic backups of one open project: on open, then after changes every N minutes.

    Each runs in a background thread (SQLite's online backup reads a consistent snapshot through its own
    connection, without the GIL), so copying a project of 200,000 claims (about a second) delays neither
    the opening nor the action after which it falls due.  A failed automatic backup never fails the
    user's action (already committed): it is logged and kept in :attr:`last_error` for the UI to show.
    """

    def __init__(self, project_path: Path, policy: BackupPolicy, clock: Callable[[], float] | None = None) -> None:
        self.path = project_path
        self.policy = policy
        self._clock = clock or (lambda: time.monotonic())
        self._last = self._clock()
        self._last_error: str | None = None
        self._made: Backup | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """Whether a backup is being made in the background now."""
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        """Return once no backup is running (at once when none is)."""
        if self._thread is not None:
            self._thread.join()

    @property
    def last_error(self) -> str | None:
        """Why the last automatic backup failed (None when it worked); waits for one still running."""
        self.wait()
        return self._last_error

    @property
    def last(self) -> Backup | None:
        """The last automatic backup made here; waits for one still running."""
        self.wait()
        return self._made

    def on_open(self, *, empty: bool) -> None:
        """Back up at open unless the project is empty or unchanged since its newest automatic backup."""
        self._last = self._clock()
        if not self.policy.on_open or empty:
            return
        newest = next((b for b in list_backups(self.path, counts=False) if b.kind == "auto"), None)
        if newest is None or last_change(self.path) > newest.created.timestamp():
            self._run()

    def after_change(self) -> None:
        """Called after each committed change: back up if the interval has passed."""
        every = self.policy.every_minutes
        if every is not None and self._clock() - self._last >= every * 60:
            self._run()

    def _run(self) -> None:
        self._last = self._clock()
        self.wait()  # one at a time
        self._thread = threading.Thread(target=self._make, name="nisba-auto-backup", daemon=True)
        self._thread.start()

    def _make(self) -> None:
        try:
            self._made = make_backup(self.path, "auto", keep=self.policy.keep)
            self._last_error = None
        except BackupError as exc:
            self._last_error = str(exc)
            log.warning("automatic backup failed: %s", exc)
        except Exception as exc:  # a background thread has no caller to tell: keep it for the UI
            self._last_error = f"{self.path}: the backup failed unexpectedly ({exc!r})"
            log.exception("automatic backup failed")
