"""Answering a search of the project's claims (issue 7): a :class:`ClaimQuery` by text, Arabic-aware, and by
source, source kind, label and annotator, answered from the indexes :mod:`annotator.storage.claim_search` keeps
in step, newest claim first, a page at a time.

How a query is answered (:func:`matching_ids`)
----------------------------------------------
One part of the query walks its claims newest first; the other parts are checked on each claim walked, and
the walk stops at a page.  The part with the fewest claims walks (the cost of a walk grows with the size of
what it walks, whatever the overlap): a source, label or annotator through its index, the text through the
trigram index, each counted up to :data:`ESTIMATE_CAP` first.  Three letters or more are looked up in the
trigram index; one or two letters (which a trigram index cannot look up) are found by scanning the newest
:data:`WINDOW` claim ids, and if those hold no full page the letters are rare, so the trigrams that start
with them (:data:`MAX_TERMS` at most) are looked up instead (none: nothing matches).  The worst case left is
a common text and big filters that share no claim: every claim the smallest part holds is checked (about
110 ms for 150,000).

PostgreSQL (team mode)
----------------------
The trigram GIN index over ``claim_search.folded`` takes the place of ``claim_fts``, queried with ``folded LIKE
'%q%'``, which pg_trgm serves for three letters or more.  One or two letters scan the newest :data:`WINDOW`
claims, then all of them (pg_trgm has no list of its trigrams to look the letters up in).  Only
:func:`_server_text_walks` and the text check differ from a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, text

from annotator.storage.claim_rows import ClaimRow
from annotator.storage.claim_search import SEPARATOR, searchable

ESTIMATE_CAP = 20_000
"""How far the parts of a query are counted to choose the one to walk (20,000 index entries: about 1 ms)."""
WINDOW = 10_000
"""How many of the newest claim ids a one- or two-letter query scans before using the trigram terms."""
MAX_TERMS = 300
"""More trigrams than this start with a one- or two-letter query: it is common, and a scan finds it fast."""
NO_LIMIT = 1 << 62


@dataclass(frozen=True)
class ClaimQuery:
    """What to look for over the whole project; an empty field matches every claim.

    ``text`` is compared after :func:`~annotator.text.matching.fold` with each claim's text and note
    (diacritics, tatweel, alef/yaa/ta-marbuta variants and case ignored), as the claims panel does.
    """

    text: str = ""
    source_id: int | None = None
    kind: str | None = None
    label_id: int | None = None
    annotator: str | None = None
    claim_ids: frozenset[int] | None = None
    """Only these claims (the Overview's bar, cell or node that was clicked, issue 18); None: any."""

    @property
    def folded(self) -> str:
        """The text as compared: folded, without outer spaces (and without the copies' separator)."""
        return searchable(self.text).replace(SEPARATOR, "").strip()


class ClaimPage(NamedTuple):
    """A page of search results: claims as plain rows, newest first, and the titles of their articles."""

    rows: list[ClaimRow]
    titles: dict[int, str | None]


class _Walk(NamedTuple):
    """Claims in id order from one part of the query: ``FROM`` clause, claim id expression, conditions, and
    a condition to test after the other parts' checks (costly, so only on what passed them)."""

    source: str
    id: str
    where: str
    distinct: bool = False
    last: str = ""


_ALL = _Walk("claim d", "d.id", "1 = 1")
_NOTHING = _Walk("claim d", "d.id", "1 = 0")
_FILTERS: dict[str, tuple[_Walk, str]] = {  # a filter's walk, and its check on a claim id ({id})
    "source": (
        _Walk("attribution d", "d.claim_id", "d.source_id = :source", distinct=True),
        "EXISTS (SELECT 1 FROM attribution a WHERE a.claim_id = {id} AND a.source_id = :source)",
    ),
    "label": (
        _Walk("claim_label d", "d.claim_id", "d.label_id = :label"),
        "EXISTS (SELECT 1 FROM claim_label l WHERE l.claim_id = {id} AND l.label_id = :label)",
    ),
    "annotator": (
        _Walk("claim d", "d.id", "d.annotator = :annotator"),
        "EXISTS (SELECT 1 FROM claim c WHERE c.id = {id} AND c.annotator = :annotator)",
    ),
}
_KIND_CHECK = (
    "EXISTS (SELECT 1 FROM attribution a JOIN source s ON s.id = a.source_id "
    "WHERE a.claim_id = {id} AND s.kind = :kind)"
)
_TEXT_CHECK = "EXISTS (SELECT 1 FROM claim_search t WHERE t.claim_id = {id} AND instr(t.folded, :q) > 0)"
_SERVER_TEXT_CHECK = "EXISTS (SELECT 1 FROM claim_search t WHERE t.claim_id = {id} AND strpos(t.folded, :q) > 0)"
_SERVER_WALK = _Walk("claim_search d", "d.claim_id", "d.folded LIKE :pattern")


def _on_server(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _like(q: str) -> str:
    """A LIKE pattern finding ``q`` anywhere, its ``%``, ``_`` and backslashes taken literally."""
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def matching_ids(conn: Connection, query: ClaimQuery, *, before: int | None = None, limit: int = 100) -> list[int]:
    """Ids of the claims matching ``query``, newest first, only those below ``before`` (the last id of the
    page before: keyset paging), at most ``limit``."""
    params: dict[str, Any] = {
        "q": query.folded,
        "source": query.source_id,
        "label": query.label_id,
        "annotator": query.annotator,
        "kind": query.kind,
        "before": NO_LIMIT if before is None else before,
        "limit": limit,
    }
    if query.claim_ids is not None:
        return _among(conn, query, params)
    filters = [
        name
        for name, value in (("source", query.source_id), ("label", query.label_id), ("annotator", query.annotator))
        if value is not None
    ]
    q = params["q"]
    server = _on_server(conn)
    text_check = _SERVER_TEXT_CHECK if server else _TEXT_CHECK
    # The smallest part walks (its size counted up to ESTIMATE_CAP through its index); at a tie, the text.
    sizes = {name: _count(conn, _FILTERS[name][0], params) for name in filters}
    if filters and len(q) >= 3 and server:
        sizes["text"] = _count(conn, _SERVER_WALK, {"pattern": _like(q)})
    elif filters and len(q) >= 3:
        sizes["text"] = _count(conn, _Walk("claim_fts", "rowid", "claim_fts MATCH :match"), {"match": _all_trigrams(q)})
    elif q:
        sizes["text"] = ESTIMATE_CAP  # one or two letters: not known, so walked only if every filter is as big
    driver = min(sizes, key=lambda name: (sizes[name], name != "text")) if sizes else None
    checks = [_FILTERS[name][1] for name in filters if name != driver]
    if query.kind is not None:
        checks.append(_KIND_CHECK)
    if driver != "text":
        if q:
            checks.append(text_check)
        return _run(conn, _FILTERS[driver][0] if driver is not None else _ALL, checks, params)
    for walk, extra, complete in (_server_text_walks if server else _text_walks)(conn, params):
        params.update(extra)
        ids = _run(conn, walk, checks, params)
        if complete or len(ids) >= limit:
            return ids
    raise AssertionError("the last text walk is complete")  # pragma: no cover


CHUNK = 500
"""Claim ids given to a query (:attr:`ClaimQuery.claim_ids`) are checked this many at a time."""


def _among(conn: Connection, query: ClaimQuery, params: dict[str, Any]) -> list[int]:
    """:func:`matching_ids` for a query limited to given claims: they are walked newest first, a chunk at a time,
    each chunk checked against the other parts of the query."""
    checks = [check for name, (_walk, check) in _FILTERS.items() if params[name] is not None]
    if query.kind is not None:
        checks.append(_KIND_CHECK)
    if params["q"]:
        checks.append(_SERVER_TEXT_CHECK if _on_server(conn) else _TEXT_CHECK)
    wanted = sorted((i for i in query.claim_ids or () if i < params["before"]), reverse=True)
    found: list[int] = []
    for at in range(0, len(wanted), CHUNK):
        chunk = ", ".join(str(int(i)) for i in wanted[at : at + CHUNK])  # whole numbers, written into the SQL
        found += _run(conn, _Walk("claim d", "d.id", f"d.id IN ({chunk})"), checks, params)
        if len(found) >= params["limit"]:
            return found[: params["limit"]]
    return found


def count_matching(conn: Connection, query: ClaimQuery, cap: int = 1_000) -> int:
    """How many claims match ``query``, counted up to ``cap + 1`` (more than ``cap``: "1,000+")."""
    return len(matching_ids(conn, query, limit=cap + 1))


def _text_walks(conn: Connection, params: dict[str, Any]) -> Iterator[tuple[_Walk, dict[str, Any], bool]]:
    """The ways to walk the text's matches, tried in turn until one gives a full page or is complete."""
    q: str = params["q"]
    if len(q) >= 3:
        yield _fts_walk(), {"match": _all_trigrams(q)}, True
        return
    scan = _Walk("claim_search d", "d.claim_id", "instr(d.folded, :q) > 0 AND d.claim_id > :floor")
    newest = conn.exec_driver_sql("SELECT max(claim_id) FROM claim_search WHERE claim_id < ?", (params["before"],))
    floor = (newest.scalar() or 0) - WINDOW  # ids are nearly dense: about WINDOW claims
    yield scan, {"floor": max(floor, 0)}, floor <= 0
    after = ord(q[-1]) + 1  # the terms starting with q sort from q to q with its last letter one further
    if after > 0x10FFFF:
        yield scan, {"floor": 0}, True
        return
    upper = q[:-1] + chr(0xE000 if 0xD800 <= after <= 0xDFFF else after)  # never a lone surrogate
    terms = [
        term
        for (term,) in conn.exec_driver_sql(
            "SELECT term FROM claim_fts_terms WHERE term >= ? AND term < ? LIMIT ?", (q, upper, MAX_TERMS + 1)
        )
    ]
    if len(terms) > MAX_TERMS:
        yield scan, {"floor": 0}, True
    elif not terms:  # no trigram starts with these letters, so no claim holds them (see SEPARATOR)
        yield _NOTHING, {}, True
    else:
        yield _fts_walk(), {"match": " OR ".join(_quoted(t) for t in terms)}, True


def _server_text_walks(conn: Connection, params: dict[str, Any]) -> Iterator[tuple[_Walk, dict[str, Any], bool]]:
    """On PostgreSQL: the trigram index for three letters or more; else the newest claims, then all."""
    q: str = params["q"]
    if len(q) >= 3:
        yield _SERVER_WALK, {"pattern": _like(q)}, True
        return
    scan = _Walk("claim_search d", "d.claim_id", "strpos(d.folded, :q) > 0 AND d.claim_id > :floor")
    newest = conn.execute(text("SELECT max(claim_id) FROM claim_search WHERE claim_id < :b"), {"b": params["before"]})
    floor = (newest.scalar() or 0) - WINDOW
    yield scan, {"floor": max(floor, 0)}, floor <= 0
    yield scan, {"floor": 0}, True


def _fts_walk() -> _Walk:
    return _Walk("claim_fts f", "f.rowid", "claim_fts MATCH :match", last=_TEXT_CHECK)


def _all_trigrams(q: str) -> str:
    """An FTS query needing trigrams that cover ``q`` (every third one and the last: ``instr`` confirms)."""
    starts = sorted({*range(0, len(q) - 2, 3), len(q) - 3})
    return " AND ".join(_quoted(q[i : i + 3]) for i in starts)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _run(conn: Connection, walk: _Walk, checks: list[str], params: dict[str, Any]) -> list[int]:
    tests = [*checks, walk.last] if walk.last else checks
    conditions = " AND ".join([walk.where, f"{walk.id} < :before", *(c.format(id=walk.id) for c in tests)])
    sql = (
        f"SELECT {'DISTINCT ' if walk.distinct else ''}{walk.id} FROM {walk.source} WHERE {conditions} "
        f"ORDER BY {walk.id} DESC LIMIT :limit"
    )
    return [claim_id for (claim_id,) in conn.execute(text(sql), _used(sql, params))]


def _count(conn: Connection, walk: _Walk, params: dict[str, Any]) -> int:
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {walk.source} WHERE {walk.where} LIMIT {ESTIMATE_CAP}) AS part"
    return int(conn.execute(text(sql), _used(sql, params)).scalar() or 0)


def _used(sql: str, params: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in params.items() if f":{name}" in sql}
