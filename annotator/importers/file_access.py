"""Reading a file the user named: only a regular file, and never more than the size limit.

The limit is enforced while reading, not only on ``stat()``: a file that grows (or is swapped)
after the check is cut off at the limit and refused.  FIFOs, devices (``/dev/zero``,
``/dev/urandom``), sockets and folders are refused before anything is read from them, and a
FIFO is never opened, so nothing blocks waiting for a writer.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from annotator.errors import FileTooLargeError, UnreadableFileError
from annotator.messages import QT_TRANSLATE_NOOP

_CHUNK = 1 << 20
_ONE_ARTICLE = QT_TRANSLATE_NOOP("Core", "one article")
_NUL_IN_NAME = QT_TRANSLATE_NOOP("Core", "has a NUL character in its name, which no file name can hold")


def size_text(size: int) -> str:
    """A size for people: ``10 bytes``, ``1.5 KB``, ``20 MB``."""
    if size < 1024:
        if size == 1:
            return QT_TRANSLATE_NOOP("Core", "1 byte")
        return QT_TRANSLATE_NOOP("Core", "{count} bytes").format(count=size)
    for unit, scale in (("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30)):
        if size < scale * 1024 or unit == "GB":
            value = size / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def too_large(path: object, size: int | None, max_bytes: int, what: str) -> FileTooLargeError:
    """The refusal of a file of ``size`` bytes (None: it kept growing while read) over ``max_bytes``."""
    limit = size_text(max_bytes)
    if size is None:
        return FileTooLargeError(
            path,
            QT_TRANSLATE_NOOP("Core", "grew past the limit of {limit} for {what} while it was read").format(
                limit=limit, what=what
            ),
        )
    shown = size_text(size)
    if shown == limit:  # 20.0 MB against a 20 MB limit says nothing: give the bytes
        shown = QT_TRANSLATE_NOOP("Core", "{count} bytes").format(count=f"{size:,}")
        limit = QT_TRANSLATE_NOOP("Core", "{count} bytes").format(count=f"{max_bytes:,}")
    return FileTooLargeError(
        path,
        QT_TRANSLATE_NOOP("Core", "is {size}, larger than the limit of {limit} for {what}").format(
            size=shown, limit=limit, what=what
        ),
    )


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("Core", "is a folder, not a file")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("Core", "is a named pipe (FIFO), not a file; only regular files are read")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("Core", "is a device, not a file; only regular files are read")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("Core", "is a socket, not a file; only regular files are read")
    return QT_TRANSLATE_NOOP("Core", "is not a regular file")


def _os_error(path: object, exc: OSError) -> UnreadableFileError:
    if isinstance(exc, FileNotFoundError):
        return UnreadableFileError(path, QT_TRANSLATE_NOOP("Core", "does not exist"))
    if isinstance(exc, PermissionError):
        return UnreadableFileError(path, QT_TRANSLATE_NOOP("Core", "cannot be read (permission denied)"))
    return UnreadableFileError(
        path, QT_TRANSLATE_NOOP("Core", "cannot be read ({reason})").format(reason=exc.strerror or str(exc))
    )


def regular_file_refusal(path: str | Path) -> str | None:
    """Why ``path`` is not a regular file that can be opened (a NUL in its name, missing, a folder, a device...),
    or None when it is one. For readers that hand the path to a library rather than read its bytes here."""
    if "\x00" in str(path):
        return _NUL_IN_NAME
    try:
        return _kind(Path(path).stat().st_mode)
    except OSError as exc:
        return _os_error(path, exc).reason


def read_regular_file(path: str | Path, max_bytes: int, what: str = _ONE_ARTICLE) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    Raises UnreadableFileError (missing, a folder, a FIFO or device, a NUL in the name,
    unreadable) or FileTooLargeError (over ``max_bytes``, on ``stat()`` or while reading),
    each naming the file.
    """
    if "\x00" in str(path):
        raise UnreadableFileError(path, _NUL_IN_NAME)
    p = Path(path)
    try:
        before = p.stat()
        refusal = _kind(before.st_mode)
        if refusal:
            raise UnreadableFileError(p, refusal)
        if before.st_size > max_bytes:
            raise too_large(p, before.st_size, max_bytes, what)
        # O_NONBLOCK: if the path became a FIFO since stat(), opening it must not wait for a writer.
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _os_error(p, exc) from exc
    try:
        refusal = _kind(os.fstat(fd).st_mode)
        if refusal:
            raise UnreadableFileError(p, refusal)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise too_large(p, None, max_bytes, what)
    except OSError as exc:
        raise _os_error(p, exc) from exc
    finally:
        os.close(fd)
    return b"".join(chunks)
