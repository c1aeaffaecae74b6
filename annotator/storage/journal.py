"""The journal: every row an operation inserts, updates or deletes, with its image before and after.

The storage flavour fills it from triggers (for SQLite, temporary triggers on each connection, see
:mod:`annotator.storage.sqlite`), so it is exact whatever the domain code did: ORM changes, bulk
statements, foreign-key cascades.  From one operation's entries come its change record
(:func:`annotator.storage.changes.record_from_entries`) and its undo: :func:`invert` replays the
entries backwards, checking before each step that the row is still as the operation left it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Table,
    and_,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.sql import ColumnElement

from annotator.errors import UndoConflictError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import Base

JOURNALED = (
    "article",
    "source",
    "label",
    "claim",
    "attribution",
    "claim_label",
    "rejected_suggestion",
    "attribution_word",
)
"""The tables whose changes are user actions (sessions and the search index are bookkeeping, not journaled)."""

UNCHANGING = {"article": ("text", "text_hash")}
"""Columns never updated, left out of update images (an article's text is written once)."""

Image = dict[str, Any]


@dataclass(frozen=True)
class Entry:
    """One row changed: ``op`` is ``i`` (inserted), ``u`` (updated) or ``d`` (deleted)."""

    table: str
    op: str
    old: Image | None
    new: Image | None

    @property
    def size(self) -> int:
        """Rough bytes held (for the undo history's memory bound)."""
        return sum(len(str(v)) for image in (self.old, self.new) if image for v in image.values())


def columns(table: str, *, for_update: bool = False) -> list[str]:
    """The journaled columns of ``table``, in schema order."""
    skip = UNCHANGING.get(table, ()) if for_update else ()
    return [c.name for c in Base.metadata.tables[table].columns if c.name not in skip]


def primary_key(table: str) -> list[str]:
    """The primary key columns of ``table``."""
    return [c.name for c in Base.metadata.tables[table].primary_key.columns]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_entries(conn: Connection, table: str = "nisba_journal") -> list[Entry]:
    """The entries written to the journal table since it was last cleared, in order."""
    rows = conn.exec_driver_sql(f"SELECT tbl, op, old, new FROM {table} ORDER BY seq").all()
    return [Entry(t, op, _image(old), _image(new)) for t, op, old, new in rows]


def _image(raw: str | dict[str, Any] | None) -> Image | None:
    if isinstance(raw, dict):  # a flavour whose driver reads JSON itself (PostgreSQL's jsonb)
        return raw
    return json.loads(raw) if raw else None


def _value(column: Column[Any], value: Any) -> Any:
    """A journaled value as Python holds it, whatever JSON made of it: each flavour writes its images its own
    way (SQLite: timestamps as it stores them and JSON columns as text; PostgreSQL: ISO timestamps, JSON as JSON),
    and the database reads the row back typed, so both sides are compared and written back as typed values."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date) and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, JSON) and isinstance(value, str):
        return json.loads(value)
    if isinstance(kind, Float):
        return float(value)
    return value


def _typed(table: Table, image: Image) -> Image:
    return {name: _value(table.c[name], value) for name, value in image.items()}


def _where(table: Table, key: Image) -> ColumnElement[bool]:
    return and_(*(table.c[name] == value for name, value in key.items()))


def _current(conn: Connection, table: Table, key: Image, wanted: Sequence[str]) -> Image | None:
    found = conn.execute(select(*(table.c[name] for name in wanted)).where(_where(table, key))).first()
    return None if found is None else dict(zip(wanted, found, strict=True))


def invert(conn: Connection, entries: Sequence[Entry], what: str) -> None:
    """Undo ``entries`` in this transaction, last first; :class:`UndoConflictError` if a row moved on since.

    ``what`` names the step in the message ("Undo “Mark claim …”").
    """
    for entry in reversed(entries):
        table = Base.metadata.tables[entry.table]
        image = entry.new if entry.new is not None else entry.old
        assert image is not None
        key = _typed(table, {c: image[c] for c in primary_key(entry.table)})
        expected = None if entry.new is None else _typed(table, entry.new)
        current = _current(conn, table, key, list(expected) if expected is not None else list(key))
        if current != expected:
            raise UndoConflictError(
                QT_TRANSLATE_NOOP(
                    "Core", "{what}: cannot be done, since the {record} it changed ({key}) has changed since"
                ).format(
                    what=what, record=entry.table.replace("_", " "), key=", ".join(f"{k} {v}" for k, v in key.items())
                )
            )
        if entry.op == "i":
            conn.execute(delete(table).where(_where(table, key)))
        elif entry.op == "d":
            assert entry.old is not None
            conn.execute(insert(table).values(_typed(table, entry.old)))
        else:
            assert entry.old is not None
            old = _typed(table, entry.old)
            conn.execute(update(table).where(_where(table, key)).values({c: v for c, v in old.items() if c not in key}))
