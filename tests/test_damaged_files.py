"""Damaged files: refused with a clear message, never written to, and recoverable from a backup."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator import Project
from annotator.errors import DamagedProjectError, ProjectFileError
from annotator.storage.backups import list_backups, restore_backup


def _project_with_backup(tmp_path: Path, claims: int = 40) -> Path:
    path = tmp_path / "study.nisba"
    with Project.open(path) as p:
        article = p.add_article("قال المتحدث باسم الوزارة إن المحادثات مستمرة. " * 80)
        source = p.add_source("الوزارة", "government")
        for i in range(claims):
            p.add_claim(article.id, i * 10, i * 10 + 8, [source.id], note="ملاحظة " * 20)
    Project.open(path).close()  # the backup on open
    assert len(list_backups(path)) == 1
    return path


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : 2 * page] = random.Random(6).randbytes(page)  # the second page: a table's b-tree page
    path.write_bytes(bytes(data))


def _garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(5000))


def _other_program(path: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_truncate, "is damaged (truncated"),
        (_random_page, "is damaged"),
        (_garbage, "not a Nisba project (not an SQLite database)"),
        (_other_program, "another program"),
        (_emptied, "is damaged (empty"),
    ],
)
def test_damaged_file_is_refused_untouched_and_restorable(
    tmp_path: Path, damage: Callable[[Path], None], words: str
) -> None:
    path = _project_with_backup(tmp_path)
    damage(path)
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    with pytest.raises(ProjectFileError) as info:
        Project.open(path)
    message = str(info.value)
    assert words in message and str(path) in message
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before
    [newest] = list_backups(path)
    safety = restore_backup(path, newest.path)
    assert safety is not None and safety.read_bytes() == before[0]  # the damaged bytes are kept as they were
    with Project.open(path) as p:
        assert len(p.claims()) == 40
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.close()


def test_random_bytes_anywhere_never_open_a_broken_project(tmp_path: Path) -> None:
    """Damage to the structure is refused; bytes inside a stored text cannot be detected (SQLite keeps no
    checksums of values) and read as U+FFFD instead of failing.  Nothing else may escape."""
    path = _project_with_backup(tmp_path)
    pristine = path.read_bytes()
    rng = random.Random(66)
    refused = 0
    for _ in range(30):
        data = bytearray(pristine)
        at = rng.randrange(100, len(data) - 64)
        data[at : at + 64] = rng.randbytes(64)
        path.write_bytes(bytes(data))
        try:
            with Project.open(path, backup_on_open=False) as p:
                p.claims()
                p.articles()
        except DamagedProjectError:
            refused += 1
            assert path.read_bytes() == bytes(data)
    assert refused > 0


def test_a_zero_byte_file_without_backups_is_a_new_project(tmp_path: Path) -> None:
    path = tmp_path / "new.nisba"
    path.write_bytes(b"")
    with Project.open(path) as p:
        assert p.articles() == []
