"""Importing .qdpx files shaped as QualCoder, NVivo and ATLAS.ti write them (built here, byte by byte)."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotator import Project
from annotator.errors import ProjectImportError
from tests.qdpx_files import Selection, Source, code, guid, q, utf16, write_qdpx

TEXT = "😀 قال الوزير: «الاتفاق مهم». وقال بوتين إن الوقت حان.\nسطر ثانٍ 🎉 فيه رمز، وقال الوزير كلمة."
SPEAKERS, PUTIN, MINISTER, THEMES, ECONOMY = (guid() for _ in range(5))
CODES = code(
    SPEAKERS,
    "Speakers",
    codable=False,
    children=code(PUTIN, "Putin", colour="#FF0000") + code(MINISTER, "The minister"),
) + code(THEMES, "Themes", codable=False, children=code(ECONOMY, "economy"))


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _selection(
    text: str, words: str, codes: list[str], *, unit: str = "utf16", named: bool = True, **kw: object
) -> Selection:
    start, end = _span(text, words)
    if unit == "utf16":
        start, end = utf16(text, start), utf16(text, end)
    elif unit == "utf16-crlf":
        crlf = text.replace("\n", "\r\n")
        start, end = utf16(crlf, start + text[:start].count("\n")), utf16(crlf, end + text[:end].count("\n"))
    elif unit == "cp-crlf":
        start, end = start + text[:start].count("\n"), end + text[:end].count("\n")
    return Selection(start, end, codes, name=words if named else None, **kw)  # type: ignore[arg-type]


def _qualcoder(path: Path) -> Path:
    """QualCoder's export: sources/ in lower case, texts written with a BOM, one selection per coding, positions in
    the UTF-16 units of its window (not counting the BOM), a selection named by its text."""
    selections = [
        _selection(TEXT, "«الاتفاق مهم»", [MINISTER], user="colin"),
        _selection(TEXT, "«الاتفاق مهم»", [ECONOMY], user="colin"),
        _selection(TEXT, "الوقت حان", [PUTIN], user="colin", description="a memo"),
        _selection(TEXT, "كلمة", [MINISTER], user="anna"),
    ]
    return write_qdpx(
        path, [Source("article.txt", TEXT, selections)], CODES, origin="QualCoder 3.6",
        users={"colin": guid(), "anna": guid()}, bom=True,
    )  # fmt: skip


def test_a_qualcoder_file_with_bom_and_utf16_units_lands_on_its_words(project: Project, tmp_path: Path) -> None:
    path = _qualcoder(tmp_path / "qc.qdpx")
    preview = project.preview_project_import(path, {"Speakers": "sources"})
    [article] = preview.articles
    assert article.reading == "UTF-16 units, after the byte-order mark" and article.proven
    assert article.evidence.startswith("4 of 4 selection names match")
    report = project.import_project(path, {"Speakers": "sources"})
    assert report.claims_added == 3 and not report.unplaced
    [stored] = project.articles()
    assert stored.text == TEXT and stored.title == "article.txt"
    claims = {c.text: c for c in project.claims()}
    assert set(claims) == {"«الاتفاق مهم»", "الوقت حان", "كلمة"}
    quote = claims["«الاتفاق مهم»"]  # QualCoder's two selections of one span by one coder: one claim
    names = {s.id: s.name for s in project.sources()}
    assert [names[i] for i in quote.source_ids] == ["The minister"] and [x.name for x in quote.labels] == ["economy"]
    assert claims["الوقت حان"].note == "a memo" and claims["كلمة"].annotator == "anna"
    assert {s.name: s.colour for s in project.sources()}["Putin"] == "#ff0000"


def test_positions_that_count_the_bom_are_read_so(project: Project, tmp_path: Path) -> None:
    """QualCoder keeps the BOM in a text it re-imported from its own export; codings made afterwards count it."""
    selections = [_selection(TEXT, w, [ECONOMY]) for w in ("الوزير", "بوتين", "كلمة")]
    for selection in selections:
        selection.start, selection.end = selection.start + 1, selection.end + 1
    path = write_qdpx(tmp_path / "x.qdpx", [Source("s", TEXT, selections)], CODES, origin="QualCoder 3.6", bom=True)
    report = project.import_project(path)
    assert sorted(c.text for c in project.claims()) == sorted(["الوزير", "بوتين", "كلمة"])
    assert "UTF-16 units, counting the byte-order mark" in " ".join(report.readings)


def test_by_default_another_tools_codes_are_labels(project: Project, tmp_path: Path) -> None:
    report = project.import_project(_qualcoder(tmp_path / "qc.qdpx"))
    assert report.sources_created == [] and sorted(report.labels_created) == ["Putin", "The minister", "economy"]
    assert all(c.source_ids == [] for c in project.claims())


def test_an_nvivo_file_with_crlf_and_utf16_units_in_capital_sources(project: Project, tmp_path: Path) -> None:
    """NVivo 12: UTF-16 units over CRLF text (a CRLF counts two), a capitalised Sources/ folder, upper-case GUIDs."""
    selections = [
        _selection(TEXT, "بوتين", [PUTIN], unit="utf16-crlf", user="n"),
        _selection(TEXT, "سطر ثانٍ", [ECONOMY], unit="utf16-crlf", user="n"),
        _selection(TEXT, "كلمة", [MINISTER], unit="utf16-crlf", user="n"),
    ]
    path = write_qdpx(
        tmp_path / "nvivo.qdpx", [Source("Interview", TEXT, selections)], CODES,
        origin="NVivo 12", users={"n": guid()}, folder="Sources", crlf=True, guid_case="upper",
    )  # fmt: skip
    report = project.import_project(path, {"Speakers": "sources"})
    assert report.claims_added == 3 and not report.unplaced
    assert sorted(c.text for c in project.claims()) == sorted(["بوتين", "سطر ثانٍ", "كلمة"])
    assert "UTF-16 units, a CRLF line end as two" in " ".join(report.readings)
    assert project.articles()[0].text == TEXT  # CRLF made LF, offsets remapped


def test_atlas_counts_a_crlf_as_one(project: Project, tmp_path: Path) -> None:
    plain = TEXT.replace("😀 ", "").replace(" 🎉", "")
    selections = [_selection(plain, "كلمة", [MINISTER], unit="cp"), _selection(plain, "سطر ثانٍ", [ECONOMY], unit="cp")]
    path = write_qdpx(
        tmp_path / "atlas.qdpx", [Source("doc", plain, selections)], CODES, origin="ATLAS.ti 23", crlf=True
    )
    report = project.import_project(path)
    assert sorted(c.text for c in project.claims()) == sorted(["كلمة", "سطر ثانٍ"])
    assert "code points, a CRLF line end as one" in " ".join(report.readings)


def test_without_names_the_word_edges_decide(project: Project, tmp_path: Path) -> None:
    selections = [_selection(TEXT, w, [ECONOMY], named=False) for w in ("الوزير", "بوتين", "الوقت", "كلمة")]
    path = write_qdpx(tmp_path / "x.qdpx", [Source("s", TEXT, selections)], CODES, origin="MAXQDA 2022")
    preview = project.preview_project_import(path)
    assert preview.articles[0].proven and preview.articles[0].reading.startswith("UTF-16 units")
    project.import_project(path)
    assert sorted(c.text for c in project.claims()) == sorted(["الوزير", "بوتين", "الوقت", "كلمة"])


def test_a_reading_the_evidence_cannot_prove_is_said_so(project: Project, tmp_path: Path) -> None:
    text = "😀 a b c"
    path = write_qdpx(tmp_path / "x.qdpx", [Source("s", text, [Selection(3, 4, [ECONOMY])])], CODES, origin="Other")
    preview = project.preview_project_import(path)
    [article] = preview.articles
    assert not article.proven and article.reading == "code points"
    assert any(line.startswith("  not proven:") for line in preview.lines())


def test_a_selection_whose_name_does_not_fit_is_reported_not_moved(project: Project, tmp_path: Path) -> None:
    selections = [_selection(TEXT, w, [ECONOMY]) for w in ("الوزير", "بوتين", "كلمة")]
    selections.append(Selection(selections[0].start, selections[0].end, [ECONOMY], name="something else"))
    path = write_qdpx(tmp_path / "x.qdpx", [Source("s", TEXT, selections)], CODES, origin="Other")
    report = project.import_project(path)
    assert report.claims_added == 3
    assert report.unplaced == ["“something else” in 's': its name does not match the text at its place"]


def test_a_note_without_a_code_comes_in_as_an_unattributed_claim(project: Project, tmp_path: Path) -> None:
    memo = _selection(TEXT, "بوتين", [], description="ask about this")
    path = write_qdpx(tmp_path / "x.qdpx", [Source("s", TEXT, [memo])], CODES, origin="MAXQDA 2022")
    project.import_project(path)
    [claim] = project.claims()
    assert (claim.text, claim.note, claim.source_ids) == ("بوتين", "ask about this", [])


def test_a_folder_mapped_to_quote_types_sets_them(project: Project, tmp_path: Path) -> None:
    styles, direct = guid(), guid()
    codes = CODES + code(styles, "Style", codable=False, children=code(direct, "direct"))
    path = write_qdpx(tmp_path / "x.qdpx", [Source("s", TEXT, [_selection(TEXT, "«الاتفاق مهم»", [direct])])],
                      codes, origin="Other")  # fmt: skip
    project.import_project(path, {"Style": "quote types"})
    assert project.claims()[0].quote_type == "direct"


def test_an_unknown_folder_or_role_is_refused(project: Project, tmp_path: Path) -> None:
    path = _qualcoder(tmp_path / "qc.qdpx")
    with pytest.raises(ProjectImportError, match="no top-level code folder named 'Nobody'"):
        project.import_project(path, {"Nobody": "sources"})
    with pytest.raises(ProjectImportError, match="not 'people'"):
        project.preview_project_import(path, {"Speakers": "people"})
    assert project.articles() == []


def _as_qualcoder_rewrites(exported: Path, target: Path) -> Path:
    """What QualCoder 3.6's own importer and exporter make of a Nisba file (run for real on this shape): the code
    book and variables kept, one selection per coding, no Links, texts written with a BOM, its own origin."""
    with zipfile.ZipFile(exported) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        texts = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("sources/")}
    root.set("origin", "QualCoder 3.6")
    for links in root.findall(q("Links")):
        root.remove(links)
    for source in root.iter(q("TextSource")):
        for selection in source.findall(q("PlainTextSelection")):
            at = list(source).index(selection)
            source.remove(selection)
            for n, coding in enumerate(selection.findall(q("Coding"))):
                attributes = {k: v for k, v in selection.attrib.items() if k != "modifiedDateTime"}  # not kept
                single = etree.Element(q("PlainTextSelection"), dict(attributes, guid=guid()))
                single.extend(copy.deepcopy(d) for d in selection.findall(q("Description")))
                single.append(copy.deepcopy(coding))
                source.insert(at + n, single)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("project.qde", etree.tostring(root, xml_declaration=True, encoding="utf-8"))
        for name, text in texts.items():
            archive.writestr(name, ("\ufeff" + text).encode("utf-8"))
    return target


def test_a_nisba_file_that_went_through_qualcoder(project: Project, sample_text: str, tmp_path: Path) -> None:
    from tests.test_refi_export import fill
    from tests.test_refi_roundtrip import snapshot

    fill(project, sample_text)
    moved = _as_qualcoder_rewrites(project.export(tmp_path / "study.qdpx").path, tmp_path / "fromqc.qdpx")
    with Project.open(tmp_path / "back.nisba") as back:
        report = back.import_project(moved)
        assert report.claims_added == 3 and not report.duplicates
        assert sorted(report.unplaced) == [
            "the cue “وفقًا” in 'بوتين وكيم': the file links it to no claim",
            "the mention “بوتين” in 'بوتين وكيم': the file links it to no claim",
        ]
        kept, theirs = snapshot(project), snapshot(back)
        assert theirs["articles"] == kept["articles"] and theirs["sources"] == kept["sources"]

        def kept_through_qualcoder(claims: object) -> list[object]:
            """All but the modified time and the mention and cue spans (they need the Links QualCoder drops)."""
            return [(*c[:9], tuple(link[:2] + link[4:] for link in c[10]), *c[11:]) for c in claims]  # type: ignore[attr-defined]

        assert kept_through_qualcoder(theirs["claims"]) == kept_through_qualcoder(kept["claims"])
        assert all(c[9] == c[8] for c in theirs["claims"])  # type: ignore[attr-defined]


def test_origin_survives_qualcoder_but_another_tools_claims_were_marked_by_hand(
    project: Project, tmp_path: Path
) -> None:
    from tests.test_refi_roundtrip import suggested_claims

    suggested_claims(project)
    moved = _as_qualcoder_rewrites(project.export(tmp_path / "study.qdpx").path, tmp_path / "fromqc.qdpx")
    with Project.open(tmp_path / "back.nisba") as back:
        back.import_project(moved)  # QualCoder kept Nisba's folders: the Origin codes still mean it
        assert sorted(c.origin for c in back.claims()) == ["manual", "suggested", "suggested_edited"]
    origin, suggested = guid(), guid()
    codes = CODES + code(origin, "Origin", codable=False, children=code(suggested, "Suggested"))
    selections = [_selection(TEXT, "الوقت حان", [PUTIN, suggested])]
    other = write_qdpx(tmp_path / "x.qdpx", [Source("s", TEXT, selections)], codes, origin="MAXQDA 2022")
    project.import_project(other)
    [claim] = [c for c in project.claims() if c.text == "الوقت حان"]
    assert claim.origin == "manual" and [label.name for label in claim.labels] == ["Putin", "Suggested"]
