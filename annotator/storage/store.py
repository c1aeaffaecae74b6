"""The store: one open database, its sessions, one transaction per operation, the change records, undo.

Every change goes through :meth:`Store.operation`: one transaction, journaled by the flavour; after the
commit its :class:`~annotator.storage.changes.ChangeRecord` is told to subscribers once and its entries
become one undo step.  An operation started inside another joins it (``import_file`` stores through
``add_article``: one transaction, one step).  :meth:`undo` and :meth:`redo` replay steps in a transaction
of their own and tell their change record the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from annotator.errors import (
    ChangedMeanwhileError,
    DamagedProjectError,
    InvalidValueError,
    ProjectFileError,
    ReadOnlyError,
    UndoError,
)
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.changes import ChangeNotifier, ChangeRecord, Listener, record_from_entries
from annotator.storage.flavour import Flavour
from annotator.storage.journal import Entry, invert
from annotator.storage.lengths import check_lengths
from annotator.storage.undo import Step, UndoHistory
from annotator.storage.versions import set_author


class Store:
    """One open database of any flavour: the only way the domain modules reach it."""

    def __init__(self, flavour: Flavour) -> None:
        self.flavour = flavour
        self.history = UndoHistory()
        self._sessions = sessionmaker(flavour.engine, expire_on_commit=False)
        check_lengths(self._sessions)  # a text too long for its column is refused alike on every flavour
        self._notifier = ChangeNotifier()
        self._local = threading.local()  # the operation in progress belongs to the thread that runs it
        self._closed = False
        self.last_change: ChangeRecord | None = None
        """The change record of the last operation, undo or redo (None before the first)."""
        self.author: Callable[[], str | None] = lambda: None
        """Who makes the changes (recorded as ``changed_by`` on the shared rows they change)."""

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards."""
        if not self._closed:
            self._closed = True
            self.history.clear()
            self.flavour.close()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with the change record of every committed operation, undo and redo."""
        return self._notifier.subscribe(listener)

    @property
    def _current(self) -> Session | None:
        current: Session | None = getattr(self._local, "session", None)
        return current

    @_current.setter
    def _current(self, session: Session | None) -> None:
        self._local.session = session

    @property
    def _label(self) -> str:
        return str(getattr(self._local, "label", ""))

    @_label.setter
    def _label(self, label: str) -> None:
        self._local.label = label

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading (inside an operation: the operation's own, which sees its changes)."""
        if self._current is not None:
            yield self._current
            return
        if self._closed:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Core", "{path}: the project is closed").format(path=self.flavour.location)
            )
        try:
            with self._sessions() as session:
                yield session
        except UnicodeEncodeError as exc:  # a value with a lone surrogate reached the database driver
            raise InvalidValueError(_broken(exc)) from exc
        except (DatabaseError, ValueError) as exc:  # bytes damaged after the file was opened and checked
            if isinstance(exc, OperationalError | IntegrityError):
                raise
            location = self.flavour.location
            raise DamagedProjectError(
                location,
                QT_TRANSLATE_NOOP("Core", "a stored record cannot be read: {reason}").format(reason=str(exc)[:200]),
            ) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction for bookkeeping (sessions): not journaled, no change record, no undo step."""
        with self._transaction() as session:
            yield session

    @contextmanager
    def operation(self, label: str) -> Iterator[Session]:
        """One user action: one transaction, one change record told after the commit, one undo step."""
        if self._current is not None:
            yield self._current
            return
        entries: list[Entry] = []
        self._label = label
        with self._transaction() as session:
            conn = session.connection()
            self.flavour.begin_journal(conn)
            self._current = session
            try:
                yield session
                session.flush()
                entries = self.flavour.end_journal(conn)
                self.flavour.before_commit(conn, entries)
            finally:
                self._current = None
        if entries:
            self.history.done(Step(self._label, tuple(entries)))
        self._told(record_from_entries(self._label, entries))

    def rename(self, label: str, new: str) -> None:
        """Name the operation in progress ``new`` if it is still named ``label`` (an outer action's name stays)."""
        if self._current is not None and self._label == label:
            self._label = new

    def undo(self) -> ChangeRecord:
        """Undo the newest step; returns its change record (:class:`UndoError` when there is none)."""
        step = self.history.next_undo()
        if step is None:
            raise UndoError(QT_TRANSLATE_NOOP("Core", "there is nothing to undo"))
        replay = self._replay(step, f"Undo “{step.label}”", self.history.drop_undo)
        self.history.undone(Step(step.label, tuple(replay)))
        return self._told(record_from_entries(step.label, replay, "undo"))

    def redo(self) -> ChangeRecord:
        """Redo the newest undone step; returns its change record (:class:`UndoError` when there is none)."""
        step = self.history.next_redo()
        if step is None:
            raise UndoError(QT_TRANSLATE_NOOP("Core", "there is nothing to redo"))
        replay = self._replay(step, f"Redo “{step.label}”", self.history.drop_redo)
        self.history.redone(Step(step.label, tuple(replay)))
        return self._told(record_from_entries(step.label, replay, "redo"))

    def _replay(self, step: Step, what: str, drop: Callable[[], None]) -> list[Entry]:
        try:
            with self._transaction() as session:
                conn = session.connection()
                self.flavour.begin_journal(conn)
                conn.exec_driver_sql(self.flavour.defer_constraints_sql)
                invert(conn, step.entries, what)
                entries = self.flavour.end_journal(conn)
                self.flavour.before_commit(conn, entries)
                return entries
        except UndoError:
            drop()  # what it would change has moved on: it can never be done, so it leaves the history
            raise
        except IntegrityError as exc:
            drop()
            raise UndoError(
                QT_TRANSLATE_NOOP("Core", "{what}: cannot be done, since the project has changed since").format(
                    what=what
                )
            ) from exc

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        if self.flavour.read_only:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP("Core", "{path}: is open read-only; nothing can be changed in this window").format(
                    path=self.flavour.location
                )
            )
        try:
            with self.read() as session, session.begin():
                set_author(session, self.author())
                yield session
        except StaleDataError as exc:  # a shared row's version moved on between reading and writing it
            raise ChangedMeanwhileError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{path}: a record this change touches was changed by another client meanwhile; nothing was "
                    "overwritten and nothing was changed: look at it again and redo the change",
                ).format(path=self.flavour.location)
            ) from exc
        except OperationalError as exc:  # disk full, file made read-only meanwhile, I/O error...
            reason = exc.orig.args[0] if exc.orig is not None and exc.orig.args else str(exc)
            message = QT_TRANSLATE_NOOP(
                "Core", "{path}: the change could not be saved ({reason}); nothing was changed"
            ).format(path=self.flavour.location, reason=reason)
            raise ProjectFileError(message) from exc
        self.flavour.after_commit()

    def _told(self, record: ChangeRecord) -> ChangeRecord:
        self.last_change = record
        self._notifier.emit(record)
        return record


def _broken(exc: UnicodeEncodeError) -> str:
    bad = exc.object[exc.start] if isinstance(exc.object, str) and exc.start < len(exc.object) else "?"
    shown = exc.object[max(0, exc.start - 20) : exc.start] if isinstance(exc.object, str) else ""
    return QT_TRANSLATE_NOOP(
        "Core",
        "a value has a broken character (an unpaired surrogate, {code}) after “{before}”; "
        "it cannot be stored, and nothing was changed",
    ).format(code=f"U+{ord(bad):04X}", before=shown)
