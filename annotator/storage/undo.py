"""The undo history of an open project: steps of journal entries, undone and redone in the core.

A step is what one operation changed (its journal entries) and its name.  Undoing replays the entries
backwards (:func:`annotator.storage.journal.invert`); the journal of that replay is the step that redoes
it, and undoing that again is the redo.  The history lives as long as the project is open; it keeps at
most :data:`MAX_STEPS` steps and about :data:`MAX_BYTES` of row images, dropping the oldest.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.storage.journal import Entry

MAX_STEPS = 500
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Step:
    """One undoable step: its name ("Mark claim “…”") and the rows it changed."""

    label: str
    entries: tuple[Entry, ...]

    @property
    def size(self) -> int:
        """Rough bytes held."""
        return sum(e.size for e in self.entries)


class UndoHistory:
    """Two stacks: what can be undone (newest last) and what can be redone."""

    def __init__(self) -> None:
        self._undo: list[Step] = []
        self._redo: list[Step] = []

    def done(self, step: Step) -> None:
        """A new operation: it can be undone, and nothing undone before can be redone any more."""
        self._undo.append(step)
        self._redo.clear()
        self._trim()

    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Whether there is a step to redo."""
        return bool(self._redo)

    def next_undo(self) -> Step | None:
        """The step :meth:`undone` would take (None: nothing to undo)."""
        return self._undo[-1] if self._undo else None

    def next_redo(self) -> Step | None:
        """The step :meth:`redone` would take (None: nothing to redo)."""
        return self._redo[-1] if self._redo else None

    def undone(self, replay: Step) -> None:
        """The newest step was undone; ``replay`` (the journal of undoing it) redoes it."""
        self._undo.pop()
        self._redo.append(replay)

    def redone(self, replay: Step) -> None:
        """The newest undone step was redone; ``replay`` undoes it again."""
        self._redo.pop()
        self._undo.append(replay)
        self._trim()

    def drop_undo(self) -> None:
        """Take the newest undo step off (it can no longer be undone: what it changed has moved on)."""
        self._undo.pop()

    def drop_redo(self) -> None:
        """Take the newest redo step off."""
        self._redo.pop()

    def clear(self) -> None:
        """Forget every step (a restored backup, another file)."""
        self._undo.clear()
        self._redo.clear()

    def _trim(self) -> None:
        while len(self._undo) > MAX_STEPS:
            self._undo.pop(0)
        total = sum(s.size for s in self._undo) + sum(s.size for s in self._redo)
        while len(self._undo) > 1 and total > MAX_BYTES:
            total -= self._undo.pop(0).size
