"""The main window driven through real widgets, keys and clicks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPlainTextEdit, QTableView, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import press, select_code_points, type_text, utf16, when_dialog, when_modal, write_article
from tests.xlsx_helpers import sheet_rows
from ui.exporting.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.sources.source_picker import SourcePicker

WindowFactory = Callable[[Project], MainWindow]
TRICKY = "مقدمة 😀 الخبر\nكَتَبَ المراسل 👍🏽:\nوقال بوتين إن “الاتفاق تاريخي” 🇷🇺 حقًا.\n"


def block_backgrounds(window: MainWindow) -> list[tuple[int, int, str]]:
    """(block position + start, length, colour) of every highlight format in the view's document."""
    out = []
    block = window.view.document().begin()
    while block.isValid():
        for fr in block.layout().formats():
            out.append((block.position() + fr.start, fr.length, fr.format.background().color().name()))
        block = block.next()
    return out


def test_selection_after_emoji_diacritics_and_crlf_becomes_the_exact_claim(
    project: Project, make_window: WindowFactory, tmp_path: Path
) -> None:
    article = project.import_file(write_article(tmp_path, "crlf.txt", TRICKY, "\r\n"))
    assert article.text == TRICKY  # CRLF stored as LF
    source = project.add_source("Putin", "person")
    window = make_window(project)
    window.open_article(article.id)
    view = window.findChild(QTextEdit, "articleView")
    assert view is window.view
    start, end = span_of(article.text, "الاتفاق", "🇷🇺")
    select_code_points(view, article.text, start, end)
    assert view.textCursor().selectedText() == "الاتفاق تاريخي” 🇷🇺"
    claim = window.mark_selection_as_claim([source.id])
    assert claim is not None
    [stored] = project.claims()
    start -= 1  # the quote closed inside the selection brings its opening mark in
    assert (stored.start, stored.end) == (start, end)
    assert stored.text == article.text[stored.start : stored.end] == "“الاتفاق تاريخي” 🇷🇺"
    # the highlight sits exactly on those UTF-16 positions
    assert block_backgrounds(window) == [
        (utf16(article.text, start), utf16(article.text, end) - utf16(article.text, start), source.colour)
    ]


def test_enter_opens_picker_and_a_new_source_is_created_inline(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article = project.add_article(sample_text)
    window = make_window(project)
    view = window.view
    start, end = span_of(sample_text, "وقع الرئيس", "ضد أعدائهما")
    select_code_points(view, sample_text, start, end)
    assert window.actions_by_name["mark"].isEnabled()

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, SourcePicker)
        qtbot.keyClicks(dialog.query, "The Hill")
        assert dialog.model.rowCount() == 1  # only the "create" row
        dialog.kind.setCurrentText("media")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    when_modal(pick)
    press(qtbot, view, Qt.Key.Key_Return)
    [source] = project.sources()
    assert (source.name, source.kind) == ("The Hill", "media")
    [claim] = project.claims(article.id)
    assert (claim.start, claim.end, claim.source_ids) == (start, end, [source.id])
    assert claim.text.startswith("وقع الرئيس") and claim.text.endswith("ضد أعدائهما")
    assert not view.textCursor().hasSelection()  # the selection gives way to the highlight
    assert [colour for *_, colour in block_backgrounds(window)] == [source.colour]
    table = window.findChild(QTableView, "claimsTable")
    model = table.model()
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "The Hill"
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) == QColor(source.colour)
    assert table.currentIndex().row() == 0
    # one undo takes back the claim and the source made for it; redo brings both back
    window.actions_by_name["undo"].trigger()
    assert project.claims() == [] and project.sources() == []
    window.actions_by_name["redo"].trigger()
    assert [c.id for c in project.claims()] == [claim.id] and [s.name for s in project.sources()] == ["The Hill"]


def test_type_ahead_folds_arabic_and_matches_aliases(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article = project.add_article(sample_text)
    project.add_source("Putin", "person", aliases=["فلاديمير بوتين"])
    ap = project.add_source("Associated Press", "media", aliases=["أسوشيتد برس"])
    window = make_window(project)
    select_code_points(window.view, sample_text, *span_of(sample_text, "كوريا الشمالية والاتحاد", "أمنية أقل"))
    seen: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, SourcePicker)
        type_text(dialog.query, "اسوشيتد")  # typed without hamza
        seen.extend(dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount()))
        qtbot.keyClick(dialog.query, Qt.Key.Key_Enter)

    when_modal(pick)
    press(qtbot, window.view, Qt.Key.Key_Return)
    assert seen[0].startswith("Associated Press") and seen[1:] == ["+ New source: اسوشيتد"]
    [claim] = project.claims(article.id)
    assert claim.source_ids == [ap.id]


def test_escape_in_picker_marks_nothing(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    window = make_window(project)
    before = project.undo_text()
    select_code_points(window.view, article.text, 5, 10)
    when_modal(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    press(qtbot, window.view, Qt.Key.Key_Return)
    assert project.claims() == []
    assert window.view.textCursor().hasSelection()
    assert project.undo_text() == before  # nothing new to undo after a cancelled mark


def test_panel_and_text_select_each_other(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article = project.add_article(sample_text)
    s = project.add_source("Putin", "person")
    first = project.add_claim(article.id, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"), [s.id])
    second = project.add_claim(article.id, *span_of(sample_text, "اتفاقية الشراكة", "هذا الاتفاق"), [s.id])
    window = make_window(project)
    table = window.claims_table
    # clicking the second row selects its text in the article
    rect = table.visualRect(table.model().index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.selected_range() == (second.start, second.end)
    assert window.current_claim_id == second.id
    # clicking inside the first claim's highlight selects its row
    window.view.collapse_selection()
    middle = (first.start + first.end) // 2
    cursor = window.view.textCursor()
    cursor.setPosition(utf16(sample_text, middle))
    window.view.setTextCursor(cursor)
    window.view.ensureCursorVisible()
    point = window.view.cursorRect(cursor).center()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_claim_id == first.id
    assert table.currentIndex().row() == 0


def test_delete_key_undo_and_redo(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    a, b = project.add_source("A"), project.add_source("B")
    claim = project.add_claim(article.id, 5, 10, [b.id, a.id], "direct", "note")
    window = make_window(project)
    window.claims_table.select_row(0)
    window.claims_table.setFocus()
    qtbot.keyClick(window.claims_table, Qt.Key.Key_Delete)
    assert project.claims() == []
    assert block_backgrounds(window) == []
    assert window.claims_table.model().rowCount() == 0
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    [back] = project.claims()
    assert (back.id, back.start, back.end, back.source_ids, back.quote_type, back.note, back.created_at) == (
        claim.id,
        5,
        10,
        [b.id, a.id],
        "direct",
        "note",
        claim.created_at,
    )
    assert len(block_backgrounds(window)) == 1 and window.claims_table.model().rowCount() == 1
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Redo))
    assert project.claims() == []


def test_marking_is_undoable_and_keeps_the_document_clean(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    window = make_window(project)
    select_code_points(window.view, article.text, 14, 28)
    claim = window.mark_selection_as_claim([])
    assert claim is not None and claim.text == "الاتفاق تاريخي"
    assert not window.view.document().isUndoAvailable() and not window.view.document().isModified()
    assert window.view.toPlainText() == article.text
    window.actions_by_name["undo"].trigger()
    assert project.claims() == [] and block_backgrounds(window) == []
    window.actions_by_name["redo"].trigger()
    assert [c.id for c in project.claims()] == [claim.id]


def test_without_selection_nothing_is_marked(project: Project, make_window: WindowFactory) -> None:
    project.add_article("وقال بوتين")
    window = make_window(project)
    assert window.mark_selection_as_claim([]) is None
    assert not window.actions_by_name["mark"].isEnabled()
    assert "Select the text" in window.statusBar().currentMessage()
    assert project.claims() == []


def test_end_to_end_mark_reopen_export(
    tmp_path: Path, make_window: WindowFactory, sample_text: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "study.nisba"
    with Project.open(path) as project:
        article = project.import_file(write_article(tmp_path, "article.txt", sample_text))
        hill = project.add_source("The Hill", "media")
        window = make_window(project)
        start, end = span_of(sample_text, "وقع الرئيس", "ضد أعدائهما")
        select_code_points(window.view, sample_text, start, end)
        assert window.mark_selection_as_claim([hill.id]) is not None
        window.close()
    with Project.open(path) as project:
        window = make_window(project)
        assert window.view.article is not None and window.view.article.id == article.id
        assert window.claims_table.model().rowCount() == 1
        assert [colour for *_, colour in block_backgrounds(window)] == [hill.colour]
        out = tmp_path / "claims.xlsx"

        def fill_export_dialog(dialog: QWidget) -> None:
            assert isinstance(dialog, ExportDialog)
            dialog.path.setText(str(out))
            when_modal(lambda box: box.close())  # the "exported" message that follows
            dialog.accept()

        when_modal(fill_export_dialog)
        window.actions_by_name["export"].trigger()
        [row] = sheet_rows(out, "Claims")
        assert row["Claim text"] == sample_text[start:end]
        assert (row["Primary source"], row["Source kinds"]) == ("The Hill", "media")
        assert (row["Start"], row["End"]) == (start, end)


def test_import_action_reports_refused_files(
    project: Project, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    good = write_article(tmp_path, "good.txt", "وقال بوتين إن الاتفاق تاريخي")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    window = make_window(project)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good), str(bad)], ""))
    messages: list[str] = []

    def read_and_close(box: QWidget) -> None:
        messages.append(box.findChild(QLabel, "summaryHeadline").text())
        messages.append(box.findChild(QPlainTextEdit, "summaryDetails").toPlainText())
        box.close()

    when_dialog("importSummary", read_and_close)
    window.actions_by_name["import"].trigger()  # two files: a batch, off the GUI thread
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "1 imported" in messages[0] and "1 rejected" in messages[0] and f"{bad}: is empty" in messages[1]
    assert [Path(a.imported_from or "").name for a in project.articles()] == ["good.txt"]
    assert window.view.article is not None and window.view.toPlainText() == "وقال بوتين إن الاتفاق تاريخي"
    assert window.articles_model.rowCount() == 1
    QApplication.processEvents()


def test_undoing_the_first_claim_puts_the_article_back_to_do(project: Project, make_window: WindowFactory) -> None:
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    window = make_window(project)
    select_code_points(window.view, article.text, 14, 28)
    assert window.mark_selection_as_claim([]) is not None
    assert project.article(article.id).status == "in_progress"
    window.actions_by_name["undo"].trigger()
    assert project.article(article.id).status == "todo"
    window.actions_by_name["redo"].trigger()
    assert project.article(article.id).status == "in_progress" and len(project.claims()) == 1


def test_the_toolbar_keeps_its_height_when_the_icons_arrive(project: Project, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QToolBar

    project.add_article("وقال بوتين إن الاتفاق تاريخي")
    window = MainWindow(project)
    qtbot.addWidget(window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    window.show()  # the first paint: icons are drawn on the next turn of the event loop
    before = toolbar.sizeHint().height()
    mark = window.actions_by_name["mark"]
    blank = mark.icon().cacheKey()
    qtbot.waitUntil(lambda: mark.icon().cacheKey() != blank)  # the real icons came
    assert toolbar.sizeHint().height() == before


def test_ctrl_z_right_after_marking_undoes_the_claim(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    """Select, Enter, pick, then Ctrl+Z where the keyboard is: the claim goes (the focus is back in the
    article, not in a field that would take Ctrl+Z as its own text undo)."""
    article = project.add_article(sample_text)
    project.add_source("Putin", "person")
    window = make_window(project)
    window.activateWindow()
    window.view.setFocus()
    select_code_points(window.view, sample_text, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"))

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, SourcePicker)
        qtbot.keyClicks(dialog.query, "Putin")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    when_modal(pick)
    press(qtbot, window.view, Qt.Key.Key_Return)
    assert len(project.claims(article.id)) == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view, timeout=2000)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.claims(article.id) == []
