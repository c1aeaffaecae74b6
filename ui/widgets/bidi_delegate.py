"""Item delegate that lays each cell's text out in its own direction (Arabic right-to-left)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from annotator.text.direction import detect_direction


class BidiDelegate(QStyledItemDelegate):
    """Without this, an Arabic cell in a left-to-right table puts its full stop on the wrong side."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str) and text:
            rtl = detect_direction(text) == "rtl"
            option.direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            option.displayAlignment = horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
