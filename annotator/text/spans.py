"""Span geometry in code points: which claims cover which pieces of a text."""

from __future__ import annotations

from collections.abc import Iterable

Span = tuple[int, int, int]  # start, end, id
Segment = tuple[int, int, tuple[int, ...]]  # start, end, ids covering it


def segments(spans: Iterable[Span], lo: int, hi: int) -> list[Segment]:
    """Split ``lo..hi`` into the pieces where the set of covering spans is constant.

    Only covered pieces are returned, in order; ids in each piece are in the
    order their spans were given.  Overlapping and nested spans are fine.
    """
    events: list[tuple[int, int, int]] = []  # position, +1 open / -1 close, order
    order: dict[int, int] = {}
    for n, (start, end, ident) in enumerate(spans):
        s, e = max(start, lo), min(end, hi)
        if s < e:
            order[ident] = n
            events.append((s, 1, ident))
            events.append((e, -1, ident))
    events.sort(key=lambda ev: ev[0])
    out: list[Segment] = []
    active: set[int] = set()
    prev = lo
    i = 0
    while i < len(events):
        pos = events[i][0]
        if active and pos > prev:
            out.append((prev, pos, tuple(sorted(active, key=order.__getitem__))))
        while i < len(events) and events[i][0] == pos:
            _, kind, ident = events[i]
            if kind > 0:
                active.add(ident)
            else:
                active.discard(ident)
            i += 1
        prev = pos
    return out


def covering(spans: Iterable[Span], pos: int) -> list[int]:
    """Ids of the spans that contain the character at ``pos``, innermost (shortest) first."""
    hits = [(end - start, ident) for start, end, ident in spans if start <= pos < end]
    return [ident for _, ident in sorted(hits)]


OPENING_QUOTES = "“«\"'„‘‹"
CLOSING_QUOTES = "”»\"'“’›"


def guess_quote_type(text: str, start: int, end: int) -> str:
    """``"direct"`` when ``text[start:end]`` is wrapped in quotation marks, else ``"unmarked"``.

    The marks may be inside the span or just outside it.  A suggestion for a
    new claim; the user can change it.
    """
    inner = text[start:end].strip()
    if len(inner) >= 2 and inner[0] in OPENING_QUOTES and inner[-1] in CLOSING_QUOTES:
        return "direct"
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    if before and after and before in OPENING_QUOTES and after in CLOSING_QUOTES:
        return "direct"
    return "unmarked"
