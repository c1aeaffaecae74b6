"""What an operation on a server does before its commit, from its journal: the search copies of the claims it
wrote and the folded keys of the sources it named.

A file folds the queued claims (:func:`annotator.storage.claim_search.fold_pending`); on a server every
statement is a round trip, so the operation's own journal says which claims and sources changed, and one
statement folds the claims and takes them off the queue.  Queued claims the journal does not name (written
by a path that journals nothing) are folded as before, in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from annotator.storage.claim_search import document, fold_pending_on_server
from annotator.storage.journal import Entry

_FOLD = text(  # the main query sees the queue as it was before the statement: others queued, if any
    "WITH taken AS (DELETE FROM claim_search_pending WHERE claim_id = ANY(CAST(:ids AS integer[]))), "
    "put AS (INSERT INTO claim_search (claim_id, folded) "
    "SELECT * FROM unnest(CAST(:ids AS integer[]), CAST(:folded AS text[])) "
    "ON CONFLICT (claim_id) DO UPDATE SET folded = excluded.folded) "
    "SELECT EXISTS (SELECT 1 FROM claim_search_pending WHERE claim_id <> ALL(CAST(:ids AS integer[])))"
)
_KEYS = text(
    "INSERT INTO source_name_key (source_id, folded) SELECT :id, :folded WHERE EXISTS "
    "(SELECT 1 FROM source WHERE id = :id) ON CONFLICT (source_id) DO UPDATE SET folded = excluded.folded"
)


def latest_images(entries: list[Entry], table: str) -> dict[int, dict[str, Any] | None]:
    """For each row of ``table`` the journal touched, by id: its image after the operation (None: deleted)."""
    latest: dict[int, dict[str, Any] | None] = {}
    for entry in entries:
        if entry.table == table:
            image = entry.new if entry.new is not None else entry.old
            if image is not None:
                latest[int(image["id"])] = entry.new
    return latest


def _text_changed(entries: list[Entry]) -> set[int]:
    """The claims whose text or note this journal wrote (inserted, or updated in either)."""
    changed: set[int] = set()
    for entry in entries:
        if entry.table == "claim" and entry.new is not None:
            old = entry.old
            if old is None or (old.get("text"), old.get("note")) != (entry.new.get("text"), entry.new.get("note")):
                changed.add(int(entry.new["id"]))
    return changed


def fold_journaled(conn: Connection, entries: list[Entry]) -> None:
    """Keep the claim search in step with the claims this journal wrote, in one statement (plus one more for
    any queued claim it does not name)."""
    changed = _text_changed(entries)
    if not changed:
        return
    latest = latest_images(entries, "claim")
    folded = {i: document(str(image["text"]), str(image.get("note") or "")) for i in changed if (image := latest[i])}
    left = conn.execute(_FOLD, {"ids": list(folded), "folded": list(folded.values())}).scalar()
    if left:
        fold_pending_on_server(conn)


def keep_source_keys(conn: Connection, names: dict[int, str]) -> None:
    """Bring ``source_name_key`` in step with these sources' names (by id): two clients creating "بوتين" at
    once make one source, the second refused by the key's unique constraint."""
    from annotator.text.matching import fold

    if names:
        conn.execute(_KEYS, [{"id": i, "folded": fold(" ".join(name.split()))} for i, name in names.items()])


def journaled_source_names(entries: list[Entry]) -> dict[int, str]:
    """The sources this journal added or renamed (and did not delete), with their names after it."""
    named = {
        int(e.new["id"])
        for e in entries
        if e.table == "source" and e.new is not None and (e.old is None or e.old.get("name") != e.new.get("name"))
    }
    latest = latest_images(entries, "source")
    return {i: str(image["name"]) for i in named if (image := latest[i]) is not None}


def before_commit(conn: Connection, entries: list[Entry]) -> None:
    """Everything a server operation must do in its own transaction, from its journal."""
    fold_journaled(conn, entries)
    keep_source_keys(conn, journaled_source_names(entries))
