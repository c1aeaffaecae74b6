"""Suggested attributions: frames found by the language rules, their contents bounded, their sources named.

The rules follow the span conventions of the development set (``../shared/suggestions-dev/GUIDELINES.md``):
the content runs from the word after the complementizer (or the opening quotation mark) to the end of
what the cue governs — the sentence, unless a new cue starts a new entry — without the final full stop.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from annotator.suggestions.arabic import ArabicFinder
from annotator.suggestions.document import PUNCT, QUOTE, Document
from annotator.suggestions.english import EnglishFinder
from annotator.suggestions.frames import Frame, Link
from annotator.suggestions.headlines import find_headlines
from annotator.suggestions.known import KnownMatches
from annotator.suggestions.lexicon import load_lexicon
from annotator.suggestions.mentions import COMMAS, Mentions
from annotator.suggestions.model import ChainLink, KnownSource, Suggestion, known_sources_of
from annotator.suggestions.sources import SourceResolver

_TRAILING = frozenset(".,،:;؛!?؟…-–—")
_MIN_WORDS = 2
_QUOTED_SPEECH_WORDS = 4


def suggest_attributions(
    text: str,
    known_sources: Sequence[KnownSource | str | Any] = (),
    *,
    extra_words: Mapping[str, Any] | None = None,
) -> list[Suggestion]:
    """The attributions the rules find in ``text``, in text order.

    ``known_sources``: the project's sources (KnownSource, registry rows or plain names); a mention that
    names one (by name or alias, folded) gets its registry name and kind.  ``extra_words``: words to add
    to the lexicon, in the shape of ``resources/attribution_lexicon.json`` (``{"arabic": {"verbs": [...]}}``).
    """
    if not text.strip():
        return []
    lex = load_lexicon(extra_words)
    doc = Document(text, lex.english.words["abbreviations"])
    known = KnownMatches(doc, known_sources_of(known_sources))
    mentions = Mentions(doc, lex, known)
    frames = [
        *ArabicFinder(doc, lex, mentions).find(),
        *EnglishFinder(doc, lex, mentions).find(),
        *find_headlines(doc, lex, mentions),
    ]
    quoted = _inside_quotations(doc)
    frames = [f for f in frames if not quoted[f.first]]
    frames.sort(key=lambda f: (f.cue[0], f.cue[1]))
    resolve_contents(doc, frames, mentions)
    kept = [f for f in frames if not f.dropped and f.content is not None]
    SourceResolver(doc, mentions).resolve(kept)
    return _suggestions(doc, [f for f in kept if not f.hidden])


def _inside_quotations(doc: Document) -> bytearray:
    """For each token, 1 when it lies inside a quotation of four words or more: reported speech inside a
    quotation ('"He said it was fine," she added') is the quoted speaker's, not a suggestion of its own."""
    inside = bytearray(len(doc.toks))
    for opener, closer in doc.partner.items():
        if opener < closer and len(doc.words(opener, closer)) >= _QUOTED_SPEECH_WORDS:
            inside[opener + 1 : closer] = b"\x01" * (closer - opener - 1)
    return inside


def _is_outlet(mentions: Mentions, frame: Frame) -> bool:
    if frame.mention is None:
        return False
    hit = mentions.known.within(*frame.mention)
    if hit is not None:
        return hit[0].kind == "media"
    lang = mentions.ar if frame.lang == "ar" else mentions.en
    for k in range(*frame.mention):
        head = mentions.head(k, lang, strip=frame.lang == "ar")
        if head is not None and head[0] in ("media", "outlet"):
            return True
        if frame.lang == "ar":
            break
    return False


def resolve_contents(doc: Document, frames: list[Frame], mentions: Mentions) -> None:
    """Give every frame its content span: where the next cue, a closing cue or the sentence ends it."""
    for index, f in enumerate(frames):
        if f.kind not in ("pre", "headline") or f.content_from is None or f.dropped:
            continue
        start = f.content_from
        if start >= len(doc.toks):
            f.dropped = True
            continue
        _, end = doc.sentence_of(start)
        if doc.is_opener(start) and doc.partner[start] >= end:
            end = doc.partner[start] + 1
        for later in range(index + 1, len(frames)):
            g = frames[later]
            if g.first >= end:
                break
            if g.first < start or g.dropped:
                continue
            if g.kind == "post":
                if g.terminal and g.content_to is not None:
                    # "قال مسؤول إن ...، وفقا لرويترز": the outlet carries the speaker (one entry, outlet outer);
                    # "ذكرت الصحيفة أن ...، نقلا عن مسؤولين": the officials are the immediate source (the
                    # paper becomes the outer link of their entry).
                    end = g.content_to
                    g.container = f
                    if _is_outlet(mentions, g):
                        f.outer.insert(0, Link(g.mention, g.cue))
                        g.dropped = True
                    else:
                        f.hidden = True
                    break
                g.container = f
            elif g.clause > start:
                end = g.clause
                break
            else:
                g.container = f
        f.content = _trim(doc, start, _before_aside(doc, mentions, start, end))
    by_sentence: dict[int, list[Frame]] = {}
    for h in frames:
        if h.kind == "post":
            by_sentence.setdefault(doc.sentence(h.first), []).append(h)
    for g in frames:
        if g.kind != "post" or g.dropped or g.content_to is None:
            continue
        s0, _ = doc.sentence_of(g.first)
        start = s0
        if g.container is not None and g.container.content_from is not None:
            start = max(start, g.container.content_from)
            if g.container.hidden and g.container.content is not None:
                g.content = g.container.content
                continue
        for h in by_sentence[doc.sentence(g.first)]:
            if h is not g and s0 <= h.last <= g.first and h.container is g.container:
                start = max(start, h.last)
        if doc.is_closer(g.content_to - 1):
            opener = doc.partner[g.content_to - 1]
            start = opener if opener >= s0 else start
        elif g.lang == "ar" and doc.key(g.first - 1) not in COMMAS:
            start = _own_clause(doc, mentions, start, g.content_to)
        g.content = _trim(doc, start, g.content_to)


def _own_clause(doc: Document, mentions: Mentions, start: int, end: int) -> int:
    """After the last "، إذ" / "، حيث" / "، بينما" before ``end``: a cue with no comma before it reaches that far."""
    for k in range(end - 2, start, -1):
        if doc.key(k) in COMMAS and mentions.ar.has("clause_openers", doc.key(k + 1)):
            return k + 2
    return start


def _before_aside(doc: Document, mentions: Mentions, start: int, end: int) -> int:
    """Where the author's comment begins ("...، وهو ما تنفيه إسرائيل": a comma, then "ما"/"الذي" and a cue
    verb) or the speaker's next act ("...، داعيا إلى انتخابات مبكرة": a comma and a directive participle)."""
    verbs, enders = mentions.ar.verbs, mentions.ar.words["clause_enders"]
    for k in range(start + 1, end):
        if doc.key(k) not in COMMAS:
            continue
        if doc.key(k + 1) in enders:
            return k
        for m in range(k + 1, min(end, k + 4)):
            if doc.key(m) in ("ما", "الذي", "التي") and doc.key(m + 1) in verbs:
                return k
    return end


def _trim(doc: Document, a: int, b: int) -> tuple[int, int] | None:
    """The code point span of tokens [a, b) without edge punctuation; a fully quoted stretch loses its marks."""
    toks = doc.toks
    while a < b and toks[a].kind == PUNCT:
        a += 1
    while b > a and (toks[b - 1].key in _TRAILING or (doc.is_closer(b - 1) and doc.partner[b - 1] < a)):
        b -= 1
    while a < b and toks[a].kind == QUOTE and not doc.is_opener(a):
        a += 1
    if b <= a:
        return None
    if doc.is_opener(a):
        close = doc.partner[a]
        if close < b - 1 and doc.key(close + 1) in COMMAS and doc.key(close + 2) not in ("وان", "وانه", "وانها"):
            b = close + 1
        if close == b - 1:
            a, b = a + 1, b - 1
            while b > a and toks[b - 1].key in _TRAILING:
                b -= 1
            if b <= a:
                return None
    return toks[a].s, toks[b - 1].e


def _quote_type(doc: Document, start: int, end: int) -> str:
    text = doc.text
    before = text[max(0, start - 8) : start].rstrip()[-1:]
    after = text[end : end + 8].lstrip(" .,،")[:1]
    inner = text[start:end]
    from annotator.suggestions.document import QUOTES

    if before in QUOTES and after in QUOTES and not any(ch in QUOTES for ch in inner):
        return "direct"
    return "mixed" if any(ch in QUOTES for ch in inner) else "indirect"


def _link(doc: Document, frame_or_link: Frame | Link) -> ChainLink:
    cue = frame_or_link.cue
    mention = frame_or_link.mention
    mention_span = (doc.toks[mention[0]].s, doc.toks[mention[1] - 1].e) if mention else None
    source = frame_or_link.source
    kind = frame_or_link.kind_of_source if isinstance(frame_or_link, Frame) else frame_or_link.kind
    return ChainLink(
        source=source,
        kind=kind,
        cue=doc.text[cue[0] : cue[1]] if cue else None,
        cue_start=cue[0] if cue else None,
        mention=doc.text[mention_span[0] : mention_span[1]] if mention_span else None,
        mention_start=mention_span[0] if mention_span else None,
    )


def _chain(doc: Document, f: Frame) -> tuple[ChainLink, ...]:
    links = [_link(doc, o) for o in f.outer]
    if f.container is not None and f.container is not f:
        links = [*_chain(doc, f.container)] or [_link(doc, f.container)]
        links += [_link(doc, o) for o in f.outer]
    links.append(_link(doc, f))
    return tuple(links) if len(links) > 1 else ()


def _suggestions(doc: Document, frames: list[Frame]) -> list[Suggestion]:
    out: list[Suggestion] = []
    seen: set[tuple[int, int, str]] = set()
    for f in frames:
        assert f.content is not None
        start, end = f.content
        claim = doc.text[start:end]
        if len(claim.split()) < _MIN_WORDS or (start, end, f.source) in seen:
            continue
        seen.add((start, end, f.source))
        own = _link(doc, f)
        out.append(
            Suggestion(
                claim=claim,
                start=start,
                end=end,
                source=f.source,
                kind=f.kind_of_source,
                cue=own.cue,
                cue_start=own.cue_start,
                mention=own.mention,
                mention_start=own.mention_start,
                quote_type=_quote_type(doc, start, end),
                chain=_chain(doc, f),
                score=round(min(0.99, f.score), 2),
            )
        )
    out.sort(key=lambda s: (s.start, -s.end))
    return out
