"""Misuse of the Python API (issue 19): wrong-typed values and broken text are refused with the project's error,
naming the argument or field, and nothing stored changes; the project is never called damaged.

The same calls are the campaign's ``api`` group (scripts/hostile_cases.py), where accepting one also counts as
a broken promise.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotator import AnnotatorError, Project
from annotator.errors import DamagedProjectError
from annotator.storage.journal import JOURNALED
from tests.conftest import stored_rows

BOTH_FLAVOURS = True  # the project fixture is a file, then a database on the test server (conftest)

SURROGATE = "\ud800"
TEXT = "قال الرئيس بوتين إن الاتفاق تاريخي."

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
    "note": (lambda p, a: p.add_claim(a, 0, 5, note=SURROGATE), "note"),
    "annotator": (lambda p, a: (setattr(p, "annotator", SURROGATE), p.add_claim(a, 0, 5)), "annotator"),
}


def _dump(project: Project) -> dict[str, list[tuple[object, ...]]]:
    return {t: stored_rows(project, t) for t in JOURNALED}


def _refused(project: Project, call: Call, needle: str) -> AnnotatorError:
    article = project.add_article(TEXT, title="مقال")
    source = project.add_source("بوتين", "person")
    project.add_claim(article.id, 0, 10, [source.id])
    before = _dump(project)
    with pytest.raises(AnnotatorError) as refused:
        call(project, article.id)
    assert not isinstance(refused.value, DamagedProjectError), refused.value
    assert needle in str(refused.value), str(refused.value)
    assert _dump(project) == before
    return refused.value


@pytest.mark.parametrize("name", WRONG_TYPES)
def test_a_wrong_typed_argument_is_refused_naming_it(project: Project, name: str) -> None:
    call, needle = WRONG_TYPES[name]
    _refused(project, call, needle)


@pytest.mark.parametrize("field", BROKEN_TEXT)
def test_a_lone_surrogate_is_refused_naming_the_field_not_blaming_the_project(project: Project, field: str) -> None:
    call, needle = BROKEN_TEXT[field]
    refused = _refused(project, call, needle)
    assert "U+D800" in str(refused)


def test_every_export_still_works_after_the_refusals(project: Project, tmp_path: Path) -> None:
    """A refused alias or name leaves nothing behind that breaks the exports afterwards (a surrogate alias
    once was accepted, and every workbook and JSON export failed from then on)."""
    article = project.add_article(TEXT, title="مقال")
    project.add_claim(article.id, 0, 10, [project.add_source("بوتين", "person").id])
    for call, _ in BROKEN_TEXT.values():
        with pytest.raises(AnnotatorError):
            call(project, article.id)
        project.annotator = None
    for name in ("out.xlsx", "out.csv", "out.json"):
        project.export(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 0
