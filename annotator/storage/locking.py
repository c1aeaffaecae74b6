"""One writer at a time: a lock file beside the project, held with an OS lock while the project is open.

``study.nisba.lock`` records who holds it (pid, host, time) so a second instance can say so.  What
counts is the OS lock on that file (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows): the
kernel drops it when the holding process ends, however it ends (SIGKILL, crash), so a stale lock
file left by a crashed app never blocks; the next opener simply takes it over.  A second open in the
same process is refused too (each open gets its own file description).  On a file system without
working locks the recorded pid is checked instead (a dead pid on this host means a stale lock).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import weakref
from datetime import datetime
from pathlib import Path

from annotator.errors import ProjectFileError, ProjectLockedError
from annotator.messages import QT_TRANSLATE_NOOP

LOCK_SUFFIX = ".lock"
_NO_LOCKING = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS}


def lock_path_for(project_path: Path) -> Path:
    """Where the lock file of ``project_path`` lives (beside it)."""
    return project_path.with_name(project_path.name + LOCK_SUFFIX)


def _os_lock(fd: int) -> None:
    """Take the OS lock on ``fd`` without waiting; raises OSError (EWOULDBLOCK/EACCES) if held."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _os_unlock(fd: int) -> None:
    """Drop the OS lock taken on ``fd`` by :func:`_os_lock`."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def held_elsewhere(project_path: Path) -> bool:
    """Whether another open holds the project's lock now: looked at by taking the OS lock for an instant, the
    lock file neither created nor written.  True when it cannot be told (no OS locks there, no access), so a
    caller that needs the lock free takes the usual path, which says why."""
    try:
        fd = os.open(lock_path_for(project_path), os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        _os_lock(fd)
    except OSError:
        return True
    else:
        _os_unlock(fd)
        return False
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read_owner(fd: int) -> dict[str, object]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, 4096)
        owner = json.loads(data.decode("utf-8")) if data else {}
    except (OSError, ValueError):
        return {}
    return owner if isinstance(owner, dict) else {}


def describe_owner(owner: dict[str, object]) -> str:
    """Words for who holds a lock: 'another Nisba window (pid 12, host x, since 10:02)'."""
    if not owner:
        return QT_TRANSLATE_NOOP("Core", "another Nisba window")
    pid, host, since = owner.get("pid"), owner.get("host"), owner.get("since")
    if isinstance(since, str):
        return QT_TRANSLATE_NOOP("Core", "another Nisba window (pid {pid}, on {host}, since {time})").format(
            pid=pid, host=host, time=since[:16].replace("T", " ")
        )
    return QT_TRANSLATE_NOOP("Core", "another Nisba window (pid {pid}, on {host})").format(pid=pid, host=host)


class ProjectLock:
    """The held lock of one project; :meth:`release` it when the project closes."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd
        # A project dropped without close() still lets go of the OS lock when collected.
        self._finalizer = weakref.finalize(self, os.close, fd)

    @classmethod
    def acquire(cls, project_path: Path) -> ProjectLock:
        """Take the lock of ``project_path`` or raise :class:`ProjectLockedError` naming the holder."""
        path = lock_path_for(project_path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Core", "{path}: cannot create the folder ({reason})").format(
                    path=project_path, reason=exc.strerror or str(exc)
                )
            ) from exc
        for _attempt in range(10):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise ProjectFileError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{path}: cannot create the lock file {name} ({reason}); "
                        "the folder may be read-only: open the project read-only",
                    ).format(path=project_path, name=path.name, reason=exc.strerror or str(exc))
                ) from exc
            try:
                _os_lock(fd)
            except OSError as exc:
                owner = _read_owner(fd)
                if exc.errno in _NO_LOCKING and not _held_by_live_pid(owner):
                    pass  # no OS locks here, and the recorded owner is gone: take it over
                else:
                    os.close(fd)
                    raise ProjectLockedError(project_path, describe_owner(owner)) from exc
            if not _same_file(fd, path):
                os.close(fd)  # the holder released (removed) it between our open and lock: start again
                continue
            lock = cls(path, fd)
            lock._write_owner()
            return lock
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Core", "{path}: could not take the lock file {name}; try again").format(
                path=project_path, name=path.name
            )
        )

    def _write_owner(self) -> None:
        assert self._fd is not None
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "since": datetime.now().isoformat("T", "seconds")}
        with contextlib.suppress(OSError):  # the record is informative; the OS lock is what counts
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, json.dumps(owner).encode("utf-8"))

    def release(self) -> None:
        """Remove the lock file and drop the OS lock (in that order, so no one takes a removed file)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._finalizer()  # closes the file, which drops the OS lock
        self._fd = None


def _held_by_live_pid(owner: dict[str, object]) -> bool:
    pid = owner.get("pid")
    if not isinstance(pid, int) or owner.get("host") != socket.gethostname():
        return isinstance(pid, int)  # another host: cannot tell, assume it is alive
    return pid == os.getpid() or _pid_alive(pid)


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)
