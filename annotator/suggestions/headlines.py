"""Headlines of the form "X: Y" ("لافروف: لن نقبل بأي شروط", "Biden: 'We will not back down'")."""

from __future__ import annotations

from annotator.suggestions.document import QUOTE, SENTENCE_ENDS, WORD, Document
from annotator.suggestions.frames import Frame
from annotator.suggestions.lexicon import Lexicon
from annotator.suggestions.mentions import Mentions, phrase_at

MAX_WORDS = 22
MAX_SOURCE_WORDS = 5


def find_headlines(doc: Document, lex: Lexicon, mentions: Mentions) -> list[Frame]:
    """A frame for each short line (no final full stop) that a short source name and a colon open."""
    frames: list[Frame] = []
    for a, b in doc.paragraphs():
        toks = doc.toks[a:b]
        words = sum(t.kind == WORD for t in toks)
        if words > MAX_WORDS or toks[-1].key in SENTENCE_ENDS:
            continue
        colons = [a + k for k, t in enumerate(toks) if t.key == ":"]
        if len(colons) != 1:
            continue
        c = colons[0]
        source_words = doc.words(a, c)
        if not 1 <= len(source_words) <= MAX_SOURCE_WORDS or len(doc.words(c + 1, b)) < 2:
            continue
        if doc.text[doc.toks[c].s - 1 : doc.toks[c].s].isdigit():
            continue
        lang = lex.english if doc.toks[a].latin else lex.arabic
        if phrase_at(doc, a, lang.phrases["headline_not_sources"]) or any(w in lang.verbs for w in source_words):
            continue
        if any(lang.has("prepositions", w) or lang.has("time_words", w) for w in source_words[:1]):
            continue
        head = mentions.head(a, lang) or mentions.known_head(a)
        content = c + 1
        quoted = doc.is_opener(content)
        if head is not None and head[0] == "place" and not quoted:
            continue
        if any(t.kind not in (WORD, QUOTE) for t in doc.toks[a:c]):
            continue
        frames.append(
            Frame(
                lang="en" if doc.toks[a].latin else "ar",
                kind="headline",
                cue=(doc.toks[c].s, doc.toks[c].e),
                first=c,
                last=c + 1,
                clause=a,
                mention=(a, c),
                content_from=content,
                score=0.6,
            )
        )
    return frames
