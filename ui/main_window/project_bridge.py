"""Turns the core's change records into Qt signals, and keeps the sources at hand for views."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from annotator import Project, Source
from annotator.storage.changes import ChangeRecord
from annotator.storage.presence import Presence


class ProjectBridge(QObject):
    """One per open project: views listen here instead of polling the project.

    For each change record the core tells (an operation, an undo, a redo), ``changed`` is emitted once per
    :class:`~annotator.storage.changes.Change` in it, then ``recordTold`` once with the whole record.  A team
    project also tells other clients' commits, from its listener's thread: those records are handed to the
    GUI thread (a queued signal) and told there the same way.
    """

    changed = Signal(object)  # annotator.storage.changes.Change
    sourcesChanged = Signal()
    recordTold = Signal(object)  # annotator.storage.changes.ChangeRecord
    presenceChanged = Signal(object)  # list[annotator.storage.presence.Presence]: who is on which article
    connectionChanged = Signal(bool)  # a team project's live connection lost (False) or back (True)
    _toldElsewhere = Signal(object)  # a record told on another thread, queued to this object's thread
    _presenceElsewhere = Signal(object)
    _connectionElsewhere = Signal(bool)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._sources: dict[int, Source] = {s.id: s for s in project.sources()}
        self._attached = True
        self.presence: list[Presence] = []
        """Who is on which article, as last told (a team project)."""
        self._toldElsewhere.connect(self._on_record, Qt.ConnectionType.QueuedConnection)
        self._presenceElsewhere.connect(self._on_presence, Qt.ConnectionType.QueuedConnection)
        self._connectionElsewhere.connect(self._on_connection, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: list[Callable[[], None]] = [
            project.subscribe(self._on_any_thread),
            project.subscribe_presence(self._presenceElsewhere.emit),
            project.subscribe_connection(self._connectionElsewhere.emit),
        ]

    def _on_any_thread(self, record: ChangeRecord) -> None:
        if threading.current_thread() is threading.main_thread():
            self._on_record(record)
        else:
            self._toldElsewhere.emit(record)

    def _on_record(self, record: ChangeRecord) -> None:
        if not self._attached:  # queued before the project closed
            return
        sources_read = False
        for change in record:
            if change.entity == "source" and not sources_read:
                self._sources = {s.id: s for s in self.project.sources()}
                sources_read = True
                self.sourcesChanged.emit()
            self.changed.emit(change)
        self.recordTold.emit(record)

    def _on_presence(self, now: list[Presence]) -> None:
        if self._attached:
            self.presence = now
            self.presenceChanged.emit(now)

    def _on_connection(self, up: bool) -> None:
        if self._attached:
            self.connectionChanged.emit(up)

    def reload_sources(self) -> None:
        """Read the sources again (after a lost connection, whose notices never came)."""
        self._sources = {s.id: s for s in self.project.sources()}
        self.sourcesChanged.emit()

    def source(self, source_id: int) -> Source | None:
        """The cached source with this id."""
        return self._sources.get(source_id)

    def sources(self) -> list[Source]:
        """All sources, cached, in the project's order."""
        return list(self._sources.values())

    def detach(self) -> None:
        """Stop listening to the project (before it closes)."""
        self._attached = False
        for stop in self._unsubscribe:
            stop()
