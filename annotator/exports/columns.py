"""The columns of the Claims table, shared by the Excel and CSV exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from annotator.exports.data import ClaimRecord

LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    """One exported column: its header, how wide it is in Excel, and how to read it from a record."""

    header: str
    width: int
    value: Callable[[ClaimRecord], Any]
    text: bool = False  # article text: aligned and read in the article's direction
    wrap: bool = False
    context: bool = False  # only with the context option


def _join(values: list[str]) -> str:
    return LIST_SEPARATOR.join(v for v in values if v)


ORIGIN_LABELS = {"manual": "manual", "suggested": "suggested", "suggested_edited": "suggested, edited"}
"""The Origin column: marked by hand, or a suggestion accepted unchanged or then edited."""

CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("Claim ID", 9, lambda r: r.id),
    Column("Article ID", 9, lambda r: r.article.id),
    Column("Article", 36, lambda r: r.article.title or ""),
    Column("Outlet", 18, lambda r: r.article.outlet or ""),
    Column("Published", 11, lambda r: r.article.published),
    Column("Paragraph", 9, lambda r: r.paragraph),
    Column("Claim text", 60, lambda r: r.text, text=True, wrap=True),
    Column("Text before", 40, lambda r: r.before, text=True, wrap=True, context=True),
    Column("Text after", 40, lambda r: r.after, text=True, wrap=True, context=True),
    Column("Primary source", 22, lambda r: r.primary.name if r.primary else ""),
    Column("Attribution chain (first to last)", 30, lambda r: _join([link.source.name for link in r.chain])),
    Column("Source kinds", 18, lambda r: _join([link.source.kind for link in r.chain])),
    Column("Cue", 20, lambda r: _join([link.cue_text for link in r.chain]), text=True),
    Column("Source mention", 22, lambda r: _join([link.mention_text for link in r.chain]), text=True),
    Column("Quote type", 11, lambda r: r.quote_type),
    Column("Labels", 18, lambda r: _join(list(r.labels))),
    Column("Note", 30, lambda r: r.note, wrap=True),
    Column("Start", 8, lambda r: r.start),
    Column("End", 8, lambda r: r.end),
    Column("Annotator", 14, lambda r: r.annotator or ""),
    Column("Curated", 9, lambda r: "yes" if r.curated else ""),
    Column("Origin", 14, lambda r: ORIGIN_LABELS.get(r.origin, r.origin)),
    Column("Created at", 19, lambda r: r.created_at),  # 2026-12-01 21:47:12 whole, not ####
    Column("Updated at", 19, lambda r: r.updated_at),
)
EXPORT_NOTES = "Export notes"


def claim_columns(include_context: bool) -> list[Column]:
    """The Claims columns for this export."""
    return [c for c in CLAIM_COLUMNS if include_context or not c.context]
