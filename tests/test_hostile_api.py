"""Misuse of the Python API (issue 19): wrong-typed values and broken text are refused with the project's error,
naming the argument or field, and nothing stored changes; the project is never called damaged.

The same calls are the campaign's ``api`` group (scripts/hostile_cases.py), where accepting one also counts as
a broken promise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import AnnotatorError, Project
from annotator.errors import DamagedProjectError
from annotator.storage.journal import JOURNALED
from tests.conftest import stored_rows
from tests.hostile_api_calls import BROKEN_TEXT, WRONG_TYPES, Call

BOTH_FLAVOURS = True  # the project fixture is a file, then a database on the test server (conftest)

TEXT = "قال الرئيس بوتين إن الاتفاق تاريخي."


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
