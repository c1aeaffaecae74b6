"""The Project facade: the public face of an open project, over one store.

Every method that changes data is one operation (:meth:`Store.operation`): one transaction, one change
record told to subscribers after the commit, one step of the undo history (:meth:`undo`, :meth:`redo`).
The work lives in the domain modules (:mod:`.articles`, :mod:`.sources`, :mod:`.claims`, :mod:`.names`,
:mod:`.merge`, :mod:`.sessions`); what the methods return stays readable after the call.  Here: the lifecycle,
changes and undo, claims and sessions.  Mixed in: articles (:mod:`.article_editing`), sources and labels
(:mod:`.registry_editing`), the project's attribution words (:mod:`.attribution_words`), imports
(:mod:`.exchanging`), a file's safety (:mod:`.file_safety`) and team presence (:mod:`.team`); everything read
comes from :class:`~.reading.ProjectReading`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import annotator.project.claims as claims
from annotator.errors import AnnotatorError, ProjectFileError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.project.article_editing import ArticleEditingProject
from annotator.project.attribution_words import AttributionWordsProject
from annotator.project.claims import AttributionSpec
from annotator.project.exchanging import ExchangingProject, short
from annotator.project.file_safety import FileSafetyProject
from annotator.project.queries import ArticleSummary
from annotator.project.reading import ProjectReading
from annotator.project.registry_editing import RegistryEditingProject
from annotator.project.team import TeamProject
from annotator.storage.changes import ChangeRecord, Listener
from annotator.storage.models import Claim
from annotator.storage.postgres import PostgresFlavour, is_server_address
from annotator.storage.sqlite import SqliteFlavour
from annotator.storage.store import Store

if TYPE_CHECKING:
    from annotator.storage.backups import BackupPolicy
    from annotator.suggestions import Suggestion


class Project(
    ProjectReading,
    ArticleEditingProject,
    RegistryEditingProject,
    AttributionWordsProject,
    ExchangingProject,
    FileSafetyProject,
    TeamProject,
):
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
