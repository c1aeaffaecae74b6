"""The Nisba project that scripts/qualcoder_roundtrip.py carries through QualCoder, and that project read back by
value for comparing field by field.

It has every kind of record Nisba keeps: the sample article with its metadata, a second article whose emoji
make code points and UTF-16 units differ, an article without claims; sources of several kinds with aliases and
colours (one named like a label, one never used); labels with and without a colour; claims of every quote type
by two annotators, chains of one to three sources (one link added by the other annotator), mentions and cues,
notes (one with XML's special characters and a line break), a claim over two paragraphs, two claims on one span
by different annotators, an unattributed claim with a note, and a curated claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator import Project
from annotator.paths import SAMPLE_ARTICLE
from annotator.project.claims import AttributionSpec

EMOJI_TEXT = "😀 قال الوزير إن الاتفاق مهم. 🎉 وأضاف مصدر مطلع أن «الوقت قد حان» للاتفاق."
"""An article whose claims come after emoji: each emoji is one code point but two UTF-16 units."""
EMPTY_TEXT = "An article without claims.\nSecond line."


def span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    """The code point span of ``phrase``'s first occurrence at or after ``after``."""
    start = text.index(phrase, after)
    return start, start + len(phrase)


def between(text: str, first: str, last: str, after: int = 0) -> tuple[int, int]:
    """From the start of ``first`` (at or after ``after``) to the end of ``last`` after it."""
    start = text.index(first, after)
    return start, text.index(last, start) + len(last)


def build(project: Project) -> None:
    """Fill an empty project with the records described above."""
    project.annotator = "Layla"
    sample = project.import_file(SAMPLE_ARTICLE)
    project.update_article(
        sample.id, outlet="مثال نيوز", url="https://news.example/putin-kim", published="2024-06-20", status="done"
    )
    text = sample.text
    hill = project.add_source("The Hill", "media", aliases=["ذا هيل"], colour="#123456")
    putin = project.add_source("Vladimir Putin", "person", aliases=["بوتين", "فلاديمير بوتين"])
    kim = project.add_source("Kim Jong Un", "person", aliases=["كيم", "كيم جونغ أون"], colour="#fa5858")
    ap = project.add_source("Associated Press", "media", aliases=["أسوشيتد برس"])
    blinken = project.add_source("Antony Blinken", "government", aliases=["أنتوني بلينكن", "بلينكن"])
    russia = project.add_source("Russia", "government", aliases=["روسيا"])
    minister = project.add_source("الوزير", "government")
    insider = project.add_source("مصدر مطلع", "anonymous")
    project.add_source("Unused", "document")
    opinion = project.add_label("opinion")
    ra2y = project.add_label("رأي", "#aabbcc")
    russia_label = project.add_label("Russia", "#ff0000")
    project.add_label("statistic")

    a = project.add_claim(
        sample.id, *between(text, "وقع الرئيس", "ضد أعدائهما"), [hill.id], "indirect", 'ملاحظة <مهمة> & "أخرى"\nسطر ثان'
    )
    mention = span(text, "فلاديمير بوتين")
    chain = [AttributionSpec(hill.id, cue=span(text, "وفقًا")), AttributionSpec(putin.id, mention=mention)]
    project.set_chain(a.id, chain)
    project.set_claim_labels(a.id, [russia_label.id])
    project.annotator = "عمر"  # adds a third source to Layla's claim: that link is his
    project.set_chain(a.id, [*chain, AttributionSpec(kim.id, mention=span(text, "كيم جونغ أون"))])

    b = project.add_claim(sample.id, *span(text, "وثيقة اختراق"), [], "direct")
    described = text.index("ووصفها بوتين")
    project.set_chain(b.id, [AttributionSpec(putin.id, mention=span(text, "بوتين", described)), hill.id])
    project.set_claim_labels(b.id, [opinion.id, ra2y.id])
    project.set_curated(b.id)
    d_start = text.index("وقال بوتين إن “اتفاقية")
    d = project.add_claim(sample.id, *between(text, "اتفاقية الشراكة", "هذا الاتفاق", d_start), [], "mixed")
    project.set_chain(
        d.id, [AttributionSpec(putin.id, mention=span(text, "بوتين", d_start), cue=span(text, "وقال", d_start))]
    )
    g_start = text.index("وقال وزير الخارجية")
    g = project.add_claim(sample.id, *between(text, "الاتفاق بين روسيا", "الخارجية", g_start + 20), [], "indirect")
    project.set_chain(
        g.id,
        [
            AttributionSpec(blinken.id, mention=span(text, "أنتوني بلينكن"), cue=span(text, "وقال", g_start)),
            russia.id,
        ],
    )

    project.annotator = "Layla"
    project.add_claim(sample.id, *span(text, "وثيقة اختراق"), [putin.id], "direct")  # the same span, by Layla
    c_start = text.index("فيما قال كيم")
    c = project.add_claim(sample.id, *span(text, "أقوى معاهدة على الإطلاق"), [], "direct", "بين علامتي تنصيص")
    project.set_chain(
        c.id, [AttributionSpec(kim.id, mention=span(text, "كيم", c_start), cue=span(text, "قال", c_start))]
    )
    e_start = text.index("وأشارت وكالة")
    e = project.add_claim(sample.id, *between(text, "كوريا الشمالية والاتحاد", "عام 1961", e_start), [], "unmarked")
    project.set_chain(
        e.id, [AttributionSpec(ap.id, mention=span(text, "أسوشيتد برس"), cue=span(text, "وأشارت", e_start))]
    )
    project.add_claim(sample.id, *between(text, "كما تعهد الزعيم", "الروسية الأوكرانية"), [kim.id], "indirect")
    project.add_claim(
        sample.id, *between(text, "قد يؤدي التحالف", "جو بايدن"), [], "unmarked", "بلا مصدر: تحليل الكاتب"
    )

    emoji = project.add_article(EMOJI_TEXT, language="ar")
    i = project.add_claim(emoji.id, *span(EMOJI_TEXT, "الاتفاق مهم"), [], "direct")
    project.set_chain(
        i.id, [AttributionSpec(minister.id, mention=span(EMOJI_TEXT, "الوزير"), cue=span(EMOJI_TEXT, "قال"))]
    )
    project.annotator = "عمر"
    j = project.add_claim(emoji.id, *span(EMOJI_TEXT, "«الوقت قد حان»"), [], "mixed", "بعد رمزين تعبيريين")
    project.set_chain(
        j.id, [AttributionSpec(insider.id, mention=span(EMOJI_TEXT, "مصدر مطلع"), cue=span(EMOJI_TEXT, "وأضاف"))]
    )
    project.add_article(EMPTY_TEXT, title="Empty", language="en", direction="ltr")


@dataclass
class Snapshot:
    """A project by value: what the exchange must keep, keyed so that two projects can be compared."""

    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By text hash."""
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By name."""
    labels: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By name."""
    claims: dict[tuple[str, int, int, str | None], dict[str, Any]] = field(default_factory=dict)
    """By (article's text hash, start, end, annotator)."""


ARTICLE_FIELDS = ("text", "title", "outlet", "url", "published", "language", "direction", "status")
SOURCE_FIELDS = ("kind", "aliases", "colour")
CLAIM_FIELDS = (
    "text",
    "quote_type",
    "chain",
    "note",
    "curated",
    "labels",
    "created",
    "modified",
    "link_annotators",
    "mentions",
    "cues",
)


def snapshot(project: Project) -> Snapshot:
    """``project`` by value (ids differ between projects, so records are keyed by what they are)."""
    shot = Snapshot()
    hashes = {}
    for a in project.articles():
        hashes[a.id] = a.text_hash
        shot.articles[a.text_hash] = {f: getattr(a, f) for f in ARTICLE_FIELDS}
        shot.articles[a.text_hash]["published"] = a.published.isoformat() if a.published else None
    names = {}
    for s in project.sources():
        names[s.id] = s.name
        shot.sources[s.name] = {"kind": s.kind, "aliases": tuple(s.aliases), "colour": s.colour}
    for label in project.labels():
        shot.labels[label.name] = {"colour": label.colour}
    for c in project.claims():
        links = sorted(c.attributions, key=lambda x: x.position)
        shot.claims[(hashes[c.article_id], c.start, c.end, c.annotator)] = {
            "text": c.text,
            "quote_type": c.quote_type,
            "chain": tuple(names[x.source_id] for x in links),
            "note": c.note,
            "curated": c.curated,
            "labels": tuple(sorted(label.name for label in c.labels)),
            "created": c.created_at.isoformat(),
            "modified": c.updated_at.isoformat(),
            "link_annotators": tuple((names[x.source_id], x.annotator) for x in links),
            "mentions": tuple(
                (names[x.source_id], x.mention_start, x.mention_end) for x in links if x.mention_start is not None
            ),
            "cues": tuple((names[x.source_id], x.cue_start, x.cue_end) for x in links if x.cue_start is not None),
        }
    return shot


@dataclass
class FieldCount:
    """How many records kept one field, and the first few that did not."""

    kept: int = 0
    of: int = 0
    differences: list[str] = field(default_factory=list)

    def add(self, same: bool, what: str) -> None:
        self.of += 1
        if same:
            self.kept += 1
        elif len(self.differences) < 3:
            self.differences.append(what)


def compare(
    before: dict[Any, dict[str, Any]], after: dict[Any, dict[str, Any]], fields: tuple[str, ...]
) -> tuple[FieldCount, dict[str, FieldCount]]:
    """Records of ``before`` found in ``after`` by key, and per field how many of them kept it; a field in
    ITEM_FIELDS counts its items (each mention, each cue, each link's annotator) of the records found."""
    found = FieldCount()
    per_field = {f: FieldCount() for f in fields}
    for key, record in before.items():
        other = after.get(key)
        found.add(other is not None, _name(key, record))
        if other is None:
            continue
        for f in fields:
            if f in ITEM_FIELDS:
                for item in record[f]:
                    per_field[f].add(item in other[f], f"{_name(key, record)}: {_short(item)} missing")
            else:
                per_field[f].add(
                    record[f] == other[f], f"{_name(key, record)}: {_short(record[f])} -> {_short(other[f])}"
                )
    return found, per_field


ITEM_FIELDS = frozenset({"link_annotators", "mentions", "cues"})


def _name(key: Any, record: dict[str, Any]) -> str:
    """A record as the table names it: a claim by its text and annotator, an article by its title."""
    if isinstance(key, tuple):
        return f"“{_short(record['text'], 24)}” ({key[3]})"
    if "title" in record:
        return repr(record["title"])
    return str(key)


def _short(value: Any, limit: int = 60) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
