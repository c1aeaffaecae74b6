"""The project file's format: the marks in its SQLite header, its schema version, how it is addressed.

At the bottom of the storage layer: the engine, the backups and the migrations all read these.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

APPLICATION_ID = 0x4E495342  # "NISB" in the SQLite header marks a file as ours.
SCHEMA_VERSION = 11  # PRAGMA user_version; migration revision f"{n:04d}" brings a file to version n
HEAD_REVISION = f"{SCHEMA_VERSION:04d}"
SQLITE_MAGIC = b"SQLite format 3\x00"
ALEMBIC_TABLE = (
    "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def decode(raw: bytes) -> str:
    """Text read from the file: damaged bytes shown as U+FFFD."""
    # Bytes damaged inside a stored text pass SQLite's checks (it keeps no checksums of values):
    # show U+FFFD there rather than failing every read of the project.
    return raw.decode("utf-8", errors="replace")


def uri(path: Path, *, read_only: bool = False) -> str:
    """The SQLite URI of ``path`` (spaces, Arabic letters, ``?`` and ``#`` all safe).

    Read-only in a folder that cannot be written, the file is opened ``immutable`` (SQLite could
    not create the WAL index beside it; nothing can change it there anyway).
    """
    if not read_only:
        return f"file:{quote(str(path))}"
    immutable = "&immutable=1" if not os.access(path.parent, os.W_OK) else ""
    return f"file:{quote(str(path))}?mode=ro{immutable}"
