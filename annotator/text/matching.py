"""Search-friendly folding of names and text: Arabic-aware, case-insensitive."""

from __future__ import annotations

import unicodedata

FOLD_VERSION = 2
"""Bump when :func:`fold` (or :func:`annotator.storage.claim_search.document`) gives different results: projects keep
folded copies of their claims for search (:mod:`annotator.storage.claim_search`), and fold them again on open when this
changes.  2: NUL is stored as U+FFFD."""

# Arabic letter variants that people type interchangeably.
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ک": "ك",
        "ی": "ي",
        "\u0640": None,  # tatweel
        "\u200c": None,  # ZWNJ
        "\u200d": None,  # ZWJ
    }
)


def fold(text: str) -> str:
    """Fold ``text`` for matching: no diacritics (tashkeel), alef/ya/ta-marbuta variants unified, casefolded."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).translate(_FOLD).casefold()


def matches(query: str, *candidates: str) -> bool:
    """True when the folded ``query`` occurs in any of the folded ``candidates``."""
    q = fold(query).strip()
    return not q or any(q in fold(c) for c in candidates)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """:func:`fold` of ``text``, and for each folded character the index of the character it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        piece = fold(ch) if not ch.isascii() else ch.lower()
        out.append(piece)
        where.extend([i] * len(piece))
    return "".join(out), where


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Code point spans of ``text`` where ``query`` occurs, ignoring diacritics, letter variants and case.

    A match covers whole characters of ``text`` and takes in the diacritics that follow its last letter.
    """
    q = fold(query).strip()
    if not q:
        return []
    folded, where = fold_with_map(text)
    spans = []
    pos = folded.find(q)
    while pos >= 0:
        start = where[pos]
        end = where[pos + len(q) - 1] + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        spans.append((start, end))
        pos = folded.find(q, pos + max(len(q), 1))
    return spans
