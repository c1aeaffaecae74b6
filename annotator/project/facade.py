"""The Project service: every read and change of a project file goes through it.

Each public method that changes data runs in one transaction (one user
action), commits, and then tells subscribers through :class:`Change` notices.
What the methods return are detached records that stay readable after the call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from annotator.errors import (
    AnnotatorError,
    DamagedProjectError,
    DuplicateArticleError,
    InvalidValueError,
    NotFoundError,
    OffsetError,
    ProjectFileError,
    ReadOnlyError,
)
from annotator.exports.data import ExportOptions, ExportReader
from annotator.importers.reading import ArticleDraft, read_article
from annotator.importers.text_file import MAX_ARTICLE_BYTES, normalize_text, text_hash
from annotator.project.safety import DataSafety
from annotator.project.sessions import Sessions
from annotator.storage import claim_search
from annotator.storage.changes import Change, ChangeNotifier, Listener
from annotator.storage.claim_rows import ClaimRow, claim_rows_by_id, read_claim_rows
from annotator.storage.claim_search import ClaimPage, ClaimQuery
from annotator.storage.engine import check_writable, open_engine
from annotator.storage.locking import ProjectLock
from annotator.storage.models import (
    ARTICLE_STATUSES,
    QUOTE_TYPES,
    SOURCE_KINDS,
    Article,
    Attribution,
    Claim,
    Label,
    Source,
    utcnow,
)
from annotator.text.direction import detect_direction, detect_language
from annotator.text.matching import fold
from annotator.text.palette import colour_for, is_colour

if TYPE_CHECKING:
    from annotator.exchange.w3c import AnnotationImportReport
    from annotator.exports.files import ExportSummary, Progress
    from annotator.storage.backups import AutoBackup, BackupPolicy

T = TypeVar("T")
EXPORT_FORMATS = ("xlsx", "csv", "json")


class Project(DataSafety, Sessions):
    """An open project file (SQLite).  Use :meth:`open`; close it, or use it as a context manager."""

    def __init__(self, path: Path, *, read_only: bool = False, backups: BackupPolicy | None = None) -> None:
        self.path = path
        self.read_only = read_only
        self.annotator: str | None = None
        """Who is annotating: recorded on every claim made through this project object."""
        self._closed = True
        # Data safety: one writer (the lock), checks before any write, automatic backups (see open()).
        if not read_only:
            check_writable(path)
        self._lock = None if read_only else ProjectLock.acquire(path)
        try:
            self._engine = open_engine(path, read_only=read_only)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self._notifier = ChangeNotifier()
        self._closed = False
        self._auto_backup: AutoBackup | None = None
        if not read_only and backups is not None:
            try:
                self._auto_backup = self._start_backups(backups)
            except BaseException:
                self.close()
                raise
        if not read_only:
            try:
                self._heal_search()
            except BaseException:
                self.close()
                raise

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        backup_every_minutes: float | None = 10.0,
        keep_backups: int = 10,
        backup_on_open: bool = True,
    ) -> Project:
        """Open the project at ``path``, creating the file (and its folder) if missing.

        ``read_only``: no lock is taken and every change is refused with :class:`ReadOnlyError`
        (for a project open in another window).  Otherwise the project is locked for this
        instance (:class:`ProjectLockedError` if another holds it), backed up on open and then
        every ``backup_every_minutes`` while changes are made (None: only on open), keeping the
        newest ``keep_backups`` (see :mod:`annotator.storage.backups`).
        """
        from annotator.storage.backups import BackupPolicy

        policy = BackupPolicy(every_minutes=backup_every_minutes, keep=keep_backups, on_open=backup_on_open)
        return cls(Path(path).expanduser().resolve(), read_only=read_only, backups=policy)

    def close(self) -> None:
        """Release the database and the lock; the project cannot be used afterwards."""
        if not self._closed:
            with suppress(AnnotatorError):  # issue 8: a session closes with its project, never stopping it
                self.end_session()
            self.wait_for_backup()  # a backup in the background finishes before the lock is released
            self._engine.dispose()
            self._closed = True
            if self._lock is not None:
                self._lock.release()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

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
        try:
            with self._sessions() as session:
                yield session
        except (DatabaseError, ValueError) as exc:  # bytes damaged after the file was opened and checked
            if isinstance(exc, OperationalError | IntegrityError):
                raise
            raise DamagedProjectError(self.path, f"a stored record cannot be read: {str(exc)[:200]}") from exc

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path}: is open read-only; nothing can be changed in this window")
        try:
            with self._read() as session, session.begin():
                yield session
                session.flush()
                claim_search.fold_pending(session.connection())  # issue 7: the search index, in this transaction
        except OperationalError as exc:  # disk full, file made read-only meanwhile, I/O error...
            reason = exc.orig.args[0] if exc.orig is not None and exc.orig.args else str(exc)
            message = f"{self.path}: the change could not be saved ({reason}); nothing was changed"
            raise ProjectFileError(message) from exc
        if self._auto_backup is not None:
            self._auto_backup.after_change()

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
        """Store an article read by :func:`annotator.importers.reading.read_article` (or from the clipboard).

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
        try:
            stored.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidValueError(
                f"the text has a broken character (an unpaired surrogate, U+{ord(stored[exc.start]):04X}) "
                f"at position {exc.start}; it cannot be stored"
            ) from exc
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

    def article_summaries(
        self, offset: int = 0, limit: int | None = None, ids: Iterable[int] | None = None
    ) -> list[ArticleSummary]:
        """Articles without their text (for lists over large projects), in the order they were added."""
        stmt = (
            select(Article.id, Article.title, Article.status, Article.direction, Article.imported_from)
            .order_by(Article.id)
            .offset(offset)
        )
        if ids is not None:
            stmt = stmt.where(Article.id.in_(list(ids)))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._read() as s:
            rows = s.execute(stmt).all()
            # Counted for these articles only (through the article_id index), not over every claim.
            counted = select(Claim.article_id, func.count()).where(Claim.article_id.in_([r[0] for r in rows]))
            counts = {aid: n for aid, n in s.execute(counted.group_by(Claim.article_id))}
            return [ArticleSummary(r[0], r[1], r[2], r[3], r[4], counts.get(r[0], 0)) for r in rows]

    def article_count(self, status: str | None = None) -> int:
        """Number of articles (with this status, if given)."""
        stmt = select(func.count()).select_from(Article)
        if status is not None:
            stmt = stmt.where(Article.status == status)
        with self._read() as s:
            return s.scalar(stmt) or 0

    def recent_source_ids(self, limit: int = 9) -> list[int]:
        """Sources of the most recently made claims, newest first, each once."""
        stmt = (
            select(Attribution.source_id)
            .join(Claim, Claim.id == Attribution.claim_id)
            .order_by(Claim.id.desc(), Attribution.position)  # ids grow with each new claim
            .limit(limit * 20)
        )
        with self._read() as s:
            return list(dict.fromkeys(s.scalars(stmt)))[:limit]

    def article(self, article_id: int) -> Article:
        """The article with this id; NotFoundError if there is none."""
        with self._read() as s:
            return _get(s, Article, article_id, "article")

    def article_status(self, article_id: int) -> str:
        """The article's status (todo, in_progress, done), without reading its text."""
        with self._read() as s:
            status = s.scalar(select(Article.status).where(Article.id == article_id))
        if status is None:
            raise NotFoundError(f"there is no article with id {article_id}")
        return status

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
                attributions=[
                    Attribution(source_id=sid, position=i, annotator=self.annotator) for i, sid in enumerate(ids)
                ],
                labels=[],
                annotator=self.annotator,
            )
            s.add(claim)
            if article.status == "todo":
                article.status = "in_progress"
        self._notifier.emit(Change("claim", "added", (claim.id,), article_id))
        return claim

    def delete_claim(self, claim_id: int, *, article_status: str | None = None) -> None:
        """Delete a claim and its attributions (and set its article's status, in the same transaction)."""
        with self._write() as s:
            claim = _get(s, Claim, claim_id, "claim")
            article_id = claim.article_id
            s.delete(claim)
            self._set_status(s, article_id, article_status)
        self._notifier.emit(Change("claim", "deleted", (claim_id,), article_id))
        if article_status is not None:
            self._notifier.emit(Change("article", "changed", (article_id,), article_id))

    def _set_status(self, s: Session, article_id: int, status: str | None) -> None:
        if status is None:
            return
        if status not in ARTICLE_STATUSES:
            raise InvalidValueError(f"unknown status {status!r}; use one of {', '.join(ARTICLE_STATUSES)}")
        _get(s, Article, article_id, "article").status = status

    def restore_claim(self, claim: Claim, *, article_status: str | None = None) -> Claim:
        """Put back a deleted claim exactly as it was: same id, fields, times and attribution chain.

        ``claim`` is a record returned earlier by this project (used by undo); ``article_status`` is set on its
        article in the same transaction.
        """
        with self._write() as s:
            self._set_status(s, claim.article_id, article_status)
            if s.get(Claim, claim.id) is not None:
                raise InvalidValueError(f"claim {claim.id} already exists; it cannot be restored twice")
            article = _get(s, Article, claim.article_id, "article")
            _check_span(claim.start, claim.end, len(article.text), f"article {claim.article_id}")
            for sid in claim.source_ids:
                _get(s, Source, sid, "source")
            restored = _copy_claim(claim, s)
            restored.text = article.text[claim.start : claim.end]
            s.add(restored)
        self._notifier.emit(Change("claim", "added", (restored.id,), restored.article_id))
        if article_status is not None:
            self._notifier.emit(Change("article", "changed", (restored.article_id,), restored.article_id))
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

    def claim_rows(self, article_id: int, starts: tuple[int, int | None] = (0, None)) -> list[ClaimRow]:
        """The article's claims as plain rows (cheap for thousands), in text order.

        ``starts`` keeps those starting in ``lo <= start < hi`` (``hi`` None: to the end), so a view can read
        the claims of its first screen before the rest.
        """
        lo, hi = starts
        where = (Claim.article_id == article_id) & (Claim.start >= lo)
        if hi is not None:
            where &= Claim.start < hi
        with self._read() as s:
            return read_claim_rows(s.connection(), where)

    def claim_row(self, claim_id: int) -> ClaimRow:
        """One claim as a plain row; NotFoundError if there is none."""
        with self._read() as s:
            rows = claim_rows_by_id(s.connection(), [claim_id])
        if not rows:
            raise NotFoundError(f"there is no claim with id {claim_id}")
        return rows[0]

    # -- editing claims, sources and articles (each undoable from the UI) -------

    def update_claim(
        self,
        claim_id: int,
        *,
        start: int | None = None,
        end: int | None = None,
        quote_type: str | None = None,
        note: str | None = None,
    ) -> Claim:
        """Change a claim's boundaries, quote type or note; what is not given stays as it is."""
        if quote_type is not None and quote_type not in QUOTE_TYPES:
            raise InvalidValueError(f"unknown quote type {quote_type!r}; use one of {', '.join(QUOTE_TYPES)}")
        with self._write() as s:
            claim = _get(s, Claim, claim_id, "claim")
            article = _get(s, Article, claim.article_id, "article")
            new_start = claim.start if start is None else start
            new_end = claim.end if end is None else end
            _check_span(new_start, new_end, len(article.text), f"article {article.id}")
            claim.start, claim.end, claim.text = new_start, new_end, article.text[new_start:new_end]
            if quote_type is not None:
                claim.quote_type = quote_type
            if note is not None:
                claim.note = note
            claim.updated_at = utcnow()
        return self._changed_claim(claim_id)

    def set_chain(self, claim_id: int, chain: Sequence[AttributionSpec | int]) -> Claim:
        """Replace a claim's attribution chain (first = the source it is attributed to first).

        Each link is a source id, or an :class:`AttributionSpec` with the source's mention
        and the reporting cue as code point spans in the article.
        """
        specs = [c if isinstance(c, AttributionSpec) else AttributionSpec(c) for c in chain]
        ids = [spec.source_id for spec in specs]
        if len(set(ids)) != len(ids):
            raise InvalidValueError(f"a source appears twice in the attribution chain {ids}")
        with self._write() as s:
            claim = _get(s, Claim, claim_id, "claim")
            length = len(_get(s, Article, claim.article_id, "article").text)
            for spec in specs:
                _get(s, Source, spec.source_id, "source")
                for span in (spec.mention, spec.cue):
                    if span is not None:
                        _check_span(span[0], span[1], length, f"article {claim.article_id}")
            # issue 8: a source kept in the chain keeps who added it; a new one is the current annotator's
            added_by = {a.source_id: a.annotator for a in claim.attributions}
            claim.attributions.clear()
            s.flush()  # the old links go before the new ones take their positions
            claim.attributions.extend(_attribution(spec, position) for position, spec in enumerate(specs))
            for link in claim.attributions:
                link.annotator = added_by.get(link.source_id, self.annotator)
            claim.updated_at = utcnow()
        return self._changed_claim(claim_id)

    def chain_of(self, claim_id: int) -> list[AttributionSpec]:
        """A claim's attribution chain as specs (what :meth:`set_chain` takes)."""
        return [
            AttributionSpec(
                a.source_id,
                (a.mention_start, a.mention_end) if a.mention_start is not None and a.mention_end is not None else None,
                (a.cue_start, a.cue_end) if a.cue_start is not None and a.cue_end is not None else None,
            )
            for a in self.claim(claim_id).attributions
        ]

    def replace_claim(self, snapshot: Claim) -> Claim:
        """Bring an existing claim back to an earlier ``snapshot`` of itself (fields, times and chain), for undo."""
        with self._write() as s:
            claim = _get(s, Claim, snapshot.id, "claim")
            article = _get(s, Article, claim.article_id, "article")
            _check_span(snapshot.start, snapshot.end, len(article.text), f"article {article.id}")
            claim.start, claim.end = snapshot.start, snapshot.end
            claim.text = article.text[snapshot.start : snapshot.end]
            claim.quote_type, claim.note = snapshot.quote_type, snapshot.note
            claim.attributions.clear()
            s.flush()
            claim.attributions.extend(_copy_attribution(a) for a in snapshot.attributions)
            claim.labels = [label for i in snapshot.label_ids if (label := s.get(Label, i)) is not None]
            s.flush()
            claim.updated_at = snapshot.updated_at
        return self._changed_claim(snapshot.id)

    def set_claim_labels(self, claim_id: int, label_ids: Iterable[int]) -> Claim:
        """Give a claim exactly these labels."""
        with self._write() as s:
            claim = _get(s, Claim, claim_id, "claim")
            claim.labels = [_get(s, Label, i, "label") for i in dict.fromkeys(label_ids)]
            claim.updated_at = utcnow()
        return self._changed_claim(claim_id)

    def add_label(self, name: str, colour: str | None = None) -> Label:
        """Add a label that claims can carry ("verifiable", "opinion", "statistic"...)."""
        clean = " ".join(name.split())
        if not clean:
            raise InvalidValueError("a label needs a name")
        if colour is not None and not is_colour(colour):
            raise InvalidValueError(f"colour must look like #rrggbb, not {colour!r}")
        with self._write() as s:
            existing = list(s.scalars(select(Label)))
            for other in existing:
                if fold(other.name) == fold(clean):
                    raise InvalidValueError(f"a label named {other.name!r} already exists (label {other.id})")
            label = Label(name=clean, colour=colour or colour_for(len(existing) + 5))
            s.add(label)
        self._notifier.emit(Change("label", "added", (label.id,)))
        return label

    def labels(self) -> list[Label]:
        """All labels, by name."""
        with self._read() as s:
            return sorted(s.scalars(select(Label)), key=lambda label: fold(label.name))

    def delete_label(self, label_id: int) -> None:
        """Delete a label; the claims that carried it keep everything else."""
        with self._write() as s:
            s.delete(_get(s, Label, label_id, "label"))
        self._notifier.emit(Change("label", "deleted", (label_id,)))

    def _changed_claim(self, claim_id: int) -> Claim:
        claim = self.claim(claim_id)
        self._notifier.emit(Change("claim", "changed", (claim_id,), claim.article_id))
        return claim

    def update_source(
        self,
        source_id: int,
        *,
        name: str | None = None,
        kind: str | None = None,
        aliases: Iterable[str] | None = None,
        colour: str | None = None,
    ) -> Source:
        """Rename a source or change its kind, aliases or colour; what is not given stays."""
        if kind is not None and kind not in SOURCE_KINDS:
            raise InvalidValueError(f"unknown source kind {kind!r}; use one of {', '.join(SOURCE_KINDS)}")
        if colour is not None and not is_colour(colour):
            raise InvalidValueError(f"colour must look like #rrggbb, not {colour!r}")
        with self._write() as s:
            source = _get(s, Source, source_id, "source")
            if name is not None:
                clean = " ".join(name.split())
                if not clean:
                    raise InvalidValueError("a source needs a name")
                for other in s.scalars(select(Source).where(Source.id != source_id)):
                    if fold(other.name) == fold(clean):
                        raise InvalidValueError(f"a source named {other.name!r} already exists (source {other.id})")
                source.name = clean
            if kind is not None:
                source.kind = kind
            if aliases is not None:
                source.aliases = [" ".join(a.split()) for a in aliases if a.strip()]
            if colour is not None:
                source.colour = colour
        self._notifier.emit(Change("source", "changed", (source_id,)))
        return source

    def source_usage(self) -> dict[int, tuple[int, int]]:
        """For each source id: (claims attributed to it, articles those claims are in)."""
        stmt = (
            select(Attribution.source_id, func.count(Attribution.claim_id), func.count(func.distinct(Claim.article_id)))
            .join(Claim, Claim.id == Attribution.claim_id)
            .group_by(Attribution.source_id)
        )
        with self._read() as s:
            return {sid: (claims, articles) for sid, claims, articles in s.execute(stmt)}

    def merge_sources(self, keep_id: int, drop_id: int) -> SourceRemoval:
        """Move every attribution of ``drop_id`` to ``keep_id`` and delete ``drop_id``.

        Where a claim already names both, the dropped link goes (the chain keeps its order) and its
        mention and cue spans pass to the kept link where that has none.
        The dropped source's name joins the kept one's aliases.  Returns what :meth:`restore_source` undoes.
        """
        if keep_id == drop_id:
            raise InvalidValueError("a source cannot be merged into itself")
        with self._write() as s:
            keep = _get(s, Source, keep_id, "source")
            drop = _get(s, Source, drop_id, "source")
            removal = replace(_removal_of(s, drop), kept=_copy_source(keep))
            for claim in s.scalars(select(Claim).join(Attribution).where(Attribution.source_id == drop_id)):
                if keep_id in claim.source_ids:  # both named: the kept link takes over the mention and cue it lacks
                    kept_link = next(a for a in claim.attributions if a.source_id == keep_id)
                    dropped_link = next(a for a in claim.attributions if a.source_id == drop_id)
                    if kept_link.mention_start is None:
                        kept_link.mention_start, kept_link.mention_end = (
                            dropped_link.mention_start,
                            dropped_link.mention_end,
                        )
                    if kept_link.cue_start is None:
                        kept_link.cue_start, kept_link.cue_end = dropped_link.cue_start, dropped_link.cue_end
                chain = [a for a in claim.attributions if not (a.source_id == drop_id and keep_id in claim.source_ids)]
                claim.attributions[:] = chain
                s.flush()
                for position, a in enumerate(chain):
                    a.position = -1 - position  # out of the way of the unique (claim, position)
                s.flush()
                for position, a in enumerate(chain):
                    a.position = position
                    if a.source_id == drop_id:
                        a.source_id = keep_id
            if fold(drop.name) not in {fold(n) for n in (keep.name, *keep.aliases)}:
                keep.aliases = [*keep.aliases, drop.name]
            s.flush()
            s.delete(drop)
        self._emit_source_change(removal, keep_id)
        return removal

    def delete_source(self, source_id: int, *, claims: str = "detach") -> SourceRemoval:
        """Delete a source.  ``claims="detach"`` keeps its claims without it; ``"delete"`` deletes them too."""
        if claims not in ("detach", "delete"):
            raise InvalidValueError(f"claims must be 'detach' or 'delete', not {claims!r}")
        with self._write() as s:
            source = _get(s, Source, source_id, "source")
            removal = _removal_of(s, source)
            for claim in s.scalars(select(Claim).join(Attribution).where(Attribution.source_id == source_id)):
                if claims == "delete":
                    s.delete(claim)
                    continue
                chain = [a for a in claim.attributions if a.source_id != source_id]
                claim.attributions[:] = chain
                s.flush()
                for position, a in enumerate(chain):
                    a.position = position
            s.flush()
            s.delete(source)
        self._emit_source_change(removal, None)
        return removal

    def restore_source(self, removal: SourceRemoval) -> None:
        """Undo :meth:`merge_sources` or :meth:`delete_source`: the source, its claims and chains as they were."""
        with self._write() as s:
            if s.get(Source, removal.source.id) is not None:
                raise InvalidValueError(f"source {removal.source.id} already exists")
            s.add(_copy_source(removal.source))
            if removal.kept is not None:
                kept = _get(s, Source, removal.kept.id, "source")
                kept.aliases = list(removal.kept.aliases)
            s.flush()
            came_back: set[int] = set()  # claims the removal had deleted, as opposed to changed
            for claim in removal.claims:
                current = s.get(Claim, claim.id)
                if current is not None:
                    s.delete(current)
                    s.flush()
                else:
                    came_back.add(claim.id)
                s.add(_copy_claim(claim, s))
        ids = tuple(sorted({c.article_id for c in removal.claims}))
        self._notifier.emit(Change("source", "added", (removal.source.id,)))
        for article_id in ids:
            here = [c.id for c in removal.claims if c.article_id == article_id]
            restored = tuple(i for i in here if i in came_back)
            changed = tuple(i for i in here if i not in came_back)
            if restored:
                self._notifier.emit(Change("claim", "added", restored, article_id))
            if changed:
                self._notifier.emit(Change("claim", "changed", changed, article_id))

    def _emit_source_change(self, removal: SourceRemoval, kept_id: int | None) -> None:
        self._notifier.emit(Change("source", "deleted", (removal.source.id,)))
        if kept_id is not None:
            self._notifier.emit(Change("source", "changed", (kept_id,)))
        for article_id in sorted({c.article_id for c in removal.claims}):
            claim_ids = tuple(c.id for c in removal.claims if c.article_id == article_id)
            with self._read() as s:
                still = {i for (i,) in s.execute(select(Claim.id).where(Claim.id.in_(claim_ids)))}
            if still:
                self._notifier.emit(Change("claim", "changed", tuple(sorted(still)), article_id))
            gone = tuple(i for i in claim_ids if i not in still)
            if gone:
                self._notifier.emit(Change("claim", "deleted", gone, article_id))

    def update_article(
        self,
        article_id: int,
        *,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: date | str | None = None,
        status: str | None = None,
    ) -> Article:
        """Edit an article's metadata or status (todo, in_progress, done); its text never changes.

        An empty string clears a field.
        """
        if status is not None and status not in ARTICLE_STATUSES:
            raise InvalidValueError(f"unknown status {status!r}; use one of {', '.join(ARTICLE_STATUSES)}")
        with self._write() as s:
            article = _get(s, Article, article_id, "article")
            if title is not None:
                article.title = title.strip() or None
            if outlet is not None:
                article.outlet = outlet.strip() or None
            if url is not None:
                article.url = url.strip() or None
            if published is not None:
                article.published = _as_date(published)
            if status is not None:
                article.status = status
        self._notifier.emit(Change("article", "changed", (article_id,), article_id))
        return article

    # -- searching every article (issue 7) -------------------------------------

    def search_claims(self, query: ClaimQuery, *, before: int | None = None, limit: int = 100) -> ClaimPage:
        """Claims of every article matching ``query``, newest first, with the titles of their articles.

        For the next page pass the last row's id as ``before``.  Answered from the search index
        (:mod:`annotator.storage.claim_search`), not by reading claims into Python.
        """
        with self._read() as s:
            conn = s.connection()
            ids = claim_search.matching_ids(conn, query, before=before, limit=limit)
            by_id = {row.id: row for row in claim_rows_by_id(conn, ids)}
            articles = {row.article_id for row in by_id.values()}
            named = s.execute(select(Article.id, Article.title).where(Article.id.in_(articles)))
            titles = {article_id: title for article_id, title in named}
        return ClaimPage([by_id[i] for i in ids if i in by_id], titles)

    def count_claims(self, query: ClaimQuery, cap: int = 1_000) -> int:
        """How many claims of every article match ``query``, counted up to ``cap + 1`` (above ``cap``: "1,000+")."""
        with self._read() as s:
            return claim_search.count_matching(s.connection(), query, cap)

    def _heal_search(self) -> None:
        """Bring the search index in step if it is not (a file written by another tool or an older fold)."""
        with self._read() as s:
            if claim_search.in_step(s.connection()):
                return
        with self._write() as s:
            claim_search.heal(s.connection())

    # -- export and exchange ---------------------------------------------------

    def export_xlsx(self, path: str | Path) -> Path:
        """Write every claim, source and article to an Excel workbook; returns the path written."""
        return self.export(path, "xlsx").path

    def export(
        self,
        path: str | Path,
        format: str | None = None,
        options: ExportOptions | None = None,
        progress: Progress | None = None,
    ) -> ExportSummary:
        """Export claims to ``path`` as ``xlsx``, ``csv`` or ``json`` (W3C Web Annotation).

        The format comes from ``format`` or the file's extension.  ``progress(done, total)``
        is called now and then; returning False cancels (ExportCancelledError, nothing written).
        """
        target = Path(path)
        fmt = (format or target.suffix.lstrip(".")).lower()
        if fmt not in EXPORT_FORMATS:
            raise InvalidValueError(f"{target}: unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
        with self._read() as s:
            reader = ExportReader(s, options or ExportOptions(), running_session=self.current_session)
            if fmt == "xlsx":
                from annotator.exports.xlsx import write_workbook  # openpyxl loads only when exporting

                return write_workbook(target, reader, progress)
            if fmt == "csv":
                from annotator.exports.csv_file import write_csv

                return write_csv(target, reader, progress)
            from annotator.exchange.w3c import write_web_annotations

            return write_web_annotations(target, reader, progress)

    def import_annotations(self, path: str | Path) -> AnnotationImportReport:
        """Add the claims of a W3C Web Annotation file (as exported) to the articles they annotate.

        Articles are matched by text hash, then by URL; where the text differs, a claim is
        placed by its quote and context, and one that cannot be placed for sure is reported,
        never guessed.  Claims already in the project are reported as duplicates.  All or
        nothing: a file that cannot be read changes nothing.  A ``.nisba`` project file is read
        (read-only) as if exported to JSON.
        """
        from annotator.exchange.w3c import apply_annotations, read_project_annotations, read_web_annotations
        from annotator.paths import PROJECT_SUFFIX

        # issue 8: another project file merges like its JSON export (its articles must be here already)
        merging = Path(path).suffix.lower() == PROJECT_SUFFIX
        refs = read_project_annotations(Path(path)) if merging else read_web_annotations(Path(path))
        with self._write() as s:
            report, added, new_sources = apply_annotations(s, refs)
        if new_sources:
            self._notifier.emit(Change("source", "added", tuple(new_sources)))
        for article_id, ids in added.items():
            self._notifier.emit(Change("claim", "added", tuple(ids), article_id))
        return report


@dataclass(frozen=True)
class ArticleSummary:
    """What an article list shows of an article: no text, and its number of claims."""

    id: int
    title: str | None
    status: str
    direction: str
    imported_from: str | None
    claims: int


@dataclass(frozen=True)
class AttributionSpec:
    """One link of an attribution chain: the source, and optionally where the text names it and the cue."""

    source_id: int
    mention: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None


@dataclass(frozen=True)
class SourceRemoval:
    """What merging or deleting a source changed, so that it can be undone exactly."""

    source: Source
    claims: tuple[Claim, ...]
    kept: Source | None = None


def _removal_of(session: Session, source: Source) -> SourceRemoval:
    claims = tuple(session.scalars(select(Claim).join(Attribution).where(Attribution.source_id == source.id)))
    return SourceRemoval(_copy_source(source), tuple(_copy_claim(c) for c in claims))


def _attribution(spec: AttributionSpec, position: int) -> Attribution:
    return Attribution(
        source_id=spec.source_id,
        position=position,
        mention_start=spec.mention[0] if spec.mention else None,
        mention_end=spec.mention[1] if spec.mention else None,
        cue_start=spec.cue[0] if spec.cue else None,
        cue_end=spec.cue[1] if spec.cue else None,
    )


def _copy_attribution(a: Attribution) -> Attribution:
    return Attribution(
        id=a.id,
        source_id=a.source_id,
        position=a.position,
        mention_start=a.mention_start,
        mention_end=a.mention_end,
        cue_start=a.cue_start,
        cue_end=a.cue_end,
        annotator=a.annotator,
    )


def _copy_claim(c: Claim, session: Session | None = None) -> Claim:
    """A new, unattached Claim with the same id, fields, chain and labels as ``c``.

    With ``session``, the labels are that session's (to add the copy there); without, detached copies.
    """
    if session is not None:
        labels = [label for i in c.label_ids if (label := session.get(Label, i)) is not None]
    else:
        labels = [Label(id=x.id, name=x.name, colour=x.colour) for x in c.labels]
    return Claim(
        labels=labels,
        id=c.id,
        article_id=c.article_id,
        start=c.start,
        end=c.end,
        text=c.text,
        quote_type=c.quote_type,
        note=c.note,
        created_at=c.created_at,
        updated_at=c.updated_at,
        annotator=c.annotator,
        curated=c.curated,
        attributions=[_copy_attribution(a) for a in c.attributions],
    )


def _copy_source(s: Source) -> Source:
    return Source(id=s.id, name=s.name, kind=s.kind, aliases=list(s.aliases), colour=s.colour, created_at=s.created_at)


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
