"""Automatic rotating backups, Save a copy, listing and restoring, and what happens when the disk is full."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from annotator import Project
from annotator.errors import BackupError, InvalidValueError, ProjectFileError, ProjectLockedError
from annotator.storage import backups
from annotator.storage.backups import backup_dir, list_backups, restore_backup


def _claims(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT count(*) FROM claim").fetchone()[0])
    finally:
        con.close()


def _fill(p: Project, n: int) -> None:
    article = p.articles()[0] if p.articles() else p.add_article("قال الرئيس إن الاتفاق تاريخي " * 5)
    source = p.sources()[0] if p.sources() else p.add_source("بوتين", "person")
    for i in range(n):
        p.add_claim(article.id, i, i + 3, [source.id])


def test_backup_on_open_only_when_something_changed(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        assert p.list_backups() == []  # a new, empty project is not backed up
        _fill(p, 2)
    with Project.open(path) as p:
        [first] = p.list_backups()
        assert first.kind == "auto" and first.claims == 2 and first.articles == 1
    with Project.open(path) as p:  # nothing changed since: no second copy
        assert len(p.list_backups()) == 1
        _fill(p, 1)
    with Project.open(path) as p:
        assert [b.claims for b in p.list_backups()] == [3, 2]


def test_backups_every_n_minutes_while_changes_are_made_keeping_the_last_k(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    monkeypatch.setattr(backups.time, "monotonic", lambda: now[0])
    path = tmp_path / "p.nisba"
    with Project.open(path, backup_every_minutes=5, keep_backups=3) as p:
        _fill(p, 1)
        now[0] += 4 * 60
        _fill(p, 1)
        assert p.list_backups() == []  # not yet five minutes
        for _ in range(5):
            now[0] += 5 * 60
            _fill(p, 1)
        made = p.list_backups()
        assert [b.claims for b in made] == [7, 6, 5]  # the newest three of five
        assert all(b.path.parent == backup_dir(path) for b in made)
        assert p.backup_error is None


def test_only_on_open_when_interval_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [0.0]
    monkeypatch.setattr(backups.time, "monotonic", lambda: now[0])
    with Project.open(tmp_path / "p.nisba", backup_every_minutes=None) as p:
        for _ in range(3):
            now[0] += 3600
            _fill(p, 1)
        assert p.list_backups() == []


def test_save_a_copy_is_a_whole_project(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        _fill(p, 4)
        copy = p.save_copy(tmp_path / "نسخة مع مسافات" / "copy.nisba")
        with pytest.raises(InvalidValueError, match="project itself"):
            p.save_copy(path)
        _fill(p, 1)  # the open project goes on
    assert _claims(copy) == 4
    assert not [f for f in copy.parent.iterdir() if f.name.endswith((".tmp", "-wal", "-journal"))]
    with Project.open(copy) as c:
        assert len(c.claims()) == 4


def test_restore_keeps_a_safety_copy_of_the_current_file(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        _fill(p, 2)
        old = p.backup_now()
        _fill(p, 3)
        with pytest.raises(ProjectLockedError):
            restore_backup(path, old.path)  # not while it is open for writing
    safety = restore_backup(path, old.path)
    assert safety is not None and safety.name.startswith("before-restore-")
    assert _claims(safety) == 5
    with Project.open(path) as p:
        assert len(p.claims()) == 2
        kinds = {b.kind for b in p.list_backups()}
        assert {"manual", "before-restore"} <= kinds


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        _fill(p, 1)
    bad = tmp_path / "bad.nisba"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = path.read_bytes()
    with pytest.raises(BackupError, match="choose another backup"):
        restore_backup(path, bad)
    assert path.read_bytes() == before


def _full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_during_a_backup_or_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path, backup_every_minutes=0) as p:
        _fill(p, 1)
        good = p.list_backups()
        (tmp_path / "copy.nisba").write_bytes(b"earlier copy")
        monkeypatch.setattr(backups.os, "fsync", _full)
        with pytest.raises(BackupError, match="No space left on device"):
            p.save_copy(tmp_path / "copy.nisba")
        assert (tmp_path / "copy.nisba").read_bytes() == b"earlier copy"
        _fill(p, 1)  # the automatic backup fails, the action does not
        assert p.backup_error is not None and "No space left" in p.backup_error
        assert len(p.claims()) == 2
        assert [b.path for b in p.list_backups()] == [b.path for b in good]
        monkeypatch.undo()
        _fill(p, 1)
        assert p.backup_error is None and p.list_backups()[0].claims == 3
    leftovers = [f for f in tmp_path.rglob("*.tmp")]
    assert leftovers == []


def test_sqlite_reports_disk_full_mid_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        _fill(p, 1)

        class FullConnection:
            def __init__(self, real: sqlite3.Connection) -> None:
                self.real = real

            def backup(self, _target: sqlite3.Connection) -> None:
                raise sqlite3.OperationalError("database or disk is full")

            def close(self) -> None:
                self.real.close()

        real_connect = sqlite3.connect
        monkeypatch.setattr(
            backups.sqlite3, "connect", lambda *a, **k: FullConnection(real_connect(*a, **k)) if k else real_connect(*a)
        )
        with pytest.raises(BackupError, match="disk is full"):
            p.backup_now()
    monkeypatch.undo()
    assert list_backups(path) == [] and not list(backup_dir(path).glob(".*"))


def test_disk_full_while_saving_a_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Project.open(tmp_path / "p.nisba") as p:
        _fill(p, 1)

        def full(_connection: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(p._file.engine.dialect, "do_commit", full)
        with pytest.raises(ProjectFileError, match=r"could not be saved \(database or disk is full\); nothing was"):
            _fill(p, 1)
        monkeypatch.undo()
        assert len(p.claims()) == 1
        _fill(p, 1)
        assert len(p.claims()) == 2


def test_automatic_backups_run_in_the_background_and_finish_before_close(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        _fill(p, 2)
    release = threading.Event()
    real = backups.make_backup

    def slow(*args: object, **kwargs: object) -> object:
        assert release.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "make_backup", slow)
    p = Project.open(path)  # returns while the backup made at opening is still being written
    assert p.backup_running and len(p.claims()) == 2
    _fill(p, 1)  # the user works meanwhile (the copy, made once released, holds this claim too)
    release.set()
    [made] = p.list_backups()  # waits for it
    assert (made.kind, made.claims) == ("auto", 3) and not p.backup_running and p.backup_error is None
    release.clear()
    now = [backups.time.monotonic() + 3600]
    monkeypatch.setattr(backups.time, "monotonic", lambda: now[0])
    _fill(p, 1)  # an hour later a change makes the next one fall due
    assert p.backup_running
    threading.Timer(0.2, release.set).start()
    p.close()  # waits for it before letting the file go
    assert not p.backup_running
    assert [b.claims for b in backups.list_backups(path)] == [4, 3]
