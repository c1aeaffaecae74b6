"""Claim → Attribution words…: a word typed into the dialog joins the suggestions of the open article at once; a
refusal is said in the dialog; Remove takes it out and Edit → Undo brings it back, the table in step."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QMenu, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.project.attribution_words import KINDS
from tests.test_attribution_words import TEXT
from tests.ui.conftest import type_text
from ui.lexicon.attribution_words import KIND_NAMES, AttributionWordsDialog
from ui.main_window import MainWindow
from ui.main_window.suggestions import SHOW_KEY

WindowFactory = Callable[[Project], MainWindow]


@pytest.fixture
def suggestions_shown() -> Iterator[None]:
    """Suggestions shown in the windows of the test, and hidden again after it (later tests expect them off)."""
    QSettings().setValue(SHOW_KEY, True)
    yield
    QSettings().setValue(SHOW_KEY, False)


def _rows(table: QTableWidget) -> list[tuple[str, ...]]:
    return [tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def test_a_verb_typed_in_the_dialog_is_suggested_and_undo_takes_it_back(
    project: Project, make_window: WindowFactory, qtbot: QtBot, suggestions_shown: None
) -> None:
    article = project.add_article(TEXT)
    window = make_window(project)
    window.open_article(article.id)
    assert window.suggestions.wait() and window.suggestions.items == []  # the lexicon has no ألمح
    action = window.actions_by_name["attribution_words"]
    [claim_menu] = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Claim"]
    assert action in claim_menu.actions() and action.text() == "Attribution &words…"
    window.actions_by_name["attribution_words"].trigger()  # Claim → Attribution words…
    dialog = window.findChild(AttributionWordsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "attributionWordsTable")
    word = dialog.findChild(QLineEdit, "attributionWord")
    present = dialog.findChild(QLineEdit, "attributionWordPresent")
    message = dialog.findChild(QLabel, "attributionWordMessage")
    add = dialog.findChild(QPushButton, "attributionWordAdd")
    assert table.rowCount() == 0

    type_text(word, "قال قال")  # a verb of two words: refused, said in the dialog
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert "must be one word" in message.text() and project.attribution_words() == []
    word.clear()
    type_text(word, "ألمح")
    type_text(present, "يلمح")
    dialog.findChild(QCheckBox, "attributionWordFollows").setChecked(True)
    qtbot.keyClick(word, Qt.Key.Key_Return)  # Enter in the word adds it, as the button does
    [stored] = project.attribution_words()
    assert (stored.word, stored.present, stored.flag_list) == ("ألمح", "يلمح", ["post"])
    assert _rows(table) == [("ألمح", "Reporting verb", "يلمح، may follow its content")]
    assert word.text() == "" and "Added “ألمح”" in message.text()
    qtbot.waitUntil(lambda: len(window.suggestions.items) == 2, timeout=10_000)  # the open article, at once

    kind = dialog.findChild(QComboBox, "attributionWordKind")
    kind.setCurrentIndex(kind.findData("title"))
    assert not present.isEnabled()  # only a verb has forms
    type_text(word, "المنسق الأممي")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [r[:2] for r in _rows(table)] == [("المنسق الأممي", "Title before a name"), ("ألمح", "Reporting verb")]

    table.selectRow(1)
    qtbot.mouseClick(dialog.findChild(QPushButton, "attributionWordRemove"), Qt.MouseButton.LeftButton)
    assert [w.word for w in project.attribution_words()] == ["المنسق الأممي"] and table.rowCount() == 1
    qtbot.waitUntil(lambda: window.suggestions.items == [], timeout=10_000)
    assert project.undo_text() == "Undo remove attribution word “ألمح”"
    window.actions_by_name["undo"].trigger()  # Edit → Undo, in the window
    assert [r[0] for r in _rows(table)] == ["المنسق الأممي", "ألمح"]  # the table follows
    qtbot.waitUntil(lambda: len(window.suggestions.items) == 2, timeout=10_000)
    dialog.close()
    assert window.suggestions.wait()


def test_every_kind_of_word_has_a_name_in_the_dialog() -> None:
    assert list(KIND_NAMES) == list(KINDS)


def test_the_dialog_speaks_arabic(project: Project, make_window: WindowFactory, qapp: QApplication) -> None:
    from ui.app import apply_language

    assert apply_language(qapp, "ar") == "ar"
    try:
        project.add_attribution_word("ألمح", present="يلمح", flags=["post"])
        window = make_window(project)
        assert window.actions_by_name["attribution_words"].text() == "&كلمات الإسناد…"
        dialog = window.attribution_words.show_dialog()
        assert dialog.windowTitle() == "كلمات الإسناد"
        assert _rows(dialog.findChild(QTableWidget, "attributionWordsTable")) == [
            ("ألمح", "فعل قول", "يلمح، قد يأتي بعد المحتوى")
        ]
        kind = dialog.findChild(QComboBox, "attributionWordKind")
        assert [kind.itemText(i) for i in range(2)] == ["فعل قول", "لقب قبل الاسم"]
        dialog.close()
    finally:
        apply_language(qapp, "en")
