"""Compare mode (issue 8): two annotators' claims on the same text, coloured by annotator, differences marked.

The claims of "me" (the current annotator) and of the other are drawn in two fixed colours (blended where
they overlap); a claim with no overlapping claim of the other annotator is drawn ``unmatched`` (a red wavy
underline).  Pairs come from :func:`annotator.review.agreement.overlap_pairs`, as in the agreement figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.review.agreement import overlap_pairs
from annotator.storage.claim_rows import ClaimRow
from ui.article.highlight_style import HighlightSpan
from ui.i18n.words import Words

CompareText = Words("CompareText")

MINE = "#b39ddb"  # lavender: not the blue of a text selection
THEIRS = "#ffb74d"  # orange


def compare_spans(claims: Sequence[ClaimRow], me: str | None, other: str) -> list[HighlightSpan]:
    """Highlights of ``me``'s and ``other``'s claims among ``claims`` (others are left out)."""
    mine = [c for c in claims if c.annotator == me]
    theirs = [c for c in claims if c.annotator == other]
    pairs = overlap_pairs([(c.start, c.end) for c in mine], [(c.start, c.end) for c in theirs])
    matched_mine = {i for i, _ in pairs}
    matched_theirs = {j for _, j in pairs}
    spans = []
    for group, matched, colour, who in ((mine, matched_mine, MINE, me), (theirs, matched_theirs, THEIRS, other)):
        for i, claim in enumerate(group):
            alone = i not in matched
            name = who or "—"
            who_text = CompareText.tr("{name} only").format(name=name) if alone else name
            tip = f"{who_text}\n{claim.text[:200]}"
            spans.append(
                HighlightSpan(claim.id, claim.start, claim.end, colour, tip, "unmatched" if alone else "claim")
            )
    return spans
