"""What exports contain: claim rows gathered from the project in text order, with context.

Every export format (Excel, CSV, Web Annotation JSON) reads the same records,
so a column means the same thing everywhere.  Rows are read article by
article with plain SQL rows, so memory stays flat on large projects.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator.errors import InvalidValueError
from annotator.exports.header_names import check_header_language
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import Article, Attribution, Claim, Label, Source, claim_label

Scope = Literal["all", "selected", "done"]
CONTEXT_CHARS = 80
"""Characters of text before and after a claim in the Text before / Text after columns (cut at a word)."""
QUOTE_CONTEXT_CHARS = 32
"""Characters kept as ``prefix`` and ``suffix`` of a claim: the W3C TextQuoteSelector's context."""


@dataclass(frozen=True)
class ExportOptions:
    """Which articles to export, and whether to add the text around each claim."""

    scope: Scope = "all"
    article_ids: tuple[int, ...] = ()
    include_context: bool = True
    curated_only: bool = False
    """Only claims an adjudicator accepted as final (issue 8)."""
    headers: str = "en"
    """The language of column headers and sheet names: "en" (scripts expect it) or "ar" (issue 15)."""

    def __post_init__(self) -> None:
        if self.scope not in ("all", "selected", "done"):
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "unknown export scope {scope}; use all, selected or done").format(
                    scope=repr(self.scope)
                )
            )
        check_header_language(self.headers)
        if self.scope == "selected" and not self.article_ids:
            raise InvalidValueError(QT_TRANSLATE_NOOP("Core", "no articles are selected for export"))


@dataclass(frozen=True)
class SourceInfo:
    """A source as exports show it."""

    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    colour: str


@dataclass(frozen=True)
class ChainLink:
    """One attribution of a claim: its source, its place in the chain, and the mention and cue spans."""

    source: SourceInfo
    position: int
    mention: tuple[int, int] | None
    cue: tuple[int, int] | None
    mention_text: str
    cue_text: str
    annotator: str | None = None
    """Who put this source in the chain (schema 4)."""


@dataclass(frozen=True)
class ArticleInfo:
    """An article's metadata as exports show it (the text is read per article, not kept)."""

    id: int
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None
    language: str | None
    direction: str
    status: str
    text_hash: str
    length: int
    imported_from: str | None
    imported_at: datetime


@dataclass(frozen=True)
class ClaimRecord:
    """One claim with everything an analyst needs next to it."""

    id: int
    article: ArticleInfo
    start: int
    end: int
    text: str
    paragraph: int
    before: str
    after: str
    prefix: str
    suffix: str
    quote_type: str
    note: str
    created_at: datetime
    updated_at: datetime
    chain: tuple[ChainLink, ...] = field(default=())
    labels: tuple[str, ...] = field(default=())
    annotator: str | None = None
    curated: bool = False
    origin: str = "manual"
    """manual, suggested (accepted unchanged) or suggested_edited (accepted, then edited)."""

    @property
    def primary(self) -> SourceInfo | None:
        """The source the claim is attributed to first."""
        return self.chain[0].source if self.chain else None


def context_before(text: str, start: int, limit: int = CONTEXT_CHARS) -> str:
    """Up to ``limit`` characters before ``start``, cut at a word boundary, within the paragraph."""
    lo = max(text.rfind("\n", 0, start) + 1, start - limit)
    piece = text[lo:start]
    if lo > 0 and text[lo - 1] not in " \n" and " " in piece:
        piece = piece[piece.index(" ") + 1 :]
    return piece.lstrip()


def context_after(text: str, end: int, limit: int = CONTEXT_CHARS) -> str:
    """Up to ``limit`` characters after ``end``, cut at a word boundary, within the paragraph."""
    newline = text.find("\n", end)
    hi = min(len(text) if newline < 0 else newline, end + limit)
    piece = text[end:hi]
    if hi < len(text) and text[hi] not in " \n" and " " in piece:
        piece = piece[: piece.rindex(" ")]
    return piece.rstrip()


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of the non-empty paragraphs (lines) of ``text``."""
    starts = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
        pos += len(line) + 1
    return starts


def paragraph_number(starts: Sequence[int], offset: int) -> int:
    """1-based number of the non-empty paragraph holding ``offset``."""
    return max(bisect_right(starts, offset), 1)


class ExportReader:
    """Reads the records of one export from an open session."""

    def __init__(self, session: Session, options: ExportOptions, running_session: int | None = None) -> None:
        self._s = session
        self.options = options
        self.running_session = running_session
        """The highlighting session still recording, if any (the Sessions sheet says "running")."""
        self.sources = {
            row.id: SourceInfo(row.id, row.name, row.kind, tuple(row.aliases or ()), row.colour)
            for row in session.execute(select(Source.id, Source.name, Source.kind, Source.aliases, Source.colour))
        }
        stmt = select(
            Article.id,
            Article.title,
            Article.outlet,
            Article.url,
            Article.published,
            Article.language,
            Article.direction,
            Article.status,
            Article.text_hash,
            Article.imported_from,
            Article.imported_at,
            func.length(Article.text).label("length"),  # characters (code points), as Python counts them
        ).order_by(Article.id)
        if options.scope == "selected":
            stmt = stmt.where(Article.id.in_(options.article_ids))
        elif options.scope == "done":
            stmt = stmt.where(Article.status == "done")
        rows = session.execute(stmt).all()
        self.articles = [
            ArticleInfo(
                r.id,
                r.title,
                r.outlet,
                r.url,
                r.published,
                r.language,
                r.direction,
                r.status,
                r.text_hash,
                r.length,
                r.imported_from,
                r.imported_at,
            )
            for r in rows
        ]

    @property
    def session(self) -> Session:
        """The open database session (for sheets that read more than claims: sessions, agreement)."""
        return self._s

    def claim_count(self) -> int:
        """Number of claims the export will hold."""
        ids = [a.id for a in self.articles]
        stmt = select(func.count()).select_from(Claim).where(Claim.article_id.in_(ids))
        if self.options.curated_only:
            stmt = stmt.where(Claim.curated.is_(True))
        return self._s.scalar(stmt) or 0

    def claims(self) -> Iterator[ClaimRecord]:
        """Claim records, article by article, in text order."""
        for article in self.articles:
            text = self._s.scalar(select(Article.text).where(Article.id == article.id)) or ""
            starts = paragraph_starts(text)
            claim_stmt = (
                select(
                    Claim.id,
                    Claim.start,
                    Claim.end,
                    Claim.quote_type,
                    Claim.note,
                    Claim.created_at,
                    Claim.updated_at,
                    Claim.annotator,
                    Claim.curated,
                    Claim.origin,
                )
                .where(Claim.article_id == article.id)
                .order_by(Claim.start, Claim.end, Claim.id)
            )
            if self.options.curated_only:
                claim_stmt = claim_stmt.where(Claim.curated.is_(True))
            claim_rows = self._s.execute(claim_stmt).all()
            if not claim_rows:
                continue
            links: defaultdict[int, list[ChainLink]] = defaultdict(list)
            attribution_rows = self._s.execute(
                select(
                    Attribution.claim_id,
                    Attribution.source_id,
                    Attribution.position,
                    Attribution.mention_start,
                    Attribution.mention_end,
                    Attribution.cue_start,
                    Attribution.cue_end,
                    Attribution.annotator,
                )
                .join(Claim, Claim.id == Attribution.claim_id)
                .where(Claim.article_id == article.id)
                .order_by(Attribution.claim_id, Attribution.position)
            )
            for a in attribution_rows:
                mention = (a.mention_start, a.mention_end) if a.mention_start is not None else None
                cue = (a.cue_start, a.cue_end) if a.cue_start is not None else None
                links[a.claim_id].append(
                    ChainLink(
                        self.sources[a.source_id],
                        a.position,
                        mention,
                        cue,
                        text[mention[0] : mention[1]] if mention else "",
                        text[cue[0] : cue[1]] if cue else "",
                        a.annotator,
                    )
                )
            labels: defaultdict[int, list[str]] = defaultdict(list)
            label_rows = self._s.execute(
                select(claim_label.c.claim_id, Label.name)
                .join(Label, Label.id == claim_label.c.label_id)
                .join(Claim, Claim.id == claim_label.c.claim_id)
                .where(Claim.article_id == article.id)
                .order_by(Label.name)
            )
            for claim_id, name in label_rows:
                labels[claim_id].append(name)
            for c in claim_rows:
                yield ClaimRecord(
                    id=c.id,
                    article=article,
                    start=c.start,
                    end=c.end,
                    text=text[c.start : c.end],
                    paragraph=paragraph_number(starts, c.start),
                    before=context_before(text, c.start),
                    after=context_after(text, c.end),
                    prefix=text[max(0, c.start - QUOTE_CONTEXT_CHARS) : c.start],
                    suffix=text[c.end : c.end + QUOTE_CONTEXT_CHARS],
                    quote_type=c.quote_type,
                    note=c.note,
                    created_at=c.created_at,
                    updated_at=c.updated_at,
                    chain=tuple(links.get(c.id, ())),
                    labels=tuple(labels.get(c.id, ())),
                    annotator=c.annotator,
                    curated=bool(c.curated),
                    origin=c.origin or "manual",
                )
