"""The first screen of a project file, read with the standard library's ``sqlite3`` alone (the SQLite flavour).

At start-up the app paints the article the user was reading, with its first screen's claims in their sources'
colours, before SQLAlchemy has loaded (a quarter of a second here), and opens the project the usual way right
after.  The same rows, by the same queries, as :meth:`Project.claim_rows <annotator.project.Project>` reads.

Only where nothing can go otherwise: a file that exists and can be written, in a folder that can be written,
whose header, ``application_id``, schema version and ``quick_check`` pass as :func:`~annotator.storage.engine.
inspect_file` would have them, and whose lock no one holds.  Anything else (a damaged or newer file, a lock held,
an older schema to upgrade, a server project, a read-only file) gives None: the app takes its usual path, and the
user gets its usual messages.  Nothing is ever written here.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from annotator.storage.file_format import APPLICATION_ID, SCHEMA_VERSION, SQLITE_MAGIC, decode, uri
from annotator.storage.locking import held_elsewhere
from annotator.storage.rows import ClaimRow, LinkRow


@dataclass(frozen=True)
class ScreenArticle:
    """The article shown: what the article view needs of it."""

    id: int
    text: str
    direction: str


@dataclass(frozen=True)
class ScreenSource:
    """A source of a claim on the first screen: what its highlight needs of it."""

    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class FirstScreen:
    """The article, the claims starting before ``end`` and their sources."""

    article: ScreenArticle
    end: int
    claims: list[ClaimRow]
    sources: dict[int, ScreenSource] = field(default_factory=dict)

    def source(self, source_id: int) -> ScreenSource | None:
        """A source of these claims, by id (None if it has gone)."""
        return self.sources.get(source_id)


def _header_fits(path: Path) -> bool:
    """The file's first 100 bytes say: SQLite, ours, this schema version, not cut short."""
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return False
    if int.from_bytes(head[60:64], "big") != SCHEMA_VERSION or int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    return not (head[24:28] == head[92:96] and path.stat().st_size < page_size * pages)


class FirstScreenReader:
    """A read-only connection to a project file that passed every check; :meth:`close` it when done."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con

    @classmethod
    def open(cls, path: Path) -> FirstScreenReader | None:
        """The reader of ``path`` when opening it the usual way can only succeed for writing; else None."""
        try:
            if not path.is_file() or not os.access(path, os.R_OK | os.W_OK):
                return None
            if not os.access(path.parent, os.W_OK | os.X_OK) or not _header_fits(path) or held_elsewhere(path):
                return None
            con = sqlite3.connect(uri(path, read_only=True), uri=True)
        except (OSError, sqlite3.Error, ValueError):
            return None
        con.text_factory = decode
        try:
            ours = con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            current = con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            sound = [row[0] for row in con.execute("PRAGMA quick_check(3)")] == ["ok"]
        except (sqlite3.Error, UnicodeDecodeError):
            ours = current = sound = False
        if not (ours and current and sound):
            con.close()
            return None
        return cls(con)

    def close(self) -> None:
        """Close the connection."""
        self._con.close()

    def article_to_open(self, wanted: int | None, listed: int) -> int | None:
        """``wanted`` if it is among the first ``listed`` articles in the order they were added (those the
        article list holds at first), else the first of them; None without articles."""
        ids = [row[0] for row in self._con.execute("SELECT id FROM article ORDER BY id LIMIT ?", (listed,))]
        return wanted if wanted in ids else (ids[0] if ids else None)

    def first_screen(self, article_id: int, end: int) -> FirstScreen | None:
        """The article and its claims starting before ``end``, with their chains, labels and sources; None if
        the article is not there or something cannot be read."""
        try:
            return self._read(article_id, end)
        except (sqlite3.Error, UnicodeDecodeError):
            return None

    def _read(self, article_id: int, end: int) -> FirstScreen | None:
        con = self._con
        found = con.execute("SELECT id, text, direction FROM article WHERE id = ?", (article_id,)).fetchone()
        if found is None:
            return None
        article = ScreenArticle(found[0], found[1], found[2])
        where = "claim.article_id = ? AND claim.start >= ? AND claim.start < ?"
        args = (article_id, 0, end)
        claims = con.execute(
            'SELECT claim.id, claim.article_id, claim.start, claim."end", claim.text, claim.quote_type, '
            f"claim.note, claim.annotator, claim.curated FROM claim WHERE {where} "
            'ORDER BY claim.article_id, claim.start, claim."end", claim.id',
            args,
        ).fetchall()
        chosen = f"(SELECT claim.id FROM claim WHERE {where})"
        links: dict[int, list[LinkRow]] = {}
        for claim_id, *link in con.execute(
            "SELECT attribution.claim_id, attribution.source_id, attribution.mention_start, attribution.mention_end, "
            f"attribution.cue_start, attribution.cue_end FROM attribution WHERE attribution.claim_id IN {chosen} "
            "ORDER BY attribution.claim_id, attribution.position",
            args,
        ):
            links.setdefault(claim_id, []).append(LinkRow(*link))
        labels: dict[int, list[int]] = {}
        for claim_id, label_id in con.execute(
            "SELECT claim_label.claim_id, claim_label.label_id FROM claim_label JOIN label "
            f"ON label.id = claim_label.label_id WHERE claim_label.claim_id IN {chosen} ORDER BY label.name",
            args,
        ):
            labels.setdefault(claim_id, []).append(label_id)
        rows = [
            ClaimRow(
                cid,
                aid,
                start,
                stop,
                text,
                quote,
                note,
                who,
                bool(curated),
                tuple(links.get(cid, ())),
                tuple(labels.get(cid, ())),
            )
            for cid, aid, start, stop, text, quote, note, who, curated in claims
        ]
        wanted = sorted({link.source_id for row in rows for link in row.attributions})
        marks = ",".join("?" * len(wanted))
        sources = {
            sid: ScreenSource(sid, name, colour)
            for sid, name, colour in con.execute(f"SELECT id, name, colour FROM source WHERE id IN ({marks})", wanted)
        }
        return FirstScreen(article, end, rows, sources)
