"""Filtering the claims of every article (issue 7): each keystroke answered within one frame over 200,000 claims.

Builds a project of 10,000 articles and 200,000 claims (bulk-inserted, as benchmarks/big_project.py; the first
open folds and indexes them, timed separately), opens the real main window, switches the claims panel to
"All articles" and then, per keystroke, types the letter into the filter box and times the debounced query
(the code the debounce timer runs) until the first page of rows is in the model.  Each time is printed with
its ratio to a 16.7 ms frame (the issue's target: ratio <= 1), medians of ROUNDS rounds.  The count under the
table ("1,000+ claims") is computed right after the first page is shown; its time is printed apart.
``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/claims_filter.py [CLAIMS] [ARTICLES] [ROUNDS]``
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_tmp = Path(tempfile.mkdtemp(prefix="nisba-filter-bench-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QWidget  # noqa: E402

from annotator import Project  # noqa: E402
from benchmarks.export import build  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

FRAME_MS = 1000 / 60
WORD = "بوتين"  # in a quarter of the claims


def key(widget: QWidget, text: str) -> None:
    """One typed character (Arabic too), as the keyboard sends it."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))


def main() -> None:
    """Build, open, type, print the table."""
    claims = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    path = _tmp / "big.nisba"
    build(path, claims, articles)
    with sqlite3.connect(path) as con:  # the worst case: a label on every claim that lacks a common word
        con.execute("INSERT INTO label (id, name, colour) VALUES (1, 'opinion', '#ff7f0e')")
        con.execute(
            "INSERT INTO claim_label (claim_id, label_id, article_id, claim_annotator, claim_curated) "
            f"SELECT id, 1, article_id, annotator, curated FROM claim WHERE instr(text, '{WORD}') = 0"
        )
    app = make_application([])
    start = time.perf_counter()
    project = Project.open(path, backup_on_open=False)  # folds and indexes the bulk-inserted claims once
    indexed = time.perf_counter() - start
    window = MainWindow(project)
    window.show()
    app.processEvents()
    bar, panel = window.claims_filter, window.project_claims
    model = panel.model
    bar.scope.setCurrentIndex(bar.scope.findData(True))
    app.processEvents()
    source = next(s for s in project.sources() if s.name == "Source 7")

    def timed(action: Callable[[], object]) -> tuple[float, float, float, int]:
        """ms to the first page in the model, and painted; ms of the count that follows; rows shown."""
        begun = time.perf_counter()
        action()
        first = time.perf_counter() - begun
        panel.table.viewport().repaint()
        painted = time.perf_counter() - begun
        begun = time.perf_counter()
        model._count()  # what the zero timer runs next, timed on its own
        return first * 1000, painted * 1000, (time.perf_counter() - begun) * 1000, model.rowCount()

    cases = [  # name, word typed, menu chosen after it, menu chosen before it
        ("Arabic word, letter by letter", WORD, None, None),
        ("Arabic word with a common start", "الروسي", None, None),
        ("Latin word (rare letters in Arabic news)", "Hill", None, None),
        ("No match at all", "zqxw", None, None),
        ("Very common two letters", "في", None, None),
        ("Arabic word, then a source chosen", WORD, bar.source, None),
        ("Source chosen first, then a word", WORD, None, bar.source),
        ("Worst case: label on 150,000 claims, none with the word", WORD, None, bar.label),
    ]
    wanted = {bar.source: source.id, bar.label: 1}
    results: dict[tuple[str, str], list[tuple[float, float, float, int]]] = {}  # in the order first seen

    def record(case: str, step: str, measured: tuple[float, float, float, int]) -> None:
        results.setdefault((case, step), []).append(measured)

    def choose(menu: QComboBox) -> Callable[[], None]:
        return lambda: menu.setCurrentIndex(menu.findData(wanted[menu]))

    def reset() -> None:
        bar.text.clear()
        bar.source.setCurrentIndex(0)
        bar.label.setCurrentIndex(0)
        bar.apply_now()

    for _ in range(rounds):
        for name, word, after, before in cases:
            reset()
            bar.text.setFocus()
            if before is not None:
                record(
                    name,
                    f"{before.currentText()} → {before.itemText(before.findData(wanted[before]))}",
                    timed(choose(before)),
                )
            for n in range(1, len(word) + 1):
                key(bar.text, word[n - 1])
                record(name, word[:n], timed(bar.apply_now))  # apply_now runs what the debounce timer runs
            if after is not None:
                record(name, f"{word}, then {after.itemText(after.findData(wanted[after]))}", timed(choose(after)))
        reset()
        begun = time.perf_counter()
        while model.canFetchMore() and model.rowCount() < 1_000:  # scrolling down: the next pages
            model.fetchMore()
        pages = (model.rowCount() - 100) / 100
        per_page = (time.perf_counter() - begun) * 1000 / pages
        record("Scrolling: each next page", "(none)", (per_page, per_page, 0.0, 100))
    print(f"Project: {articles:,} articles, {claims:,} claims; folded and indexed on first open in {indexed:.1f} s.")
    print(f"Medians of {rounds} rounds; frame budget {FRAME_MS:.1f} ms (target: ratio <= 1).\n")
    print(
        "| case | filter after the keystroke | first page in the model | ratio to a frame | and painted | rows "
        "| count after |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    worst = 0.0
    for step, times in results.items():
        first, painted, count = (statistics.median(t[i] for t in times) for i in range(3))
        rows = times[-1][3]
        worst = max(worst, first)
        print(
            f"| {step[0]} | {step[1]} | {first:.1f} ms | {first / FRAME_MS:.2f} | {painted:.1f} ms | {rows} | "
            f"{count:.1f} ms |"
        )
    print(f"\nSlowest first page: {worst:.1f} ms, ratio {worst / FRAME_MS:.2f}.")
    window.close()
    project.close()


if __name__ == "__main__":
    main()
