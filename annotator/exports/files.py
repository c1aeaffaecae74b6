"""What every export shares: its summary and counts in words, progress callbacks, formula-like text, atomic writes."""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from annotator.errors import ExportError
from annotator.messages import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], bool]  # (claims written, claims in all) -> go on?
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ExportSummary:
    """What an export wrote."""

    path: Path
    claims: int = 0
    articles: int = 0
    sources: int = 0
    notes: list[str] = field(default_factory=list)


def counted(n: int, one: str, many: str) -> str:
    """``n`` with its noun in the right number (English): "1 claim", "2 claims", "0 claims"."""
    return f"{n:,} {one if n == 1 else many}"


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed over it when the block succeeds, removed otherwise.

    A failed or cancelled export never leaves a half file and never touches an earlier file at ``target``.
    """
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("Core", "{path}: the folder {folder} does not exist").format(path=target, folder=folder)
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=f"{target.suffix}.part", dir=folder)
    except OSError as exc:
        _close_archives(exc)
        raise ExportError(
            QT_TRANSLATE_NOOP("Core", "{path}: cannot write in {folder} ({reason})").format(
                path=target, folder=folder, reason=str(exc.strerror or exc)
            )
        ) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600
        _fsync(tmp)  # the bytes reach the disk before the name does: a power cut leaves old or new, never empty
        os.replace(tmp, target)
        _fsync(folder, directory=True)
    except OSError as exc:
        _close_archives(exc)
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Core", "{path}: could not be written ({reason}); any earlier file there is unchanged"
            ).format(path=target, reason=str(exc.strerror or exc))
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def _fsync(path: Path, *, directory: bool = False) -> None:
    """Flush a file (or a folder's entries) to disk; some file systems cannot sync a folder, which is no error."""
    try:
        fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0))
    except OSError:
        if directory:
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


def _close_archives(exc: BaseException) -> None:
    """Close a zip archive (openpyxl's) left open when writing failed (a full disk, say).

    Left to the garbage collector, its ``__del__`` would try to write again and fail where no one
    can catch it.  A failed ``close()`` still lets go of the file, so trying once here is enough.
    """
    tb = exc.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if isinstance(value, zipfile.ZipFile):
                with contextlib.suppress(Exception):
                    value.close()
        tb = tb.tb_next


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
