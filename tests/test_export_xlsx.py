"""Excel export: read the file back and check what an analyst would see."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator import Project
from annotator.errors import ExportCancelledError, ExportError, InvalidValueError
from annotator.exports.data import ExportOptions, context_after, context_before
from annotator.exports.overflow_sheet import OVERFLOW_SHEET
from annotator.exports.sheet import EXCEL_CELL_LIMIT, MARKER
from tests.conftest import span_of
from tests.xlsx_helpers import sheet_rows

BOTH_FLAVOURS = True  # the project fixture is a file, then a database on the test server (conftest)


@pytest.fixture
def filled(project: Project, sample_text: str) -> Project:
    article = project.add_article(sample_text, title="بوتين وكيم", outlet="Example News", published="2024-06-20")
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Putin", "person", aliases=["بوتين", "فلاديمير بوتين"])
    project.add_claim(article.id, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"), [hill.id])
    project.add_claim(
        article.id, *span_of(sample_text, "اتفاقية الشراكة", "هذا الاتفاق"), [hill.id, putin.id], "direct", "chain"
    )
    other = project.add_article("The Hill reported that the deal was signed.", title="English", outlet="The Hill")
    project.add_claim(other.id, 23, 42, [putin.id], "indirect")
    return project


def test_claims_sheet_has_text_context_chain_and_offsets(filled: Project, tmp_path: Path, sample_text: str) -> None:
    out = filled.export_xlsx(tmp_path / "claims.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Claims",
        "Attributions",
        "Sources",
        "Articles",
        "Summary",
        "Sessions",
        "Agreement",
        "Overview",
        OVERFLOW_SHEET,
    ]
    rows = sheet_rows(out, "Claims")
    claims = filled.claims()
    assert [r["Claim ID"] for r in rows] == [c.id for c in claims]
    for row, claim in zip(rows, claims, strict=True):
        assert row["Claim text"] == claim.text
        assert (row["Start"], row["End"]) == (claim.start, claim.end)
        assert isinstance(row["Claim ID"], int) and isinstance(row["Article ID"], int)
        assert isinstance(row["Created at"], datetime) and isinstance(row["Updated at"], datetime)
    first, chain, english = rows
    assert first["Article"] == "بوتين وكيم" and first["Outlet"] == "Example News"
    assert first["Published"] == datetime(2024, 6, 20)
    assert first["Paragraph"] == 3  # section word, headline, then this paragraph
    assert first["Text before"] is None  # the claim opens its paragraph
    assert first["Text after"] == "، وفقًا لما ذكرته صحيفة “The Hill“."
    assert chain["Primary source"] == "The Hill"
    assert chain["Attribution chain (first to last)"] == "The Hill; Putin"
    assert chain["Source kinds"] == "media; person"
    assert (chain["Quote type"], chain["Note"]) == ("direct", "chain")
    assert chain["Text before"].endswith("وقال بوتين إن “") and len(chain["Text before"]) <= 80
    assert english["Text before"] == "The Hill reported that " and english["Text after"] == "."
    ws = wb["Claims"]
    assert ws.sheet_view.rightToLeft is True
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:Y4"
    assert ws.column_dimensions["G"].width >= 40
    claim_cell = ws["G2"]
    assert claim_cell.alignment.horizontal == "right" and claim_cell.alignment.readingOrder == 2
    assert claim_cell.alignment.wrap_text
    assert ws["G4"].alignment.horizontal == "left"  # the English article's claim


def test_attributions_sources_articles_and_summary(filled: Project, tmp_path: Path) -> None:
    out = filled.export_xlsx(tmp_path / "claims.xlsx")
    attributions = sheet_rows(out, "Attributions")
    assert [(a["Claim ID"], a["Order in chain"], a["Source"]) for a in attributions] == [
        (1, 1, "The Hill"),
        (2, 1, "The Hill"),
        (2, 2, "Putin"),
        (3, 1, "Putin"),
    ]
    sources = {s["Name"]: s for s in sheet_rows(out, "Sources")}
    assert (
        sources["The Hill"]["Claims"],
        sources["The Hill"]["As primary source"],
        sources["The Hill"]["Articles"],
    ) == (2, 2, 1)
    assert (sources["Putin"]["Claims"], sources["Putin"]["As primary source"], sources["Putin"]["Articles"]) == (
        2,
        1,
        2,
    )
    assert sources["Putin"]["Aliases"] == "بوتين; فلاديمير بوتين" and sources["Putin"]["Kind"] == "person"
    articles = sheet_rows(out, "Articles")
    assert [(a["Article ID"], a["Claims"], a["Sources"], a["Status"]) for a in articles] == [
        (1, 2, 2, "in_progress"),
        (2, 1, 1, "in_progress"),
    ]
    assert articles[0]["Published"] == datetime(2024, 6, 20) and articles[0]["Direction"] == "rtl"
    ws = load_workbook(out)["Summary"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert values[0][:3] == ["The Hill", 2, 2] and values[1][:3] == ["Putin", 2, 1]
    assert sorted(tuple(v[4:6]) for v in values if v[4]) == [("media", 2), ("person", 2)]
    assert sorted(tuple(v[7:9]) for v in values if v[7]) == [("Example News", 2), ("The Hill", 1)]
    [chart] = ws._charts
    assert chart.title is not None and chart.type == "bar"


def test_formula_like_text_stays_text(project: Project, tmp_path: Path) -> None:
    text = '=HYPERLINK("http://evil.example","x")\n+1+2\n-3\n@SUM(A1)\n\tTab start\n'
    article = project.add_article(text, title="=cmd|' /C calc'!A0")
    source = project.add_source("=1+1")
    for line in ("=HYPERLINK", "+1+2", "-3", "@SUM(A1)", "\tTab"):
        start = text.index(line)
        project.add_claim(article.id, start, text.index("\n", start), [source.id], note="=2*3")
    out = project.export(tmp_path / "evil.xlsx", options=ExportOptions(include_context=False)).path
    wb = load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    rows = sheet_rows(out, "Claims")
    assert [r["Claim text"] for r in rows] == [
        '=HYPERLINK("http://evil.example","x")',
        "+1+2",
        "-3",
        "@SUM(A1)",
        "\tTab start",
    ]
    assert rows[0]["Article"] == "=cmd|' /C calc'!A0" and rows[0]["Primary source"] == "=1+1"
    assert rows[0]["Note"] == "=2*3"


def test_characters_xml_forbids_are_marked_and_the_row_says_so(project: Project, tmp_path: Path) -> None:
    text = "قال\x0b بوتين\x1f إن \ufffe الاتفاق"
    article = project.add_article(text, title="t\x00x")
    project.add_claim(article.id, 0, len(text))
    out = project.export(tmp_path / "c.xlsx")
    [row] = sheet_rows(out.path, "Claims")
    assert row["Claim text"] == f"قال{MARKER} بوتين{MARKER} إن {MARKER} الاتفاق"
    assert row["Article"] == f"t{MARKER}x"
    assert "Claim text: 3 character(s)" in row["Export notes"]
    assert any("claim 1" in n for n in out.notes)


def test_text_over_the_cell_limit_goes_whole_to_the_overflow_sheet(project: Project, tmp_path: Path) -> None:
    text = "".join(chr(0x628 + i % 20) for i in range(EXCEL_CELL_LIMIT * 2 + 500))
    article = project.add_article(text)
    project.add_claim(article.id, 0, len(text))
    out = project.export_xlsx(tmp_path / "long.xlsx")
    ws = load_workbook(out)["Claims"]
    cell = ws["G2"]
    assert len(cell.value) == EXCEL_CELL_LIMIT
    assert cell.value.endswith(f"{len(text):,} characters; whole text in sheet {OVERFLOW_SHEET}, row 2")
    assert cell.hyperlink is not None and cell.hyperlink.location == f"'{OVERFLOW_SHEET}'!D2"
    parts = sheet_rows(out, OVERFLOW_SHEET)
    assert [(p["Claim ID"], p["Column"], p["Part"]) for p in parts] == [
        (1, "Claim text", 1),
        (1, "Claim text", 2),
        (1, "Claim text", 3),
    ]
    assert "".join(p["Text"] for p in parts) == text
    assert "whole text in Overflow" in sheet_rows(out, "Claims")[0]["Export notes"]


def test_scope_and_context_options(filled: Project, tmp_path: Path) -> None:
    english = filled.articles()[1].id
    out = filled.export(tmp_path / "one.xlsx", options=ExportOptions("selected", (english,), include_context=False))
    rows = sheet_rows(out.path, "Claims")
    assert [r["Article ID"] for r in rows] == [english] and "Text before" not in rows[0]
    assert load_workbook(out.path)["Claims"].sheet_view.rightToLeft is False
    done = filled.export(tmp_path / "done.xlsx", options=ExportOptions("done"))
    assert done.claims == 0 and sheet_rows(done.path, "Claims") == []
    with pytest.raises(InvalidValueError, match="no articles"):
        ExportOptions("selected")


def test_cancel_leaves_no_file_and_keeps_the_earlier_one(filled: Project, tmp_path: Path, sample_text: str) -> None:
    article = filled.articles()[0]
    for i in range(0, 2000, 5):
        filled.add_claim(article.id, i, i + 3)
    out = tmp_path / "claims.xlsx"
    out.write_bytes(b"earlier export")
    calls: list[tuple[int, int]] = []

    def cancel_at_second(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(ExportCancelledError, match="cancelled"):
        filled.export(out, progress=cancel_at_second)
    assert calls == [(200, 403), (400, 403)]
    assert out.read_bytes() == b"earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []


def test_failed_export_keeps_the_earlier_file(filled: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "claims.xlsx"
    filled.export_xlsx(out)
    before = out.read_bytes()

    def broken_save(self: object, filename: object) -> None:
        Path(str(filename)).write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", broken_save)
    with pytest.raises(ExportError, match="No space left"):
        filled.export_xlsx(out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if "claims" in p.name] == ["claims.xlsx"]


def test_unwritable_targets_give_clear_messages(filled: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        filled.export_xlsx(tmp_path / "no" / "such" / "dir.xlsx")
    with pytest.raises(ExportError, match="could not be written"):
        (tmp_path / "folder.xlsx").mkdir()
        (tmp_path / "folder.xlsx" / "x").write_text("occupied")
        filled.export_xlsx(tmp_path / "folder.xlsx")  # the target is a folder: the rename fails
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        with pytest.raises(ExportError, match="cannot write"):
            filled.export_xlsx(locked / "x.xlsx")
    with pytest.raises(InvalidValueError, match="unknown export format"):
        filled.export(tmp_path / "x.pdf")


def test_context_is_cut_at_word_boundaries_within_the_paragraph() -> None:
    text = "first paragraph\n" + "word " * 30 + "CLAIM" + " tail" * 30 + "\nnext"
    start = text.index("CLAIM")
    before = context_before(text, start)
    after = context_after(text, start + 5)
    assert before.startswith("word ") and before.endswith("word ") and len(before) <= 80
    assert after.startswith(" tail") and after.endswith("tail") and len(after) <= 80
    assert context_before(text, text.index("paragraph")) == "first "
    assert context_after(text, len(text) - 2) == "xt"


def test_dates_stay_dates(project: Project, tmp_path: Path) -> None:
    article = project.add_article("نص", published=date(2024, 6, 20))
    project.add_claim(article.id, 0, 2)
    [row] = sheet_rows(project.export_xlsx(tmp_path / "d.xlsx"), "Articles")
    assert row["Published"] == datetime(2024, 6, 20) and isinstance(row["Imported at"], datetime)


def test_control_characters_in_titles_and_names_do_not_break_the_export(project: Project, tmp_path: Path) -> None:
    article = project.add_article("نص المقال هنا", title="T\x07", outlet="O\x1b")
    source = project.add_source("AP\x1b", "media")
    project.add_claim(article.id, 0, 2, [source.id])
    out = project.export_xlsx(tmp_path / "c.xlsx")
    [row] = sheet_rows(out, "Claims")
    assert (row["Article"], row["Outlet"], row["Primary source"]) == (f"T{MARKER}", f"O{MARKER}", f"AP{MARKER}")
    assert [r["Name"] for r in sheet_rows(out, "Sources")] == [f"AP{MARKER}"]


def test_the_workbooks_own_cell_texts_follow_the_header_language(project: Project, tmp_path: Path) -> None:
    """An Arabic export writes the app's own words in cells in Arabic too ("(no source)", a running session,
    the overall agreement row, the notes on a cleaned or overflowing cell); the data stay as stored."""
    text = "قال\x0b الرئيس " + "ب" * (EXCEL_CELL_LIMIT + 10)
    article = project.add_article(text, title="خبر")
    project.start_session("سارة")
    project.end_session()
    project.start_session("ليلى")  # still running at the export
    project.annotator = "سارة"
    project.add_claim(article.id, 0, len(text))
    project.annotator = "ليلى"
    project.add_claim(article.id, 0, len(text))
    out = project.export(tmp_path / "ar.xlsx", options=ExportOptions(headers="ar"))
    book = load_workbook(out.path, read_only=True)
    cells = {
        name: [v for row in book[name].iter_rows(values_only=True) for v in row if isinstance(v, str)]
        for name in book.sheetnames
    }
    assert "(بلا مصدر)" in cells["ملخص"] and "(no source)" not in cells["ملخص"]
    assert "كل المقالات" in cells["الاتفاق"] and "All articles" not in cells["الاتفاق"]
    assert {"جارية", "نعم"} <= set(cells["الجلسات"]) and not {"running", "yes"} & set(cells["الجلسات"])
    claim_text = next(v for v in cells["الادعاءات"] if v.startswith("قال"))
    assert claim_text.endswith("؛ النص كاملًا في ورقة النصوص الطويلة، الصف 2")
    notes = next(v for v in cells["الادعاءات"] if "Excel" in v)
    assert notes.startswith("نص الادعاء: استُبدل بـ") and "أطول مما تتسع له خلية Excel" in notes
    assert {row[1] for row in book["النصوص الطويلة"].iter_rows(min_row=2, values_only=True)} == {"نص الادعاء"}
    assert out.notes[0].template == "claim {id}: {note}"  # the window says it in its own language
