"""REFI-QDA through the window: .qdpx in the export dialog, File → Import project with its preview and mapping."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.qdpx_files import Selection, Source, code, guid, qde_of, schema, utf16, write_qdpx
from tests.ui.conftest import when_modal
from ui.exporting.export_dialog import ExportDialog
from ui.importing.qda_import_dialog import QdaImportDialog
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]
TEXT = "😀 وقال بوتين إن الوقت حان، وقال الوزير إن الاتفاق مهم."


def _qualcoder_file(path: Path) -> Path:
    speakers, putin, minister = guid(), guid(), guid()
    codes = code(speakers, "Speakers", codable=False, children=code(putin, "Putin") + code(minister, "الوزير"))
    selections = []
    for words, who in (("الوقت حان", putin), ("الاتفاق مهم", minister)):
        start = TEXT.index(words)
        selections.append(Selection(utf16(TEXT, start), utf16(TEXT, start + len(words)), [who], name=words))
    return write_qdpx(path, [Source("interview.txt", TEXT, selections)], codes, origin="QualCoder 3.6", bom=True)


def test_the_export_dialog_writes_a_qdpx(project: Project, make_window: WindowFactory, tmp_path: Path) -> None:
    article = project.add_article(TEXT)
    project.add_claim(article.id, 2, 6, [project.add_source("بوتين", "person").id])
    window = make_window(project)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("qdpx"))
        dialog.path.setText(str(tmp_path / "study"))
        when_modal(lambda box: box.close())
        dialog.accept()

    when_modal(fill)
    window.actions_by_name["export"].trigger()
    assert schema().validate(qde_of(tmp_path / "study.qdpx"))


def test_import_project_previews_maps_a_folder_and_imports(
    project: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _qualcoder_file(tmp_path / "qc.qdpx")
    window = make_window(project)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: dict[str, object] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QdaImportDialog)
        seen["reading"] = dialog.articles.item(0, 4).text()
        seen["before"] = sorted(dialog.codes.item(r, 2).text() for r in range(dialog.codes.rowCount()))
        box = dialog.findChild(QComboBox, "qdaRole:Speakers")
        assert box is not None
        box.setCurrentIndex(box.findData("sources"))
        seen["after"] = sorted(dialog.codes.item(r, 2).text() for r in range(dialog.codes.rowCount()))

        def report(message: QWidget) -> None:
            assert isinstance(message, QMessageBox)
            seen["report"] = message.text()
            message.close()

        when_modal(report)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(choose)
    window.actions_by_name["import_project"].trigger()
    assert seen["reading"] == "UTF-16 units, after the byte-order mark"
    assert seen["before"] == ["label", "label"] and seen["after"] == ["source", "source"]
    assert str(seen["report"]).startswith("2 claim(s) added, 1 new article(s)")
    assert sorted(s.name for s in project.sources()) == ["Putin", "الوزير"]
    assert sorted(c.text for c in project.claims()) == ["الاتفاق مهم", "الوقت حان"]
    assert window.article_list.model().rowCount() == 1  # the window shows the new article
    window.actions_by_name["undo"].trigger()
    assert project.articles() == [] and project.sources() == []


def test_a_refused_file_says_why(
    project: Project, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.qdpx"
    broken.write_text("not a zip", encoding="utf-8")
    window = make_window(project)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    messages: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.close()

    when_modal(read)
    window.actions_by_name["import_project"].trigger()
    assert messages == [f"{broken}: is not a REFI-QDA project (.qdpx): it is not a zip file; nothing was imported"]
