"""Help → Keyboard shortcuts: every action of the window's action table that has a key, by its name there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from ui.i18n.language import current_language
from ui.i18n.layout_keys import with_arabic_letter
from ui.main_window.action_spec import translated
from ui.main_window.action_table import ACTIONS

Index = QModelIndex | QPersistentModelIndex


def _key_text(key: QKeySequence) -> str:
    """A key as the sheet shows it; in Arabic, a letter key also names the Arabic letter on it (N (ى))."""
    text = key.toString(QKeySequence.SequenceFormat.NativeText)
    return with_arabic_letter(text) if current_language() == "ar" else text


class ShortcutsModel(QAbstractTableModel):
    """Rows of (action, keys)."""

    def __init__(self, actions: dict[str, QAction]) -> None:
        super().__init__()
        self._rows = [
            (
                translated(spec.text).replace("&", "").replace("…", ""),
                ", ".join(_key_text(k) for k in actions[spec.key].shortcuts()),
            )
            for spec in ACTIONS
            if actions[spec.key].shortcuts() and not spec.key.startswith("recent_")
        ]
        digits = "1 … 9 (١ … ٩)" if current_language() == "ar" else "1 … 9"
        self._rows.append((self.tr("Mark with recent source 1–9"), digits))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Action"), self.tr("Keys"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None


class ShortcutsDialog(QDialog):
    """The shortcuts sheet."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        self.model = ShortcutsModel(actions)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
