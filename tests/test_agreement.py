"""Agreement metrics against hand-computed cases and published examples."""

from __future__ import annotations

import math

import pytest

from annotator.review.agreement import (
    cohen_kappa,
    exact_agreement,
    krippendorff_alpha_nominal,
    overlap_agreement,
    overlap_pairs,
)


def test_exact_and_overlap_span_f1_by_hand() -> None:
    a = [(0, 10), (20, 30), (40, 50)]
    b = [(0, 10), (22, 35), (60, 70), (41, 45)]
    exact = exact_agreement(a, b)
    assert (exact.matched, exact.f1) == (1, pytest.approx(2 / 7))
    overlap = overlap_agreement(a, b)
    assert (overlap.matched, overlap.f1) == (3, pytest.approx(6 / 7))
    assert exact_agreement([], []).f1 == 1.0


def test_overlap_matching_is_one_to_one_largest_first() -> None:
    # one long span overlapping two short ones pairs with the larger overlap only
    assert overlap_pairs([(0, 100)], [(0, 10), (20, 80)]) == [(0, 1)]
    assert overlap_agreement([(0, 100)], [(0, 10), (20, 80)]).f1 == pytest.approx(2 / 3)


def test_cohen_kappa_textbook_example() -> None:
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> po 0.7, pe 0.5, kappa 0.4 (Cohen 1960; Wikipedia)
    left = ["yes"] * 25 + ["no"] * 25
    right = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(left, right) == pytest.approx(0.4)
    assert cohen_kappa(["a", "b"], ["a", "b"]) == 1.0
    assert math.isnan(cohen_kappa([], []))
    with pytest.raises(ValueError):
        cohen_kappa(["a"], [])


def test_krippendorff_alpha_published_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 observers x 12 units with
    # missing values: nominal alpha = 0.743.
    rows = {
        "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    }
    units = [{o: rows[o][u] for o in rows if rows[o][u] is not None} for u in range(12)]
    assert krippendorff_alpha_nominal(units) == pytest.approx(0.743, abs=0.0005)


def test_alpha_equals_kappa_like_values_on_full_agreement() -> None:
    units = [{"a": "x", "b": "x"}, {"a": "y", "b": "y"}, {"a": "x"}]
    assert krippendorff_alpha_nominal(units) == 1.0
    assert math.isnan(krippendorff_alpha_nominal([{"a": 1}]))


def test_overlap_pairs_window_gives_the_same_pairs_as_comparing_every_two() -> None:
    import random

    def brute(left: list[tuple[int, int]], right: list[tuple[int, int]]) -> list[tuple[int, int]]:
        cands = sorted(
            (-(min(a1, b1) - max(a0, b0)), i, j)
            for i, (a0, a1) in enumerate(left)
            for j, (b0, b1) in enumerate(right)
            if min(a1, b1) - max(a0, b0) > 0
        )
        used_l: set[int] = set()
        used_r: set[int] = set()
        out = []
        for _, i, j in cands:
            if i not in used_l and j not in used_r:
                used_l.add(i)
                used_r.add(j)
                out.append((i, j))
        return sorted(out)

    rng = random.Random(8)
    for _ in range(300):
        spans = [
            [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 12)))]
            for _ in "ab"
        ]
        assert overlap_pairs(spans[0], spans[1]) == brute(spans[0], spans[1])
