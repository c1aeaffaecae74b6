"""Source mentions: how far the noun phrase naming a source reaches, and the source's name and kind.

Arabic: the phrase after a reporting verb ("قال رئيس جمعية حماية المستهلك السعودية ناصر التويم أن") or the
subject before it ("مايا كوسيانيتش، المتحدثة باسم أشتون، نفت أن"); English: the subject before the verb or
the phrase after it ('"...," said Anna Weber, chief economist at Deka Bank').
"""

from __future__ import annotations

from annotator.suggestions.document import QUOTE, WORD, Document
from annotator.suggestions.known import KnownMatches
from annotator.suggestions.lexicon import LanguageLexicon, Lexicon, Phrases

Span = tuple[int, int]
"""A token range [start, end)."""

CATEGORY_ORDER = ("outlet", "media", "government", "organization", "anonymous", "title", "document", "place")
KIND_OF_CATEGORY = {
    "outlet": "media",
    "media": "media",
    "government": "government",
    "organization": "organization",
    "anonymous": "anonymous",
    "title": "person",
    "document": "document",
    "place": "government",
}
COMMAS = frozenset("،,")
_MAX_NP = 14
_EMPHATICS = frozenset({"نفسه", "نفسها", "ذاته", "ذاتها", "انفسهم", "ذاتهم", "نفسهم"})
""""المصادر ذاتها", "الوزير نفسه": part of the noun phrase they follow."""
_AND_HE = frozenset({"وهو", "وهي", "وهم", "وهما"})
"""", وهو صاحب متجر في غزة،": a description of the speaker, like a relative clause."""


def phrase_match(doc: Document, i: int, table: Phrases, key: str | None = None) -> tuple[str, ...] | None:
    """The longest phrase of ``table`` starting at word token ``i`` (``key``: its first word as looked up)."""
    first = key if key is not None else doc.key(i)
    for words in table.get(first, ()):
        k, ok = i + 1, True
        for word in words[1:]:
            while k < len(doc.toks) and doc.toks[k].kind == QUOTE:
                k += 1
            if doc.key(k) != word:
                ok = False
                break
            k += 1
        if ok:
            return words
    return None


def phrase_at(doc: Document, i: int, table: Phrases, key: str | None = None) -> int:
    """Length in words of the longest phrase of ``table`` starting at word token ``i`` (0 if none)."""
    words = phrase_match(doc, i, table, key)
    return len(words) if words else 0


def phrase_tokens(doc: Document, i: int, words: int) -> int:
    """The token after ``words`` words counted from token ``i`` (quotation marks between them skipped)."""
    k, seen = i, 0
    while k < len(doc.toks) and seen < words:
        if doc.toks[k].kind == WORD:
            seen += 1
        k += 1
    return k


def without_proclitic(key: str) -> list[str]:
    """``key`` and, for a longer Arabic word, the word without و/ف/ل/ب (للمصادر -> المصادر)."""
    out = [key]
    if len(key) > 3 and key[0] in "وفلب":
        out.append("ا" + key[1:] if key.startswith("لل") else key[1:])
    return out


def is_nisba(key: str) -> bool:
    """An Arabic relational adjective with the article (الروسي، الإسرائيلية، السعوديين)."""
    return key.startswith("ال") and key.endswith(("ي", "يه", "يين", "يون", "يان"))


def nisba_shaped(key: str) -> bool:
    """A relational adjective or nationality, with or without the article (أوروبية، أمريكيين، الروسي)."""
    return len(key) >= 4 and key.endswith(("ي", "يه", "يين", "يون", "يان"))


def is_definite(key: str) -> bool:
    """An Arabic word with the article (or لل, or وال: والتعليم in "وزيرة التربية والتعليم")."""
    return key.startswith(("ال", "لل", "وال"))


class Mentions:
    """Noun phrase rules over one document."""

    def __init__(self, doc: Document, lex: Lexicon, known: KnownMatches) -> None:
        self.doc, self.lex, self.known = doc, lex, known
        self.ar, self.en = lex.arabic, lex.english

    # -- lexicon categories --------------------------------------------------------------------

    def head(self, i: int, lang: LanguageLexicon, strip: bool = False) -> tuple[str, int] | None:
        """The category of the lexicon head starting at word ``i``, and its length in tokens."""
        if not self.doc.is_word(i):
            return None
        key = self.doc.key(i)
        keys = without_proclitic(key) if strip else [key]
        if self.doc.toks[i].latin and len(key) > 3 and key.endswith("s"):
            keys += [key[:-3] + "y", key[:-2], key[:-1]] if key.endswith("ies") else [key[:-2], key[:-1]]
        for category in CATEGORY_ORDER:
            table = lang.heads.get(category, {})
            for key in keys:
                words = phrase_at(self.doc, i, table, key)
                if words:
                    return category, phrase_tokens(self.doc, i, words) - i
        return None

    def head_word(self, key: str, lang: LanguageLexicon) -> str | None:
        """The category of one folded word (also without its article: الدبلوماسي -> دبلوماسي), or None."""
        for category in CATEGORY_ORDER:
            table = lang.heads.get(category, {})
            for k in (key, key.removeprefix("ال")):
                if any(len(words) == 1 for words in table.get(k, ())):
                    return category
        return None

    def is_function_word(self, key: str, lang: LanguageLexicon) -> bool:
        """Prepositions, time words, relative pronouns, complementizers, negations and reporting verbs."""
        return (
            lang.has("prepositions", key)
            or lang.has("time_words", key)
            or lang.has("pronoun_words", key)
            or lang.has("relative_pronouns", key)
            or key in lang.complementizers
            or key in lang.negations
            or key in lang.verbs
            or key in lang.speech_nouns
        )

    # -- Arabic ----------------------------------------------------------------------------------

    def _ar_addressee(self, k: int) -> bool:
        """لوكالة، لرويترز، للصحفيين، لـ، له: the person spoken to, not the speaker."""
        key = self.doc.key(k)
        if key in ("ل", "له", "لها", "لهم", "لهما", "لنا"):
            return True
        if key.startswith("لل"):
            return True
        if len(key) > 3 and key[0] == "ل":
            rest = key[1:]
            for category in ("media", "outlet", "organization", "government"):
                if rest in self.ar.heads.get(category, {}):
                    return True
            if k in self.known.clitic:
                return True  # "لرويترز" with Reuters a known source
        return False

    def ar_instrument(self, key: str) -> bool:
        """بتصريح، ببيان، بالقول: a by-phrase of the reporting verb."""
        if key.startswith("بال") and key != "باسم":
            return True
        return len(key) > 3 and key[0] == "ب" and (self.ar.has("event_nouns", key[1:]) or key in self.ar.speech_nouns)

    def anonymity_run(self, k: int, stop: int) -> int:
        """The token after "طلب عدم الكشف عن اسمه" (and the like) starting at ``k``, or 0."""
        if not self.ar.has("anonymity_starts", self.doc.key(k)):
            return 0
        for m in range(k + 1, min(stop, k + 7)):
            if self.ar.has("anonymity_ends", self.doc.key(m)):
                return m + 1
        return 0

    def _ar_stops(self, k: int, titled: bool, construct: bool, head_key: str = "") -> bool:
        """Whether token ``k`` ends an Arabic mention whose head is ``head_key`` (a title, a body...)."""
        doc, ar = self.doc, self.ar
        key, prev = doc.key(k), doc.key(k - 1)
        if titled and key in ar.words["title_linkers"]:
            if key in ("باسم", "لدى") or not ar.has("prepositions", key):
                return False
            nxt = doc.key(k + 1)
            field = construct or ar.has("field_titles", head_key)
            if field and doc.is_word(k + 1) and not self.is_function_word(nxt, ar):
                return ar.has("event_nouns", nxt) or ar.has("time_words", nxt)
        if ar.has("mention_linkers", prev) and (ar.has("prepositions", key) or key.startswith("لل")):
            return False
        if key == "علي" and not is_definite(prev) and doc.is_word(k - 1) and self._name_ends(k + 1):
            return False  # the name Ali (folded like the preposition على) closing a name: "أحمد محمد علي إن"
        if self.is_function_word(key, ar):
            return True
        return self._ar_addressee(k) or self.ar_instrument(key)

    def _name_ends(self, k: int) -> bool:
        """Token ``k`` closes a mention: a complementizer, a comma, a colon or the person spoken to."""
        key = self.doc.key(k)
        return key in self.ar.complementizers or key in COMMAS or key == ":" or self._ar_addressee(k)

    def ar_np_after(self, start: int, stop: int, strip: bool = False) -> Span | None:
        """The mention starting at ``start`` (after leading adjuncts), ending before ``stop`` at the latest."""
        doc, ar = self.doc, self.ar
        k = start
        while k < stop and doc.is_word(k) and ar.has("time_words", doc.key(k)):
            k += 1
        if k >= stop:
            return None
        first = doc.toks[k]
        if first.kind == QUOTE and doc.is_opener(k) and doc.partner[k] < stop and doc.partner[k] - k <= 6:
            return (k, doc.partner[k] + 1) if doc.partner[k] > k + 1 else None
        if first.kind != WORD or (self._ar_stops(k, False, False) and not strip):
            return None
        head = self.head(k, ar, strip=strip) or self.known_head(k)
        category = head[0] if head else None
        titled = category in ("title", "anonymous", "organization", "government", "media")
        construct = titled and not is_definite(first.key)
        strict = category in ("organization", "government", "media", "outlet", "anonymous", "document")
        seen_definite = after_linker = False
        np_start = k
        k += head[1] if head else 1
        while k < stop and k - np_start < _MAX_NP:
            t = doc.toks[k]
            if t.kind == QUOTE:
                if doc.is_opener(k) and doc.partner[k] < stop and doc.partner[k] - k <= 6:
                    k = doc.partner[k] + 1
                    continue
                break
            if t.key == "(":
                close = next((m for m in range(k + 1, min(stop, k + 7)) if doc.key(m) == ")"), 0)
                if close:
                    k = close + 1
                    continue
                break
            if t.key in COMMAS:
                end = self._apposition(k, stop)
                if end:
                    k = end
                    continue
                break
            if t.kind != WORD:
                break
            run = self.anonymity_run(k, stop)
            if run:
                k = run
                continue
            key = t.key
            if key in _EMPHATICS:
                k += 1
                continue
            if after_linker and key[:1] == "ل" and len(key) > 3 and doc.key(k - 1) in ("العام", "الاعلي"):
                k += 1
                after_linker = False
                continue
            if key.startswith("لل") and self._genitive_lam(k, category):
                k += 1
                seen_definite = True
                continue
            if self._ar_stops(k, titled, construct, first.key):
                break
            linked = ar.has("mention_linkers", doc.key(k - 1)) and ar.has("prepositions", key)
            if key in ar.words["title_linkers"] or ar.has("mention_linkers", key) or linked:
                after_linker = True  # "مقربين من نتنياهو", "الخاضعة للمعارضة", "المتحدث باسم"
                k += 1
                continue
            if strict and key[:1] == "ل" and len(key) > 3 and is_definite(doc.key(k + 1)):
                after_linker = True  # المرصد السوري لحقوق الإنسان، المفوضية السامية لشؤون اللاجئين
                k += 1
                continue
            if strict and not after_linker:
                if is_definite(key) or key.startswith("وال"):
                    seen_definite = True
                elif (category == "anonymous" and not (nisba_shaped(key) or ar.has("anonymity_words", key))) or (
                    seen_definite and not nisba_shaped(key)
                ):
                    break
            elif after_linker:
                after_linker, seen_definite = False, is_definite(key)
            k += 1
        return (np_start, k) if k > np_start else None

    def _genitive_lam(self, k: int, category: str | None) -> bool:
        """للتعبئة in "الجهاز المركزي للتعبئة", للأمم in "الأمين العام للأمم المتحدة": part of the name."""
        key = self.doc.key(k)
        if self.ar.has("addressee_nouns", key[2:]) or self.ar.has("addressee_nouns", "ال" + key[2:]):
            return False
        stripped = "ا" + key[1:]
        if any(stripped in self.ar.heads.get(c, {}) for c in ("organization", "government", "place", "media")):
            return True
        return category in ("organization", "government")

    def _apposition(self, comma: int, stop: int) -> int:
        """The end of ", المتحدثة باسم أشتون," / ", التي تعمل في ...," after ``comma``, if it is one (else 0)."""
        doc, ar = self.doc, self.ar
        k = comma + 1
        if not doc.is_word(k):
            return 0
        key = doc.key(k)
        starts_ok = (
            ar.has("relative_pronouns", key)
            or key in _AND_HE
            or (self.head(k, ar) or ("", 0))[0] in ("title", "anonymous")
            or not self.is_function_word(key, ar)
        )
        if not starts_ok or ar.has("time_words", key) or ar.has("prepositions", key) or self._ar_addressee(k):
            return 0
        relative = ar.has("relative_pronouns", key) or key in _AND_HE
        end = k
        while end < stop and doc.key(end) not in COMMAS and end - k <= 12:
            if (doc.key(end) in ar.verbs and not relative) or doc.key(end) in ar.complementizers:
                return 0
            if doc.key(end) in ".:؛;":
                return 0
            end += 1
        if end - k > 12:
            return 0
        if not relative and not (self.head(k, ar) or ("", 0))[0]:
            words = doc.words(k, end)
            if len(words) > 4 or any(self.is_function_word(w, ar) for w in words):
                return 0
        return end

    def known_head(self, k: int) -> tuple[str, int] | None:
        """A known source's name starting at ``k``, as a head ("known", its length)."""
        hit = self.known.at.get(k)
        return ("known", hit[1] - k) if hit else None

    def ar_np_before(self, verb: int, sent_start: int) -> Span | None:
        """The subject before a bare verb when it starts its clause ("إلا أن مايا كوسيانيتش، ... نفت أن")."""
        doc, ar = self.doc, self.ar
        k = verb - 1
        while k >= sent_start and doc.key(k) in ("قد", "لقد", "فقد"):
            k -= 1
        if k < verb - 1 and doc.key(k) in ("كان", "كانت", "كانوا"):
            k -= 1
        end = k + 1
        count = 0
        clausal = False  # a word that no name or title holds (a preposition, a verb): only after a lexicon head
        while k >= sent_start and count < _MAX_NP:
            t = doc.toks[k]
            if t.kind == WORD:
                key = t.key
                if key in ar.complementizers or self.connector_ending_at(k):
                    break
                if ar.has("pronoun_words", key) and k == end - 1:
                    pass
                elif self.is_function_word(key, ar) or self._ar_addressee(k) or self.ar_instrument(key):
                    clausal = True
            elif not (t.key in COMMAS or t.kind == QUOTE or t.key in "()"):
                break
            k -= 1
            count += 1
        if clausal and (count > 8 or (self.head(k + 1, ar) is None and self.known_head(k + 1) is None)):
            return None
        if count >= _MAX_NP:
            return None
        start = k + 1
        while start < end and not doc.is_word(start):
            start += 1
        while end > start and doc.key(end - 1) in COMMAS:
            end -= 1
        if start >= end or not doc.words(start, end):
            return None
        return start, end

    def connector_start(self, k: int) -> int | None:
        """The first token of the connector (و، لكن، إلا أن، وكانت، من جانبه...) that ends at word ``k``."""
        doc = self.doc
        table = self.ar.phrases["connectors"]
        for back in range(0, 3):
            i = k - back
            if i < 0 or not doc.is_word(i):
                continue
            words = phrase_at(doc, i, table)
            if words and phrase_tokens(doc, i, words) == k + 1:
                return i
        return None

    def connector_ending_at(self, k: int) -> bool:
        """True when word ``k`` ends a connector."""
        return self.connector_start(k) is not None

    def strong(self, span: Span, lang: LanguageLexicon) -> bool:
        """True when the mention starts with a lexicon head or a known source (safe without a complementizer)."""
        head = self.head(span[0], lang) or self.known_head(span[0])
        return head is not None and head[0] != "document"
