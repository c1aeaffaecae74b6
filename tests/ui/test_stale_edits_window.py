"""A stale edit in the window: a source or article changed meanwhile (by another client) while its dialog was
open is refused with a clear message naming the new value, and nothing is overwritten."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.ui.conftest import when_modal
from ui.articles.article_dialog import ArticleDialog
from ui.main_window import MainWindow
from ui.sources.source_dialog import SourceDialog

TEXT = "قال الرئيس بوتين إن الاتفاق تاريخي. وأضاف أن العلاقات قوية."


def test_a_source_renamed_while_its_dialog_was_open_is_not_overwritten(
    project: Project, make_window: Callable[[Project], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = project.add_source("Putin", "person")
    window = make_window(project)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: boxes.append(f"{title}: {text}"))
    window.side_tabs.setCurrentWidget(window.sources_panel)
    window.sources_panel.table.select_row(0)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SourceDialog)
        project.update_source(source.id, name="Vladimir Putin")  # another client, while the dialog is open
        dialog.set_colour("#123456")
        dialog.accept()

    when_modal(edit)
    qtbot.mouseClick(window.sources_panel.buttons["edit"], Qt.MouseButton.LeftButton)
    assert len(boxes) == 1 and "meanwhile" in boxes[0] and "“Vladimir Putin”" in boxes[0]
    assert (project.source(source.id).name, project.source(source.id).colour) != ("Putin", "#123456")
    assert project.source(source.id).name == "Vladimir Putin"


def test_article_details_changed_while_the_dialog_was_open_are_not_overwritten(
    project: Project, make_window: Callable[[Project], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = project.add_article(TEXT, title="مقال")
    window = make_window(project)
    window.open_article(article.id)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: boxes.append(f"{title}: {text}"))

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        project.update_article(article.id, status="done")  # another client marks it done meanwhile
        dialog.title.setText("عنوان آخر")
        dialog.accept()

    when_modal(edit)
    window.actions_by_name["article_details"].trigger()
    assert len(boxes) == 1 and "meanwhile" in boxes[0]
    assert (project.article(article.id).title, project.article_status(article.id)) == ("مقال", "done")
