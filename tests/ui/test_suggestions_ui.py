"""Suggestions in the window, by keyboard: shown as dashed outlines and listed in the claims panel's own section,
Tab / Shift+Tab between them, Enter accepts (one question, answered with Enter, before a new source is made),
X or Backspace rejects, Shift+Enter accepts all of one source, Ctrl+Shift+Enter all of the article, Ctrl+Z
undoes each; the claim form says where a claim came from.  The source picker is never needed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import press, select_code_points
from tests.ui.test_arabic_interface import assert_arabic
from ui.app import apply_language
from ui.i18n.undo_labels import step_label
from ui.main_window import MainWindow
from ui.main_window.suggestions import SHOW_KEY

WindowFactory = Callable[[Project], MainWindow]
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

TEXT = (
    "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات كانت مثمرة.\n\n"
    "وأضافت المتحدثة باسم الوزارة أن الاجتماع المقبل سيعقد في القاهرة.\n\n"
    "ونقلت وكالة أسوشيتد برس عن مسؤول قوله إن الاتفاق قريب.\n"
)
TWICE = TEXT + "\nوأكد بلينكن أن الوفد سيصل غدا.\n"  # a second suggestion of the same source


@pytest.fixture(autouse=True)
def _hidden_at_first() -> Iterator[None]:
    QSettings().setValue(SHOW_KEY, False)
    yield
    QSettings().setValue(SHOW_KEY, False)


@contextmanager
def answering(key: Qt.Key, inspect: Callable[[QMessageBox], None] = lambda box: None) -> Iterator[list[str]]:
    """Answer every question box opened inside the block with ``key``, pressed where the keyboard is (on the
    default button), as a user would; the boxes' texts are listed, and ``inspect`` sees each box first.  A box
    nobody expected is answered too, and a failed inspection still answers, so a failing test never waits."""
    seen: list[str] = []
    done = False

    def poll() -> None:
        if done:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QDialog) and not isinstance(box, QMessageBox):  # the source picker, say
            seen.append(f"unexpected {type(box).__name__}")
            box.reject()
        elif isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.activateWindow()
            QApplication.processEvents()
            target = QApplication.focusWidget()
            try:
                inspect(box)
            finally:
                QTest.keyClick(target if target is not None and target.window() is box else box, key)
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    try:
        yield seen
    finally:
        done = True
        QApplication.processEvents()  # what the event loop does before the user's next key


def _shown(window: MainWindow, qtbot: QtBot, at_least: int = 2) -> None:
    window.actions_by_name["suggestions"].trigger()  # Claim > Show suggestions
    qtbot.waitUntil(lambda: len(window.suggestions.items) >= at_least, timeout=10_000)
    window.view.setFocus()


def _pending(window: MainWindow) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in window.suggestions.items]


def test_tab_enter_and_x_accept_and_reject_suggestions_and_ctrl_z_undoes(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article(TEXT)
    window = make_window(project)
    _shown(window, qtbot)
    items = list(window.suggestions.items)
    assert window.view.suggestion_marks()  # drawn as outlines, not as claims
    assert project.claims(article.id) == []
    assert window.suggestions.current == 0
    press(qtbot, window.view, Qt.Key.Key_Tab)
    assert window.suggestions.current == 1
    press(qtbot, window.view, Qt.Key.Key_Backtab, SHIFT)
    assert window.suggestions.current == 0

    with answering(Qt.Key.Key_Return) as asked:  # accept the first: no picker, no selection needed
        press(qtbot, window.view, Qt.Key.Key_Return)
    [text] = asked  # its source is new: one question, naming it and its kind, answered with Enter
    assert "\u200e• “أنتوني بلينكن” (person)" in text  # a left-to-right line, whatever the name's script
    [claim] = project.claims(article.id)
    assert (claim.start, claim.end, claim.origin) == (items[0].start, items[0].end, "suggested")
    assert [(s.name, s.kind) for s in project.sources()] == [("أنتوني بلينكن", "person")]
    assert window.current_claim_id == claim.id  # selected, so its boundaries can be corrected at once
    qtbot.waitUntil(lambda: all(s.start != items[0].start for s in window.suggestions.items), timeout=10_000)

    current = window.suggestions.current_item()
    assert current is not None
    press(qtbot, window.view, Qt.Key.Key_X)  # not an attribution
    qtbot.waitUntil(lambda: all(s.start != current.start for s in window.suggestions.items), timeout=10_000)
    assert len(project.claims(article.id)) == 1
    press(qtbot, window.view, Qt.Key.Key_Z, CTRL)  # the rejection
    qtbot.waitUntil(lambda: any(s.start == current.start for s in window.suggestions.items), timeout=10_000)
    assert len(project.claims(article.id)) == 1
    press(qtbot, window.view, Qt.Key.Key_Z, CTRL)  # the acceptance, with the source it made
    assert project.claims(article.id) == [] and project.sources() == []
    qtbot.waitUntil(lambda: any(s.start == items[0].start for s in window.suggestions.items), timeout=10_000)
    window.actions_by_name["suggestions"].trigger()  # hidden again: Tab moves the focus as usual
    assert window.suggestions.items == [] and not window.actions_by_name["next_suggestion"].isEnabled()


def test_escape_in_the_question_stores_nothing_and_a_known_source_is_not_asked_about(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article(TEXT)
    window = make_window(project)
    _shown(window, qtbot)
    before = project.undo_text()
    with answering(Qt.Key.Key_Escape) as asked:
        press(qtbot, window.view, Qt.Key.Key_Return)
    assert len(asked) == 1
    assert project.claims(article.id) == [] and project.sources() == [] and project.undo_text() == before
    assert window.suggestions.current == 0  # still there, still current

    blinken = project.add_source("Antony Blinken", "person", aliases=["أنتوني بلينكن"])
    qtbot.waitUntil(lambda: window.suggestions.items[0].source == "Antony Blinken", timeout=10_000)
    with answering(Qt.Key.Key_Escape) as asked:
        press(qtbot, window.view, Qt.Key.Key_Return)
    assert asked == []  # matched through its alias: nothing to ask
    [claim] = project.claims(article.id)
    assert claim.source_ids == [blinken.id]


def test_backspace_rejects_and_ctrl_z_brings_it_back(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article(TEXT)
    window = make_window(project)
    _shown(window, qtbot, 3)
    before = _pending(window)
    press(qtbot, window.view, Qt.Key.Key_Tab)  # the second
    press(qtbot, window.view, Qt.Key.Key_Backspace)
    assert _pending(window) == [before[0], before[2]] and window.suggestions.current == 1
    assert project.claims(article.id) == []
    assert [(s.start, s.end) for s in project.suggestions(article.id)] == [before[0], before[2]]  # remembered
    press(qtbot, window.view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _pending(window) == before, timeout=10_000)


def test_shift_enter_accepts_every_suggestion_of_the_current_source_after_one_question(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article(TWICE)
    window = make_window(project)
    _shown(window, qtbot, 4)
    blinken = [x for x in window.suggestions.items if x.source == "أنتوني بلينكن"]
    assert len(blinken) == 2 and window.suggestions.current_item() == blinken[0]
    with answering(Qt.Key.Key_Return) as asked:
        press(qtbot, window.view, Qt.Key.Key_Return, SHIFT)
    [text] = asked  # one question for both: the one new source they share
    assert text.count("أنتوني بلينكن") == 1 and "2 suggestions of this source" in text
    claims = project.claims(article.id)
    assert [(c.start, c.end) for c in claims] == [(x.start, x.end) for x in blinken]
    assert {c.source_ids[0] for c in claims} == {project.sources()[0].id} and len(project.sources()) == 1
    assert project.undo_text() == "Undo accept 2 suggestions"
    qtbot.waitUntil(lambda: len(window.suggestions.items) == 2, timeout=10_000)
    press(qtbot, window.view, Qt.Key.Key_Z, CTRL)  # both in one step
    assert project.claims(article.id) == [] and project.sources() == []


def test_ctrl_shift_enter_accepts_the_whole_article_after_one_confirmation_naming_the_new_sources(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article(TEXT)
    project.add_source("AP", "media", aliases=["أسوشيتد برس"])
    window = make_window(project)
    _shown(window, qtbot, 3)
    count = len(window.suggestions.items)
    with answering(Qt.Key.Key_Escape) as asked:
        press(qtbot, window.view, Qt.Key.Key_Return, CTRL | SHIFT)
    assert len(asked) == 1 and project.claims(article.id) == [] and len(project.sources()) == 1
    with answering(Qt.Key.Key_Return) as asked:
        press(qtbot, window.view, Qt.Key.Key_Return, CTRL | SHIFT)
    [text] = asked  # one question, the new sources listed in it; the one the registry knows is not
    plain = text.replace("\u200e", "")
    assert f"all {count} suggested attributions" in plain and "adds 3 new sources" in plain
    assert "“أنتوني بلينكن” (person)" in plain and "“مسؤول” (anonymous)" in plain
    assert "أسوشيتد" not in plain
    assert len(project.claims(article.id)) == count
    assert all(c.origin == "suggested" for c in project.claims(article.id))
    qtbot.waitUntil(lambda: window.suggestions.items == [], timeout=10_000)
    press(qtbot, window.view, Qt.Key.Key_Z, CTRL)
    assert project.claims(article.id) == [] and [s.name for s in project.sources()] == ["AP"]
    qtbot.waitUntil(lambda: len(window.suggestions.items) == count, timeout=10_000)


def test_the_claim_form_says_where_the_claim_came_from(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article(TEXT)
    source = project.add_source("أنتوني بلينكن", "person")
    manual = project.add_claim(article.id, *span_of(TEXT, "الاجتماع", "القاهرة"), [source.id])
    window = make_window(project)
    origin = window.claim_form.findChild(QLabel, "claimOrigin")
    assert origin is not None and origin.text() == ""  # no claim selected
    _shown(window, qtbot, 1)
    with answering(Qt.Key.Key_Escape) as asked:
        press(qtbot, window.view, Qt.Key.Key_Return)  # a known source: accepted at once
    assert asked == []
    claim = next(c for c in project.claims(article.id) if c.id != manual.id)
    assert window.current_claim_id == claim.id and origin.text() == "suggested, accepted unchanged"
    start, end = span_of(TEXT, "المحادثات", "كانت")  # shorter boundaries, set from the keyboard
    select_code_points(window.view, TEXT, start, end)
    press(qtbot, window.view, Qt.Key.Key_B, CTRL)
    assert (project.claim(claim.id).start, project.claim(claim.id).end) == (start, end)
    assert origin.text() == "suggested, edited"
    press(qtbot, window.view, Qt.Key.Key_Z, CTRL)
    assert origin.text() == "suggested, accepted unchanged"
    window.show_claim(project.claim_row(manual.id))
    assert origin.text() == "manual"


def _rows(window: MainWindow) -> list[tuple[str, str, str]]:
    model = window.claims_pane.suggestions.model
    return [tuple(str(model.index(r, c).data()) for c in range(3)) for r in range(model.rowCount())]  # type: ignore[misc]


def test_the_claims_panel_lists_the_suggestions_in_their_own_section(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article(TEXT)
    window = make_window(project)
    section = window.claims_pane.suggestions
    assert not section.isVisible()  # only while suggestions are shown
    _shown(window, qtbot, 3)
    assert section.isVisible() and section.header.text() == "Suggestions (3)"
    assert _rows(window) == [
        ("المحادثات كانت مثمرة", "أنتوني بلينكن", "90%"),
        ("الاجتماع المقبل سيعقد في القاهرة", "باسم الوزارة", "90%"),
        ("الاتفاق قريب", "أسوشيتد برس ← مسؤول", "90%"),  # the chain, first link first
    ]
    table = section.table
    assert table.currentIndex().row() == 0  # the current suggestion's row
    press(qtbot, window.view, Qt.Key.Key_Tab)
    assert table.currentIndex().row() == 1  # Tab in the text moves the row too

    last = window.suggestions.items[2]
    row_2 = table.visualRect(table.model().index(2, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row_2)
    assert window.suggestions.current_item() == last  # a click selects it in the text, as Tab does
    press(qtbot, table, Qt.Key.Key_Up)  # the arrow keys too
    assert window.suggestions.current == 1
    press(qtbot, table, Qt.Key.Key_Up)
    press(qtbot, table, Qt.Key.Key_Return)  # Enter: that one, and the keyboard back in the article
    assert window.suggestions.current == 0 and window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_X)  # so X rejects it at once
    assert section.header.text() == "Suggestions (2)"
    assert [r[0] for r in _rows(window)] == ["الاجتماع المقبل سيعقد في القاهرة", "الاتفاق قريب"]
    with answering(Qt.Key.Key_Return):
        qtbot.keyClick(window.view, Qt.Key.Key_Return)  # and Enter accepts the next
    assert len(project.claims(article.id)) == 1
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    assert section.header.text() == "Suggestions (1)" and _rows(window)[0][0] == "الاتفاق قريب"

    qtbot.mouseClick(section.header, Qt.MouseButton.LeftButton)  # folded away, remembered
    assert not table.isVisible() and section.isVisible()
    qtbot.mouseClick(section.header, Qt.MouseButton.LeftButton)
    assert table.isVisible()
    window.actions_by_name["suggestions"].trigger()
    assert not section.isVisible()


def test_suggestions_speak_arabic(
    qapp: QApplication, project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    assert apply_language(qapp, "ar") == "ar"
    try:
        article = project.add_article(TEXT)
        window = make_window(project)
        _shown(window, qtbot, 3)
        section = window.claims_pane.suggestions
        assert section.header.text() == "الاقتراحات (٣)" and _rows(window)[0][2] == "٩٠٪"
        assert_arabic(section)
        with answering(Qt.Key.Key_Return, assert_arabic) as asked:
            press(qtbot, window.view, Qt.Key.Key_Return)
        [text] = asked
        assert "(شخص)" in text  # the kind in Arabic
        assert len(project.claims(article.id)) == 1
        origin = window.claim_form.findChild(QLabel, "claimOrigin")
        assert origin is not None and origin.text() == "مقترح، قُبل كما هو"
        assert_arabic(window.claim_form)
        assert window.actions_by_name["undo"].text() == "&تراجع عن: قبول الاقتراح"  # the core's step, in Arabic
        assert step_label("Accept 3 suggestions") == "قبول ٣ اقتراحات"
    finally:
        apply_language(qapp, "en")
