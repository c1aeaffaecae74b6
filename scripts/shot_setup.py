"""What every screenshot script does first: the repository on the import path and throwaway data and settings
folders (never the user's own project or settings), before any of the app's modules is imported; then the
application, in a language, as ``main()`` makes it."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_THROWAWAY = Path(tempfile.mkdtemp(prefix="nisba-shot-"))
os.environ["XDG_DATA_HOME"] = str(_THROWAWAY / "data")
os.environ["XDG_CONFIG_HOME"] = str(_THROWAWAY / "config")


def application(lang: str) -> QApplication:
    """The app's QApplication with its translators for ``lang`` (English plurals too: "6 claims")."""
    from ui.app import apply_language, make_application

    app = make_application(sys.argv)
    apply_language(app, lang)
    return app
