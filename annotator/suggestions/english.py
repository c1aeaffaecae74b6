"""English reporting frames: "X said (that) ...", "..., X said.", '"...," said X', "according to X"."""

from __future__ import annotations

from annotator.suggestions.document import QUOTE, SENTENCE_ENDS, WORD, Document
from annotator.suggestions.frames import Frame, Link, Span
from annotator.suggestions.lexicon import Lexicon, VerbForm
from annotator.suggestions.mentions import COMMAS, Mentions, phrase_match, phrase_tokens

_NOT_FIRST = frozenset({"of", "at", "for", "in", "from", "and", "'s"})
"""Words a subject never starts with."""
_MAX_NP = 12
_ADJUNCT_WORDS = 6


class EnglishFinder:
    """Finds the English frames of one document."""

    def __init__(self, doc: Document, lex: Lexicon, mentions: Mentions) -> None:
        self.doc, self.en, self.m = doc, lex.english, mentions
        words = self.en.words
        self.not_before = words["not_before_verb"]
        self.auxiliaries = words["auxiliaries"]
        self.np_inside = words["np_inside"]
        """Words inside a noun phrase ("Secretary of State", "Sean Walsh of the ...")."""
        self.determiners = words["determiners"]
        self.not_content_start = words["not_content_start"]
        self.asides = words["asides"]
        """Adverbs set off by commas between a subject and its verb ("The governing party, however, insisted")."""

    def find(self) -> list[Frame]:
        """Every frame whose cue is an English word, in text order."""
        frames: list[Frame] = []
        for i, t in enumerate(self.doc.toks):
            if t.kind != WORD or not t.latin:
                continue
            frame = self._lead(i)
            if frame is None:
                form = self.en.verbs.get(t.key)
                if form is not None and self.doc.key(i - 1) not in self.not_before:
                    frame = self._verb(i, form)
            if frame is not None:
                frames.append(frame)
        return frames

    # -- noun phrases ----------------------------------------------------------------------------

    def _np_like(self, k: int) -> bool:
        doc, en = self.doc, self.en
        t = doc.toks[k]
        if t.kind != WORD:
            return False
        key = t.key
        if doc.text[t.s : t.s + 1].isupper() or key in self.np_inside or key in self.determiners or key in en.pronouns:
            return True
        return self.m.head(k, en) is not None or key.endswith(("'s", "’s")) or key.isdigit()

    def _capitalised(self, k: int) -> bool:
        t = self.doc.toks[k]
        return t.kind == WORD and self.doc.text[t.s : t.s + 1].isupper()

    def np_before(self, verb: int, s0: int, apposition: bool) -> Span | None:
        """The subject before ``verb`` ("The regional president, Stefano Bonaccini, said")."""
        doc = self.doc
        k = verb - 1
        while k >= s0 and doc.key(k) in self.auxiliaries:
            k -= 1
        if apposition:
            while k >= s0 and doc.key(k) in COMMAS:
                k -= 1
            if doc.key(k) in self.asides and doc.key(k - 1) in COMMAS:
                k -= 2
        end = k + 1
        seg_start = self._segment_start(end, s0)
        first = doc.key(seg_start)
        participial = first.endswith(("ed", "ing")) and not self._capitalised(seg_start)  # ", published in ...,"
        clause = first in ("who", "which") or participial or self._anonymity(seg_start, end)
        if apposition and clause and doc.key(seg_start - 1) in COMMAS:
            head_start = self._segment_start(seg_start - 1, s0)
            start = self._np_start(head_start, seg_start - 1)
            return (start, end) if start is not None and start == head_start else None
        start = self._np_start(seg_start, end)
        if start is None:
            return None
        if apposition and start == seg_start and doc.key(start - 1) in COMMAS:
            left = self._segment_start(start - 1, s0)
            words = doc.words(left, start - 1)
            short = 1 <= len(words) <= 6 and all(self._np_like(x) for x in range(left, start - 1))
            if short and (left == s0 or doc.key(left - 1) in COMMAS or doc.is_closer(left - 1)):
                start = left
        return start, end

    def _by_document(self, mention: Span | None) -> bool:
        """The subject is a study, poll, report or body (not a person) for "found", "showed", "suggested"."""
        if mention is None:
            return False
        words = [k for k in range(*mention) if self.doc.is_word(k)]
        heads = [self.m.head(k, self.en) for k in words]
        return any(h is not None and h[0] in ("document", "organization", "government", "media") for h in heads)

    def abbreviation_dot(self, k: int) -> bool:
        """The full stop of "Dr." or "Mr." (written on the word before it), which belongs to the name."""
        doc = self.doc
        t = doc.toks[k] if 0 <= k < len(doc.toks) else None
        if t is None or t.key != "." or k == 0:
            return False
        prev = doc.toks[k - 1]
        return prev.latin and prev.e == t.s and prev.key in self.en.words["abbreviations"]

    def _anonymity(self, start: int, end: int) -> bool:
        """Tokens [start, end) are "speaking on condition of anonymity" or the like."""
        words = tuple(self.doc.words(start, end))
        return any(words == seq for seqs in self.en.phrases["anonymity_phrases"].values() for seq in seqs)

    def _segment_start(self, end: int, s0: int) -> int:
        """The first token after the comma (or quotation mark, or sentence start) before ``end``."""
        doc = self.doc
        k = end - 1
        while k >= s0 and doc.key(k) not in COMMAS and not doc.is_closer(k) and doc.toks[k].kind != QUOTE:
            k -= 1
        return k + 1

    def _np_start(self, seg_start: int, end: int) -> int | None:
        """Where the noun phrase ending at ``end`` starts within its comma segment (None if it is no subject)."""
        doc, en = self.doc, self.en
        k = end - 1
        while k >= seg_start and end - k <= _MAX_NP and (doc.is_word(k) or self.abbreviation_dot(k)):
            if not doc.is_word(k):
                k -= 1
                continue
            key = doc.key(k)
            if (key in en.words["boundary_words"] and key not in self.np_inside) or key in en.verbs:
                break
            if phrase_match(doc, k, en.phrases["connectors"]) and key not in self.np_inside:
                break
            k -= 1
        start = k + 1
        while start < end and (not self._np_like(start) or doc.key(start) in _NOT_FIRST):
            start += 1
        if start >= end or not (self._capitalised(start) or doc.key(start) in self.determiners or self._np_like(start)):
            return None
        return start

    def np_after(self, start: int, stop: int, loose: bool = False) -> Span | None:
        """The speaker after a post-content verb ('..., said Anna Weber, chief economist at Deka Bank')."""
        doc, en = self.doc, self.en
        if start >= stop or not doc.is_word(start) or not (loose or self._np_like(start)):
            return None
        k = start
        while k < stop and k - start < _MAX_NP + 4:
            t = doc.toks[k]
            if self.abbreviation_dot(k):
                k += 1
                continue
            if t.key in SENTENCE_ENDS or t.key == ":" or doc.is_opener(k) or t.key in en.complementizers:
                break
            if t.kind == WORD and t.key in en.verbs and k > start:
                break
            k += 1
        while k > start and not doc.is_word(k - 1):
            k -= 1
        return (start, k) if k > start else None

    def _sentence_subject(self, s0: int, stop: int) -> str:
        """The sentence's opening noun phrase ("Privacy campaigners welcomed ... but argued"), up to its verb."""
        doc, m = self.doc, self.m
        k = s0
        while k < stop and doc.key(k) in self.determiners:
            k += 1
        if k >= stop or not self._capitalised(k):
            return ""
        end = k
        while end < stop and end - k < _MAX_NP and doc.is_word(end):
            inside = doc.key(end) in self.np_inside and end + 1 < stop and self._capitalised(end + 1)
            if self._capitalised(end) or m.head_word(doc.key(end), self.en) is not None or inside:
                end += 1
            else:
                break
        return " ".join(doc.text[t.s : t.e] for t in doc.toks[k:end])

    # -- verbs -----------------------------------------------------------------------------------

    def _skip_adjuncts(self, k: int, stop: int) -> int:
        """After the verb: "on Tuesday", "in a statement", "last week" (not past a comma or "that")."""
        doc, en = self.doc, self.en
        while k < stop and doc.is_word(k) and doc.key(k) in en.words["boundary_words"] and doc.key(k) != "that":
            m = k + 1
            while m < stop and m - k <= _ADJUNCT_WORDS and doc.is_word(m) and doc.key(m) not in en.complementizers:
                key = doc.key(m)
                if not (self._capitalised(m) or key.isdigit() or en.has("adjunct_words", key) or key in self.np_inside):
                    break
                if key in en.words["boundary_words"] and key not in self.np_inside and not en.has("adjunct_words", key):
                    break
                m += 1
            k = m
        return k

    def _verb(self, i: int, form: VerbForm) -> Frame | None:
        doc, en = self.doc, self.en
        s0, s1 = doc.sentence_of(i)
        j = i + 1
        particle = next((f.split(":", 1)[1] for f in form.flags if f.startswith("phrasal:")), None)
        if particle is not None:
            if doc.key(j) != particle:
                return None
            j += 1
        verb_end = doc.toks[j - 1].e
        if "chain" in form.flags:
            return self._quoted_as(i, j, s0, s1)
        k = j
        if "object" in form.flags:
            while k < s1 and k - j < 5 and doc.is_word(k) and doc.key(k) not in en.complementizers:
                if doc.key(k) in en.words["boundary_words"] and doc.key(k) not in self.np_inside:
                    break
                k += 1
        k = self._skip_adjuncts(k, s1)
        participle = form.tense == "participle" and doc.key(i - 1) in COMMAS
        after_quote = doc.is_closer(i - 1) or (doc.key(i - 1) in COMMAS and doc.is_closer(i - 2))
        key = doc.key(k)
        content: int | None = None
        cue_end = verb_end
        quoted_before = after_quote or self._quoted_subject(i, s0)
        if key in COMMAS and doc.is_opener(k + 1) and quoted_before and "post" in form.flags:
            return self._post(i, form, j, s0, s1, vs=not self._quoted_subject(i, s0))
        if key in en.complementizers or key == ":" or (key in COMMAS and doc.is_opener(k + 1)):
            content, cue_end = k + 1, doc.toks[k].e
        elif doc.is_opener(k):
            content = k
        elif k == j and doc.is_word(k) and key not in self.not_content_start and "adjacent" not in form.flags:
            if after_quote and not participle:
                return self._post(i, form, j, s0, s1, vs=True)
            content = k
        elif k > j and doc.is_word(k) and (key in en.pronouns or key in self.determiners) and k + 2 < s1:
            content = k
        if content is not None:
            if content >= s1 or ("adjacent" in form.flags and key not in en.complementizers):
                return None
            return self._pre(i, form, content, cue_end, s0, s1, participle)
        end = self._skip_adjuncts(k, s1)
        if (end >= s1 or doc.key(end) in COMMAS or doc.toks[end].key in SENTENCE_ENDS) and "post" in form.flags:
            return self._post(i, form, j, s0, s1, vs=False)
        rest = doc.words(j, s1)
        if self._quoted_subject(i, s0) and "post" in form.flags and not any(w in en.complementizers for w in rest):
            return self._post(i, form, j, s0, s1, vs=False)
        return None

    def _quoted_subject(self, verb: int, s0: int) -> bool:
        """'"...," Hale told' / '"...," he said': a short subject between a quotation and the verb."""
        subject = self._short_segment(verb, s0)
        return subject is not None and (self.doc.is_closer(subject[0] - 1) or self.doc.is_closer(subject[0] - 2))

    def _pre(
        self, i: int, form: VerbForm, content: int, cue_end: int, s0: int, s1: int, participle: bool
    ) -> Frame | None:
        doc, en = self.doc, self.en
        coordinated = doc.key(i - 1) in ("and", "but")
        mention = None if participle or coordinated else self.np_before(i, s0, apposition=True)
        if "documents" in form.flags and not self._by_document(mention):
            return None
        gender = None
        if mention is not None and mention[1] - mention[0] == 1 and doc.key(mention[0]) in en.pronouns:
            gender = en.pronouns[doc.key(mention[0])]
            mention = None
        clause = mention[0] if mention else i
        if clause - 1 >= s0 and doc.key(clause - 1) in en.pronouns:
            clause -= 1
        while clause > s0 and (
            doc.key(clause - 1) in COMMAS or phrase_match(doc, clause - 1, en.phrases["connectors"])
        ):
            clause -= 1
        frame = Frame(
            "en",
            "pre",
            (doc.toks[i].s, cue_end),
            i,
            content,
            clause,
            mention,
            content_from=content,
            verb=form,
            score=0.9 if mention else 0.75,
        )
        frame.gender = gender
        if participle or coordinated:
            frame.sentence_subject = self._sentence_subject(s0, i)
        return frame

    def _post(self, i: int, form: VerbForm, j: int, s0: int, s1: int, vs: bool) -> Frame | None:
        """ "..., officials said." / '"...," said Marco Rossi, a shop owner'."""
        doc, en = self.doc, self.en
        pronoun: str | None = None
        if vs:
            mention = self.np_after(j, s1)
            first = i
        else:
            mention = self._short_segment(i, s0) or self.np_before(i, s0, apposition=False)
            first = mention[0] if mention else i
            if mention is not None and mention[1] - mention[0] == 1 and doc.key(mention[0]) in en.pronouns:
                pronoun = en.pronouns[doc.key(mention[0])]
                mention = None
        content_to = first
        while content_to > s0 and (doc.key(content_to - 1) in COMMAS or doc.toks[content_to - 1].kind == QUOTE):
            if doc.toks[content_to - 1].kind == QUOTE:
                break
            content_to -= 1
        if content_to <= s0:
            return None
        quoted = doc.is_closer(content_to - 1)
        frame = Frame(
            "en",
            "post",
            (doc.toks[i].s, doc.toks[j - 1].e),
            first,
            j,
            first,
            mention,
            content_to=content_to,
            verb=form,
            score=0.85 if quoted else 0.75,
        )
        frame.gender = pronoun
        return frame

    def _short_segment(self, verb: int, s0: int) -> Span | None:
        """ ", utility companies said." / '," Hale told': up to four words between a comma or quote and the verb."""
        doc, en = self.doc, self.en
        start = self._segment_start(verb, s0)
        if start <= s0 or not (doc.key(start - 1) in COMMAS or doc.is_closer(start - 1)):
            return None
        words = doc.words(start, verb)
        if not 1 <= len(words) <= 4 or any(w in en.verbs or w in en.words["boundary_words"] for w in words):
            return None
        if any(not doc.is_word(k) for k in range(start, verb)):
            return None
        return start, verb

    def _quoted_as(self, i: int, j: int, s0: int, s1: int) -> Frame | None:
        """ "Reuters quoted a senior official as saying (that) ..."."""
        doc, en = self.doc, self.en
        for k in range(j, min(s1, j + _MAX_NP)):
            if doc.key(k) == "as" and doc.key(k + 1) == "saying":
                content = k + 2 + (doc.key(k + 2) in en.complementizers)
                carrier = self.np_before(i, s0, apposition=True)
                mention = (j, k) if k > j else None
                outer = [Link(carrier, (doc.toks[i].s, doc.toks[i].e))] if carrier else []
                return Frame(
                    "en",
                    "pre",
                    (doc.toks[i].s, doc.toks[content - 1].e),
                    i,
                    content,
                    carrier[0] if carrier else i,
                    mention,
                    content_from=content,
                    score=0.85,
                    outer=outer,
                )
        return None

    # -- according to ------------------------------------------------------------------------------

    def _lead(self, i: int) -> Frame | None:
        doc, en = self.doc, self.en
        words = phrase_match(doc, i, en.lead_table)
        if words is None:
            return None
        s0, s1 = doc.sentence_of(i)
        j = phrase_tokens(doc, i, len(words))
        mention = self.np_after(j, s1, loose=True)
        if mention is None:
            return None
        end = mention[1]
        while end < s1 and not doc.is_word(end) and doc.key(end) not in COMMAS:
            end += 1
        comma_end = mention[0]
        while comma_end < mention[1] and doc.key(comma_end) not in COMMAS:
            comma_end += 1
        cue = (doc.toks[i].s, doc.toks[j - 1].e)
        if i == s0 or doc.key(i - 1) in ("and", "but"):
            if comma_end >= mention[1]:
                return None
            mention = (mention[0], comma_end)
            content = comma_end + 1
            if content >= s1:
                return None
            return Frame("en", "pre", cue, i, j, i, mention, content_from=content, score=0.8)
        content_to = i
        while content_to > s0 and doc.key(content_to - 1) in COMMAS:
            content_to -= 1
        if content_to <= s0:
            return None
        return Frame("en", "post", cue, i, j, i, mention, content_to=content_to, score=0.8)
