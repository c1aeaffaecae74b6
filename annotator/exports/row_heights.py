"""How tall a spreadsheet row must be for its text: wrapped lines at the column width times the font's line height.

Spreadsheets do not fit rows to their text when they open a file (LibreOffice and Excel keep the height
written, or the default one line), so the export writes each row's height.  No font is at hand here (the
reader's spreadsheet picks the fonts), so the estimate is made for the roomiest fonts a reader is likely to
get, and errs on the tall side: a row a little too tall wastes some space, a row too short cuts text off.

- Width: the column width is counted in widths of the digit "0" of the workbook's font (Calibri 11 in Excel,
  its substitute elsewhere).  Arabic letters measure 0.65 (Noto Naskh Arabic) to 0.78 (DejaVu Sans) of that
  digit, Latin text about 0.8, so every character but the zero-width ones (vowel marks, joiners, direction
  marks) is taken as :data:`CHAR_WIDTH`; East Asian wide characters count twice.  Lines break between words,
  as spreadsheets wrap; a word longer than a line is broken.
- Height: Latin fonts need about 1.2 times their size per line (Calibri, Carlito, DejaVu Sans); Arabic faces
  more: DejaVu Sans 1.19, Tahoma 1.21, Noto Naskh Arabic 1.74.  A cell with any Arabic letter gets
  :data:`ARABIC_LINE` per line.
"""

from __future__ import annotations

import math
import re

FONT_SIZE = 11.0
"""Points: the size of the workbook's font (openpyxl's default, Calibri 11)."""
LATIN_LINE = 1.3 * FONT_SIZE
ARABIC_LINE = 1.75 * FONT_SIZE
PADDING = 3.0
"""Points above and below the lines, inside the cell."""
MAX_ROW_HEIGHT = 409.0
"""Excel's tallest row, in points."""
CHAR_WIDTH = 0.9
"""Width of one character, in widths of the digit 0 (the unit of column widths)."""
CELL_MARGIN = 1.0
"""Column width taken by the cell's inner margins, in the same unit."""

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# Arabic vowel marks and other combining marks of Arabic, joiners, direction marks and isolates: no width.
_ZERO_WIDTH = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0610-\u061a\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
# East Asian wide characters (CJK, kana, Hangul, full-width forms) take two digit widths.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60]"
)


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds any Arabic-script letter (Arabic, Persian, Urdu...)."""
    return _ARABIC.search(text) is not None


def line_height(text: str) -> float:
    """Points one line of ``text`` needs: more for Arabic script than for Latin at the same size."""
    return ARABIC_LINE if has_arabic(text) else LATIN_LINE


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapping cell ``width`` digit widths wide (at least one)."""
    text = _ZERO_WIDTH.sub("", text)
    if _WIDE.search(text) is not None:
        text = _WIDE.sub(r"\g<0>\g<0>", text)  # counted twice
    per_line = max(int((width - CELL_MARGIN) / CHAR_WIDTH), 1)
    lines = 0
    for paragraph in text.split("\n"):
        if len(paragraph) <= per_line:
            lines += 1
            continue
        used = 0
        lines += 1
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size <= per_line:
                used += 1 + size
                continue
            if used:
                lines += 1  # the word starts a new line
            if size > per_line:
                lines += math.ceil(size / per_line) - 1  # a word longer than a line is broken
                size = size % per_line or per_line
            used = size
    return lines


def text_height(text: str, width: float | None) -> float:
    """Points the lines of ``text`` need in a cell: wrapped at ``width`` digit widths, or one line if None."""
    lines = wrapped_lines(text, width) if width is not None else 1
    return lines * line_height(text)


def row_height(text_heights: list[float]) -> float:
    """The height of a row whose cells' text needs ``text_heights`` points, within Excel's limit."""
    return min(max(text_heights, default=LATIN_LINE) + PADDING, MAX_ROW_HEIGHT)
