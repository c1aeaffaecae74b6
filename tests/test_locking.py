"""One writer at a time: the lock, read-only mode, and stale locks left by killed processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import Project
from annotator.errors import ProjectLockedError, ReadOnlyError
from annotator.storage.locking import lock_path_for

ROOT = Path(__file__).resolve().parents[1]

HOLDER = """
import sys
from annotator import Project
p = Project.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()
"""


def _start_holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_second_open_in_the_same_process_is_refused_and_close_releases(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    first = Project.open(path)
    assert lock_path_for(path).exists()
    with pytest.raises(ProjectLockedError, match="already open in another Nisba window") as info:
        Project.open(path)
    assert f"pid {os.getpid()}" in str(info.value) and "read-only" in str(info.value)
    first.close()
    assert not lock_path_for(path).exists()
    with Project.open(path) as again:  # sequential reopen keeps working
        assert again.articles() == []


def test_another_live_process_holds_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        p.add_article("نص المقال")
    holder = _start_holder(path)
    try:
        with pytest.raises(ProjectLockedError, match=f"pid {holder.pid}"):
            Project.open(path)
        with Project.open(path, read_only=True) as ro:  # reading alongside the writer is fine
            assert [a.text for a in ro.articles()] == ["نص المقال"]
    finally:
        holder.communicate("")
    Project.open(path).close()  # released when the holder exited normally


def test_a_killed_process_leaves_a_stale_lock_that_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    holder = _start_holder(path)
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    owner = json.loads(lock_path_for(path).read_text())
    assert owner["pid"] == holder.pid  # the file is still there...
    with Project.open(path) as p:  # ...but the OS lock died with the process
        p.add_article("text")
    assert not lock_path_for(path).exists()


def test_a_lock_file_naming_a_dead_pid_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    lock_path_for(path).write_text(json.dumps({"pid": 2**22 + 1, "host": "elsewhere", "since": "2020-01-01T00:00"}))
    with Project.open(path) as p:
        assert p.articles() == []


def test_read_only_refuses_every_change_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        article = p.add_article("some text here")
        source = p.add_source("S")
    before = path.read_bytes()
    (tmp_path / "x.txt").write_text("نص جديد", encoding="utf-8")
    with Project.open(path, read_only=True) as ro:
        assert ro.read_only and not lock_path_for(path).exists()
        for change in (
            lambda: ro.add_article("more"),
            lambda: ro.add_source("T"),
            lambda: ro.add_claim(article.id, 0, 4, [source.id]),
            lambda: ro.delete_claim(1),
            lambda: ro.import_file(tmp_path / "x.txt"),
        ):
            with pytest.raises(ReadOnlyError, match="read-only"):
                change()
        assert [s.name for s in ro.sources()] == ["S"]  # reading still works
        assert path.read_bytes() == before
        with Project.open(path) as writer:  # a read-only window does not block a writer
            writer.add_source("T")
        assert [s.name for s in ro.sources()] == ["S", "T"]  # and sees its commits


def test_read_only_does_not_create_a_missing_project(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="does not exist"):
        Project.open(tmp_path / "missing.nisba", read_only=True)
    assert not (tmp_path / "missing.nisba").exists()


def test_without_os_locks_the_recorded_pid_decides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from annotator.storage import locking

    def no_locks(_fd: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(locking, "_os_lock", no_locks)
    path = tmp_path / "p.nisba"
    first = Project.open(path)  # an empty lock file: nobody recorded, taken
    with pytest.raises(ProjectLockedError, match=f"pid {os.getpid()}"):
        Project.open(path)  # this process, alive
    first.close()
    lock_path_for(path).write_text(json.dumps({"pid": 2**22 + 1, "host": locking.socket.gethostname()}))
    Project.open(path).close()  # a dead pid on this host: stale, taken over


def test_a_project_dropped_without_close_does_not_keep_the_lock(tmp_path: Path) -> None:
    import gc

    path = tmp_path / "p.nisba"
    Project.open(path)._file.engine.dispose()
    gc.collect()
    Project.open(path).close()
