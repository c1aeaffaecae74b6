"""The annotation workflow through real keys and widgets: chains, mentions, cues, edits, undo, navigation."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import press, select_code_points, type_text, utf16, when_modal
from ui.main_window import MainWindow
from ui.main_window.shortcuts_dialog import ShortcutsDialog
from ui.sources.source_picker import SourcePicker

WindowFactory = Callable[[Project], MainWindow]


def _chain(project: Project, claim_id: int) -> list[tuple[int, tuple[int, int] | None, tuple[int, int] | None]]:
    return [(s.source_id, s.mention, s.cue) for s in project.chain_of(claim_id)]


def test_mention_and_cue_by_keys_then_undo_redo(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article = project.add_article(sample_text)
    hill = project.add_source("The Hill", "media")
    claim = project.add_claim(article.id, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"), [hill.id])
    window = make_window(project)
    window.claims_table.select_row(0)
    mention = span_of(sample_text, "صحيفة", "The Hill“")  # the closing mark comes in with the name
    cue = span_of(sample_text, "وفقًا", "ذكرته")
    select_code_points(window.view, sample_text, mention[0], mention[1] - 1)
    press(qtbot, window.view, Qt.Key.Key_M)
    select_code_points(window.view, sample_text, *cue)
    press(qtbot, window.view, Qt.Key.Key_C)
    assert _chain(project, claim.id) == [(hill.id, mention, cue)]
    assert window.claim_form.chain_model.index(0, 0).data() == "1. The Hill  (mention ✓, cue ✓)"
    roles = sorted(s.role for s in window.view.spans())
    assert roles == ["claim", "cue", "mention"]
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert _chain(project, claim.id) == [(hill.id, mention, None)]
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert _chain(project, claim.id) == [(hill.id, None, None)]
    assert sorted(s.role for s in window.view.spans()) == ["claim"]
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Redo))
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Redo))
    assert _chain(project, claim.id) == [(hill.id, mention, cue)]


def test_chain_built_in_the_form_quote_type_and_note(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article = project.add_article(sample_text)
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Vladimir Putin", "person", aliases=["بوتين"])
    claim = project.add_claim(article.id, *span_of(sample_text, "اتفاقية الشراكة", "هذا الاتفاق"), [hill.id])
    window = make_window(project)
    window.claims_table.select_row(0)

    def pick_putin(dialog: QWidget) -> None:
        assert isinstance(dialog, SourcePicker)
        type_text(dialog.query, "بوتين")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    when_modal(pick_putin)
    press(qtbot, window.view, Qt.Key.Key_S)  # add a source to the chain
    window.activateWindow()  # the offscreen platform does not give activation back after a dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert project.claim(claim.id).source_ids == [hill.id, putin.id]
    assert window.claims_model.index(0, 1).data() == "The Hill ← Vladimir Putin"
    form = window.claim_form
    form.chain.setCurrentIndex(form.chain_model.index(1, 0))
    [up] = [b for b in form._buttons if b.text() == "Up"]
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert project.claim(claim.id).source_ids == [putin.id, hill.id]
    form.quote_type.setFocus()
    qtbot.keyClick(form.quote_type, Qt.Key.Key_D)  # keyboard search in the closed combo box
    assert project.claim(claim.id).quote_type == "direct"
    press(qtbot, window.view, Qt.Key.Key_F2)
    assert form.note.hasFocus()
    type_text(form.note, "تحقق من النص الأصلي")
    qtbot.keyClick(form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert project.claim(claim.id).note == "تحقق من النص الأصلي"
    for _ in range(3):
        window.actions_by_name["undo"].trigger()
    back = project.claim(claim.id)
    assert (back.source_ids, back.quote_type, back.note) == ([hill.id, putin.id], "unmarked", "")


def test_bounds_from_selection_and_snapping(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    text = "وقال بوتين إن الاتفاق تاريخي ومهم"
    article = project.add_article(text)
    claim = project.add_claim(article.id, text.index("الاتفاق"), text.index("الاتفاق") + 7)
    window = make_window(project)
    window.claims_table.select_row(0)
    # snapping is on by default: a sloppy selection becomes whole words, for new boundaries too
    assert window.actions_by_name["snap"].isChecked()
    select_code_points(window.view, text, text.index("لاتفاق"), text.index("تاريخي") + 3)
    press(qtbot, window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert project.claim(claim.id).text == "الاتفاق تاريخي"
    window.actions_by_name["undo"].trigger()
    assert project.claim(claim.id).text == "الاتفاق"
    select_code_points(window.view, text, text.index("ال بوت"), text.index("ال بوت") + 6)
    snapped = window.mark_selection_as_claim([])
    assert snapped is not None and snapped.text == "وقال بوتين"
    # Ctrl+Shift+W turns it off, and a new window remembers that
    press(qtbot, window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    try:
        assert not window.actions_by_name["snap"].isChecked()
        assert not make_window(project).actions_by_name["snap"].isChecked()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.claims_table.select_row(window.claims_model.row_of(claim.id))
        select_code_points(window.view, text, text.index("الاتفاق"), text.index("تاريخي") + 3)
        press(qtbot, window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        assert project.claim(claim.id).text == "الاتفاق تار"
    finally:
        window.actions_by_name["snap"].trigger()
    assert window.actions_by_name["snap"].isChecked()


def test_number_keys_mark_with_recent_sources_and_navigation(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    text = "وقال بوتين إن الاتفاق تاريخي. وقال كيم إن الصداقة نارية. وأشارت الوكالة إلى المعاهدة."
    article = project.add_article(text)
    putin = project.add_source("Putin", "person")
    kim = project.add_source("Kim", "person")
    window = make_window(project)
    window.mark_selection_as_claim([])  # nothing selected: nothing marked
    select_code_points(window.view, text, *span_of(text, "الاتفاق", "تاريخي"))
    window.mark_selection_as_claim([putin.id])
    select_code_points(window.view, text, *span_of(text, "الصداقة", "نارية"))
    window.mark_selection_as_claim([kim.id])
    select_code_points(window.view, text, *span_of(text, "المعاهدة", "المعاهدة"))
    press(qtbot, window.view, Qt.Key.Key_2)  # recent 1 = Kim, 2 = Putin
    claims = project.claims(article.id)
    assert [c.source_ids for c in claims] == [[putin.id], [kim.id], [putin.id]]
    window.claims_table.select_row(0)
    press(qtbot, window.view, Qt.Key.Key_N)
    assert window.current_claim_id == claims[1].id
    press(qtbot, window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.current_claim_id == claims[2].id
    press(qtbot, window.view, Qt.Key.Key_P)
    assert window.current_claim_id == claims[1].id
    assert window.view.selected_range() == (claims[1].start, claims[1].end)


def test_clicking_an_overlap_offers_a_choice(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    text = "وقال بوتين إن الاتفاق بين روسيا وكوريا تاريخي ومهم جدا للبلدين"
    article = project.add_article(text)
    outer = project.add_claim(article.id, *span_of(text, "الاتفاق", "للبلدين"))
    inner = project.add_claim(article.id, *span_of(text, "روسيا", "كوريا"))
    window = make_window(project)
    cursor = window.view.textCursor()
    cursor.setPosition(utf16(text, text.index("روسيا") + 2))
    point = window.view.cursorRect(cursor).center()
    seen: list[list[str]] = []

    def choose_outer() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose_outer)
            return
        seen.append([a.text() for a in menu.actions()])
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_outer)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert len(seen[0]) == 2 and seen[0][0].startswith("روسيا")  # innermost first
    assert window.current_claim_id == outer.id
    del inner


def test_find_is_arabic_aware_and_shortcuts_sheet_lists_keys(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    text = "كَتَبَ المراسل أن الوكالة كتبت تقريرا، وكتب آخرون"
    project.add_article(text)
    window = make_window(project)
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert window.find_bar.isVisible() and window.find_bar.query.hasFocus()
    type_text(window.find_bar.query, "كتب")
    assert [text[s:e] for s, e in window.find_bar.matches()] == ["كَتَبَ", "كتب", "كتب"]
    assert window.view.find_marks() == window.find_bar.matches()
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    assert window.view.selected_range() == window.find_bar.matches()[0]
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.view.find_marks() == []
    rows: list[tuple[str, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        model = dialog.model
        rows.extend((model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount()))
        dialog.close()

    when_modal(read)
    press(qtbot, window.view, Qt.Key.Key_F1)
    names = dict(rows)
    assert names["Mark claim"].startswith("Return") and names["Mark source mention"].startswith("M")
    assert "Ctrl+Z" in names["Undo"] and names["Mark with recent source 1–9"] == "1 … 9"


def test_hovering_a_claim_shows_its_chain_and_note(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    text = "وقال بوتين إن الاتفاق تاريخي"
    article = project.add_article(text)
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Putin", "person")
    project.add_claim(article.id, *span_of(text, "الاتفاق", "تاريخي"), [hill.id, putin.id], "indirect", "راجع")
    window = make_window(project)
    cursor = window.view.textCursor()
    cursor.setPosition(utf16(text, text.index("الاتفاق") + 3))
    point = window.view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.view.viewport(), event)
    assert QToolTip.isVisible()
    assert QToolTip.text() == "The Hill ← Putin · indirect\nNote: راجع\nالاتفاق تاريخي"


def test_labels_from_the_form_with_keys_filter_and_undo(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QInputDialog

    text = "وقال بوتين إن الاتفاق تاريخي. وقال كيم إن الصداقة نارية."
    article = project.add_article(text)
    first = project.add_claim(article.id, *span_of(text, "الاتفاق", "تاريخي"))
    project.add_claim(article.id, *span_of(text, "الصداقة", "نارية"))
    project.add_label("opinion")
    window = make_window(project)
    window.claims_table.select_row(0)

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("verifiable")
        dialog.accept()

    when_modal(name_it)
    qtbot.mouseClick(window.claim_form.new_label, Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    verifiable = next(label for label in project.labels() if label.name == "verifiable")
    assert project.claim(first.id).label_ids == [verifiable.id]
    press(qtbot, window.view, Qt.Key.Key_L)  # to the labels list: first row is "opinion"
    labels = window.claim_form.labels
    assert labels.hasFocus()
    qtbot.keyClick(labels, Qt.Key.Key_Space)
    assert sorted(label.name for label in project.claim(first.id).labels) == ["opinion", "verifiable"]
    bar = window.claims_filter
    bar.label.setCurrentIndex(bar.label.findData(verifiable.id))
    assert window.claims_table.model().rowCount() == 1
    bar.label.setCurrentIndex(0)
    window.actions_by_name["undo"].trigger()
    assert [label.name for label in project.claim(first.id).labels] == ["verifiable"]
    window.actions_by_name["undo"].trigger()
    assert project.claim(first.id).labels == []


def test_claims_record_the_annotator_who_can_be_renamed(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QInputDialog, QLabel

    text = "وقال بوتين إن الاتفاق تاريخي"
    project.add_article(text)
    window = make_window(project)
    assert project.annotator  # the account's name until the user gives one

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("ليلى")
        dialog.accept()

    when_modal(name_it)
    window.actions_by_name["annotator"].trigger()
    select_code_points(window.view, text, *span_of(text, "الاتفاق", "تاريخي"))
    claim = window.mark_selection_as_claim([])
    assert claim is not None and project.claim(claim.id).annotator == "ليلى"
    assert any("annotator: ليلى" in label.text() for label in window.statusBar().findChildren(QLabel))


def test_single_keys_keep_their_meaning_outside_the_reading_widgets(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Enter in the find bar finds the next match, Delete in the registry or a digit in a menu changes no claim."""
    text = "وقال بوتين إن الاتفاق تاريخي وقال بوتين إنه مهم"
    article = project.add_article(text)
    source = project.add_source("Putin", "person")
    claim = project.add_claim(article.id, *span_of(text, "الاتفاق", "تاريخي"), [source.id])
    window = make_window(project)
    window.claims_table.select_row(0)
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    type_text(window.find_bar.query, "بوتين")
    for expected in ("1 of 2", "2 of 2", "1 of 2"):
        qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
        assert QApplication.activeModalWidget() is None  # no source picker
        assert window.find_bar.count.text() == expected
    window.side_tabs.setCurrentWidget(window.sources_panel)
    window.sources_panel.table.select_row(0)
    window.sources_panel.table.setFocus()
    qtbot.keyClick(window.sources_panel.table, Qt.Key.Key_Delete)
    window.side_tabs.setCurrentWidget(window.claims_pane)
    window.claims_filter.kind.setFocus()
    qtbot.keyClick(window.claims_filter.kind, Qt.Key.Key_1)
    assert [c.id for c in project.claims()] == [claim.id]


REPORT = "وقال بوتين إن الاتفاق تاريخي، وفقًا لما ذكرته صحيفة The Hill"


def _report_with_recent_hill(project: Project) -> tuple[int, int]:
    """An article (REPORT) and The Hill, made recent source 1 by a claim on the first word: their ids."""
    article = project.add_article(REPORT)
    hill = project.add_source("The Hill", "media")
    project.add_claim(article.id, 0, 4, [hill.id])
    return article.id, hill.id


def _disk_full(monkeypatch: pytest.MonkeyPatch, project: Project) -> None:
    """Every commit of the project fails from now on, as on a full disk (until ``monkeypatch.undo()``)."""

    def full(_connection: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(project._file.engine.dialect, "do_commit", full)


def _catch_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The warning boxes the window would show, as "title: text", instead of showing them."""
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: boxes.append(f"{title}: {text}"))
    return boxes


def test_a_deleted_source_leaves_the_recent_digits(
    project: Project, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors = _catch_warnings(monkeypatch)
    article = project.add_article(REPORT)
    putin = project.add_source("بوتين", "person")
    hill = project.add_source("The Hill", "media")
    project.add_claim(article.id, 0, 4, [hill.id])
    project.add_claim(article.id, 5, 10, [putin.id])  # recent: 1 = Putin, 2 = The Hill
    window = make_window(project)
    project.merge_sources(hill.id, putin.id)  # Putin merged away (as from the Sources tab)
    select_code_points(window.view, REPORT, 14, 21)
    press(qtbot, window.view, Qt.Key.Key_1)
    new = [c for c in project.claims(article.id) if c.start == 14]
    assert [c.source_ids for c in new] == [[hill.id]]  # the digit now names the source that is left
    select_code_points(window.view, REPORT, 23, 28)
    press(qtbot, window.view, Qt.Key.Key_2)
    assert errors == []  # no error box about a missing source
    assert "no recent source 2" in window.statusBar().currentMessage()


def test_a_note_typed_before_deleting_the_claim_comes_back_with_undo(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    text = "وقال بوتين إن الاتفاق تاريخي"
    article = project.add_article(text)
    claim = project.add_claim(article.id, 0, 10, [])
    window = make_window(project)
    window.claims_table.select_row(0)
    window.claim_form.note.setFocus()
    type_text(window.claim_form.note, "مصدر ثانوي")
    window.actions_by_name["delete"].trigger()  # the toolbar button: the note field keeps the focus
    assert project.claims(article.id) == []
    window.actions_by_name["undo"].trigger()
    assert project.claim(claim.id).note == "مصدر ثانوي"


def test_a_step_the_core_refuses_is_shown_and_kept_for_later(
    project: Project, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = _catch_warnings(monkeypatch)
    article_id, _hill = _report_with_recent_hill(project)
    window = make_window(project)
    select_code_points(window.view, REPORT, 14, 21)
    press(qtbot, window.view, Qt.Key.Key_1)
    [marked] = [c for c in project.claims(article_id) if c.start == 14]
    undo = window.actions_by_name["undo"]
    assert undo.text().startswith("&Undo mark claim") and undo.isEnabled()

    _disk_full(monkeypatch, project)
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the mark: refused
    assert len(boxes) == 1 and "Undo mark claim" in boxes[0] and "disk is full" in boxes[0]
    assert marked.id in [c.id for c in project.claims(article_id)]  # still there
    assert undo.text().startswith("&Undo mark claim") and undo.isEnabled()  # and still undoable, later

    window.claims_table.select_row(1)
    press(qtbot, window.claims_table, Qt.Key.Key_Delete)  # deleting is refused too
    assert len(boxes) == 2 and boxes[1].startswith("Could not delete the claim") and "disk is full" in boxes[1]
    assert len(project.claims(article_id)) == 2 and undo.text().startswith("&Undo mark claim")

    monkeypatch.undo()  # the disk has room again: everything works as before
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: boxes.append(f"{title}: {text}"))
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marked.id not in [c.id for c in project.claims(article_id)] and len(boxes) == 2
    assert window.actions_by_name["redo"].text().startswith("&Redo mark claim")


def _mark_with_new_source(qtbot: QtBot, window: MainWindow, text: str, span: tuple[int, int], name: str) -> None:
    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, SourcePicker)
        qtbot.keyClicks(dialog.query, name)
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    select_code_points(window.view, text, *span)
    when_modal(pick)
    press(qtbot, window.view, Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_source_made_while_marking_is_undone_with_the_claim_in_one_step(
    project: Project, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = _catch_warnings(monkeypatch)
    article = project.add_article(REPORT)
    window = make_window(project)
    _mark_with_new_source(qtbot, window, REPORT, (0, 10), "Putin")
    [claim] = project.claims(article.id)
    [putin] = project.sources()
    assert claim.source_ids == [putin.id]
    assert project.undo_text() == "Undo mark claim with new source “Putin”"  # one step: source and claim

    _disk_full(monkeypatch, project)
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(boxes) == 1 and "Nothing was changed" in boxes[0]
    assert [(c.id, c.source_ids) for c in project.claims(article.id)] == [(claim.id, [putin.id])]  # as it was
    assert [s.name for s in project.sources()] == ["Putin"] and project.article_status(article.id) == "in_progress"

    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: boxes.append(f"{title}: {text}"))
    _mark_with_new_source(qtbot, window, REPORT, (14, 21), "The Hill")
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.name for s in project.sources()] == ["Putin"] and len(project.claims(article.id)) == 1
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
    assert {s.name for s in project.sources()} == {"Putin", "The Hill"} and len(project.claims(article.id)) == 2
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.sources() == [] and project.claims() == []
    assert len(boxes) == 1


def test_a_refused_delete_keeps_the_redo_steps(
    project: Project, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = _catch_warnings(monkeypatch)
    article_id, _hill = _report_with_recent_hill(project)
    window = make_window(project)
    for span in ((14, 21), (23, 28)):
        select_code_points(window.view, REPORT, *span)
        press(qtbot, window.view, Qt.Key.Key_1)
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.can_redo()

    _disk_full(monkeypatch, project)
    window.claims_table.select_row(0)
    press(qtbot, window.claims_table, Qt.Key.Key_Delete)
    assert len(boxes) == 1 and "disk is full" in boxes[0]
    assert project.can_redo() and window.actions_by_name["redo"].isEnabled() and len(project.claims(article_id)) == 2
