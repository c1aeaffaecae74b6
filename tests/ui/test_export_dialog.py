"""Export and annotation import through the File menu's dialogs."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.ui.conftest import when_modal
from ui.exporting.export_dialog import ExportDialog
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]


@pytest.fixture
def three_articles(project: Project) -> Project:
    s = project.add_source("AP", "media")
    for n in range(3):
        a = project.add_article(f"وقال بوتين إن الاتفاق رقم {n} تاريخي")
        project.add_claim(a.id, 5, 10, [s.id])
    return project


def test_csv_of_the_selected_articles_without_context(
    three_articles: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(three_articles)
    table = window.article_list
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center()
    )
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        table.visualRect(table.model().index(2, 0)).center(),
    )
    out = tmp_path / "picked"
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.scope_selected.isEnabled() and dialog.scope_selected.text() == "Selected articles (2)"
        assert not dialog.scope_done.isEnabled()
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
        dialog.scope_selected.setChecked(True)
        dialog.context.setChecked(False)
        dialog.path.setText(str(out))

        def finished(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen["text"] = box.text()
            seen["buttons"] = sorted(b.text() for b in box.findChildren(QPushButton))
            box.close()

        when_modal(finished)
        dialog.accept()

    when_modal(fill)
    window.actions_by_name["export"].trigger()
    written = tmp_path / "picked.csv"
    rows = list(csv.DictReader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["Claim text"] for r in rows] == ["بوتين", "بوتين"]
    assert [int(r["Article ID"]) for r in rows] == [1, 3]
    assert "Text before" not in rows[0]
    assert "Exported 2 claims from 2 articles" in str(seen["text"])
    assert {"Open file", "Open folder"} <= set(seen["buttons"])  # type: ignore[arg-type]


def test_import_annotations_from_the_file_menu(
    three_articles: Project, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = three_articles.export(tmp_path / "a.json").path
    with Project.open(tmp_path / "copy.nisba") as other:
        for article in three_articles.articles():
            other.add_article(article.text)
        window = make_window(other)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
        messages: list[str] = []

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            messages.append(box.text())
            box.close()

        when_modal(read)
        window.actions_by_name["import_annotations"].trigger()
        assert messages and messages[0].startswith("3 claim(s) added")
        assert window.claims_table.model().rowCount() == 1  # the open article's claim appeared
        assert len(other.claims()) == 3


def test_export_dialog_can_keep_only_curated_claims(
    three_articles: Project, make_window: WindowFactory, tmp_path: Path
) -> None:
    three_articles.set_curated(three_articles.claims()[1].id, True)
    window = make_window(three_articles)
    out = tmp_path / "final.csv"

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
        dialog.curated.setChecked(True)
        dialog.path.setText(str(out))
        when_modal(lambda box: box.close())
        dialog.accept()

    when_modal(fill)
    window.actions_by_name["export"].trigger()
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [int(r["Article ID"]) for r in rows] == [2]
