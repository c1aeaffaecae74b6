"""Long articles: a 1 MB Arabic article with 5,000 highlighted claims, measured against itself without them.

1. Marking one more claim with 5,000 highlights shown vs with none (target <= 2x): the update is incremental.
2. Opening the article with its 5,000 claims vs a bare setPlainText of the same text in a QTextEdit (target <= 3x):
   both up to their first painted screen (the article with its highlights; Qt lays out the rest of a plain
   text later too); then the article up to every claim read, listed and highlighted and every paragraph in
   its direction (done in later turns of the event loop), and the longest of those turns.
Both measured in the same run, medians of several rounds.  ``QT_QPA_PLATFORM=offscreen .venv/bin/python
benchmarks/article_view.py``
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_tmp = Path(tempfile.mkdtemp(prefix="nisba-view-bench-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")

from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from annotator import Project  # noqa: E402
from annotator.paths import SAMPLE_ARTICLE  # noqa: E402
from annotator.storage.models import Attribution, Claim, utcnow  # noqa: E402
from annotator.text.offsets import OffsetMap  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

CLAIMS = 5_000


def big_text() -> str:
    """About 1 MB of Arabic news text (the sample, repeated with numbered paragraphs)."""
    base = SAMPLE_ARTICLE.read_text(encoding="utf-8").split("\n")
    paragraphs = [p for p in base if len(p) > 40]
    out, n = [], 0
    while sum(len(p) + 1 for p in out) < 555_000:
        out.append(f"{paragraphs[n % len(paragraphs)]} ({n})")
        n += 1
    return "\n".join(out)


def project_with(path: Path, text: str, claims: int) -> tuple[Project, int, int]:
    project = Project.open(path)
    article = project.add_article(text, title="long")
    source = project.add_source("Source", "media")
    rng = random.Random(3)
    now = utcnow()
    rows = []
    for i in range(claims):
        start = rng.randrange(0, len(text) - 300)
        end = start + rng.randrange(20, 250)
        rows.append(
            dict(
                id=i + 1,
                article_id=article.id,
                start=start,
                end=end,
                text=text[start:end],
                quote_type="unmarked",
                note="",
                created_at=now,
                updated_at=now,
            )
        )
    if rows:
        with project._file.engine.begin() as conn:  # bulk set-up for the benchmark only
            conn.execute(insert(Claim), rows)
            conn.execute(insert(Attribution), [dict(claim_id=r["id"], source_id=source.id, position=0) for r in rows])
    return project, article.id, source.id


def settle(window: MainWindow) -> None:
    """Let Qt finish laying out the whole text (it does so in idle steps), so marking is timed alone."""
    bar, stable, last = window.view.verticalScrollBar(), 0, -1
    while stable < 50:
        QApplication.processEvents()
        stable = stable + 1 if bar.maximum() == last else 0
        last = bar.maximum()
        time.sleep(0.002)


def time_mark(window: MainWindow, text: str, source_id: int, rounds: int) -> float:
    """Median seconds to mark one more claim (store + highlight), undone after each round."""
    settle(window)
    offsets = OffsetMap(text)
    times = []
    for r in range(rounds):
        start = 1000 + r * 997
        cursor = QTextCursor(window.view.document())
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(start + 60), QTextCursor.MoveMode.KeepAnchor)
        window.view.setTextCursor(cursor)
        t = time.perf_counter()
        window.mark_selection_as_claim([source_id])
        QApplication.processEvents()
        times.append(time.perf_counter() - t)
        window.project.undo()
    return statistics.median(times)


def time_open(window: MainWindow, article_id: int, rounds: int) -> tuple[float, float, float]:
    """Medians: seconds to the first painted screen, to everything loaded and formatted, and the longest turn
    of the event loop in between (how long the window could not answer a key or a scroll)."""
    first, complete, longest = [], [], []
    for _ in range(rounds):
        t = time.perf_counter()
        window.open_article(article_id)
        window.view.viewport().grab()  # paints synchronously, as the first frame would
        first.append(time.perf_counter() - t)
        turns = [time.perf_counter() - t]
        while window.claims_model.loading or window.view.formatting:
            turn = time.perf_counter()
            QApplication.processEvents()
            turns.append(time.perf_counter() - turn)
        complete.append(time.perf_counter() - t)
        longest.append(max(turns))
    return statistics.median(first), statistics.median(complete), statistics.median(longest)


def time_bare(text: str, rounds: int) -> float:
    """Median seconds for setPlainText up to the first painted screen."""
    edit = QTextEdit()
    edit.resize(900, 700)
    edit.show()
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        edit.setPlainText(text)
        edit.viewport().grab()
        times.append(time.perf_counter() - t)
        QApplication.processEvents()
    edit.close()
    return statistics.median(times)


def main() -> None:
    """Run both comparisons and print the table."""
    app = make_application(sys.argv)
    text = big_text()
    empty, empty_article, empty_source = project_with(_tmp / "empty.nisba", text, 0)
    full, full_article, full_source = project_with(_tmp / "full.nisba", text, CLAIMS)
    results = {}
    for name, project, article_id, source_id in (
        ("none", empty, empty_article, empty_source),
        ("full", full, full_article, full_source),
    ):
        window = MainWindow(project)
        window.resize(1400, 900)
        window.show()
        opened = time_open(window, article_id, 5)
        results[f"open_{name}"], results[f"complete_{name}"], results[f"turn_{name}"] = opened
        results[f"mark_{name}"] = time_mark(window, text, source_id, 9)
        window.close()
    bare = time_bare(text, 5)
    print(f"| measure ({len(text):,} characters, {len(text.encode()) / 1e6:.2f} MB UTF-8) | time | ratio |")
    print("| --- | --- | --- |")
    print(f"| mark one more claim, no highlights | {results['mark_none'] * 1000:.1f} ms | 1.00 |")
    ratio = results["mark_full"] / results["mark_none"]
    print(
        f"| mark one more claim, {CLAIMS:,} highlights (target <= 2) | {results['mark_full'] * 1000:.1f} ms "
        f"| {ratio:.2f} |"
    )
    print(f"| bare setPlainText in a QTextEdit | {bare * 1000:.0f} ms | 1.00 |")
    ratio = results["open_full"] / bare
    print(
        f"| open the article with {CLAIMS:,} claims, first screen (target <= 3) | {results['open_full'] * 1000:.0f} ms "
        f"| {ratio:.2f} |"
    )
    ratio = results["complete_full"] / bare
    print(
        f"| ... and all {CLAIMS:,} claims listed and highlighted (in idle turns) | "
        f"{results['complete_full'] * 1000:.0f} ms | {ratio:.2f} |"
    )
    ratio = results["turn_full"] / bare
    print(f"| ... the longest turn of the event loop meanwhile | {results['turn_full'] * 1000:.0f} ms | {ratio:.2f} |")
    empty.close()
    full.close()
    del app


if __name__ == "__main__":
    main()
