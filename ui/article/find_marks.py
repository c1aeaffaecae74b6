"""Find matches drawn as outlines around their glyphs, so they never look like a claim's fill.

Claims are filled in their sources' pastel colours (:mod:`annotator.text.palette`); a pale yellow find mark
was hard to tell from an amber claim.  An outline in a saturated colour that no palette uses reads as
"found" over any fill, and leaves the claim's colour visible inside it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument, QTextLayout

OUTLINE = "#d0007a"  # magenta: far from every pastel in the palette, and from the blue of the selection
WIDTH = 2.0
CURRENT_WIDTH = 3.5  # the match Enter went to
_RUNS = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
)


def match_rects(doc: QTextDocument, start: int, end: int) -> list[QRectF]:
    """The boxes around the glyphs of positions ``start..end`` (UTF-16), in document coordinates.

    One box per line and per run of one direction, so a match that crosses an Arabic/Latin boundary is
    outlined piece by piece where it is painted.
    """
    rects: list[QRectF] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        layout = block.layout()
        origin = layout.position()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            lo = max(start - block.position(), line.textStart())
            hi = min(end - block.position(), line.textStart() + line.textLength())
            if lo >= hi:
                continue
            pieces: list[tuple[float, float]] = []
            for run in line.glyphRuns(lo, hi - lo, _RUNS):
                advances = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())
                xs = [x for p, a in zip(run.positions(), advances, strict=False) for x in (p.x(), p.x() + a.x())]
                if xs:
                    pieces.append((min(xs), max(xs)))
            for left, right in _merged(pieces):
                rects.append(
                    QRectF(origin + QPointF(left, line.y()), QPointF(right, line.y() + line.height()) + origin)
                )
        block = block.next()
    return rects


def _merged(pieces: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for left, right in sorted(pieces):
        if out and left <= out[-1][1] + 0.5:
            out[-1] = (out[-1][0], max(out[-1][1], right))
        else:
            out.append((left, right))
    return out


class FindMarks:
    """The matches of the find bar in one document (UTF-16 ranges, in order) and how to paint them."""

    def __init__(self) -> None:
        self.ranges: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.current: int | None = None

    def set(self, ranges: list[tuple[int, int]], current: int | None = None) -> None:
        """Show ``ranges`` (sorted), the ``current``-th one drawn thicker."""
        self.ranges = ranges
        self._starts = [s for s, _ in ranges]
        self.current = current

    def paint(self, painter: QPainter, doc: QTextDocument, first: int, last: int, offset: QPointF) -> None:
        """Outline the matches that touch positions ``first..last`` (what the viewport shows); ``offset``
        turns document coordinates into the viewport's."""
        lo = max(bisect_left(self._starts, first) - 1, 0)
        hi = bisect_right(self._starts, last)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index in range(lo, hi):
            start, end = self.ranges[index]
            if end < first:
                continue
            width = CURRENT_WIDTH if index == self.current else WIDTH
            painter.setPen(QPen(QColor(OUTLINE), width))
            for rect in match_rects(doc, start, end):
                painter.drawRoundedRect(rect.translated(offset).adjusted(-1, 1, 1, -1), 3, 3)
