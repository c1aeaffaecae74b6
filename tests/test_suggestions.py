"""Suggested attributions: the contract's shape and offsets, and the patterns the rules must find (or not)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from annotator.errors import InvalidValueError
from annotator.suggestions import KnownSource, Suggestion, suggest_attributions

CONTRACT_KEYS = {
    "claim",
    "start",
    "end",
    "source",
    "kind",
    "cue",
    "cue_start",
    "mention",
    "mention_start",
    "quote_type",
    "chain",
    "score",
}
LINK_KEYS = {"source", "kind", "cue", "cue_start", "mention", "mention_start"}


def only(text: str, **options: object) -> Suggestion:
    """The one suggestion the rules make for ``text``."""
    found = suggest_attributions(text, **options)  # type: ignore[arg-type]
    assert len(found) == 1, [s.claim for s in found]
    return found[0]


def assert_offsets(text: str, s: Suggestion) -> None:
    assert text[s.start : s.end] == s.claim
    if s.cue is not None:
        assert s.cue_start is not None and text[s.cue_start : s.cue_start + len(s.cue)] == s.cue
    if s.mention is not None:
        assert s.mention_start is not None and text[s.mention_start : s.mention_start + len(s.mention)] == s.mention
    for link in s.chain:
        if link.cue is not None:
            assert link.cue_start is not None and text[link.cue_start : link.cue_start + len(link.cue)] == link.cue
        if link.mention is not None:
            assert link.mention_start is not None
            assert text[link.mention_start : link.mention_start + len(link.mention)] == link.mention


# -- the contract -------------------------------------------------------------------------------------


def test_the_sample_article_gives_its_attributions_in_the_contract_shape(sample_text: str) -> None:
    found = suggest_attributions(sample_text)
    assert {s.source for s in found} >= {"The Hill", "فلاديمير بوتين", "أسوشيتد برس", "أنتوني بلينكن"}
    for s in found:
        assert_offsets(sample_text, s)
        data = s.to_json()
        assert set(data) == CONTRACT_KEYS
        assert all(set(link) == LINK_KEYS for link in data["chain"])
        assert data["quote_type"] in ("direct", "mixed", "indirect") and 0 < data["score"] <= 1
    assert [s.start for s in found] == sorted(s.start for s in found)
    seed = next(s for s in found if s.source == "أنتوني بلينكن")
    assert seed.cue == "وقال وزير الخارجية أنتوني بلينكن إن"
    assert seed.mention == "وزير الخارجية أنتوني بلينكن" and seed.kind == "person"
    assert seed.claim.startswith("الاتفاق بين روسيا") and seed.claim.endswith("مواصلة الحرب")


def test_a_suggestion_is_frozen_and_its_chain_is_empty_for_one_link() -> None:
    s = only("وقال بوتين إن الاتفاق تاريخي وغير مسبوق.")
    assert s.chain == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.source = "x"  # type: ignore[misc]


def test_offsets_are_code_points_past_emoji_and_diacritics() -> None:
    text = "😀😀 وَقَالَ بوتين إنّ الاتفاقَ تاريخيٌّ وغير مسبوق."
    s = only(text)
    assert_offsets(text, s)
    assert s.claim == "الاتفاقَ تاريخيٌّ وغير مسبوق" and s.source == "بوتين"


@pytest.mark.parametrize("text", ["", "   \n", "...", "«", "قال", "قال إن", "وقال: «", "said that", ":", "a" * 5000])
def test_text_without_a_content_gives_no_suggestion(text: str) -> None:
    assert suggest_attributions(text) == []


def test_importing_the_package_reads_no_lexicon_and_loads_no_storage_layer() -> None:
    code = (
        "import sys\n"
        "import annotator.suggestions as s\n"
        "from annotator.suggestions import lexicon\n"
        "print(lexicon._load.cache_info().currsize, 'sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["0", "False"]


# -- Arabic ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وأشارت الوزارة إلى أن الأسعار ارتفعت بشكل كبير.", "وأشارت الوزارة إلى أن"),
        ("فأكد الوزير أن الأسعار ارتفعت بشكل كبير.", "فأكد الوزير أن"),
        ("ويقول مراقبون إن الأسعار ارتفعت بشكل كبير.", "ويقول مراقبون إن"),
        ("وتؤكد المصادر أن الأسعار ارتفعت بشكل كبير.", "وتؤكد المصادر أن"),
        ("وأوضحت الطبيبة بأن الأسعار ارتفعت بشكل كبير.", "وأوضحت الطبيبة بأن"),
        ("وشدد الوزير على أن الأسعار ارتفعت بشكل كبير.", "وشدد الوزير على أن"),
        ("وحذر الخبراء من أن الأسعار سترتفع بشكل كبير.", "وحذر الخبراء من أن"),
        ("ويرى محللون أن الأسعار سترتفع بشكل كبير.", "ويرى محللون أن"),
        ("وصرحت وزارة الخارجية الإسرائيلية أنها تعتبره تمييزا ضد إسرائيل.", "وصرحت وزارة الخارجية الإسرائيلية أنها"),
    ],
)
def test_reporting_verbs_with_their_clitics_and_complementizers(text: str, cue: str) -> None:
    s = only(text)
    assert s.cue == cue
    assert_offsets(text, s)


def test_verb_before_its_speaker_and_the_speaker_named_without_the_title() -> None:
    text = "قال رئيس جمعية حماية المستهلك السعودية ناصر التويم إن المستهلكين يرمون معظم الطعام."
    s = only(text)
    assert s.mention == "رئيس جمعية حماية المستهلك السعودية ناصر التويم"
    assert (s.source, s.kind) == ("ناصر التويم", "person")
    assert s.claim == "المستهلكين يرمون معظم الطعام"


def test_subject_before_the_verb_with_its_apposition() -> None:
    text = "إلا أن مايا كوسيانيتش، المتحدثة باسم أشتون، نفت أن يكون للخطة أي جدول زمني."
    s = only(text)
    assert (s.cue, s.mention, s.source) == ("نفت أن", "مايا كوسيانيتش، المتحدثة باسم أشتون", "مايا كوسيانيتش")


def test_a_pronoun_verb_reports_for_the_last_speaker_of_its_gender() -> None:
    text = (
        "قال الوزير إن الخطة جاهزة للتنفيذ. وقالت الوزيرة إن الميزانية لا تكفي للخطة. "
        "وأضاف أن التنفيذ يبدأ الشهر المقبل."
    )
    found = suggest_attributions(text)
    assert [(s.source, s.mention) for s in found] == [("الوزير", "الوزير"), ("الوزيرة", "الوزيرة"), ("الوزير", None)]


def test_a_new_cue_starts_a_new_entry_and_the_first_ends_before_it() -> None:
    text = "وأضاف عبد الله أن البنك سيواصل مراقبة الأسعار، مشيرا إلى أن التضخم تراجع إلى 24 في المئة."
    first, second = suggest_attributions(text)
    assert first.claim == "البنك سيواصل مراقبة الأسعار" and first.cue == "وأضاف عبد الله أن"
    assert (second.claim, second.cue, second.mention) == ("التضخم تراجع إلى 24 في المئة", "مشيرا إلى أن", None)
    assert second.source == "عبد الله"


def test_a_cue_after_its_content() -> None:
    text = "وقع الزعيمان شراكة جديدة هذا الأسبوع، وفقًا لما ذكرته صحيفة “The Hill“."
    s = only(text)
    assert (s.claim, s.cue, s.mention) == ("وقع الزعيمان شراكة جديدة هذا الأسبوع", "وفقًا لما ذكرته", "صحيفة “The Hill“")
    assert (s.source, s.kind) == ("The Hill", "media")


def test_a_post_content_cue_opening_the_sentence() -> None:
    text = "وبحسب منظمة الصحة العالمية، فإن ثلث سكان العالم يعانون من اضطرابات النوم."
    s = only(text)
    assert (s.claim, s.cue, s.source) == ("ثلث سكان العالم يعانون من اضطرابات النوم", "وبحسب", "منظمة الصحة العالمية")


def test_an_outlet_carrying_an_anonymous_speaker_is_a_chain() -> None:
    text = "نقلت وكالة رويترز عن مسؤول طلب عدم الكشف عن اسمه قوله إن الحكومة تدرس خفض الدعم."
    s = only(text)
    assert s.claim == "الحكومة تدرس خفض الدعم"
    assert (s.source, s.kind, s.mention) == ("مسؤول طلب عدم الكشف عن اسمه", "anonymous", "مسؤول طلب عدم الكشف عن اسمه")
    assert [(link.source, link.kind) for link in s.chain] == [("رويترز", "media"), (s.source, "anonymous")]
    assert s.chain[0].mention == "وكالة رويترز"
    assert_offsets(text, s)


def test_an_outlet_named_after_the_content_is_the_outer_link() -> None:
    text = "وقال مسؤول مصري إن المحادثات متوقفة منذ أسبوع، وفقا لوكالة رويترز."
    s = only(text)
    assert s.claim == "المحادثات متوقفة منذ أسبوع" and s.source == "مسؤول مصري"
    assert [link.source for link in s.chain] == ["رويترز", "مسؤول مصري"]


def test_a_content_inside_another_is_nested_with_the_outer_speaker_first() -> None:
    text = "فأشار التويم أن الناس يرمون نصف ما يشترونه وفق تقديرات منظمة الأغذية والزراعة (الفاو) كل عام."
    outer, inner = suggest_attributions(text)
    assert outer.source == "التويم" and inner.source == "منظمة الأغذية والزراعة"
    assert (inner.cue, inner.mention) == ("وفق تقديرات", "منظمة الأغذية والزراعة (الفاو)")
    assert [link.source for link in inner.chain] == ["التويم", "منظمة الأغذية والزراعة"]


@pytest.mark.parametrize(
    ("text", "claim", "quote_type"),
    [
        ("وقال بوتين: «سنواصل التعاون مع كوريا الشمالية».", "سنواصل التعاون مع كوريا الشمالية", "direct"),
        ('وقال بوتين إن "الاتفاق تاريخي بكل المقاييس".', "الاتفاق تاريخي بكل المقاييس", "direct"),
        ("وقال بوتين إن ‹الاتفاق تاريخي بكل المقاييس›.", "الاتفاق تاريخي بكل المقاييس", "direct"),
        ("ووصف كيم الاتفاق بأنه “أقوى معاهدة” بين البلدين.", "“أقوى معاهدة” بين البلدين", "mixed"),
        ("وقال بوتين إن الاتفاق تاريخي بكل المقاييس.", "الاتفاق تاريخي بكل المقاييس", "indirect"),
    ],
)
def test_quotation_marks_of_every_kind(text: str, claim: str, quote_type: str) -> None:
    s = only(text)
    assert (s.claim, s.quote_type) == (claim, quote_type)


def test_a_quotation_before_its_verb() -> None:
    text = "«المباراة المقبلة ستكون صعبة للغاية»، قال الدوسري."
    s = only(text)
    assert (s.claim, s.cue, s.mention, s.quote_type) == (
        "المباراة المقبلة ستكون صعبة للغاية",
        "قال",
        "الدوسري",
        "direct",
    )


def test_a_headline_with_a_colon() -> None:
    text = "لافروف: لن نقبل بأي شروط مسبقة\n\nصرح وزير الخارجية الروسي سيرغي لافروف بأن بلاده لن تقبل الشروط."
    headline, body = suggest_attributions(text)
    assert (headline.cue, headline.mention, headline.claim) == (":", "لافروف", "لن نقبل بأي شروط مسبقة")
    assert headline.source == body.source == "سيرغي لافروف"


def test_an_agentless_passive_has_an_empty_source() -> None:
    s = only("وأشير في التقرير إلى أن معدلات التطعيم في المنطقة منخفضة.")
    assert (s.source, s.mention, s.cue) == ("", None, "وأشير في التقرير إلى أن")


@pytest.mark.parametrize(
    "text",
    [
        "ولم يقل الوزير إن الاتفاق انتهى بالفعل.",
        "ودعا الرئيس الأطراف إلى الحوار.",
        "وطلبت الجمعية من الوزارة أن تمدد فترة التسجيل.",
        "ويذكر أن الحرب اندلعت عام 2011 في المدينة.",
        "ومن المتوقع أن يصل الوفد غدا بعد أن تأجل موعده.",
        "ونقل المصابون إلى المستشفى القريب.",
        "وتابع الوزير الاجتماع الذي عقد في القاهرة.",
        "وشككت المعارضة في هذه الأرقام.",
        "واشنطن (رويترز) - ارتفعت الأسهم الأمريكية اليوم.",
        "He did not say whether he would run. The president will say more tomorrow.",
    ],
)
def test_what_is_not_an_attribution_is_not_suggested(text: str) -> None:
    assert suggest_attributions(text) == []


# -- English --------------------------------------------------------------------------------------------


def test_english_subject_verb_and_a_participle() -> None:
    text = "Lagarde said the council had not discussed rate cuts, adding that decisions would depend on data."
    first, second = suggest_attributions(text)
    assert (first.claim, first.cue, first.mention) == ("the council had not discussed rate cuts", "said", "Lagarde")
    assert (second.claim, second.cue, second.source) == ("decisions would depend on data", "adding that", "Lagarde")


def test_english_quotation_then_verb_then_speaker() -> None:
    text = '"The bank is behind the curve," said Anna Weber, chief economist at Deka Bank.'
    s = only(text)
    assert (s.claim, s.cue, s.quote_type) == ("The bank is behind the curve", "said", "direct")
    assert (s.mention, s.source) == ("Anna Weber, chief economist at Deka Bank", "Anna Weber")


def test_english_speaker_after_the_content_and_according_to() -> None:
    found = suggest_attributions(
        "Markets rallied after the announcement, Reuters reported. "
        "According to the regulator, the breach exposed the details of 50 million people."
    )
    assert [(s.claim, s.cue, s.source, s.kind) for s in found] == [
        ("Markets rallied after the announcement", "reported", "Reuters", "media"),
        ("the breach exposed the details of 50 million people", "According to", "regulator", "government"),
    ]


def test_english_pronoun_reports_for_the_last_speaker() -> None:
    text = "Anna Weber said prices would rise. She told Reuters that markets expected two cuts."
    _, second = suggest_attributions(text)
    assert (second.cue, second.mention, second.source) == ("told Reuters that", None, "Anna Weber")


# -- known sources and extra words ------------------------------------------------------------------------


def test_known_sources_are_matched_with_the_apps_folding() -> None:
    known = [
        KnownSource("فلاديمير بوتين", "person", ("بوتين", "Vladimir Putin")),
        KnownSource("كاثرين آشتون", "person"),
    ]
    text = "وقال بوتينُ إن الاتفاق تاريخي. وقالت كاثرين اشتون إن الرسالة مشاورات معتادة."
    putin, ashton = suggest_attributions(text, known)
    assert (putin.source, putin.kind, putin.mention) == ("فلاديمير بوتين", "person", "بوتينُ")
    assert ashton.source == "كاثرين آشتون"
    assert only("Vladimir Putin said the deal was historic.", known_sources=known).source == "فلاديمير بوتين"


def test_known_sources_may_be_plain_names_and_give_their_registry_kind() -> None:
    text = "وأفادت مصادر لقناة العربية بأن الوفد وصل إلى القاهرة."
    assert only(text, known_sources=["مصادر"]).source == "مصادر"
    s = only(
        "وقالت العربية إن الوفد وصل إلى القاهرة.", known_sources=[KnownSource("Al Arabiya", "media", ("العربية",))]
    )
    assert (s.source, s.kind) == ("Al Arabiya", "media")


def test_a_project_can_add_its_own_reporting_verbs() -> None:
    text = "وألمح الوزير إلى أن الحكومة قد تستقيل قريبا."
    assert suggest_attributions(text) == []
    extra = {"arabic": {"verbs": [{"past": "ألمح", "present": "يلمح", "participle": "ملمح", "flags": []}]}}
    s = only(text, extra_words=extra)
    assert (s.cue, s.source, s.claim) == ("وألمح الوزير إلى أن", "الوزير", "الحكومة قد تستقيل قريبا")


def test_extra_words_of_the_wrong_shape_are_refused_with_a_reason() -> None:
    with pytest.raises(InvalidValueError, match="extra attribution words"):
        suggest_attributions("قال بوتين إن الاتفاق تاريخي.", extra_words=["ألمح"])  # type: ignore[arg-type]


# -- shapes found in the blind batches -----------------------------------------------------------------------


def test_the_name_ali_is_not_the_preposition_ala() -> None:
    assert only("وقال أحمد محمد علي إن الاتفاق تاريخي وعظيم.").source == "أحمد محمد علي"
    assert only("وشدد الوزير على أن الاتفاق تاريخي وعظيم.").cue == "وشدد الوزير على أن"


def test_the_latter_is_the_body_named_before() -> None:
    text = "اتهم الجيش قوات الدعم السريع بعرقلة المساعدات، بينما قالت الأخيرة إن الجيش يستخدم الغذاء سلاحا."
    s = only(text)
    assert (s.mention, s.source) == ("الأخيرة", "قوات الدعم السريع")


def test_a_directive_participle_ends_the_content() -> None:
    s = only("واعتبر زعيم المعارضة أن الحكومة فقدت شرعيتها، داعيا إلى انتخابات مبكرة.")
    assert s.claim == "الحكومة فقدت شرعيتها"


def test_show_verbs_need_a_document_as_subject() -> None:
    assert only("وأظهر استطلاع للرأي أن الأغلبية تؤيد الانتخابات المبكرة.").kind == "document"
    assert suggest_attributions("وأظهر اللاعب أن الفريق قادر على الفوز.") == []
    assert only("The study found that most patients recovered within a week.").source == "study"
    assert suggest_attributions("Police found that the door had been forced open.") == []


def test_english_abbreviations_stay_in_names() -> None:
    text = (
        '"These results are exciting," said Dr. Helen Park, a cardiologist at Stanford University. '
        "The U.S. Chamber of Commerce said in a statement that the tariffs cost billions."
    )
    park, chamber = suggest_attributions(text)
    assert (park.mention, park.source) == ("Dr. Helen Park, a cardiologist at Stanford University", "Helen Park")
    assert (chamber.mention, chamber.source) == ("The U.S. Chamber of Commerce", "U.S. Chamber of Commerce")


def test_a_known_name_after_the_preposition_li_is_the_addressee_not_the_speaker() -> None:
    known = [KnownSource("Reuters", "media", ("رويترز",)), KnownSource("Sergei Lavrov", "person", ("لافروف",))]
    first, second = suggest_attributions(
        "وقال مسؤول مصري لرويترز إن المحادثات متوقفة منذ أسبوع. وقال لافروف إن موسكو لن تقبل الشروط.", known
    )
    assert (first.mention, first.source, first.chain) == ("مسؤول مصري", "مسؤول مصري", ())
    assert (second.mention, second.source) == ("لافروف", "Sergei Lavrov")
