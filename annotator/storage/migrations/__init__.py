"""Schema migrations (Alembic), loaded only when a project file of an older schema is opened.

Revision ``f"{n:04d}"`` brings a file to schema version ``n`` (``PRAGMA user_version``).  A file of
version 1 predates the ``alembic_version`` table and is stamped ``0001`` first.  The whole upgrade
runs in one SQLite transaction with foreign keys off (batch mode copies tables; with keys on,
dropping the old copy would cascade), then ``PRAGMA foreign_key_check`` must come back clean, or
nothing is committed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from annotator.errors import ProjectFileError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.file_format import SCHEMA_VERSION, uri

MIGRATIONS = Path(__file__).resolve().parent


def alembic_config(connection: object) -> object:
    """An Alembic Config for this folder, running on ``connection`` (no alembic.ini)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision shipped (tests check it matches ``storage.HEAD_REVISION``)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def upgrade(path: Path, version: int) -> None:
    """Upgrade the project at ``path`` from schema ``version`` to the current one, all or nothing."""
    from alembic import command
    from alembic.config import Config

    # isolation_level=None: the sqlite3 module leaves transactions to us, so BEGIN..COMMIT wraps the DDL too.
    engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: sqlite3.connect(uri(path), uri=True, isolation_level=None)
    )
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                has_table = conn.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
                ).scalar()
                if not has_table:
                    conn.exec_driver_sql(
                        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                    )
                    conn.exec_driver_sql(f"INSERT INTO alembic_version VALUES ('{version:04d}')")
                config = alembic_config(conn)
                assert isinstance(config, Config)
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise ProjectFileError(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "{path}: not upgraded: {count} broken reference(s) after migrating; the file is unchanged",
                        ).format(path=path, count=len(broken))
                    )
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.exec_driver_sql("COMMIT")
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
    except ProjectFileError:
        raise
    except Exception as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Core", "{path}: could not be upgraded to schema {version} ({reason}); the file is unchanged"
            ).format(path=path, version=SCHEMA_VERSION, reason=str(exc))
        ) from exc
    finally:
        engine.dispose()
