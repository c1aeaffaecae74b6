"""How claims look in the text: fill colours blended where claims overlap."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat

UNATTRIBUTED = "#d5d8dc"


@dataclass(frozen=True)
class HighlightSpan:
    """One claim as the article view draws it (code point offsets)."""

    id: int
    start: int
    end: int
    colour: str
    tooltip: str


def blend(colours: list[str]) -> QColor:
    """Mean of the colours, darkened a little for each extra layer so overlaps stand out."""
    qs = [QColor(c) for c in colours]
    r = sum(c.red() for c in qs) / len(qs)
    g = sum(c.green() for c in qs) / len(qs)
    b = sum(c.blue() for c in qs) / len(qs)
    factor = 0.88 ** (len(qs) - 1)
    return QColor(int(r * factor), int(g * factor), int(b * factor))


def segment_format(spans: list[HighlightSpan]) -> QTextCharFormat:
    """The character format of a piece of text covered by ``spans``."""
    fmt = QTextCharFormat()
    fmt.setBackground(blend([s.colour for s in spans]))
    if len(spans) > 1:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor("#37474f"))
    return fmt
