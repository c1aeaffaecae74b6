"""Fonts: the bundled Arabic and Hebrew faces, so no glyph ever renders as a box."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from annotator.paths import RESOURCES

FONT_DIR = RESOURCES / "fonts"
ARTICLE_FAMILIES = ["Noto Naskh Arabic", "Noto Sans Hebrew", "Noto Sans", "DejaVu Sans"]
_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register the fonts shipped in ``resources/fonts`` (once); returns their family names."""
    if not _loaded:
        for path in sorted(FONT_DIR.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _loaded


def article_font(point_size: int = 15) -> QFont:
    """The font for article text: Noto Naskh Arabic first, with fallbacks for Latin and Hebrew."""
    load_bundled_fonts()
    font = QFont()
    font.setFamilies(ARTICLE_FAMILIES)
    font.setPointSize(point_size)
    return font
