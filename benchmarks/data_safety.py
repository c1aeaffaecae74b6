"""What the data-safety checks cost: opening (read-only examination + quick_check), backups, creating a file.

Run with ``.venv/bin/python benchmarks/data_safety.py [CLAIMS]``; prints a small table (median of 5).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from annotator import Project
from annotator.storage.backups import make_backup
from annotator.storage.engine import inspect_file
from annotator.storage.migrations import head_revision
from annotator.storage.models import Attribution, Claim


def timed(fn: Callable[[], object], rounds: int = 5) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(path: Path, claims: int) -> None:
    """A project with 200 articles of ~5,000 characters and ``claims`` claims with one attribution each."""
    with Project.open(path, backup_on_open=False) as p:
        text = "قال المتحدث باسم الوزارة إن المحادثات مستمرة وإن الاتفاق تاريخي. " * 80
        articles = [p.add_article(f"{i} {text}").id for i in range(200)]
        source = p.add_source("الوزارة", "government").id
        rows = [
            {"article_id": articles[i % 200], "start": i % 4000, "end": i % 4000 + 40, "text": "x" * 40, "note": ""}
            for i in range(claims)
        ]
        with p._file.engine.begin() as conn:
            conn.execute(insert(Claim), rows)
            conn.execute(insert(Attribution), [{"claim_id": i + 1, "source_id": source} for i in range(claims)])


def create_with_migrations(path: Path) -> None:
    """A new file made by running every migration instead of create_all (the alternative not chosen)."""
    from alembic import command
    from sqlalchemy import create_engine

    from annotator.storage.migrations import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), "head")  # type: ignore[arg-type]
        conn.commit()
    engine.dispose()


def main() -> None:
    """Measure and print."""
    claims = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    folder = Path(tempfile.mkdtemp(prefix="nisba-bench-safety-"))
    big = folder / "big.nisba"
    build(big, claims)
    size = big.stat().st_size / 1_048_576
    counter = iter(range(1000))
    head = head_revision()  # the label names every migration there is
    rows = [
        (f"examine before opening ({claims:,} claims, {size:.1f} MB)", timed(lambda: inspect_file(big))),
        ("Project.open + close, no backup", timed(lambda: Project.open(big, backup_on_open=False).close())),
        ("one backup (online copy + quick_check + fsync)", timed(lambda: make_backup(big, "manual", keep=2))),
        ("new file: create_all + stamp (chosen)", timed(lambda: Project.open(folder / f"n{next(counter)}.n").close())),
        (
            f"new file: run the migrations 0001..{head}",
            timed(lambda: create_with_migrations(folder / f"m{next(counter)}.db")),
        ),
    ]
    con = sqlite3.connect(big)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    width = max(len(name) for name, _ in rows)
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:8.1f} ms")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
