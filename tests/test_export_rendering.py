"""The exported workbook as LibreOffice prints it: no text cut off, few pages, headers repeated, right to left.

Each export is printed twice with LibreOffice headless: as written, and as a reference copy whose rows are made
far taller than any text.  Both are top-aligned at the same scale (one page wide), so each cell's text is drawn
the same in both; text is cut off exactly when the reference's ink reaches lower than the row as written.  The
printed grid lines give each row's band in the bitmaps.  Header rows are checked the same way on an export with
Arabic headers, drawn black on white for the check (their ink is light on a dark fill).  Two sets of fonts: the
system's (Carlito for Calibri and DejaVu Sans for Arabic in CI) and Noto Naskh Arabic, whose lines are the
tallest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font, PatternFill

from annotator import Project
from annotator.exports.data import ExportOptions
from annotator.exports.header_names import ARABIC
from annotator.paths import SAMPLE_ARTICLE
from tests.conftest import span_of
from tests.rendering import MISSING as MISSING_TOOLS
from tests.rendering import (
    SKIP_REASON,
    SOFFICE,
    Row,
    fonts_conf,
    page_rows,
    page_sheets,
    page_texts,
    page_words,
    to_pdf,
)

pytestmark = pytest.mark.skipif(SOFFICE is None or bool(MISSING_TOOLS), reason=SKIP_REASON)

CLAIMS = (
    ("وقع الرئيس", "ضد أعدائهما", "indirect"),
    ("وثيقة اختراق", "وثيقة اختراق", "direct"),
    ("موسكو وبيونغ يانغ", "صداقة نارية", "indirect"),
    ("كوريا الشمالية والاتحاد", "ذات تدابير أمنية أقل", "indirect"),
    ("اتفاقية الشراكة الشاملة", "أحد أطراف هذا الاتفاق", "direct"),
    ("الاتفاق بين روسيا وكوريا الشمالية يظهر", "مواصلة الحرب", "indirect"),
)
COPIES = 8  # articles, so that the Claims sheet prints on more than one page
ENGLISH = (
    "The agreement signed today provides, among other things, for mutual assistance in case of aggression "
    "against one of the parties to this agreement, the president said after the talks in Pyongyang, where "
    "both leaders praised what they called a new era of cooperation between the two countries."
)
TABLES = {"Claims": 409.0, "Attributions": 60.0, "Sources": 60.0, "Articles": 60.0}
"""Sheets checked row by row, and the height of the reference copy's rows: taller than any of their text."""
DPI = 200
FONT_SETUPS = {"system fonts": None, "Noto Naskh Arabic": "Noto Naskh Arabic"}


@dataclass(frozen=True)
class Printed:
    pdf: Path
    reference_pdf: Path
    english_pdf: Path
    rows: dict[str, list[Row]]
    reference_rows: dict[str, list[Row]]
    claims: int
    arabic_headers: list[Row]
    """The header row of each page of an export with Arabic headers (drawn unfilled, to measure their ink)."""
    arabic_headers_reference: list[Row]


def _fill(project: Project, sample: str) -> int:
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Vladimir Putin", "person")
    kim = project.add_source("Kim Jong Un", "person")
    sources = [[hill.id], [hill.id, putin.id], [kim.id]]
    count = 0
    for copy in range(COPIES):
        article = project.add_article(f"{sample}\nنسخة {copy}", title=f"بوتين وكيم {copy}", outlet="Example News")
        for n, (first, last, quote_type) in enumerate(CLAIMS):
            note = "راجع الترجمة\nsecond line of the note" if n == 3 else ""
            project.add_claim(article.id, *span_of(sample, first, last), sources[n % 3], quote_type, note)
            count += 1
    english = project.add_article(ENGLISH, title="English report")
    project.add_claim(english.id, 0, len(ENGLISH), [putin.id])
    return count + 1


def _reference(export: Path, out: Path) -> Path:
    """A copy of ``export`` whose table rows are far taller than their text."""
    wb = load_workbook(export)
    for title, height in TABLES.items():
        ws = wb[title]
        for row in range(2, ws.max_row + 1):
            ws.row_dimensions[row].height = height
    wb.save(out)
    return out


def _unfilled_headers(export: Path, out: Path, height: float | None = None) -> Path:
    """A copy of the sheets of ``export`` (in Arabic) that have a header row, those rows drawn black on white
    (their ink measurable) and ``height`` tall if given."""
    wb = load_workbook(export)
    for title in ("Summary", "Overview"):  # their first rows are titles: only the sheets with a header row stay
        wb.remove(wb[ARABIC[title]])
    for ws in wb.worksheets:
        for cell in ws[1]:
            if cell.fill.fill_type is not None:  # a header: light on a dark fill
                cell.fill = PatternFill(fill_type=None)
                cell.font = Font(name=cell.font.name, bold=cell.font.bold, sz=cell.font.sz, color="FF000000")
        if height is not None:
            ws.row_dimensions[1].height = height
    wb.save(out)
    return out


def _first_rows(pdf: Path, folder: Path) -> list[Row]:
    """The first row of each page: its header row (each sheet of the copies prints on one page)."""
    return [rows[0] for rows in page_rows(pdf, folder, DPI) if rows]


def _rows_by_sheet(pdf: Path, folder: Path) -> dict[str, list[Row]]:
    rows: dict[str, list[Row]] = {title: [] for title in TABLES}
    for sheet, page in zip(page_sheets(pdf), page_rows(pdf, folder, DPI), strict=True):
        if sheet in rows:
            rows[sheet].extend(page)
    return rows


@pytest.fixture(scope="module", params=list(FONT_SETUPS))
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printed]:
    folder = tmp_path_factory.mktemp("printed")
    sample = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    with Project.open(folder / "study.nisba") as project:
        claims = _fill(project, sample)
        export = project.export(folder / "claims.xlsx").path
    with Project.open(folder / "english.nisba") as project:
        article = project.add_article(ENGLISH, title="English report")
        project.add_claim(article.id, 0, 40, [project.add_source("AP", "media").id])
        english = project.export(folder / "english.xlsx", options=ExportOptions(include_context=False)).path
    with Project.open(folder / "arabic-headers.nisba") as project:
        article = project.add_article(sample, title="بوتين وكيم")
        project.add_claim(
            article.id, *span_of(sample, "وثيقة اختراق", "وثيقة اختراق"), [project.add_source("AP", "media").id]
        )
        arabic = project.export(folder / "arabic.xlsx", options=ExportOptions(headers="ar")).path
    headers = _unfilled_headers(arabic, folder / "arabic-headers.xlsx")
    headers_reference = _unfilled_headers(arabic, folder / "arabic-headers-reference.xlsx", 150.0)
    reference = _reference(export, folder / "reference.xlsx")
    arabic_font = FONT_SETUPS[request.param]
    fonts = fonts_conf(folder, arabic_font) if arabic_font else None
    pdf, reference_pdf, english_pdf, headers_pdf, headers_reference_pdf = to_pdf(
        [export, reference, english, headers, headers_reference], folder, fonts
    )
    yield Printed(
        pdf,
        reference_pdf,
        english_pdf,
        _rows_by_sheet(pdf, folder),
        _rows_by_sheet(reference_pdf, folder),
        claims,
        _first_rows(headers_pdf, folder),
        _first_rows(headers_reference_pdf, folder),
    )


def test_no_text_is_cut_off(printed: Printed) -> None:
    assert len(printed.rows["Claims"]) == printed.claims
    for title, rows in printed.rows.items():
        reference = printed.reference_rows[title]
        assert len(rows) == len(reference) > 0, title
        for n, (row, full) in enumerate(zip(rows, reference, strict=True), start=2):
            assert full.ink_top is not None and full.ink_bottom is not None, (title, n)
            assert row.ink_top is not None and row.ink_bottom is not None, (title, n)
            where = f"{title} row {n}: {row} as exported, {full} with room to spare"
            assert row.ink_bottom - row.ink_top >= full.ink_bottom - full.ink_top - 1, "text cut off: " + where
            if title == "Claims":  # top-aligned: drawn where the reference draws it, clear of the row's bottom
                assert abs(row.ink_top - full.ink_top) <= 1, where
                assert row.ink_top <= 0.25 * row.height + 4, "not top-aligned: " + where
                assert row.ink_bottom <= row.height - 2, "text cut off at the bottom: " + where
            else:  # bottom-aligned, one line: clear of the row's top
                assert row.ink_top >= 1, "text cut off at the top: " + where


def test_rows_are_not_much_taller_than_their_text(printed: Printed) -> None:
    spare, text = 0, 0
    for row in printed.rows["Claims"]:
        assert row.ink_top is not None and row.ink_bottom is not None
        spare += row.height - row.ink_bottom
        text += row.ink_bottom - row.ink_top
    assert spare <= 1.5 * text  # the estimate errs on the tall side, not by whole screens


def test_pages_one_wide_with_the_header_row_on_each(printed: Printed) -> None:
    sheets = page_sheets(printed.pdf)
    assert 2 <= sheets.count("Claims") <= 3, sheets  # 49 claims; before the page set-up, 33 pages for 6
    assert 1 <= sheets.count("Attributions") <= 3, sheets  # 65 one-line rows
    assert 1 <= sheets.count("Overview") <= 2, sheets  # its blocks one under another, about 70 rows
    assert all(sheets.count(title) == 1 for title in set(sheets) - {"Claims", "Attributions", "Overview"}), sheets
    for text, sheet in zip(page_texts(printed.pdf), sheets, strict=True):
        assert "###" not in text, sheet  # a date or number too wide for its column
        if sheet == "Claims":
            assert "Claim text" in text and "Attribution chain" in text and "Export notes" in text
        if sheet == "Attributions":
            assert "Claim text" in text and "Added by" in text


def _x(word: str, pdf: Path, page: int) -> float:
    return next(w.x_min for w in page_words(pdf, page) if w.text == word)


def test_right_to_left_sheets_print_right_to_left(printed: Printed) -> None:
    columns = ("Primary", "Quote")  # "Primary source" before "Quote type"
    rtl = [_x(word, printed.pdf, 1) for word in columns]
    assert rtl[0] > rtl[1]  # the first of the two right of the second
    ltr = [_x(word, printed.english_pdf, 1) for word in columns]
    assert ltr[0] < ltr[1]


def test_summary_chart_prints_on_the_page_of_its_table_in_whole_numbers(printed: Printed) -> None:
    sheets = page_sheets(printed.pdf)
    [text] = [t for t, sheet in zip(page_texts(printed.pdf), sheets, strict=True) if sheet == "Summary"]
    assert "Claims per source (top sources)" in text
    for name in ("The Hill", "Vladimir Putin", "Kim Jong Un"):
        assert text.count(name) == 2, name  # in the table and beside its bar
    assert re.search(r"\b\d+\.\d\b", text) is None  # no 0.5, 1.5 ticks on the count axis


def test_arabic_headers_are_not_cut_off(printed: Printed) -> None:
    """Headers in Arabic take more lines and taller ones than the English names: their rows still hold them."""
    rows, reference = printed.arabic_headers, printed.arabic_headers_reference
    assert len(rows) == len(reference) == 7  # a page for each sheet with a header row: that row
    for n, (row, full) in enumerate(zip(rows, reference, strict=True), start=1):
        assert full.ink_top is not None and full.ink_bottom is not None, n
        assert row.ink_top is not None and row.ink_bottom is not None, n
        where = f"page {n}: {row} as exported, {full} with room to spare"
        assert row.ink_bottom - row.ink_top >= full.ink_bottom - full.ink_top - 1, "header cut off: " + where
        assert row.ink_bottom <= row.height - 2, "header cut off at the bottom: " + where
