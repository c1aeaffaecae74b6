"""The Summary sheet: claims per source, source kind and outlet, and a bar chart of the top sources.

The chart sits right of the tables, from the first table row down, so that printed one page wide it lands
on the first page whole, beside the names it counts; its count axis shows whole numbers only.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from annotator.exports.data import SourceInfo
from annotator.exports.header_names import heading as header_name
from annotator.exports.row_heights import FONT_SIZE, PADDING, line_height
from annotator.exports.sheet import FONT_NAME, RTL, Sheet

TOP_SOURCES_IN_CHART = 15
CHART_ANCHOR = "K2"
"""Right of the three tables (A:I), level with their headings."""
TITLE_SIZE = 12.0
_TITLE_FONT = Font(name=FONT_NAME, bold=True, size=TITLE_SIZE)
_BOLD = Font(name=FONT_NAME, bold=True)


def count_axis_step(largest: int, ticks: int = 8) -> int:
    """A whole step (1, 2, 5, 10, 20, 50...) giving at most ``ticks`` steps up to ``largest``."""
    step, factors = 1, (2, 2.5, 2)  # 1 -> 2 -> 5 -> 10 -> 20 ...
    n = 0
    while math.ceil(largest / step) > ticks:
        step = int(step * factors[n % 3])
        n += 1
    return step


def write_summary(
    sheet: Sheet,
    sources: Sequence[SourceInfo],
    per_source: Counter[int],
    primary: Counter[int],
    per_kind: Counter[str],
    per_outlet: Counter[str],
    unattributed: int,
) -> None:
    """Three tables side by side: per source (A:C), per kind (E:F), per outlet (H:I); the chart at K2."""
    for i, width in enumerate([30, 12, 16, 4, 20, 10, 4, 24, 10]):
        sheet.ws.column_dimensions[get_column_letter(i + 1)].width = width

    def heading(*labels: str) -> list[Any]:
        cells = []
        for label in labels:
            cell = WriteOnlyCell(sheet.ws, value=header_name(label))
            cell.font = _BOLD
            cells.append(cell)
        return cells

    by_source = [(s.name, per_source[s.id], primary[s.id]) for s in sources if per_source[s.id]]
    if unattributed:
        by_source.append((header_name("(no source)"), unattributed, 0))
    kinds = per_kind.most_common()
    outlets = per_outlet.most_common()
    title_text = header_name("Claims per source, source kind and outlet")
    title = WriteOnlyCell(sheet.ws, value=title_text)
    title.font = _TITLE_FONT
    if sheet.rtl:
        title.alignment = RTL  # overflows into the next columns, not off the sheet's edge
    sheet.append([title], line_height(title_text) * TITLE_SIZE / FONT_SIZE + PADDING)  # one line, in a larger size
    sheet.append(heading("Source", "Claims", "As primary source", "", "Source kind", "Claims", "", "Outlet", "Claims"))
    first = sheet.rows + 1
    for i in range(max(len(by_source), len(kinds), len(outlets))):
        row: list[Any] = [None] * 9
        if i < len(by_source):
            row[0:3] = [sheet.cell(by_source[i][0]), by_source[i][1], by_source[i][2]]
        if i < len(kinds):
            row[4:6] = [kinds[i][0], kinds[i][1]]
        if i < len(outlets):
            row[7:9] = [sheet.cell(outlets[i][0]), outlets[i][1]]
        sheet.append(row)
    top = min(len(by_source), TOP_SOURCES_IN_CHART)
    if top:
        sheet.ws.add_chart(_chart(sheet, first, top, max(n for _, n, _ in by_source[:top])), CHART_ANCHOR)


def _chart(sheet: Sheet, first: int, top: int, largest: int) -> BarChart:
    """Horizontal bars of the ``top`` sources from row ``first``, the most quoted on top."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = header_name("Claims per source (top sources)")
    chart.legend = None
    chart.height = max(7.5, 0.6 * top + 2)
    chart.width = 18
    data = Reference(sheet.ws, min_col=2, min_row=first - 1, max_row=first + top - 1)
    labels = Reference(sheet.ws, min_col=1, min_row=first, max_row=first + top - 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    names, counts = chart.x_axis, chart.y_axis
    names.scaling.orientation = "maxMin"  # the table's order: the most quoted source first, at the top
    names.delete = False
    counts.delete = False
    counts.title = header_name("Claims")
    counts.crosses = "max"  # with the names reversed, keeps the count axis below the bars
    step = count_axis_step(largest)
    counts.majorUnit = step
    counts.scaling.min = 0
    counts.scaling.max = math.ceil(largest / step) * step
    counts.number_format = "0"
    return chart
