"""The start-up's first screen, read with sqlite3 before the project opens: the same rows as the project reads,
and nothing at all for a file the usual opening would refuse or question."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator import Project
from annotator.errors import AnnotatorError, NewerSchemaError, ProjectFileError, ProjectLockedError
from annotator.project.claims import AttributionSpec
from annotator.storage.file_format import SCHEMA_VERSION
from annotator.storage.first_screen import FirstScreenReader

TEXT = "قال المتحدث باسم الوزارة إن المحادثات مستمرة، وأضاف أن الوفد سيعود غدًا. 👍 " * 30


def _project(path: Path) -> int:
    """A project with chains, mentions, cues, labels, notes, a curated claim and two articles; the first's id."""
    with Project.open(path, backup_on_open=False) as p:
        p.annotator = "layla"
        article = p.add_article(TEXT, title="one")
        p.add_article("A second article, in English.", title="two")
        ministry, agency = p.add_source("الوزارة", "government"), p.add_source("وكالة الأنباء", "media")
        unused = p.add_source("Nobody")
        strong, doubt = p.add_label("مهم"), p.add_label("Alpha")
        for n in range(40):
            start = n * 55 + 4
            claim = p.add_claim(article.id, start, start + 30, [ministry.id], note="ملاحظة" if n % 4 == 0 else "")
            if n % 3 == 0:
                chain = [AttributionSpec(agency.id, (start + 2, start + 8), (start + 10, start + 14)), ministry.id]
                p.set_chain(claim.id, chain)
            if n % 5 == 0:
                p.set_claim_labels(claim.id, [strong.id, doubt.id])
            if n == 7:
                p.set_curated(claim.id, True)
        p.update_source(unused.id, colour="#123456")
        return article.id


def _sources(path: Path) -> dict[int, tuple[str, str]]:
    with Project.open(path, read_only=True) as p:
        return {s.id: (s.name, s.colour) for s in p.sources()}


@pytest.mark.parametrize("end", [0, 1, 59, 200, 1000, len(TEXT), 10**6])  # 59: where a claim starts
def test_the_first_screen_is_what_the_project_reads(tmp_path: Path, end: int) -> None:
    path = tmp_path / "study.nisba"
    article_id = _project(path)
    with Project.open(path, read_only=True) as p:
        expected_rows = p.claim_rows(article_id, (0, end))
        article = p.article(article_id)
    reader = FirstScreenReader.open(path)
    assert reader is not None
    try:
        screen = reader.first_screen(article_id, end)
    finally:
        reader.close()
    assert screen is not None
    assert (screen.article.id, screen.article.text, screen.article.direction) == (
        article.id,
        article.text,
        article.direction,
    )
    assert screen.claims == expected_rows
    assert all(type(row.curated) is bool for row in screen.claims)
    every = _sources(path)
    used = {link.source_id for row in expected_rows for link in row.attributions}
    assert {sid: (s.name, s.colour) for sid, s in screen.sources.items()} == {sid: every[sid] for sid in used}
    if end >= len(TEXT):
        assert any(row.curated for row in screen.claims) and any(row.label_ids for row in screen.claims)
        assert any(len(row.attributions) == 2 and row.attributions[0].mention_start for row in screen.claims)


def test_the_article_opened_is_the_last_one_if_the_list_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "study.nisba"
    first = _project(path)
    reader = FirstScreenReader.open(path)
    assert reader is not None
    try:
        assert reader.article_to_open(first + 1, 500) == first + 1
        assert reader.article_to_open(first + 1, 1) == first  # beyond the list's first page: the first article
        assert reader.article_to_open(999, 500) == first
        assert reader.article_to_open(None, 500) == first
        assert reader.first_screen(999, 100) is None
    finally:
        reader.close()
    empty = tmp_path / "empty.nisba"
    Project.open(empty).close()
    reader = FirstScreenReader.open(empty)
    assert reader is not None
    assert reader.article_to_open(None, 500) is None
    reader.close()


def _set_version(path: Path, version: int) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()


def _damage_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 : page * 3] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("spoil", "refusal"),
    [
        (lambda p: _set_version(p, SCHEMA_VERSION + 1), NewerSchemaError),
        (_damage_a_page, ProjectFileError),
        (_truncate, ProjectFileError),
        (lambda p: p.write_bytes(b"not a database at all " * 100), ProjectFileError),
    ],
    ids=["newer schema", "damaged page", "truncated", "not SQLite"],
)
def test_a_file_the_usual_opening_refuses_gives_no_first_screen(tmp_path: Path, spoil, refusal) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "study.nisba"
    _project(path)
    spoil(path)
    with pytest.raises(refusal):
        Project.open(path).close()
    assert FirstScreenReader.open(path) is None


def test_an_older_schema_to_upgrade_gives_no_first_screen(tmp_path: Path) -> None:
    path = tmp_path / "study.nisba"
    _project(path)
    _set_version(path, SCHEMA_VERSION - 1)  # the usual opening upgrades it first: the fast path does not guess
    assert FirstScreenReader.open(path) is None


def test_a_held_lock_gives_no_first_screen_and_a_released_one_does(tmp_path: Path) -> None:
    path = tmp_path / "study.nisba"
    _project(path)
    holder = Project.open(path)
    try:
        with pytest.raises(ProjectLockedError):
            Project.open(path)
        assert FirstScreenReader.open(path) is None
    finally:
        holder.close()
    reader = FirstScreenReader.open(path)
    assert reader is not None
    reader.close()
    Project.open(path).close()  # looking at the lock left it free


def test_missing_files_and_folders_give_no_first_screen(tmp_path: Path) -> None:
    assert FirstScreenReader.open(tmp_path / "none.nisba") is None
    assert FirstScreenReader.open(tmp_path) is None
    with pytest.raises(AnnotatorError):
        Project.open(tmp_path)
