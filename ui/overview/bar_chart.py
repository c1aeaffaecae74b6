"""A horizontal bar chart of claims (per source, kind, quote type, outlet or label): counts and shares, each bar a
way into its claims (issue 18)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from annotator.review.overview_counts import Bar, Bars
from ui.overview.chart import KIND_COLOURS, PLAIN, QUOTE_COLOURS, SPECIAL, Chart, Mark

ROW = 26


class BarChart(Chart):
    """Bars largest first; ``name_of`` says what a bar is called in the interface (kinds translated...)."""

    def __init__(self, title: str, name_of: Callable[[Bar], str]) -> None:
        super().__init__(title)
        self.name_of = name_of
        self.data: Bars | None = None
        self.setObjectName("overviewBars")

    def set_data(self, data: Bars) -> None:
        """Show these numbers."""
        self.data = data
        self.setMinimumHeight(self.wanted_height(self.width()))
        self.update()

    def wanted_height(self, width: int) -> int:
        bars = len(self.data.bars) if self.data else 0
        return 90 + ROW * max(bars, 1)

    def colour(self, bar: Bar) -> QColor:
        """Sources by their kind, kinds and quote types by theirs, labels by their own colour."""
        if bar.special:
            return QColor(SPECIAL)
        if self.data is not None and self.data.dimension == "quote_type":
            return QColor(QUOTE_COLOURS.get(bar.label, PLAIN))
        if bar.kind is not None:
            return QColor(KIND_COLOURS.get(bar.kind, PLAIN))
        return QColor(bar.colour or PLAIN)

    def draw(self, painter: QPainter, size: QSize, rtl: bool) -> list[Mark]:
        width = float(size.width())
        data = self.data
        total = data.total if data else 0
        top = self.draw_title(painter, width, rtl, self.tr("%n claim(s)", "", total))
        if data is None or not data.bars:
            painter.drawText(QRectF(8, top, width - 16, ROW), self.start_alignment(rtl), self.tr("No claims to count"))
            return []
        metrics = QFontMetricsF(painter.font())
        names = [self.name_of(bar) for bar in data.bars]
        label_width = min(max(metrics.horizontalAdvance(n) for n in names) + 12, width * 0.35)
        count_width = max(metrics.horizontalAdvance(self.count_text(b.count, total)) for b in data.bars) + 12
        bar_space = max(width - label_width - count_width - 24, 40)
        largest = max(bar.count for bar in data.bars) or 1
        marks = []
        for i, (bar, name) in enumerate(zip(data.bars, names, strict=True)):
            y = top + i * ROW
            label = self.mirrored(QRectF(8, y, label_width - 8, ROW), width, rtl)
            painter.drawText(
                label,
                self.end_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter,
                self.elided(painter, name, label.width()),
            )
            length = max(bar_space * bar.count / largest, 2.0)
            body = self.mirrored(QRectF(8 + label_width, y + 4, length, ROW - 8), width, rtl)
            painter.fillRect(body, self.colour(bar))
            counted = self.count_text(bar.count, total)
            after = self.mirrored(QRectF(8 + label_width + length + 6, y, count_width, ROW), width, rtl)
            painter.drawText(after, self.start_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter, counted)
            row = QRectF(0, y, width, ROW)
            marks.append(Mark(row, bar.slice, f"{name}: {counted}"))
        return marks
