"""The development set's four headline measures (score.py's rules), for tests that must run without it.

content: spans sharing at least 50% of the longer one; cue and mention: spans sharing a character (each
span counted once); link: an overlapping content whose source names agree or whose mentions overlap.
One-to-one greedy matching, micro-averaged over articles.  ``tests/test_suggestions_quality.py`` checks
that these agree with score.py itself when the development folder is present.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

Span = tuple[int, int]
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\"'“”«»„‟\u201c\u201d()\[\]،,.:;!?؟\-–—_#/]+")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def _name(s: str) -> str:
    return " ".join(_PUNCT.sub(" ", _MARKS.sub("", s or "").translate(_LETTERS)).split()).casefold()


def names_agree(pred: str, gold: str) -> bool:
    """Equal after normalising, or one name's words all inside the other's; an empty gold needs an empty guess."""
    p, g = _name(pred), _name(gold)
    if not g or not p:
        return not g and not p
    small, big = sorted((set(p.split()), set(g.split())), key=len)
    return p == g or small <= big


def _inter(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _ratio(g: Span, p: Span) -> float:
    return _inter(g, p) / max(g[1] - g[0], p[1] - p[0])


def _match(
    gold: list[Span], pred: list[Span], ok: Callable[[Span, Span], bool], score: Callable[[Span, Span], float]
) -> list[tuple[int, int]]:
    """Best-scoring acceptable pairs first, each span used once (as score.py does)."""
    pairs = sorted(
        ((score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if ok(g, p)), reverse=True
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _half(g: Span, p: Span) -> bool:
    return _inter(g, p) > 0 and _inter(g, p) * 2 >= max(g[1] - g[0], p[1] - p[0])


def _spans(claims: Iterable[dict[str, Any]], text: str, key: str) -> list[Span | None]:
    out: list[Span | None] = []
    for c in claims:
        value, start = c.get(key), c.get(f"{key}_start")
        out.append((start, start + len(value)) if value and isinstance(start, int) else None)
    return out


def scores(gold: list[dict[str, Any]], pred: list[dict[str, Any]], texts: dict[str, str]) -> dict[str, float]:
    """F1 of content (50% overlap), cue, mention and link over every article of ``gold``."""
    counts = {k: [0, 0, 0] for k in ("content", "cue", "mention", "link")}  # tp, predicted, gold
    predicted = {d["article"]: d["claims"] for d in pred}
    for doc in gold:
        g_claims, p_claims = doc["claims"], predicted.get(doc["article"], [])
        text = texts[doc["article"]]
        gs = [(c["start"], c["end"]) for c in g_claims]
        ps = [(c["start"], c["end"]) for c in p_claims]
        pairs = _match(gs, ps, _half, _ratio)
        counts["content"] = [a + b for a, b in zip(counts["content"], (len(pairs), len(ps), len(gs)), strict=True)]
        for name, key in (("cue", "cue"), ("mention", "mention")):
            g_sp = sorted({s for s in _spans(g_claims, text, key) if s})
            p_sp = sorted({s for s in _spans(p_claims, text, key) if s})
            found = _match(g_sp, p_sp, lambda g, p: _inter(g, p) > 0, _inter)
            counts[name] = [a + b for a, b in zip(counts[name], (len(found), len(p_sp), len(g_sp)), strict=True)]
        g_mentions, p_mentions = _spans(g_claims, text, "mention"), _spans(p_claims, text, "mention")
        linked = 0
        for gi, pi in pairs:
            gm, pm = g_mentions[gi], p_mentions[pi]
            same_mention = gm is not None and pm is not None and _inter(gm, pm) > 0
            linked += names_agree(p_claims[pi].get("source", ""), g_claims[gi].get("source", "")) or same_mention
        counts["link"] = [a + b for a, b in zip(counts["link"], (linked, len(ps), len(gs)), strict=True)]
    out = {}
    for name, (tp, n_pred, n_gold) in counts.items():
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[name] = 2 * p * r / (p + r) if p + r else 0.0
    return out
