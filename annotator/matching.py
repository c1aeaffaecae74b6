"""Search-friendly folding of names and text: Arabic-aware, case-insensitive."""

from __future__ import annotations

import unicodedata

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
