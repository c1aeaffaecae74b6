"""Arabic cue helpers shared by the frame finder: complementizers, quoted names, clause starts, post-content cues."""

from __future__ import annotations

from annotator.suggestions.document import SENTENCE_ENDS, WORD, Document
from annotator.suggestions.frames import Frame, Span
from annotator.suggestions.lexicon import Lexicon, VerbForm
from annotator.suggestions.mentions import COMMAS, Mentions, phrase_match, phrase_tokens, without_proclitic

WINDOW = 26
"""Tokens looked at after a reporting verb for its complementizer."""
QUOTE_NAME_WORDS = 6
_LAM_LEADS = frozenset({"وفقا", "طبقا", "تبعا"})
"""Post-content cues that take the preposition لـ, written on the mention (وفقا للمصادر)."""


class ArabicCues:
    """The parts of the Arabic rules that do not start from a reporting verb."""

    def __init__(self, doc: Document, lex: Lexicon, mentions: Mentions) -> None:
        self.doc, self.ar, self.m = doc, lex.arabic, mentions
        self.consumed: set[int] = set()
        self.verb_leads = {lead["words"][0] for lead in self.ar.post_leads if lead.get("verb")}
        self.lead_firsts = {p + first for first in self.ar.lead_table for p in ("", "و", "ف")}
        self.ala_verbs = self.ar.words["ala_verbs"]
        """Words that can open a post-content cue (with a conjunction), to skip every other word fast."""

    # -- helpers ---------------------------------------------------------------------------------

    def _complementizer(self, j: int, form: VerbForm | None = None) -> int:
        """The token after the complementizer starting at ``j`` (أن، إن، بأنه، إلى أن، على أن...), or 0.

        "على أن" only after the verbs that take على (شدد، أكد...): after قال, "علي" is the name Ali.
        """
        doc, ar = self.doc, self.ar
        key = doc.key(j)
        if key in ar.complementizers:
            return 0 if doc.key(j - 1) in ar.not_complementizer_after else j + 1
        if key in ar.complementizer_prepositions and doc.key(j + 1) in ar.complementizers:
            if key == "علي" and form is not None and form.lemma not in self.ala_verbs:
                return 0
            return 0 if doc.key(j - 1) in ar.not_complementizer_after else j + 2
        return 0

    def _name_quote(self, j: int) -> bool:
        """A short quotation right after an outlet noun or لـ: a quoted name ("صحيفة “هآرتس”"), not content."""
        doc = self.doc
        close = doc.partner.get(j, -1)
        if close <= j or close - j > QUOTE_NAME_WORDS + 1:
            return False
        prev = j - 1
        if not doc.is_word(prev):
            return False
        if doc.key(prev) == "ل":
            return True
        head = self.m.head(prev, self.ar, strip=True)
        return head is not None and head[0] in ("media", "organization", "government", "title")

    def _clause_start(self, i: int, s0: int) -> int:
        """``i`` moved left over the connectors and commas that open its clause (، فيما / مع أنه / إلا أن)."""
        k = i
        while k > s0:
            if self.doc.key(k - 1) in COMMAS:
                k -= 1
                continue
            start = self.m.connector_start(k - 1) if self.doc.is_word(k - 1) else None
            if start is None:
                break
            k = start
        return k

    def _skip_punct(self, k: int, stop: int) -> int:
        while k < stop and self.doc.toks[k].kind != WORD and not self.doc.is_opener(k):
            k += 1
        return k

    def _mark(self, first: int, last: int) -> None:
        for k in range(first, last):
            if self.doc.is_word(k) and self.doc.key(k) in self.ar.verbs:
                self.consumed.add(k)

    def _in_document(self, i: int) -> Frame | None:
        """ "وجاء في البيان أن": the document is the source."""
        doc = self.doc
        s0, s1 = doc.sentence_of(i)
        for j in range(i + 2, min(s1, i + WINDOW)):
            end = self._complementizer(j)
            if end:
                mention = self.m.ar_np_after(i + 2, j)
                if mention is None:
                    return None
                content = self._skip_punct(end, s1)
                if content >= s1:
                    return None
                clause = self._clause_start(i, s0)
                return Frame(
                    "ar",
                    "pre",
                    (doc.toks[i].s, doc.toks[end - 1].e),
                    i,
                    end,
                    clause,
                    mention,
                    content_from=content,
                    score=0.8,
                )
            if doc.key(j) in self.ar.verbs:
                return None
        return None

    # -- post-content cues -------------------------------------------------------------------------

    def _lead(self, i: int) -> Frame | None:
        """ "وفقًا لما ذكرته صحيفة ..."، "بحسب ..."، "نقلا عن ...": the source named after its content."""
        doc, ar, m = self.doc, self.ar, self.m
        first = next((k for k in without_proclitic(doc.key(i)) if k in ar.lead_table), None)
        words = phrase_match(doc, i, ar.lead_table, first) if first is not None else None
        lead = ar.lead_entries.get(words) if words else None
        if words is None or lead is None or lead.get("verb"):
            return None
        s0, s1 = doc.sentence_of(i)
        j = phrase_tokens(doc, i, len(words))
        form: VerbForm | None = None
        mention: Span | None = None
        if not lead.get("anaphoric"):
            k = j
            if doc.key(k) == "ل" and doc.key(k + 1) == "ما":
                k += 1
            if doc.key(k) in ("ما", "لما"):
                form = ar.verbs.get(doc.key(k + 1))
                if form is None:
                    return None
                self.consumed.add(k + 1)
                k += 2
                if doc.key(k) in ("به", "بها"):
                    k += 1
            elif doc.key(k) == "ل":
                k += 1
            noun = next((w for w in without_proclitic(doc.key(k)) if ar.has("document_nouns", w)), None)
            if noun is not None and doc.is_word(k + 1) and not m.is_function_word(doc.key(k + 1), ar):
                k += 1
            j = k
            mention = m.ar_np_after(j, s1, strip=True)
            if mention is None:
                return None
        clitic = mention is not None and doc.key(mention[0])[:1] == "ل" and words[-1] in _LAM_LEADS
        end = mention[1] if mention else j
        cue = (doc.toks[i].s, doc.toks[j - 1].e)
        opens = i == s0 or m.connector_ending_at(i - 1)
        then = doc.key(end) in ("فان", "فانه", "فانها")  # "وبحسب المصادر ذاتها فإن ..."
        if mention is not None and opens and (doc.key(end) in COMMAS or then):
            content = self._skip_punct(end + (0 if then else 1), s1)
            if doc.key(content) in ("فان", "ان", "فانه", "فانها"):
                content += 1
            if content >= s1:
                return None
            return Frame(
                "ar",
                "pre",
                cue,
                i,
                j,
                self._clause_start(i, s0),
                mention,
                content_from=content,
                verb=form,
                score=0.8,
                clitic=clitic,
            )
        content_to = i
        while content_to > s0 and doc.key(content_to - 1) in COMMAS:
            content_to -= 1
        if content_to <= s0:
            return None
        terminal = end >= s1 or doc.key(end) in COMMAS or doc.toks[end].key in SENTENCE_ENDS
        score = 0.8 if mention is not None else 0.7
        return Frame(
            "ar",
            "post",
            cue,
            i,
            j,
            i,
            mention,
            content_to=content_to,
            verb=form,
            score=score,
            terminal=terminal,
            clitic=clitic,
        )
