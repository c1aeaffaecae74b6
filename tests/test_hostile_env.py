"""Hostile surroundings: read-only files and folders, a full disk, odd paths.  Clear messages, no corruption.

Running as root, permissions do not stop writes; these tests use what does: an immutable file
(``chattr +i``) and small tmpfs mounts (read-only, or full).  Where those are not allowed (not root,
no CAP_SYS_ADMIN) they are skipped, and the same code paths are exercised through ``os.access``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator import Project
from annotator.errors import ExportError, ProjectFileError, ReadOnlyError, ReadOnlyFileError
from annotator.storage import engine as storage
from annotator.storage.backups import list_backups, restore_backup
from annotator.storage.locking import lock_path_for


def _fill(path: Path, claims: int = 3) -> None:
    with Project.open(path) as p:
        article = p.add_article("قال الرئيس إن الاتفاق تاريخي. " * 20)
        source = p.add_source("بوتين", "person")
        for i in range(claims):
            p.add_claim(article.id, i, i + 5, [source.id])


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True)


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root and mount(8) to make a small file system")
    result = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()}); needs CAP_SYS_ADMIN")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def test_read_only_file_is_refused_for_writing_and_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.nisba"
    _fill(path)
    before = path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(storage.os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode))
    with pytest.raises(ReadOnlyFileError, match=r"p\.nisba: is read-only .* open it read-only"):
        Project.open(path)
    assert not lock_path_for(path).exists()
    with Project.open(path, read_only=True) as p:
        assert len(p.claims()) == 3
    assert path.read_bytes() == before


def test_immutable_file_for_real(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    _fill(path)
    if shutil.which("chattr") is None or _run("chattr", "+i", str(path)).returncode != 0:
        pytest.skip("chattr +i is not available here (needs root on ext4/xfs)")
    try:
        before = path.read_bytes()
        with pytest.raises(ReadOnlyFileError, match="is read-only"):
            Project.open(path)
        with Project.open(path, read_only=True) as p:
            assert len(p.claims()) == 3
            with pytest.raises(ReadOnlyError):
                p.add_source("x")
        assert path.read_bytes() == before
    finally:
        _run("chattr", "-i", str(path))


def test_read_only_folder_for_real(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "ro", "4m") as folder:
        path = folder / "مشروع.nisba"
        _fill(path)
        before = path.read_bytes()
        assert _run("mount", "-o", "remount,ro", str(folder)).returncode == 0
        with pytest.raises(ReadOnlyFileError, match="read-only"):
            Project.open(path)
        with Project.open(path, read_only=True) as p:
            assert len(p.claims()) == 3
        assert path.read_bytes() == before


def test_disk_full_for_real(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "small", "400k") as folder:
        path = folder / "p.nisba"
        saved = 0
        made: list[int] = []  # the article's and the source's ids, once stored
        with Project.open(path, backup_every_minutes=0) as p:
            # The opening backup's thread takes room while the article is added: the disk may fill at any step.
            with pytest.raises(ProjectFileError, match=r"could not be saved .*full"):
                made.append(p.add_article("قال المتحدث إن المحادثات مستمرة. " * 200).id)
                made.append(p.add_source("الوزارة", "government").id)
                for i in range(100_000):
                    p.add_claim(made[0], i % 500, i % 500 + 9, [made[1]], note="ملاحظة طويلة " * 30)
                    saved += 1
            # a backup that ran out of room (whether it does depends on when its thread ran) says so
            assert p.backup_error is None or "could not be written" in p.backup_error
            try:  # refused when full; when the disk filled early and a failed backup's room came back, written
                p.export_xlsx(folder / "claims.xlsx")
            except ExportError as exc:
                assert re.search(r"could not be written|cannot write", str(exc))
                assert not (folder / "claims.xlsx").exists()
            else:
                assert len(list(load_workbook(folder / "claims.xlsx", read_only=True)["Claims"].rows)) == saved + 1
            assert len(p.claims()) == saved and len(p.articles()) + len(p.sources()) == len(made)
        assert not [f for f in folder.iterdir() if f.name.endswith((".tmp", ".part"))]
        assert _run("mount", "-o", "remount,size=8m", str(folder)).returncode == 0
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
        with Project.open(path) as p:
            assert len(p.claims()) == saved
            article_id = made[0] if made else p.add_article("قال المتحدث إن المحادثات مستمرة.").id
            source_id = made[1] if len(made) > 1 else p.add_source("الوزارة", "government").id
            p.add_claim(article_id, 0, 5, [source_id])  # room again: work goes on


def test_path_with_spaces_and_arabic_letters(tmp_path: Path) -> None:
    folder = tmp_path / "مشاريع الأخبار" / "دراسة #1 ?"
    path = folder / "نسبة الأقوال.nisba"
    _fill(path)
    with Project.open(path) as p:
        assert lock_path_for(path).exists()
        backup = p.backup_now()
        p.save_copy(folder / "نسخة.nisba")
        p.export_xlsx(folder / "الأقوال.xlsx")
        p.add_source("مصدر آخر")
    assert restore_backup(path, backup.path) is not None
    with Project.open(path) as p:
        assert [s.name for s in p.sources()] == ["بوتين"]
    assert {b.kind for b in list_backups(path)} >= {"manual", "before-restore"}


def test_a_missing_project_opened_read_only_is_refused_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "missing-folder" / "x.nisba"
    with pytest.raises(
        ProjectFileError, match=r"x\.nisba: does not exist \(a project opened read-only is not created\)"
    ):
        Project.open(missing, read_only=True)
    assert not missing.parent.exists()


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "read-write"])
def test_a_folder_is_refused_as_a_project(tmp_path: Path, read_only: bool) -> None:
    folder = tmp_path / "not a project"
    folder.mkdir()
    with pytest.raises(ProjectFileError, match=r"not a project: is a folder, not a project file"):
        Project.open(folder, read_only=read_only)
    assert list(folder.iterdir()) == []  # nothing left in it (no lock file, no backups)


def test_missing_sample_resource_is_reported_and_the_project_still_opens(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from annotator.first_run import open_default_project

    missing = tmp_path / "resources" / "ar-news-putin-kim.txt"
    with caplog.at_level("WARNING"), open_default_project(tmp_path / "d.nisba", sample=missing) as p:
        assert p.articles() == []
        p.add_article("the project works")
    assert f"sample article not imported: {missing}: does not exist" in caplog.text
    con = sqlite3.connect(tmp_path / "d.nisba")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_unreadable_files_give_clear_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads any file whatever its mode, so "permission denied" is simulated where the app reads."""
    from annotator.errors import UnreadableFileError
    from annotator.importers.text_file import read_text_file

    article = tmp_path / "مقال.txt"
    article.write_text("نص", encoding="utf-8")
    project = tmp_path / "p.nisba"
    _fill(project)
    real_os_open, real_open = os.open, Path.open

    def denied_os_open(name: str, flags: int, *args: int) -> int:  # the importers open files with os.open
        if Path(name) == article:
            raise PermissionError(13, "Permission denied")
        return real_os_open(name, flags, *args)

    def denied_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == project:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "open", denied_os_open)
    monkeypatch.setattr(Path, "open", denied_open)
    with pytest.raises(UnreadableFileError, match=r"مقال\.txt: cannot be read \(permission denied\)"):
        read_text_file(article)
    with pytest.raises(ProjectFileError, match=r"p\.nisba: cannot be read \(Permission denied\)"):
        Project.open(project)
    assert not lock_path_for(project).exists()
