"""Change records: what one committed operation (or one undo or redo) changed, told to views once, after commit.

A :class:`ChangeRecord` is derived from the operation's journal (:mod:`annotator.storage.journal`), so it
names every row the transaction touched, whichever code touched it: cascades and bulk statements included.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from annotator.storage.journal import Entry

Entity = Literal["article", "source", "claim", "label", "suggestion", "word"]
Action = Literal["added", "changed", "deleted"]
ENTITIES: tuple[Entity, ...] = ("article", "source", "label", "claim", "suggestion", "word")
TABLES: dict[str, Entity] = {e: e for e in ENTITIES} | {"rejected_suggestion": "suggestion", "attribution_word": "word"}
"""The entity each journaled table's rows are (a rejected suggestion is a change to the article's suggestions; a
project's attribution word, to every article's)."""
ACTIONS: tuple[Action, ...] = ("added", "changed", "deleted")


@dataclass(frozen=True)
class Change:
    """One kind of record, one action: which ids, in which article (claims are grouped by article)."""

    entity: Entity
    action: Action
    ids: tuple[int, ...]
    article_id: int | None = None


@dataclass(frozen=True)
class ChangeRecord:
    """What one operation changed: its name ("Mark claim “…”") and its changes, articles first, claims last.

    ``origin`` says where it came from: ``"do"`` (an operation), ``"undo"``, ``"redo"``, or ``"remote"``
    (another client's commit, in team mode).
    """

    label: str
    changes: tuple[Change, ...]
    origin: str = "do"

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def ids(self, entity: Entity, action: Action | None = None) -> set[int]:
        """Ids of ``entity`` rows with this action (any action when None)."""
        return {i for c in self.changes if c.entity == entity and action in (None, c.action) for i in c.ids}

    def articles_with_claim_changes(self) -> set[int]:
        """Articles whose claims were added, changed or deleted."""
        return {c.article_id for c in self.changes if c.entity == "claim" and c.article_id is not None}

    def articles_with_suggestion_changes(self) -> set[int]:
        """Articles whose pending suggestions may differ now: claims changed, or a suggestion rejected."""
        return {c.article_id for c in self.changes if c.entity in ("claim", "suggestion") and c.article_id is not None}


Listener = Callable[[ChangeRecord], None]


@dataclass
class _Row:
    before: bool = False  # the row existed before the operation
    after: bool = False  # and after it
    article_id: int | None = None
    changed: bool = field(default=False)


def record_from_entries(label: str, entries: Iterable[Entry], origin: str = "do") -> ChangeRecord:
    """The change record of a journal: each row's state before and after, links counted as claim changes."""
    rows: dict[tuple[str, int], _Row] = {}
    touched_claims: dict[int, int | None] = {}
    for entry in entries:
        image = entry.new if entry.new is not None else entry.old or {}
        if entry.table in ("attribution", "claim_label"):
            touched_claims.setdefault(int(image["claim_id"]), None)
            continue
        entity = TABLES.get(entry.table)
        if entity is None:
            continue
        key = (entity, int(image["id"]))
        row = rows.get(key)
        if row is None:
            row = rows[key] = _Row(before=entry.op != "i")
        row.after = entry.op != "d"
        row.changed = row.changed or entry.op == "u"
        if entity in ("claim", "suggestion"):
            row.article_id = int(image["article_id"])
    for claim_id in touched_claims:
        row = rows.setdefault(("claim", claim_id), _Row(before=True, after=True))
        row.changed = True
    changes: list[Change] = []
    for entity in ENTITIES:
        for action in ACTIONS:
            picked = sorted((i, r.article_id) for (t, i), r in rows.items() if t == entity and _action(r) == action)
            if not picked:
                continue
            if entity == "article":  # one per article: views refresh one article at a time
                changes += [Change("article", action, (i,), i) for i, _ in picked]
                continue
            if entity not in ("claim", "suggestion"):
                changes.append(Change(entity, action, tuple(i for i, _ in picked)))
                continue
            by_article: dict[int | None, list[int]] = {}
            for i, article_id in picked:
                by_article.setdefault(article_id, []).append(i)
            changes += [Change(entity, action, tuple(ids), a) for a, ids in sorted(by_article.items(), key=_key)]
    return ChangeRecord(label, tuple(changes), origin)


def _key(item: tuple[int | None, list[int]]) -> int:
    return -1 if item[0] is None else item[0]


def _action(row: _Row) -> Action | None:
    if row.before and row.after:
        return "changed"
    if row.after:
        return "added"
    if row.before:
        return "deleted"
    return None  # added and deleted by the same operation


class ChangeNotifier:
    """Keeps listeners and tells them of each change record, in order, after the commit."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every change record; returns a function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def emit(self, record: ChangeRecord) -> None:
        """Tell every listener of ``record`` (an empty record is not told)."""
        if not record:
            return
        for listener in list(self._listeners):
            listener(record)
