"""Run every benchmark in turn and print their tables (``make bench``).

Each script runs in its own process, as it would alone, and prints ratios measured in its own run; this
only strings them together under headings.  Takes a few minutes (the big projects are built first).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    ("Start-up", "startup.py"),
    ("Long article", "article_view.py"),
    ("Big project", "big_project.py"),
    ("Claims filter over every article", "claims_filter.py"),
    ("Excel export", "export.py"),
    ("Overview charts over 200,000 claims", "overview.py"),
    ("Data-safety checks", "data_safety.py"),
    ("Suggested attributions", "suggestions.py"),
    ("Team mode under load (PostgreSQL)", "team_load.py"),
)


def main() -> int:
    """Run each benchmark; the exit status is the number that failed."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    failed = 0
    for title, script in SCRIPTS:
        print(f"\n## {title} (benchmarks/{script})\n", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(HERE / script)], env=env, cwd=HERE.parent, check=False)
        if result.returncode:
            failed += 1
            print(f"(failed with exit status {result.returncode})")
        print(f"\n({time.perf_counter() - started:.0f} s)", flush=True)
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
