"""From a raw selection to the span stored: whole characters, edges trimmed alike for claims, mentions and cues."""

from __future__ import annotations

import pytest

from annotator.text.selection import KINDS, Kind, span_to_store

SAMPLE = "ووصفها بوتين بأنها “وثيقة اختراق” تعكس رغبة، وفقًا لما ذكرته صحيفة “The Hill“."


def stored(text: str, selected: str, kind: Kind, *, snap: bool = True, after: str = "") -> str:
    """What is stored for ``selected`` (its first occurrence after ``after``) as a ``kind``."""
    start = text.index(selected, text.index(after) if after else 0)
    s, e = span_to_store(text, start, start + len(selected), kind, snap_words=snap)
    return text[s:e]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        (" “وثيقة اختراق", "وثيقة اختراق"),  # the space and the quote mark before the first word: dropped
        ("“وثيقة", "وثيقة"),
        ("ذكرته صحيفة “The Hill“.", "ذكرته صحيفة “The Hill“"),  # the full stop goes, the name's quotes stay
        ("صحيفة “The Hill", "صحيفة “The Hill“"),  # the closing mark right after comes in: marks come in pairs
        ("صحيفة “The Hill“", "صحيفة “The Hill“"),
        ("تعكس رغبة، ", "تعكس رغبة"),  # the comma and the space after the last word
        ("، وفقًا لما", "وفقًا لما"),  # the comma left over from the clause before
        ("اختراق” تعكس", "اختراق” تعكس"),  # inside the text, a lone mark is the user's: only edges are trimmed
    ],
)
def test_edges_are_trimmed_alike_for_every_kind(kind: Kind, selected: str, expected: str) -> None:
    assert stored(SAMPLE, selected, kind) == expected


@pytest.mark.parametrize(
    ("selected", "kind", "expected"),
    [
        ("“وثيقة اختراق”", "claim", "“وثيقة اختراق”"),  # the user took both marks: the claim keeps them
        ("“وثيقة اختراق”", "mention", "وثيقة اختراق"),  # a name or a cue is never quoted
        ("“وثيقة اختراق”", "cue", "وثيقة اختراق"),
        ("“The Hill“.", "mention", "The Hill"),
        ("“The Hill“.", "claim", "“The Hill“"),
        ("بأنها “وثيقة اختراق”", "claim", "بأنها “وثيقة اختراق”"),  # a quote closed at the end, opened inside
        ("بأنها “وثيقة اختراق”", "mention", "بأنها “وثيقة اختراق”"),
    ],
)
def test_a_pair_of_marks_around_everything(selected: str, kind: Kind, expected: str) -> None:
    assert stored(SAMPLE, selected, kind) == expected


def test_final_question_marks_stay_in_claims_only() -> None:
    text = "وتساءل الوزير: هل تنتهي الحرب؟ ثم سكت"
    assert stored(text, "هل تنتهي الحرب؟", "claim") == "هل تنتهي الحرب؟"
    assert stored(text, "وتساءل الوزير:", "cue") == "وتساءل الوزير"
    assert stored(text, "الحرب؟", "mention") == "الحرب"
    assert stored(text, "؟ ثم", "claim") == "ثم"  # never at the start


def test_snapping_completes_words_for_every_kind_and_can_be_off() -> None:
    for kind in KINDS:
        assert stored(SAMPLE, "يقة اخت", kind) == "وثيقة اختراق"
        assert stored(SAMPLE, "he Hi", kind) == "The Hill"
        assert stored(SAMPLE, "يقة اخت", kind, snap=False) == "يقة اخت"
        assert stored(SAMPLE, "ثيقة", kind) == "ثيقة"  # after a word's first و the start stays (a clitic و)
    assert stored(SAMPLE, "“وثيقة اخت", "claim", snap=False) == "وثيقة اخت"
    assert stored("وقال بوتين", "قال", "cue") == "قال"  # after the clitic و the start stays


def test_whole_characters_never_a_mark_without_its_letter() -> None:
    text = "قال كَتَبَ المراسلُ"
    fatha = text.index("\u064e")  # the mark after ك
    assert span_to_store(text, fatha, len(text), "claim", snap_words=False) == (fatha - 1, len(text))
    lam = text.index("المراسل") + len("المراسل")  # an end between the letter and its damma
    assert span_to_store(text, 0, lam, "claim", snap_words=False) == (0, lam + 1)


def test_apostrophes_inside_words_are_not_quotes_and_brackets_pair() -> None:
    text = "he said 'Reuters' reported (the agency) it's true"
    assert stored(text, "'Reuters'", "mention") == "Reuters"
    assert stored(text, "it's true", "claim") == "it's true"
    assert stored(text, "(the agency", "mention") == "the agency"
    assert stored(text, "reported (the agency", "claim") == "reported (the agency)"


def test_nothing_but_marks_gives_an_empty_span_and_the_range_is_clamped() -> None:
    text = "قال “ ” ثم"
    for kind in KINDS:
        s, e = span_to_store(text, text.index("“"), text.index("”") + 1, kind)
        assert s == e
    assert span_to_store(text, len(text) + 5, -3, "claim") == (0, len(text))
    with pytest.raises(ValueError, match="kind must be one of"):
        span_to_store(text, 0, 3, "quote")  # type: ignore[arg-type]


def test_bidi_marks_and_spaces_at_the_edges_go() -> None:
    text = "قال\u200f \u00a0بوتين\u200e  إن"
    assert stored(text, "\u200f \u00a0بوتين\u200e  ", "mention") == "بوتين"
