"""Progress (issue 18): articles to do, in progress and done, and claims per annotator per highlighting session;
each bar a way into its claims."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from annotator.review.overview import Slice
from annotator.review.overview_trends import Progress
from ui.i18n.numbers import date_text, number
from ui.i18n.vocabulary import status_text
from ui.overview.chart import KIND_COLOURS, PLAIN, Chart, Mark

ROW = 26
STATUS_COLOURS = {"todo": "#bab0ac", "in_progress": "#f28e2b", "done": "#59a14f"}


class ProgressChart(Chart):
    """One stacked bar of the articles by status, then a bar per session (newest last)."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.data: Progress | None = None
        self.setObjectName("overviewProgress")

    def set_data(self, data: Progress) -> None:
        """Show these numbers."""
        self.data = data
        self.setMinimumHeight(self.wanted_height(self.width()))
        self.update()

    def wanted_height(self, width: int) -> int:
        sessions = len(self.data.sessions) if self.data else 0
        return 170 + ROW * max(sessions, 1)

    def draw(self, painter: QPainter, size: QSize, rtl: bool) -> list[Mark]:
        width = float(size.width())
        data = self.data
        top = self.draw_title(painter, width, rtl)
        if data is None:
            return []
        marks = []
        articles = sum(n for _s, n in data.statuses) or 1
        x = 8.0
        for status, n in data.statuses:  # one bar, in reading order: to do, in progress, done
            if not n:
                continue
            long = (width - 16) * n / articles
            part = self.mirrored(QRectF(x, top, long, ROW + 6), width, rtl)
            painter.fillRect(part, QColor(STATUS_COLOURS.get(status, PLAIN)))
            text = self.tr("{status}: %n article(s)", "", n).format(status=status_text(status))
            if QFontMetricsF(painter.font()).horizontalAdvance(text) < long - 8:
                painter.drawText(part, Qt.AlignmentFlag.AlignCenter, text)
            marks.append(Mark(part, Slice(status=status), text))
            x += long
        top += ROW + 24
        heading = QRectF(8, top, width - 16, ROW)
        painter.drawText(
            heading, self.start_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter, self.tr("Claims made per session")
        )
        top += ROW
        if not data.sessions:
            painter.drawText(
                QRectF(8, top, width - 16, ROW), self.start_alignment(rtl), self.tr("No highlighting sessions")
            )
            return marks
        metrics = QFontMetricsF(painter.font())
        names = [f"{s.annotator or '—'} · {date_text(s.started, with_time=True)}" for s in data.sessions]
        label_width = min(max(metrics.horizontalAdvance(n) for n in names) + 12, width * 0.45)
        largest = max(s.claims for s in data.sessions) or 1
        space = width - label_width - 90
        for i, (session, name) in enumerate(zip(data.sessions, names, strict=True)):
            y = top + i * ROW
            label = self.mirrored(QRectF(8, y, label_width - 8, ROW), width, rtl)
            painter.drawText(
                label,
                self.end_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter,
                self.elided(painter, name, label.width()),
            )
            long = max(space * session.claims / largest, 2.0)
            body = self.mirrored(QRectF(8 + label_width, y + 4, long, ROW - 8), width, rtl)
            painter.fillRect(body, QColor(KIND_COLOURS["person"]))
            after = self.mirrored(QRectF(8 + label_width + long + 6, y, 80, ROW), width, rtl)
            painter.drawText(after, self.start_alignment(rtl) | Qt.AlignmentFlag.AlignVCenter, number(session.claims))
            text = self.tr("{session}: %n claim(s)", "", session.claims).format(session=name)
            marks.append(Mark(QRectF(0, y, width, ROW), session.slice, text))
        return marks
