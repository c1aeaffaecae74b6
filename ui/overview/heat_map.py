"""The outlet x source heat map (issue 18): how often each outlet attributes claims to each of the top sources;
each cell a way into those claims."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from annotator.review.overview_counts import Matrix
from ui.i18n.numbers import number
from ui.overview.chart import Chart, Mark

CELL_W, CELL_H = 44, 26
ANGLE = 55.0


class HeatMap(Chart):
    """Rows are outlets, columns sources; a cell's shade grows with its count (square-root scale)."""

    def __init__(self, title: str, no_outlet: str) -> None:
        super().__init__(title)
        self.no_outlet = no_outlet
        self.data: Matrix | None = None
        self.setObjectName("overviewHeatMap")

    def set_data(self, data: Matrix) -> None:
        """Show these numbers."""
        self.data = data
        self.setMinimumHeight(self.wanted_height(self.width()))
        self.update()

    def _header(self) -> float:
        if not self.data or not self.data.sources:
            return 0.0
        metrics = QFontMetricsF(self.font())
        longest = max(min(metrics.horizontalAdvance(s.label), 180) for s in self.data.sources)
        return longest * math.sin(math.radians(ANGLE)) + 16

    def wanted_height(self, width: int) -> int:
        rows = len(self.data.outlets) if self.data else 0
        return int(80 + self._header() + CELL_H * max(rows, 1))

    def outlet_name(self, outlet: str) -> str:
        """An outlet as shown (articles naming none have a word of their own)."""
        return outlet or self.no_outlet

    def draw(self, painter: QPainter, size: QSize, rtl: bool) -> list[Mark]:
        width = float(size.width())
        data = self.data
        top = self.draw_title(painter, width, rtl)
        if data is None or not data.outlets or not data.sources:
            painter.drawText(
                QRectF(8, top, width - 16, CELL_H), self.start_alignment(rtl), self.tr("No claims to count")
            )
            return []
        metrics = QFontMetricsF(painter.font())
        names = [self.outlet_name(o) for o in data.outlets]
        label_width = min(max(metrics.horizontalAdvance(n) for n in names) + 14, width * 0.3)
        header = self._header()
        cell_w = min(CELL_W, max((width - label_width - 24) / len(data.sources), 18))
        grid_top = top + header
        largest = data.largest or 1
        marks = []
        for c, source in enumerate(data.sources):  # column headings, slanted, reading away from the grid
            centre = self.mirrored(QRectF(8 + label_width + c * cell_w, grid_top, cell_w, 1), width, rtl).center()
            painter.save()
            painter.translate(QPointF(centre.x(), grid_top - 4))
            painter.rotate(ANGLE if rtl else -ANGLE)
            room = header / math.sin(math.radians(ANGLE)) - 8
            text = self.elided(painter, source.label, room)
            # Read away from the grid: up and to the end side (left-to-right: from the column up to the right).
            box = QRectF(-room, -CELL_H / 2, room, CELL_H) if rtl else QRectF(0, -CELL_H / 2, room, CELL_H)
            align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
        for r, name in enumerate(names):
            y = grid_top + r * CELL_H
            label = self.mirrored(QRectF(8, y, label_width - 8, CELL_H), width, rtl)
            painter.drawText(
                label,
                self.end_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter,
                self.elided(painter, name, label.width()),
            )
            for c, source in enumerate(data.sources):
                n = data.counts[r][c]
                cell = self.mirrored(QRectF(8 + label_width + c * cell_w, y, cell_w - 1, CELL_H - 1), width, rtl)
                level = math.sqrt(n / largest)
                shade = QColor.fromRgbF(1 - 0.85 * level, 1 - 0.62 * level, 1 - 0.35 * level)
                painter.fillRect(cell, shade if n else QColor("#f4f4f4"))
                if n and metrics.horizontalAdvance(number(n)) < cell.width() - 2:
                    painter.save()
                    painter.setPen(QColor("white") if level > 0.55 else QColor("#222222"))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, number(n))
                    painter.restore()
                text = self.tr("{outlet} → {source}: %n claim(s)", "", n).format(outlet=name, source=source.label)
                marks.append(Mark(cell, data.cell(r, c), text))
        return marks
