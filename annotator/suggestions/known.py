"""Where the project's known sources (names and aliases) occur in an article, matched with the app's folding."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.suggestions.document import TOKEN_PATTERN, WORD, Document, fold_word
from annotator.suggestions.model import KnownSource

_PROCLITICS = "وفبلك"


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold_word(m.group(2)) for m in TOKEN_PATTERN.finditer(name) if m.group(2))


def _variants(key: str) -> list[str]:
    """The word itself and the word without one Arabic proclitic (وبوتين, لبوتين, للرئيس -> الرئيس)."""
    out = [key]
    if len(key) > 3 and key[0] in _PROCLITICS:
        out.append(key[1:])
        if key.startswith("لل"):
            out.append("ا" + key[1:])
    return out


class KnownMatches:
    """For each token that starts a known name: the source and the token after the name."""

    def __init__(self, doc: Document, sources: Sequence[KnownSource]) -> None:
        self.at: dict[int, tuple[KnownSource, int]] = {}
        self.clitic: set[int] = set()
        """Tokens where a known name starts after a proclitic (لرويترز, وبوتين)."""
        table: dict[str, list[tuple[tuple[str, ...], KnownSource]]] = {}
        for source in sources:
            for name in source.names():
                words = _words(name)
                if words and sum(len(w) for w in words) >= 2:
                    table.setdefault(words[0], []).append((words, source))
        for entries in table.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        if not table:
            return
        for i, t in enumerate(doc.toks):
            if t.kind != WORD:
                continue
            for first in _variants(t.key):
                for words, source in table.get(first, ()):
                    end = self._match(doc, i, words)
                    if end:
                        self.at[i] = (source, end)
                        if first != t.key:
                            self.clitic.add(i)
                        break
                if i in self.at:
                    break

    @staticmethod
    def _match(doc: Document, i: int, words: tuple[str, ...]) -> int:
        """The token after ``words`` matched from token ``i`` (quotation marks between words skipped), or 0."""
        toks = doc.toks
        k = i + 1
        for word in words[1:]:
            while k < len(toks) and toks[k].kind != WORD and toks[k].key not in ".,،:;!?؟":
                k += 1
            if k >= len(toks) or toks[k].key != word:
                return 0
            k += 1
        return k

    def within(self, i: int, j: int) -> tuple[KnownSource, int, int] | None:
        """The first known name inside tokens [i, j): its source and token span."""
        for k in range(i, j):
            hit = self.at.get(k)
            if hit is not None and hit[1] <= j:
                return hit[0], k, hit[1]
        return None
