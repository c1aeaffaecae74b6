"""CSV and W3C Web Annotation exports, and the lossless round trip of annotations."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from annotator import Project
from annotator.errors import AnnotationImportError
from annotator.exchange.identity import annotator_iri
from annotator.exports.columns import claim_columns
from annotator.exports.data import QUOTE_CONTEXT_CHARS
from tests.conftest import span_of

BOTH_FLAVOURS = True  # the project fixture is a file, then a database on the test server (conftest)


@pytest.fixture
def filled(project: Project, sample_text: str) -> Project:
    project.annotator = "Layla"
    article = project.add_article(sample_text, title="بوتين وكيم", url="https://news.example/putin-kim")
    hill = project.add_source("The Hill", "media", colour="#123456")
    putin = project.add_source("Vladimir Putin", "person", aliases=["بوتين", "فلاديمير بوتين"])
    ap = project.add_source("Associated Press", "media", aliases=["أسوشيتد برس"])
    project.add_claim(article.id, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"), [hill.id], "indirect")
    project.add_claim(
        article.id, *span_of(sample_text, "اتفاقية الشراكة", "هذا الاتفاق"), [hill.id, putin.id], "direct", "a note"
    )
    project.add_claim(article.id, *span_of(sample_text, "كوريا الشمالية والاتحاد", "أمنية أقل"), [ap.id])
    quoted = project.add_claim(article.id, *span_of(sample_text, "وثيقة اختراق", "اختراق"), [])
    project.set_claim_labels(quoted.id, [project.add_label("opinion").id, project.add_label("رأي", "#aabbcc").id])
    return project


def test_csv_has_the_claims_columns_in_utf8_with_bom(filled: Project, tmp_path: Path) -> None:
    out = filled.export(tmp_path / "claims.csv").path
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == [c.header for c in claim_columns(True)] + ["Export notes"]
    claims = filled.claims()
    assert [int(r["Claim ID"]) for r in rows] == [c.id for c in claims]
    assert [r["Claim text"] for r in rows] == [c.text for c in claims]
    assert {r["Annotator"] for r in rows} == {"Layla"}
    [chained] = [r for r in rows if r["Note"] == "a note"]
    assert chained["Attribution chain (first to last)"] == "The Hill; Vladimir Putin"


# Every start a spreadsheet reads as a formula (OWASP's CSV injection list): =, +, -, @, tab and carriage return.
FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["equals", "plus", "minus", "at", "tab", "carriage-return"])
def test_csv_defuses_formulas(project: Project, tmp_path: Path, start: str) -> None:
    formula = start + "SUM(1,2)"
    article = project.add_article(formula + " and more text")  # an article keeps every start but CR (a newline)
    project.add_claim(article.id, 0, len(formula), note=start + "cmd|' /C calc'!A0")
    target = tmp_path / "x.csv"
    target.write_text("an older export", encoding="utf-8")  # replaced whole
    [row] = csv_rows(project.export(target).path)
    if start != "\r":
        assert row["Claim text"] == "'" + formula
    assert row["Note"] == "'" + start + "cmd|' /C calc'!A0"
    assert row["Labels"] == ""


def csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of an exported CSV file, read as a spreadsheet would (line ends inside cells kept as they are)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_web_annotation_json_follows_the_data_model(filled: Project, tmp_path: Path, sample_text: str) -> None:
    out = filled.export(tmp_path / "claims.json").path
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 4
    items = data["first"]["items"]
    first = items[0]
    assert first["type"] == "Annotation"
    target = first["target"]
    assert target["source"] == "https://news.example/putin-kim"
    position, quote = target["selector"]
    assert position["type"] == "TextPositionSelector" and quote["type"] == "TextQuoteSelector"
    start, end = position["start"], position["end"]
    assert sample_text[start:end] == quote["exact"]
    assert sample_text[:start].endswith(quote["prefix"]) and sample_text[end:].startswith(quote["suffix"])
    assert len(quote["prefix"]) == min(start, QUOTE_CONTEXT_CHARS)
    assert len(quote["suffix"]) == min(len(sample_text) - end, QUOTE_CONTEXT_CHARS)
    assert first["creator"] == {"id": annotator_iri("Layla"), "type": "Person", "name": "Layla", "nickname": "Layla"}
    [noted] = [i for i in items if any(b.get("nisba:role") == "note" for b in i["body"])]
    chain = [b for b in noted["body"] if b.get("nisba:role") == "source"]
    assert [(b["value"], b["nisba:order"], b["nisba:sourceKind"]) for b in chain] == [
        ("The Hill", 0, "media"),
        ("Vladimir Putin", 1, "person"),
    ]
    [note] = [b for b in noted["body"] if b.get("nisba:role") == "note"]
    assert note == {
        "type": "TextualBody",
        "purpose": "commenting",
        "value": "a note",
        "format": "text/plain",
        "language": "en",
        "nisba:role": "note",
    }


def _snapshot(project: Project) -> list[tuple[object, ...]]:
    sources = {s.id: s for s in project.sources()}
    out = []
    for c in project.claims():
        chain = tuple(
            (
                sources[a.source_id].name,
                sources[a.source_id].kind,
                tuple(sources[a.source_id].aliases),
                sources[a.source_id].colour,
                a.position,
                a.mention_start,
                a.mention_end,
                a.cue_start,
                a.cue_end,
            )
            for a in c.attributions
        )
        labels = tuple(label.name for label in c.labels)
        out.append(
            (c.start, c.end, c.text, c.quote_type, c.note, c.created_at, c.updated_at, chain, labels, c.annotator)
        )
    return out


def test_round_trip_into_an_empty_project_is_exact(filled: Project, tmp_path: Path, sample_text: str) -> None:
    out = filled.export(tmp_path / "claims.json").path
    with Project.open(tmp_path / "empty.nisba") as other:
        other.add_article(sample_text, url="https://news.example/putin-kim")
        report = other.import_annotations(out)
        assert report.added == 4 and not report.unplaced and not report.duplicates
        assert sorted(report.sources_created) == ["Associated Press", "The Hill", "Vladimir Putin"]
        assert _snapshot(other) == _snapshot(filled)
        again = other.import_annotations(out)
        assert again.added == 0 and len(again.duplicates) == 4
        assert len(other.claims()) == 4


def test_changed_text_is_anchored_by_quote_or_reported(filled: Project, tmp_path: Path, sample_text: str) -> None:
    out = filled.export(tmp_path / "claims.json").path
    edited = "تحديث: سطر جديد في أول المقال\n" + sample_text.replace("وثيقة اختراق", "وثيقة مهمة")
    with Project.open(tmp_path / "edited.nisba") as other:
        article = other.add_article(edited, url="https://news.example/putin-kim")
        report = other.import_annotations(out)
        assert report.added == 3
        assert len(report.unplaced) == 1 and "its quote is not in the article" in report.unplaced[0]
        assert len(report.moved) == 3
        for claim in other.claims(article.id):
            assert claim.text == edited[claim.start : claim.end]
        texts = sorted(c.text[:10] for c in other.claims())
        assert texts == sorted(c.text[:10] for c in filled.claims() if "اختراق" not in c.text)


def test_ambiguous_quote_is_never_guessed(project: Project, tmp_path: Path) -> None:
    article = project.add_article("قال بوتين نعم. ثم قال بوتين نعم.", url="https://x.example/a")
    project.add_claim(article.id, 10, 13)
    out = project.export(tmp_path / "a.json").path
    with Project.open(tmp_path / "b.nisba") as other:
        other.add_article("مقدمة. قال بوتين نعم. ثم قال بوتين نعم.", url="https://x.example/a")
        data = json.loads(out.read_text(encoding="utf-8"))
        data["first"]["items"][0]["target"]["selector"][1]["prefix"] = ""
        data["first"]["items"][0]["target"]["selector"][1]["suffix"] = ""
        out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        report = other.import_annotations(out)
        assert report.added == 0 and "fits several places" in report.unplaced[0]


def test_unknown_article_and_bad_files(filled: Project, tmp_path: Path) -> None:
    out = filled.export(tmp_path / "claims.json").path
    with Project.open(tmp_path / "other.nisba") as other:
        other.add_article("another text entirely")
        report = other.import_annotations(out)
        assert report.added == 0 and len(report.unplaced) == 4
        assert "is not in this project" in report.unplaced[0]
        bad = tmp_path / "bad.json"
        bad.write_text("{not json", encoding="utf-8")
        with pytest.raises(AnnotationImportError, match="not a JSON file"):
            other.import_annotations(bad)
        with pytest.raises(AnnotationImportError, match="cannot be read"):
            other.import_annotations(tmp_path / "missing.json")
        assert other.claims() == [] and [s.name for s in other.sources()] == []


def test_malformed_annotation_fields_are_refused_or_ignored_never_crash(
    filled: Project, tmp_path: Path, sample_text: str
) -> None:
    out = filled.export(tmp_path / "claims.json").path
    data = json.loads(out.read_text(encoding="utf-8"))
    items = data["first"]["items"]
    items[0]["target"]["selector"][0]["start"] = 1.5  # not a whole number: anchored by its quote instead
    chained = next(i for i in items if len([b for b in i["body"] if b.get("nisba:role") == "source"]) == 2)
    sources = [b for b in chained["body"] if b.get("nisba:role") == "source"]
    sources[0]["nisba:order"] = "first"
    sources[0]["nisba:aliases"] = "بوتين"
    sources[1]["value"] = sources[0]["value"].upper()  # the same source twice in one chain
    items[2]["body"].append({"type": "TextualBody", "purpose": "identifying", "value": "   ", "nisba:role": "source"})
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Project.open(tmp_path / "other.nisba") as other:
        other.add_article(sample_text, url="https://news.example/putin-kim")
        report = other.import_annotations(out)
        assert report.added == 4 and not report.unplaced
        for claim in other.claims():
            assert len(set(claim.source_ids)) == len(claim.source_ids)
        assert all(s.name.strip() for s in other.sources())
        assert all(len(alias) > 1 for s in other.sources() for alias in s.aliases)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"type": "Annotation", "target": {"selector": 5}, "body": 3}), encoding="utf-8")
    with Project.open(tmp_path / "third.nisba") as third, pytest.raises(AnnotationImportError):
        third.import_annotations(broken)


def test_an_export_reaches_the_disk_before_it_takes_the_name(
    filled: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from annotator.exports import files as export_files

    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(export_files.os, "fsync", lambda fd: events.append("fsync") or real_fsync(fd))
    monkeypatch.setattr(export_files.os, "replace", lambda a, b: events.append("replace") or real_replace(a, b))
    filled.export(tmp_path / "claims.csv")
    assert events == ["fsync", "replace", "fsync"]  # the file, the rename, then the folder's entry
    assert (tmp_path / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbf")
