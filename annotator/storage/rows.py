"""Claims as plain rows (named tuples), the types alone: the ORM reads them in :mod:`annotator.storage.claim_rows`,
the start-up's first screen in :mod:`annotator.storage.first_screen` without SQLAlchemy."""

from __future__ import annotations

from typing import NamedTuple


class LinkRow(NamedTuple):
    """One source in a claim's attribution chain, with where the text names it and the cue."""

    source_id: int
    mention_start: int | None = None
    mention_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


class ClaimRow(NamedTuple):
    """A claim as views show it (code point offsets into its article's text)."""

    id: int
    article_id: int
    start: int
    end: int
    text: str
    quote_type: str = "unmarked"
    note: str = ""
    annotator: str | None = None
    curated: bool = False
    attributions: tuple[LinkRow, ...] = ()
    label_ids: tuple[int, ...] = ()

    @property
    def source_ids(self) -> list[int]:
        """Ids of the attributed sources, in chain order (first = primary)."""
        return [a.source_id for a in self.attributions]
