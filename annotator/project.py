"""The Project service: every read and change of a project file goes through it.

Each public method that changes data runs in one transaction (one user
action), commits, and then tells subscribers through :class:`Change` notices.
What the methods return are detached records that stay readable after the call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from .direction import detect_direction, detect_language
from .errors import (
    AnnotatorError,
    DuplicateArticleError,
    InvalidValueError,
    NotFoundError,
    OffsetError,
    ProjectFileError,
)
from .events import Change, ChangeNotifier, Listener
from .importing import ArticleDraft, read_article
from .matching import fold
from .models import QUOTE_TYPES, SOURCE_KINDS, Article, Attribution, Claim, Source
from .palette import colour_for, is_colour
from .storage import open_engine
from .text_import import MAX_ARTICLE_BYTES, normalize_text, text_hash

T = TypeVar("T")


class Project:
    """An open project file (SQLite).  Use :meth:`open`; close it, or use it as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine = open_engine(path)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self._notifier = ChangeNotifier()
        self._closed = False

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Project:
        """Open the project at ``path``, creating the file (and its folder) if missing."""
        return cls(Path(path).expanduser().resolve())

    def close(self) -> None:
        """Release the database; the project cannot be used afterwards."""
        if not self._closed:
            self._engine.dispose()
            self._closed = True

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with a :class:`Change` after every committed change."""
        return self._notifier.subscribe(listener)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        if self._closed:
            raise ProjectFileError(f"{self.path}: the project is closed")
        with self._sessions() as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._read() as session, session.begin():
            yield session

    # -- articles ------------------------------------------------------------

    def import_file(
        self,
        path: str | Path,
        *,
        max_bytes: int = MAX_ARTICLE_BYTES,
        encoding: str | None = None,
        remove_furniture: bool = False,
    ) -> Article:
        """Import an article file (.txt in any common encoding, .html/.htm page, .docx); rejects a duplicate.

        Site furniture is kept unless ``remove_furniture`` is true; ``encoding``
        forces the encoding of a plain-text file.
        """
        draft = read_article(path, max_bytes=max_bytes, encoding=encoding)
        return self.import_draft(draft.without_furniture() if remove_furniture else draft)

    def import_draft(self, draft: ArticleDraft) -> Article:
        """Store an article read by :func:`annotator.importing.read_article` (or from the clipboard).

        Raises DuplicateArticleError if the same text is already in the project.
        """
        existing = self._article_id_by_hash(text_hash(normalize_text(draft.text)))
        if existing is not None:
            raise DuplicateArticleError(draft.source, existing)
        from_file = draft.kind != "clipboard"
        return self.add_article(
            draft.text,
            title=draft.title or (Path(draft.source).stem if from_file else None),
            outlet=draft.outlet,
            url=draft.url,
            published=draft.published,
            language=draft.language,
            direction=draft.direction,
            imported_from=str(Path(draft.source).resolve()) if from_file else draft.source,
            encoding=draft.encoding,
        )

    def add_article(
        self,
        text: str,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: date | str | None = None,
        *,
        language: str | None = None,
        direction: str | None = None,
        imported_from: str | None = None,
        encoding: str | None = None,
    ) -> Article:
        """Add an article from text (BOM dropped, line endings made LF) and return it."""
        stored = normalize_text(text)
        if not stored.strip():
            raise InvalidValueError("an article needs some text; the text given is empty")
        if direction is not None and direction not in ("rtl", "ltr"):
            raise InvalidValueError(f"direction must be 'rtl' or 'ltr', not {direction!r}")
        article = Article(
            title=(title or "").strip() or None,
            outlet=outlet,
            url=url,
            published=_as_date(published),
            language=language or detect_language(stored),
            direction=direction or detect_direction(stored),
            text=stored,
            text_hash=text_hash(stored),
            imported_from=imported_from,
            encoding=encoding,
        )
        with self._write() as s:
            s.add(article)
        self._notifier.emit(Change("article", "added", (article.id,), article.id))
        return article

    def articles(self) -> list[Article]:
        """All articles, in the order they were added."""
        with self._read() as s:
            return list(s.scalars(select(Article).order_by(Article.id)))

    def article(self, article_id: int) -> Article:
        """The article with this id; NotFoundError if there is none."""
        with self._read() as s:
            return _get(s, Article, article_id, "article")

    def _article_id_by_hash(self, digest: str) -> int | None:
        with self._read() as s:
            return s.scalar(select(Article.id).where(Article.text_hash == digest).limit(1))

    # -- sources -------------------------------------------------------------

    def add_source(
        self, name: str, kind: str = "other", aliases: Iterable[str] = (), colour: str | None = None
    ) -> Source:
        """Add a source to the registry; its colour is picked from the palette unless given."""
        clean = " ".join(name.split())
        if not clean:
            raise InvalidValueError("a source needs a name")
        if kind not in SOURCE_KINDS:
            raise InvalidValueError(f"unknown source kind {kind!r}; use one of {', '.join(SOURCE_KINDS)}")
        if colour is not None and not is_colour(colour):
            raise InvalidValueError(f"colour must look like #rrggbb, not {colour!r}")
        alias_list = [" ".join(a.split()) for a in aliases if a.strip()]
        with self._write() as s:
            key = fold(clean)
            for other in s.scalars(select(Source)):
                if fold(other.name) == key:
                    raise InvalidValueError(f"a source named {other.name!r} already exists (source {other.id})")
            count = s.scalar(select(func.count()).select_from(Source)) or 0
            source = Source(name=clean, kind=kind, aliases=alias_list, colour=colour or colour_for(count))
            s.add(source)
        self._notifier.emit(Change("source", "added", (source.id,)))
        return source

    def sources(self) -> list[Source]:
        """All sources, by name."""
        with self._read() as s:
            return sorted(s.scalars(select(Source)), key=lambda src: fold(src.name))

    def source(self, source_id: int) -> Source:
        """The source with this id; NotFoundError if there is none."""
        with self._read() as s:
            return _get(s, Source, source_id, "source")

    # -- claims --------------------------------------------------------------

    def add_claim(
        self,
        article_id: int,
        start: int,
        end: int,
        source_ids: Sequence[int] = (),
        quote_type: str = "unmarked",
        note: str = "",
    ) -> Claim:
        """Mark ``text[start:end]`` (code points, half-open) of an article as a claim.

        ``source_ids`` is the attribution chain in order, first the source the
        claim is attributed to first.  Raises OffsetError for a span outside the
        text, NotFoundError for an unknown article or source.
        """
        if quote_type not in QUOTE_TYPES:
            raise InvalidValueError(f"unknown quote type {quote_type!r}; use one of {', '.join(QUOTE_TYPES)}")
        ids = list(source_ids)
        if len(set(ids)) != len(ids):
            raise InvalidValueError(f"a source appears twice in the attribution chain {ids}")
        with self._write() as s:
            article = _get(s, Article, article_id, "article")
            _check_span(start, end, len(article.text), f"article {article_id}")
            for sid in ids:
                _get(s, Source, sid, "source")
            claim = Claim(
                article_id=article_id,
                start=start,
                end=end,
                text=article.text[start:end],
                quote_type=quote_type,
                note=note,
                attributions=[Attribution(source_id=sid, position=i) for i, sid in enumerate(ids)],
            )
            s.add(claim)
            if article.status == "todo":
                article.status = "in_progress"
        self._notifier.emit(Change("claim", "added", (claim.id,), article_id))
        return claim

    def delete_claim(self, claim_id: int) -> None:
        """Delete a claim and its attributions."""
        with self._write() as s:
            claim = _get(s, Claim, claim_id, "claim")
            article_id = claim.article_id
            s.delete(claim)
        self._notifier.emit(Change("claim", "deleted", (claim_id,), article_id))

    def restore_claim(self, claim: Claim) -> Claim:
        """Put back a deleted claim exactly as it was: same id, fields, times and attribution chain.

        ``claim`` is a record returned earlier by this project (used by undo).
        """
        with self._write() as s:
            if s.get(Claim, claim.id) is not None:
                raise InvalidValueError(f"claim {claim.id} already exists; it cannot be restored twice")
            article = _get(s, Article, claim.article_id, "article")
            _check_span(claim.start, claim.end, len(article.text), f"article {claim.article_id}")
            for sid in claim.source_ids:
                _get(s, Source, sid, "source")
            restored = Claim(
                id=claim.id,
                article_id=claim.article_id,
                start=claim.start,
                end=claim.end,
                text=article.text[claim.start : claim.end],
                quote_type=claim.quote_type,
                note=claim.note,
                created_at=claim.created_at,
                updated_at=claim.updated_at,
                attributions=[
                    Attribution(
                        id=a.id,
                        source_id=a.source_id,
                        position=a.position,
                        mention_start=a.mention_start,
                        mention_end=a.mention_end,
                        cue_start=a.cue_start,
                        cue_end=a.cue_end,
                    )
                    for a in claim.attributions
                ],
            )
            s.add(restored)
        self._notifier.emit(Change("claim", "added", (restored.id,), restored.article_id))
        return restored

    def claim_counts(self) -> dict[int, int]:
        """Number of claims per article id (articles without claims are left out)."""
        with self._read() as s:
            rows = s.execute(select(Claim.article_id, func.count()).group_by(Claim.article_id))
            return {article_id: count for article_id, count in rows}

    def claims(self, article_id: int | None = None) -> list[Claim]:
        """Claims of one article (or of all), in text order."""
        stmt = select(Claim).order_by(Claim.article_id, Claim.start, Claim.end, Claim.id)
        if article_id is not None:
            stmt = stmt.where(Claim.article_id == article_id)
        with self._read() as s:
            return list(s.scalars(stmt))

    def claim(self, claim_id: int) -> Claim:
        """The claim with this id; NotFoundError if there is none."""
        with self._read() as s:
            return _get(s, Claim, claim_id, "claim")

    # -- export --------------------------------------------------------------

    def export_xlsx(self, path: str | Path) -> Path:
        """Write every claim, source and article to an Excel workbook; returns the path written."""
        from .export_xlsx import write_workbook  # openpyxl loads only when exporting

        target = Path(path)
        with self._read() as s:
            articles = list(s.scalars(select(Article).order_by(Article.id)))
            sources = list(s.scalars(select(Source).order_by(Source.id)))
            claims = list(s.scalars(select(Claim).order_by(Claim.article_id, Claim.start, Claim.id)))
        write_workbook(target, articles, sources, claims)
        return target


def _get(session: Session, model: type[T], ident: int, what: str) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFoundError(f"there is no {what} with id {ident}")
    return obj


def _check_span(start: int, end: int, length: int, where: str) -> None:
    if not (isinstance(start, int) and isinstance(end, int)):
        raise OffsetError(f"offsets must be whole numbers, not {start!r}..{end!r}")
    if not 0 <= start < end <= length:
        raise OffsetError(f"span {start}..{end} is outside the text of {where} (0..{length}) or empty")


def _as_date(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InvalidValueError(f"published date {value!r} is not a date like 2024-06-20") from exc


__all__ = ["AnnotatorError", "Project"]
