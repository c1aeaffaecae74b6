"""One write-only sheet of the Excel export: safe text cells, shared styles, row heights and page setup.

Text cells are always strings (a claim starting with "=" is never a formula); characters XML forbids are
replaced by a visible marker.  Every sheet prints landscape, one page wide, its header row repeated on each
page, with grid lines and a footer naming the sheet and the page; a right-to-left sheet prints right to left
(the direction belongs to the sheet, on screen and on paper).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from annotator.exports.files import FORMULA_PREFIXES
from annotator.exports.header_names import heading as header_name
from annotator.exports.row_heights import ARABIC_LINE, LATIN_LINE, PADDING, has_arabic, row_height, text_height

EXCEL_CELL_LIMIT = 32_767
MARKER = "\ufffd"  # shown where a character XML cannot hold was dropped
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd h:mm:ss"  # openpyxl's own, as before cells were aligned
FOOTER = "&A \u2013 &P / &N"  # sheet name, page, pages
BOLD_WIDTH = 0.85  # bold letters are wider: a column holds this share of the regular ones
ARABIC_ROW = ARABIC_LINE + PADDING
"""A one-line row holding Arabic text: taller than the default row, which Arabic faces overflow."""
LATIN_ROW = LATIN_LINE + PADDING

FONT_NAME = "Calibri"  # the workbook's font (openpyxl's default); a font without a name is a reader's guess
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
HEADER_ALIGNMENT = Alignment(vertical="top", wrap_text=True)  # long headings over narrow columns: two lines
HEADER_FILL = PatternFill("solid", fgColor="44546A")
RTL = Alignment(horizontal="right", readingOrder=2)
LTR = Alignment(horizontal="left", readingOrder=1)
WRAP = Alignment(wrap_text=True)
# The Claims sheet's rows hold several lines: every cell sits at the top, beside the first line.
TOP = Alignment(vertical="top")
TOP_RTL = Alignment(horizontal="right", vertical="top", readingOrder=2)
TOP_RTL_WRAP = Alignment(horizontal="right", vertical="top", wrap_text=True, readingOrder=2)
TOP_LTR = Alignment(horizontal="left", vertical="top", readingOrder=1)
TOP_LTR_WRAP = Alignment(horizontal="left", vertical="top", wrap_text=True, readingOrder=1)
TOP_WRAP = Alignment(vertical="top", wrap_text=True)
# What openpyxl refuses (C0 controls but tab and newlines), U+FFFE/U+FFFF, which it writes but cannot read
# back, and lone surrogates, which no XML file can hold (an old project may have stored one).
_ILLEGAL = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|[\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> tuple[str, int]:
    """``value`` with the characters XML forbids replaced by :data:`MARKER`, and how many were replaced."""
    if _ILLEGAL.search(value) is None:
        return value, 0
    return _ILLEGAL.subn(MARKER, value)


def print_setup(ws: WriteOnlyWorksheet, title_rows: str | None) -> None:
    """Landscape, one page wide (as many pages down as needed), ``title_rows`` repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.print_options.gridLines = True  # rows of several lines stay apart on paper
    ws.HeaderFooter.oddFooter.center.text = FOOTER
    if title_rows:
        ws.print_title_rows = title_rows


class Sheet:
    """A write-only sheet that counts its rows and writes text safely.

    ``top``: every cell is aligned to the top of its row (rows of several lines).  Rows written without a
    height get one tall enough for a line of Arabic when they hold some.  ``reuse_cells``: see :meth:`styled`
    (for the sheets of one row per claim, whose rows are built whole just before they are appended).
    """

    def __init__(
        self,
        wb: Workbook,
        title: str,
        rtl: bool,
        *,
        title_rows: str | None = "1:1",
        top: bool = False,
        reuse_cells: bool = False,
    ):
        self.ws: WriteOnlyWorksheet = wb.create_sheet(header_name(title))
        self.ws.sheet_view.rightToLeft = rtl
        print_setup(self.ws, title_rows)  # before any row: the page set-up goes in the sheet's head
        self.title = title
        self.rtl = rtl
        self.rows = 0
        self.top = TOP if top else None
        self._styles: dict[tuple[int, str | None], StyleArray] = {}
        self._reuse = reuse_cells
        self._plain = WriteOnlyCell(self.ws)
        self.ws._values_to_row = self._cells_of_row
        self._heights: dict[float, RowDimension] = {}
        self._pool: list[Cell] = []
        self._used = 0

    def header(self, headers: Sequence[str], widths: Sequence[int], freeze: bool = True) -> None:
        for i, width in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(i + 1)].width = width
        if freeze:
            self.ws.freeze_panes = "A2"
        names = [header_name(h) for h in headers]  # in the export's header language: measured as written
        cells = []
        for name in names:
            cell = WriteOnlyCell(self.ws, value=name)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGNMENT
            cells.append(cell)
        heights = [text_height(name, w * BOLD_WIDTH) for name, w in zip(names, widths, strict=True)]
        self.append(cells, row_height(heights), made=True)

    def append(self, values: Iterable[Any], height: float | None = None, *, made: bool = False) -> int:
        """Write one row (of ``height`` points, else one line's); returns its row number.

        Plain strings in ``values`` go through :meth:`cell` too, so no column (language, kind,
        status...) can write a live formula or a character Excel refuses; ``made=True`` says every
        value has been through :meth:`cell` already (the per-claim rows: checking twice costs ~4%).
        """
        row = self.rows + 1
        values = list(values) if made else [self.cell(v) if isinstance(v, str) else v for v in values]
        if height is None and any(has_arabic(_text_of(v)) for v in values):
            height = ARABIC_ROW
        if height is not None:
            dimension = self._heights.get(height)
            if dimension is None:
                dimension = self._heights[height] = RowDimension(self.ws, ht=height)
            self.ws.row_dimensions[row] = dimension  # one per height, shared: heights come in few sizes
        self.ws.append(values)
        self._used = 0  # the row is written: its cells may be taken again
        if height is not None:
            del self.ws.row_dimensions[row]  # written already; keep memory flat
        self.rows = row
        return row

    def cell(self, value: Any, align: Alignment | None = None) -> Any:
        """A cell value: strings that Excel would read as formulas become explicit string cells."""
        align = align or self.top
        if isinstance(value, str):
            if not value:
                return None  # an empty cell, not an empty string
            value = clean_text(value)[0][:EXCEL_CELL_LIMIT]  # titles, names and URLs too, not only claim text
            if align is None and not value.startswith(FORMULA_PREFIXES):
                return value
            cell = self.styled(value, align)
            cell.data_type = "s"  # never a formula, whatever the text starts with
            return cell
        if isinstance(value, datetime):
            return self.styled(value, align, DATETIME_FORMAT) if align is not None else value
        if isinstance(value, date):
            return self.styled(value, align, DATE_FORMAT)
        if value is None or align is None:
            return value  # numbers as numbers
        return self.styled(value, align)

    def styled(self, value: Any, align: Alignment | None, number_format: str | None = None) -> Cell:
        """A cell of the row being built, with this alignment and number format.

        Each style is registered with the workbook once.  On a sheet made with ``reuse_cells`` cells are
        reused from row to row (a write-only row is written out when appended), so there every styled cell
        must go in the next row appended.
        """
        if self._reuse and self._used < len(self._pool):
            cell = self._pool[self._used]
            cell._style = StyleArray()  # binding a date sets its format: never on a style shared with others
            cell._hyperlink = None
            cell.value = value
        else:
            cell = WriteOnlyCell(self.ws, value=value)
            if self._reuse:
                self._pool.append(cell)
        self._used += 1
        if align is None and number_format is None:
            return cell
        key = (id(align), number_format)
        style = self._styles.get(key)
        if style is None:
            if align is not None:
                cell.alignment = align
            if number_format is not None:
                cell.number_format = number_format
            style = self._styles[key] = StyleArray(cell._style)
        cell._style = style  # shared: nothing changes a cell's style once it is made
        return cell

    def _cells_of_row(self, values: list[Any], row: int) -> Iterator[Cell]:
        """The cells of one appended row, as openpyxl's write-only sheet makes them (``_values_to_row``).

        Its own version finds a ready cell by letting the value binding fail (an exception and the cell's
        repr, each time) and makes a new spare cell after each one: about 5 µs a styled cell, a fifth of an
        export whose Claims cells are all aligned to the top.  This one takes a cell as it is.
        """
        plain = self._plain
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                plain.value = value
                cell = plain
            cell.column = column
            cell.row = row
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell
            if cell is plain and plain.has_style:  # a date gave it a number format: not for the next value
                plain = self._plain = WriteOnlyCell(self.ws)

    def filter_all(self, columns: int) -> None:
        self.ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(self.rows, 2)}"


def _text_of(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Cell) and isinstance(value.value, str):
        return value.value
    return ""
