"""The core's refusals reach the Arabic interface in Arabic: a damaged Word document refused on import, and
a Web Annotation file refused naming the annotation and the field (a message made of messages)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from annotator import Project
from tests.ui.conftest import when_modal
from tests.ui.test_arabic_interface import assert_arabic
from ui.app import apply_language
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]


@pytest.fixture
def window(qapp: QApplication, project: Project, make_window: WindowFactory) -> Iterator[MainWindow]:
    assert apply_language(qapp, "ar") == "ar"
    project.add_article("قال الرئيس إن الاتفاق قريب.", title="خبر")
    yield make_window(project)
    apply_language(qapp, "en")


def _answer(seen: list[str]) -> Callable[[QWidget], None]:
    def check(box: QWidget) -> None:
        try:
            assert isinstance(box, QMessageBox)
            seen.append(box.text())
            assert_arabic(box)
        finally:
            box.close()  # a failed check must not leave the modal box waiting (the test would hang)

    return check


def test_a_damaged_word_document_is_refused_in_arabic(window: MainWindow, tmp_path: Path) -> None:
    document = tmp_path / "خبر.docx"
    document.write_bytes(b"this is no zip archive")
    seen: list[str] = []
    when_modal(_answer(seen))
    window.importer.import_paths([document])
    assert len(seen) == 1
    assert "ليس مستند Word" in seen[0] and "is not a Word document" not in seen[0]
    assert len(window.project.articles()) == 1


def test_a_refused_annotation_names_its_field_in_arabic(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "{where}: {field} {reason}" whose where and reason are messages too: each part in Arabic."""
    annotations = tmp_path / "تعليقات.json"
    wrong = {"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": "٣"}}}
    annotations.write_text(json.dumps([wrong]), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(annotations), ""))
    seen: list[str] = []

    def check(box: QWidget) -> None:
        try:
            assert isinstance(box, QMessageBox)
            seen.append(box.text())
        finally:
            box.close()

    when_modal(check)
    window.actions_by_name["import_annotations"].trigger()
    assert len(seen) == 1
    # the field's name ('start') and the type's (str) are the file's and Python's words, kept as they are
    said = seen[0].split(annotations.name, 1)[1]  # the temporary folder's name is English
    assert said == ": التعليق 1: 'start' يجب أن يكون عددًا، لا str", seen[0]
