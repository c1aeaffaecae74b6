"""The undo history of an open project: steps of journal entries, undone and redone in the core.

A step is what one operation changed (its journal entries) and its name.  Undoing replays the entries
backwards (:func:`annotator.storage.journal.invert`); the journal of that replay is the step that redoes
it, and undoing that again is the redo.  The history lives as long as the project is open; it keeps at
most :data:`MAX_STEPS` steps and about :data:`MAX_BYTES` of row images, dropping the oldest.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from functools import cached_property

from annotator.storage.journal import Entry

MAX_STEPS = 500
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Step:
    """One undoable step: its name ("Mark claim “…”") and the rows it changed."""

    label: str
    entries: tuple[Entry, ...]

    @cached_property
    def size(self) -> int:
        """Rough bytes held (counted once)."""
        return sum(e.size for e in self.entries)


class UndoHistory:
    """Two stacks: what can be undone (newest last) and what can be redone."""

    def __init__(self) -> None:
        self._undo: deque[Step] = deque()
        self._redo: list[Step] = []
        self._bytes = 0  # the sizes of every step held, kept as steps come and go (no sum per operation)

    def done(self, step: Step) -> None:
        """A new operation: it can be undone, and nothing undone before can be redone any more."""
        self._push_undo(step)
        self._bytes -= sum(s.size for s in self._redo)
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
        self.drop_undo()
        self._redo.append(replay)
        self._bytes += replay.size

    def redone(self, replay: Step) -> None:
        """The newest undone step was redone; ``replay`` undoes it again."""
        self.drop_redo()
        self._push_undo(replay)
        self._trim()

    def drop_undo(self) -> None:
        """Take the newest undo step off (it can no longer be undone: what it changed has moved on)."""
        self._bytes -= self._undo.pop().size

    def drop_redo(self) -> None:
        """Take the newest redo step off."""
        self._bytes -= self._redo.pop().size

    def clear(self) -> None:
        """Forget every step (a restored backup, another file)."""
        self._undo.clear()
        self._redo.clear()
        self._bytes = 0

    @property
    def bytes_held(self) -> int:
        """Rough bytes of row images the history holds."""
        return self._bytes

    def _push_undo(self, step: Step) -> None:
        self._undo.append(step)
        self._bytes += step.size

    def _trim(self) -> None:
        while len(self._undo) > MAX_STEPS:
            self._bytes -= self._undo.popleft().size
        while len(self._undo) > 1 and self._bytes > MAX_BYTES:
            self._bytes -= self._undo.popleft().size
