"""Misuses of the Python API (issue 19), shared by tests/test_hostile_api.py and the campaign's ``api`` group
(scripts/hostile_cases.py): each call, given a project and an article's id, must be refused naming the field."""

from __future__ import annotations

from collections.abc import Callable

from annotator import Project

SURROGATE = "\ud800"
Call = Callable[[Project, int], object]

WRONG_TYPES: dict[str, tuple[Call, str]] = {
    "add_source(None)": (lambda p, a: p.add_source(None), "name"),  # type: ignore[arg-type]
    "add_source(123)": (lambda p, a: p.add_source(123), "name"),  # type: ignore[arg-type]
    "aliases=[None]": (lambda p, a: p.add_source("مصدر", aliases=[None]), "alias"),  # type: ignore[list-item]
    "published=20240620": (lambda p, a: p.add_article("نص جديد", published=20240620), "published"),  # type: ignore[arg-type]
    "published='2024-13-45'": (lambda p, a: p.add_article("نص جديد", published="2024-13-45"), "published"),
    "source_ids=[[1]]": (lambda p, a: p.add_claim(a, 0, 5, [[1]]), "source"),  # type: ignore[list-item]
    "source_ids='12'": (lambda p, a: p.add_claim(a, 0, 5, "12"), "source"),  # type: ignore[arg-type]
    "start=True": (lambda p, a: p.add_claim(a, True, 5), "start"),
    "end=False": (lambda p, a: p.add_claim(a, 0, False), "start and end"),
    "start='0'": (lambda p, a: p.add_claim(a, "0", 5), "start"),  # type: ignore[arg-type]
    "start=1.5": (lambda p, a: p.add_claim(a, 1.5, 5), "start"),  # type: ignore[arg-type]
    "article_id='1'": (lambda p, a: p.add_claim(str(a), 0, 5), "article id"),  # type: ignore[arg-type]
    "quote_type=None": (lambda p, a: p.add_claim(a, 0, 5, quote_type=None), "quote"),  # type: ignore[arg-type]
    "note=5": (lambda p, a: p.add_claim(a, 0, 5, note=5), "note"),  # type: ignore[arg-type]
    "title=123": (lambda p, a: p.update_article(a, title=123), "title"),  # type: ignore[arg-type]
    "kind='planet'": (lambda p, a: p.add_source("مصدر", "planet"), "kind"),
    "add_attribution_word(None)": (lambda p, a: p.add_attribution_word(None), "word"),  # type: ignore[arg-type]
    "flags='post'": (lambda p, a: p.add_attribution_word("ألمح", flags="post"), "flags"),
    "word kind='adverb'": (lambda p, a: p.add_attribution_word("ألمح", "adverb"), "kind"),
    "word_id='1'": (lambda p, a: p.remove_attribution_word("1"), "word id"),  # type: ignore[arg-type]
    "suggester_agreement(5)": (lambda p, a: p.suggester_agreement(5), "annotator"),  # type: ignore[arg-type]
}  # fmt: skip

BROKEN_TEXT: dict[str, tuple[Call, str]] = {
    "title": (lambda p, a: p.add_article("نص آخر", title=SURROGATE), "title"),
    "outlet": (lambda p, a: p.add_article("نص آخر", outlet=SURROGATE), "outlet"),
    "url": (lambda p, a: p.add_article("نص آخر", url=SURROGATE), "url"),
    "language": (lambda p, a: p.add_article("نص آخر", language=SURROGATE), "language"),
    "article text": (lambda p, a: p.add_article("نص" + SURROGATE), "text"),
    "edited title": (lambda p, a: p.update_article(a, title="عنوان" + SURROGATE), "title"),
    "source name": (lambda p, a: p.add_source("a" + SURROGATE), "name"),
    "alias": (lambda p, a: p.add_source("مصدر", aliases=[SURROGATE]), "alias"),
    "label": (lambda p, a: p.add_label(SURROGATE), "label"),
    "attribution word": (lambda p, a: p.add_attribution_word("ألمح" + SURROGATE), "word"),
    "verb's present": (lambda p, a: p.add_attribution_word("ألمح", present=SURROGATE), "present"),
    "note": (lambda p, a: p.add_claim(a, 0, 5, note=SURROGATE), "note"),
    "annotator": (lambda p, a: (setattr(p, "annotator", SURROGATE), p.add_claim(a, 0, 5)), "annotator"),
}
