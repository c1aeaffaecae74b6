"""Excel export: read the file back and check what an analyst would see."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator import Project
from annotator.errors import ExportError
from annotator.export_xlsx import EXCEL_CELL_LIMIT, MARKER
from tests.conftest import span_of


@pytest.fixture
def filled(project: Project, sample_text: str) -> Project:
    article = project.add_article(sample_text, title="بوتين وكيم", outlet="Example News")
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Putin", "person", aliases=["بوتين"])
    project.add_claim(article.id, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"), [hill.id])
    project.add_claim(
        article.id, *span_of(sample_text, "اتفاقية الشراكة", "هذا الاتفاق"), [hill.id, putin.id], "direct", "chain"
    )
    return project


def test_one_row_per_claim_with_text_chain_and_offsets(filled: Project, tmp_path: Path) -> None:
    out = filled.export_xlsx(tmp_path / "claims.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Claims", "Sources", "Articles"]
    ws = wb["Claims"]
    header = [c.value for c in ws[1]]
    assert header == [
        "Claim ID",
        "Article ID",
        "Article",
        "Outlet",
        "Claim text",
        "Sources (chain order)",
        "Source kind",
        "Quote type",
        "Start",
        "End",
        "Created at",
        "Note",
    ]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)]
    claims = filled.claims()
    assert len(rows) == len(claims) == 2
    for row, claim in zip(rows, claims, strict=True):
        assert row["Claim ID"] == claim.id and isinstance(row["Claim ID"], int)
        assert row["Claim text"] == claim.text
        assert (row["Start"], row["End"]) == (claim.start, claim.end)
        assert row["Article"] == "بوتين وكيم" and row["Outlet"] == "Example News"
        assert isinstance(row["Created at"], datetime)
    assert rows[1]["Sources (chain order)"] == "The Hill; Putin"
    assert rows[1]["Source kind"] == "media; person"
    assert rows[1]["Quote type"] == "direct" and rows[1]["Note"] == "chain"
    assert ws.sheet_view.rightToLeft is True
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:L3"
    assert ws.column_dimensions["E"].width >= 40
    assert ws["E2"].alignment.horizontal == "right" and ws["E2"].alignment.readingOrder == 2
    sources = {r[1].value: [c.value for c in r] for r in wb["Sources"].iter_rows(min_row=2)}
    assert sources["The Hill"][5:] == [2, 1] and sources["Putin"][3] == "بوتين"
    articles = [[c.value for c in r] for r in wb["Articles"].iter_rows(min_row=2)]
    assert articles[0][0] == 1 and articles[0][8] == 2


def test_formula_like_text_stays_text(project: Project, tmp_path: Path) -> None:
    text = '=HYPERLINK("http://evil.example","x")\n+1+2\n-3\n@SUM(A1)\n\tTab\n'
    article = project.add_article(text, title="=cmd|' /C calc'!A0")
    source = project.add_source("=1+1")
    for line in ("=HYPERLINK", "+1+2", "-3", "@SUM(A1)"):
        start = text.index(line)
        project.add_claim(article.id, start, text.index("\n", start), [source.id], note="=2*3")
    out = project.export_xlsx(tmp_path / "evil.xlsx")
    ws = load_workbook(out)["Claims"]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
    assert ws["E2"].value == '=HYPERLINK("http://evil.example","x")' and ws["E2"].data_type == "s"
    assert ws["C2"].value == "=cmd|' /C calc'!A0" and ws["F2"].value == "=1+1" and ws["L2"].value == "=2*3"


def test_characters_xml_forbids_do_not_crash_and_are_marked(project: Project, tmp_path: Path) -> None:
    text = "قال\x0b بوتين\x1f إن \ufffe الاتفاق"
    article = project.add_article(text, title="t\x00x")
    project.add_claim(article.id, 0, len(text))
    ws = load_workbook(project.export_xlsx(tmp_path / "c.xlsx"))["Claims"]
    assert ws["E2"].value == f"قال{MARKER} بوتين{MARKER} إن {MARKER} الاتفاق"
    assert ws["C2"].value == f"t{MARKER}x"


def test_text_over_the_cell_limit_is_cut_visibly(project: Project, tmp_path: Path) -> None:
    text = "ب" * (EXCEL_CELL_LIMIT + 500)
    article = project.add_article(text)
    project.add_claim(article.id, 0, len(text))
    value = load_workbook(project.export_xlsx(tmp_path / "long.xlsx"))["Claims"]["E2"].value
    assert len(value) == EXCEL_CELL_LIMIT and value.endswith(f"[... cut: {len(text):,} characters in all]")


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
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".nisba" and "nisba" not in p.name] == ["claims.xlsx"]


def test_unwritable_targets_give_clear_messages(filled: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        filled.export_xlsx(tmp_path / "no" / "such" / "dir.xlsx")
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        with pytest.raises(ExportError, match="cannot write"):
            filled.export_xlsx(locked / "x.xlsx")


def test_ltr_project_gets_ltr_sheets(project: Project, tmp_path: Path) -> None:
    article = project.add_article("The Hill reported that the deal was signed.")
    project.add_claim(article.id, 23, 42)
    ws = load_workbook(project.export_xlsx(tmp_path / "en.xlsx"))["Claims"]
    assert not ws.sheet_view.rightToLeft
    assert ws["E2"].value == "the deal was signed" and ws["E2"].alignment.horizontal == "left"
