"""From what the user selected to the span that is stored: one rule for claims, mentions and cues.

A selection made with the mouse is rough at its edges: a space, the quotation mark next to the first word,
the full stop after the last one, half a word.  :func:`span_to_store` turns the raw code point range into the
span to store:

1. whole characters: never a combining mark (tashkeel) without its letter;
2. outer white space, leading punctuation and final punctuation are dropped (a claim keeps a final ``?``,
   ``!`` or ``؟``, which say what kind of statement it is);
3. quotation marks and brackets come only in pairs: one at an edge whose partner is not in the selection is
   dropped; one inside whose partner sits right after (or before) the selection brings that partner in;
   a pair wrapping a whole mention or cue is dropped (a name is not quoted), a pair wrapping a claim is kept
   (the user took both marks);
4. with ``snap_words``, a word cut at either edge is completed (:func:`snap_to_words`, clitics known).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from annotator.text.snapping import is_word_char, snap_to_words

Kind = Literal["claim", "mention", "cue"]
KINDS: tuple[Kind, ...] = ("claim", "mention", "cue")

# Each opening mark and the marks that close it.  Typographic quotes are used both ways round in
# news text (the sample article closes “The Hill“ with the opening mark), so several marks do both.
PAIRS: dict[str, str] = {
    "“": "”“",
    "”": "”",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "‘": "’‘",
    "‚": "‘’",
    '"': '"',
    "'": "'",
    "(": ")",
    "[": "]",
    "{": "}",
}
CLOSERS = frozenset("".join(PAIRS.values()))
MARKS = frozenset(PAIRS) | CLOSERS
_MARK = re.compile("[" + re.escape("".join(sorted(MARKS))) + "]")
SEPARATORS = ".,،;؛:…۔"  # never at either edge of a stored span
SENTENCE_ENDS = "?!؟"  # dropped at the start of anything, and at the end of a mention or cue
_JOINERS = "\u200c\u200d"


def span_to_store(text: str, start: int, end: int, kind: Kind, *, snap_words: bool = True) -> tuple[int, int]:
    """The span to store for the selection ``start..end`` of ``text`` as a ``kind`` (claim, mention or cue).

    Order-insensitive and clamped to the text; the result is empty (``start == end``) when the selection
    holds no letter or digit.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    start, end = _whole_characters(text, start, end)
    start, end = _trim(text, start, end, kind)
    if snap_words and start < end:
        start, end = snap_to_words(text, start, end)
        start, end = _trim(text, start, end, kind)
    if not any(is_word_char(ch) for ch in text[start:end]):
        return start, start  # marks and punctuation only: nothing to store
    return _complete_pairs(text, start, end)


def _whole_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """Move a start that falls on a combining mark back to its letter; take in the marks after the end."""
    while 0 < start < len(text) and _is_mark(text[start]):
        start -= 1
    while start < end < len(text) and _is_mark(text[end]):
        end += 1
    return start, end


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _is_blank(ch: str) -> bool:
    """White space and invisible format characters (bidi marks, zero-width space), but not the joiners."""
    return ch.isspace() or (unicodedata.category(ch) in ("Cf", "Cc") and ch not in _JOINERS)


def _trim(text: str, start: int, end: int, kind: Kind) -> tuple[int, int]:
    """Drop outer blanks, punctuation and unpaired (or, for a mention or cue, wrapping) marks until none is left."""
    final = SEPARATORS if kind == "claim" else SEPARATORS + SENTENCE_ENDS
    while start < end:
        first, last = text[start], text[end - 1]
        if _is_blank(first) or first in SEPARATORS or first in SENTENCE_ENDS:
            start += 1
            continue
        if _is_blank(last) or last in final:
            end -= 1
            continue
        if not (_is_quote(text, start) or _is_quote(text, end - 1)):
            break
        pairs = _pairs(text, start, end)  # only when an edge is a mark: a long claim is scanned rarely
        if _is_quote(text, start) and start not in pairs:
            start += 1
        elif _is_quote(text, end - 1) and end - 1 not in pairs:
            end -= 1
        elif kind != "claim" and pairs.get(start) == end - 1:
            start, end = start + 1, end - 1
        else:
            break
    return start, end


def _complete_pairs(text: str, start: int, end: int) -> tuple[int, int]:
    """Bring in the partner of a mark left open inside the span when it sits just outside."""
    if start >= end:
        return start, end
    pairs = _pairs(text, start, end)
    unpaired = [i for i in _marks(text, start, end) if i not in pairs]
    openers = [i for i in unpaired if text[i] in PAIRS and _role(text, i) != "close"]
    closers = [i for i in unpaired if text[i] in CLOSERS and _role(text, i) != "open"]
    if openers and end < len(text) and text[end] in PAIRS[text[openers[-1]]] and _role(text, end) != "open":
        end += 1
    if (
        closers
        and start > 0
        and text[closers[0]] in PAIRS.get(text[start - 1], "")
        and _role(text, start - 1) != "close"
    ):
        start -= 1
    return start, end


def _is_quote(text: str, i: int) -> bool:
    """A quotation mark or bracket, not an apostrophe inside a word (don't, Reuters’s)."""
    ch = text[i]
    if ch not in MARKS:
        return False
    inside_word = 0 < i < len(text) - 1 and is_word_char(text[i - 1]) and is_word_char(text[i + 1])
    return not (inside_word and ch in "'’")


def _marks(text: str, start: int, end: int) -> list[int]:
    """Positions of the quotation marks and brackets in ``start..end`` (apostrophes left out)."""
    return [m.start() for m in _MARK.finditer(text, start, end) if _is_quote(text, m.start())]


def _role(text: str, i: int) -> Literal["open", "close", "either"]:
    """Whether the mark at ``i`` opens or closes, from what it can be and from the text on either side."""
    ch = text[i]
    can_open, can_close = ch in PAIRS, ch in CLOSERS
    if can_open != can_close:
        return "open" if can_open else "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    open_side = before.isspace() or before in PAIRS
    close_side = after.isspace() or after in CLOSERS or after in SEPARATORS or after in SENTENCE_ENDS
    if open_side and not close_side:
        return "open"
    if close_side and not open_side:
        return "close"
    return "either"


def _pairs(text: str, start: int, end: int) -> dict[int, int]:
    """The marks in ``start..end`` paired with their partners in the same range (both ways)."""
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for i in _marks(text, start, end):
        role = _role(text, i)
        closes_top = bool(stack) and text[i] in PAIRS[text[stack[-1]]]
        if role != "open" and closes_top:
            opener = stack.pop()
            pairs[opener], pairs[i] = i, opener
        elif role != "close" and text[i] in PAIRS:
            stack.append(i)
    return pairs
