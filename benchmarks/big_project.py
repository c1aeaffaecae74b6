"""A project of 10,000 articles and 200,000 claims opens like an empty one.

Builds both projects (bulk-inserted: the benchmark measures opening, not typing), then, each in a fresh
process, times opening the project and showing a usable main window (first article open, lists filled),
and reads how much that raised the process's peak memory over the same process idle (interpreter, Qt and
the app's modules loaded, no project open).  ``.venv/bin/python benchmarks/big_project.py [ARTICLES] [CLAIMS]``
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.export import build  # noqa: E402

CHILD = """
import gc, os, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from annotator import Project
from ui.app import make_application
from ui.main_window import MainWindow


def peak_kib():
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))


app = make_application([])
gc.collect()
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # the peak starts again from the memory in use now (Linux), not from a spike while loading
idle = peak_kib()  # interpreter, Qt and the app's modules loaded, no project yet
project = Project.open({path!r})
window = MainWindow(project)
window.show()
app.processEvents()
elapsed = time.perf_counter() - t0
print(elapsed, idle, peak_kib(), window.articles_model.rowCount())
project.close()
"""


def measure(path: Path, env: dict[str, str]) -> tuple[float, int, int]:
    """Seconds to a usable window; RSS (KiB) of the process idle before opening, and its peak (VmHWM) after."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), path=str(path))],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def main() -> None:
    """Build, measure alternately, print the table."""
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    claims = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    tmp = Path(tempfile.mkdtemp(prefix="nisba-big-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"))
    big, empty = tmp / "big.nisba", tmp / "empty.nisba"
    build(big, claims, articles)
    build(empty, 0, 0)
    measure(big, env)  # warm the file cache; not timed
    times: dict[str, list[float]] = {"empty": [], "big": []}
    idle: list[int] = []
    grew: dict[str, list[int]] = {"empty": [], "big": []}
    for _ in range(3):
        for name, path in (("empty", empty), ("big", big)):
            t, before, after = measure(path, env)
            times[name].append(t)
            idle.append(before)
            grew[name].append(after - before)
    te, tb = statistics.median(times["empty"]), statistics.median(times["big"])
    ge, gb = statistics.median(grew["empty"]) / 1024, statistics.median(grew["big"]) / 1024
    print("| measure | empty project | big project | ratio |")
    print("| --- | --- | --- | --- |")
    print(
        f"| open to a usable window ({articles:,} articles, {claims:,} claims; target <= 2) "
        f"| {te * 1000:.0f} ms | {tb * 1000:.0f} ms | {tb / te:.2f} |"
    )
    print(
        f"| peak memory added by opening the project and showing its window, over the idle process "
        f"({statistics.median(idle) / 1024:.0f} MB: interpreter, Qt, the app's modules) "
        f"| {ge:.1f} MB | {gb:.1f} MB | {gb / ge:.2f} |"
    )


if __name__ == "__main__":
    main()
