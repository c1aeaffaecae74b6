"""The REFI-QDA (.qdpx) export: valid against the QDA-XML schema, readable by QualCoder's rules, stable."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotator import Project
from annotator.exports.data import ExportOptions
from annotator.project.claims import AttributionSpec
from tests.conftest import span_of
from tests.qdpx_files import q, qde_of, schema

EMOJI_TEXT = "😀 قال الوزير إن الاتفاق مهم. 🎉 وأضاف أن «الوقت قد حان»."


def fill(project: Project, text: str) -> None:
    """Every kind of record Nisba has: claims with chains, mentions, cues, labels, notes, two annotators."""
    project.annotator = "Layla"
    article = project.add_article(
        text, title="بوتين وكيم", outlet="The Hill", url="https://news.example/pk", published="2024-06-20"
    )
    hill = project.add_source("The Hill", "media", aliases=["ذا هيل"], colour="#123456")
    putin = project.add_source("Vladimir Putin", "person", aliases=["بوتين", "فلاديمير بوتين"])
    project.add_source("Unused", "document")
    claim = project.add_claim(
        article.id, *span_of(text, "وقع الرئيس", "ضد أعدائهما"), [hill.id], "indirect", 'ملاحظة <مهمة> & "أخرى"'
    )
    name = span_of(text, "بوتين", "بوتين")
    cue = span_of(text, "وفقًا", "وفقًا") if "وفقًا" in text else (name[0] - 4, name[0] - 1)
    project.set_chain(claim.id, [AttributionSpec(hill.id, cue=cue), AttributionSpec(putin.id, mention=name)])
    project.annotator = "عمر"
    other = project.add_claim(article.id, *span_of(text, "وثيقة اختراق", "اختراق"), [putin.id, hill.id], "direct")
    project.set_claim_labels(other.id, [project.add_label("opinion").id, project.add_label("رأي", "#aabbcc").id])
    project.set_curated(other.id)
    emoji = project.add_article(EMOJI_TEXT, title=None)
    project.add_claim(emoji.id, EMOJI_TEXT.index("الوقت"), EMOJI_TEXT.index("حان") + 3, [putin.id], "mixed")
    project.add_article("An article without claims.\nSecond line.", title="Empty")


@pytest.fixture
def exported(project: Project, sample_text: str, tmp_path: Path) -> Path:
    fill(project, sample_text)
    return project.export(tmp_path / "study.qdpx").path


def test_every_exported_project_is_valid_against_the_schema(project: Project, sample_text: str, tmp_path: Path) -> None:
    empty = project.export(tmp_path / "empty.qdpx").path
    assert schema().validate(qde_of(empty)), schema().error_log
    fill(project, sample_text)
    awkward = project.add_article('\x01 control <&> "quotes"\r tab\t end', title="<&>\x02")
    project.add_claim(awkward.id, 0, 10, [project.add_source("Labels", "other").id], note="\x03")
    project.add_label("Direct quote")
    for name, options in [
        ("all.qdpx", ExportOptions()),
        ("done.qdpx", ExportOptions(scope="done")),
        ("curated.qdpx", ExportOptions(curated_only=True)),
        ("one.qdpx", ExportOptions(scope="selected", article_ids=(awkward.id,))),
    ]:
        summary = project.export(tmp_path / name, options=options)
        assert schema().validate(qde_of(summary.path)), (name, schema().error_log)
    assert any("XML cannot hold" in note for note in summary.notes)


def test_the_zip_holds_project_qde_and_each_text_as_stored(exported: Path, project: Project) -> None:
    with zipfile.ZipFile(exported) as archive:
        names = archive.namelist()
        root = qde_of(exported)
        sources = root.findall(f"{q('Sources')}/{q('TextSource')}")
        assert names[0] == "project.qde" and len(names) == 1 + len(project.articles()) == 1 + len(sources)
        for source, article in zip(sources, project.articles(), strict=True):
            path = source.get("plainTextPath")
            assert path == f"internal://{source.get('guid')}.txt" and source.find(q("PlainTextContent")) is None
            raw = archive.read(f"sources/{path.removeprefix('internal://')}")
            assert raw.decode("utf-8") == article.text and not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw


def test_elements_follow_the_schema_order_and_qualcoder_needs(exported: Path) -> None:
    root = qde_of(exported)
    assert [child.tag.removeprefix(f"{{{q('')[1:-1]}}}") for child in root] == [
        "Users", "CodeBook", "Variables", "Sources", "Links", "Description",
    ]  # fmt: skip
    assert root.get("origin", "").startswith("Nisba")
    names = [c.get("name", "").casefold() for c in root.iter(q("Code"))]
    assert len(names) == len(set(names))  # QualCoder keeps one code per name
    for selection in root.iter(q("PlainTextSelection")):
        assert selection.find(q("NoteRef")) is None  # a note is the selection's Description, never a second note
    assert {u.get("name") for u in root.iter(q("User"))} == {"Layla", "عمر"}


def test_claims_are_selections_named_by_their_text_in_code_points(exported: Path, project: Project) -> None:
    root = qde_of(exported)
    texts = {a.title: a.text for a in project.articles()}
    by_guid = {c.get("guid"): c.get("name") for c in root.iter(q("Code"))}
    for source in root.iter(q("TextSource")):
        text = texts.get(source.get("name")) or texts[None]
        for selection in source.iter(q("PlainTextSelection")):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            assert text[start:end] == selection.get("name")
    [emoji] = [s for s in root.iter(q("TextSource")) if s.get("name", "").startswith("Article")]
    [claim] = emoji.iter(q("PlainTextSelection"))
    assert int(claim.get("startPosition")) == EMOJI_TEXT.index("الوقت")  # code points, not UTF-16 units
    codes = [by_guid[c.find(q("CodeRef")).get("targetGUID")] for c in claim.iter(q("Coding"))]
    assert codes == ["Mixed quote", "Vladimir Putin"]


def test_a_claim_is_coded_with_quote_type_then_chain_in_order_then_labels(exported: Path) -> None:
    root = qde_of(exported)
    by_guid = {c.get("guid"): c.get("name") for c in root.iter(q("Code"))}
    claims = {}
    for selection in root.iter(q("PlainTextSelection")):
        claims[selection.get("name")] = [
            by_guid[c.find(q("CodeRef")).get("targetGUID")] for c in selection.iter(q("Coding"))
        ]
    assert claims["وثيقة اختراق"] == [
        "Direct quote",
        "Vladimir Putin",
        "The Hill",
        "opinion",
        "رأي",
        "Accepted as final",
    ]
    assert claims["بوتين"] == ["Vladimir Putin", "Source mention"]
    links = list(root.iter(q("Link")))
    assert len(links) == 2 and all(link.get("direction") == "OneWay" for link in links)


def test_exporting_twice_writes_the_same_bytes(project: Project, sample_text: str, tmp_path: Path) -> None:
    fill(project, sample_text)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = project.export(tmp_path / "a" / "study.qdpx").path.read_bytes()
    assert project.export(tmp_path / "b" / "study.qdpx").path.read_bytes() == first


def test_names_that_clash_get_a_suffix_and_keep_their_own(project: Project, tmp_path: Path) -> None:
    article = project.add_article("قال الوزير إن الاتفاق مهم.")
    clash = project.add_source("Direct quote", "person")
    label = project.add_label("direct quote ")
    claim = project.add_claim(article.id, 0, 9, [clash.id])
    project.set_claim_labels(claim.id, [label.id])
    root = qde_of(project.export(tmp_path / "x.qdpx").path)
    codes = {c.get("name"): c for c in root.iter(q("Code"))}
    assert {"Direct quote", "Direct quote (source)", "direct quote (label)"} <= set(codes)
    description = codes["Direct quote (source)"].find(q("Description")).text
    assert description.splitlines()[0] == "Nisba name: Direct quote"


def test_a_cancelled_export_writes_nothing(project: Project, tmp_path: Path) -> None:
    from annotator.errors import ExportCancelledError

    article = project.add_article("كلمة " * 2000)
    with project.action("many"):
        for n in range(600):
            project.add_claim(article.id, n * 5, n * 5 + 4)
    with pytest.raises(ExportCancelledError):
        project.export(tmp_path / "x.qdpx", progress=lambda done, total: False)
    assert list(tmp_path.glob("*.qdpx*")) == []
