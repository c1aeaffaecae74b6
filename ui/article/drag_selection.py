"""A mouse drag selects the characters it passed over, whichever direction each run of text goes.

Qt's own hit test gives the caret position nearest the mouse: the half of a glyph decides, so a drag that
starts on the left half of an Arabic و leaves the و out, and one that ends on the right half of “ takes
the mark in.  Where an Arabic line holds a Latin run (صحيفة “The Hill“.) it goes wrong at the run's edges:
the caret position before T is drawn, and hit, at the Arabic side of the name; the right half of the
closing mark (next to T) hits the end of the paragraph, past the full stop; even Qt's "character under
the mouse" answers the closing mark over the full stop.  And an end over "The" hits a position inside the
name, so Qt selects "صحيفة “Th", painted as two separate pieces.

Here every character whose glyph lies between the press and the mouse (on the lines between, everything
from the press to the line's end and from the line's start to the mouse) is taken, and the selection is
the smallest range of the text holding all of them: each character the user pointed at is in, whole,
and a name in the other script is never cut where the two runs meet.  Positions are Qt's (UTF-16).
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLayout, QTextLine

_RUNS = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
)
_INF = float("inf")


class Cluster(NamedTuple):
    """One character as the cursor moves over it (a letter with its marks, a ligature's letters, an emoji)."""

    start: int  # document positions, UTF-16
    end: int
    left: float  # the glyph's extent, in the paragraph layout's coordinates
    right: float


class LineSpot(NamedTuple):
    """A point of the document on a line of text."""

    block: QTextBlock
    line: QTextLine
    x: float  # in the paragraph layout's coordinates

    @property
    def key(self) -> tuple[int, int]:
        """Orders lines as the text does."""
        return self.block.blockNumber(), self.line.lineNumber()

    @property
    def right_to_left(self) -> bool:
        return self.block.textDirection() == Qt.LayoutDirection.RightToLeft

    @property
    def line_start(self) -> int:
        return self.block.position() + self.line.textStart()

    @property
    def line_end(self) -> int:
        return self.line_start + self.line.textLength()


def line_clusters(block: QTextBlock, line: QTextLine) -> list[Cluster]:
    """The characters of one laid-out line, in text order, each with the extent of its glyphs."""
    layout = block.layout()
    first = line.textStart()
    stops = [p for p in range(first, first + line.textLength() + 1) if layout.isValidCursorPosition(p)]
    clusters: list[Cluster] = []
    for a, b in pairwise(stops):
        xs: list[float] = []
        for run in line.glyphRuns(a, b - a, _RUNS):
            advances = run.rawFont().advancesForGlyphIndexes(run.glyphIndexes())
            for point, advance in zip(run.positions(), advances, strict=False):
                xs += [point.x(), point.x() + advance.x()]
        if not xs:
            continue
        here = Cluster(block.position() + a, block.position() + b, min(xs), max(xs))
        previous = clusters[-1] if clusters else None
        if previous is not None and here.left == here.right and here.left in (previous.left, previous.right):
            clusters[-1] = previous._replace(end=here.end)  # the second letter of a ligature (لا) has no width
        else:
            clusters.append(here)
    return clusters


def _overlaps(cluster: Cluster, lo: float, hi: float) -> bool:
    if cluster.left == cluster.right:
        return lo <= cluster.left <= hi
    return max(lo, cluster.left) < min(hi, cluster.right)


class DragSelection:
    """The selection of one drag, from the press point to wherever the mouse is (document coordinates)."""

    def __init__(self, doc: QTextDocument, press: QPointF) -> None:
        self._doc = doc
        self._clusters: dict[tuple[int, int], list[Cluster]] = {}  # the layout does not change during a drag
        self._press = self.spot(press)

    def spot(self, point: QPointF) -> LineSpot | None:
        """The line under ``point`` (the nearest one above or below a gap), or None in an empty document."""
        position = self._doc.documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)
        block = self._doc.findBlock(max(position, 0))
        layout = block.layout() if block.isValid() else None
        if layout is None or layout.lineCount() == 0:
            return None
        y = point.y() - layout.position().y()
        line = layout.lineAt(layout.lineCount() - 1)
        for n in range(layout.lineCount()):
            candidate = layout.lineAt(n)
            if y < candidate.y() + candidate.height():
                line = candidate
                break
        return LineSpot(block, line, point.x() - layout.position().x())

    def clusters(self, spot: LineSpot) -> list[Cluster]:
        """The characters of the line at ``spot`` (measured once per drag)."""
        if spot.key not in self._clusters:
            self._clusters[spot.key] = line_clusters(spot.block, spot.line)
        return self._clusters[spot.key]

    def range_to(self, point: QPointF) -> tuple[int, int] | None:
        """The positions ``start..end`` of the characters swept from the press to ``point``, or None."""
        here = self.spot(point)
        if self._press is None or here is None:
            return None
        if here.key == self._press.key:
            lo, hi = sorted((self._press.x, here.x))
            swept = [c for c in self.clusters(here) if _overlaps(c, lo, hi)]
            return (min(c.start for c in swept), max(c.end for c in swept)) if swept else None
        first, last = sorted((self._press, here), key=lambda s: s.key)
        # From the first point to its line's end (leftwards in a right-to-left paragraph), and from the last
        # line's start (its right edge there) to the last point.
        tail = (-_INF, first.x) if first.right_to_left else (first.x, _INF)
        head = (last.x, _INF) if last.right_to_left else (-_INF, last.x)
        starts = [c.start for c in self.clusters(first) if _overlaps(c, *tail)]
        ends = [c.end for c in self.clusters(last) if _overlaps(c, *head)]
        start = min(starts) if starts else first.line_end
        end = max(ends) if ends else last.line_start
        return (start, end) if start < end else None
