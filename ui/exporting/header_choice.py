"""The export dialog's choice of header language: the interface's (remembered) or English for scripts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from annotator.exports.header_names import HEADER_LANGUAGES
from ui.i18n.language import current_language

HEADERS_KEY = "export/headers"


def header_language_box(parent: QWidget | None = None) -> QComboBox:
    """English, and the interface's language when exports can write it; the last choice preselected (else
    the interface's language)."""
    box = QComboBox(parent)
    box.setObjectName("exportHeaders")
    box.addItem(QCoreApplication.translate("ExportDialog", "English (for scripts)"), "en")
    lang = current_language()
    if lang != "en" and lang in HEADER_LANGUAGES:
        box.addItem(QCoreApplication.translate("ExportDialog", "Interface language (العربية)"), lang)
    stored = QSettings().value(HEADERS_KEY, lang)
    box.setCurrentIndex(max(box.findData(stored), 0))
    box.currentIndexChanged.connect(lambda _i: QSettings().setValue(HEADERS_KEY, box.currentData()))
    return box
