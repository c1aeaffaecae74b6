"""How claims look in the text: fills blended where claims overlap; mentions underlined, cues dotted."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, NamedTuple

from PySide6.QtGui import QColor, QTextCharFormat

UNATTRIBUTED = "#d5d8dc"
Role = Literal["claim", "mention", "cue", "unmatched"]


class HighlightSpan(NamedTuple):
    """One piece of a claim as the article view draws it (code point offsets).

    ``role`` is the claim's content, its source's mention, or the reporting cue; in compare mode,
    ``unmatched`` is a claim only one of the two annotators has (filled, with a red wavy underline).
    A named tuple: an article makes thousands at once.
    """

    id: int  # the claim's id
    start: int
    end: int
    colour: str
    tooltip: str
    role: Role = "claim"


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
    return _format_for(tuple((s.role, s.colour) for s in spans))


@lru_cache(maxsize=4096)
def _format_for(layers: tuple[tuple[Role, str], ...]) -> QTextCharFormat:
    """The format of a piece of text under these (role, colour) layers; an article repeats few combinations."""
    spans = [HighlightSpan(0, 0, 0, colour, "", role) for role, colour in layers]
    fmt = QTextCharFormat()
    claims = [s for s in spans if s.role in ("claim", "unmatched")]
    if claims:
        fmt.setBackground(blend([s.colour for s in claims]))
    mention = next((s for s in spans if s.role == "mention"), None)
    cue = next((s for s in spans if s.role == "cue"), None)
    if any(s.role == "unmatched" for s in spans):
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("#c0392b"))
    elif mention is not None:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(mention.colour).darker(220))
        fmt.setFontWeight(600)
    elif cue is not None:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor("#37474f"))
        fmt.setFontItalic(True)
    elif len(claims) > 1:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(QColor("#37474f"))
    return fmt
