"""Who each frame's source is: its mention's name, an earlier source for "وأضاف أن" / "he said", or none."""

from __future__ import annotations

from functools import lru_cache

from annotator.suggestions.document import Document
from annotator.suggestions.frames import Frame
from annotator.suggestions.mentions import Mentions, is_definite, phrase_at, phrase_tokens
from annotator.suggestions.names import Namer
from annotator.text.matching import fold

_PARAGRAPHS_BACK = 4
"""How many paragraphs back a pronoun's antecedent is looked for."""


def _gender(key: str, feminine: frozenset[str], plural: frozenset[str]) -> str | None:
    """The grammatical gender of an Arabic head noun (None for a human plural, which agrees either way)."""
    if key in feminine:
        return "f"
    if key in plural or key.endswith(("ون", "ين")):
        return None
    return "f" if key.endswith("ه") else "m"


def _pronoun_fits(f: Frame, g: Frame) -> bool:
    """English "he"/"she" report for a person, "it" for an organisation (Arabic agreement is checked by gender)."""
    if f.lang != "en" or f.gender is None:
        return True
    if f.gender in ("m", "f"):
        return g.kind_of_source in ("person", "anonymous")
    if f.gender == "n":
        return g.kind_of_source != "person"
    return True


@lru_cache(maxsize=4096)
def _words(name: str) -> frozenset[str]:
    """The folded words of a name, without the article (for comparing names)."""
    return frozenset(w.removeprefix("ال") for w in fold(name).split() if w)


def _longest(name: str) -> str:
    words = _words(name)
    return max(sorted(words), key=len) if words else ""


class SourceResolver:
    """Names the sources of a document's frames, in text order."""

    def __init__(self, doc: Document, mentions: Mentions) -> None:
        self.doc, self.m = doc, mentions
        self.namer = Namer(mentions)
        self._names: dict[str, str] = {}
        self._positions: dict[str, list[int]] | None = None
        self._done: list[Frame] = []
        self._latest: dict[str, Frame] = {}
        """Source name -> the last frame attributed to it."""
        self._by_word: dict[str, set[str]] = {}
        """A word of a source's name -> the source names that hold it."""
        self._by_head: dict[str, Frame] = {}
        """The head word of a mention ("مكتب", "regulator") -> the last frame whose mention has it."""
        self._by_sentence: dict[int, Frame] = {}

    def resolve(self, frames: list[Frame]) -> None:
        """Set ``source``, ``kind_of_source`` and ``gender`` of every frame and of its outer links."""
        done = self._done
        for f in frames:
            lang = self.m.ar if f.lang == "ar" else self.m.en
            for link in f.outer:
                if link.mention is not None:
                    link.source, link.kind = self.namer.source(link.mention, lang)
                    earlier = self._described(link.mention, f.lang)
                    if earlier is not None:
                        link.source, link.kind = earlier.source, earlier.kind_of_source
            f.gender = f.gender or (f.verb.gender if f.verb is not None else None)
            if f.mention is not None:
                f.source, f.kind_of_source = self.namer.source(f.mention, lang, f.clitic)
                self._corefer(f)
                if f.kind_of_source == "person" and len(f.source.split()) == 1:
                    f.source = self._full_name(f.source, f.lang)
                if f.gender is None:
                    f.gender = self._head_gender(f)
            elif f.passive:
                f.source, f.kind_of_source = "", "other"
            else:
                found = self._antecedent(f, done)
                if found is not None:
                    f.source, f.kind_of_source, gender = found
                    f.gender = f.gender or gender
                else:
                    f.source, f.kind_of_source = "", "other"
                    f.score *= 0.7
            if self.m.known.within(*(f.mention or (0, 0))) is not None:
                f.score += 0.05
            self._remember(f)
        self._headlines_forward(frames)

    def _remember(self, f: Frame) -> None:
        self._done.append(f)
        if not f.source:
            return
        self._latest[f.source] = f
        self._by_sentence[self.doc.sentence(f.first)] = f
        for word in _words(f.source):
            self._by_word.setdefault(word, set()).add(f.source)
        for head in self._heads(f):
            self._by_head[head] = f

    def _heads(self, f: Frame) -> list[str]:
        """The head words of a frame's mention (Arabic: the first word; English: the words before "of")."""
        if f.mention is None:
            return []
        words = self.doc.words(*f.mention)
        if not words:
            return []
        if f.lang == "ar":
            return [words[0].removeprefix("ال")]
        heads = []
        for w in words:
            if w in ("of", "in", "at", "for", "from", "who", "which"):
                break
            heads.append(w.rstrip("s"))
        return heads

    def _head_gender(self, f: Frame) -> str | None:
        assert f.mention is not None
        if f.lang != "ar":
            return None
        return _gender(self.doc.key(f.mention[0]), self.m.ar.words["feminine_heads"], self.m.ar.words["plural_heads"])

    def _corefer(self, f: Frame) -> None:
        """A name or description that repeats an earlier source: "التويم" -> "ناصر التويم", "الدبلوماسي"."""
        assert f.mention is not None
        name_words = _words(f.source)
        if not name_words:
            return
        latter = self._latter(f)
        if latter is not None:
            f.source, f.kind_of_source = latter
            return
        g = self._described(f.mention, f.lang)
        if g is not None:
            if g.source != f.source:
                f.source, f.kind_of_source = g.source, g.kind_of_source
            return
        candidates = set.intersection(*(self._by_word.get(w, set()) for w in name_words))
        best: Frame | None = None
        for name in candidates:
            g = self._latest[name]
            better = best is None or g.first > best.first
            if name_words < _words(name) and g.kind_of_source == f.kind_of_source and better:
                best = g
        if best is not None:
            f.source = best.source

    def _described(self, mention: tuple[int, int], lang: str) -> Frame | None:
        """The earlier frame that a definite head alone ("المكتب", "الصحيفة", "the regulator") refers to."""
        doc, m = self.doc, self.m
        words = doc.words(*mention)
        if lang == "ar":
            described = len(words) == 1 and is_definite(words[0]) and m.head_word(words[0], m.ar) is not None
        else:
            described = len(words) == 2 and words[0] == "the" and m.head_word(words[1], m.en) is not None
        if not described:
            return None
        head = words[-1].removeprefix("ال")
        return self._by_head.get(head if lang == "ar" else head.rstrip("s"))

    def _latter(self, f: Frame) -> tuple[str, str] | None:
        """ "قالت الأخيرة إن": the latter is the last body or person named before the cue."""
        assert f.mention is not None
        doc, m = self.doc, self.m
        if f.lang != "ar" or f.mention[1] - f.mention[0] != 1 or not m.ar.has("latter_words", doc.key(f.mention[0])):
            return None
        s0, _ = doc.sentence_of(f.first)
        start = doc.sent_start[max(0, doc.sentence(s0) - 1)]
        for k in range(f.clause - 1, start - 1, -1):
            head = m.head(k, m.ar) if doc.is_word(k) else None
            if head is not None and head[0] not in ("document", "place"):
                mention = m.ar_np_after(k, f.clause)
                if mention is not None:
                    return self.namer.source(mention, m.ar)
        return None

    def _full_name(self, name: str, lang: str) -> str:
        """ "بوتين" -> "فلاديمير بوتين" when the article gives the first name after a title somewhere."""
        key = name not in self._names and fold(name)
        if key is False:
            return self._names[name]
        doc, m = self.doc, self.m
        full = name
        if self._positions is None:
            self._positions = {}
            for k, t in enumerate(doc.toks):
                self._positions.setdefault(t.key, []).append(k)
        for k in self._positions.get(key, ()):
            t = doc.toks[k]
            if k < 2 or not doc.is_word(k - 1):
                continue
            first, before = doc.toks[k - 1], k - 2
            if lang == "ar":
                ok = (
                    not is_definite(first.key)
                    and self.namer.name_word(k - 1)
                    and doc.is_word(before)
                    and (is_definite(doc.key(before)) or m.head_word(doc.key(before), m.ar) == "title")
                )
            else:
                ok = (
                    doc.text[first.s].isupper()
                    and not m.en.has("titles", first.key)
                    and m.en.has("titles", doc.key(before))
                )
            if ok:
                full = doc.text[first.s : t.e]
                break
        self._names[name] = full
        return full

    def _antecedent(self, f: Frame, done: list[Frame]) -> tuple[str, str, str | None] | None:
        """Who a cue without a mention ("وأضاف أن", "مشيرة إلى أن", "he said") reports for."""
        doc = self.doc
        para = doc.toks[f.first].para
        sentence = doc.sentence(f.first)
        if f.container is not None and f.container.source:
            return f.container.source, f.container.kind_of_source, f.container.gender
        same = self._by_sentence.get(sentence)
        if same is not None:
            return same.source, same.kind_of_source, same.gender
        speaker = self._sentence_speaker(f)
        if speaker is not None:
            return speaker
        named = self._named_in_sentence(f, done)
        if named is not None:
            return named.source, named.kind_of_source, named.gender
        for g in reversed(done):
            if para - doc.toks[g.first].para > _PARAGRAPHS_BACK:
                break
            if not g.source or (f.gender and g.gender and f.gender != g.gender) or not _pronoun_fits(f, g):
                continue
            return g.source, g.kind_of_source, g.gender
        return None

    def _sentence_speaker(self, f: Frame) -> tuple[str, str, str | None] | None:
        """The subject of the sentence's first clause ("اتهم متحدث عسكري ... وقال إن", "X denied ... and said")."""
        if f.lang == "en":
            if not f.sentence_subject:
                return None
            last = fold(f.sentence_subject.split()[-1])
            category = self.m.head_word(last, self.m.en) or self.m.head_word(last.rstrip("s"), self.m.en)
            kind = {"media": "media", "organization": "organization", "government": "government"}.get(
                category or "", "anonymous" if category == "anonymous" else "person"
            )
            name = " ".join(w for w in f.sentence_subject.split() if w.casefold() not in ("the", "a", "an"))
            return name, kind, None
        doc, m = self.doc, self.m
        s0, _ = doc.sentence_of(f.first)
        first = s0
        while first < f.clause:
            connector = phrase_at(doc, first, m.ar.phrases["connectors"]) if doc.is_word(first) else 0
            if doc.is_word(first) and not connector:
                break
            first = phrase_tokens(doc, first, connector) if connector else first + 1
        for k in (first, first + 1):
            if k >= f.clause or not doc.is_word(k):
                continue
            head = m.head(k, m.ar) or m.known_head(k)
            if head is None or head[0] in ("document", "place"):
                continue
            mention = m.ar_np_after(k, f.clause)
            if mention is None:
                continue
            name, kind = self.namer.source(mention, m.ar)
            gender = _gender(doc.key(k), m.ar.words["feminine_heads"], m.ar.words["plural_heads"])
            if f.gender and gender and f.gender != gender:
                continue
            return name, kind, gender
        return None

    def _named_in_sentence(self, f: Frame, done: list[Frame]) -> Frame | None:
        """An earlier source named again before the cue in this sentence ("وطلب زيلينسكي ...، مؤكدا أن")."""
        doc = self.doc
        s0, _ = doc.sentence_of(f.first)
        best: Frame | None = None
        for word in {w.removeprefix("ال") for w in doc.words(s0, f.first)}:
            for name in self._by_word.get(word, ()):
                g = self._latest[name]
                if _longest(name) == word and (best is None or g.first > best.first):
                    best = g
        return best

    def _headlines_forward(self, frames: list[Frame]) -> None:
        """A headline's "الشمري" is the "خالد الشمري" of the article body."""
        for index, f in enumerate(frames):
            if f.kind != "headline" or not f.source:
                continue
            words = _words(f.source)
            for g in frames[index + 1 : index + 40]:
                if g.source and words < _words(g.source) and g.kind_of_source == f.kind_of_source:
                    f.source = g.source
                    break
