"""Snapping a selection to whole words, knowing Arabic clitics and combining marks."""

from __future__ import annotations

import unicodedata

# Proclitics written attached to the next word: conjunctions و ف, prepositions ب ل ك, the article ال,
# and their usual combinations.  A selection that starts right after one of these keeps its start.
CLITICS = frozenset(
    {
        "و",
        "ف",
        "ب",
        "ل",
        "ك",
        "ال",
        "وال",
        "فال",
        "بال",
        "كال",
        "لل",
        "ولل",
        "فلل",
        "وب",
        "فب",
        "ول",
        "فل",
        "وك",
        "فك",
        "وبال",
        "فبال",
        "وكال",
        "س",
        "وس",
        "فس",
    }
)
_JOINERS = "\u200c\u200d\u0640"  # ZWNJ, ZWJ, tatweel
MIN_STEM = 3


def is_word_char(ch: str) -> bool:
    """Letters, digits, combining marks (tashkeel) and joiners are parts of a word."""
    return unicodedata.category(ch)[0] in "LMN" or ch in _JOINERS


def _bare(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.combining(ch) and ch not in _JOINERS)


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``start..end`` to whole words without taking in the neighbouring ones.

    White space at either edge is dropped (never extended over); a start inside a word moves
    to the word's start unless only clitics (و، ف، ب، ل، ال...) come before it; an end inside a
    word moves to the word's end, with its diacritics.  Combining marks are never split from
    their letter.
    """
    start, end = sorted((max(0, start), min(len(text), end)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    if is_word_char(text[start]):
        word_start = start
        while word_start > 0 and is_word_char(text[word_start - 1]):
            word_start -= 1
        word_end = start
        while word_end < len(text) and is_word_char(text[word_end]):
            word_end += 1
        lead = text[word_start:start]
        # A clitic boundary needs a stem of three letters or more after it: in كَتَبَ the ك is the root's.
        clitic = _bare(lead) in CLITICS and len(_bare(text[start:word_end])) >= MIN_STEM
        if lead and not clitic:
            start = word_start
    while start > 0 and unicodedata.combining(text[start]):
        start -= 1  # never begin on a mark orphaned from its letter
    if is_word_char(text[end - 1]):
        while end < len(text) and is_word_char(text[end]):
            end += 1
    return start, end
