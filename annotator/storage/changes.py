"""Change notices: how the core tells views what changed after each committed action."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Entity = Literal["article", "source", "claim", "label"]
Action = Literal["added", "changed", "deleted"]


@dataclass(frozen=True)
class Change:
    """One committed change: which kind of record, what happened, which ids, in which article."""

    entity: Entity
    action: Action
    ids: tuple[int, ...]
    article_id: int | None = None


Listener = Callable[[Change], None]


class ChangeNotifier:
    """Keeps listeners and tells them of each change, in order, after the commit."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` on every change; returns a function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, change: Change) -> None:
        """Tell every listener of ``change``."""
        for listener in list(self._listeners):
            listener(change)
