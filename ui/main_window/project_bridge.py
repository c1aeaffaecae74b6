"""Turns the core's change notices into Qt signals, and keeps the sources at hand for views."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator import Project, Source
from annotator.storage.changes import Change


class ProjectBridge(QObject):
    """One per open project: views listen here instead of polling the project."""

    changed = Signal(object)  # annotator.storage.changes.Change
    sourcesChanged = Signal()

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._sources: dict[int, Source] = {s.id: s for s in project.sources()}
        self._unsubscribe = project.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        if change.entity == "source":
            self._sources = {s.id: s for s in self.project.sources()}
            self.sourcesChanged.emit()
        self.changed.emit(change)

    def source(self, source_id: int) -> Source | None:
        """The cached source with this id."""
        return self._sources.get(source_id)

    def sources(self) -> list[Source]:
        """All sources, cached, in the project's order."""
        return list(self._sources.values())

    def detach(self) -> None:
        """Stop listening to the project (before it closes)."""
        self._unsubscribe()
