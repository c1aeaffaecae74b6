"""Suggested attributions: the claims, sources and cues that rules find in Arabic (and English) news.

``suggest_attributions(text, known_sources=())`` returns :class:`Suggestion` objects whose offsets are code
points into ``text``.  Rule-based and offline: the lexicon is data (``resources/attribution_lexicon.json``),
read on first use.  Nothing here touches a project: accepting or rejecting a suggestion is the caller's.
"""

from __future__ import annotations

from annotator.suggestions.engine import suggest_attributions
from annotator.suggestions.model import ChainLink, KnownSource, Suggestion

__all__ = ["ChainLink", "KnownSource", "Suggestion", "suggest_attributions"]
