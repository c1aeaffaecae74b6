"""Who each frame's source is: its mention's name, an earlier source for "وأضاف أن" / "he said", or none."""

from __future__ import annotations

from annotator.suggestions.document import Document
from annotator.suggestions.frames import Frame
from annotator.suggestions.mentions import Mentions, is_definite
from annotator.suggestions.names import Namer
from annotator.text.matching import fold

_PARAGRAPHS_BACK = 4
"""How many paragraphs back a pronoun's antecedent is looked for."""


def _words(name: str) -> set[str]:
    return {w.removeprefix("ال") for w in fold(name).split() if w}


class SourceResolver:
    """Names the sources of a document's frames, in text order."""

    def __init__(self, doc: Document, mentions: Mentions) -> None:
        self.doc, self.m = doc, mentions
        self.namer = Namer(mentions)
        self._names: dict[str, str] = {}

    def resolve(self, frames: list[Frame]) -> None:
        """Set ``source``, ``kind_of_source`` and ``gender`` of every frame and of its outer links."""
        done: list[Frame] = []
        for f in frames:
            lang = self.m.ar if f.lang == "ar" else self.m.en
            for link in f.outer:
                if link.mention is not None:
                    link.source, link.kind = self.namer.source(link.mention, lang)
            f.gender = f.verb.gender if f.verb is not None else None
            f.plural = f.verb.plural if f.verb is not None else False
            if f.mention is not None:
                f.source, f.kind_of_source = self.namer.source(f.mention, lang, f.clitic)
                self._corefer(f, done)
                if f.kind_of_source == "person" and len(f.source.split()) == 1:
                    f.source = self._full_name(f.source, f.lang)
                if f.gender is None:
                    f.gender = self._head_gender(f)
            elif f.passive:
                f.source, f.kind_of_source = "", "other"
            else:
                antecedent = self._antecedent(f, done)
                if antecedent is not None:
                    f.source, f.kind_of_source = antecedent.source, antecedent.kind_of_source
                    f.gender = f.gender or antecedent.gender
                elif f.sentence_subject:
                    f.source, f.kind_of_source = f.sentence_subject, "organization"
                else:
                    f.source, f.kind_of_source = "", "other"
                    f.score *= 0.7
            if self.m.known.within(*(f.mention or (0, 0))) is not None:
                f.score += 0.05
            done.append(f)
        self._headlines_forward(frames)

    def _head_gender(self, f: Frame) -> str | None:
        assert f.mention is not None
        key = self.doc.key(f.mention[0])
        feminine = self.m.ar.words["feminine_heads"]
        return "f" if key in feminine else None

    def _corefer(self, f: Frame, done: list[Frame]) -> None:
        """A name or description that repeats an earlier source: "التويم" -> "ناصر التويم", "الدبلوماسي"."""
        assert f.mention is not None
        name_words = _words(f.source)
        if not name_words:
            return
        description = self._is_description(f)
        for g in reversed(done):
            if not g.source or g.source == f.source or g.mention is None:
                continue
            if description:
                head = self.doc.words(*f.mention)[-1].removeprefix("ال")
                if head in {w.removeprefix("ال") for w in self.doc.words(*g.mention)}:
                    f.source, f.kind_of_source = g.source, g.kind_of_source
                    return
            elif name_words < _words(g.source) and g.kind_of_source == f.kind_of_source:
                f.source = g.source
                return

    def _is_description(self, f: Frame) -> bool:
        """A definite head alone ("المكتب", "الدبلوماسي", "the minister"): it names someone named before."""
        assert f.mention is not None
        doc, m = self.doc, self.m
        words = doc.words(*f.mention)
        if f.lang == "ar":
            return len(words) == 1 and is_definite(words[0]) and m.head_word(words[0], m.ar) is not None
        return len(words) == 2 and words[0] == "the" and m.head_word(words[1], m.en) is not None

    def _full_name(self, name: str, lang: str) -> str:
        """ "بوتين" -> "فلاديمير بوتين" when the article gives the first name after a title somewhere."""
        key = name not in self._names and fold(name)
        if key is False:
            return self._names[name]
        doc, m = self.doc, self.m
        full = name
        for k, t in enumerate(doc.toks):
            if t.key != key or k < 2 or not doc.is_word(k - 1):
                continue
            first, before = doc.toks[k - 1], k - 2
            if lang == "ar":
                ok = (
                    not is_definite(first.key)
                    and self.namer._name_word(k - 1)
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

    def _antecedent(self, f: Frame, done: list[Frame]) -> Frame | None:
        doc = self.doc
        para = doc.toks[f.first].para
        sentence = doc.toks[f.first].sent
        same = [g for g in done if g.source and doc.toks[g.first].sent == sentence]
        if f.container is not None and f.container.source:
            return f.container
        if same:
            return same[-1]
        named = self._named_in_sentence(f, done)
        if named is not None:
            return named
        for g in reversed(done):
            if not g.source or para - doc.toks[g.first].para > _PARAGRAPHS_BACK:
                continue
            if f.gender and g.gender and f.gender != g.gender:
                continue
            return g
        return None

    def _named_in_sentence(self, f: Frame, done: list[Frame]) -> Frame | None:
        """An earlier source named again before the cue in this sentence ("وطلب زيلينسكي ...، مؤكدا أن")."""
        doc = self.doc
        s0, _ = doc.sentence_of(f.first)
        words = {w.removeprefix("ال") for w in doc.words(s0, f.first)}
        for g in reversed(done):
            if g.source and _words(g.source) and max(_words(g.source), key=len) in words:
                return g
        return None

    def _headlines_forward(self, frames: list[Frame]) -> None:
        """A headline's "الشمري" is the "خالد الشمري" of the article body."""
        for f in frames:
            if f.kind != "headline" or not f.source:
                continue
            words = _words(f.source)
            for g in frames:
                if g is not f and g.source and words < _words(g.source) and g.kind_of_source == f.kind_of_source:
                    f.source = g.source
                    break
