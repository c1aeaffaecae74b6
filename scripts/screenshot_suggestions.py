"""Make docs/suggestions.png: the sample article with its suggested attributions outlined (Claim > Show
suggestions), the first one current, and one already accepted as a claim.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_suggestions.py`` (or under Xvfb).
Uses a throwaway project and settings, never the user's own.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from shot_setup import ROOT, application  # first: the repository on the path, throwaway settings

from annotator.first_run import open_default_project
from ui.main_window import MainWindow
from ui.main_window.first_run_guide import DISMISSED_KEY


def main() -> None:
    """Build the window, show the suggestions, accept the first, save the screenshot."""
    app = application("en")
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
