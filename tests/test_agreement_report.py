"""Agreement per article and overall, on small projects computed by hand; merging another annotator's file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotator import Project
from annotator.exports.data import ExportOptions
from annotator.review.report import OVERALL
from annotator.text.matching import fold
from tests.xlsx_helpers import sheet_rows

TEXT = "".join(chr(0x0627 + i % 20) for i in range(80))  # 80 Arabic letters: only offsets matter here


def mark(project: Project, who: str, article_id: int, start: int, end: int, source: str | None) -> None:
    project.annotator = who
    ids = []
    if source is not None:
        found = [s.id for s in project.sources() if fold(s.name) == fold(source)]
        ids = found or [project.add_source(source).id]
    project.add_claim(article_id, start, end, ids)


def build(project: Project) -> tuple[int, int, int]:
    one = project.add_article(TEXT, title="واحد").id
    two = project.add_article(TEXT[::-1], title="اثنان").id
    three = project.add_article(TEXT[:40], title="ثلاثة").id
    for args in [(0, 10, "بوتين"), (20, 30, "The Hill"), (40, 50, None)]:
        mark(project, "A", one, *args)
    for args in [(0, 10, "بوتين"), (22, 35, "بوتين"), (60, 70, "X")]:
        mark(project, "B", one, *args)
    for who, args in [
        ("A", (0, 5, "أحمد")),
        ("B", (0, 5, "احمد")),  # folded: the same source (and label) as أحمد
        ("C", (0, 5, "سعيد")),
        ("A", (10, 20, "X")),
        ("B", (12, 18, "X")),
    ]:
        mark(project, who, two, *args)
    mark(project, "A", three, 0, 5, "X")  # one annotator only: no agreement row
    return one, two, three


def test_agreement_per_article_and_overall_by_hand(project: Project) -> None:
    one, two, _three = build(project)
    first, second, overall = project.agreement()
    assert (first.article_id, first.title, first.annotators) == (one, "واحد", ("A", "B"))
    [ab] = first.pairs
    assert ab.exact.f1 == pytest.approx(1 / 3)  # (0,10) only: 2·1/(3+3)
    assert ab.overlap.f1 == pytest.approx(2 / 3)  # (0,10)~(0,10), (20,30)~(22,35)
    assert ab.paired == 2 and ab.kappa == pytest.approx(0.0)  # po 1/2, pe 1/2
    assert second.article_id == two and second.annotators == ("A", "B", "C")
    # units {A: احمد, B: احمد, C: سعيد} and {A: x, B: x}: n 5, Do 2, De 16 -> alpha 1 - 4·2/16
    assert (second.units, second.alpha) == (2, pytest.approx(0.5))
    pairs = {(p.left, p.right): p for p in second.pairs}
    assert pairs[("A", "C")].overlap.f1 == pytest.approx(2 / 3) and pairs[("A", "C")].paired == 1
    assert pairs[("A", "C")].kappa == 0.0  # one item, labels differ: po 0, pe 0
    assert overall.article_id == OVERALL and overall.annotators == ("A", "B", "C")
    pooled = {(p.left, p.right): p for p in overall.pairs}["A", "B"]
    assert pooled.exact.f1 == pytest.approx(4 / 10) and pooled.overlap.f1 == pytest.approx(8 / 10)
    # labels A [بوتين, the hill, احمد, x], B [بوتين, بوتين, احمد, x]: po 3/4, pe 4/16 -> kappa 2/3
    assert pooled.kappa == pytest.approx(2 / 3)
    assert overall.units == 4  # two groups of overlapping claims in each article


def test_no_report_without_two_annotators(project: Project) -> None:
    article = project.add_article(TEXT)
    mark(project, "A", article.id, 0, 5, None)
    project.annotator = None
    project.add_claim(article.id, 0, 5)  # no annotator recorded: left out
    assert project.agreement() == []


def test_merging_another_annotators_file_keeps_both_and_allows_agreement(tmp_path: Path) -> None:
    with Project.open(tmp_path / "b.nisba") as theirs:
        article = theirs.add_article(TEXT, title="واحد")
        mark(theirs, "B", article.id, 0, 10, "بوتين")
        mark(theirs, "B", article.id, 20, 30, "The Hill")
        theirs.export(tmp_path / "b.json")
    with Project.open(tmp_path / "a.nisba") as mine:
        article = mine.add_article(TEXT, title="واحد")
        mark(mine, "A", article.id, 0, 10, "بوتين")  # the same span and source as B's: not a duplicate
        report = mine.import_annotations(tmp_path / "b.json")
        assert report.added == 2 and not report.duplicates
        assert sorted((c.annotator, c.start) for c in mine.claims()) == [("A", 0), ("B", 0), ("B", 20)]
        again = mine.import_annotations(tmp_path / "b.json")
        assert again.added == 0 and len(again.duplicates) == 2  # B's own claims are duplicates of themselves
        [row, _overall] = mine.agreement()
        assert row.pairs[0].exact.f1 == pytest.approx(2 / 3) and row.pairs[0].kappa == 1.0


def test_export_has_sessions_and_agreement_sheets_and_can_keep_only_curated_claims(
    project: Project, tmp_path: Path
) -> None:
    one, _two, _three = build(project)
    project.start_session("A")
    project.touch_session(one)
    project.end_session()
    project.set_curated(project.claims(one)[0].id, True)
    out = project.export(tmp_path / "all.xlsx").path
    sessions = sheet_rows(out, "Sessions")
    assert [(r["Annotator"], r["Article"], r["Closed"]) for r in sessions] == [("A", "واحد", "yes")]
    agreement = sheet_rows(out, "Agreement")
    first = agreement[0]
    assert (first["Article"], first["Annotator 1"], first["Annotator 2"]) == ("واحد", "A", "B")
    assert first["Exact F1"] == pytest.approx(1 / 3, abs=1e-4) and first["Cohen's kappa (source)"] == 0
    assert agreement[-1]["Article"] == "All articles" and agreement[-1]["Article ID"] is None
    claims = sheet_rows(out, "Claims")
    assert [r["Curated"] for r in claims].count("yes") == 1
    assert {(r["Source"], r["Added by"]) for r in sheet_rows(out, "Attributions")} >= {("بوتين", "A"), ("بوتين", "B")}
    curated = project.export(tmp_path / "curated.csv", options=ExportOptions(curated_only=True))
    assert curated.claims == 1


def test_cli_exports_only_curated_claims(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as project:
        build(project)
        project.set_curated(project.claims()[1].id, True)
    out = tmp_path / "c.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "export", "-p", str(path), "-o", str(out), "--curated"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(sheet_rows(out, "Claims")) == 1


def test_json_round_trip_keeps_curation_and_who_added_each_link(tmp_path: Path) -> None:
    with Project.open(tmp_path / "a.nisba") as mine:
        article = mine.add_article(TEXT)
        hill, putin = mine.add_source("The Hill"), mine.add_source("Putin")
        mine.annotator = "سارة"
        claim = mine.add_claim(article.id, 0, 10, [hill.id])
        mine.annotator = "adjudicator"
        mine.set_chain(claim.id, [hill.id, putin.id])
        mine.set_curated(claim.id, True)
        mine.export(tmp_path / "a.json")
    with Project.open(tmp_path / "b.nisba") as theirs:
        theirs.add_article(TEXT)
        assert theirs.import_annotations(tmp_path / "a.json").added == 1
        [copy] = theirs.claims()
        assert copy.curated and copy.annotator == "سارة"
        assert [a.annotator for a in copy.attributions] == ["سارة", "adjudicator"]


def test_another_project_file_merges_like_its_json_export(tmp_path: Path) -> None:
    with Project.open(tmp_path / "theirs.nisba") as theirs:
        article = theirs.add_article(TEXT, title="واحد")
        mark(theirs, "B", article.id, 0, 10, "بوتين")
        theirs.add_article("نص لا يوجد في المشروع الآخر")
        mark(theirs, "B", 2, 0, 3, None)
    with Project.open(tmp_path / "mine.nisba") as mine:
        article = mine.add_article(TEXT, title="واحد")
        mark(mine, "A", article.id, 0, 10, "بوتين")
        report = mine.import_annotations(tmp_path / "theirs.nisba")
        assert report.added == 1 and len(report.unplaced) == 1  # the article only they have is reported
        assert sorted(c.annotator or "" for c in mine.claims()) == ["A", "B"]
        assert mine.agreement()[0].pairs[0].exact.f1 == 1.0
