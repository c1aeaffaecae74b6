"""Copying a whole project between a file and a team server, either way (``annotator copy``).

Every row of every table is copied with its id, in one transaction on the target, which must hold no
project data yet: articles, sources, labels, claims with their chains and labels, the suggestions rejected,
the project's attribution words and the highlighting sessions.  Values pass as Python values (dates, flags,
alias lists), so each flavour stores them its own way.  The search copies are folded again on the target; on a
server the id sequences move past the ids copied.  A failure leaves the target as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, insert, select, text

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.project.facade import Project
from annotator.storage import claim_search, server_commit, server_schema
from annotator.storage.journal import JOURNALED
from annotator.storage.models import Base

COPIED = (*JOURNALED, "highlight_session", "session_article")  # in an order the foreign keys allow
BATCH = 500


@dataclass(frozen=True)
class CopyReport:
    """How many rows of each table were copied."""

    rows: dict[str, int]

    def __str__(self) -> str:
        return ", ".join(f"{n:,} {table.replace('_', ' ')}" for table, n in self.rows.items())


def copy_project(source: str | Path, target: str | Path) -> CopyReport:
    """Copy the project at ``source`` (file or server address) into the empty project at ``target``."""
    with Project.open(source, read_only=True) as origin, Project.open(target, backup_on_open=False) as copy:
        if copy.location == origin.location:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "{path}: is the project being copied; choose another target").format(
                    path=copy.location
                )
            )
        engine = copy._store.flavour.engine
        with origin._store.read() as reading, engine.begin() as conn:
            filled = [t for t in COPIED if _rows(conn, t)]
            if filled:
                raise InvalidValueError(
                    QT_TRANSLATE_NOOP(
                        "Core", "{path}: already holds a project ({tables}); copy into an empty one"
                    ).format(path=copy.location, tables=", ".join(filled))
                )
            if conn.dialect.name == "postgresql":  # rows copied are no user action: nothing to journal
                conn.execute(text(f"SELECT set_config('{server_schema.JOURNAL_SETTING}', 'off', true)"))
            counts = {t: _copy_table(reading.connection(), conn, t) for t in COPIED}
            if conn.dialect.name == "postgresql":
                _after_server_copy(conn)
            else:
                claim_search.fold_pending(conn)
    return CopyReport(counts)


def _rows(conn: Connection, name: str) -> int:
    return int(conn.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar() or 0)


def _copy_table(origin: Connection, target: Connection, name: str) -> int:
    table = Base.metadata.tables[name]
    done = 0
    batch: list[dict[str, object]] = []
    for row in origin.execute(select(table)).mappings():
        batch.append(dict(row))
        if len(batch) >= BATCH:
            target.execute(insert(table), batch)
            done, batch = done + len(batch), []
    if batch:
        target.execute(insert(table), batch)
        done += len(batch)
    return done


def _after_server_copy(conn: Connection) -> None:
    claim_search.fold_pending_on_server(conn)
    names = {int(source_id): str(name) for source_id, name in conn.execute(text("SELECT id, name FROM source"))}
    server_commit.keep_source_keys(conn, names)
    for name in COPIED:
        if "id" in Base.metadata.tables[name].c:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {name}), 0) + 1, false)"
                )
            )
