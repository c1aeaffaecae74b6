"""Site furniture in scraped article text: section words, "read also", share and "back to top" lines.

The cleaner only *proposes* lines to drop; the user sees them and chooses.  Cleaning is
done on the draft before the article is stored, never afterwards, so stored offsets stay
valid.  Only whole lines are proposed: the leading section word or breadcrumb, the run of
furniture lines at the end, and "read also" link lines anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.messages import QT_TRANSLATE_NOOP

_TATWEEL = "\u0640"
_MARKS = re.compile(r"[\u064b-\u065f\u0670\u06d6-\u06ed]")  # Arabic diacritics
_EDGE_PUNCT = " \t:：.…!|·•-–—»«›‹><\u200f\u200e"

# Compared after _key(): hamza forms folded to ا, ى to ي, ة to ه, no diacritics or tatweel, lower case.
# fmt: off
_SECTION_WORDS = {
    # Arabic
    "اخبار", "الاخبار", "خبر", "عاجل", "رياضه", "اقتصاد", "سياسه", "دولي", "دوليات", "عربي", "عربيات", "محليات",
    "منوعات", "ثقافه", "فن", "فنون", "تكنولوجيا", "صحه", "العالم", "الرئيسيه", "تقارير", "مقالات", "اراء", "راي",
    "مقال", "تحقيقات", "حوارات", "الشرق الاوسط", "اخبار عربيه", "اخبار دوليه", "اخبار محليه", "اخبار العالم",
    # Persian, Urdu
    "سیاسی", "ورزشی", "اقتصادی", "بین الملل", "خبر فوری", "خبریں",
    # Hebrew
    "חדשות", "מבזקים", "פוליטיקה", "ספורט", "כלכלה",
    # English
    "news", "world", "politics", "home", "breaking", "middle east", "world news", "opinion",
}
_TRAILING = {
    # Arabic
    "تعليق", "تعليقات", "التعليقات", "اضف تعليق", "اضف تعليقا", "اترك تعليقا", "اقرا ايضا", "اقرا المزيد",
    "اقرا كذلك", "اقرا ايضا في", "زر الذهاب الي الاعلي", "العوده الي الاعلي", "الي الاعلي", "شارك", "شارك الخبر",
    "شارك هذا المقال", "شارك المقال", "مشاركه", "شاركها", "تابعنا", "تابعونا", "تابعنا علي", "تابعونا علي",
    "مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "ذات صله", "الاكثر قراءه", "الاكثر مشاهده",
    "الوسوم", "كلمات مفتاحيه", "كلمات دلاليه", "طباعه", "نسخ الرابط", "ارسل", "اشترك", "اشترك في النشرة",
    "فيسبوك", "تويتر", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "لينكدان", "البريد الالكتروني", "المزيد",
    # Persian, Urdu
    "بیشتر بخوانید", "بخوانید", "اشتراک گذاری", "اشتراک", "نظرات", "نظر شما", "برچسب ها", "مزید پڑھیں",
    # Hebrew
    "שתפו", "שתף", "תגובות", "קראו עוד", "עוד בנושא", "חזרה למעלה",
    # English
    "share", "share this", "comments", "comment", "read more", "read also", "related", "related articles",
    "back to top", "tags", "print", "email", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
}
# fmt: on
_READ_ALSO_PREFIXES = ("اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "بیشتر بخوانید", "קראו עוד", "read also", "read more")
_COPYRIGHT = re.compile(r"©|\(c\)|جميع الحقوق محفوظه|كل الحقوق محفوظه|all rights reserved|כל הזכויות שמורות", re.I)
_BREADCRUMB = re.compile(r"[>›»/|]")


@dataclass(frozen=True)
class FurnitureLine:
    """One line proposed for removal: its code point span in the text (without the newline), text and why."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class Furniture:
    """What the cleaner proposes to drop from one text."""

    lines: tuple[FurnitureLine, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lines)

    def __len__(self) -> int:
        return len(self.lines)


def _key(line: str) -> str:
    text = _MARKS.sub("", line.replace(_TATWEEL, "")).strip(_EDGE_PUNCT)
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه").replace("\u200c", " ")
    return " ".join(text.split()).casefold()


def _is_section(line: str) -> str | None:
    key = _key(line)
    if key in _SECTION_WORDS:
        return QT_TRANSLATE_NOOP("Core", "section word")
    parts = [p for p in (_key(p) for p in _BREADCRUMB.split(line)) if p]
    if len(parts) >= 2 and len(line.split()) <= 10 and any(p in _SECTION_WORDS for p in parts):
        return QT_TRANSLATE_NOOP("Core", "breadcrumb")
    return None


def _is_read_also(line: str) -> bool:
    key = _key(line)
    return any(
        key.startswith(p) and len(key) > len(p) and line.count(":") + line.count("：") >= 1 for p in _READ_ALSO_PREFIXES
    )


def _is_trailing(line: str) -> str | None:
    key = _key(line)
    if key in _TRAILING:
        return QT_TRANSLATE_NOOP("Core", "site link")
    if len(line.split()) <= 12 and _COPYRIGHT.search(key):
        return QT_TRANSLATE_NOOP("Core", "copyright line")
    words = [w for w in re.split(r"[\s,،|·•/]+", key) if w]
    if 2 <= len(words) <= 8 and all(w in _TRAILING for w in words):
        return QT_TRANSLATE_NOOP("Core", "share buttons")
    if _is_read_also(line):
        return QT_TRANSLATE_NOOP("Core", "read-also link")
    return None


def _lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def find_furniture(text: str) -> Furniture:
    """Propose the furniture lines of ``text``: leading section words, trailing site links, read-also links."""
    lines = _lines(text)
    proposed: dict[int, FurnitureLine] = {}
    content = [i for i, (_, _, line) in enumerate(lines) if line.strip()]
    if len(content) < 2:
        return Furniture()
    # Leading section words and breadcrumbs (never the last content line: something must stay).
    for i in content[:3]:
        start, end, line = lines[i]
        reason = _is_section(line)
        if reason is None:
            break
        proposed[i] = FurnitureLine(start, end, line, reason)
    # The run of furniture lines at the end.
    for i in reversed(content):
        start, end, line = lines[i]
        reason = _is_trailing(line)
        if reason is None or i in proposed:
            break
        proposed[i] = FurnitureLine(start, end, line, reason)
    # "Read also: <headline>" links inside the body.
    for i in content:
        start, end, line = lines[i]
        if i not in proposed and _is_read_also(line):
            proposed[i] = FurnitureLine(start, end, line, "read-also link")
    if len(proposed) >= len(content):  # everything looks like furniture: propose nothing
        return Furniture()
    return Furniture(tuple(proposed[i] for i in sorted(proposed)))


def remove_furniture(text: str, furniture: Furniture) -> str:
    """``text`` without the proposed lines and the blank line each leaves behind; nothing else changes."""
    if not furniture:
        return text
    lines = _lines(text)
    spans = {(f.start, f.end) for f in furniture.lines}
    removed = {i for i, (start, end, _) in enumerate(lines) if (start, end) in spans}
    blank = {i for i, (_, _, line) in enumerate(lines) if not line.strip()}
    for i in sorted(removed):
        if i + 1 in blank and i + 1 not in removed:
            removed.add(i + 1)
        elif i - 1 in blank and i - 1 not in removed:
            removed.add(i - 1)
    kept = [i for i in range(len(lines)) if i not in removed]
    while kept and kept[0] in blank and 0 in removed:  # the text started with furniture
        kept.pop(0)
    body = "\n".join(lines[i][2] for i in kept).rstrip()
    return body + ("\n" if text.endswith("\n") else "")


NO_FURNITURE = Furniture()
"""The empty proposal."""
