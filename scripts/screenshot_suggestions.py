"""Make docs/suggestions.png: the sample article with its suggested attributions outlined (Claim > Show
suggestions), the first one current, and one already accepted as a claim.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_suggestions.py`` (or under Xvfb).
Uses a throwaway project and settings, never the user's own.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_tmp = Path(tempfile.mkdtemp(prefix="nisba-shot-"))
os.environ["XDG_DATA_HOME"] = str(_tmp / "data")
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")

from PySide6.QtCore import QSettings  # noqa: E402

from annotator.first_run import open_default_project  # noqa: E402
from ui.app import apply_language, make_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.main_window.first_run_guide import DISMISSED_KEY  # noqa: E402


def main() -> None:
    """Build the window, show the suggestions, accept the first, save the screenshot."""
    app = make_application(sys.argv)
    apply_language(app, "en")  # as the app does: English plurals ("6 claims", not "6 claim(s)")
    QSettings().setValue(DISMISSED_KEY, True)
    project = open_default_project()
    project.annotator = "Layla"
    project.add_source("The Hill", "media", aliases=["ذا هيل"])
    project.add_source("Vladimir Putin", "person", aliases=["بوتين", "فلاديمير بوتين"])
    window = MainWindow(project)
    window.resize(1400, 860)
    window.show()
    window.actions_by_name["suggestions"].trigger()
    window.suggestions.wait()
    for _ in range(20):
        app.processEvents()
    window.suggestions.accept_current()
    window.suggestions.wait()
    for _ in range(20):
        app.processEvents()
    window.suggestions.step(1)
    window.view.verticalScrollBar().setValue(0)
    for _ in range(5):
        app.processEvents()
    out = ROOT / "docs" / "suggestions.png"
    window.grab().save(str(out))
    print(out, len(window.suggestions.items), "suggestions left")
    project.close()


if __name__ == "__main__":
    main()
