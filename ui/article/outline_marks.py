"""Marks drawn as outlines around glyphs, so they never look like a claim's fill: find matches and suggestions.

Claims are filled in their sources' pastel colours (:mod:`annotator.text.palette`); a pale yellow find mark
was hard to tell from an amber claim.  An outline in a saturated colour that no palette uses reads as
"found" over any fill, and leaves the claim's colour visible inside it.  Suggested attributions are dashed
outlines in a neutral slate: clearly not claims, and not find matches either.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument, QTextLayout

OUTLINE = "#d0007a"  # magenta: far from every pastel in the palette, and from the blue of the selection
WIDTH = 2.0
CURRENT_WIDTH = 3.5  # the match Enter went to


@dataclass(frozen=True)
class OutlineStyle:
    """How one kind of mark is outlined."""

    colour: str
    width: float
    current_width: float
    dashed: bool = False


FIND_STYLE = OutlineStyle(OUTLINE, WIDTH, CURRENT_WIDTH)
SUGGESTION_STYLE = OutlineStyle("#455a64", 1.5, 2.5, dashed=True)  # slate, dashed: a proposal, not a claim
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


class OutlineMarks:
    """Outlined ranges of one document (UTF-16, in order) and how to paint them."""

    def __init__(self, style: OutlineStyle = FIND_STYLE) -> None:
        self.style = style
        self.ranges: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.current: int | None = None

    def set(self, ranges: list[tuple[int, int]], current: int | None = None) -> None:
        """Show ``ranges``, the ``current``-th one drawn thicker."""
        order = sorted(range(len(ranges)), key=lambda i: ranges[i])
        self.ranges = [ranges[i] for i in order]
        current = order.index(current) if current is not None and 0 <= current < len(ranges) else None
        self._starts = [s for s, _ in self.ranges]
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
            pen = QPen(
                QColor(self.style.colour), self.style.current_width if index == self.current else self.style.width
            )
            if self.style.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in match_rects(doc, start, end):
                painter.drawRoundedRect(rect.translated(offset).adjusted(-1, 1, 1, -1), 3, 3)
