"""Laying out a document paragraph by paragraph, each in the direction of its own letters."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from annotator.text.direction import Direction, detect_direction

LAYOUT_DIRECTION = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}
ALIGNMENT = {
    "rtl": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    "ltr": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}


def _direction_format(direction: Direction, base: QTextBlockFormat | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat() if base is None else QTextBlockFormat(base)
    fmt.setLayoutDirection(LAYOUT_DIRECTION[direction])
    fmt.setAlignment(ALIGNMENT[direction])
    return fmt


def set_block_layout(doc: QTextDocument, direction: Direction, line_height: float | None = None) -> None:
    """Give every paragraph ``direction`` (and the line height, in per cent) in one step."""
    fmt = _direction_format(direction)
    if line_height is not None:
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(fmt)


def settle_directions(doc: QTextDocument, default: Direction, numbers: Iterable[int]) -> None:
    """Turn the paragraphs ``numbers`` whose letters are mostly of the other direction to that direction.

    Qt would take a paragraph's direction from its first strong character, so an Arabic paragraph opening
    with "The Hill" would come out left-to-right.  Paragraphs without strong letters keep ``default``.
    """
    cursor = QTextCursor(doc)
    for number in numbers:
        block = doc.findBlockByNumber(number)
        direction = detect_direction(block.text(), default)
        if direction != default:
            cursor.setPosition(block.position())
            cursor.setBlockFormat(_direction_format(direction, block.blockFormat()))


def set_paragraph_directions(doc: QTextDocument, default: Direction, line_height: float | None = None) -> None:
    """Give each paragraph the direction its letters show (neutral ones take ``default``), aligned to match."""
    set_block_layout(doc, default, line_height)
    settle_directions(doc, default, range(doc.blockCount()))


def block_starts(doc: QTextDocument) -> list[int]:
    """The UTF-16 position where each paragraph starts, in order."""
    starts = []
    block = doc.begin()
    while block.isValid():
        starts.append(block.position())
        block = block.next()
    return starts
