"""Item delegate that lays each cell's text out in its own direction (Arabic right-to-left) and keeps colour
swatches true on selected rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from annotator.text.direction import detect_direction


def swatch(colour: QColor, size: QSize) -> QIcon:
    """A square of ``colour`` that looks the same on a selected row (Qt tints icons with the selection
    colour there, so an amber source would show olive)."""
    pixmap = QPixmap(size)
    pixmap.fill(colour)
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


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
        colour = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(colour, QColor):
            option.icon = swatch(colour, option.decorationSize)
