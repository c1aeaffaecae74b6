"""Shortcuts from an Arabic keyboard layout: the key events such a layout produces do what the Latin keys do.

On the offscreen platform (as on X11 without a Latin layout) Qt matches shortcuts on the event's own key, the
Arabic letter, so without ui/i18n/layout_keys.py none of these would fire.  Events are sent through QTest, so
they travel the same way as real ones (shortcut override, shortcut map, then the key press).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import select_code_points, type_text, when_modal
from ui.i18n.layout_keys import latin_key
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
TEXT = "قال الرئيس إن الاتفاق قريب. وأضاف الوزير أن المحادثات مستمرة. وذكرت الوكالة أن الوفد وصل."


def arabic(widget: QWidget, letter: str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press the key that sends ``letter`` on the Arabic layout: key() is the letter's code point, text() the
    letter (control characters with Ctrl are not needed: Qt matches shortcuts on the key)."""
    widget.setFocus()
    text = "" if modifier & CTRL else letter
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(letter[0])), text, modifier)


def _window(project: Project, make_window: WindowFactory) -> tuple[MainWindow, list[int]]:
    article = project.add_article(TEXT, title="خبر")
    source = project.add_source("الوكالة", "media")
    ids = [
        project.add_claim(article.id, *span_of(TEXT, first, last), [source.id]).id
        for first, last in (("الاتفاق", "قريب"), ("المحادثات", "مستمرة"), ("الوفد", "وصل"))
    ]
    window = make_window(project)
    return window, ids


def test_alef_maksura_and_hah_move_between_claims(project: Project, make_window: WindowFactory) -> None:
    window, ids = _window(project, make_window)
    arabic(window.view, "ى")  # N's key
    assert window.current_claim_id == ids[0]
    arabic(window.claims_table, "ى")
    assert window.current_claim_id == ids[1]
    arabic(window.claims_table, "ح")  # P's key
    assert window.current_claim_id == ids[0]


def test_teh_marbuta_marks_a_mention_and_waw_hamza_a_cue(project: Project, make_window: WindowFactory) -> None:
    window, ids = _window(project, make_window)
    window.claims_table.select_row(2)
    select_code_points(window.view, TEXT, *span_of(TEXT, "الوكالة", "الوكالة"))
    arabic(window.view, "ة")  # M's key
    select_code_points(window.view, TEXT, *span_of(TEXT, "وذكرت", "وذكرت"))
    arabic(window.view, "ؤ")  # C's key
    [link] = project.chain_of(ids[2])
    assert TEXT[link.mention[0] : link.mention[1]] == "الوكالة"
    assert TEXT[link.cue[0] : link.cue[1]] == "وذكرت"


def test_seen_adds_a_source_and_meem_moves_to_the_labels(project: Project, make_window: WindowFactory) -> None:
    window, _ids = _window(project, make_window)
    project.add_label("رأي")
    window.claims_table.select_row(0)
    arabic(window.claims_table, "م")  # L's key
    assert window.claim_form.labels.hasFocus()
    opened: list[str] = []

    def cancel(dialog: QWidget) -> None:
        opened.append(dialog.objectName())
        dialog.close()

    when_modal(cancel)
    arabic(window.claims_table, "س")  # S's key
    assert opened == ["sourcePicker"]


def test_arabic_indic_digit_marks_with_a_recent_source(project: Project, make_window: WindowFactory) -> None:
    window, _ids = _window(project, make_window)
    window.marking.remember(project.sources()[0].id)
    select_code_points(window.view, TEXT, *span_of(TEXT, "قال", "الرئيس"))
    arabic(window.view, "١")  # the digit row of the Arabic layout on Linux sends ١٢٣
    assert len(project.claims()) == 4


def test_ctrl_combinations_from_the_arabic_layout(project: Project, make_window: WindowFactory) -> None:
    window, ids = _window(project, make_window)
    window.claims_table.select_row(1)
    select_code_points(window.view, TEXT, *span_of(TEXT, "أن", "مستمرة"))
    arabic(window.view, "ﻻ", CTRL)  # B's key (lam-alef): Ctrl+B, the selection becomes the claim's bounds
    assert project.claim(ids[1]).text == "أن المحادثات مستمرة"
    arabic(window.view, "ئ", CTRL)  # Z's key: Ctrl+Z undoes it
    assert project.claim(ids[1]).text == "المحادثات مستمرة"
    arabic(window.view, "ب", CTRL)  # F's key: Ctrl+F opens the find bar
    assert window.find_bar.isVisible() and window.find_bar.query.hasFocus()


def test_a_text_box_keeps_its_letters_and_its_own_ctrl_z(project: Project, make_window: WindowFactory) -> None:
    window, ids = _window(project, make_window)
    window.claims_table.select_row(0)
    note = window.claim_form.note
    note.setFocus()
    type_text(note, "رأي")
    arabic(note, "ى")
    assert window.current_claim_id == ids[0]  # not the next claim: the letter is typed
    assert note.toPlainText().startswith("رأي")
    before = note.toPlainText()
    arabic(note, "ئ", CTRL)  # the note's own undo, not the project's
    assert note.toPlainText() != before
    assert project.claim(ids[0]).text == "الاتفاق قريب"


def test_the_physical_key_wins_on_x11_windows_and_macos() -> None:
    def event(letter: str, scan: int = 0, virtual: int = 0) -> QKeyEvent:
        return QKeyEvent(QEvent.Type.KeyPress, ord(letter), Qt.KeyboardModifier.NoModifier, scan, virtual, 0, letter)

    assert latin_key(event("ى", scan=57), "xcb") == Qt.Key.Key_N  # X keycode 57 = evdev KEY_N + 8
    assert latin_key(event("ة", scan=58), "wayland") == Qt.Key.Key_M
    assert latin_key(event("١", scan=10), "xcb") == Qt.Key.Key_1
    assert latin_key(event("ى", virtual=0x4E), "windows") == Qt.Key.Key_N  # VK_N
    assert latin_key(event("ى", virtual=0x2D), "cocoa") == Qt.Key.Key_N  # kVK_ANSI_N
    assert latin_key(event("ى"), "offscreen") == Qt.Key.Key_N  # the standard Arabic layout's letter
    latin = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_N, Qt.KeyboardModifier.NoModifier, "n")
    assert latin_key(latin, "xcb") is None  # already Latin: Qt matched it (or nothing has that key)
    arrow = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    assert latin_key(arrow, "offscreen") is None


def test_without_the_filter_qt_would_not_fire(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    """The premise: Qt itself does not map ى to N here (so the tests above test the filter)."""
    from ui.i18n.layout_keys import LayoutKeys

    window, _ids = _window(project, make_window)
    for child in window.findChildren(LayoutKeys):
        QApplication.instance().removeEventFilter(child)
    arabic(window.view, "ى")
    assert window.current_claim_id is None
