"""Excel export: Claims, Attributions, Sources, Articles, a Summary with a chart, Sessions and Agreement.

Text cells are always strings (a claim starting with "=" is never a formula);
characters XML forbids are replaced by a visible marker and the row says so;
text over Excel's cell limit keeps a marked prefix and goes whole to an
Overflow sheet linked from the row.  Sheets are written in write-only mode, so
memory does not grow with the rows, to a file beside the target that is
renamed at the end: a failed or cancelled export leaves any earlier file as it was.
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink

from annotator.errors import ExportCancelledError
from annotator.exports.columns import EXPORT_NOTES, LIST_SEPARATOR, Column, claim_columns
from annotator.exports.data import ArticleInfo, ClaimRecord, ExportReader
from annotator.exports.files import FORMULA_PREFIXES, ExportSummary, Progress, atomic_target
from annotator.exports.header_names import heading as header_name
from annotator.exports.overview_sheet import write_overview_sheet
from annotator.text.direction import detect_direction

EXCEL_CELL_LIMIT = 32_767
MARKER = "\ufffd"  # shown where a character XML cannot hold was dropped
OVERFLOW_SHEET = "Overflow"
TOP_SOURCES_IN_CHART = 15


_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="44546A")
_TITLE_FONT = Font(bold=True, size=12)
_RTL = Alignment(horizontal="right", readingOrder=2)
_RTL_WRAP = Alignment(horizontal="right", wrap_text=True, readingOrder=2)
_LTR = Alignment(horizontal="left", readingOrder=1)
_LTR_WRAP = Alignment(horizontal="left", wrap_text=True, readingOrder=1)
_WRAP = Alignment(wrap_text=True)
# What openpyxl refuses (C0 controls but tab and newlines), U+FFFE/U+FFFF, which it writes but cannot read
# back, and lone surrogates, which no XML file can hold (an old project may have stored one).
_ILLEGAL = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|[\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> tuple[str, int]:
    """``value`` with the characters XML forbids replaced by :data:`MARKER`, and how many were replaced."""
    if _ILLEGAL.search(value) is None:
        return value, 0
    return _ILLEGAL.subn(MARKER, value)


class _Sheet:
    """A write-only sheet that counts its rows and writes text safely."""

    def __init__(self, wb: Workbook, title: str, rtl: bool) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(header_name(title))
        self.ws.sheet_view.rightToLeft = rtl
        self.title = title
        self.rows = 0
        self._styles: dict[tuple[int, str | None], StyleArray] = {}

    def header(self, headers: Sequence[str], widths: Sequence[int], freeze: bool = True) -> None:
        for i, width in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(i + 1)].width = width
        if freeze:
            self.ws.freeze_panes = "A2"
        cells = []
        for h in headers:
            cell = WriteOnlyCell(self.ws, value=header_name(h))
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cells.append(cell)
        self.append(cells)

    def append(self, values: Iterable[Any], height: float | None = None, *, made: bool = False) -> int:
        """Write one row (of ``height`` points, if given); returns its row number.

        Plain strings in ``values`` go through :meth:`cell` too, so no column (language, kind,
        status...) can write a live formula or a character Excel refuses; ``made=True`` says every
        value has been through :meth:`cell` already (the per-claim rows: checking twice costs ~4%).
        """
        row = self.rows + 1
        if height is not None:
            self.ws.row_dimensions[row].height = height
        self.ws.append(list(values) if made else [self.cell(v) if isinstance(v, str) else v for v in values])
        if height is not None:
            del self.ws.row_dimensions[row]  # written already; keep memory flat
        self.rows = row
        return row

    def cell(self, value: Any, align: Alignment | None = None) -> Any:
        """A cell value: strings that Excel would read as formulas become explicit string cells."""
        if isinstance(value, str):
            if not value:
                return None  # an empty cell, not an empty string
            value = clean_text(value)[0][:EXCEL_CELL_LIMIT]  # titles, names and URLs too, not only claim text
            if align is None and not value.startswith(FORMULA_PREFIXES):
                return value
            cell = self.styled(value, align)
            cell.data_type = "s"  # never a formula, whatever the text starts with
            return cell
        if isinstance(value, date) and not isinstance(value, datetime):
            return self.styled(value, None, "yyyy-mm-dd")
        return value  # numbers as numbers; datetimes get openpyxl's own date-time format

    def styled(self, value: Any, align: Alignment | None, number_format: str | None = None) -> WriteOnlyCell:
        """A cell with this alignment and number format; each style is registered with the workbook once."""
        cell = WriteOnlyCell(self.ws, value=value)
        if align is None and number_format is None:
            return cell
        key = (id(align), number_format)
        style = self._styles.get(key)
        if style is None:
            if align is not None:
                cell.alignment = align
            if number_format is not None:
                cell.number_format = number_format
            self._styles[key] = StyleArray(cell._style)
        else:
            cell._style = StyleArray(style)  # what the setters above would compute, without re-hashing
        return cell

    def filter_all(self, columns: int) -> None:
        self.ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(self.rows, 2)}"


class _Overflow:
    """Holds whole texts too long for one cell, in chunks, one chunk per row."""

    def __init__(self, wb: Workbook, rtl: bool) -> None:
        self.sheet = _Sheet(wb, OVERFLOW_SHEET, rtl)
        self.sheet.header(["Claim ID", "Column", "Part", "Text"], [10, 20, 6, 120])

    def add(self, claim_id: int, column: str, text: str) -> int:
        """Store ``text`` and return the row of its first part."""
        first = 0
        step = EXCEL_CELL_LIMIT - 100
        for part, lo in enumerate(range(0, len(text), step), start=1):
            row = self.sheet.append([claim_id, column, part, self.sheet.cell(text[lo : lo + step], _WRAP)])
            first = first or row
        return first


def _text_cell(
    sheet: _Sheet,
    value: str,
    align: Alignment | None,
    *,
    claim_id: int,
    column: str,
    col_index: int,
    overflow: _Overflow,
    notes: list[str],
) -> Any:
    text, replaced = clean_text(value)
    if replaced:
        notes.append(f"{column}: {replaced} character(s) Excel cannot store replaced by {MARKER}")
    if len(text) <= EXCEL_CELL_LIMIT:
        return sheet.cell(text, align)
    first_row = overflow.add(claim_id, column, text)
    note = f" […] {len(text):,} characters; whole text in sheet {OVERFLOW_SHEET}, row {first_row}"
    cell = sheet.styled(text[: EXCEL_CELL_LIMIT - len(note)] + note, align)
    cell.data_type = "s"
    cell.hyperlink = Hyperlink(
        ref=f"{get_column_letter(col_index)}{sheet.rows + 1}", location=f"'{header_name(OVERFLOW_SHEET)}'!D{first_row}"
    )
    notes.append(f"{column} longer than an Excel cell: whole text in {OVERFLOW_SHEET} row {first_row}")
    return cell


def write_workbook(target: Path, reader: ExportReader, progress: Progress | None = None) -> ExportSummary:
    """Write the workbook for ``reader``'s records to ``target`` atomically."""
    summary = ExportSummary(target, articles=len(reader.articles), sources=len(reader.sources))
    rtl = sum(a.direction == "rtl" for a in reader.articles) * 2 >= len(reader.articles) > 0
    columns = claim_columns(reader.options.include_context)
    total = reader.claim_count()

    wb = Workbook(write_only=True)
    claims_sheet = _Sheet(wb, "Claims", rtl)
    attributions_sheet = _Sheet(wb, "Attributions", rtl)
    sources_sheet = _Sheet(wb, "Sources", rtl)
    articles_sheet = _Sheet(wb, "Articles", rtl)
    summary_sheet = _Sheet(wb, "Summary", rtl)
    sessions_sheet = _Sheet(wb, "Sessions", rtl)
    agreement_sheet = _Sheet(wb, "Agreement", rtl)
    overflow = _Overflow(wb, rtl)

    claims_sheet.header([c.header for c in columns] + [EXPORT_NOTES], [c.width for c in columns] + [30])
    attributions_sheet.header(
        [
            "Claim ID",
            "Article ID",
            "Article",
            "Outlet",
            "Order in chain",
            "Source",
            "Source kind",
            "Cue",
            "Source mention",
            "Quote type",
            "Claim text",
            "Added by",
        ],
        [9, 9, 30, 18, 8, 24, 14, 20, 22, 11, 60, 14],
    )

    per_source: Counter[int] = Counter()
    primary: Counter[int] = Counter()
    source_articles: dict[int, set[int]] = {}
    per_article: Counter[int] = Counter()
    article_sources: dict[int, set[int]] = {}
    per_kind: Counter[str] = Counter()
    per_outlet: Counter[str] = Counter()
    unattributed = 0

    try:
        for n, record in enumerate(reader.claims(), start=1):
            _write_claim(claims_sheet, attributions_sheet, overflow, columns, record, summary.notes)
            per_article[record.article.id] += 1
            per_outlet[record.article.outlet or "(no outlet)"] += 1
            if not record.chain:
                unattributed += 1
            for link in record.chain:
                per_source[link.source.id] += 1
                per_kind[link.source.kind] += 1
                source_articles.setdefault(link.source.id, set()).add(record.article.id)
                article_sources.setdefault(record.article.id, set()).add(link.source.id)
            if record.primary:
                primary[record.primary.id] += 1
            summary.claims = n
            if progress is not None and n % 200 == 0 and not progress(n, total):
                raise ExportCancelledError(f"{target}: export cancelled; no file was written")
        claims_sheet.filter_all(len(columns) + 1)
        attributions_sheet.filter_all(12)

        sources_sheet.header(
            ["Source ID", "Name", "Kind", "Aliases", "Colour", "Claims", "As primary source", "Articles"],
            [9, 28, 14, 36, 9, 9, 12, 9],
        )
        ordered = sorted(reader.sources.values(), key=lambda s: (-per_source[s.id], -primary[s.id], s.name))
        for s in ordered:
            sources_sheet.append(
                [
                    s.id,
                    sources_sheet.cell(s.name),
                    s.kind,
                    sources_sheet.cell(LIST_SEPARATOR.join(s.aliases)),
                    s.colour,
                    per_source[s.id],
                    primary[s.id],
                    len(source_articles.get(s.id, ())),
                ]
            )
        sources_sheet.filter_all(8)

        articles_sheet.header(
            [
                "Article ID",
                "Title",
                "Outlet",
                "URL",
                "Published",
                "Language",
                "Direction",
                "Status",
                "Claims",
                "Sources",
                "Characters",
                "Imported from",
                "Imported at",
            ],
            [9, 44, 18, 30, 11, 9, 9, 11, 8, 8, 10, 36, 17],
        )
        for a in reader.articles:
            articles_sheet.append(
                _article_row(articles_sheet, a, per_article[a.id], len(article_sources.get(a.id, ())))
            )
        articles_sheet.filter_all(13)

        _write_summary(summary_sheet, ordered, per_source, primary, per_kind, per_outlet, unattributed)
        _write_sessions(sessions_sheet, reader)
        _write_agreement(agreement_sheet, reader)
        write_overview_sheet(wb, reader.session, reader.options, rtl)  # issue 18: the Overview's numbers
        if progress is not None and not progress(summary.claims, total):
            raise ExportCancelledError(f"{target}: export cancelled; no file was written")
        save_atomically(wb, target)
    except BaseException:
        _abandon(wb)
        raise
    return summary


def _write_claim(
    claims: _Sheet,
    attributions: _Sheet,
    overflow: _Overflow,
    columns: Sequence[Any],
    record: ClaimRecord,
    notes: list[str],
) -> None:
    rtl = record.article.direction == "rtl"
    row_notes: list[str] = []
    values = []
    lines = 1
    for i, col in enumerate(columns, start=1):
        value = col.value(record)
        if isinstance(value, str):
            align = _alignment(col, rtl)
            if col.wrap and value:
                per_line = int(col.width * 1.25)
                lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in value.split("\n")))
            value = _text_cell(
                claims,
                value,
                align,
                claim_id=record.id,
                column=col.header,
                col_index=i,
                overflow=overflow,
                notes=row_notes,
            )
        else:
            value = claims.cell(value)
        values.append(value)
    values.append(claims.cell("; ".join(row_notes)))
    # the height is set: spreadsheets do not all fit rows on opening
    claims.append(values, LINE_HEIGHT * min(lines, MAX_LINES), made=True)
    if row_notes:
        notes.append(f"claim {record.id}: " + "; ".join(row_notes))
    text_align = _RTL if rtl else None
    claim_text = clean_text(record.text)[0][:EXCEL_CELL_LIMIT]
    for link in record.chain:
        attributions.append(
            [
                record.id,
                record.article.id,
                attributions.cell(record.article.title or ""),
                attributions.cell(record.article.outlet or ""),
                link.position + 1,
                attributions.cell(link.source.name),
                attributions.cell(link.source.kind),
                attributions.cell(clean_text(link.cue_text)[0], text_align),
                attributions.cell(clean_text(link.mention_text)[0], text_align),
                attributions.cell(record.quote_type),
                attributions.cell(claim_text, text_align),
                attributions.cell(link.annotator or ""),
            ],
            made=True,
        )


LINE_HEIGHT = 13.5
MAX_LINES = 12


@functools.cache
def _alignment(col: Column, rtl: bool) -> Alignment | None:
    """How a text column's cells are aligned in an article of this direction."""
    if col.text and rtl:
        return _RTL_WRAP if col.wrap else _RTL
    if col.wrap:
        return _LTR_WRAP if col.text else _WRAP
    return _LTR if col.text else None


def _article_row(sheet: _Sheet, a: ArticleInfo, claims: int, sources: int) -> list[Any]:
    align = _RTL if a.direction == "rtl" else None
    return [
        a.id,
        sheet.cell(clean_text(a.title or "")[0], align),
        sheet.cell(a.outlet or ""),
        sheet.cell(a.url or ""),
        sheet.cell(a.published),
        sheet.cell(a.language or ""),  # escaped like every other text column
        a.direction,
        a.status,
        claims,
        sources,
        a.length,
        sheet.cell(a.imported_from or ""),
        sheet.cell(a.imported_at),
    ]


def _write_summary(
    sheet: _Sheet,
    sources: Sequence[Any],
    per_source: Counter[int],
    primary: Counter[int],
    per_kind: Counter[str],
    per_outlet: Counter[str],
    unattributed: int,
) -> None:
    for i, width in enumerate([30, 12, 16, 4, 20, 10, 4, 24, 10]):
        sheet.ws.column_dimensions[get_column_letter(i + 1)].width = width
    bold = Font(bold=True)

    def heading(*labels: str) -> list[Any]:
        cells = []
        for label in labels:
            cell = WriteOnlyCell(sheet.ws, value=header_name(label))
            cell.font = bold
            cells.append(cell)
        return cells

    # Three tables side by side: per source (A:C), per kind (E:F), per outlet (H:I).
    by_source = [(s.name, per_source[s.id], primary[s.id]) for s in sources if per_source[s.id]]
    if unattributed:
        by_source.append(("(no source)", unattributed, 0))
    kinds = per_kind.most_common()
    outlets = per_outlet.most_common()
    title = WriteOnlyCell(sheet.ws, value=header_name("Claims per source, source kind and outlet"))
    title.font = _TITLE_FONT
    sheet.append([title])
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
        chart = BarChart()
        chart.type = "bar"
        chart.title = header_name("Claims per source (top sources)")
        chart.y_axis.title = header_name("Claims")
        chart.legend = None
        chart.height = max(7.5, 0.6 * top + 2)
        chart.width = 18
        data = Reference(sheet.ws, min_col=2, min_row=first - 1, max_row=first + top - 1)
        labels = Reference(sheet.ws, min_col=1, min_row=first, max_row=first + top - 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(labels)
        sheet.ws.add_chart(chart, "K2")


def _write_sessions(sheet: _Sheet, reader: ExportReader) -> None:
    """One row per session and article worked on (a session without articles: one row)."""
    from annotator.review.sessions import read_sessions

    sheet.header(
        [
            "Session ID",
            "Annotator",
            "Started (UTC)",
            "Ended (UTC)",
            "Closed",
            "Article ID",
            "Article",
            "Minutes",
            "Claims made",
        ],
        [10, 18, 19, 19, 22, 10, 40, 10, 12],
    )
    ids = {a.id for a in reader.articles}
    for info in read_sessions(reader.session, running=reader.running_session, article_ids=ids):
        closed = "interrupted: ended at last action" if info.interrupted else "yes"
        closed = "running" if info.id == reader.running_session else closed
        head = [info.id, sheet.cell(info.annotator or ""), info.started, info.ended, closed]
        if not info.articles:
            sheet.append([*head, None, None, 0, 0])
        for a in info.articles:
            sheet.append(
                [*head, a.article_id, sheet.cell(a.title, _align(a.title)), round(a.seconds / 60, 2), a.claims]
            )
    sheet.filter_all(9)


def _number(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 4)


def _write_agreement(sheet: _Sheet, reader: ExportReader) -> None:
    """Span and source agreement per annotator pair, per article with two or more annotators, then overall."""
    from annotator.review.report import agreement_report, read_spans

    sheet.header(
        [
            "Article ID",
            "Article",
            "Annotator 1",
            "Annotator 2",
            "Claims 1",
            "Claims 2",
            "Exact matches",
            "Exact F1",
            "Overlapping",
            "Overlap F1",
            "Cohen's kappa (source)",
            "Annotators",
            "Krippendorff's alpha (source)",
            "Units",
        ],
        [10, 36, 16, 16, 9, 9, 9, 9, 9, 9, 12, 24, 12, 8],
    )
    ids = {a.id for a in reader.articles}
    spans, titles = read_spans(reader.session)
    for row in agreement_report([s for s in spans if s.article_id in ids], titles):
        for pair in row.pairs:
            sheet.append(
                [
                    row.article_id or None,
                    sheet.cell(row.title, _align(row.title)),
                    sheet.cell(pair.left),
                    sheet.cell(pair.right),
                    pair.exact.left,
                    pair.exact.right,
                    pair.exact.matched,
                    round(pair.exact.f1, 4),
                    pair.overlap.matched,
                    round(pair.overlap.f1, 4),
                    _number(pair.kappa),
                    sheet.cell(", ".join(row.annotators)),
                    _number(row.alpha),
                    row.units,
                ]
            )
    sheet.filter_all(14)


def _align(text: str) -> Alignment:
    return _RTL if detect_direction(text) == "rtl" else _LTR


def save_atomically(wb: Workbook, target: Path) -> None:
    """Save ``wb`` beside ``target``, then rename it over ``target``."""
    with atomic_target(target) as tmp:
        wb.save(tmp)


def _abandon(wb: Workbook) -> None:
    """Finish the write-only sheets' pending row writers so nothing fails later when they are collected."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
