"""Nisba -> .qdpx -> another project: every field comes back; importing is one undoable operation."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import Project
from tests.conftest import span_of
from tests.qdpx_files import q, qde_of, schema
from tests.test_project_suggestions import TEXT as SUGGESTED_TEXT
from tests.test_refi_export import fill


def snapshot(project: Project) -> dict[str, object]:
    """Everything the exchange must keep, by value (ids differ between projects)."""
    sources = {s.id: s for s in project.sources()}
    articles = {a.id: a for a in project.articles()}
    claims = []
    for c in project.claims():
        chain = tuple(
            (
                sources[a.source_id].name,
                a.position,
                (a.mention_start, a.mention_end),
                (a.cue_start, a.cue_end),
                a.annotator,
            )
            for a in c.attributions
        )
        claims.append(
            (
                articles[c.article_id].text_hash,
                c.start,
                c.end,
                c.text,
                c.quote_type,
                c.note,
                c.annotator,
                c.curated,
                c.created_at,
                c.updated_at,
                chain,
                tuple(label.name for label in c.labels),
                c.origin,
            )
        )
    return {
        "claims": sorted(claims, key=repr),
        "sources": sorted((s.name, s.kind, tuple(s.aliases), s.colour) for s in sources.values()),
        "labels": sorted((label.name, label.colour) for label in project.labels()),
        "articles": [
            (a.text, a.title, a.outlet, a.url, a.published, a.language, a.direction, a.status)
            for a in articles.values()
        ],
    }


@pytest.fixture
def original(project: Project, sample_text: str) -> Project:
    fill(project, sample_text)
    project.update_article(project.articles()[-1].id, status="done")
    return project


def test_round_trip_into_a_new_project_keeps_every_field(original: Project, tmp_path: Path) -> None:
    out = original.export(tmp_path / "study.qdpx").path
    with Project.open(tmp_path / "new.nisba") as other:
        report = other.import_project(out)
        assert report.claims_added == len(original.claims()) == 3
        assert not report.unplaced and not report.duplicates
        assert snapshot(other) == snapshot(original)
        assert sorted(report.sources_created) == ["The Hill", "Unused", "Vladimir Putin"]


def test_importing_the_same_file_again_adds_nothing(original: Project, tmp_path: Path) -> None:
    out = original.export(tmp_path / "study.qdpx").path
    with Project.open(tmp_path / "new.nisba") as other:
        other.import_project(out)
        again = other.import_project(out)
        assert again.claims_added == 0 and len(again.duplicates) == 3 and not again.articles_added
        assert len(other.claims()) == 3 and len(other.articles()) == 3


def test_a_colleagues_file_merges_keeping_annotators_apart(original: Project, tmp_path: Path, sample_text: str) -> None:
    theirs = original.export(tmp_path / "theirs.qdpx").path
    with Project.open(tmp_path / "mine.nisba") as mine:
        mine.annotator = "سارة"
        article = mine.add_article(sample_text)  # the same article, already here
        first = original.claims()[0]
        mine.add_claim(article.id, first.start, first.end, [mine.add_source("The Hill", "media").id])
        report = mine.import_project(theirs)
        assert report.articles_matched and report.claims_added == 3
        same_span = [c for c in mine.claims(article.id) if (c.start, c.end) == (first.start, first.end)]
        assert sorted(c.annotator or "" for c in same_span) == sorted(["سارة", first.annotator or ""])
        assert len(mine.articles()) == 3


def test_an_import_is_one_undoable_step(original: Project, tmp_path: Path) -> None:
    out = original.export(tmp_path / "study.qdpx").path
    with Project.open(tmp_path / "new.nisba") as other:
        other.add_label("already here")
        before = snapshot(other)
        report = other.import_project(out)
        assert report.claims_added == 3
        assert other.undo_text() == "Undo import project “study.qdpx”"
        other.undo()
        assert snapshot(other) == before
        other.redo()
        assert snapshot(other)["claims"] == snapshot(original)["claims"]
        assert {label.name for label in other.labels()} == {"already here", "opinion", "رأي"}


def test_preview_says_what_would_come_in_and_stores_nothing(original: Project, tmp_path: Path) -> None:
    out = original.export(tmp_path / "study.qdpx").path
    with Project.open(tmp_path / "new.nisba") as other:
        preview = other.preview_project_import(out)
        assert other.articles() == [] and not other.can_undo()
        assert [a.claims for a in preview.articles] == [2, 1, 0]
        assert preview.folders["Sources"] == "sources" and preview.from_nisba
        assert {(c.name, c.becomes) for c in preview.codes} >= {("The Hill", "source"), ("opinion", "label")}
        assert any("positions read as code points" in line for line in preview.lines())


def suggested_claims(project: Project) -> None:
    """Claims of all three origins: a suggestion accepted unchanged, one accepted and then edited, one by hand."""
    article = project.add_article(SUGGESTED_TEXT, title="suggested")
    _, edited = project.accept_suggestions(article.id, project.suggestions(article.id)[:2])
    project.update_claim(edited.id, start=edited.start + 1)
    project.add_claim(article.id, *span_of(SUGGESTED_TEXT, "كانت", "مثمرة"))  # inside a suggestion, by hand
    assert sorted(c.origin for c in project.claims(article.id)) == ["manual", "suggested", "suggested_edited"]


def test_each_claims_origin_comes_back_through_the_qdpx(project: Project, tmp_path: Path) -> None:
    suggested_claims(project)
    out = project.export(tmp_path / "study.qdpx").path
    root = qde_of(out)
    assert schema().validate(root), schema().error_log
    names = {c.get("guid"): c.get("name") for c in root.iter(q("Code"))}
    coded = {
        s.get("name"): [names[c.find(q("CodeRef")).get("targetGUID")] for c in s.iter(q("Coding"))]
        for s in root.iter(q("PlainTextSelection"))
    }
    by_origin = {c.origin: c.text for c in project.claims()}
    assert coded[by_origin["suggested"]][-1] == "Suggested"  # what QualCoder shows: a code of its own
    assert coded[by_origin["suggested_edited"]][-1] == "Suggested, edited"
    assert not {"Suggested", "Suggested, edited"} & set(coded[by_origin["manual"]])
    with Project.open(tmp_path / "new.nisba") as other:
        report = other.import_project(out)
        assert report.claims_added == 3 and not report.unplaced
        assert snapshot(other) == snapshot(project)
        assert not other.labels()  # the Origin codes are no labels
        assert other.preview_project_import(out).folders["Origin"] == "origin"
