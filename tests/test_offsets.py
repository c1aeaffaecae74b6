"""OffsetMap: the one conversion between Qt's UTF-16 positions and code points."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.text.offsets import OffsetMap, utf16_length


def test_emoji_counts_twice_in_utf16() -> None:
    m = OffsetMap("😀 قال")
    assert m.to_utf16(2) == 3
    assert m.to_code_point(3) == 2
    assert m.utf16_length == 6 and m.length == 5


def test_position_inside_surrogate_pair_rounds_to_the_character() -> None:
    m = OffsetMap("a😀b")
    assert m.to_code_point(2) == 1  # inside the emoji: its start
    assert m.to_code_point(2, round_up=True) == 2  # or its end
    assert m.range_to_code_points(2, 2) == (1, 2)  # a range never splits it


def test_range_is_order_insensitive() -> None:
    m = OffsetMap("x😀y😀z")
    assert m.range_to_code_points(6, 1) == (1, 4)
    assert m.range_to_utf16(1, 4) == (1, 6)


def test_ascii_and_bmp_text_map_to_themselves() -> None:
    m = OffsetMap("وَقَالَ بوتين")
    assert [m.to_utf16(i) for i in range(m.length + 1)] == list(range(m.length + 1))


def test_out_of_range_is_refused() -> None:
    m = OffsetMap("abc")
    with pytest.raises(ValueError):
        m.to_utf16(4)
    with pytest.raises(ValueError):
        m.to_code_point(-1)


@given(st.text(), st.data())
def test_round_trip_for_any_text_and_position(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    assert m.utf16_length == len(text.encode("utf-16-le")) // 2 == utf16_length(text)
    cp = data.draw(st.integers(0, len(text)))
    u16 = m.to_utf16(cp)
    assert u16 == len(text[:cp].encode("utf-16-le")) // 2
    assert m.to_code_point(u16) == cp
    lo, hi = sorted(data.draw(st.tuples(st.integers(0, m.utf16_length), st.integers(0, m.utf16_length))))
    start, end = m.range_to_code_points(lo, hi)
    assert 0 <= start <= end <= len(text)
    # the code point range covers the UTF-16 range exactly or widens it only to whole characters
    assert m.to_utf16(start) <= lo and m.to_utf16(end) >= hi
    assert m.to_utf16(end) - hi <= 1 and lo - m.to_utf16(start) <= 1
