"""Which claims an article view highlights, and on which paragraphs: so marking, editing or deleting one
claim re-formats only the paragraphs it touches."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from ui.article.highlight_style import HighlightSpan


class HighlightIndex:
    """Each claim's spans (its content, mentions and cues), and the claims on each paragraph.

    ``blocks_of`` says which paragraph numbers a span covers in the text shown now.
    """

    def __init__(self, blocks_of: Callable[[HighlightSpan], range]) -> None:
        self._blocks_of = blocks_of
        self._spans: dict[int, list[HighlightSpan]] = {}
        self._by_block: defaultdict[int, set[int]] = defaultdict(set)

    def clear(self) -> set[int]:
        """Forget every claim; the paragraphs that had highlights."""
        touched = set(self._by_block)
        self._spans = {}
        self._by_block = defaultdict(set)
        return touched

    def put(self, claim_id: int, spans: list[HighlightSpan]) -> set[int]:
        """Record a claim's spans (in place of any it had); the paragraphs touched, before and after."""
        touched = self.drop(claim_id)
        self._spans[claim_id] = spans
        blocks: set[int] = set()
        for span in spans:
            blocks.update(self._blocks_of(span))
        for number in blocks:
            self._by_block[number].add(claim_id)
        return touched | blocks

    def put_all(self, spans: Iterable[HighlightSpan]) -> set[int]:
        """Record many claims' spans, grouped by claim; the paragraphs touched."""
        by_claim: defaultdict[int, list[HighlightSpan]] = defaultdict(list)
        for span in spans:
            by_claim[span.id].append(span)
        touched: set[int] = set()
        for claim_id, group in by_claim.items():
            touched |= self.put(claim_id, group)
        return touched

    def drop(self, claim_id: int) -> set[int]:
        """Forget one claim; the paragraphs it was on."""
        old = self._spans.pop(claim_id, [])
        blocks: set[int] = set()
        for span in old:
            blocks.update(self._blocks_of(span))
        for number in blocks:
            self._by_block[number].discard(claim_id)
        return blocks

    def on_block(self, number: int) -> list[HighlightSpan]:
        """The spans of the claims on paragraph ``number``, claim by claim in id order."""
        return [s for i in sorted(self._by_block.get(number, ())) for s in self._spans[i]]

    def spans(self) -> list[HighlightSpan]:
        """Every span, in text order."""
        return sorted((s for group in self._spans.values() for s in group), key=lambda s: (s.start, s.end, s.id))

    def claim_span(self, claim_id: int) -> HighlightSpan | None:
        """The content span of a claim."""
        return next((s for s in self._spans.get(claim_id, ()) if s.role in ("claim", "unmatched")), None)
