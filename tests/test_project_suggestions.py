"""Suggestions in a project: what is pending, accepting (a claim with its chain, origin "suggested"), rejecting
(remembered for the article), editing an accepted one, undo, and the Origin column of the exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from annotator import Project
from tests.conftest import span_of

TEXT = (
    "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات كانت مثمرة.\n\n"
    "وأضافت المتحدثة باسم الوزارة أن الاجتماع المقبل سيعقد في القاهرة.\n"
)


def test_pending_suggestions_leave_out_what_is_marked(project: Project) -> None:
    article = project.add_article(TEXT)
    found = project.suggestions(article.id)
    assert found, "the suggester found nothing in two plain attributions"
    for s in found:
        assert article.text[s.start : s.end] == s.claim
    first = found[0]
    project.add_claim(article.id, first.start, first.end)  # marked by hand
    assert all((s.start, s.end) != (first.start, first.end) for s in project.suggestions(article.id))


def test_accepting_makes_a_claim_with_its_chain_and_origin_and_undo_takes_it_back(project: Project) -> None:
    article = project.add_article(TEXT)
    blinken = project.add_source("Antony Blinken", "person", aliases=["أنتوني بلينكن"])
    [first, *_] = [s for s in project.suggestions(article.id) if "المحادثات" in s.claim]
    before = project.undo_text()
    [claim] = project.accept_suggestions(article.id, [first])
    assert (claim.start, claim.end, claim.text) == (first.start, first.end, first.claim)
    assert claim.origin == "suggested"
    assert claim.source_ids == [blinken.id]  # matched to the registry through its alias, not created again
    [link] = claim.attributions
    if first.cue is not None and first.cue_start is not None:
        assert (link.cue_start, link.cue_end) == (first.cue_start, first.cue_start + len(first.cue))
    assert project.undo_text() == "Undo accept suggestion"
    assert all((s.start, s.end) != (first.start, first.end) for s in project.suggestions(article.id))
    project.undo()
    assert project.claims(article.id) == [] and project.undo_text() == before
    assert any((s.start, s.end) == (first.start, first.end) for s in project.suggestions(article.id))


def test_an_accepted_suggestion_edited_says_so(project: Project) -> None:
    article = project.add_article(TEXT)
    [claim] = project.accept_suggestions(article.id, project.suggestions(article.id)[:1])
    project.update_claim(claim.id, note="checked")  # a note is not an edit of the suggestion
    assert project.claim(claim.id).origin == "suggested"
    project.update_claim(claim.id, start=claim.start + 1)
    assert project.claim(claim.id).origin == "suggested_edited"
    manual = project.add_claim(article.id, *span_of(TEXT, "الاجتماع", "القاهرة"))
    assert manual.origin == "manual"


def test_a_rejected_suggestion_is_not_suggested_again_until_undone(project: Project) -> None:
    article = project.add_article(TEXT)
    found = project.suggestions(article.id)
    project.reject_suggestion(article.id, found[0])
    again = project.suggestions(article.id)
    assert all((s.start, s.end) != (found[0].start, found[0].end) for s in again) and len(again) == len(found) - 1
    assert project.claims(article.id) == []
    project.undo()
    assert len(project.suggestions(article.id)) == len(found)


def test_every_export_says_where_each_claim_came_from(project: Project, tmp_path: Path) -> None:
    from tests.xlsx_helpers import sheet_rows

    article = project.add_article(TEXT)
    [accepted] = project.accept_suggestions(article.id, project.suggestions(article.id)[:1])
    project.add_claim(article.id, *span_of(TEXT, "الاجتماع", "القاهرة"))
    rows = {r["Claim ID"]: r["Origin"] for r in sheet_rows(project.export_xlsx(tmp_path / "c.xlsx"), "Claims")}
    assert sorted(rows.values()) == ["manual", "suggested"] and rows[accepted.id] == "suggested"
    with open(project.export(tmp_path / "c.csv").path, encoding="utf-8-sig", newline="") as fh:
        assert sorted(r["Origin"] for r in csv.DictReader(fh)) == ["manual", "suggested"]
    items = json.loads(project.export(tmp_path / "c.json").path.read_text(encoding="utf-8"))["first"]["items"]
    assert sorted(i.get("nisba:origin", "manual") for i in items) == ["manual", "suggested"]
    with Project.open(tmp_path / "other.nisba") as other:  # the W3C import keeps it
        other.add_article(TEXT)
        other.import_annotations(tmp_path / "c.json")
        assert sorted(c.origin for c in other.claims()) == ["manual", "suggested"]


def test_the_sources_an_acceptance_would_create_are_known_before_it(project: Project) -> None:
    """What the window asks about before accepting: each new source once, with its kind; a known name or alias
    is not new, nor is one the first acceptance made."""
    from annotator.project.suggesting import new_sources

    text = TEXT + "\nونقلت وكالة أسوشيتد برس عن مسؤول قوله إن الاتفاق قريب.\n"
    article = project.add_article(text)
    found = project.suggestions(article.id)
    chained = next(s for s in found if s.chain)
    assert new_sources(project.sources(), [chained]) == [("أسوشيتد برس", "media"), ("مسؤول", "anonymous")]
    project.add_source("AP", "media", aliases=["أسوشيتد برس"])
    assert new_sources(project.sources(), [chained, chained]) == [("مسؤول", "anonymous")]  # each once
    planned = new_sources(project.sources(), found)
    project.accept_suggestions(article.id, found)
    made = {(s.name, s.kind) for s in project.sources()} - {("AP", "media")}
    assert sorted(planned) == sorted(made)
    assert new_sources(project.sources(), found) == []
