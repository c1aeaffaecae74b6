"""The one place that converts between Qt's UTF-16 positions and code point offsets.

Stored offsets are Unicode code point indices into the article's stored text.
Qt counts UTF-16 code units, so every character outside the Basic Multilingual
Plane (emoji, some CJK, mathematical letters) counts twice there.  Nothing else
in the product does this arithmetic: the UI asks an :class:`OffsetMap`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Maps positions in one text between UTF-16 code units and code points.

    Building the map is O(n) once per text; each conversion is O(log k) for
    k characters outside the BMP, so it stays cheap on a 1 MB article.
    """

    __slots__ = ("_astral_cp", "_astral_u16", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        astral = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        self._astral_cp = astral
        # UTF-16 start of the k-th astral character: its code point index plus k earlier extra units.
        self._astral_u16 = [cp + k for k, cp in enumerate(astral)]
        self.length = len(text)
        self.utf16_length = len(text) + len(astral)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code point offset ``cp`` (0..len(text))."""
        if not 0 <= cp <= self.length:
            raise ValueError(f"code point offset {cp} outside 0..{self.length}")
        return cp + bisect_left(self._astral_cp, cp)

    def to_code_point(self, u16: int, *, round_up: bool = False) -> int:
        """Code point offset of UTF-16 position ``u16`` (0..utf16_length).

        A position inside a surrogate pair belongs to that character: it maps to
        the character's start, or to its end with ``round_up`` (use it for the
        end of a range so the range never splits a character).
        """
        if not 0 <= u16 <= self.utf16_length:
            raise ValueError(f"UTF-16 position {u16} outside 0..{self.utf16_length}")
        before = bisect_right(self._astral_u16, u16 - 2)  # astral characters wholly before u16
        inside = before < len(self._astral_u16) and self._astral_u16[before] == u16 - 1
        cp = u16 - before
        if inside:
            cp = u16 - before - 1 + (1 if round_up else 0)
        return cp

    def range_to_code_points(self, start_u16: int, end_u16: int) -> tuple[int, int]:
        """Code point range covering the UTF-16 range (order-insensitive, never splits a character)."""
        lo, hi = sorted((start_u16, end_u16))
        return self.to_code_point(lo), self.to_code_point(hi, round_up=True)

    def range_to_utf16(self, start: int, end: int) -> tuple[int, int]:
        """UTF-16 range of the code point range ``start..end``."""
        return self.to_utf16(start), self.to_utf16(end)


def utf16_length(text: str) -> int:
    """Number of UTF-16 code units in ``text``."""
    return OffsetMap(text).utf16_length
