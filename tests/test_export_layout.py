"""Excel export layout read back from the file: row heights for wrapped Arabic, top alignment, page set-up, chart.

How LibreOffice actually draws and prints it is checked in test_export_rendering.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator import Project
from annotator.exports.data import ExportOptions
from annotator.exports.header_names import ARABIC
from annotator.exports.row_heights import (
    ARABIC_LINE,
    FONT_SIZE,
    LATIN_LINE,
    MAX_ROW_HEIGHT,
    PADDING,
    line_height,
    row_height,
    text_height,
    wrapped_lines,
)
from annotator.exports.sheet import BOLD_WIDTH
from annotator.exports.summary_sheet import TITLE_SIZE, count_axis_step
from tests.conftest import span_of

ENGLISH = (
    "The agreement signed today provides, among other things, for mutual assistance in case of aggression "
    "against one of the parties to this agreement, the president said after the talks."
)


@pytest.fixture
def workbook_path(project: Project, sample_text: str, tmp_path: Path) -> Path:
    article = project.add_article(sample_text, title="بوتين وكيم")
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Vladimir Putin", "person")
    project.add_claim(article.id, *span_of(sample_text, "وثيقة اختراق", "وثيقة اختراق"), [hill.id])
    project.add_claim(article.id, *span_of(sample_text, "كوريا الشمالية والاتحاد", "ذات تدابير أمنية أقل"), [hill.id])
    english = project.add_article(ENGLISH, title="English")
    project.add_claim(english.id, 0, len(ENGLISH), [putin.id])
    return project.export_xlsx(tmp_path / "claims.xlsx")


def test_lines_wrap_between_words_at_the_column_width() -> None:
    assert wrapped_lines("وثيقة اختراق", 60) == 1
    assert wrapped_lines("أ\nب\n\nج", 60) == 4  # each line of the text, the empty one too
    words = " ".join(["كلمة"] * 40)  # 40 five-character words: 199 characters
    per_line = int((60 - 1) / 0.9)  # 65 characters fit; 13 words (64 with spaces) per line
    assert wrapped_lines(words, 60) == 4 and per_line == 65
    assert wrapped_lines("x" * 200, 60) == 4  # a word longer than a line is broken
    assert wrapped_lines("مرحبا" * 5, 10) == wrapped_lines("مَرْحَبًا" * 5, 10)  # vowel marks take no width
    assert wrapped_lines("汉" * 40, 60) == 2  # wide characters count twice


def test_arabic_lines_need_more_height_than_latin_ones() -> None:
    assert line_height("وثيقة اختراق") == ARABIC_LINE > LATIN_LINE == line_height("The Hill")
    assert line_height("صحيفة The Hill") == ARABIC_LINE  # a cell with any Arabic letter
    assert text_height("كلمة " * 40, 60) == 4 * ARABIC_LINE
    assert text_height("word " * 40, 60) == 4 * LATIN_LINE
    assert text_height("كلمة " * 40, None) == ARABIC_LINE  # a cell that does not wrap: one line
    assert row_height([]) > LATIN_LINE and row_height([10_000.0]) == MAX_ROW_HEIGHT


def test_claim_rows_are_as_tall_as_their_wrapped_lines_and_top_aligned(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Claims"]
    header = [c.value for c in ws[1]]
    text_col = header.index("Claim text") + 1
    width = ws.column_dimensions[ws.cell(1, text_col).column_letter].width
    heights = {}
    for row in range(2, 5):
        text = ws.cell(row, text_col).value
        lines = wrapped_lines(text, width)
        heights[text[:5]] = (lines, ws.row_dimensions[row].height)
        for cell in ws[row]:
            if cell.value is not None:
                assert cell.alignment.vertical == "top", (row, cell.column_letter)
    short, long_arabic, english = heights.values()
    assert short[0] == 1 and short[1] >= ARABIC_LINE  # one line of Arabic: taller than a default row (15 pt)
    assert long_arabic[0] == 4 and long_arabic[1] >= 4 * ARABIC_LINE  # the claim LibreOffice clipped at 54 pt
    assert english[0] == 3 and 3 * LATIN_LINE <= english[1] < 3 * ARABIC_LINE
    assert ws.row_dimensions[1].height >= 2 * LATIN_LINE  # "Attribution chain (first to last)" takes two lines
    assert all(cell.alignment.wrap_text for cell in ws[1])


def test_every_sheet_prints_landscape_one_page_wide_with_its_header_on_each_page(workbook_path: Path) -> None:
    wb = load_workbook(workbook_path)
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape", ws.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.print_options.gridLines, ws.title
        repeated = {"Summary": "$1:$2", "Overview": None}.get(ws.title, "$1:$1")  # the Overview: blocks, each headed
        assert ws.print_title_rows == repeated, ws.title
        assert "&P" in ws.oddFooter.center.text and "&A" in ws.oddFooter.center.text
        assert ws.sheet_view.rightToLeft  # most articles are Arabic: the sheet reads, and prints, right to left


def test_the_chart_counts_in_whole_numbers_beside_its_table(workbook_path: Path) -> None:
    ws = load_workbook(workbook_path)["Summary"]
    [chart] = ws._charts
    counts = chart.y_axis
    assert counts.majorUnit == 1 and counts.scaling.min == 0 and counts.scaling.max == 2
    assert counts.number_format.formatCode == "0" and counts.delete is False and chart.x_axis.delete is False
    assert chart.x_axis.scaling.orientation == "maxMin"  # the most quoted source on top, as in the table
    assert chart.anchor._from.col == 10 and chart.anchor._from.row == 1  # K2: level with the table's headings
    assert ws["A1"].alignment.horizontal == "right"  # the title overflows into the sheet, not off its edge


@pytest.mark.parametrize(
    ("largest", "step"), [(1, 1), (2, 1), (8, 1), (9, 2), (16, 2), (17, 5), (40, 5), (41, 10), (150, 20), (401, 100)]
)
def test_count_axis_steps_are_whole_and_few(largest: int, step: int) -> None:
    assert count_axis_step(largest) == step


def test_text_too_long_for_a_cell_shows_its_start_in_rows_as_tall_as_excel_allows(
    project: Project, tmp_path: Path
) -> None:
    text = " ".join(["كلمة"] * 14_000)  # 69,999 characters: three parts in the Overflow sheet
    project.add_claim(project.add_article(text).id, 0, len(text))
    wb = load_workbook(project.export_xlsx(tmp_path / "long.xlsx"))
    assert wb["Claims"].row_dimensions[2].height == MAX_ROW_HEIGHT
    overflow = wb["Overflow"]
    for row in range(2, 5):
        assert overflow.row_dimensions[row].height == MAX_ROW_HEIGHT
        assert overflow.cell(row, 4).alignment.vertical == "top"  # the start of the part, not its end


def test_cells_keep_their_own_type_and_format_in_rows_written_cell_by_cell(project: Project, tmp_path: Path) -> None:
    long_text = "كلمة " * 7_000  # over a cell's limit: a hyperlink to the Overflow sheet
    long_article = project.add_article(long_text)
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي", title="=SUM(A1)")
    project.start_session()
    project.touch_session(article.id)
    project.add_claim(long_article.id, 0, len(long_text))
    project.add_claim(article.id, 5, 10)
    project.end_session()
    wb = load_workbook(project.export_xlsx(tmp_path / "claims.xlsx"))
    claims = wb["Claims"]
    assert claims["G2"].hyperlink is not None and claims["G3"].hyperlink is None  # not carried to the next row
    assert claims["C3"].value == "=SUM(A1)" and claims["C3"].data_type == "s"
    for ws in (claims, wb["Sessions"]):
        header = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2):
            for name, cell in zip(header, row, strict=False):
                if name in ("Claim ID", "Article ID", "Session ID", "Paragraph", "Start", "End", "Claims made"):
                    assert type(cell.value) is int, (ws.title, name, cell.value)  # no date format left over
                if name in ("Created at", "Updated at", "Started (UTC)", "Ended (UTC)") and cell.value is not None:
                    assert cell.is_date, (ws.title, name)


def test_arabic_headers_get_rows_as_tall_as_their_own_wrapped_lines(
    project: Project, sample_text: str, tmp_path: Path
) -> None:
    article = project.add_article(sample_text, title="بوتين وكيم")
    project.add_claim(
        article.id, *span_of(sample_text, "وثيقة اختراق", "وثيقة اختراق"), [project.add_source("AP", "media").id]
    )
    wb = load_workbook(project.export(tmp_path / "ar.xlsx", options=ExportOptions(headers="ar")).path)
    claims = wb[ARABIC["Claims"]]
    assert claims.cell(1, 11).value == ARABIC["Attribution chain (first to last)"]  # what is written is measured
    for ws in wb.worksheets:
        if ws.title == ARABIC["Summary"]:
            assert ws.row_dimensions[1].height >= TITLE_SIZE / FONT_SIZE * ARABIC_LINE + PADDING  # a 12 pt title
            continue
        headers = [cell for cell in ws[1] if cell.value is not None]
        needed = max(text_height(c.value, ws.column_dimensions[c.column_letter].width * BOLD_WIDTH) for c in headers)
        assert ws.row_dimensions[1].height >= needed, ws.title
    # two lines of Arabic, where the English heading's two lines of Latin would cut the second off
    assert claims.row_dimensions[1].height >= 2 * ARABIC_LINE > 2 * LATIN_LINE + 3
