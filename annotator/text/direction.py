"""Writing direction of articles and paragraphs, from the letters they hold."""

from __future__ import annotations

import unicodedata
from typing import Literal

Direction = Literal["rtl", "ltr"]

_RTL_CLASSES = frozenset({"R", "AL"})


class _StrongLetters(dict[int, str | None]):
    """``str.translate`` table: a strong right-to-left letter becomes "R", a left-to-right one "L", others go.

    Filled on first sight of each character, so counting a 1 MB article runs at C speed after its first
    few hundred distinct characters.
    """

    def __missing__(self, code: int) -> str | None:
        bidi = unicodedata.bidirectional(chr(code))
        value = "R" if bidi in _RTL_CLASSES else "L" if bidi == "L" else None
        self[code] = value
        return value


_STRONG = _StrongLetters()


def count_strong(text: str) -> tuple[int, int]:
    """Number of strong right-to-left and left-to-right letters in ``text``."""
    letters = text.translate(_STRONG)
    rtl = letters.count("R")
    return rtl, len(letters) - rtl


def detect_direction(text: str, default: Direction = "ltr") -> Direction:
    """``"rtl"`` when right-to-left letters (Arabic, Hebrew, Persian, Urdu...) dominate.

    Unlike the Unicode "first strong character" rule, a paragraph that starts
    with a Latin name ("The Hill قالت...") is still right-to-left when most of
    its letters are.  Text without strong letters gets ``default``.
    """
    rtl, ltr = count_strong(text)
    if rtl == ltr == 0:
        return default
    return "rtl" if rtl >= ltr else "ltr"


def paragraph_directions(text: str, article_direction: Direction) -> list[Direction]:
    """Direction of each ``\\n``-separated paragraph; neutral ones follow the article."""
    return [detect_direction(p, article_direction) for p in text.split("\n")]


def detect_language(text: str) -> str | None:
    """A rough ISO 639-1 guess from the script: ``ar``, ``fa``, ``ur``, ``he``, ``en`` or None."""
    rtl, ltr = count_strong(text)
    if rtl == ltr == 0:
        return None
    if rtl < ltr:
        return "en" if sum(ch.isascii() and ch.isalpha() for ch in text) >= ltr * 0.9 else None
    hebrew = sum("\u0590" <= ch <= "\u05ff" for ch in text)
    if hebrew * 2 > rtl:
        return "he"
    # Letters used by Urdu (ٹ ڈ ڑ ں ے ھ) and Persian (پ چ ژ گ ک ی) but not by Arabic.
    urdu = sum(ch in "ٹڈڑںےھ" for ch in text)
    persian = sum(ch in "پچژگکی" for ch in text)
    if urdu > 0.01 * rtl:
        return "ur"
    if persian > 0.02 * rtl:
        return "fa"
    return "ar"
