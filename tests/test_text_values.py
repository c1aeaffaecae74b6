"""check_text: what a text field may hold, refused naming the field."""

from __future__ import annotations

import pytest

from annotator.errors import InvalidValueError
from annotator.text.values import check_text


@pytest.mark.parametrize("value", ["بوتين", "The Hill", "a\tb", "", "فلاديمير\u200cبوتين"])
def test_ordinary_text_passes_unchanged(value: str) -> None:
    assert check_text(value, "source name") == value


@pytest.mark.parametrize(
    ("value", "why"),
    [
        (None, "source name must be text, not NoneType"),
        (123, "source name must be text, not int"),
        (["x"], "source name must be text, not list"),
        ("ab\ud800", "source name holds a broken character (an unpaired surrogate, U+D800) at position 2"),
        ("a\x00b", "source name holds a control character (U+0000) at position 1"),
        ("a\nb", "source name holds a control character (U+000A) at position 1"),
        ("x\uffff", "source name holds a control character (U+FFFF) at position 1"),
    ],
)
def test_values_a_project_cannot_hold_are_refused_naming_the_field(value: object, why: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        check_text(value, "source name")
    assert str(info.value).startswith(why)


def test_newlines_are_allowed_where_text_is_multiline_and_length_is_bounded() -> None:
    assert check_text("line\r\nline", "note", multiline=True) == "line\r\nline"
    with pytest.raises(InvalidValueError, match="note holds a control character"):
        check_text("a\x07", "note", multiline=True)
    with pytest.raises(InvalidValueError, match="title is 11 characters long; at most 10 are allowed"):
        check_text("x" * 11, "title", max_length=10)
