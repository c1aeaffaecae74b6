"""Inter-annotator agreement: span F1 (exact and overlap) and label agreement (Cohen's kappa, Krippendorff's alpha).

Pure functions over plain values, so they can be checked against hand-computed cases and published examples.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(frozen=True)
class SpanAgreement:
    """How two annotators' spans agree: matched pairs and F1."""

    matched: int
    left: int
    right: int

    @property
    def f1(self) -> float:
        """2·matched / (spans of one + spans of the other); 1.0 when neither marked anything."""
        total = self.left + self.right
        return 1.0 if total == 0 else 2 * self.matched / total


def exact_agreement(left: Sequence[Span], right: Sequence[Span]) -> SpanAgreement:
    """Spans agree when both boundaries are the same."""
    matched = sum((Counter(left) & Counter(right)).values())
    return SpanAgreement(matched, len(left), len(right))


def overlap_pairs(left: Sequence[Span], right: Sequence[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (index in left, index in right) of overlapping spans, largest overlaps first."""
    # Only right spans starting within (a0 - longest right span, a1) can overlap (a0, a1): a sorted window,
    # so thousands of claims do not cost millions of comparisons.  Same pairs as comparing every two.
    order = sorted(range(len(right)), key=lambda j: right[j][0])
    starts = [right[j][0] for j in order]
    longest = max((b1 - b0 for b0, b1 in right), default=0)
    candidates = []
    for i, (a0, a1) in enumerate(left):
        for k in range(bisect_right(starts, a0 - longest), bisect_left(starts, a1)):
            j = order[k]
            b0, b1 = right[j]
            shared = min(a1, b1) - max(a0, b0)
            if shared > 0:
                candidates.append((-shared, i, j))
    candidates.sort()
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def overlap_agreement(left: Sequence[Span], right: Sequence[Span]) -> SpanAgreement:
    """Spans agree when they overlap (each span matched at most once)."""
    return SpanAgreement(len(overlap_pairs(left, right)), len(left), len(right))


def cohen_kappa(left: Sequence[Hashable], right: Sequence[Hashable]) -> float:
    """Cohen's kappa of two annotators' labels for the same items (in the same order)."""
    if len(left) != len(right):
        raise ValueError("both annotators must label the same items")
    n = len(left)
    if n == 0:
        return float("nan")
    observed = sum(a == b for a, b in zip(left, right, strict=True)) / n
    counts_left, counts_right = Counter(left), Counter(right)
    expected = sum(counts_left[k] * counts_right[k] for k in counts_left) / (n * n)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else float("nan")
    return (observed - expected) / (1 - expected)


def krippendorff_alpha_nominal(units: Sequence[Mapping[Hashable, Hashable]]) -> float:
    """Krippendorff's alpha for nominal labels; each unit maps annotator -> label (missing ones left out).

    Units with fewer than two labels do not count, as the coefficient defines.
    """
    coincidences: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for unit in units:
        values = list(unit.values())
        m = len(values)
        if m < 2:
            continue
        for i, a in enumerate(values):
            for j, b in enumerate(values):
                if i != j:
                    coincidences[(a, b)] += 1 / (m - 1)
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (a, _b), weight in coincidences.items():
        totals[a] += weight
    n = sum(totals.values())
    if n <= 1:
        return float("nan")
    disagree_observed = sum(w for (a, b), w in coincidences.items() if a != b)
    disagree_expected = sum(totals[a] * totals[b] for a in totals for b in totals if a != b)
    if disagree_expected == 0:
        return 1.0
    return 1 - (n - 1) * disagree_observed / disagree_expected
