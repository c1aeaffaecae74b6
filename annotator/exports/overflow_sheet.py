"""The Overflow sheet: whole texts too long for one Excel cell, in chunks; the cell keeps a marked prefix linked to
its first chunk.  Characters XML forbids are replaced by a visible marker, and the row's notes say so.
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from annotator.exports.header_names import heading as header_name
from annotator.exports.row_heights import row_height, text_height
from annotator.exports.sheet import EXCEL_CELL_LIMIT, MARKER, TOP_WRAP, Sheet, clean_text
from annotator.messages import QT_TRANSLATE_NOOP

OVERFLOW_SHEET = "Overflow"
_OVERFLOW_WIDTH = 120


class Overflow:
    """Holds whole texts too long for one cell, in chunks, one chunk per row."""

    def __init__(self, wb: Workbook, rtl: bool) -> None:
        self.sheet = Sheet(wb, OVERFLOW_SHEET, rtl, top=True)
        self.sheet.header(["Claim ID", "Column", "Part", "Text"], [10, 20, 6, _OVERFLOW_WIDTH])

    def add(self, claim_id: int, column: str, text: str) -> int:
        """Store ``text`` and return the row of its first part (as tall as Excel allows: its start shows)."""
        first = 0
        step = EXCEL_CELL_LIMIT - 100
        for part, lo in enumerate(range(0, len(text), step), start=1):
            chunk = text[lo : lo + step]
            height = row_height([text_height(chunk, _OVERFLOW_WIDTH)])
            row = self.sheet.append([claim_id, column, part, self.sheet.cell(chunk, TOP_WRAP)], height)
            first = first or row
        return first


def text_cell(
    sheet: Sheet,
    value: str,
    align: Alignment | None,
    *,
    claim_id: int,
    column: str,
    col_index: int,
    overflow: Overflow,
    notes: list[str],
) -> Any:
    """A cell for ``value``: cleaned, and if too long a marked prefix linked to the whole text in the Overflow sheet."""
    text, replaced = clean_text(value)
    if replaced:
        notes.append(
            QT_TRANSLATE_NOOP("Core", "{column}: {count} character(s) Excel cannot store replaced by {marker}").format(
                column=header_name(column), count=f"{replaced:,}", marker=MARKER
            )
        )
    if len(text) <= EXCEL_CELL_LIMIT:
        return sheet.cell(text, align)
    first_row = overflow.add(claim_id, header_name(column), text)
    note = header_name(" […] {count} characters; whole text in sheet {sheet}, row {row}").format(
        count=f"{len(text):,}", sheet=header_name(OVERFLOW_SHEET), row=first_row
    )
    cell = sheet.styled(text[: EXCEL_CELL_LIMIT - len(note)] + note, align)
    cell.data_type = "s"
    cell.hyperlink = Hyperlink(
        ref=f"{get_column_letter(col_index)}{sheet.rows + 1}", location=f"'{header_name(OVERFLOW_SHEET)}'!D{first_row}"
    )
    notes.append(
        QT_TRANSLATE_NOOP("Core", "{column} longer than an Excel cell: whole text in {sheet} row {row}").format(
            column=header_name(column), sheet=header_name(OVERFLOW_SHEET), row=first_row
        )
    )
    return cell
