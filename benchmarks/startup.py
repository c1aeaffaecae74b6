"""Start-up: time from process start to the first window, against a bare PySide6 window.

Nisba shows its first window (the frame the main window will fill, named for the project) before it
loads the storage layer; the table also gives the time to the main window painted with the article.
Both are measured in the same run, alternating, so the ratio holds on a noisy machine.
Prints a small table; run with ``.venv/bin/python benchmarks/startup.py [ROUNDS]``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show()
def done():
    print(time.time()); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

NISBA = """
import time, sys
sys.argv = ["main.py"]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
marks = []
QTimer.singleShot(0, lambda: marks.append(time.time()))  # first turn of the loop: the first window shows

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window().objectName() == "mainWindow":
            view = obj.window().view
            if view.article is not None and len(marks) == 1:
                marks.append(time.time())
                QTimer.singleShot(0, app.quit)
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
import ui.app
ui.app.main(sys.argv)
print(marks[0], marks[1])
"""


def measure(code: str, env: dict[str, str]) -> list[float]:
    """Seconds from launching a fresh interpreter to each time the child prints (its last line)."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return [float(t) - start for t in out.stdout.strip().splitlines()[-1].split()]


def main() -> None:
    """Run the comparison and print the table."""
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    home = Path(tempfile.mkdtemp(prefix="nisba-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "d"), XDG_CONFIG_HOME=str(home / "c"))
    measure(NISBA, env)  # first run creates the default project with the sample; not timed
    bare, first, usable = [], [], []
    for _ in range(rounds):
        bare.append(measure(BARE, env)[0])
        shown, filled = measure(NISBA, env)
        first.append(shown)
        usable.append(filled)
    b, f, u = statistics.median(bare), statistics.median(first), statistics.median(usable)
    print(f"| measure | median of {rounds} | ratio |")
    print("| --- | --- | --- |")
    print(f"| bare PySide6 window | {b * 1000:.0f} ms | 1.00 |")
    print(f"| Nisba, first window (target <= 2.5) | {f * 1000:.0f} ms | {f / b:.2f} |")
    print(f"| Nisba, main window painted with the sample article | {u * 1000:.0f} ms | {u / b:.2f} |")


if __name__ == "__main__":
    main()
