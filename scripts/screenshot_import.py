"""Make docs/import-preview.png: the import preview on the sample article, furniture struck through.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_import.py`` (or under Xvfb).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402

from annotator.importers.reading import read_article  # noqa: E402
from annotator.paths import SAMPLE_ARTICLE  # noqa: E402
from ui.app import apply_language, make_application  # noqa: E402
from ui.importing.import_dialog import ImportPreviewDialog  # noqa: E402


def main() -> None:
    """Show the preview and save what it paints."""
    app = make_application(sys.argv)
    apply_language(app, "en")  # as the app does: English plurals ("6 claims", not "6 claim(s)")
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
