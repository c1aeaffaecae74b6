"""The search index of the project's claims (issue 7), kept in step with every change: what it stores, how it is
created, healed and folded.  Queries over it are answered in :mod:`annotator.storage.claim_query`.

What is stored (schema 5)
-------------------------
``claim_search``
    One row per claim: its text and note after :func:`annotator.text.matching.fold` (Python, so SQLite cannot
    compute it), as ``fold(text) US fold(note) US US`` (US = U+001F).  The separators keep a match from
    running from the text into the note, and make every letter the start of a trigram (see
    :mod:`annotator.storage.claim_query`).
``claim_fts``
    FTS5 index of those rows with the trigram tokenizer (SQLite 3.34+; 3.40 here), ``detail=none``: it
    tells which rows hold every trigram of the query, and ``instr`` on the folded copy confirms the exact
    substring.  ``detail=full`` would answer phrases itself, in the same time (under a millisecond), but
    is three times the size (62 MB against 19 MB for 200,000 claims).  Triggers on ``claim_search`` keep
    it in step (an external-content table: the folded text is stored once).
``claim_fts_terms``
    An fts5vocab view of the index's trigrams, for queries of one or two letters.
``claim_search_pending``
    Claims whose folded copy is missing or stale.  Triggers on ``claim`` add a claim when it is inserted
    or its text or note is updated, by any writer (a tool that is not Nisba too), and drop the folded copy
    of a deleted claim.  No trigger can fold (fold is Python, and a file whose triggers call an
    application function could not be written by anything else).
``claim_search_state``
    The :data:`~annotator.text.matching.FOLD_VERSION` of the copies.

The Project folds the pending claims before every commit (:func:`fold_pending`, in the same transaction as
the change), so the index is in step after every action, whichever method made it.  On opening a project
for writing, :func:`heal` puts back what is missing (tables, index, triggers), folds everything again after
``fold`` changed, and folds what another writer left pending.

PostgreSQL (team mode)
----------------------
The same tables serve: ``claim_search.folded`` filled by the same code (:func:`fold_pending_on_server`), and
in place of ``claim_fts`` a pg_trgm GIN index over it (:mod:`annotator.storage.server_schema` creates it and
the PL/pgSQL triggers that queue the claims to fold).  The database must have a UTF-8 ctype (``C.UTF-8``), or
pg_trgm sees no Arabic.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from annotator.storage.models import claim_search, claim_search_pending, claim_search_state
from annotator.text.matching import FOLD_VERSION, fold

SEPARATOR = "\x1f"
BULK = 2_000
"""Folding more claims than this rebuilds the trigram index once instead of row by row (5x faster)."""

FTS_TRIGGERS = {
    "claim_search_ai": """CREATE TRIGGER claim_search_ai AFTER INSERT ON claim_search BEGIN
    INSERT INTO claim_fts(rowid, folded) VALUES (new.claim_id, new.folded);
END""",
    "claim_search_ad": """CREATE TRIGGER claim_search_ad AFTER DELETE ON claim_search BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, folded) VALUES ('delete', old.claim_id, old.folded);
END""",
    "claim_search_au": """CREATE TRIGGER claim_search_au AFTER UPDATE ON claim_search BEGIN
    INSERT INTO claim_fts(claim_fts, rowid, folded) VALUES ('delete', old.claim_id, old.folded);
    INSERT INTO claim_fts(rowid, folded) VALUES (new.claim_id, new.folded);
END""",
}
CLAIM_TRIGGERS = {
    "claim_search_on_insert": """CREATE TRIGGER claim_search_on_insert AFTER INSERT ON claim BEGIN
    INSERT OR IGNORE INTO claim_search_pending(claim_id) VALUES (new.id);
END""",
    "claim_search_on_edit": """CREATE TRIGGER claim_search_on_edit AFTER UPDATE OF text, note ON claim BEGIN
    INSERT OR IGNORE INTO claim_search_pending(claim_id) VALUES (new.id);
END""",
    "claim_search_on_delete": """CREATE TRIGGER claim_search_on_delete AFTER DELETE ON claim BEGIN
    DELETE FROM claim_search WHERE claim_id = old.id;
    DELETE FROM claim_search_pending WHERE claim_id = old.id;
END""",
}
FTS_TABLES = {
    "claim_fts": "CREATE VIRTUAL TABLE claim_fts USING fts5(folded, content='claim_search', content_rowid='claim_id', "
    "tokenize='trigram case_sensitive 1', detail='none', columnsize=0)",
    "claim_fts_terms": "CREATE VIRTUAL TABLE claim_fts_terms USING fts5vocab(claim_fts, row)",
}
TABLES = (claim_search, claim_search_pending, claim_search_state)
# An upsert, never INSERT OR REPLACE: REPLACE deletes without firing the delete trigger, and the index would
# keep the old trigrams.
_UPSERT = (
    "INSERT INTO claim_search(claim_id, folded) VALUES (?, ?) "
    "ON CONFLICT(claim_id) DO UPDATE SET folded = excluded.folded"
)


def searchable(text: str) -> str:
    """Folded, with NUL (which would end FTS5's view of a text, or its query) as U+FFFD."""
    return fold(text).replace("\x00", "\ufffd")


def document(claim_text: str, note: str) -> str:
    """What is stored and indexed for a claim: its folded text and note, apart."""
    return f"{searchable(claim_text)}{SEPARATOR}{searchable(note)}{SEPARATOR}{SEPARATOR}"


# -- keeping the index in step ---------------------------------------------------------------------


def create(conn: Connection) -> None:
    """Create whatever of the search tables, index and triggers is missing (in the caller's transaction)."""
    have = _names(conn)
    for table in TABLES:
        if table.name not in have:
            table.create(conn)
    for name, ddl in (*FTS_TABLES.items(), *FTS_TRIGGERS.items(), *CLAIM_TRIGGERS.items()):
        if name not in have:
            conn.exec_driver_sql(ddl)
    if conn.exec_driver_sql("SELECT count(*) FROM claim_search_state").scalar() == 0:
        conn.exec_driver_sql("INSERT INTO claim_search_state(id, fold_version) VALUES (1, ?)", (FOLD_VERSION,))


def in_step(conn: Connection) -> bool:
    """True when the index needs nothing on open: all its parts there, this fold, nothing pending (cheap)."""
    if not _required() <= _names(conn):
        return False
    version = conn.exec_driver_sql("SELECT fold_version FROM claim_search_state WHERE id = 1").scalar()
    pending = conn.exec_driver_sql("SELECT 1 FROM claim_search_pending LIMIT 1").first()
    return version == FOLD_VERSION and pending is None


def heal(conn: Connection) -> int:
    """Bring the index in step, in the caller's (write) transaction; returns the number of claims folded.

    Missing parts are created; if the index or a trigger on ``claim`` was missing (changes may have gone
    unseen) or the copies were folded by another :data:`FOLD_VERSION`, every claim is folded again.
    """
    have = _names(conn)
    lost = not ({claim_search.name, "claim_fts", *CLAIM_TRIGGERS} <= have)
    create(conn)
    version = conn.exec_driver_sql("SELECT fold_version FROM claim_search_state WHERE id = 1").scalar()
    if lost or version != FOLD_VERSION:
        conn.exec_driver_sql("INSERT OR IGNORE INTO claim_search_pending(claim_id) SELECT id FROM claim")
        conn.exec_driver_sql("UPDATE claim_search_state SET fold_version = ? WHERE id = 1", (FOLD_VERSION,))
        # Copies whose claim was deleted while the triggers were missing.
        conn.exec_driver_sql("DELETE FROM claim_search WHERE claim_id NOT IN (SELECT id FROM claim)")
    return fold_pending(conn)


def fold_pending(conn: Connection) -> int:
    """Fold the claims the triggers queued (new, or text or note changed); returns how many were folded."""
    queued = conn.exec_driver_sql(
        "SELECT p.claim_id, c.text, c.note FROM claim_search_pending p JOIN claim c ON c.id = p.claim_id"
    ).all()
    conn.exec_driver_sql("DELETE FROM claim_search_pending")  # (a write first: the DDL below stays in the transaction)
    if not queued:
        return 0
    rows = [(claim_id, document(claim_text, note or "")) for claim_id, claim_text, note in queued]
    bulk = len(rows) > BULK
    if bulk:
        for name in FTS_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql(_UPSERT, rows)  # executemany
    if bulk:
        conn.exec_driver_sql("INSERT INTO claim_fts(claim_fts) VALUES ('rebuild')")
        for ddl in FTS_TRIGGERS.values():
            conn.exec_driver_sql(ddl)
    return len(rows)


def fold_pending_on_server(conn: Connection) -> int:
    """:func:`fold_pending` on PostgreSQL: takes exactly the queued rows it deletes, so a claim another client
    queued and committed meanwhile is never dropped unfolded."""
    queued = conn.execute(
        text(
            "WITH taken AS (DELETE FROM claim_search_pending RETURNING claim_id) "
            "SELECT t.claim_id, c.text, c.note FROM taken t JOIN claim c ON c.id = t.claim_id"
        )
    ).all()
    if not queued:
        return 0
    conn.execute(
        text(
            "INSERT INTO claim_search (claim_id, folded) VALUES (:claim_id, :folded) "
            "ON CONFLICT (claim_id) DO UPDATE SET folded = excluded.folded"
        ),
        [{"claim_id": claim_id, "folded": document(claim_text, note or "")} for claim_id, claim_text, note in queued],
    )
    return len(queued)


def _required() -> set[str]:
    return {t.name for t in TABLES} | set(FTS_TABLES) | set(FTS_TRIGGERS) | set(CLAIM_TRIGGERS)


def _names(conn: Connection) -> set[str]:
    return {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
