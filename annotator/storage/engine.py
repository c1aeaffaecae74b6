"""Opening project files: checks before any write, the SQLite engine and its pragmas, and the schema.

An existing file is first examined through a read-only connection (header, owner, schema version,
``PRAGMA quick_check``); only a sound Nisba project of this or an older schema is then opened for
writing, so a damaged or foreign file is never written to.  An older schema is upgraded (after a
``before-migration`` backup) by the Alembic migrations in ``annotator/migrations``, loaded only then.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from annotator.errors import DamagedProjectError, NewerSchemaError, ProjectFileError, ReadOnlyFileError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage import claim_search
from annotator.storage.file_format import (
    ALEMBIC_TABLE,
    APPLICATION_ID,
    HEAD_REVISION,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
    decode,
    uri,
)
from annotator.storage.models import Base


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.text_factory = decode
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")  # off by default, per connection
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA synchronous = FULL")  # a committed action survives a power cut too
    cursor.close()


def check_writable(path: Path) -> None:
    """Raise :class:`ReadOnlyFileError` if the file, or the folder SQLite writes its journal in, is read-only."""
    if path.exists() and not path.is_dir() and not os.access(path, os.W_OK):
        raise ReadOnlyFileError(
            QT_TRANSLATE_NOOP(
                "Core", "{path}: is read-only (file permissions or a read-only disk); open it read-only to read it"
            ).format(path=path)
        )
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyFileError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path}: its folder {folder} is read-only, and a project needs to write its journal beside it; "
                "open it read-only, or copy it to a folder you can write to",
            ).format(path=path, folder=folder)
        )


def _check_header(path: Path) -> bytes:
    if path.is_dir():
        raise ProjectFileError(QT_TRANSLATE_NOOP("Core", "{path}: is a folder, not a project file").format(path=path))
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Core", "{path}: cannot be read ({reason})").format(
                path=path, reason=exc.strerror or str(exc)
            )
        ) from exc
    if head and not head.startswith(SQLITE_MAGIC):
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Core", "{path}: is not a Nisba project (not an SQLite database); the file was left untouched"
            ).format(path=path)
        )
    return head


def stored_schema_version(path: Path) -> int | None:
    """The schema version in a project file's header, without opening it (None: no SQLite file there).

    Cheap (one 100-byte read) for saying "upgrading" before a long migration; :func:`inspect_file` is the check.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return None
    return int.from_bytes(head[60:64], "big")


def inspect_file(path: Path) -> int:
    """Examine an existing file without writing to it; returns its schema version (0: an empty database).

    Raises :class:`ProjectFileError` for a folder, an unreadable file, a file that is not SQLite or
    belongs to another program, or a newer schema; :class:`DamagedProjectError` for a damaged one.
    """
    head = _check_header(path)
    if not head:
        from annotator.storage.backups import list_backups

        if list_backups(path, counts=False):  # a project that had content, cut to nothing
            raise DamagedProjectError(path, QT_TRANSLATE_NOOP("Core", "empty: 0 bytes, though backups of it exist"))
        return 0
    if len(head) < 100:
        raise DamagedProjectError(
            path,
            QT_TRANSLATE_NOOP("Core", "only {count} bytes, shorter than an SQLite header").format(count=len(head)),
        )
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if head[24:28] == head[92:96] and path.stat().st_size < page_size * pages:
        raise DamagedProjectError(
            path,
            QT_TRANSLATE_NOOP("Core", "truncated: {size} bytes where its header says {expected}").format(
                size=f"{path.stat().st_size:,}", expected=f"{page_size * pages:,}"
            ),
        )
    try:
        con = sqlite3.connect(uri(path, read_only=True), uri=True)
        con.text_factory = decode  # quick_check may quote damaged bytes
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id == 0 and tables == 0:
                return 0
            if app_id != APPLICATION_ID:
                raise ProjectFileError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{path}: is an SQLite database of another program, not a Nisba project; "
                        "the file was left untouched",
                    ).format(path=path)
                )
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{path}: was made by a newer version of Nisba (schema {version}, this app knows "
                        "{known}); update the app to open it",
                    ).format(path=path, version=version, known=SCHEMA_VERSION)
                )
            problems = [row[0] for row in con.execute("PRAGMA quick_check(3)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(path, str(exc)) from exc
    except UnicodeDecodeError as exc:  # SQLite's own message quoted damaged bytes of the schema
        raise DamagedProjectError(path, QT_TRANSLATE_NOOP("Core", "its schema is damaged (unreadable bytes)")) from exc
    if problems != ["ok"]:
        raise DamagedProjectError(path, "; ".join(problems))
    return int(version)


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    target = uri(path, read_only=read_only)
    # QueuePool, named: a URL without a database makes SQLAlchemy pick SingletonThreadPool (one connection per
    # thread, meant for :memory:), which closes other threads' connections once more than five threads have
    # read (the suggester's worker threads), even while the GUI thread is in the middle of a statement: a crash.
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(target, uri=True, check_same_thread=False),
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def open_engine(path: Path, *, read_only: bool = False) -> Engine:
    """Open (or create) the project database at ``path`` and bring its schema up.

    Raises :class:`ProjectFileError` for a file that is not ours, damaged, or made by a newer
    version of the app (such a file is never written to); read-only, also for a file that does not
    exist or needs an upgrade.
    """
    exists = path.exists()
    if exists:
        version = inspect_file(path)
    elif read_only:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Core", "{path}: does not exist (a project opened read-only is not created)").format(
                path=path
            )
        )
    else:
        version = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Core", "{path}: cannot create the folder ({reason})").format(
                    path=path, reason=exc.strerror or str(exc)
                )
            ) from exc
    if read_only and version < SCHEMA_VERSION:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path}: was made by an older version of Nisba (schema {version}); open it once for writing "
                "to upgrade it (a backup is kept first)",
            ).format(path=path, version=version)
        )
    if 0 < version < SCHEMA_VERSION:
        _migrate(path, version)
    engine = _make_engine(path, read_only=read_only)
    try:
        with engine.connect() as conn:
            if version == 0:
                _create(conn)
            elif not read_only and conn.exec_driver_sql("PRAGMA journal_mode").scalar() != "wal":
                conn.exec_driver_sql("PRAGMA journal_mode = WAL")  # a restored or saved copy comes back to WAL
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        reason = getattr(exc.orig, "args", [str(exc)])[0] if exc.orig is not None else str(exc)
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Core", "{path}: cannot be opened as a project ({reason})").format(
                path=path, reason=reason
            )
        ) from exc
    return engine


def _create(conn: Connection) -> None:
    """A new project: the current schema straight from the models, stamped with the head revision."""
    conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    conn.exec_driver_sql("BEGIN")  # one transaction: one write of the schema pages, not one per table
    Base.metadata.create_all(conn)
    claim_search.create(conn)  # the trigram index and the triggers that keep the search in step (issue 7)
    conn.exec_driver_sql(ALEMBIC_TABLE)
    conn.exec_driver_sql(f"INSERT OR REPLACE INTO alembic_version (version_num) VALUES ('{HEAD_REVISION}')")
    conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()


def _migrate(path: Path, version: int) -> None:
    from annotator.errors import BackupError
    from annotator.storage.backups import make_backup
    from annotator.storage.migrations import upgrade  # Alembic loads only when a file needs it

    try:
        make_backup(path, "before-migration")
    except BackupError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Core", "{path}: not upgraded, since no backup could be kept first ({reason})").format(
                path=path, reason=exc.args[0]
            )
        ) from exc
    upgrade(path, version)
