"""Opening project files: the SQLite engine, its pragmas, and the schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from .errors import ProjectFileError
from .models import Base

APPLICATION_ID = 0x4E495342  # "NISB" in the SQLite header marks a file as ours.
SCHEMA_VERSION = 1
SQLITE_MAGIC = b"SQLite format 3\x00"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")  # off by default, per connection
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA synchronous = FULL")  # a committed action survives a power cut too
    cursor.close()


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a folder, not a project file")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if head and head != SQLITE_MAGIC:
        raise ProjectFileError(f"{path}: is not a Nisba project (not an SQLite database); the file was left untouched")


def open_engine(path: Path) -> Engine:
    """Open (or create) the project database at ``path`` and bring its schema up.

    Raises :class:`ProjectFileError` for a file that is not ours, damaged, or
    made by a newer version of the app; such a file is never written to.
    """
    if path.exists():
        _check_header(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectFileError(f"{path}: cannot create the folder ({exc.strerror or exc})") from exc
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    try:
        _prepare(engine, path)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        reason = getattr(exc.orig, "args", [str(exc)])[0] if exc.orig is not None else str(exc)
        raise ProjectFileError(f"{path}: cannot be opened as a project ({reason})") from exc
    except ProjectFileError:
        engine.dispose()
        raise
    return engine


def _prepare(engine: Engine, path: Path) -> None:
    with engine.connect() as conn:
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar() or 0
        version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
        tables = inspect(conn).get_table_names()
        if app_id == 0 and not tables:
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.commit()
            return
        if app_id != APPLICATION_ID:
            raise ProjectFileError(
                f"{path}: is an SQLite database of another program, not a Nisba project; the file was left untouched"
            )
        if version > SCHEMA_VERSION:
            raise ProjectFileError(
                f"{path}: was made by a newer version of Nisba (schema {version}, this app knows {SCHEMA_VERSION}); "
                "update the app to open it"
            )
