"""Start-up: time from process start to the first paint of the main window, against a bare PySide6 window.

Both are fresh interpreters, timed from launch to the end of a first paint: for the bare script, its
QMainWindow's; for Nisba, the article view's inside the real main window, with the article in it and the
highlights of its first screen (a project of the sample article with CLAIMS claims, some of them on the
first screen, opened as ``main.py PROJECT`` would).  The time to Nisba's first turn of the event loop is
printed too: with a file that can be read before it is opened (this one, from the second start on), the first
window is that main window, its first screen read with sqlite3 before the storage layer loads; otherwise a
frame named for the project.  Rounds alternate the two, so the ratios hold on a noisy machine.  Run with
``.venv/bin/python benchmarks/startup.py [ROUNDS]``.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLAIMS = 12

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(time.time(), flush=True)
        app.quit()

app = QApplication(sys.argv)
w = Window(); w.resize(1280, 800); w.show()
app.exec()
"""

NISBA = """
import time, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
marks = []
QTimer.singleShot(0, lambda: marks.append(time.time()))  # first turn of the loop: the first window shows


def watch_paint(view_class):
    # The end of the article view's paint: the main window's text and highlights are on the screen.
    painted = view_class.paintEvent

    def paintEvent(view, event):
        painted(view, event)
        if len(marks) == 1 and view.window().objectName() == "mainWindow" and view.article is not None:
            first_screen = view.first_screen_end()
            if any(span.start < first_screen for span in view.spans()):
                marks.append(time.time())
                QTimer.singleShot(0, app.quit)

    view_class.paintEvent = paintEvent


class FindView(QObject):
    # Waits for the article view to exist (its module loads only after the first window), then stops looking.
    def eventFilter(self, obj, event):
        if obj.objectName() == "articleView":
            watch_paint(type(obj))
            app.removeEventFilter(self)
        return False


finder = FindView()
app.installEventFilter(finder)
import ui.app
ui.app.main(["main.py", sys.argv[1]])
print(marks[0], marks[1])
"""


def build(path: Path, claims: int) -> None:
    """The sample article with ``claims`` claims on its first sentences, each attributed to one of three sources."""
    from annotator import Project
    from annotator.paths import SAMPLE_ARTICLE

    text = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    with Project.open(path, backup_on_open=False) as project:
        article = project.add_article(text, title="Sample")
        sources = [project.add_source(name) for name in ("The Hill", "Vladimir Putin", "Associated Press")]
        sentences = [m.span() for m in re.finditer(r"[^.\n]{20,}", text)]
        for n, (start, end) in enumerate(sentences[:claims]):
            project.add_claim(article.id, start, end, [sources[n % 3].id])


def measure(code: str, env: dict[str, str], *args: str) -> list[float]:
    """Seconds from launching a fresh interpreter to each time the child prints (its last line)."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=120
    )
    return [float(t) - start for t in out.stdout.strip().splitlines()[-1].split()]


def main() -> None:
    """Run the comparison and print the table."""
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    home = Path(tempfile.mkdtemp(prefix="nisba-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "d"), XDG_CONFIG_HOME=str(home / "c"))
    env["XDG_CACHE_HOME"] = str(home / "cache")
    project = home / "sample.nisba"
    build(project, CLAIMS)
    measure(NISBA, env, str(project))  # the first start caches the icons and warms the file cache; not timed
    measure(BARE, env)
    bare, first, painted = [], [], []
    for _ in range(rounds):
        bare.append(measure(BARE, env)[0])
        shown, filled = measure(NISBA, env, str(project))
        first.append(shown)
        painted.append(filled)
    b, f, p = statistics.median(bare), statistics.median(first), statistics.median(painted)
    print(f"| measure | median of {rounds} | ratio |")
    print("| --- | --- | --- |")
    print(f"| bare PySide6 window, to its first paint | {b * 1000:.0f} ms | 1.00 |")
    print(f"| Nisba, first window (the main window, before the storage layer) | {f * 1000:.0f} ms | {f / b:.2f} |")
    print(
        f"| Nisba, main window's first paint: sample article, {CLAIMS} claims highlighted (target <= 3) "
        f"| {p * 1000:.0f} ms | {p / b:.2f} |"
    )


if __name__ == "__main__":
    main()
