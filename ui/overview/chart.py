"""What every Overview chart shares (issue 18): drawn with QPainter (text shaped by Qt, so Arabic joins and reads
right-to-left), clickable marks, tooltips, and export as PNG at print resolution and as SVG.

A chart draws itself into any painter (:meth:`Chart.draw`): the widget's, a 300 dpi image's or an SVG
generator's, so the exported picture is the one on screen.  Each mark it draws is a :class:`Mark` (its
rectangle, the :class:`~annotator.review.overview.Slice` it stands for, and what it says); a click on one
emits ``chosen``.  Right-to-left (the Arabic interface) mirrors the layout, never the text.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.review.overview import Slice
from ui.i18n.numbers import number
from ui.overview.picture import PRINT_DPI, write_png, write_svg

KIND_COLOURS = {
    "person": "#4e79a7",
    "organization": "#59a14f",
    "media": "#f28e2b",
    "government": "#e15759",
    "document": "#76b7b2",
    "anonymous": "#9c755f",
    "other": "#bab0ac",
}
QUOTE_COLOURS = {"direct": "#4e79a7", "indirect": "#f28e2b", "mixed": "#59a14f", "unmarked": "#bab0ac"}
PLAIN = "#5b7ba6"
SPECIAL = "#9aa5b1"


class Mark(NamedTuple):
    """A drawn bar, cell or node: where it is, which claims it stands for, and what its tooltip says."""

    rect: QRectF
    slice: Slice
    text: str


class Chart(QWidget):
    """A chart widget; subclasses implement :meth:`draw` (and :meth:`set_data`)."""

    chosen = Signal(object, str)  # the Slice of the mark clicked, and what it is (for the claims panel)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.marks: list[Mark] = []
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(320, 240))

    # -- what subclasses provide ----------------------------------------------------------------

    def draw(self, painter: QPainter, size: QSize, rtl: bool) -> list[Mark]:
        """Draw the chart in a ``size`` area from (0, 0); returns its marks."""
        raise NotImplementedError

    def wanted_height(self, width: int) -> int:
        """The height the chart needs at ``width`` (the scroll area gives it that much)."""
        return 360

    # -- helpers for subclasses ------------------------------------------------------------------

    @staticmethod
    def mirrored(rect: QRectF, width: float, rtl: bool) -> QRectF:
        """``rect`` laid out left-to-right, placed for the direction (mirrored in a right-to-left chart)."""
        if not rtl:
            return rect
        return QRectF(width - rect.right(), rect.top(), rect.width(), rect.height())

    @staticmethod
    def start_alignment(rtl: bool) -> Qt.AlignmentFlag:
        """Text aligned where reading starts (absolute: a right-to-left painter would swap it back)."""
        return (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute

    @staticmethod
    def end_alignment(rtl: bool) -> Qt.AlignmentFlag:
        """Text aligned where reading ends (absolute, as :meth:`start_alignment`)."""
        return (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignAbsolute

    def draw_title(self, painter: QPainter, width: float, rtl: bool, note: str = "") -> float:
        """The chart's title (and a note under it); returns the height used."""
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.save()
        painter.setFont(font)
        height = QFontMetricsF(font).height() + 6
        painter.drawText(
            QRectF(8, 4, width - 16, height), self.start_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter, self.title
        )
        painter.restore()
        if note:
            line = QFontMetricsF(painter.font()).height() + 2
            painter.save()
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(8, 4 + height, width - 16, line), self.start_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter, note
            )
            painter.restore()
            height += line
        return height + 8

    @staticmethod
    def elided(painter: QPainter, text: str, width: float) -> str:
        """``text`` cut with an ellipsis to fit ``width``."""
        return QFontMetricsF(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, width)

    @staticmethod
    def count_text(count: int, total: int) -> str:
        """ "1,234 (12%)" in the interface's digits."""
        share = 100 * count / total if total else 0.0
        return f"{number(count)} ({number(round(share, 1))}%)"

    # -- the widget --------------------------------------------------------------------------------

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setFont(self.font())
        painter.setLayoutDirection(self.layoutDirection())
        self.marks = self.draw(painter, self.size(), self._rtl())
        painter.end()

    def mark_at(self, point: QPointF) -> Mark | None:
        """The mark under ``point`` (the last drawn wins)."""
        return next((m for m in reversed(self.marks) if m.rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        mark = self.mark_at(event.position())
        if mark is not None and event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(mark.slice, mark.text)
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if self.mark_at(event.position()) else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self.mark_at(QPointF(event.pos()))
            if mark is not None:
                QToolTip.showText(event.globalPos(), mark.text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- export -------------------------------------------------------------------------------------

    def export_size(self) -> QSize:
        """The picture's size in screen pixels (96 per inch): the widget's width, the height it needs."""
        width = max(self.width(), 640)
        return QSize(width, max(self.wanted_height(width), 240))

    def export_png(self, path: Path, dpi: int = PRINT_DPI) -> Path:
        """Write the chart as a PNG at ``dpi`` (print resolution: 300)."""
        size = self.export_size()
        return write_png(path, size, lambda painter, scale: self._paint_export(painter, size, scale), dpi)

    def export_svg(self, path: Path) -> Path:
        """Write the chart as SVG (vector: any resolution)."""
        size = self.export_size()
        return write_svg(path, size, self.title, lambda painter, scale: self._paint_export(painter, size, scale))

    def _paint_export(self, painter: QPainter, size: QSize, scale: float) -> None:
        painter.scale(scale, scale)
        painter.setFont(self.font())
        painter.setLayoutDirection(self.layoutDirection())
        self.draw(painter, size, self._rtl())
