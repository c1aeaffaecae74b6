"""Arabic reporting frames: verbs with their clitics and complementizers, colons, quotations, chains."""

from __future__ import annotations

from annotator.suggestions.arabic_cues import QUOTE_NAME_WORDS, WINDOW, ArabicCues
from annotator.suggestions.document import QUOTE, SENTENCE_ENDS, WORD
from annotator.suggestions.frames import Frame, Link, Span
from annotator.suggestions.lexicon import VerbForm
from annotator.suggestions.mentions import COMMAS


class ArabicFinder(ArabicCues):
    """Finds the Arabic frames of one document."""

    def find(self) -> list[Frame]:
        """Every frame whose cue is an Arabic word, in text order."""
        frames: list[Frame] = []
        doc, ar = self.doc, self.ar
        for i, t in enumerate(doc.toks):
            if t.kind != WORD or t.latin or i in self.consumed:
                continue
            frame = self._lead(i) if t.key in self.lead_firsts else None
            if frame is None:
                form = ar.verbs.get(t.key)
                if form is not None:
                    frame = self._verb(i, form)
                elif t.key in ar.in_document_verbs and doc.key(i + 1) == "في":
                    frame = self._in_document(i)
            if frame is not None:
                frames.append(frame)
        return frames

    # -- verbs -----------------------------------------------------------------------------------------

    def _verb(self, i: int, form: VerbForm) -> Frame | None:
        doc, ar = self.doc, self.ar
        s0, s1 = doc.sentence_of(i)
        prev = doc.key(i - 1) if i > s0 else ""
        if prev in ar.negations or (form.tense == "participle" and prev in ar.not_cue_after) or prev == "(":
            return None
        if prev == "ما" and doc.key(i - 2) not in ("بحسب", "حسب", "وفق", "وفقا", "لما"):
            return None
        stop = min(s1, i + 1 + WINDOW)
        j, end, colon, quote = i + 1, 0, False, False
        short_quote = -1  # a short quotation passed over as a name ("بنك الاستثمار "هيرميس"")
        ar_np = self.m.ar_np_after
        if "phrasal" in " ".join(form.flags):
            return None
        while j < stop:
            t = doc.toks[j]
            if t.kind == QUOTE:
                if doc.is_opener(j):
                    close = doc.partner[j]
                    if self._name_quote(j) or (close - j <= QUOTE_NAME_WORDS + 1 and close + 1 < stop):
                        if not self._name_quote(j) and short_quote < 0:
                            short_quote = j
                        j = close + 1
                        continue
                    quote = True
                    break
                j += 1
                continue
            if t.key == "(":
                close = next((m for m in range(j + 1, min(stop, j + 8)) if doc.key(m) == ")"), 0)
                if close:
                    j = close + 1
                    continue
            if t.key == ":":
                colon = True
                break
            if t.key in SENTENCE_ENDS or t.key in "؛;":
                break
            if t.kind == WORD:
                end = self._complementizer(j, form)
                if end:
                    break
                if "about" in form.flags and t.key == "عن" and not self._anonymity_about(j):
                    end = j + 1
                    break
                if "documents_to" in form.flags and t.key == "الي" and self._by_document(ar_np(i + 1, j), strict=True):
                    end = j + 1
                    break
                run = self.m.anonymity_run(j, stop)
                if run:
                    j = run
                    continue
                other = ar.verbs.get(t.key)
                relative = doc.key(j - 1) in ("ما", "مما", "لما") or ar.has("relative_pronouns", doc.key(j - 1))
                if other is not None and j > i + 1 and not relative and not self._absorbs(form, other):
                    break
            j += 1
        if not end and not colon and not quote and short_quote >= 0:
            j, quote = short_quote, True
        if end:
            return self._with_complementizer(i, form, j, end, s0, s1)
        if colon or quote:
            return self._with_colon(i, form, j, colon, s0, s1)
        return self._nominal(i, form, s0, s1) or self._post_verb(i, form, s0, s1)

    def _by_document(self, mention: Span | None, strict: bool = False) -> bool:
        """The speaker is a poll, study, report, body or outlet ("أظهر استطلاع أن"), not a person.

        ``strict``: a document only ("تشير الأرقام إلى ارتفاع ...").
        """
        head = self.m.head(mention[0], self.ar) if mention is not None else None
        allowed = ("document",) if strict else ("document", "organization", "government", "media", "outlet")
        return head is not None and head[0] in allowed

    def _framed(self, i: int, form: VerbForm, j: int) -> bool:
        """A frame verb (أدلى، أصدر) counts only with a statement: "بتصريح" or an inner "قال فيه"."""
        if form.tense != "frame":
            return True
        doc = self.doc
        return any(doc.key(k) in self.ar.verbs or self.m.ar_instrument(doc.key(k)) for k in range(i + 1, j))

    def _absorbs(self, form: VerbForm, other: VerbForm) -> bool:
        return form.tense == "frame" or (other.lemma == "قال" and other.tense == "participle")

    def _anonymity_about(self, j: int) -> bool:
        """The عن of "الكشف عن اسمه" or "نقلا عن", not the one introducing what is announced."""
        doc = self.doc
        return doc.key(j - 1) in ("الكشف", "كشف", "نقلا", "ونقلا") or self.ar.has("anonymity_ends", doc.key(j + 1))

    def _speaker(self, i: int, form: VerbForm, stop: int, s0: int) -> tuple[Span | None, list[Link], int]:
        """The mention between the verb and ``stop``, outer chain links, and the clause start."""
        doc, ar, m = self.doc, self.ar, self.m
        outer: list[Link] = []
        start = i + 1
        split = next(
            (
                k
                for k in range(start, stop)
                if (doc.key(k) in ("نقلا", "ونقلا") and doc.key(k + 1) == "عن")
                or ("chain" in form.flags and doc.key(k) == "عن" and not self._anonymity_about(k))
            ),
            None,
        )
        if split is not None:
            carrier = m.ar_np_after(start, split)
            after = split + (2 if doc.key(split) != "عن" else 1)
            if carrier is not None:
                cue_end = doc.toks[split - 1].e if "chain" not in form.flags else doc.toks[i].e
                outer.append(Link(carrier, (doc.toks[i].s, cue_end)))
            start = after
            self.consumed.update(range(split, after))
        mention = m.ar_np_after(start, stop)
        if mention is not None and "object" in form.flags and not form.has_object and not m.strong(mention, ar):
            mention = None
        clause = i
        amma = form.conjoined and doc.key(i).startswith("ف")
        if (mention is None or split is not None) and not outer and (not form.conjoined or amma):
            before = m.ar_np_before(i, s0) if form.tense in ("past", "present") else None
            if before is not None and amma and doc.key(before[0] - 1) not in ("اما", "واما"):
                before = None
            if before is not None and mention is None:
                mention, clause = before, before[0]
            elif before is not None:
                outer.append(Link(before, (doc.toks[i].s, doc.toks[i].e)))
                clause = before[0]
        if mention is None and outer and split is not None and "chain" in form.flags:
            mention, outer = outer[0].mention, []
        return mention, outer, self._clause_start(clause, s0)

    def _with_complementizer(self, i: int, form: VerbForm, j: int, end: int, s0: int, s1: int) -> Frame | None:
        doc, ar = self.doc, self.ar
        if ("adjacent" in form.flags and j > i + 1) or not self._framed(i, form, j):
            return None
        if "short" in form.flags and len(doc.words(i + 1, j)) > 4:
            return None
        mention, outer, clause = self._speaker(i, form, j, s0)
        if mention is None and not outer and doc.toks[i].key in ar.authorial and j == i + 1:
            return None
        if "documents" in form.flags and not self._by_document(mention):
            return None
        passive = form.tense == "passive"
        if passive:
            mention = None
        content = self._skip_punct(end, s1)
        if content >= s1 and not doc.is_opener(content if content < len(doc.toks) else -1):
            return None
        self._mark(i + 1, end)
        score = 0.9 if mention is not None else 0.75
        return Frame(
            "ar",
            "pre",
            (doc.toks[i].s, doc.toks[end - 1].e),
            i,
            end,
            clause,
            mention,
            content_from=content,
            verb=form,
            score=score,
            outer=outer,
            passive=passive,
        )

    def _with_colon(self, i: int, form: VerbForm, j: int, colon: bool, s0: int, s1: int) -> Frame | None:
        doc = self.doc
        if form.tense == "passive" or ("adjacent" in form.flags and j > i + 1) or not self._framed(i, form, j):
            return None
        if "short" in form.flags and len(doc.words(i + 1, j)) > 4:
            return None
        mention, outer, clause = self._speaker(i, form, j, s0)
        last = j + 1 if colon else j
        if (colon and doc.key(last) in ("ان", "إن")) or (colon and doc.key(last) in self.ar.complementizers):
            last += 1
        content = self._skip_punct(last, s1)
        if content >= s1:
            return None
        cue_end = doc.toks[last - 1].e if colon else doc.toks[j - 1].e
        self._mark(i + 1, last)
        return Frame(
            "ar",
            "pre",
            (doc.toks[i].s, cue_end),
            i,
            last,
            clause,
            mention,
            content_from=content,
            verb=form,
            score=0.85 if mention is not None else 0.75,
            outer=outer,
        )

    def _nominal(self, i: int, form: VerbForm, s0: int, s1: int) -> Frame | None:
        """ "نفت مصادر أوروبية وجود جدول زمني": a noun phrase reported, after a strong mention."""
        doc, ar, m = self.doc, self.ar, self.m
        if "nominal" not in form.flags or form.tense not in ("past", "present"):
            return None
        mention = m.ar_np_after(i + 1, s1)
        clause = i
        k = mention[1] if mention is not None else i + 1
        if mention is None and not form.conjoined:
            mention = m.ar_np_before(i, s0)
            clause = mention[0] if mention is not None else i
        if mention is None or not m.strong(mention, ar):
            return None
        if "documents" in form.flags and not self._by_document(mention):
            return None
        k = self._skip_adjunct(k, s1)
        if not doc.is_word(k) or m.is_function_word(doc.key(k), ar) or k >= s1 - 1:
            return None
        return Frame(
            "ar",
            "pre",
            (doc.toks[i].s, doc.toks[k - 1].e),
            i,
            k,
            self._clause_start(clause, s0),
            mention,
            content_from=k,
            verb=form,
            score=0.6,
        )

    def _skip_adjunct(self, k: int, s1: int) -> int:
        """Past "في بيان مقتضب" / "خلال المحاكمة" between a nominal verb's speaker and what it reports."""
        doc, ar = self.doc, self.ar
        if doc.key(k) in ("في", "خلال", "أثناء", "اثناء", "عقب", "امام") and doc.is_word(k + 1):
            k += 2
            key = doc.key(k)
            nisba = len(key) > 3 and key.endswith(("ي", "يه"))
            if doc.is_word(k) and k + 1 < s1 and (ar.has("adjunct_adjectives", key) or nisba):
                k += 1
        return k

    def _post_verb(self, i: int, form: VerbForm, s0: int, s1: int) -> Frame | None:
        """'“...”، قال الدوسري' and '...، كما ذكرت الصحيفة': the content comes first."""
        doc = self.doc
        prev = i - 1
        lead = doc.key(prev) in self.verb_leads
        after_content = doc.key(prev) in COMMAS or doc.is_closer(prev)
        if not (lead or after_content) or "post" not in form.flags or form.tense not in ("past", "present"):
            return None
        if prev <= s0:
            return None
        mention = self.m.ar_np_after(i + 1, s1)
        end = mention[1] if mention else i + 1
        terminal = end >= s1 or doc.key(end) in COMMAS or doc.key(end) in SENTENCE_ENDS
        if not terminal:
            return None
        first = prev if lead else i
        content_to = first
        while content_to > s0 and doc.key(content_to - 1) in COMMAS:
            content_to -= 1
        if content_to <= s0 and not doc.is_closer(content_to - 1):
            return None
        quoted = doc.is_closer(content_to - 1)
        return Frame(
            "ar",
            "post",
            (doc.toks[first].s, doc.toks[i].e),
            first,
            i + 1,
            first,
            mention,
            content_to=content_to,
            verb=form,
            score=0.8 if quoted else 0.65,
        )
