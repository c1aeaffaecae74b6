"""Editing one source: name, kind, aliases in any script, colour."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from annotator import Source
from annotator.storage.models import SOURCE_KINDS
from ui.i18n.vocabulary import kind_text


class SourceDialog(QDialog):
    """Form for a new or existing source; read the answer from ``name()``, ``kind()``, ``aliases()``, ``colour()``."""

    def __init__(self, source: Source | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(self.tr("Edit source") if source else self.tr("New source"))
        self.name_edit = QLineEdit(source.name if source else "")
        self.name_edit.setObjectName("sourceName")
        self.kind_box = QComboBox()
        for kind in SOURCE_KINDS:
            self.kind_box.addItem(kind_text(kind), kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData(source.kind if source else "other"))
        self.aliases_edit = QPlainTextEdit("\n".join(source.aliases) if source else "")
        self.aliases_edit.setObjectName("sourceAliases")
        self.aliases_edit.setPlaceholderText(
            self.tr("One alias per line, in any script: بوتين / فلاديمير بوتين / Vladimir Putin")
        )
        self._colour = source.colour if source else ""
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Aliases:"), self.aliases_edit)
        form.addRow(self.tr("Colour:"), self.colour_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def name(self) -> str:
        """The name typed."""
        return self.name_edit.text()

    def kind(self) -> str:
        """The kind chosen."""
        return str(self.kind_box.currentData())

    def aliases(self) -> list[str]:
        """The aliases, one per non-empty line."""
        return [line.strip() for line in self.aliases_edit.toPlainText().splitlines() if line.strip()]

    def colour(self) -> str | None:
        """The colour chosen (None: let the project pick one)."""
        return self._colour or None

    def set_colour(self, colour: str) -> None:
        """Choose a colour (#rrggbb)."""
        self._colour = colour
        self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setText(self._colour or self.tr("automatic"))
        if self._colour:
            self.colour_button.setStyleSheet(f"background-color: {self._colour};")

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour or "#ffd166"), self, self.tr("Highlight colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())
