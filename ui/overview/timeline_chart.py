"""Claims over time (issue 18): stacked columns per week or month of the articles' publication, split by source
kind or quote type; each column part a way into its claims."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from annotator.review.overview_trends import Timeline
from ui.i18n.numbers import date_text, number
from ui.overview.chart import KIND_COLOURS, PLAIN, QUOTE_COLOURS, Chart, Mark

LEGEND = 22


class TimelineChart(Chart):
    """Columns in time order (right to left in the Arabic interface); ``name_of`` names a series."""

    def __init__(self, title: str, name_of: Callable[[str], str]) -> None:
        super().__init__(title)
        self.name_of = name_of
        self.data: Timeline | None = None
        self.setObjectName("overviewTimeline")

    def set_data(self, data: Timeline) -> None:
        """Show these numbers."""
        self.data = data
        self.update()

    def wanted_height(self, width: int) -> int:
        return 420

    def colour(self, key: str) -> QColor:
        table = KIND_COLOURS if self.data is not None and self.data.split == "kind" else QUOTE_COLOURS
        return QColor(table.get(key, PLAIN))

    def draw(self, painter: QPainter, size: QSize, rtl: bool) -> list[Mark]:
        width, height = float(size.width()), float(size.height())
        data = self.data
        note = self.tr("%n claim(s) of undated articles not shown", "", data.undated) if data and data.undated else ""
        top = self.draw_title(painter, width, rtl, note)
        if data is None or not data.starts:
            painter.drawText(QRectF(8, top, width - 16, 24), self.start_alignment(rtl), self.tr("No dated claims"))
            return []
        metrics = QFontMetricsF(painter.font())
        x = 8.0  # the legend, in reading order
        for key in data.series:
            name = self.name_of(key)
            swatch = self.mirrored(QRectF(x, top + 5, 12, 12), width, rtl)
            painter.fillRect(swatch, self.colour(key))
            place = self.mirrored(QRectF(x + 16, top, metrics.horizontalAdvance(name) + 4, LEGEND), width, rtl)
            painter.drawText(place, Qt.AlignmentFlag.AlignVCenter | self.start_alignment(rtl), name)
            x += 16 + metrics.horizontalAdvance(name) + 18
        top += LEGEND + 8
        axis = metrics.height() + 8
        scale_width = metrics.horizontalAdvance(number(max(map(sum, data.counts)))) + 10
        plot = QRectF(8 + scale_width, top, width - 24 - scale_width, height - top - axis - 8)
        largest = max(max(map(sum, data.counts)), 1)
        painter.save()
        painter.setPen(QColor("#999999"))
        for fraction in (0.0, 0.5, 1.0):  # the scale, on the start side
            y = plot.bottom() - plot.height() * fraction
            painter.drawLine(
                self.mirrored(QRectF(plot.left(), y, plot.width(), 0), width, rtl).topLeft(),
                self.mirrored(QRectF(plot.left(), y, plot.width(), 0), width, rtl).topRight(),
            )
            label = self.mirrored(QRectF(4, y - 10, scale_width, 20), width, rtl)
            painter.drawText(
                label, self.end_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter, number(round(largest * fraction))
            )
        painter.restore()
        step = plot.width() / len(data.starts)
        every = max(1, int((metrics.horizontalAdvance(date_text(data.starts[0])) + 12) // step) + 1)
        marks = []
        for i, start in enumerate(data.starts):
            x0 = plot.left() + i * step
            y = plot.bottom()
            for j, key in enumerate(data.series):
                n = data.counts[i][j]
                if not n:
                    continue
                tall = plot.height() * n / largest
                part = self.mirrored(QRectF(x0 + step * 0.1, y - tall, max(step * 0.8, 1.0), tall), width, rtl)
                painter.fillRect(part, self.colour(key))
                text = self.tr("{period} · {series}: %n claim(s)", "", n).format(
                    period=date_text(start), series=self.name_of(key)
                )
                marks.append(Mark(part, data.cell(i, j), text))
                y -= tall
            if i % every == 0:
                label = self.mirrored(
                    QRectF(x0 - step * every / 2 + step / 2, plot.bottom() + 4, step * every, axis), width, rtl
                )
                painter.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, date_text(start))
        return marks
