"""The Overview sheet of the workbook (issue 18): the numbers behind each of the Overview's charts.

One block per chart, one under the other: a title, its headers, its rows (long format, so a pivot table takes
them as they are).  The counts are the Overview's own (:mod:`annotator.review.overview_counts`,
:mod:`annotator.review.overview_trends`) over the export's articles and curation choice; per source they are
the Summary sheet's *Claims* column, per source kind its *Source kind* table (attributions), so the two agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from annotator.exports.data import ExportOptions
from annotator.exports.files import FORMULA_PREFIXES
from annotator.exports.header_names import heading
from annotator.exports.row_heights import FONT_SIZE, PADDING, line_height
from annotator.exports.sheet import EXCEL_CELL_LIMIT, FONT_NAME, Sheet, clean_text  # the workbook's text rules
from annotator.review.overview import OverviewFilter
from annotator.review.overview_counts import Bar, Bars, bars, matrix
from annotator.review.overview_trends import network, progress, timeline

SHEET = "Overview"
_BOLD = Font(name=FONT_NAME, bold=True)
TITLE_SIZE = 12.0
_TITLE = Font(name=FONT_NAME, bold=True, size=TITLE_SIZE)
SPECIAL_NAMES = {"other": "(other sources)", "none": "(no source)"}


def overview_filter(options: ExportOptions) -> OverviewFilter:
    """The export's choice of articles and curation as the Overview's filter."""
    ids = tuple(options.article_ids) if options.scope == "selected" else None
    return OverviewFilter(article_ids=ids, done_only=options.scope == "done", curated_only=options.curated_only)


def write_overview_sheet(wb: Workbook, s: Session, options: ExportOptions, rtl: bool) -> None:
    """Add the Overview sheet to a write-only workbook."""
    sheet = Sheet(wb, SHEET, rtl, title_rows=None)  # the workbook's page set-up; rows with Arabic tall enough
    ws = sheet.ws
    sheets = wb._sheets  # before the Overflow sheet, which stays last (write-only sheets cannot be moved otherwise)
    overflow = next((i for i, sheet in enumerate(sheets) if sheet.title == heading("Overflow")), None)
    if overflow is not None:
        sheets.insert(overflow, sheets.pop())
    for i, width in enumerate((30, 24, 12, 12)):
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    where = overview_filter(options)

    def block(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        cell = WriteOnlyCell(ws, value=heading(title))
        cell.font = _TITLE
        sheet.append([cell], line_height(cell.value) * TITLE_SIZE / FONT_SIZE + PADDING)  # one line, 12 pt
        named = []
        for name in headers:
            head = WriteOnlyCell(ws, value=heading(name))
            head.font = _BOLD
            named.append(head)
        sheet.append(named)
        for row in rows:
            sheet.append([_value(ws, v) for v in row])
        sheet.append([])

    for dimension, title, header in (
        ("source", "Claims per source", "Source"),
        ("kind", "Attributions per source kind", "Source kind"),
        ("quote_type", "Claims per quote type", "Quote type"),
        ("outlet", "Claims per outlet", "Outlet"),
        ("label", "Claims per label", "Label"),
    ):
        counted = bars(s, dimension, where, top=1_000_000)
        block(
            title,
            (header, "Claims", "Share"),
            [(_name(counted, b), b.count, _Share(counted.share(b))) for b in counted.bars],
        )
    grid = matrix(s, where, sources=50, outlets=1_000_000)
    cells = [
        (outlet or heading("(no outlet)"), source.label, grid.counts[r][c])
        for r, outlet in enumerate(grid.outlets)
        for c, source in enumerate(grid.sources)
        if grid.counts[r][c]
    ]
    block("Claims per outlet and source (top 50 sources)", ("Outlet", "Source", "Claims"), cells)
    net = network(s, where, limit=1_000_000)
    names = {b.slice.source_id: b.label for b in net.nodes}
    relays = [(names[e.relayer], names[e.relayed], e.claims) for e in net.edges]
    block("Attribution network: who relays whom", ("Source", "Relays", "Claims"), relays)
    for split, header in (("kind", "Source kind"), ("quote_type", "Quote type")):
        line = timeline(s, where, "month", split)
        by_month = [
            (start, key, line.counts[i][j])
            for i, start in enumerate(line.starts)
            for j, key in enumerate(line.series)
            if line.counts[i][j]
        ]
        block(f"Claims per month of publication, by {header.lower()}", ("Month", header, "Claims"), by_month)
    done = progress(s, where)
    block("Articles per status", ("Status", "Articles"), done.statuses)
    sessions = [(p.session_id, p.annotator or "", p.started, p.claims) for p in done.sessions]
    block("Claims made per session", ("Session ID", "Annotator", "Started (UTC)", "Claims made"), sessions)


class _Share(float):
    """A share, written as a percentage."""


def _name(counted: Bars, bar: Bar) -> str:
    """A bar's name; the grouped bars' names in the headers' language, as headings are."""
    if bar.special == "other":
        return heading("(other outlets)" if counted.dimension == "outlet" else SPECIAL_NAMES["other"])
    if bar.special == "none":
        return heading({"outlet": "(no outlet)", "label": "(no label)"}.get(counted.dimension, SPECIAL_NAMES["none"]))
    return bar.label


def _value(ws: Any, value: Any) -> Any:
    if isinstance(value, _Share):
        cell = WriteOnlyCell(ws, value=float(value))
        cell.number_format = "0.0%"
        return cell
    if isinstance(value, str):
        value = clean_text(value)[0][:EXCEL_CELL_LIMIT]
        if value.startswith(FORMULA_PREFIXES):
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"  # a name starting with "=" stays text
            return cell
        return value or None
    if hasattr(value, "year") and not hasattr(value, "hour"):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "yyyy-mm"
        return cell
    return value or (0 if isinstance(value, int) else value)
