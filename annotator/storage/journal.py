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
from typing import Any

from sqlalchemy import Connection, text

from annotator.errors import UndoConflictError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import Base

JOURNALED = ("article", "source", "label", "claim", "attribution", "claim_label")
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


def _image(raw: str | None) -> Image | None:
    return json.loads(raw) if raw else None


def _current(conn: Connection, table: str, key: Image, wanted: Sequence[str]) -> Image | None:
    where = " AND ".join(f"{_q(c)} = :k_{c}" for c in key)
    cols = ", ".join(_q(c) for c in wanted)
    row = conn.execute(text(f"SELECT {cols} FROM {_q(table)} WHERE {where}"), {f"k_{c}": v for c, v in key.items()})
    found = row.first()
    return None if found is None else dict(zip(wanted, found, strict=True))


def _same(current: Image, expected: Image) -> bool:
    return all(_norm(current.get(k)) == _norm(v) for k, v in expected.items())


def _norm(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def invert(conn: Connection, entries: Sequence[Entry], what: str) -> None:
    """Undo ``entries`` in this transaction, last first; :class:`UndoConflictError` if a row moved on since.

    ``what`` names the step in the message ("Undo “Mark claim …”").
    """
    for entry in reversed(entries):
        image = entry.new if entry.new is not None else entry.old
        assert image is not None
        key = {c: image[c] for c in primary_key(entry.table)}
        expected = entry.new
        current = _current(conn, entry.table, key, list(expected) if expected is not None else list(key))
        if (expected is None) != (current is None) or (
            expected is not None and current is not None and not _same(current, expected)
        ):
            raise UndoConflictError(
                QT_TRANSLATE_NOOP(
                    "Core", "{what}: cannot be done, since the {record} it changed ({key}) has changed since"
                ).format(
                    what=what, record=entry.table.replace("_", " "), key=", ".join(f"{k} {v}" for k, v in key.items())
                )
            )
        where = " AND ".join(f"{_q(c)} = :k_{c}" for c in key)
        params = {f"k_{c}": v for c, v in key.items()}
        if entry.op == "i":
            conn.execute(text(f"DELETE FROM {_q(entry.table)} WHERE {where}"), params)
        elif entry.op == "d":
            assert entry.old is not None
            cols = list(entry.old)
            names = ", ".join(_q(c) for c in cols)
            values = ", ".join(f":v_{i}" for i in range(len(cols)))
            sql = f"INSERT INTO {_q(entry.table)} ({names}) VALUES ({values})"
            conn.execute(text(sql), {f"v_{i}": entry.old[c] for i, c in enumerate(cols)})
        else:
            assert entry.old is not None
            cols = [c for c in entry.old if c not in key]
            sets = ", ".join(f"{_q(c)} = :v_{i}" for i, c in enumerate(cols))
            params |= {f"v_{i}": entry.old[c] for i, c in enumerate(cols)}
            conn.execute(text(f"UPDATE {_q(entry.table)} SET {sets} WHERE {where}"), params)
