"""The import preview: the text as it will be stored, its metadata, the encoding and the furniture to drop.

Nothing is stored here: the dialog returns a draft, which the caller stores through the
project.  Each paragraph is laid out in its own direction, as in the article view.
"""

from __future__ import annotations

import codecs
import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator import AnnotatorError
from annotator.importers.reading import ArticleDraft
from annotator.importers.text_file import COMMON_ENCODINGS
from annotator.text.direction import detect_direction, detect_language
from annotator.text.offsets import OffsetMap
from ui.article.paragraphs import LAYOUT_DIRECTION, set_paragraph_directions
from ui.i18n.core_text import error_text, say
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.vocabulary import direction_text, dot
from ui.widgets.fonts import article_font

Reread = Callable[[str], ArticleDraft]
"""Reads the same file again with the encoding given (for plain-text files)."""

_LANGUAGES = {
    "ar": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Arabic"),
    "fa": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Persian"),
    "ur": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Urdu"),
    "he": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Hebrew"),
    "en": QT_TRANSLATE_NOOP("ImportPreviewDialog", "English"),
}
_ENCODING_NAMES = {
    "utf_8": "UTF-8",
    "utf_8_sig": QT_TRANSLATE_NOOP("ImportPreviewDialog", "UTF-8 with BOM"),
    "utf_16": "UTF-16",
    "cp1256": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Windows-1256 — Arabic, Persian"),
    "iso8859_6": QT_TRANSLATE_NOOP("ImportPreviewDialog", "ISO-8859-6 — Arabic"),
    "cp1255": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Windows-1255 — Hebrew"),
    "iso8859_8": QT_TRANSLATE_NOOP("ImportPreviewDialog", "ISO-8859-8 — Hebrew"),
    "cp1252": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Windows-1252 — Western"),
    "latin_1": QT_TRANSLATE_NOOP("ImportPreviewDialog", "ISO-8859-1 — Western"),
    "iso8859_1": QT_TRANSLATE_NOOP("ImportPreviewDialog", "ISO-8859-1 — Western"),
}
_KINDS = {
    "text": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Text file"),
    "html": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Web page"),
    "docx": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Word document"),
    "clipboard": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Clipboard"),
}


def _codec_key(name: str) -> str:
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return name


def _line_edit(name: str, text: str | None, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text or "")
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


class ImportPreviewDialog(QDialog):
    """Shows a draft before it is stored; the user can fix metadata, pick the encoding, drop furniture."""

    def __init__(self, draft: ArticleDraft, parent: QWidget | None = None, reread: Reread | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import — {name}").format(name=self._source_name(draft)))
        self.resize(900, 700)
        self._draft = draft
        self._reread = reread

        stem = None if draft.kind == "clipboard" else Path(draft.source).stem
        self.title = _line_edit(
            "titleEdit",
            draft.title,
            self.tr("Title (empty: “{stem}”, the file's name)").format(stem=stem) if stem else self.tr("Title"),
        )
        self.outlet = _line_edit("outletEdit", draft.outlet, self.tr("Outlet or site name"))
        self.url = _line_edit("urlEdit", draft.url, "https://…")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.published = _line_edit("publishedEdit", draft.published, self.tr("YYYY-MM-DD"))
        self.published.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for edit in (self.title, self.outlet):
            edit.textChanged.connect(lambda text, e=edit: self._align(e, text))
            self._align(edit, edit.text())

        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingCombo")
        self.encoding_warning = QLabel()
        self.encoding_warning.setObjectName("encodingWarning")
        self.encoding_warning.setWordWrap(True)
        self.encoding_warning.setStyleSheet("color: #8a4b00;")
        encoding_row = QWidget()
        row = QHBoxLayout(encoding_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.encoding)
        row.addWidget(self.encoding_warning, 1)

        self.furniture = QCheckBox()
        self.furniture.setObjectName("removeFurniture")
        self.furniture.toggled.connect(self._render)

        self.preview = QTextEdit()
        self.preview.setObjectName("importPreviewText")
        self.preview.setReadOnly(True)
        self.preview.setFont(article_font(13))
        self.info = QLabel()
        self.info.setObjectName("importInfo")
        self.error = QLabel()
        self.error.setObjectName("importError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Outlet"), self.outlet)
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("Published"), self.published)
        self._encoding_label = QLabel(self.tr("Encoding"))
        form.addRow(self._encoding_label, encoding_row)

        # Parented now, so that setDefault() below registers Import as the dialog's default button.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        source = QLabel(f"{self.tr(_KINDS[draft.kind])}: {self._source_name(draft)}")
        source.setToolTip(draft.source)
        source.setObjectName("importSource")
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(self.furniture)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fill_encodings(draft)
        self.encoding.currentIndexChanged.connect(self._encoding_chosen)
        self._show_draft(draft)
        self.furniture.setChecked(bool(draft.furniture))
        self.preview.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.preview.setFocus()  # Enter imports (the default button), Escape cancels

    # -- public ------------------------------------------------------------------

    @property
    def draft(self) -> ArticleDraft:
        """The draft as read (in the encoding chosen), before the user's edits."""
        return self._draft

    def result_draft(self) -> ArticleDraft:
        """The draft to store: furniture removed if chosen, metadata as edited."""
        draft = self._draft.without_furniture() if self.furniture.isChecked() else self._draft
        return dataclasses.replace(
            draft,
            title=self.title.text().strip() or None,
            outlet=self.outlet.text().strip() or None,
            url=self.url.text().strip() or None,
            published=self.published.text().strip() or None,
        )

    # -- building ------------------------------------------------------------------

    @staticmethod
    def _source_name(draft: ArticleDraft) -> str:
        return "clipboard" if draft.kind == "clipboard" else Path(draft.source).name

    @staticmethod
    def _align(edit: QLineEdit, text: str) -> None:
        rtl = detect_direction(text, "rtl") == "rtl"
        edit.setLayoutDirection(LAYOUT_DIRECTION["rtl" if rtl else "ltr"])

    def _fill_encodings(self, draft: ArticleDraft) -> None:
        shown = draft.kind in ("text", "html") and draft.encoding is not None
        self.encoding.setVisible(shown)
        self._encoding_label.setVisible(shown)
        self.encoding_warning.setVisible(shown and not draft.encoding_confident)
        if not shown:
            return
        names: list[str] = []
        keys: set[str] = set()
        for name in (draft.encoding or "utf_8", *draft.encoding_alternatives, *COMMON_ENCODINGS):
            key = _codec_key(name)
            if key not in keys:
                keys.add(key)
                names.append(name)
        self.encoding.blockSignals(True)
        self.encoding.clear()
        for i, name in enumerate(names):
            label = self.tr(_ENCODING_NAMES.get(_codec_key(name), name))
            label = self.tr("{encoding} (detected)").format(encoding=label) if i == 0 else label
            self.encoding.addItem(label, name)
        self.encoding.blockSignals(False)
        self.encoding_warning.setText(
            self.tr("The encoding is a guess: if the text below looks wrong, choose another encoding.")
        )

    def _show_draft(self, draft: ArticleDraft) -> None:
        self._draft = draft
        n = len(draft.furniture)
        self.furniture.setVisible(n > 0)
        self.furniture.setText(self.tr("Remove %n line(s) of site furniture (struck through in red below)", "", n))
        self.furniture.setToolTip("\n".join(f"{say(line.reason)}: {line.text}" for line in draft.furniture.lines))
        self._render()

    def _render(self) -> None:
        draft = self._draft
        doc = QTextDocument(self.preview)
        doc.setDefaultFont(self.preview.font())
        doc.setPlainText(draft.text)
        article_direction = draft.direction or detect_direction(draft.text)
        set_paragraph_directions(doc, "rtl" if article_direction == "rtl" else "ltr")
        if self.furniture.isChecked():
            cursor = QTextCursor(doc)
            offsets = OffsetMap(draft.text)
            struck = QTextCharFormat()
            struck.setFontStrikeOut(True)
            struck.setForeground(QColor("#b00020"))
            struck.setBackground(QColor("#fde7e9"))
            for line in draft.furniture.lines:
                start, end = offsets.range_to_utf16(line.start, line.end)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(struck)
        self.preview.setDocument(doc)
        stored = self.result_draft().text
        language = draft.language or detect_language(stored)
        language_name = self.tr(_LANGUAGES[language]) if language in _LANGUAGES else language
        self.info.setText(
            self.tr("%n character(s)", "", len(stored))
            + dot()
            + self.tr("%n line(s)", "", stored.count(chr(10)) + 1)
            + f"{dot()}{direction_text(article_direction)}{dot()}"
            + (language_name or self.tr("language unknown"))
            + (f"{dot()}{draft.encoding}" if draft.encoding else "")
        )

    # -- reacting ------------------------------------------------------------------

    def _encoding_chosen(self, index: int) -> None:
        name = self.encoding.itemData(index)
        if self._reread is None or not isinstance(name, str) or name == self._draft.encoding:
            return
        try:
            draft = self._reread(name)
        except AnnotatorError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.import_button.setEnabled(False)
            return
        self.error.hide()
        self.import_button.setEnabled(True)
        keep_furniture = self.furniture.isChecked()
        label = self.tr(_ENCODING_NAMES.get(_codec_key(name), name))
        self.encoding_warning.setText(
            self.tr("Shown as {encoding}. Check the text before importing.").format(encoding=label)
        )
        self._show_draft(dataclasses.replace(draft, encoding_confident=True))
        if not self.title.isModified():
            self.title.setText(draft.title or "")
        self.furniture.setChecked(keep_furniture and bool(draft.furniture))

    def _accept(self) -> None:
        published = self.published.text().strip()
        if published:
            try:
                date.fromisoformat(published)
            except ValueError:
                self.error.setText(
                    self.tr("Published date “{date}” is not a date like 2024-06-20.").format(date=published)
                )
                self.error.show()
                self.published.setFocus()
                return
        self.accept()
