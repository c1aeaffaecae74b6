"""A mention's source: its canonical name (the person, not the title; the outlet without "وكالة") and kind."""

from __future__ import annotations

from annotator.suggestions.document import WORD
from annotator.suggestions.lexicon import LanguageLexicon
from annotator.suggestions.mentions import (
    COMMAS,
    KIND_OF_CATEGORY,
    Mentions,
    Span,
    is_definite,
    is_nisba,
    phrase_at,
    phrase_tokens,
)

_EN_DETERMINERS = frozenset({"the", "a", "an"})
_EN_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for"})


def _segments(m: Mentions, span: Span) -> list[Span]:
    """``span`` cut at its commas (outside quotation marks)."""
    doc = m.doc
    out: list[Span] = []
    start, k = span[0], span[0]
    while k < span[1]:
        if doc.is_opener(k) and doc.partner[k] < span[1]:
            k = doc.partner[k] + 1
            continue
        if doc.key(k) in COMMAS:
            if k > start:
                out.append((start, k))
            start = k + 1
        k += 1
    if span[1] > start:
        out.append((start, span[1]))
    return out


class Namer:
    """Names and kinds of the sources mentioned in one document."""

    def __init__(self, mentions: Mentions) -> None:
        self.m = mentions
        self.doc = mentions.doc
        self._cache: dict[tuple[str, bool, bool], tuple[str, str]] = {}

    def raw(self, i: int, j: int, skip_parentheses: bool = True) -> str:
        """The words of tokens [i, j) as written, one space between them (parentheses left out)."""
        doc = self.doc
        words: list[str] = []
        depth = 0
        for t in doc.toks[i:j]:
            if t.key == "(":
                depth += 1
            elif t.key == ")":
                depth = max(0, depth - 1)
            elif t.kind == WORD and not (skip_parentheses and depth):
                words.append(doc.text[t.s : t.e])
        return " ".join(words)

    def _quoted(self, span: Span) -> Span | None:
        doc = self.doc
        for k in range(*span):
            if doc.is_opener(k) and doc.partner[k] < span[1] and doc.partner[k] > k + 1:
                return k + 1, doc.partner[k]
        return None

    def source(self, span: Span, lang: LanguageLexicon, clitic: bool = False) -> tuple[str, str]:
        """(canonical name, kind) of the source that the mention ``span`` names."""
        doc = self.doc
        key = (doc.text[doc.toks[span[0]].s : doc.toks[span[1] - 1].e], lang is self.m.ar, clitic)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._source(span, lang, clitic)
        return cached

    def _source(self, span: Span, lang: LanguageLexicon, clitic: bool) -> tuple[str, str]:
        m = self.m
        hit = m.known.within(*span)
        if hit is not None:
            known, _, _ = hit
            kind = known.kind if known.kind != "other" else self._guess(span, lang)[1]
            return known.name, kind
        name, kind = self._guess(span, lang)
        if clitic and name[:1] == "ل" and lang is m.ar:
            name = ("ا" + name[1:]) if name.startswith("لل") else name[1:]
        return name, kind

    def _guess(self, span: Span, lang: LanguageLexicon) -> tuple[str, str]:
        if lang is self.m.en:
            return self._en_guess(span, lang)
        m = self.m
        segments = _segments(m, span) or [span]
        seg = segments[0]
        category = self._category(seg, lang)
        anonymous = self._anonymous(span, lang)
        if category in ("outlet", "media"):
            return self._outlet(seg, lang, english=False), "media"
        if category in ("organization", "government", "place", "document"):
            quoted = self._quoted(seg)
            name = self.raw(*quoted) if quoted else self.raw(*seg)
            return name, "anonymous" if anonymous else KIND_OF_CATEGORY[category]
        if category == "anonymous" or anonymous:
            return self.raw(span[0], span[1], skip_parentheses=False), "anonymous"
        if category == "title" or len(segments) > 1:
            for s in segments:
                if not self._titled(s, lang):
                    return self._person(s, lang, english=False) or self.raw(*s), "person"
            return self._person(seg, lang, english=False) or self.raw(*seg), "person"
        return self._person(seg, lang, english=False, titled=False) or self.raw(*seg), "person"

    def _en_guess(self, span: Span, lang: LanguageLexicon) -> tuple[str, str]:
        """English: the noun phrase's head is its last word ("the Italian government", "a senior official")."""
        m, doc = self.m, self.doc
        segments = _segments(m, span) or [span]
        seg = segments[0]
        for k in range(*span):
            words = phrase_at(doc, k, lang.heads["outlet"]) if doc.is_word(k) else 0
            if words:
                return self.raw(k, phrase_tokens(doc, k, words)), "media"
        last = next((k for k in range(seg[0] + 1, seg[1]) if doc.key(k) in _EN_PREPOSITIONS), seg[1]) - 1
        while last > seg[0] and not doc.is_word(last):
            last -= 1
        head = None
        for k in range(seg[0], last + 1):
            found = m.head(k, lang)
            if found is not None and k + found[1] - 1 == last:
                head = found[0]
                break
        first = seg[0]
        while first < seg[1] and doc.key(first) in _EN_DETERMINERS:
            first += 1
        if self._anonymous(span, lang) or head == "anonymous":
            return self._en_full(span), "anonymous"
        if head in ("media", "organization", "government", "document"):
            if head == "media":
                return self._outlet(seg, lang, english=True), "media"
            return self._en_full((first, seg[1])), KIND_OF_CATEGORY[head]
        for s in segments:
            name = self._person(s, lang, english=True)
            if name:
                return name, "person"
        return self.raw(first, seg[1]), "person"

    def _category(self, seg: Span, lang: LanguageLexicon) -> str | None:
        """The lexicon category of an Arabic mention's head (its first word), or "outlet" if it names one."""
        m, doc = self.m, self.doc
        head = m.head(seg[0], lang, strip=True)
        if head is not None:
            return head[0]
        for k in range(*seg):
            if doc.is_word(k) and phrase_at(doc, k, lang.heads["outlet"]):
                return "outlet"
        return None

    def _anonymous(self, span: Span, lang: LanguageLexicon) -> bool:
        doc = self.doc
        if lang is self.m.en:
            text = " ".join(doc.words(*span))
            return any(" ".join(p) in text for seqs in lang.phrases["anonymity_phrases"].values() for p in seqs)
        return any(lang.has("anonymity_ends", doc.key(k)) for k in range(*span))

    def _titled(self, seg: Span, lang: LanguageLexicon) -> bool:
        """An Arabic segment that describes rather than names (a title, a relative clause)."""
        doc = self.doc
        k = seg[0]
        head = self.m.head(k, lang)
        return lang.has("relative_pronouns", doc.key(k)) or (head is not None and head[0] in ("title", "anonymous"))

    def _outlet(self, seg: Span, lang: LanguageLexicon, english: bool) -> str:
        m, doc = self.m, self.doc
        quoted = self._quoted(seg)
        if quoted:
            return self.raw(*quoted)
        for k in range(*seg):
            length = phrase_at(doc, k, lang.heads["outlet"]) if doc.is_word(k) else 0
            if length:
                return self.raw(k, phrase_tokens(doc, k, length))
        if english:
            kept = [
                k
                for k in range(*seg)
                if doc.is_word(k) and doc.key(k) not in _EN_DETERMINERS and doc.key(k) not in lang.heads["media"]
            ]
            return self.raw(kept[0], kept[-1] + 1) if kept else self.raw(*seg)
        head = m.head(seg[0], lang, strip=True)
        rest = seg[0] + (head[1] if head else 1)
        end = seg[1]
        while end > rest and is_nisba(doc.key(end - 1)):
            end -= 1
        if end <= rest or is_definite(doc.key(rest)):
            return self.raw(*seg)
        return self.raw(rest, end)

    def _en_full(self, span: Span) -> str:
        doc = self.doc
        return doc.text[doc.toks[span[0]].s : doc.toks[span[1] - 1].e]

    def _person(self, seg: Span, lang: LanguageLexicon, english: bool, titled: bool = True) -> str | None:
        """The name in "وزير الخارجية أنتوني بلينكن" / "ECB President Christine Lagarde" (None if only a title).

        ``titled=False``: an Arabic description whose head the lexicon does not know ("عالم الزلازل التركي مراد
        أوزتورك"): a name is taken only after a definite word of that description.
        """
        doc, m = self.doc, self.m
        words = [k for k in range(*seg) if doc.is_word(k)]
        if english:
            cut = next((n for n, k in enumerate(words) if doc.key(k) in ("of", "at", "from") and n > 0), None)
            if cut is not None:
                before = self._person((seg[0], words[cut]), lang, english)
                if before:
                    return before
            caps: list[int] = []
            for k in reversed(words):
                raw = doc.text[doc.toks[k].s : doc.toks[k].e]
                if raw[:1].isupper() and not lang.has("titles", doc.key(k)) and doc.key(k) not in _EN_DETERMINERS:
                    caps.append(k)
                elif caps:
                    break
            return self.raw(caps[-1], caps[0] + 1) if caps else None
        head = m.head(seg[0], lang)
        if titled and (head is None or head[0] != "title"):
            return None
        if not titled and (head is not None or len(words) < 3):
            return None
        words = [k for k in words if k >= seg[0] + (head[1] if head else 1)]
        keys = [doc.key(k) for k in words]
        run: list[int] = []
        idx = len(words) - 1
        if idx >= 1 and is_definite(keys[idx]) and not is_definite(keys[idx - 1]) and self.name_word(words[idx - 1]):
            run.append(idx)
            idx -= 1
        while idx >= 0 and not is_definite(keys[idx]) and self.name_word(words[idx]):
            run.append(idx)
            idx -= 1
        if not any(not is_definite(keys[r]) for r in run):
            return None
        if not titled and (idx < 0 or not is_definite(keys[idx])):
            return None
        return self.raw(words[run[-1]], words[run[0]] + 1)

    def name_word(self, k: int) -> bool:
        """An Arabic word that can be part of a personal name (not a lexicon head or function word)."""
        m = self.m
        key = self.doc.key(k)
        return not m.is_function_word(key, m.ar) and m.head(k, m.ar) is None and not key.isdigit()
