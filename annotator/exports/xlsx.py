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
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment

from annotator.errors import ExportCancelledError
from annotator.exports.columns import EXPORT_NOTES, LIST_SEPARATOR, Column, claim_columns
from annotator.exports.data import ArticleInfo, ClaimRecord, ExportReader
from annotator.exports.files import ExportSummary, Progress, atomic_target
from annotator.exports.header_names import cell_text
from annotator.exports.overflow_sheet import Overflow, text_cell
from annotator.exports.overview_sheet import write_overview_sheet
from annotator.exports.review_sheets import write_agreement, write_sessions
from annotator.exports.row_heights import has_arabic, row_height, text_height
from annotator.exports.sheet import (
    ARABIC_ROW,
    EXCEL_CELL_LIMIT,
    LATIN_ROW,
    RTL,
    TOP_LTR,
    TOP_LTR_WRAP,
    TOP_RTL,
    TOP_RTL_WRAP,
    TOP_WRAP,
    Sheet,
    clean_text,
)
from annotator.exports.summary_sheet import write_summary
from annotator.messages import QT_TRANSLATE_NOOP


def write_workbook(target: Path, reader: ExportReader, progress: Progress | None = None) -> ExportSummary:
    """Write the workbook for ``reader``'s records to ``target`` atomically."""
    summary = ExportSummary(target, articles=len(reader.articles), sources=len(reader.sources))
    rtl = sum(a.direction == "rtl" for a in reader.articles) * 2 >= len(reader.articles) > 0
    columns = claim_columns(reader.options.include_context)
    total = reader.claim_count()

    wb = Workbook(write_only=True)
    claims_sheet = Sheet(wb, "Claims", rtl, top=True, reuse_cells=True)
    attributions_sheet = Sheet(wb, "Attributions", rtl, reuse_cells=True)
    sources_sheet = Sheet(wb, "Sources", rtl)
    articles_sheet = Sheet(wb, "Articles", rtl)
    summary_sheet = Sheet(wb, "Summary", rtl, title_rows="1:2")
    sessions_sheet = Sheet(wb, "Sessions", rtl)
    agreement_sheet = Sheet(wb, "Agreement", rtl)
    overflow = Overflow(wb, rtl)

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
                raise ExportCancelledError(
                    QT_TRANSLATE_NOOP("Core", "{path}: export cancelled; no file was written").format(path=target)
                )
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
            [9, 44, 18, 30, 11, 9, 9, 11, 8, 8, 10, 36, 19],
        )
        for a in reader.articles:
            articles_sheet.append(
                _article_row(articles_sheet, a, per_article[a.id], len(article_sources.get(a.id, ())))
            )
        articles_sheet.filter_all(13)

        write_summary(summary_sheet, ordered, per_source, primary, per_kind, per_outlet, unattributed)
        write_sessions(sessions_sheet, reader)
        write_agreement(agreement_sheet, reader)
        write_overview_sheet(wb, reader.session, reader.options, rtl)  # issue 18: the Overview's numbers
        if progress is not None and not progress(summary.claims, total):
            raise ExportCancelledError(
                QT_TRANSLATE_NOOP("Core", "{path}: export cancelled; no file was written").format(path=target)
            )
        save_atomically(wb, target)
    except BaseException:
        _abandon(wb)
        raise
    return summary


def _write_claim(
    claims: Sheet,
    attributions: Sheet,
    overflow: Overflow,
    columns: Sequence[Any],
    record: ClaimRecord,
    notes: list[str],
) -> None:
    rtl = record.article.direction == "rtl"
    row_notes: list[str] = []
    values = []
    heights = []
    for i, col in enumerate(columns, start=1):
        value = col.value(record)
        if isinstance(value, str):
            align = _alignment(col, rtl)
            if value:
                heights.append(text_height(value, col.width if col.wrap else None))
            value = text_cell(
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
    values.append(claims.cell("; ".join(cell_text(note) for note in row_notes)))
    claims.append(values, row_height(heights), made=True)  # spreadsheets do not fit rows to their text on opening
    notes += [QT_TRANSLATE_NOOP("Core", "claim {id}: {note}").format(id=record.id, note=note) for note in row_notes]
    text_align = RTL if rtl else None
    claim_text = clean_text(record.text)[0][:EXCEL_CELL_LIMIT]
    article = record.article
    arabic = any(has_arabic(text) for text in (claim_text, article.title or "", article.outlet or ""))
    for link in record.chain:
        names = (link.source.name, link.cue_text, link.mention_text, link.annotator or "")
        height = ARABIC_ROW if arabic or any(has_arabic(text) for text in names) else LATIN_ROW
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
            height,  # known from the claim: no need to look through the row for Arabic
            made=True,
        )


@functools.cache
def _alignment(col: Column, rtl: bool) -> Alignment | None:
    """How a text column's cells are aligned in an article of this direction."""
    if col.text and rtl:
        return TOP_RTL_WRAP if col.wrap else TOP_RTL
    if col.wrap:
        return TOP_LTR_WRAP if col.text else TOP_WRAP
    return TOP_LTR if col.text else None


def _article_row(sheet: Sheet, a: ArticleInfo, claims: int, sources: int) -> list[Any]:
    align = RTL if a.direction == "rtl" else None
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


def save_atomically(wb: Workbook, target: Path) -> None:
    """Save ``wb`` beside ``target``, then rename it over ``target``."""
    with atomic_target(target) as tmp:
        wb.save(tmp)


def _abandon(wb: Workbook) -> None:
    """Finish the write-only sheets' pending row writers so nothing fails later when they are collected."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
