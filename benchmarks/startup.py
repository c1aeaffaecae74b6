"""Start-up: time from process start to the first painted main window, against a bare PySide6 window.

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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
def done():
    print(time.time()); app.quit()
QTimer.singleShot(0, done)
import ui.app
ui.app.main(sys.argv)
"""


def measure(code: str, env: dict[str, str]) -> float:
    """Seconds from launching a fresh interpreter to its first event-loop turn after the window shows."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    """Run the comparison and print the table."""
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    home = Path(tempfile.mkdtemp(prefix="nisba-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "d"), XDG_CONFIG_HOME=str(home / "c"))
    measure(NISBA, env)  # first run creates the default project with the sample; not timed
    bare, nisba = [], []
    for _ in range(rounds):
        bare.append(measure(BARE, env))
        nisba.append(measure(NISBA, env))
    b, n = statistics.median(bare), statistics.median(nisba)
    print(f"| measure | median of {rounds} | ratio |")
    print("| --- | --- | --- |")
    print(f"| bare PySide6 window | {b * 1000:.0f} ms | 1.00 |")
    print(f"| Nisba, default project with the sample | {n * 1000:.0f} ms | {n / b:.2f} |")


if __name__ == "__main__":
    main()
