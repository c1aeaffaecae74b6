"""The Project service: storage, validation, persistence and change notices."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator import AnnotatorError, Project
from annotator.errors import InvalidValueError, NotFoundError, OffsetError, ProjectFileError, UndoError
from annotator.first_run import open_default_project
from annotator.project import AttributionSpec
from annotator.storage.changes import Change, ChangeRecord
from tests.conftest import span_of, stored_rows

BOTH_FLAVOURS = True  # the project fixture is a file, then a database on the test server (conftest)


def test_full_path_persists_across_reopen(tmp_path: Path, sample_text: str) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        article = p.add_article(
            sample_text, title="T", outlet="Outlet", url="https://x.example/a", published="2024-06-20"
        )
        hill = p.add_source("The Hill", "media")
        putin = p.add_source("Putin", "person", aliases=["بوتين", "فلاديمير بوتين"])
        start, end = span_of(sample_text, "وقع الرئيس", "ضد أعدائهما")
        claim = p.add_claim(article.id, start, end, [hill.id, putin.id], "indirect", "note")
    with Project.open(path) as p:
        [a] = p.articles()
        [c] = p.claims()
        assert (a.title, a.outlet, a.url, str(a.published), a.direction, a.language) == (
            "T",
            "Outlet",
            "https://x.example/a",
            "2024-06-20",
            "rtl",
            "ar",
        )
        assert a.text == sample_text
        assert (c.id, c.article_id, c.start, c.end, c.quote_type, c.note) == (
            claim.id,
            a.id,
            start,
            end,
            "indirect",
            "note",
        )
        assert c.text == sample_text[start:end] and c.text.startswith("وقع الرئيس") and c.text.endswith("ضد أعدائهما")
        assert c.source_ids == [hill.id, putin.id]
        assert [(s.name, s.kind, s.aliases) for s in p.sources()] == [
            ("Putin", "person", ["بوتين", "فلاديمير بوتين"]),
            ("The Hill", "media", []),
        ]
        assert p.claims(article_id=a.id + 1) == []


def test_records_stay_readable_after_the_project_closes(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.nisba") as p:
        article = p.add_article("Some text here")
        source = p.add_source("AP", "media")
        claim = p.add_claim(article.id, 0, 4, [source.id])
        listed = p.claims()[0]
    assert (article.id, article.title, article.outlet, article.url, article.text, article.direction) == (
        1,
        None,
        None,
        None,
        "Some text here",
        "ltr",
    )
    assert (source.id, source.name, source.kind, source.aliases) == (1, "AP", "media", [])
    assert (claim.id, claim.article_id, claim.start, claim.end, claim.text, claim.quote_type, claim.note) == (
        1,
        1,
        0,
        4,
        "Some",
        "unmarked",
        "",
    )
    assert claim.source_ids == listed.source_ids == [1]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (5, 2), (0, 99)])
def test_offsets_outside_the_text_are_refused(project: Project, start: int, end: int) -> None:
    article = project.add_article("short text")
    with pytest.raises(OffsetError, match=f"{start}..{end}"):
        project.add_claim(article.id, start, end)
    assert project.claims() == []


def test_unknown_ids_and_values_are_refused_without_a_trace(project: Project) -> None:
    article = project.add_article("short text")
    with pytest.raises(NotFoundError, match="source with id 42"):
        project.add_claim(article.id, 0, 5, [42])
    with pytest.raises(NotFoundError, match="article with id 9"):
        project.add_claim(9, 0, 5)
    with pytest.raises(InvalidValueError, match="quote type"):
        project.add_claim(article.id, 0, 5, quote_type="shouted")
    with pytest.raises(InvalidValueError, match="kind"):
        project.add_source("X", kind="alien")
    with pytest.raises(NotFoundError):
        project.delete_claim(123)
    with pytest.raises(InvalidValueError, match="empty"):
        project.add_article("  \n ")
    assert project.claims() == [] and project.sources() == []


def test_source_names_are_unique_ignoring_case_and_diacritics(project: Project) -> None:
    project.add_source("بوتين", "person")
    with pytest.raises(InvalidValueError, match="already exists"):
        project.add_source("بُوتِين")
    a = project.add_source("The Hill", "media")
    b = project.add_source("AP", "media")
    assert a.colour != b.colour


def test_undoing_a_delete_brings_the_claim_back_with_its_id_fields_and_chain(project: Project) -> None:
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    s1, s2 = project.add_source("A"), project.add_source("B")
    claim = project.add_claim(article.id, 5, 10, [s2.id, s1.id], "direct", "n")
    project.delete_claim(claim.id)
    assert project.claims() == [] and project.undo_text() == "Undo delete claim “بوتين”"
    record = project.undo()
    assert record.ids("claim", "added") == {claim.id} and record.origin == "undo"
    again = project.claim(claim.id)
    assert (again.id, again.start, again.end, again.text, again.quote_type, again.note, again.source_ids) == (
        claim.id,
        5,
        10,
        "بوتين",
        "direct",
        "n",
        [s2.id, s1.id],
    )
    assert (again.created_at, again.updated_at) == (claim.created_at, claim.updated_at)
    assert project.redo_text() == "Redo delete claim “بوتين”"
    project.redo()
    assert project.claims() == []
    with pytest.raises(UndoError, match="nothing to redo"):
        project.redo()


def test_foreign_keys_and_wal_are_on(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as p:
        article = p.add_article("text of article")
        source = p.add_source("S")
        p.add_claim(article.id, 0, 4, [source.id])
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO attribution (claim_id, source_id, position) VALUES (99, 1, 0)")
    con.execute("DELETE FROM article")  # cascades to claims and attributions
    assert con.execute("SELECT count(*) FROM claim").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM attribution").fetchone()[0] == 0
    con.close()


def test_files_that_are_not_projects_are_refused_and_untouched(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.nisba"
    text_file.write_bytes(b"just some notes, not a database at all")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = (text_file.read_bytes(), other.read_bytes())
    with pytest.raises(ProjectFileError, match="not a Nisba project"):
        Project.open(text_file)
    with pytest.raises(ProjectFileError, match="another program"):
        Project.open(other)
    with pytest.raises(ProjectFileError, match="folder"):
        Project.open(tmp_path)
    assert (text_file.read_bytes(), other.read_bytes()) == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    Project.open(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 999")
    con.close()
    with pytest.raises(ProjectFileError, match="newer version"):
        Project.open(path)


def test_each_operation_tells_one_change_record_after_its_commit(project: Project) -> None:
    seen: list[ChangeRecord] = []
    unsubscribe = project.subscribe(seen.append)
    article = project.add_article("some text")
    source = project.add_source("S")
    claim = project.add_claim(article.id, 0, 4, [source.id])
    project.delete_claim(claim.id)
    unsubscribe()
    project.add_source("T")
    assert [r.changes for r in seen] == [
        (Change("article", "added", (article.id,), article.id),),
        (Change("source", "added", (source.id,)),),
        # the first claim puts its article in progress, in the same transaction
        (Change("article", "changed", (article.id,), article.id), Change("claim", "added", (claim.id,), article.id)),
        (Change("claim", "deleted", (claim.id,), article.id),),
    ]
    assert [r.label for r in seen] == [
        "Add article “some text”",
        "New source “S”",
        "Mark claim “some”",
        "Delete claim “some”",
    ]
    assert project.last_change is not None and project.last_change.label == "New source “T”"


def test_closed_project_says_so(tmp_path: Path) -> None:
    p = Project.open(tmp_path / "p.nisba")
    p.close()
    with pytest.raises(AnnotatorError, match="closed"):
        p.articles()


def test_first_run_imports_the_sample_once(tmp_path: Path, sample_text: str) -> None:
    path = tmp_path / "data" / "default.nisba"
    with open_default_project(path) as p:
        [article] = p.articles()
        assert article.text == sample_text and article.direction == "rtl"
        assert article.title == "خلال زيارة تاريخية.. بوتين وكيم يوقعان اتفاقية جديدة للدفاع المشترك"
    with open_default_project(path) as p:
        assert len(p.articles()) == 1


def test_first_run_without_sample_still_opens(tmp_path: Path) -> None:
    with open_default_project(tmp_path / "d.nisba", sample=tmp_path / "missing.txt") as p:
        assert p.articles() == []


def test_summaries_counts_and_recent_sources_without_loading_texts(project: Project) -> None:
    a = project.add_article("المقال الأول")
    b = project.add_article("المقال الثاني")
    s1, s2, s3 = (project.add_source(n) for n in ("A", "B", "C"))
    project.add_claim(a.id, 0, 3, [s1.id])
    project.add_claim(b.id, 0, 3, [s2.id, s3.id])
    project.add_claim(b.id, 4, 8, [s1.id])
    project.update_article(b.id, status="done")
    summaries = project.article_summaries()
    assert [(x.id, x.claims, x.status) for x in summaries] == [(a.id, 1, "in_progress"), (b.id, 2, "done")]
    assert [x.id for x in project.article_summaries(offset=1, limit=1)] == [b.id]
    assert project.article_count() == 2 and project.article_count("done") == 1
    assert project.recent_source_ids(2) == [s1.id, s2.id]
    assert project.recent_source_ids() == [s1.id, s2.id, s3.id]


def test_text_with_an_unpaired_surrogate_is_refused_clearly(project: Project) -> None:
    with pytest.raises(InvalidValueError, match="unpaired surrogate, U\\+D83D\\) at position 4"):
        project.add_article("قال \ud83d بوتين")
    assert project.articles() == []


def test_claim_rows_hold_what_the_claims_hold(project: Project, sample_text: str) -> None:
    article = project.add_article(sample_text, title="T")
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Putin", "person")
    label = project.add_label("verified")
    first = project.add_claim(article.id, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"), [hill.id, putin.id])
    mention = span_of(sample_text, "The Hill", "The Hill")
    project.set_chain(first.id, [AttributionSpec(hill.id, mention=mention), putin.id])
    project.set_claim_labels(first.id, [label.id])
    second = project.add_claim(article.id, 0, 5, [], "direct", "a note")
    rows = project.claim_rows(article.id)
    claims = project.claims(article.id)
    assert [r.id for r in rows] == [c.id for c in claims] == [second.id, first.id]
    for row, claim in zip(rows, claims, strict=True):
        assert (row.start, row.end, row.text, row.quote_type, row.note, row.annotator, row.curated) == (
            claim.start,
            claim.end,
            claim.text,
            claim.quote_type,
            claim.note,
            claim.annotator,
            claim.curated,
        )
        assert row.source_ids == claim.source_ids and list(row.label_ids) == claim.label_ids
        assert [(a.mention_start, a.mention_end, a.cue_start, a.cue_end) for a in row.attributions] == [
            (a.mention_start, a.mention_end, a.cue_start, a.cue_end) for a in claim.attributions
        ]
    assert rows[1].attributions[0].mention_start == sample_text.index("The Hill")
    assert [r.id for r in project.claim_rows(article.id, (0, 1))] == [second.id]
    assert [r.id for r in project.claim_rows(article.id, (1, None))] == [first.id]
    assert project.claim_row(first.id) == rows[1]
    with pytest.raises(NotFoundError):
        project.claim_row(9999)


def test_article_status_is_read_alone(project: Project) -> None:
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    assert project.article_status(article.id) == "todo"
    project.update_article(article.id, status="done")
    assert project.article_status(article.id) == "done"
    with pytest.raises(NotFoundError):
        project.article_status(article.id + 1)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda p, a: p.update_article(a, title="ع" * 1001), "the article's title"),
        (lambda p, a: p.add_article("نص آخر للمقال.", outlet="x" * 301), "the article's outlet"),
        (lambda p, a: p.add_article("نص ثالث للمقال.", url="https://e.org/" + "a" * 2000), "the article's url"),
        (lambda p, a: p.add_source("بوتين" * 61, "person"), "the source's name"),
        (lambda p, a: p.add_label("وسم" * 67), "the label's name"),
    ],
)
def test_a_text_too_long_for_its_field_is_refused_alike_on_every_flavour(
    project: Project, call: Callable[[Project, int], object], field: str
) -> None:
    """A server refuses what its columns cannot hold, a file would keep it: both refuse it, naming the field and
    the limit, and never call the project damaged."""
    article = project.add_article("قال الرئيس إن الاتفاق تاريخي.", title="مقال")
    before = {t: stored_rows(project, t) for t in ("article", "source", "label")}
    with pytest.raises(InvalidValueError, match="at most") as refused:
        call(project, article.id)
    assert field in str(refused.value) and "damaged" not in str(refused.value)
    assert {t: stored_rows(project, t) for t in ("article", "source", "label")} == before


def test_an_imported_file_with_an_overlong_title_comes_in_with_its_title_cut(project: Project, tmp_path: Path) -> None:
    page = tmp_path / "long.html"
    title = "عنوان " * 400
    page.write_text(
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        + "<p>قال الرئيس إن الاتفاق تاريخي وإن العلاقات قوية بين البلدين منذ سنوات طويلة.</p>" * 5
        + "</body></html>",
        encoding="utf-8",
    )
    article = project.import_file(page)
    assert article.title is not None and len(article.title) == 1000 and article.title.endswith("…")
    assert project.article(article.id).title == article.title
