"""Laying out a document paragraph by paragraph, each in the direction of its own letters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from annotator.direction import Direction, detect_direction

LAYOUT_DIRECTION = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}
ALIGNMENT = {
    "rtl": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    "ltr": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}


def set_paragraph_directions(doc: QTextDocument, default: Direction, line_height: float | None = None) -> None:
    """Give each paragraph the direction its letters show (neutral ones take ``default``), aligned to match.

    Qt would take a paragraph's direction from its first strong character, so an Arabic paragraph opening
    with "The Hill" would come out left-to-right.
    """
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        direction = detect_direction(block.text(), default)
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setLayoutDirection(LAYOUT_DIRECTION[direction])
        fmt.setAlignment(ALIGNMENT[direction])
        if line_height is not None:
            fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()
