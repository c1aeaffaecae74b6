"""Help → Keyboard shortcuts: every action of the window's action table that has a key, by its name there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from ui.main_window.action_table import ACTIONS

Index = QModelIndex | QPersistentModelIndex


class ShortcutsModel(QAbstractTableModel):
    """Rows of (action, keys)."""

    def __init__(self, actions: dict[str, QAction]) -> None:
        super().__init__()
        self._rows = [
            (
                spec.text.replace("&", "").replace("…", ""),
                ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in actions[spec.key].shortcuts()),
            )
            for spec in ACTIONS
            if actions[spec.key].shortcuts() and not spec.key.startswith("recent_")
        ]
        self._rows.append(("Mark with recent source 1–9", "1 … 9"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return ("Action", "Keys")[section]
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
        self.setWindowTitle("Keyboard shortcuts")
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
