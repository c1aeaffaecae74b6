"""Direction, language, Arabic-aware matching and span segments."""

from __future__ import annotations

from annotator.text.direction import detect_direction, detect_language, paragraph_directions
from annotator.text.matching import fold, matches
from annotator.text.spans import covering, guess_quote_type, segments


def test_arabic_paragraph_starting_with_latin_name_is_rtl() -> None:
    assert detect_direction("The Hill قالت صحيفة إن الاتفاق وقع أمس") == "rtl"
    assert detect_direction("«The Hill» ذكرت أن الرئيس وقع الاتفاق") == "rtl"
    assert detect_direction("Putin said that the deal is «وثيقة»") == "ltr"


def test_neutral_paragraph_follows_the_article() -> None:
    assert paragraph_directions("بوتين قال\n1961\nThe end", "rtl") == ["rtl", "rtl", "ltr"]
    assert detect_direction("2024 — 12", "ltr") == "ltr"


def test_languages_by_script() -> None:
    assert detect_language("وقع الرئيس الروسي فلاديمير بوتين") == "ar"
    assert detect_language("שלום עולם, זה מאמר") == "he"
    assert detect_language("این یک مقاله خبری است که پوتین گفت") == "fa"
    assert detect_language("یہ ایک خبر ہے جو پوتن نے کہی ہے اور ٹھیک ہے") == "ur"
    assert detect_language("The Hill reported on Tuesday") == "en"
    assert detect_language("1234") is None


def test_fold_ignores_diacritics_and_letter_variants() -> None:
    assert fold("كَتَبَ") == fold("كتب")
    assert fold("أسوشيتد") == fold("اسوشيتد") == fold("إسوشيتد")
    assert fold("وكالة") == fold("وكاله")
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("The HILL") == "the hill"


def test_matches_any_candidate() -> None:
    assert matches("بوتين", "Vladimir Putin", "فلاديمير بُوتين")
    assert matches("putin", "Vladimir Putin")
    assert not matches("كيم", "Vladimir Putin", "بوتين")
    assert matches("", "anything")


def test_segments_split_overlaps() -> None:
    spans = [(0, 10, 1), (5, 15, 2), (7, 8, 3)]
    assert segments(spans, 0, 20) == [
        (0, 5, (1,)),
        (5, 7, (1, 2)),
        (7, 8, (1, 2, 3)),
        (8, 10, (1, 2)),
        (10, 15, (2,)),
    ]
    assert segments(spans, 3, 6) == [(3, 5, (1,)), (5, 6, (1, 2))]
    assert segments([(0, 3, 1)], 5, 9) == []


def test_covering_is_innermost_first() -> None:
    assert covering([(0, 10, 1), (5, 15, 2), (7, 8, 3)], 7) == [3, 1, 2]
    assert covering([(0, 10, 1)], 10) == []


def test_quote_type_guess_sees_quotation_marks_inside_or_around() -> None:
    text = 'ووصفها بوتين بأنها “وثيقة اختراق” تعكس رغبة، وقال «لا» ثم "yes" and so on'
    inside = text.index("“"), text.index("”") + 1
    around = text.index("وثيقة"), text.index("”")
    assert guess_quote_type(text, *inside) == "direct"
    assert guess_quote_type(text, *around) == "direct"
    assert guess_quote_type(text, text.index("لا"), text.index("لا") + 2) == "direct"
    assert guess_quote_type(text, text.index("yes"), text.index("yes") + 3) == "direct"
    assert guess_quote_type(text, 0, 12) == "unmarked"
    assert guess_quote_type(text, text.index("تعكس"), text.index("رغبة") + 4) == "unmarked"


def test_find_all_is_arabic_aware_and_maps_back_to_the_text() -> None:
    from annotator.text.matching import find_all

    text = "كَتَبَ المراسلُ أنّ «إسوشيتد برس» كتبت، وكتب آخرون: كتب"
    spans = find_all(text, "كتب")
    assert [text[s:e] for s, e in spans] == ["كَتَبَ", "كتب", "كتب", "كتب"]
    assert [text[s:e] for s, e in find_all(text, "اسوشيتد")] == ["إسوشيتد"]
    assert find_all("The HILL and the hill", "hill") == [(4, 8), (17, 21)]
    assert find_all(text, "  ") == []
