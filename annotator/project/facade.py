"""The Project facade: the public face of an open project, over one store.

Every method that changes data is one operation (:meth:`Store.operation`): one transaction, one change
record told to subscribers after the commit, one step of the undo history (:meth:`undo`, :meth:`redo`).
The work lives in the domain modules (:mod:`.articles`, :mod:`.sources`, :mod:`.claims`, :mod:`.names`,
:mod:`.merge`, :mod:`.sessions`); what the methods return stays readable after the call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import annotator.project.articles as articles
import annotator.project.claims as claims
import annotator.project.names as names
import annotator.project.sources as sources
import annotator.project.values as values
from annotator.errors import (
    AnnotatorError,
    DuplicateArticleError,
    InvalidValueError,
    NotFoundError,
    ProjectFileError,
    shown,
)
from annotator.importers.reading import ArticleDraft, read_article
from annotator.importers.text_file import MAX_ARTICLE_BYTES, normalize_text, text_hash
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.project.claims import AttributionSpec
from annotator.project.exchanging import ExchangingProject, short
from annotator.project.file_safety import FileSafetyProject
from annotator.project.queries import ArticleSummary
from annotator.project.reading import ProjectReading
from annotator.project.team import TeamProject
from annotator.storage.changes import ChangeRecord, Listener
from annotator.storage.lengths import fit
from annotator.storage.models import Article, Claim, Label, Source
from annotator.storage.postgres import PostgresFlavour, is_server_address
from annotator.storage.sqlite import SqliteFlavour
from annotator.storage.store import Store

if TYPE_CHECKING:
    from annotator.storage.backups import BackupPolicy
    from annotator.suggestions import Suggestion


class Project(ProjectReading, ExchangingProject, FileSafetyProject, TeamProject):
    """An open project: a file (SQLite), or a database on a team server (PostgreSQL, issue 17) given by its
    libpq address.  Use :meth:`open`; close it, or use it as a context manager."""

    def __init__(self, path: Path | str, *, read_only: bool = False, backups: BackupPolicy | None = None) -> None:
        self.read_only = read_only
        self.annotator: str | None = None
        """Who is annotating: recorded on every claim made through this project object (on a server: its user)."""
        self._file: SqliteFlavour | None = None
        self._server: PostgresFlavour | None = None
        if isinstance(path, str):  # a server address: the same project, its flavour PostgreSQL
            server = self._server = PostgresFlavour(path, read_only=read_only)  # ``path``: a name to show
            self.path, self.location, self.annotator = Path(server.display_name), server.location, server.user
            self.name: str = server.display_name
            super().__init__(Store(server))
            return
        self.path, self.location = path, str(path)
        self.name = path.name
        """What the window's title calls the project: its file's name, or "study on db.example.org"."""
        self._file = SqliteFlavour(path, read_only=read_only)
        super().__init__(Store(self._file))
        if not read_only:
            try:
                if backups is not None:
                    self._file.start_backups(backups)
                self._file.heal_search()
            except BaseException:
                self.close()
                raise

    # -- lifecycle, changes and undo -----------------------------------------------

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
        """Open the project at ``path``, creating the file (and its folder) if missing; or, for a libpq URL or
        connection string (``postgresql://layla@host/study``), the project on that server (its schema created
        if the database is empty and the user may).

        ``read_only``: no lock, every change refused with :class:`ReadOnlyError`.  Otherwise the file is
        locked for this instance, backed up on open and every ``backup_every_minutes`` while changes are
        made (None: only on open), keeping the newest ``keep_backups`` (:mod:`annotator.storage.backups`).
        """
        from annotator.storage.backups import BackupPolicy

        if is_server_address(path):
            return cls(str(path).strip(), read_only=read_only)
        if not isinstance(path, str | Path) or "\x00" in str(path):
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "Core", "a project path must be a file name without NUL characters, not {path}"
                ).format(path=repr(path))
            )
        policy = BackupPolicy(every_minutes=backup_every_minutes, keep=keep_backups, on_open=backup_on_open)
        return cls(Path(path).expanduser().resolve(), read_only=read_only, backups=policy)

    def close(self) -> None:
        """Release the database and the lock; the project cannot be used afterwards."""
        if not self._store.closed:
            with suppress(AnnotatorError):  # issue 8: a session closes with its project, never stopping it
                self._sessions.end()
            self._store.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._store.closed

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with the :class:`ChangeRecord` of every committed operation, undo and redo; on a
        server also with those of other clients' commits (origin ``"remote"``, from a background thread)."""
        unsubscribe = self._store.subscribe(listener)
        if self._server is None:
            return unsubscribe
        remote = self._server.subscribe_remote(listener)

        def both() -> None:
            unsubscribe()
            remote()

        return both

    @property
    def last_change(self) -> ChangeRecord | None:
        """What the last operation, undo or redo changed."""
        return self._store.last_change

    @contextmanager
    def action(self, label: str) -> Iterator[None]:
        """Several calls as one user action: one transaction, one change record, one undo step named ``label``."""
        with self._store.operation(label):
            yield

    def undo(self) -> ChangeRecord:
        """Undo the last operation; returns what it changed (:class:`UndoError` if there is none or it moved on)."""
        return self._store.undo()

    def redo(self) -> ChangeRecord:
        """Redo the last undone operation; returns what it changed."""
        return self._store.redo()

    def can_undo(self) -> bool:
        """Whether there is an operation to undo."""
        return self._store.history.can_undo()

    def can_redo(self) -> bool:
        """Whether there is an undone operation to redo."""
        return self._store.history.can_redo()

    def undo_text(self) -> str | None:
        """What :meth:`undo` would undo ("Undo mark claim “…”"); None when there is nothing."""
        step = self._store.history.next_undo()
        return None if step is None else f"Undo {step.label[:1].lower()}{step.label[1:]}"

    def redo_text(self) -> str | None:
        """What :meth:`redo` would redo; None when there is nothing."""
        step = self._store.history.next_redo()
        return None if step is None else f"Redo {step.label[:1].lower()}{step.label[1:]}"

    # -- articles ---------------------------------------------------------------------

    def import_file(
        self,
        path: str | Path,
        *,
        max_bytes: int = MAX_ARTICLE_BYTES,
        encoding: str | None = None,
        remove_furniture: bool = False,
    ) -> Article:
        """Import an article file (.txt in any common encoding, .html/.htm page, .docx); rejects a duplicate."""
        draft = read_article(path, max_bytes=max_bytes, encoding=encoding)
        return self.import_draft(draft.without_furniture() if remove_furniture else draft)

    def import_draft(self, draft: ArticleDraft) -> Article:
        """Store an article read by :func:`annotator.importers.reading.read_article`; DuplicateArticleError if its
        text is in the project already."""
        from_file = draft.kind != "clipboard"
        came_from = shown(Path(draft.source).resolve()) if from_file else shown(draft.source)
        with self._store.operation(f"Import “{short(draft.title or Path(draft.source).name)}”") as s:
            existing = articles.id_by_hash(s, text_hash(normalize_text(draft.text)))
            if existing is not None:
                raise DuplicateArticleError(draft.source, existing)
            return self.add_article(  # what a file says is cut to what the project holds, never refused for it
                draft.text,
                title=fit(draft.title or (Path(draft.source).stem if from_file else None), "article", "title"),
                outlet=fit(draft.outlet, "article", "outlet"),
                url=fit(draft.url, "article", "url"),
                published=draft.published,
                language=fit(draft.language, "article", "language"),
                direction=draft.direction,
                imported_from=fit(came_from, "article", "imported_from"),
                encoding=fit(draft.encoding, "article", "encoding"),
            )

    def add_article(
        self,
        text: str,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: date | str | None = None,
        **details: Any,
    ) -> Article:
        """Add an article from text (BOM dropped, line endings made LF); ``details``: language, direction,
        imported_from, encoding."""
        unknown = set(details) - {"language", "direction", "imported_from", "encoding"}
        if unknown:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "add_article takes no {names}").format(names=", ".join(sorted(unknown)))
            )
        label = f"Add article “{short(title or text)}”" if isinstance(title or text, str) else "Add article"
        with self._store.operation(label) as s:
            return articles.add(s, text, title=title, outlet=outlet, url=url, published=published, **details)

    def update_article(
        self,
        article_id: int,
        *,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: date | str | None = None,
        status: str | None = None,
        expected_version: int | None = None,
    ) -> Article:
        """Edit an article's metadata or status (todo, in_progress, done); an empty string clears a field.
        ``expected_version``: the article's version as read (ChangedMeanwhileError if it moved on)."""
        details = (title, outlet, url, published)
        what = f"Set article status to {status}" if status is not None and details == (None,) * 4 else "Edit article"
        with self._store.operation(what) as s:
            return articles.update(
                s, article_id, title=title, outlet=outlet, url=url, published=published, status=status,
                expected_version=expected_version,
            )  # fmt: skip

    # -- sources and labels --------------------------------------------------------------

    def add_source(
        self, name: str, kind: str = "other", aliases: Iterable[str] = (), colour: str | None = None
    ) -> Source:
        """Add a source to the registry; its colour is picked from the palette unless given."""
        with self._store.operation(f"New source “{short(str(name))}”") as s:
            return names.new_source(s, name, kind, aliases, colour)

    def update_source(
        self,
        source_id: int,
        *,
        name: str | None = None,
        kind: str | None = None,
        aliases: Iterable[str] | None = None,
        colour: str | None = None,
        expected_version: int | None = None,
    ) -> Source:
        """Rename a source or change its kind, aliases or colour; what is not given stays.
        ``expected_version``: the source's version as read (ChangedMeanwhileError if it moved on)."""
        with self._store.operation("Edit source") as s:
            source = sources.update(
                s, source_id, name=name, kind=kind, aliases=aliases, colour=colour, expected_version=expected_version
            )
            self._store.rename("Edit source", f"Edit source “{short(source.name)}”")
            return source

    def merge_sources(self, keep_id: int, drop_id: int) -> Source:
        """Move every attribution of ``drop_id`` to ``keep_id`` and delete ``drop_id``; returns the kept source."""
        with self._store.operation("Merge sources") as s:
            return sources.merge(s, keep_id, drop_id)

    def delete_source(self, source_id: int, *, claims: str = "detach") -> None:
        """Delete a source.  ``claims="detach"`` keeps its claims without it; ``"delete"`` deletes them too."""
        with self._store.operation("Delete source") as s:
            sources.delete(s, source_id, claims=claims)

    def add_label(self, name: str, colour: str | None = None) -> Label:
        """Add a label that claims can carry ("verifiable", "opinion", "statistic"...)."""
        with self._store.operation(f"New label “{short(str(name))}”") as s:
            return names.new_label(s, name, colour)

    def delete_label(self, label_id: int) -> None:
        """Delete a label; the claims that carried it keep everything else."""
        with self._store.operation("Delete label") as s:
            found = s.get(Label, values.whole(label_id, QT_TRANSLATE_NOOP("Core", "label id")))
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no label with id {id}").format(id=label_id))
            s.delete(found)

    # -- claims -------------------------------------------------------------------------

    def add_claim(
        self,
        article_id: int,
        start: int,
        end: int,
        source_ids: Sequence[int] = (),
        quote_type: str = "unmarked",
        note: str = "",
    ) -> Claim:
        """Mark ``text[start:end]`` (code points, half-open) of an article as a claim attributed to the chain
        ``source_ids`` (first: the source it is attributed to first)."""
        with self._store.operation("Mark claim") as s:
            made = claims.add(s, article_id, start, end, source_ids, quote_type, note, self.annotator)
            self._store.rename("Mark claim", f"Mark claim “{short(made.text)}”")
        return made  # loaded whole (its links and labels made here, kept after the commit): no second read

    def delete_claim(self, claim_id: int, *, article_status: str | None = None) -> None:
        """Delete a claim and its attributions (and set its article's status, in the same transaction)."""
        with self._store.operation("Delete claim") as s:
            gone = claims.delete(s, claim_id, article_status=article_status)
            self._store.rename("Delete claim", f"Delete claim “{short(gone.text)}”")

    def update_claim(
        self,
        claim_id: int,
        *,
        start: int | None = None,
        end: int | None = None,
        quote_type: str | None = None,
        note: str | None = None,
    ) -> Claim:
        """Change a claim's boundaries, quote type or note; what is not given stays."""
        what = (
            "Set claim boundaries" if (start, end) != (None, None) else "Set quote type" if quote_type else "Edit note"
        )
        with self._store.operation(what) as s:
            claims.update(s, claim_id, start=start, end=end, quote_type=quote_type, note=note)
        return self.claim(claim_id)

    def set_chain(self, claim_id: int, chain: Sequence[AttributionSpec | int]) -> Claim:
        """Replace a claim's attribution chain: source ids, or :class:`AttributionSpec` with mention and cue spans."""
        with self._store.operation("Edit attribution chain") as s:
            claims.set_chain(s, claim_id, chain, self.annotator)
        return self.claim(claim_id)

    def set_claim_labels(self, claim_id: int, label_ids: Iterable[int]) -> Claim:
        """Give a claim exactly these labels."""
        with self._store.operation("Set labels") as s:
            claims.set_labels(s, claim_id, label_ids)
        return self.claim(claim_id)

    def set_curated(self, claim_id: int, curated: bool = True) -> Claim:
        """Accept a claim as the final version (or take that back)."""
        with self._store.operation("Accept claim as final" if curated else "Un-accept claim") as s:
            claims.set_curated(s, claim_id, curated)
        return self.claim(claim_id)

    def accept_suggestions(self, article_id: int, suggestions: Sequence[Suggestion]) -> list[Claim]:
        """Make suggestions claims (chain, mentions, cues, quote type; sources matched or created), origin
        ``suggested``; several at once are one operation."""
        from annotator.project.suggesting import accept

        what = f"Accept {len(suggestions)} suggestions" if len(suggestions) != 1 else "Accept suggestion"
        with self._store.operation(what) as s:
            made = [accept(s, article_id, x, self.annotator).id for x in suggestions]
        return [self.claim(i) for i in made]

    def reject_suggestion(self, article_id: int, suggestion: Suggestion) -> None:
        """Remember that a suggestion is not an attribution: it is not suggested again for this article."""
        from annotator.project.suggesting import reject

        with self._store.operation(f"Reject suggestion “{short(suggestion.claim)}”") as s:
            reject(s, article_id, suggestion, self.annotator)

    # -- searching every article (issue 7) -------------------------------------------------

    # -- sessions, agreement ----------------------------------------------------------------

    def start_session(self, annotator: str | None = None, now: datetime | None = None) -> int:
        """End any running session and start one for ``annotator`` (default: :attr:`annotator`); returns its id."""
        return self._sessions.start(annotator if annotator is not None else self.annotator, now)

    def touch_session(self, article_id: int | None, now: datetime | None = None) -> None:
        """Record an action on ``article_id`` (None: none) in the running session."""
        self._sessions.touch(article_id, now)

    def end_session(self, now: datetime | None = None) -> None:
        """Close the running session, if any."""
        self._sessions.end(now)


__all__ = ["ArticleSummary", "AttributionSpec", "Project"]
