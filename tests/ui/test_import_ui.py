"""Every way in, driven through the real widgets: file dialog, preview, encoding choice, drops, paste, batches."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ui.importing.batch_import
from annotator import Project
from annotator.importers.reading import read_article
from annotator.paths import SAMPLE_ARTICLE
from tests.corpus import HEADLINE, PARA_1, PARA_2, write_docx, write_page, write_zip_of_other
from tests.ui.conftest import when_dialog, when_modal
from ui.importing.import_dialog import ImportPreviewDialog
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]


def pick_files(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def click_import(dialog: QWidget, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton)


def block_of(edit: QTextEdit, prefix: str) -> tuple[bool, bool]:
    """(right-to-left?, struck through?) of the first preview paragraph starting with ``prefix``."""
    block = edit.document().begin()
    while block.isValid():
        if block.text().startswith(prefix):
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            rtl = block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
            return rtl, cursor.charFormat().fontStrikeOut()
        block = block.next()
    raise AssertionError(f"no paragraph starts with {prefix!r}")


@pytest.mark.parametrize("remove", [True, False])
def test_one_file_is_previewed_with_its_furniture_offered(
    project: Project,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    tmp_path: Path,
    remove: bool,
) -> None:
    path = tmp_path / "sample.txt"
    shutil.copy(SAMPLE_ARTICLE, path)
    window = make_window(project)
    pick_files(monkeypatch, path)
    seen: dict[str, object] = {}

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportPreviewDialog)
        box = dialog.findChild(QCheckBox, "removeFurniture")
        preview = dialog.findChild(QTextEdit, "importPreviewText")
        seen["offered"] = box.isVisible() and box.isChecked()
        seen["label"] = box.text()
        seen["furniture"] = block_of(preview, "أخبار"), block_of(preview, "زر الذهاب")
        seen["body"] = block_of(preview, "وقع الرئيس")
        seen["encoding shown"] = dialog.findChild(QComboBox, "encodingCombo").isVisible()
        seen["warning"] = dialog.findChild(QLabel, "encodingWarning").isVisible()
        if not remove:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box
            seen["unchecked"] = not box.isChecked()
            seen["after"] = block_of(dialog.findChild(QTextEdit, "importPreviewText"), "أخبار")
        click_import(dialog, qtbot)

    when_dialog("importPreview", review)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen["offered"] and "4 lines of site furniture" in str(seen["label"])
    assert seen["furniture"] == ((True, True), (True, True))  # right-to-left, struck through
    assert seen["body"] == (True, False)
    assert seen["encoding shown"] and not seen["warning"]  # UTF-8: sure
    [article] = project.articles()
    sample = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    if remove:
        assert article.text == read_article(SAMPLE_ARTICLE).without_furniture().text
        assert article.text.startswith("خلال زيارة") and "زر الذهاب" not in article.text
    else:
        assert seen["unchecked"] and seen["after"] == (True, False)
        assert article.text == sample
    assert window.view.article is not None and window.view.article.id == article.id


def _import_watched(window: MainWindow, folder: Path, interval_ms: int) -> tuple[QTimer, list[float], list[str]]:
    """Start a batch import of ``folder`` with a timer ticking every ``interval_ms`` (to see the event loop run);
    the import summary's headline is kept (and the summary closed) once it shows."""
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(interval_ms)
    summaries: list[str] = []

    def read_summary(dialog: QWidget) -> None:
        summaries.append(dialog.findChild(QLabel, "summaryHeadline").text())
        dialog.close()

    when_dialog("importSummary", read_summary)
    window.importer.import_paths([folder])
    return timer, ticks, summaries


def test_unsure_encoding_is_shown_and_the_users_choice_is_stored(
    project: Project, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("مرحبا بالعالم".encode("iso-8859-6"))
    window = make_window(project)
    pick_files(monkeypatch, path)
    seen: dict[str, object] = {}

    def choose(dialog: QWidget) -> None:
        warning = dialog.findChild(QLabel, "encodingWarning")
        combo = dialog.findChild(QComboBox, "encodingCombo")
        preview = dialog.findChild(QTextEdit, "importPreviewText")
        seen["warned"] = warning.isVisible() and "guess" in warning.text()
        seen["before"] = preview.toPlainText()
        combo.setCurrentIndex(combo.findData("iso8859_6"))
        seen["after"] = preview.toPlainText()
        click_import(dialog, qtbot)

    when_dialog("importPreview", choose)
    window.actions_by_name["import"].trigger()
    assert seen["warned"] and seen["before"] != "مرحبا بالعالم"
    assert seen["after"] == "مرحبا بالعالم"
    [article] = project.articles()
    assert (article.text, article.encoding) == ("مرحبا بالعالم", "iso8859_6")


def test_page_metadata_is_shown_and_editable(
    project: Project, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(project)
    pick_files(monkeypatch, write_page(tmp_path))
    seen: dict[str, str] = {}

    def edit(dialog: QWidget) -> None:
        for name in ("titleEdit", "outletEdit", "urlEdit", "publishedEdit"):
            seen[name] = dialog.findChild(QWidget, name).text()  # type: ignore[attr-defined]
        seen["title direction"] = str(dialog.findChild(QWidget, "titleEdit").layoutDirection())
        outlet = dialog.findChild(QWidget, "outletEdit")
        outlet.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(outlet, "Gulf Today")
        click_import(dialog, qtbot)

    when_dialog("importPreview", edit)
    window.actions_by_name["import"].trigger()
    assert seen["titleEdit"] == HEADLINE and seen["outletEdit"] == "الخليج اليوم"
    assert seen["urlEdit"] == "https://example.com/news/putin-kim" and seen["publishedEdit"] == "2024-06-20"
    assert "RightToLeft" in seen["title direction"]
    [article] = project.articles()
    assert (article.title, article.outlet, str(article.published)) == (HEADLINE, "Gulf Today", "2024-06-20")


def drop_event(paths: list[Path]) -> tuple[QDragEnterEvent, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPointF(200, 200).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    drop.mime = mime  # type: ignore[attr-defined]  # keep the data alive as long as the event
    return enter, drop


def test_dropping_a_folder_imports_everything_in_it_with_a_summary(
    project: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "drop" / "inner"
    folder.mkdir(parents=True)
    write_page(folder, "a-page.html")
    write_docx(folder, "b-word.docx")
    shutil.copy(SAMPLE_ARTICLE, folder / "c-sample.txt")
    shutil.copy(SAMPLE_ARTICLE, folder / "d-same-again.txt")
    (folder / "e-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    write_zip_of_other(folder, "f-fake.docx")
    (folder / "g-empty.htm").write_bytes(b"")
    (folder / "h-unsure.txt").write_bytes("مرحبا بالعالم".encode("iso-8859-6"))
    (folder / "notes.png").write_bytes(b"\x89PNG")
    window = make_window(project)
    enter, drop = drop_event([tmp_path / "drop"])
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    seen: dict[str, str] = {}

    def read_summary(dialog: QWidget) -> None:
        seen["headline"] = dialog.findChild(QLabel, "summaryHeadline").text()
        seen["details"] = dialog.findChild(QPlainTextEdit, "summaryDetails").toPlainText()
        dialog.close()

    when_dialog("importSummary", read_summary)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: "details" in seen, timeout=20_000)
    assert seen["headline"] == (
        "3 imported, 1 skipped as duplicates, 3 rejected, 1 to review (unsure encoding) — of 8 files."
    )
    details = seen["details"]
    assert "d-same-again.txt: the same text is already in the project (article 3)" in details
    assert f"{folder / 'e-image.txt'}: {folder / 'e-image.txt'}: is a PNG image" not in details
    assert f"{folder / 'e-image.txt'}: is a PNG image, not a text file" in details
    assert f"{folder / 'f-fake.docx'}: is a zip archive but not a Word document" in details
    assert f"{folder / 'g-empty.htm'}: is empty" in details
    assert "h-unsure.txt (looks like cp1256)" in details
    assert "c-sample.txt: 4 lines" in details  # furniture found, kept
    page, word, sample = project.articles()
    assert page.outlet == "الخليج اليوم" and word.direction == "rtl"
    assert sample.text == SAMPLE_ARTICLE.read_text(encoding="utf-8")
    assert window.articles_model.rowCount() == 3
    assert window.view.article is not None and window.view.article.id == sample.id


def test_review_after_a_batch_lets_the_user_pick_the_encoding(
    project: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(PARA_1, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("مرحبا بالعالم".encode("iso-8859-6"))
    window = make_window(project)
    stored: list[str] = []

    def choose(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox, "encodingCombo")
        combo.setCurrentIndex(combo.findData("iso8859_6"))
        click_import(dialog, qtbot)
        stored.append("done")

    def review(dialog: QWidget) -> None:
        when_dialog("importPreview", choose)
        qtbot.mouseClick(dialog.findChild(QPushButton, "reviewButton"), Qt.MouseButton.LeftButton)

    when_dialog("importSummary", review)
    window.importer.import_paths([tmp_path])
    qtbot.waitUntil(lambda: bool(stored), timeout=20_000)
    qtbot.waitUntil(lambda: len(project.articles()) == 2)
    assert [a.text for a in project.articles()] == [PARA_1, "مرحبا بالعالم"]


def test_paste_as_new_article_from_text_or_html(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(project)
    assert window.actions_by_name["paste_article"].shortcut().toString() == "Ctrl+Shift+V"
    QApplication.clipboard().setText(f"{HEADLINE}\r\n{PARA_1}")
    when_dialog("importPreview", lambda dialog: click_import(dialog, qtbot))
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [first] = project.articles()
    assert (first.text, first.title, first.imported_from) == (f"{HEADLINE}\n{PARA_1}", HEADLINE, "clipboard")

    mime = QMimeData()
    mime.setHtml(f"<p>{PARA_2}</p><script>alert(1)</script><p>{PARA_1} ثانية</p>")
    QApplication.clipboard().setMimeData(mime)
    when_dialog("importPreview", lambda dialog: click_import(dialog, qtbot))
    window.actions_by_name["paste_article"].trigger()
    QApplication.clipboard().clear()  # Qt deletes the mime data it owns now, not at interpreter exit
    second = project.articles()[-1]
    assert second.text == f"{PARA_2}\n\n{PARA_1} ثانية"
    assert window.view.article is not None and window.view.article.id == second.id


def test_a_big_batch_keeps_the_window_responsive_and_can_be_cancelled(
    project: Project, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    for i in range(300):
        (tmp_path / f"{i:03}.txt").write_text(f"الخبر رقم {i}\n{PARA_1}", encoding="utf-8")
    real_read = ui.importing.batch_import.read_article

    def slow_read(path: Path, **kwargs: object) -> object:
        time.sleep(0.01)  # a real batch reads large pages: make each file take a while
        return real_read(path)

    monkeypatch.setattr(ui.importing.batch_import, "read_article", slow_read)
    window = make_window(project)
    timer, ticks, summaries = _import_watched(window, tmp_path, 20)
    progress = window.findChild(QProgressDialog, "batchProgress")
    assert progress is not None and progress.isVisible() and progress.maximum() == 300
    qtbot.waitUntil(lambda: progress.value() >= 50, timeout=20_000)
    assert len(ticks) >= 5  # the event loop kept running while files were read
    assert window.articles_model.rowCount() >= 50  # articles appear as they are stored
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: bool(summaries), timeout=20_000)
    timer.stop()
    stored = len(project.articles())
    assert 50 <= stored < 300
    assert summaries[0].startswith(f"{stored} imported, 0 skipped as duplicates, 0 rejected")
    assert f"cancelled, {300 - stored} not read" in summaries[0]


def test_enter_imports_and_escape_cancels_the_preview(project: Project, qtbot: QtBot, tmp_path: Path) -> None:
    draft = read_article(write_docx(tmp_path))
    for key, expected in ((Qt.Key.Key_Escape, ImportPreviewDialog.DialogCode.Rejected), (Qt.Key.Key_Return, 1)):
        dialog = ImportPreviewDialog(draft)
        qtbot.addWidget(dialog)
        codes: list[int] = []
        dialog.finished.connect(codes.append)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.import_button.isDefault()
        qtbot.keyClick(dialog.preview, key)
        assert codes == [int(expected.value) if hasattr(expected, "value") else expected]
    assert dialog.result_draft().direction == "rtl" and dialog.result_draft().title == HEADLINE


def test_each_paragraph_is_shown_in_its_own_direction(
    project: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.test_importing import ENGLISH, HEBREW, PERSIAN, URDU

    path = tmp_path / "mixed.txt"
    path.write_text(f"{PERSIAN}\nThe Hill گزارش داد که پوتین و کیم توافق کردند.\n{HEBREW}{URDU}{ENGLISH}", "utf-8")
    window = make_window(project)
    when_dialog("importPreview", lambda dialog: click_import(dialog, qtbot))
    window.importer.import_paths([path])
    directions = []
    block = window.view.document().begin()
    while block.isValid():
        if block.text():
            rtl = block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
            directions.append((block.text()[:4], "rtl" if rtl else "ltr"))
        block = block.next()
    assert [d for _, d in directions] == ["rtl", "rtl", "rtl", "rtl", "rtl", "ltr"]
    assert "\u200c" in window.view.article.text  # type: ignore[union-attr]  # ZWNJ kept for Persian shaping


def test_closing_the_window_stops_its_batch_and_a_second_one_waits(
    project: Project, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    for i in range(100):
        (tmp_path / f"{i:03}.txt").write_text(f"الخبر رقم {i}", encoding="utf-8")
    real_read = ui.importing.batch_import.read_article

    def slow_read(path: Path, **kwargs: object) -> object:
        time.sleep(0.01)
        return real_read(path)

    monkeypatch.setattr(ui.importing.batch_import, "read_article", slow_read)
    window = make_window(project)
    window.importer.import_paths([tmp_path])
    batch = window.importer.batch
    assert batch is not None and batch.running
    messages: list[str] = []

    def read_and_close(box: QWidget) -> None:
        messages.append(box.text())  # type: ignore[attr-defined]
        box.close()

    when_modal(read_and_close)
    window.importer.import_paths([tmp_path])  # a second batch while the first runs
    assert messages and "still running" in messages[0]
    when_dialog("importSummary", lambda dialog: dialog.close())
    window.close()
    qtbot.waitUntil(lambda: not batch.running, timeout=20_000)
    assert batch.summary.cancelled and len(project.articles()) < 100


def test_fast_reads_do_not_flood_the_gui_thread(
    project: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    """Reading is faster than storing here: stores come in slices, so the event loop still ticks in between
    (counted, not timed: a tick that finds more articles stored than the tick before saw a slice end)."""
    for i in range(300):
        (tmp_path / f"{i:03}.txt").write_text(f"الخبر رقم {i}\n{PARA_1}", encoding="utf-8")
    window = make_window(project)
    stored: list[int] = []
    window.bridge.recordTold.connect(lambda record: stored.extend(record.ids("article", "added")))
    timer, _ticks, summaries = _import_watched(window, tmp_path, 10)
    seen: list[int] = []
    timer.timeout.connect(lambda: seen.append(len(stored)))
    qtbot.waitUntil(lambda: bool(summaries), timeout=60_000)
    timer.stop()
    assert summaries[0].startswith("300 imported") and len(stored) == 300
    slices = {n for n in seen if 0 < n < 300}  # the event loop ran while the batch was partly stored
    assert len(slices) >= 5, f"the GUI thread ran {len(slices)} times while the 300 articles were being stored"


def test_a_file_dropped_on_the_article_text_is_previewed_and_imported(
    project: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(project)
    enter, drop = drop_event([write_docx(tmp_path)])
    QApplication.sendEvent(window.view.viewport(), enter)  # the read-only view passes file drops up
    assert enter.isAccepted()
    kinds: list[str] = []

    def accept(dialog: QWidget) -> None:
        kinds.append(dialog.findChild(QLabel, "importSource").text())
        click_import(dialog, qtbot)

    when_dialog("importPreview", accept)
    QApplication.sendEvent(window.view.viewport(), drop)
    qtbot.waitUntil(lambda: len(project.articles()) == 1)
    assert kinds[0].startswith("Word document: ")
    assert window.view.article is not None and window.view.article.text.startswith(HEADLINE)


def test_batches_remove_furniture_only_when_the_user_ticked_it(
    project: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "scraped"
    folder.mkdir()
    shutil.copy(SAMPLE_ARTICLE, folder / "a.txt")
    (folder / "b.txt").write_text(f"أخبار\n\n{PARA_1}\n\nشارك\n", encoding="utf-8")
    window = make_window(project)
    action = window.findChild(QAction, "action_clean_batches")
    assert action is window.actions_by_name["clean_batches"] and not action.isChecked()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()  # as a click in the File menu would
    try:
        details: list[str] = []

        def read_summary(dialog: QWidget) -> None:
            details.append(dialog.findChild(QPlainTextEdit, "summaryDetails").toPlainText())
            dialog.close()

        when_dialog("importSummary", read_summary)
        window.importer.import_paths([folder])
        qtbot.waitUntil(lambda: bool(details), timeout=20_000)
        a, b = project.articles()
        assert a.text == read_article(SAMPLE_ARTICLE).without_furniture().text
        assert b.text == PARA_1 + "\n"
        assert "Site furniture removed before storing:" in details[0] and "a.txt: 4 lines" in details[0]
        assert QSettings().value("import/removeFurnitureInBatches", type=bool) is True  # remembered
    finally:
        action.trigger()
    assert QSettings().value("import/removeFurnitureInBatches", type=bool) is False
