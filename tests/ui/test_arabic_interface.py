"""The interface in Arabic: the window and every dialog right-to-left, and no English word left in what
the user reads (labels, buttons, menus, tooltips, table headers, status bar, message boxes), names such as
Excel, CSV, JSON and key names aside.  The project's own data is Arabic here, so any Latin word is the UI's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.errors import EmptyFileError
from annotator.importers.reading import read_article
from tests.conftest import span_of
from tests.ui.conftest import select_code_points, when_modal, write_article
from ui.app import apply_language
from ui.articles.article_dialog import ArticleDialog
from ui.exporting.export_dialog import ExportDialog
from ui.i18n.core_text import error_text
from ui.importing.batch_import import BatchSummary, BatchSummaryDialog
from ui.importing.import_dialog import ImportPreviewDialog
from ui.main_window import MainWindow
from ui.main_window.shortcuts_dialog import ShortcutsDialog
from ui.review.agreement_dialog import AgreementDialog
from ui.review.sessions_view import SessionsDialog
from ui.safety.restore_dialog import RestoreDialog
from ui.sources.source_dialog import SourceDialog
from ui.sources.source_picker import SourcePicker

WindowFactory = Callable[[Project], MainWindow]
TEXT = "قال الرئيس إن الاتفاق قريب.\n\nوذكرت الوكالة أن الوفد وصل إلى العاصمة."
ALLOWED = {
    # names of formats, standards and products, kept as they are written everywhere
    "excel", "csv", "json", "jsonld", "xlsx", "docx", "html", "htm", "txt", "text", "nisba", "word", "web",
    "annotation", "utf", "bom", "iso", "windows", "nul", "zip", "refi", "qda", "f1", "kb", "mb", "utc", "url",
    "yyyy", "mm", "dd", "rrggbb", "xhtml", "https", "w3c", "qdpx", "qualcoder", "maxqda", "nvivo", "atlas", "ti",
    # key names (Qt writes them so in every language)
    "ctrl", "shift", "alt", "meta", "enter", "return", "esc", "del", "delete", "space", "pgup", "pgdown",
    "up", "down", "left", "right", "tab", "ins", "home", "end", "backspace", "f2",
    # each language is listed in its own name in Settings → Language
    "english",
    # user data in the examples of the source picker and alias box
    "the", "hill", "vladimir", "putin",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")


def english_words(text: str) -> list[str]:
    """The Latin words of ``text`` that are not allowed names (HTML tags and entities left out)."""
    text = re.sub(r"<[^>]*>|&[a-z]+;|#[0-9a-fA-F]{6}|\([^)]*\*\.[^)]*\)|\S+\.nisba\S*|/\S+", " ", text or "")
    return [w for w in WORD.findall(text.replace("&", "")) if w.lower() not in ALLOWED]


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can read in ``root``: widgets, menus, tooltips, headers, items."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        yield name + ".toolTip", w.toolTip()
        if w.isWindow():
            yield name + ".windowTitle", w.windowTitle()
        if isinstance(w, QLabel | QAbstractButton):
            yield name + ".text", w.text()
        if isinstance(w, QLineEdit):
            yield name + ".placeholder", w.placeholderText()
        if isinstance(w, QPlainTextEdit | QTextEdit):
            yield name + ".placeholder", w.placeholderText()
        if isinstance(w, QGroupBox):
            yield name + ".title", w.title()
        if isinstance(w, QComboBox):
            yield from ((f"{name}.item{i}", w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            yield from ((f"{name}.tab{i}", w.tabText(i)) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _model_texts(name, w.model())
        if isinstance(w, QMenu):
            for action in w.actions():
                yield f"{name}.action", action.text()
                yield f"{name}.actionTip", action.toolTip()
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield "menuBar", action.text()


def _model_texts(name: str, model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a model of Qt's own whose count is private (a combo box's popup): its items are checked
        return
    for col in range(columns):
        yield f"{name}.header{col}", str(model.headerData(col, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), 30)):
        for col in range(columns):
            index = model.index(row, col)
            yield f"{name}.cell{row},{col}", str(index.data() or "")
            yield f"{name}.tip{row},{col}", str(index.data(Qt.ItemDataRole.ToolTipRole) or "")


def assert_arabic(root: QWidget) -> None:
    """``root`` is laid out right to left and shows no English word."""
    assert root.layoutDirection() == Qt.LayoutDirection.RightToLeft, root
    left = [(where, text) for where, text in visible_texts(root) if english_words(text)]
    assert not left, "\n".join(f"{where}: {text!r} → {english_words(text)}" for where, text in left)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    assert apply_language(qapp, "ar") == "ar"
    yield
    apply_language(qapp, "en")


@pytest.fixture
def window(arabic: None, project: Project, make_window: WindowFactory) -> MainWindow:
    article = project.add_article(TEXT, title="خبر عن الاتفاق", outlet="الوكالة")
    agency = project.add_source("الوكالة", "media", aliases=["وكالة الأنباء"])
    claim = project.add_claim(article.id, *span_of(TEXT, "الاتفاق", "قريب"), [agency.id], note="ملاحظة")
    project.set_chain(claim.id, [*project.chain_of(claim.id)])
    project.annotator = "سارة"
    made = make_window(project)
    made.claims_table.select_row(0)
    return made


def test_main_window_is_mirrored_and_all_in_arabic(window: MainWindow) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for menu in window.menus.values():
        menu.aboutToShow.emit()  # the submenus fill themselves when opened
    window.statusBar().showMessage("")
    assert_arabic(window)
    status = window.findChild(QLabel, "articleStatus").text()
    assert "ادعاء واحد" in status and "٦٨ حرفًا" in status  # plural form and Arabic-Indic digits
    assert window.menus["&File"].title() == "&ملف"
    assert window.actions_by_name["undo"].text().startswith("&تراجع")  # the core's step named in Arabic


def test_every_dialog_is_mirrored_and_in_arabic(window: MainWindow, project: Project, tmp_path: Path) -> None:
    article = project.articles()[0]
    dialogs: list[QDialog] = [
        ArticleDialog(project.article(article.id), window),
        ExportDialog(tmp_path / "out.xlsx", [article.id], 1, window),
        SourcePicker(project.sources(), [], "نص الادعاء", window),
        SourceDialog(project.sources()[0], window),
        SourceDialog(None, window),
        ShortcutsDialog(window.actions_by_name, window),
        SessionsDialog(project.highlight_sessions(), window),
        AgreementDialog(project.agreement(), window),
    ]
    project.save_copy(tmp_path / "copy.nisba")
    dialogs.append(RestoreDialog(project.list_backups() or [], "study.nisba", window))
    page = write_article(tmp_path, "خبر.txt", "أخبار\n\nقال المتحدث إن الجلسة انتهت.\n\nشارك\n")
    dialogs.append(ImportPreviewDialog(read_article(page), window))
    summary = BatchSummary(3)
    summary.rejected.append(("a.txt", error_text(EmptyFileError("a.txt", "x"))))
    dialogs.append(BatchSummaryDialog(summary, window))
    for dialog in dialogs:
        dialog.show()
        assert_arabic(dialog)
        dialog.close()


def test_message_boxes_and_core_errors_in_arabic(window: MainWindow, project: Project, tmp_path: Path) -> None:
    seen: list[str] = []

    def check(box: QWidget) -> None:
        try:
            assert isinstance(box, QMessageBox)
            seen.append(box.text())
            assert_arabic(box)
        finally:
            box.close()  # a failed check must not leave the modal box waiting (the test would hang)

    empty = write_article(tmp_path, "فارغ.txt", "")
    when_modal(check)
    window.importer.import_paths([empty])  # refused: the core's reason, in Arabic, with Qt's OK button
    assert seen and "فارغ" in seen[0]
    when_modal(check)
    window.sources_panel.merge_selected()  # "select the two sources": a message box of the window
    assert len(seen) == 2
    source = project.sources()[0]
    window.actions_by_name["sources"].trigger()  # the registry reads its rows when shown
    when_modal(check)
    window.sources_panel.table.select_row(0)
    window.sources_panel.delete_selected()  # the question, with its buttons and Qt's Cancel
    assert len(seen) == 3 and project.source(source.id).name == "الوكالة"


def test_marking_in_arabic_asks_in_arabic(window: MainWindow, qtbot: QtBot, project: Project) -> None:
    picked: list[QWidget] = []

    def pick(dialog: QWidget) -> None:
        assert_arabic(dialog)
        picked.append(dialog)
        assert isinstance(dialog, SourcePicker)
        dialog.query.setText("الوكالة")
        dialog.accept()

    select_code_points(window.view, TEXT, *span_of(TEXT, "الوفد", "العاصمة"))
    when_modal(pick)
    window.actions_by_name["mark"].trigger()
    assert picked and len(project.claims()) == 2
    assert_arabic(window)


def test_icons_that_point_a_direction_are_mirrored(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QSize

    from ui.widgets.icons import apply_icons, icon

    apply_icons(window.actions_by_name)
    shown = window.actions_by_name["undo"].icon().pixmap(QSize(24, 24)).toImage()
    drawn = icon("undo").pixmap(QSize(24, 24)).toImage()
    assert shown != drawn and shown == drawn.flipped(Qt.Orientation.Horizontal)
    same = window.actions_by_name["mark"].icon().pixmap(QSize(24, 24)).toImage()
    assert same == icon("mark").pixmap(QSize(24, 24)).toImage()  # a marker points nowhere: kept as drawn
