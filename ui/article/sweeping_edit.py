"""A read-only text edit whose mouse drags select the characters swept over, and whose edits never scroll."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from ui.article.drag_selection import DragSelection


class SweepingTextEdit(QTextEdit):
    """QTextEdit with drag selection by :class:`DragSelection` and selection changes that keep the scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drag: DragSelection | None = None  # the mouse drag selecting now, if any

    def collapse_selection(self) -> None:
        """Drop the selection (so the new highlight shows), keeping the cursor and what the user reads where
        they were (Qt would scroll a half-shown last line into view)."""
        cursor = self.textCursor()
        cursor.clearSelection()
        with self.keeping_scroll():
            self.setTextCursor(cursor)

    @contextmanager
    def keeping_scroll(self) -> Iterator[None]:
        """Whatever happens inside, the view shows the same part of the text afterwards."""
        h, v = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        try:
            yield
        finally:
            self.horizontalScrollBar().setValue(h)
            self.verticalScrollBar().setValue(v)

    # -- the mouse ---------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        plain_left = event.button() == Qt.MouseButton.LeftButton and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if plain_left and self.textCursor().hasSelection():
            self.collapse_selection()  # a press in the selection starts a new one, never a drag of the text
        super().mousePressEvent(event)
        starts = plain_left and not self.textCursor().hasSelection()  # not a triple click's paragraph
        self._drag = DragSelection(self.document(), self._in_document(event.position())) if starts else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self._in_document(event.position())  # where the event meant, before Qt scrolls for it
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._follow_drag(point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = self._in_document(event.position())
        with self.keeping_scroll():  # Qt would scroll a half-shown last line into view as the drag ends
            super().mouseReleaseEvent(event)
            if event.button() == Qt.MouseButton.LeftButton:
                self._follow_drag(point)
                self._drag = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None  # from a double click on, Qt selects whole words
        super().mouseDoubleClickEvent(event)

    def _in_document(self, point: QPointF) -> QPointF:
        bar = self.horizontalScrollBar()
        dx = bar.maximum() - bar.value() if self.isRightToLeft() else bar.value()
        return QPointF(point.x() + dx, point.y() + self.verticalScrollBar().value())

    def _follow_drag(self, point: QPointF) -> None:
        """Replace the selection Qt made from the drag by the characters swept over up to ``point`` (in the
        document); Qt's own selection still decides whether there is one at all, so a click stays a click."""
        cursor = self.textCursor()
        if self._drag is None or not cursor.hasSelection():
            return
        swept = self._drag.range_to(point)
        if swept is None:
            return
        forward = cursor.anchor() < cursor.position()
        anchor, position = swept if forward else (swept[1], swept[0])
        if (cursor.anchor(), cursor.position()) != (anchor, position):
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            with self.keeping_scroll():  # Qt scrolled as the mouse asked already; a half-shown line stays so
                self.setTextCursor(cursor)
