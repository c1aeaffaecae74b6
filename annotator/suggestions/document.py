"""An article cut into tokens, sentences, paragraphs and paired quotation marks, with code point offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from annotator.text.matching import fold

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
TOKEN_PATTERN = re.compile(
    rf"(\n)|([^\W_][\w{_MARKS}]*(?:['’\-][^\W_][\w{_MARKS}]*)*)|(\S)",
)
DOUBLE_QUOTES = frozenset('"“”„‟″')
SINGLE_QUOTES = frozenset("‘’'")
OPEN_GUILLEMETS = frozenset("«‹")
CLOSE_GUILLEMETS = frozenset("»›")
QUOTES = DOUBLE_QUOTES | SINGLE_QUOTES | OPEN_GUILLEMETS | CLOSE_GUILLEMETS
SENTENCE_ENDS = frozenset(".!?؟…")
WORD, QUOTE, PUNCT = "w", "q", "p"


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """:func:`annotator.text.matching.fold` of one word, cached (news repeats its words)."""
    return fold(word)


class Token:
    """A word, a quotation mark or a punctuation mark: its span, folded text, and where it sits."""

    __slots__ = ("e", "key", "kind", "latin", "para", "s")

    def __init__(self, s: int, e: int, key: str, kind: str, para: int) -> None:
        self.s, self.e, self.key, self.kind, self.para = s, e, key, kind, para
        self.latin = kind == WORD and "a" <= key[0] <= "z"

    def __repr__(self) -> str:
        return f"Token({self.s}, {self.e}, {self.key!r})"


class Document:
    """Tokens of ``text`` with sentence and paragraph boundaries and quotation mark pairs."""

    def __init__(self, text: str, abbreviations: frozenset[str] = frozenset()) -> None:
        self.text = text
        toks: list[Token] = []
        append, fold_ = toks.append, fold_word
        para = 0
        for m in TOKEN_PATTERN.finditer(text):
            group = m.lastindex
            if group == 1:
                para += 1
            elif group == 2:
                append(Token(m.start(), m.end(), fold_(m.group(2)), WORD, para))
            else:
                ch = m.group(3)
                append(Token(m.start(), m.end(), ch, QUOTE if ch in QUOTES else PUNCT, para))
        self.toks = toks
        self.partner: dict[int, int] = {}
        self._pair_quotes()
        self.sent_start: list[int] = []
        self.sent_end: list[int] = []
        self._split_sentences(abbreviations)

    # -- quotation marks -------------------------------------------------------------------

    def _pair_quotes(self) -> None:
        toks, text = self.toks, self.text
        stack: list[tuple[str, int]] = []
        para = -1
        for i, t in enumerate(toks):
            if t.kind != QUOTE:
                continue
            if t.para != para:
                stack, para = [], t.para
            ch = t.key
            if ch in OPEN_GUILLEMETS:
                stack.append(("g", i))
                continue
            if ch in CLOSE_GUILLEMETS:
                self._close(stack, "g", i)
                continue
            family = "d" if ch in DOUBLE_QUOTES else "s"
            if family == "s":
                before = text[t.s - 1] if t.s else " "
                after = text[t.e] if t.e < len(text) else " "
                opening = not before.isalnum() and (after.isalnum())
                closing = not after.isalnum()
                if not any(f == "s" for f, _ in stack):
                    if opening:
                        stack.append(("s", i))
                    continue
                if closing:
                    self._close(stack, "s", i)
                continue
            if any(f == "d" for f, _ in stack):
                self._close(stack, "d", i)
            else:
                stack.append(("d", i))

    def _close(self, stack: list[tuple[str, int]], family: str, i: int) -> None:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == family:
                opener = stack[depth][1]
                del stack[depth:]
                self.partner[opener] = i
                self.partner[i] = opener
                return

    def is_opener(self, i: int) -> bool:
        """True when token ``i`` opens a quotation that closes in the same paragraph."""
        return self.partner.get(i, -1) > i

    def is_closer(self, i: int) -> bool:
        """True when token ``i`` closes a quotation."""
        return -1 < self.partner.get(i, len(self.toks)) < i

    # -- sentences ---------------------------------------------------------------------------

    def _ends_sentence(self, i: int, abbreviations: frozenset[str]) -> bool:
        toks, text = self.toks, self.text
        t = toks[i]
        if t.key not in SENTENCE_ENDS:
            return False
        if t.key == ".":
            before = text[t.s - 1] if t.s else " "
            after = text[t.e] if t.e < len(text) else " "
            if before.isdigit() and after.isdigit():
                return False
            prev = toks[i - 1] if i else None
            if (
                prev is not None
                and prev.latin
                and prev.e == t.s
                and (prev.key in abbreviations or (len(prev.key) == 1 and text[prev.s].isupper()))
            ):
                return False
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.latin and text[nxt.s].islower() and nxt.para == t.para:
                return False
        return True

    def _split_sentences(self, abbreviations: frozenset[str]) -> None:
        toks = self.toks
        open_until = -1  # inside a quotation (closed in this paragraph) up to this token
        start = 0
        para = toks[0].para if toks else 0
        partner = self.partner
        for i, t in enumerate(toks):
            if t.para != para:
                para = t.para
                if start < i:
                    self._add_sentence(start, i)
                    start = i
            if t.kind == WORD:
                continue
            if partner.get(i, -1) > max(i, open_until):
                open_until = self.partner[i]
            if i < open_until:
                continue
            if i == open_until and i and toks[i - 1].key in SENTENCE_ENDS and self._quote_ends_sentence(i):
                self._add_sentence(start, i + 1)
                start = i + 1
                continue
            if self._ends_sentence(i, abbreviations):
                end = i + 1
                while (
                    end < len(toks)
                    and toks[end].para == t.para
                    and (toks[end].key in SENTENCE_ENDS or self.is_closer(end))
                ):
                    end += 1
                self._add_sentence(start, end)
                start = end
                open_until = max(open_until, end - 1)
        if start < len(toks):
            self._add_sentence(start, len(toks))

    def _quote_ends_sentence(self, closer: int) -> bool:
        """'"We are ready." Officials said': a closing mark after a full stop ends the sentence, unless what
        follows continues it (a comma, a lower-case word: '"Go." he said')."""
        toks = self.toks
        nxt = toks[closer + 1] if closer + 1 < len(toks) else None
        if nxt is None or nxt.para != toks[closer].para:
            return True
        return not (nxt.key in ",،" or (nxt.latin and self.text[nxt.s].islower()))

    def _add_sentence(self, start: int, end: int) -> None:
        if end <= start:
            return
        self.sent_start.append(start)
        self.sent_end.append(end)

    # -- helpers --------------------------------------------------------------------------

    def sentence(self, i: int) -> int:
        """The number of the sentence holding token ``i``."""
        return bisect_right(self.sent_start, i) - 1

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The token range [start, end) of the sentence holding token ``i``."""
        n = bisect_right(self.sent_start, i) - 1
        return self.sent_start[n], self.sent_end[n]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Code point span of tokens ``i`` .. ``j - 1``."""
        return self.toks[i].s, self.toks[j - 1].e

    def words(self, i: int, j: int) -> list[str]:
        """Folded words of tokens ``i`` .. ``j - 1`` (punctuation and quotation marks left out)."""
        return [t.key for t in self.toks[i:j] if t.kind == WORD]

    def key(self, i: int) -> str:
        """Folded text of token ``i``, or "" outside the text."""
        return self.toks[i].key if 0 <= i < len(self.toks) else ""

    def is_word(self, i: int) -> bool:
        """True when token ``i`` exists and is a word."""
        return 0 <= i < len(self.toks) and self.toks[i].kind == WORD

    def paragraphs(self) -> list[tuple[int, int]]:
        """The token range [start, end) of every paragraph, in order."""
        out: list[tuple[int, int]] = []
        start = 0
        for i in range(1, len(self.toks) + 1):
            if i == len(self.toks) or self.toks[i].para != self.toks[i - 1].para:
                out.append((start, i))
                start = i
        return out
