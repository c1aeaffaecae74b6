"""Make docs/import-preview.png: the import preview on the sample article, furniture struck through.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_import.py`` (or under Xvfb).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from shot_setup import ROOT, application  # first: the repository on the path, throwaway settings

from annotator.importers.reading import read_article
from annotator.paths import SAMPLE_ARTICLE
from ui.importing.import_dialog import ImportPreviewDialog


def main() -> None:
    """Show the preview and save what it paints."""
    app = application("en")
    dialog = ImportPreviewDialog(read_article(SAMPLE_ARTICLE))
    dialog.resize(900, 640)
    dialog.show()
    target = ROOT / "docs" / "import-preview.png"

    def shoot() -> None:
        dialog.grab().save(str(target))
        print(f"wrote {target}")
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()


if __name__ == "__main__":
    main()
