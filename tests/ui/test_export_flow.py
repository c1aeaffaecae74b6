"""Exporting from the window: the dated name, the question before replacing a file, the result, opening it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.exports.files import counted
from tests.ui.conftest import when_dialog, when_modal
from tests.ui.test_arabic_interface import assert_arabic
from ui.app import apply_language
from ui.exporting import export_flow
from ui.exporting.export_dialog import ExportDialog
from ui.exporting.export_flow import exported_sentence
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def two_claims(project: Project) -> Project:
    source = project.add_source("AP", "media")
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    project.add_claim(article.id, 5, 10, [source.id])
    project.add_claim(article.id, 14, 21, [source.id])
    return project


class Desktop:
    """Stands in for QDesktopServices: records what would have been opened (nothing is launched)."""

    opened: ClassVar[list[str]] = []
    starts: ClassVar[bool] = True
    """Whether the program starts (Qt's answer)."""

    @staticmethod
    def openUrl(url: QUrl) -> bool:
        if Desktop.starts:
            Desktop.opened.append(url.toLocalFile())
        return Desktop.starts


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., list[str]]:
    """A freedesktop system whose xdg-mime knows a program for the given types only."""
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the registered-program check is the freedesktop one")
    monkeypatch.setattr(export_flow, "QDesktopServices", Desktop)
    monkeypatch.setattr(Desktop, "opened", [])
    monkeypatch.setattr(Desktop, "starts", True)

    def make(*registered: str, xdg_open: bool = True) -> list[str]:
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        cases = "".join(f"  {mime}) echo some-program.desktop ;;\n" for mime in registered)
        (bin_dir / "xdg-mime").write_text(f'#!/bin/sh\ncase "$3" in\n{cases}esac\n', encoding="utf-8")
        if xdg_open:
            (bin_dir / "xdg-open").write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
        for script in bin_dir.iterdir():
            script.chmod(0o755)
        monkeypatch.setenv("PATH", str(bin_dir))
        return Desktop.opened

    return make


def click(box: QWidget, text: str, qtbot: QtBot) -> None:
    [button] = [b for b in box.findChildren(QPushButton) if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def guarded(handler: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    """``handler``, closing its dialog if it fails, so that a failing check fails the test instead of hanging it."""

    def run(widget: QWidget) -> None:
        try:
            handler(widget)
        except BaseException:
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(0)
            raise

    return run


def export_button(dialog: QWidget) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_plurals_in_the_result_sentence(qapp: QApplication) -> None:
    path = Path("out.xlsx")
    assert exported_sentence(1, 1, path) == "Exported 1 claim from 1 article to\nout.xlsx"
    assert exported_sentence(2, 1, path) == "Exported 2 claims from 1 article to\nout.xlsx"
    assert exported_sentence(0, 0, path) == "Exported 0 claims from 0 articles to\nout.xlsx"
    assert exported_sentence(12_500, 3, path).startswith("Exported 12,500 claims from 3 articles")
    assert counted(12_500, "claim", "claims") == "12,500 claims"  # the command line's words


def test_plurals_in_arabic(qapp: QApplication) -> None:
    assert apply_language(qapp, "ar") == "ar"
    try:
        path = Path("out.xlsx")
        assert exported_sentence(1, 1, path).startswith("صُدِّر ادعاء واحد من مقال واحد")
        assert exported_sentence(2, 2, path).startswith("صُدِّر ادعاءان من مقالين")
        assert "ادعاءات" in exported_sentence(3, 1, path)  # 3 to 10: the plural of few
    finally:
        apply_language(qapp, "en")


def test_the_dialog_offers_a_dated_name_in_the_last_folder(
    two_claims: Project, make_window: WindowFactory, tmp_path: Path
) -> None:
    QSettings().setValue("export/folder", str(tmp_path))
    window = make_window(two_claims)
    offered: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        offered.append(dialog.path.text())
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
        offered.append(dialog.path.text())
        dialog.reject()

    days = {date.today().isoformat()}
    when_modal(guarded(read))
    window.actions_by_name["export"].trigger()
    days.add(date.today().isoformat())  # the test may straddle midnight
    stem = two_claims.path.stem
    assert offered[0] in {str(tmp_path / f"{stem}-claims-{day}.xlsx") for day in days}
    assert offered[1] == offered[0][: -len(".xlsx")] + ".csv"
    assert not list(tmp_path.glob("*-claims-*"))  # cancelled: nothing written


def test_export_asks_before_replacing_a_file(
    two_claims: Project, make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(two_claims)
    earlier = tmp_path / "yesterday.xlsx"
    earlier.write_bytes(b"yesterday's export")
    questions: list[str] = []
    results: list[str] = []

    def answer(reply: str) -> Callable[[QWidget], None]:
        def handler(box: QWidget) -> None:
            assert isinstance(box, QMessageBox) and box.objectName() == "replaceQuestion"
            questions.append(box.text())
            click(box, reply, qtbot)

        return handler

    def close_result(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        results.append(box.text())
        click(box, "Close", qtbot)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.path.setText(str(earlier))
        when_modal(guarded(answer("Choose another name")))
        qtbot.mouseClick(export_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and earlier.read_bytes() == b"yesterday's export"
        assert dialog.focusWidget() is dialog.path and dialog.path.selectedText() == "yesterday"  # another name?
        when_modal(guarded(answer("Replace")))
        when_dialog("exportResult", guarded(close_result))
        qtbot.mouseClick(export_button(dialog), Qt.MouseButton.LeftButton)

    when_modal(guarded(fill))
    window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: bool(results))
    assert len(questions) == 2 and "yesterday.xlsx already exists" in questions[0]
    assert earlier.read_bytes()[:2] == b"PK"  # replaced by the workbook, after the user agreed
    assert results[0].startswith(f"Exported 2 claims from 1 article to\n{earlier}")


def test_a_new_name_is_written_without_a_question(
    two_claims: Project, make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(two_claims)
    target = tmp_path / "fresh.csv"
    boxes: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
        dialog.path.setText(str(target))
        when_modal(guarded(lambda box: (boxes.append(box.objectName()), click(box, "Close", qtbot))))
        qtbot.mouseClick(export_button(dialog), Qt.MouseButton.LeftButton)

    when_modal(guarded(fill))
    window.actions_by_name["export"].trigger()
    qtbot.waitUntil(lambda: bool(boxes))
    assert boxes == ["exportResult"] and target.exists()


def test_browsing_leaves_the_replace_question_to_the_dialog(
    two_claims: Project, make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(two_claims)
    chosen = tmp_path / "picked"
    asked: list[object] = []

    def choose(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(kwargs.get("options"))
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)

    def browse(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        click(dialog, "Browse…", qtbot)
        asked.append(dialog.path.text())
        dialog.reject()

    when_modal(guarded(browse))
    window.actions_by_name["export"].trigger()
    assert asked == [QFileDialog.Option.DontConfirmOverwrite, str(chosen) + ".xlsx"]  # asked once, at Export


def _export_and_open(window: MainWindow, path: Path, qtbot: QtBot, *steps: tuple[str, str]) -> list[str]:
    """Export to ``path``, then click through the boxes: each step is (box name, button)."""
    texts: list[str] = []

    def chain(remaining: tuple[tuple[str, str], ...]) -> None:
        if not remaining:
            return
        (name, button), rest = remaining[0], remaining[1:]

        def handle(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            texts.append(box.text())
            chain(rest)
            click(box, button, qtbot)

        when_dialog(name, guarded(handle))

    chain(steps)
    window.export_to(path)
    qtbot.waitUntil(lambda: len(texts) == len(steps))
    return texts


def test_open_file_opens_it_with_its_program(
    two_claims: Project, make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, desktop: Callable[..., list[str]]
) -> None:
    opened = desktop(XLSX_MIME, "inode/directory")
    path = tmp_path / "claims.xlsx"
    _export_and_open(make_window(two_claims), path, qtbot, ("exportResult", "Open file"))
    assert opened == [str(path)]


def test_open_file_without_a_program_says_so_and_offers_the_folder(
    two_claims: Project, make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, desktop: Callable[..., list[str]]
) -> None:
    opened = desktop("inode/directory")  # a file manager, but nothing registered for .xlsx
    path = tmp_path / "claims.xlsx"
    texts = _export_and_open(
        make_window(two_claims), path, qtbot, ("exportResult", "Open file"), ("noProgramForFile", "Open folder")
    )
    assert "No program on this computer is registered to open .xlsx files" in texts[1]
    assert str(path) in texts[1]
    assert opened == [str(tmp_path)]  # the folder, never the file


def test_without_xdg_open_nothing_opens_and_the_path_is_given(
    two_claims: Project, make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, desktop: Callable[..., list[str]]
) -> None:
    opened = desktop(XLSX_MIME, "inode/directory", xdg_open=False)
    path = tmp_path / "claims.xlsx"
    texts = _export_and_open(
        make_window(two_claims),
        path,
        qtbot,
        ("exportResult", "Open file"),
        ("noProgramForFile", "Open folder"),
        ("noProgramForFolder", "OK"),
    )
    assert "could show the folder" in texts[2] and str(path) in texts[2]
    assert opened == []


def test_a_program_that_does_not_start_is_reported_too(
    two_claims: Project, make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, desktop: Callable[..., list[str]]
) -> None:
    desktop(XLSX_MIME, "inode/directory")
    Desktop.starts = False
    path = tmp_path / "claims.xlsx"
    texts = _export_and_open(
        make_window(two_claims), path, qtbot, ("exportResult", "Open file"), ("noProgramForFile", "Close")
    )
    assert "was not opened" in texts[1]


def test_the_export_questions_and_messages_are_in_arabic(
    qapp: QApplication,
    two_claims: Project,
    make_window: WindowFactory,
    tmp_path: Path,
    qtbot: QtBot,
    desktop: Callable[..., list[str]],
) -> None:
    desktop(xdg_open=False)  # nothing can open the file or its folder
    assert apply_language(qapp, "ar") == "ar"
    earlier = tmp_path / "تصدير-الأمس.xlsx"  # the user's own name, in Arabic: every other word is the app's
    earlier.write_bytes(b"yesterday's export")
    seen: list[str] = []
    steps = [  # each box in turn, and the button pressed in it
        ("replaceQuestion", QMessageBox.ButtonRole.DestructiveRole),
        ("exportResult", "فتح الملف"),
        ("noProgramForFile", "فتح المجلد"),
        ("noProgramForFolder", QMessageBox.ButtonRole.AcceptRole),
    ]

    def next_box() -> None:
        if len(seen) == len(steps):
            return
        name, press = steps[len(seen)]

        def answer(box: QWidget) -> None:
            assert isinstance(box, QMessageBox) and box.objectName() == name
            seen.append(box.text())
            try:
                assert_arabic(box)
            except AssertionError:
                for dialog in QApplication.topLevelWidgets():  # the export dialog too: fail, not hang
                    if isinstance(dialog, QDialog) and dialog.isVisible():
                        dialog.done(0)
                raise
            [button] = [
                b
                for b in box.buttons()
                if (b.text() == press if isinstance(press, str) else box.buttonRole(b) == press)
            ]
            next_box()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        when_dialog(name, guarded(answer))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.path.setText(str(earlier))
        next_box()
        qtbot.mouseClick(export_button(dialog), Qt.MouseButton.LeftButton)

    try:
        window = make_window(two_claims)
        when_modal(guarded(fill))
        window.actions_by_name["export"].trigger()
        qtbot.waitUntil(lambda: len(seen) == len(steps))
    finally:
        apply_language(qapp, "en")
    question, result, no_program, no_folder = seen
    assert earlier.name in question and "استبداله" in question
    assert result.startswith("صُدِّر ادعاءان من مقال واحد إلى")  # the dual, and one article
    assert ".xlsx" in no_program and str(earlier) in no_program
    assert str(earlier) in no_folder
