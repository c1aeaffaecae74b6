"""An import's report reaches the Arabic interface in Arabic: the REFI-QDA preview (how positions were read,
what codes become, what could not be placed) and its report, and a W3C import's unplaced claim with its reason."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from annotator import Project
from tests.qdpx_files import Selection, Source, code, guid, utf16, write_qdpx
from tests.ui.conftest import when_modal
from tests.ui.test_arabic_interface import assert_arabic, english_words, visible_texts
from ui.app import apply_language
from ui.importing.qda_import_dialog import QdaImportDialog
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]
TEXT = "😀 وقال بوتين إن الوقت حان، وقال الوزير إن الاتفاق مهم."


@pytest.fixture
def window(qapp: QApplication, project: Project, make_window: WindowFactory) -> Iterator[MainWindow]:
    assert apply_language(qapp, "ar") == "ar"
    yield make_window(project)
    apply_language(qapp, "en")


def _qualcoder_file(path: Path) -> Path:
    """Two coded selections counted in UTF-16 after a byte-order mark, one empty, one without any code."""
    speakers, putin, minister = guid(), guid(), guid()
    codes = code(speakers, "المتحدثون", codable=False, children=code(putin, "بوتين") + code(minister, "الوزير"))
    selections = []
    for words, who in (("الوقت حان", putin), ("الاتفاق مهم", minister)):
        start = TEXT.index(words)
        selections.append(Selection(utf16(TEXT, start), utf16(TEXT, start + len(words)), [who], name=words))
    at = utf16(TEXT, TEXT.index("وقال"))
    selections.append(Selection(at, at, [putin]))  # empty
    selections.append(Selection(at, at + 4, [], name="وقال"))  # no code, no note
    return write_qdpx(path, [Source("مقابلة.txt", TEXT, selections)], codes, origin="QualCoder 3.6", bom=True)


def test_a_qda_preview_and_report_are_in_arabic(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _qualcoder_file(tmp_path / "مقابلة.qdpx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: dict[str, str] = {}

    def report(box: QWidget) -> None:
        try:
            assert isinstance(box, QMessageBox)
            seen["report"] = box.text()
            assert_arabic(box)
        finally:
            box.close()

    def preview(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, QdaImportDialog)
            seen["reading"] = dialog.articles.item(0, 4).text()
            seen["problems"] = dialog.problems.toPlainText()
            seen["preview"] = "\n".join(text for _, text in visible_texts(dialog))
            assert_arabic(dialog)
        except BaseException:
            dialog.reject()  # a failed check must not leave the dialog waiting (the test would hang)
            raise
        when_modal(report)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(preview)
    window.actions_by_name["import_project"].trigger()
    assert seen["reading"] == "وحدات UTF-16، بعد علامة ترتيب البايتات"
    assert "فارغ" in seen["problems"] and "لا رمز تحفظه «نسبة» ولا ملاحظة" in seen["problems"]
    assert "وسم" in seen["preview"]  # what a code becomes, a core word
    assert seen["report"].startswith("الادعاءات المضافة: 2، المقالات الجديدة: 1"), seen["report"]
    assert "قُرئت المواضع بـوحدات UTF-16" in seen["report"] and "لم يُوضع: " in seen["report"]
    assert len(window.project.claims()) == 2


def test_a_w3c_import_says_what_it_did_not_place_in_arabic(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "https://example.org/news/1"
    with Project.open(tmp_path / "other.nisba") as other:
        article = other.add_article("قال الرئيس إن الاتفاق قريب.", title="خبر", url=url)
        other.add_claim(article.id, 11, 26, [other.add_source("الرئيس", "person").id])
        exported = other.export(tmp_path / "تعليقات.json").path
    window.project.add_article("نص آخر لا يحوي الاقتباس.", title="خبر", url=url)  # the same article, edited
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    seen: list[str] = []

    def report(box: QWidget) -> None:
        try:
            assert isinstance(box, QMessageBox)
            seen.append(box.text())
        finally:
            box.close()

    when_modal(report)
    window.actions_by_name["import_annotations"].trigger()
    assert len(seen) == 1
    said = re.sub(r"urn:\S+", "", seen[0])  # the annotation's identifier, a URN, is the file's
    assert said.startswith("الادعاءات المضافة: 0") and "لم يُوضع: " in said, seen[0]
    assert "اقتباسه غير موجود في المقال" in said and not english_words(said), seen[0]
