"""A project's schema on a PostgreSQL server: the models' tables and what a file keeps in its header or in
temporary triggers.

- ``meta`` holds what a file's ``application_id`` and ``user_version`` hold: the mark that the database is a
  Nisba project and its schema version.  ``alembic_version`` is stamped as in a file, for later migrations.
- Foreign keys are made ``DEFERRABLE INITIALLY IMMEDIATE``: checked per statement as in a file, deferred to
  the commit by an undo (``SET CONSTRAINTS ALL DEFERRED``), which puts rows back in any order.
- One row trigger per journaled table (:data:`~annotator.storage.journal.JOURNALED`) writes the row images
  to the connection's temporary journal (``nisba.journal`` is on for the connection's session; the journal
  empties at every commit), and tells listening clients the ids it touched with ``pg_notify`` (sent at commit, ids
  only: payloads are limited to 8,000 bytes).
- The claim search: the same tables as in a file, a pg_trgm GIN index over the folded copies in place of
  FTS5, and PL/pgSQL triggers queueing the claims to fold (:mod:`annotator.storage.claim_search`).

Everything is created in one transaction under an advisory lock, so two clients opening a new database at
once create it once.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from annotator.errors import NewerSchemaError, PermissionRefusedError, ProjectFileError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.file_format import APPLICATION_ID, HEAD_REVISION, SCHEMA_VERSION
from annotator.storage.journal import JOURNALED, UNCHANGING
from annotator.storage.models import Base
from annotator.text.matching import FOLD_VERSION

SCHEMA_LOCK = APPLICATION_ID
"""The advisory lock held while a schema is created or checked (two clients never create it at once)."""
FIRST_SERVER_SCHEMA = 6
"""Team mode came with schema 6: no server project is older; newer ones are upgraded by the migrations."""
CHANNEL = "nisba_changes"
"""The notification channel: one notice per row changed, ``table op id [article_id]``."""
JOURNAL = "nisba_journal"
JOURNAL_SETTING = "nisba.journal"

_META = (
    "CREATE TABLE meta (id integer PRIMARY KEY CHECK (id = 1), application_id bigint NOT NULL, "
    "schema_version integer NOT NULL)"
)
TEMP_JOURNAL = (
    f"CREATE TEMP TABLE IF NOT EXISTS {JOURNAL} "
    "(seq bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL, old jsonb, new jsonb) ON COMMIT DELETE ROWS"
)
"""The connection's journal: filled by the row triggers while ``nisba.journal`` is on (for the whole session,
set on connecting), emptied by every commit and rollback, so no transaction sees another's rows."""


def _row_function() -> str:
    unchanging = "".join(
        f"  IF TG_TABLE_NAME = '{table}' THEN old_image := old_image{_minus(cols)}; "
        f"new_image := new_image{_minus(cols)}; END IF;\n"
        for table, cols in UNCHANGING.items()
    )
    return f"""CREATE OR REPLACE FUNCTION nisba_row_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  old_image jsonb;
  new_image jsonb;
  image jsonb;
  op text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    op := 'i'; new_image := to_jsonb(NEW);
  ELSIF TG_OP = 'UPDATE' THEN
    op := 'u'; old_image := to_jsonb(OLD); new_image := to_jsonb(NEW);
{unchanging}  ELSE
    op := 'd'; old_image := to_jsonb(OLD);
  END IF;
  IF current_setting('{JOURNAL_SETTING}', true) = 'on' THEN
    INSERT INTO pg_temp.{JOURNAL} (tbl, op, old, new) VALUES (TG_TABLE_NAME, op, old_image, new_image);
  END IF;
  image := coalesce(new_image, old_image);
  PERFORM pg_notify('{CHANNEL}', concat_ws(' ', TG_TABLE_NAME, op,
    coalesce(image->>'claim_id', image->>'id'), image->>'article_id'));
  RETURN NULL;
END
$fn$"""


def _minus(cols: tuple[str, ...]) -> str:
    return "".join(f" - '{c}'" for c in cols)


SEARCH_DDL = (
    "CREATE INDEX IF NOT EXISTS ix_claim_search_trigram ON claim_search USING gin (folded gin_trgm_ops)",
    """CREATE OR REPLACE FUNCTION nisba_claim_search_queue() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM claim_search WHERE claim_id = OLD.id;
    DELETE FROM claim_search_pending WHERE claim_id = OLD.id;
    RETURN NULL;
  END IF;
  INSERT INTO claim_search_pending (claim_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$fn$""",
    "CREATE TRIGGER claim_search_on_insert AFTER INSERT ON claim FOR EACH ROW "
    "EXECUTE FUNCTION nisba_claim_search_queue()",
    "CREATE TRIGGER claim_search_on_edit AFTER UPDATE OF text, note ON claim FOR EACH ROW "
    "EXECUTE FUNCTION nisba_claim_search_queue()",
    "CREATE TRIGGER claim_search_on_delete AFTER DELETE ON claim FOR EACH ROW "
    "EXECUTE FUNCTION nisba_claim_search_queue()",
)


SOURCE_KEY_DDL = (
    "CREATE TABLE source_name_key (source_id integer PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE "
    "DEFERRABLE INITIALLY IMMEDIATE, folded text NOT NULL, CONSTRAINT uq_source_name_key_folded UNIQUE (folded))"
)
"""Each source's folded name, unique: two clients creating "بوتين" at once make one source (the second is
refused at its commit); kept from each operation's journal
(:func:`annotator.storage.server_commit.keep_source_keys`)."""


def stored_version(conn: Connection, location: str) -> int | None:
    """The schema version in ``meta`` (None: an empty database); ProjectFileError for another program's."""
    tables = {
        name for (name,) in conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
    }
    if "meta" not in tables:
        if tables & set(Base.metadata.tables):
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "Core", "{location}: holds tables but no Nisba project (no meta table); nothing was changed"
                ).format(location=location)
            )
        return None
    row = conn.execute(text("SELECT application_id, schema_version FROM meta WHERE id = 1")).first()
    if row is None or row[0] != APPLICATION_ID:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Core", "{location}: is the database of another program, not a Nisba project; nothing was changed"
            ).format(location=location)
        )
    return int(row[1])


def create(conn: Connection) -> None:
    """The current schema, from the models, with the journal and notice triggers and the search index."""
    conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    Base.metadata.create_all(conn)
    for table, name in conn.execute(
        text(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"
        )
    ).all():
        conn.execute(text(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE'))
    conn.execute(text(_row_function()))
    for table in JOURNALED:
        conn.execute(
            text(
                f'CREATE TRIGGER nisba_row_changed AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION nisba_row_changed()"
            )
        )
    for ddl in SEARCH_DDL:
        conn.execute(text(ddl))
    conn.execute(text(SOURCE_KEY_DDL))
    conn.execute(text("INSERT INTO claim_search_state (id, fold_version) VALUES (1, :v)"), {"v": FOLD_VERSION})
    conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY)"))
    conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": HEAD_REVISION})
    conn.execute(text(_META))
    conn.execute(
        text("INSERT INTO meta (id, application_id, schema_version) VALUES (1, :app, :version)"),
        {"app": APPLICATION_ID, "version": SCHEMA_VERSION},
    )


def ensure(conn: Connection, location: str, *, may_create: bool) -> bool:
    """Check the database's schema, creating it if it is empty and ``may_create``; returns whether it was created.

    In the caller's transaction, under :data:`SCHEMA_LOCK`.  NewerSchemaError for a newer schema.
    """
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
    version = stored_version(conn, location)
    if version is None:
        if not may_create:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "Core", "{location}: holds no Nisba project yet (a coordinator creates it: annotator server init)"
                ).format(location=location)
            )
        create(conn)
        return True
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{location}: was made by a newer version of Nisba (schema {version}, this app knows {known}); "
                "update the app to open it",
            ).format(location=location, version=version, known=SCHEMA_VERSION)
        )
    if version < FIRST_SERVER_SCHEMA:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Core", "{location}: has schema {version}, older than any server project can be; nothing was changed"
            ).format(location=location, version=version)
        )
    if version < SCHEMA_VERSION:
        upgrade(conn, location, version)
    return False


def upgrade(conn: Connection, location: str, version: int) -> None:
    """Run the migrations from ``version`` on, in the caller's transaction (under :data:`SCHEMA_LOCK`, so two
    clients opening an older project at once upgrade it once); only the owner of the tables may."""
    from alembic import command

    from annotator.storage.migrations import alembic_config

    try:
        command.upgrade(alembic_config(conn), "head")  # type: ignore[arg-type]
    except PermissionRefusedError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{location}: has schema {version} and needs upgrading to {known}, which only its coordinator "
                "(the owner of its tables) can do, by opening it once (annotator server init); nothing was changed",
            ).format(location=location, version=version, known=SCHEMA_VERSION)
        ) from exc
    conn.execute(text("UPDATE meta SET schema_version = :v WHERE id = 1"), {"v": SCHEMA_VERSION})
