"""The W3C Web Annotation export against the Working Group's own test schemas, and its identifiers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator import Project
from annotator.project.claims import AttributionSpec
from tests.conftest import span_of
from tests.w3c_checks import check_collection, summary

NOT_APPLICABLE = {
    "annotations/bodiesTargets/3.3.1-bodyCreated.json": "Nisba records no creation time per body (source link, "
    "label, note); the annotation's created and modified carry the claim's",
    "annotations/bodiesTargets/3.3.1-targSingleCreator.json": "the article's author is not recorded",
    "annotations/bodiesTargets/3.3.1-targCreated.json": "the article's creation time is not recorded "
    "(its publication date is a date, kept as nisba:published)",
    "annotations/bodiesTargets/3.3.2-targCreatorAgentIdImplemented.json": "no target creator (above)",
    "annotations/bodiesTargets/3.3.2-targCreatorAgentTypeImplemented.json": "no target creator (above)",
    "annotations/bodiesTargets/3.3.2-targCreatorAgentNicknameImplemented.json": "no target creator (above)",
    "annotations/bodiesTargets/3.3.2-targCreatorAgentSingleNameImplemented.json": "no target creator (above)",
    "annotations/specificResource/4.2.1-conformsTo.json": "no FragmentSelector is written",
}
BODY_CREATOR = (
    "annotations/bodiesTargets/3.3.1-bodySingleCreator.json",
    "annotations/bodiesTargets/3.3.2-bodyCreatorAgentIdImplemented.json",
    "annotations/bodiesTargets/3.3.2-bodyCreatorAgentTypeImplemented.json",
    "annotations/bodiesTargets/3.3.2-bodyCreatorAgentNicknameImplemented.json",
    "annotations/bodiesTargets/3.3.2-bodyCreatorAgentSingleNameImplemented.json",
)
"""Pass where a body has a known creator: Nisba records who put each source in a chain, nothing else per body."""
ANNOTATION_CREATOR = (
    "annotations/3.3.1-annotationSingleCreatorImplemented.json",
    "annotations/3.3.2-annotationCreatorAgentIdImplemented.json",
    "annotations/3.3.2-annotationCreatorAgentTypeImplemented.json",
    "annotations/3.3.2-annotationCreatorAgentNicknameImplemented.json",
    "annotations/3.3.2-annotationCreatorAgentSingleNameImplemented.json",
)
"""Pass where the claim's annotator is recorded (not for claims made before annotators were, or with no name)."""


def _fill(project: Project, text: str) -> None:
    project.annotator = "Layla"
    article = project.add_article(text, title="بوتين وكيم", url="https://news.example/putin-kim")
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Vladimir Putin", "person", aliases=["بوتين"])
    claim = project.add_claim(article.id, *span_of(text, "وقع الرئيس", "ضد أعدائهما"), [hill.id], "indirect", "ملاحظة")
    name = span_of(text, "بوتين", "بوتين")
    project.set_chain(claim.id, [AttributionSpec(hill.id), AttributionSpec(putin.id, mention=name)])
    project.annotator = None
    plain = project.add_claim(article.id, *span_of(text, "وثيقة اختراق", "اختراق"), [])
    project.set_claim_labels(plain.id, [project.add_label("opinion").id])
    project.set_curated(plain.id)
    emoji = project.add_article("😀 قال الوزير إن الاتفاق مهم.", title=None)
    project.add_claim(emoji.id, 11, 27, [putin.id], "direct")


@pytest.fixture
def exported(project: Project, sample_text: str, tmp_path: Path) -> dict[str, Any]:
    _fill(project, sample_text)
    data: dict[str, Any] = json.loads(project.export(tmp_path / "claims.json").path.read_text(encoding="utf-8"))
    return data


def test_every_must_check_passes(exported: dict[str, Any]) -> None:
    checks = check_collection(exported)
    failed = [(c.subject, c.assertion, c.message) for c in checks if c.level == "must" and not c.passed]
    assert failed == []
    assert summary(checks)["must"] == (79, 79)


def test_every_applicable_should_check_passes(exported: dict[str, Any]) -> None:
    items = exported["first"]["items"]
    body_creator = {item["id"] for item in items if any("creator" in body for body in item["body"])}
    creator = {item["id"] for item in items if "creator" in item}
    assert body_creator and creator and creator != {item["id"] for item in items}
    checks = check_collection(exported)
    failed = [
        (c.subject, c.assertion)
        for c in checks
        if c.level == "should"
        and not c.passed
        and c.assertion not in NOT_APPLICABLE
        and not (c.assertion in BODY_CREATOR and c.subject not in body_creator)
        and not (c.assertion in ANNOTATION_CREATOR and c.subject not in creator)
    ]
    assert failed == []
    passed, applied = summary(checks)["should"]  # passed: for every annotation, those without creators too
    assert (passed, applied) == (37 - len(NOT_APPLICABLE) - len(BODY_CREATOR) - len(ANNOTATION_CREATOR), 37)


def test_the_checks_catch_what_the_export_used_to_miss(exported: dict[str, Any]) -> None:
    """The checker fails the shapes of the earlier export: no ids, times without a zone, no target type."""
    old = json.loads(json.dumps(exported))
    del old["id"], old["first"]["id"]
    item = old["first"]["items"][0]
    item["created"] = item["created"].removesuffix("Z")
    del item["@context"]
    failed = {(c.subject, c.assertion) for c in check_collection(old) if c.level == "must" and not c.passed}
    assert ("collection", "collections/5.1-collectionIdValidated.json") in failed
    assert ("page", "collections/pages/5.2-pageIdValidated.json") in failed
    assert (item["id"], "annotations/3.3.1-annotationCreatedValidated.json") in failed
    assert (item["id"], "annotations/3.1-annotationContextValidated.json") in failed


def test_collection_and_page_point_at_each_other(exported: dict[str, Any]) -> None:
    page = exported["first"]
    assert exported["id"].startswith("urn:uuid:") and exported["last"] == page["id"]
    assert page["partOf"] == exported["id"] and page["type"] == "AnnotationPage"
    assert "code points" in exported["dcterms:description"]
    assert exported["generated"].endswith("Z")
    assert exported["@context"][1] == {"nisba": "https://w3id.org/nisba/ns#"}


def test_targets_are_specific_resources_and_times_are_utc(exported: dict[str, Any]) -> None:
    for item in exported["first"]["items"]:
        assert item["target"]["type"] == "SpecificResource"
        assert item["created"].endswith("Z") and item["modified"].endswith("Z")
        assert all(body["format"] == "text/plain" for body in item["body"])
    first = exported["first"]["items"][0]
    assert first["target"]["language"] == "ar" and first["target"]["textDirection"] == "rtl"


def test_mentions_carry_a_quote_that_anchors_them(exported: dict[str, Any], sample_text: str) -> None:
    [putin] = [
        body
        for item in exported["first"]["items"]
        for body in item["body"]
        if body.get("value") == "Vladimir Putin" and "nisba:mention" in body
    ]
    mention = putin["nisba:mention"]
    quote = mention["nisba:quote"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "بوتين"
    start = sample_text.index(quote["prefix"] + quote["exact"] + quote["suffix"]) + len(quote["prefix"])
    assert (start, start + len(quote["exact"])) == (mention["start"], mention["end"])


def test_ids_are_stable_and_differ_between_projects_with_the_same_article(
    project: Project, sample_text: str, tmp_path: Path
) -> None:
    _fill(project, sample_text)
    once = json.loads(project.export(tmp_path / "a.json").path.read_text(encoding="utf-8"))
    twice = json.loads(project.export(tmp_path / "b.json").path.read_text(encoding="utf-8"))
    ids = [item["id"] for item in once["first"]["items"]]
    assert ids == [item["id"] for item in twice["first"]["items"]] and once["id"] == twice["id"]
    assert len(set(ids)) == len(ids)
    with Project.open(tmp_path / "colleague.nisba") as other:  # the same article, the same row ids
        _fill(other, sample_text)
        theirs = json.loads(other.export(tmp_path / "c.json").path.read_text(encoding="utf-8"))
    assert not set(ids) & {item["id"] for item in theirs["first"]["items"]}
    assert theirs["id"] != once["id"]


def test_a_reused_row_id_names_a_new_annotation(project: Project, sample_text: str, tmp_path: Path) -> None:
    article = project.add_article(sample_text)
    claim = project.add_claim(article.id, 0, 10)
    before = json.loads(project.export(tmp_path / "a.json").path.read_text(encoding="utf-8"))
    project.delete_claim(claim.id)
    again = project.add_claim(article.id, 0, 10)
    assert again.id == claim.id  # SQLite gives the freed row id back
    after = json.loads(project.export(tmp_path / "b.json").path.read_text(encoding="utf-8"))
    assert before["first"]["items"][0]["id"] != after["first"]["items"][0]["id"]
