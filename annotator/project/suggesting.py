"""Suggested attributions in a project: what the suggester finds in an article (with the project's sources and
attribution words) that the annotator has not marked or rejected yet, and accepting or rejecting one (each one
operation, undoable).

A suggestion never enters the data without the user's word: :func:`accept` makes it a claim (its chain,
mentions, cues and quote type; each source matched to the registry by name or alias with the app's folding,
or created with the suggested kind), recorded with origin ``suggested``; editing that claim's boundaries,
chain or quote type later makes it ``suggested_edited``.  :func:`reject` remembers the span for the article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

import annotator.project.articles as articles
import annotator.project.attribution_words as attribution_words
import annotator.project.claims as claims
import annotator.project.names as names
import annotator.project.sources as sources
from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import QUOTE_TYPES, SOURCE_KINDS, Claim, RejectedSuggestion, Source
from annotator.suggestions import KnownSource, Suggestion, suggest_attributions
from annotator.suggestions.model import ChainLink
from annotator.text.matching import fold

OVERLAP = 0.5
"""A suggestion overlapping a marked claim by at least this share of the shorter of the two is left out."""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, shared) / max(1, min(a[1] - a[0], b[1] - b[0]))


def suggester(s: Session) -> Callable[[str], list[Suggestion]]:
    """The project's suggester, text -> suggestions: the registry's sources and aliases are its known names, the
    project's attribution words join the lexicon (both read now, so it can run after ``s`` is closed)."""
    known = [KnownSource.of(x) for x in sources.every(s)]
    words = attribution_words.extra_words(s) or None
    return lambda text: suggest_attributions(text, known_sources=known, extra_words=words)


def pending(s: Session, article_id: int) -> list[Suggestion]:
    """The article's suggestions, less those already marked (overlapping a claim) or rejected."""
    article = articles.get(s, article_id)
    found = suggester(s)(article.text)
    marked = [(c.start, c.end) for c in s.scalars(select(Claim).where(Claim.article_id == article.id))]
    rejected = {
        (r.start, r.end)
        for r in s.scalars(select(RejectedSuggestion).where(RejectedSuggestion.article_id == article.id))
    }
    return [
        x
        for x in found
        if (x.start, x.end) not in rejected and not any(_overlap((x.start, x.end), m) >= OVERLAP for m in marked)
    ]


def registry_match(registry: Iterable[Source], name: str) -> Source | None:
    """The source of ``registry`` named ``name`` or with it as an alias (the app's Arabic folding), if any."""
    key = fold(" ".join(name.split()))
    for source in registry:
        if key in {fold(n) for n in (source.name, *source.aliases)}:
            return source
    return None


def _kind(kind: str) -> str:
    return kind if kind in SOURCE_KINDS else "other"


def new_sources(registry: Sequence[Source], suggestions: Iterable[Suggestion]) -> list[tuple[str, str]]:
    """The sources that accepting ``suggestions`` would add to ``registry``: (name as stored, kind), each once,
    in the order they would be made (so the window can ask before any is created)."""
    made: dict[str, tuple[str, str]] = {}
    for suggestion in suggestions:
        for link in _links(suggestion):
            name = " ".join(link.source.split())
            if name and fold(name) not in made and registry_match(registry, name) is None:
                made[fold(name)] = (name, _kind(link.kind))
    return list(made.values())


def _registry_source(s: Session, name: str, kind: str) -> Source:
    """The registry's source named ``name`` (or with it as an alias), else a new one of ``kind``."""
    found = registry_match(sources.every(s), name)
    return found if found is not None else names.new_source(s, name, _kind(kind))


def _links(suggestion: Suggestion) -> tuple[ChainLink, ...]:
    if suggestion.chain:
        return suggestion.chain
    one = ChainLink(
        suggestion.source,
        suggestion.kind,
        suggestion.cue,
        suggestion.cue_start,
        suggestion.mention,
        suggestion.mention_start,
    )
    return (one,)


def _span(text: str | None, start: int | None, length: int) -> tuple[int, int] | None:
    if text is None or start is None:
        return None
    end = start + len(text)
    return (start, end) if 0 <= start < end <= length else None


def accept(s: Session, article_id: int, suggestion: Suggestion, annotator: str | None) -> Claim:
    """Make ``suggestion`` a claim of the article, with its whole chain; its origin is ``suggested``."""
    article = articles.get(s, article_id)
    if article.text[suggestion.start : suggestion.end] != suggestion.claim:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Core",
                "the suggestion “{claim}” does not match article {id}'s text at {start}..{end}; suggest again",
            ).format(claim=suggestion.claim[:40], id=article.id, start=suggestion.start, end=suggestion.end)
        )
    specs: list[claims.AttributionSpec] = []
    for link in _links(suggestion):
        if not link.source.strip():
            continue
        source = _registry_source(s, link.source, link.kind)
        if any(spec.source_id == source.id for spec in specs):
            continue
        mention = _span(link.mention, link.mention_start, len(article.text))
        cue = _span(link.cue, link.cue_start, len(article.text))
        specs.append(claims.AttributionSpec(source.id, mention, cue))
    quote_type = suggestion.quote_type if suggestion.quote_type in QUOTE_TYPES else "unmarked"
    claim = claims.add(s, article.id, suggestion.start, suggestion.end, (), quote_type, "", annotator)
    claims.set_chain(s, claim.id, specs, annotator)
    claim.origin = "suggested"
    s.flush()
    return claim


def reject(s: Session, article_id: int, suggestion: Suggestion, annotator: str | None) -> None:
    """Remember that ``suggestion`` is not an attribution here: it is not suggested again for this article."""
    article = articles.get(s, article_id)
    s.add(
        RejectedSuggestion(
            article_id=article.id,
            start=suggestion.start,
            end=suggestion.end,
            source=suggestion.source or None,
            annotator=annotator,
        )
    )
    s.flush()
