"""The Sessions and Agreement sheets: the highlighting sessions per article, and agreement between annotators
(read through :mod:`annotator.review`, loaded only when a workbook is written)."""

from __future__ import annotations

import math

from openpyxl.styles import Alignment

from annotator.exports.data import ExportReader
from annotator.exports.header_names import heading as header_name
from annotator.exports.sheet import LTR, RTL, Sheet
from annotator.text.direction import detect_direction


def write_sessions(sheet: Sheet, reader: ExportReader) -> None:
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
        closed = header_name("running" if info.id == reader.running_session else closed)
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


def write_agreement(sheet: Sheet, reader: ExportReader) -> None:
    """Span and source agreement per annotator pair, per article with two or more annotators, then overall."""
    from annotator.review.report import OVERALL, agreement_report, read_spans

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
        title = header_name(row.title) if row.article_id == OVERALL else row.title  # "All articles"
        for pair in row.pairs:
            sheet.append(
                [
                    row.article_id or None,
                    sheet.cell(title, _align(title)),
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
    return RTL if detect_direction(text) == "rtl" else LTR
