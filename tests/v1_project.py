"""Builds a project file of schema version 1 exactly as the first release (commit 4cd494a) created it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

SCHEMA_V1 = Path(__file__).parent / "fixtures" / "schema_v1.sql"
ARTICLE = "قال الرئيس «إن الاتفاق تاريخي» 😀 وأضاف المتحدث أن المحادثات مستمرة.\nThe Hill reported it."


def build_v1_project(path: Path) -> None:
    """A version-1 project with an article, three sources and claims with attribution chains."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute(f"PRAGMA application_id = {0x4E495342}")
    con.executescript(SCHEMA_V1.read_text(encoding="utf-8"))
    con.execute(
        "INSERT INTO article (id, title, outlet, direction, text, text_hash, imported_at, status, language) "
        "VALUES (1, 'عنوان', 'الجزيرة', 'rtl', ?, 'x', '2024-06-20 10:00:00.000000', 'in_progress', 'ar')",
        (ARTICLE,),
    )
    for sid, name, kind, aliases in (
        (1, "Vladimir Putin", "person", ["بوتين"]),
        (2, "The Hill", "media", ["ذا هيل"]),
        (3, "الوزارة", "government", []),
    ):
        con.execute(
            "INSERT INTO source (id, name, kind, aliases, colour, created_at) VALUES (?, ?, ?, ?, '#1f77b4', "
            "'2024-06-20 10:00:00.000000')",
            (sid, name, kind, json.dumps(aliases)),
        )
    for cid, (start, end), quote, chain in (
        (1, (4, 30), "direct", [2, 1]),
        (2, (31, 60), "indirect", [3]),
        (3, (0, 3), "unmarked", []),
    ):
        con.execute(
            'INSERT INTO claim (id, article_id, start, "end", text, quote_type, note, created_at, updated_at) '
            "VALUES (?, 1, ?, ?, ?, ?, 'ملاحظة', '2024-06-20 10:01:00.000000', '2024-06-20 10:01:00.000000')",
            (cid, start, end, ARTICLE[start:end], quote),
        )
        for position, sid in enumerate(chain):
            con.execute(
                "INSERT INTO attribution (claim_id, source_id, position, mention_start, mention_end) "
                "VALUES (?, ?, ?, ?, ?)",
                (cid, sid, position, 0 if position == 0 else None, 3 if position == 0 else None),
            )
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()


def dump(path: Path, *, drop: tuple[str, ...] = ()) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the four tables, in id order, without the columns named in ``drop``."""
    con = sqlite3.connect(path)
    try:
        out: dict[str, list[tuple[object, ...]]] = {}
        for table in ("article", "source", "claim", "attribution"):
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in drop]
            names = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()
        return out
    finally:
        con.close()
