"""Agreement between the suggester and one annotator: the measures used between two annotators, computed by
hand on a small project; rejections left out of it, the annotator's other articles and colleagues too."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from annotator import Project
from annotator.cli import main
from annotator.cli_agreement import rows
from annotator.errors import InvalidValueError, NotFoundError
from annotator.project.suggester_agreement import SUGGESTER
from annotator.review.report import OVERALL
from annotator.suggestions import suggest_attributions
from tests.conftest import span_of
from tests.test_project_suggestions import TEXT as OTHER_TEXT

TEXT = (
    "وقالت وكالة رويترز إن الأسعار ارتفعت كثيرا هذا العام.\n"
    "ونقلت صحيفة الأهرام عن مسؤول قوله إن الحكومة ستخفض الضرائب.\n"
)
"""Two suggestions: “الأسعار ... العام” (Reuters) and “الحكومة ستخفض الضرائب” (Al-Ahram, then an official)."""


def marked(project: Project) -> tuple[int, int]:
    """Layla marks one suggestion exactly, overlaps the other with another source, and marks one of her own."""
    article = project.add_article(TEXT, title="أسعار")
    other = project.add_article(OTHER_TEXT, title="محادثات")
    reuters = project.add_source("رويترز", "media")
    official = project.add_source("مسؤول", "anonymous")
    project.annotator = "Layla"
    project.add_claim(article.id, *span_of(TEXT, "الأسعار", "العام"), [reuters.id])
    project.add_claim(article.id, *span_of(TEXT, "الحكومة", "ستخفض"), [official.id])
    project.add_claim(article.id, *span_of(TEXT, "وقالت", "وكالة"))
    project.annotator = "Omar"  # a colleague's claims are not the annotator's
    project.add_claim(article.id, *span_of(TEXT, "الحكومة", "الضرائب"), [official.id])
    return article.id, other.id


def test_the_suggester_against_an_annotator_by_hand(project: Project) -> None:
    article_id, _other = marked(project)
    row, overall = project.suggester_agreement("Layla")  # only the article Layla marked
    assert (row.article_id, row.title, row.annotators) == (article_id, "أسعار", (SUGGESTER, "Layla"))
    [pair] = row.pairs
    assert (pair.left, pair.right, pair.exact.left, pair.exact.right) == (SUGGESTER, "Layla", 2, 3)
    assert pair.exact.f1 == pytest.approx(2 * 1 / 5) and pair.overlap.f1 == pytest.approx(2 * 2 / 5)
    # on the two claims both marked: suggester [رويترز, الأهرام] (a chain's first link), Layla [رويترز, مسؤول]:
    # po 1/2, pe 1/4 -> kappa 1/3
    assert pair.paired == 2 and pair.kappa == pytest.approx(1 / 3)
    # coincidences r-r 2, a-m 1, m-a 1: n 4, Do 2, De 10 -> alpha 1 - 3·2/10
    assert (row.units, row.alpha) == (2, pytest.approx(0.4))
    assert overall.article_id == OVERALL and overall.pairs[0].exact.f1 == pair.exact.f1


def test_an_article_the_annotator_left_empty_counts_when_named(project: Project) -> None:
    article_id, other = marked(project)
    first, second, overall = project.suggester_agreement("Layla", [other, article_id])
    assert (first.article_id, second.article_id) == (article_id, other)
    [empty] = second.pairs
    assert (empty.exact.left, empty.exact.right, empty.overlap.f1) == (2, 0, 0.0) and math.isnan(empty.kappa)
    pooled = overall.pairs[0]
    assert (pooled.exact.matched, pooled.exact.left, pooled.exact.right) == (1, 4, 3)


def test_rejections_do_not_change_the_figure_and_accepting_agrees(project: Project) -> None:
    article_id, other = marked(project)
    before = project.suggester_agreement("Layla")
    for suggestion in suggest_attributions(TEXT):  # every one, the marked ones too
        project.reject_suggestion(article_id, suggestion)
    assert project.suggestions(article_id) == []
    assert project.suggester_agreement("Layla") == before
    project.annotator = "Layla"
    project.accept_suggestions(other, project.suggestions(other))
    row = next(r for r in project.suggester_agreement("Layla") if r.article_id == other)
    assert row.pairs[0].exact.f1 == 1.0 and row.pairs[0].kappa == 1.0


def test_what_cannot_be_compared_is_refused_or_empty(project: Project) -> None:
    marked(project)
    assert project.suggester_agreement("nobody") == []
    with pytest.raises(InvalidValueError, match="name the annotator"):
        project.suggester_agreement(SUGGESTER)
    with pytest.raises(InvalidValueError, match="name the annotator"):
        project.suggester_agreement("  ")
    with pytest.raises(NotFoundError):
        project.suggester_agreement("Layla", [999])


def test_the_command_line_prints_the_same_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "study.nisba"
    with Project.open(path) as project:
        article_id, _ = marked(project)
        expected = project.suggester_agreement("Layla")
        between = project.agreement()
    assert main(["agreement", "-p", str(path), "--suggester", "--annotator", "Layla", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == rows(expected)
    assert [(r["article_id"], r["left"], r["right"], r["claims"]) for r in printed] == [
        (article_id, SUGGESTER, "Layla", [2, 3]),
        (None, SUGGESTER, "Layla", [2, 3]),
    ]
    assert printed[0]["exact_f1"] == 0.4 and printed[0]["kappa"] == pytest.approx(1 / 3, abs=1e-4)
    assert main(["agreement", "-p", str(path), "--suggester"]) == 0  # every annotator: Layla, then Omar
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("article\tpair") and [line.split("\t")[1] for line in table[1:]] == [
        f"{SUGGESTER} / Layla", f"{SUGGESTER} / Layla", f"{SUGGESTER} / Omar", f"{SUGGESTER} / Omar",
    ]  # fmt: skip
    assert main(["agreement", "-p", str(path), "--json"]) == 0  # between annotators, as before
    assert json.loads(capsys.readouterr().out) == rows(between) and between
    assert main(["agreement", "-p", str(path), "--suggester", "--annotator", "Sara"]) == 1
    assert "'Sara' has marked no claims to compare (annotators: Layla, Omar)" in capsys.readouterr().err
    assert main(["agreement", "-p", str(path), "--annotator", "Layla"]) == 1
    assert "go with --suggester" in capsys.readouterr().err
