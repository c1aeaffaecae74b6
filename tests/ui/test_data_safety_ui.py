"""Data safety in the window: read-only mode, Save a copy, Restore from backup, and the open/start-up offers."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.storage.backups import list_backups
from tests.ui.conftest import press, select_code_points, when_modal
from ui.main_window import MainWindow
from ui.main_window.opening import open_project
from ui.main_window.owner import WindowOwner
from ui.main_window.startup_frame import StartupFrame
from ui.safety.restore_dialog import RestoreDialog

WindowFactory = Callable[[Project], MainWindow]
TEXT = "قال الرئيس إن الاتفاق تاريخي، وأضاف المتحدث أن المحادثات مستمرة."


def _filled(path: Path, claims: int) -> Path:
    with Project.open(path) as p:
        article = p.articles()[0] if p.articles() else p.add_article(TEXT)
        source = p.sources()[0] if p.sources() else p.add_source("بوتين", "person")
        for i in range(claims):
            p.add_claim(article.id, i, i + 4, [source.id])
    return path


def click(text: str, seen: list[str] | None = None) -> Callable[[QWidget], None]:
    """A when_modal handler pressing the button labelled ``text`` (after noting the box's text)."""

    def handler(box: QWidget) -> None:
        if seen is not None and isinstance(box, QMessageBox):
            seen.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {box.objectName()}")

    return handler


@pytest.fixture
def sessions() -> Iterator[list[WindowOwner]]:
    made: list[WindowOwner] = []
    yield made
    for session in made:
        session.window.close()
        session.close()
    QApplication.processEvents()


def test_read_only_window_says_so_and_cannot_edit(tmp_path: Path, make_window: WindowFactory, qtbot: QtBot) -> None:
    path = _filled(tmp_path / "p.nisba", 1)
    with Project.open(path) as writer, Project.open(path, read_only=True) as ro:
        assert not writer.read_only
        window = make_window(ro)
        assert window.windowTitle() == "Nisba — p.nisba (read-only)"
        badge = window.findChild(QLabel, "readOnlyBadge")
        assert badge is not None and badge.isVisible() and "Read-only" in badge.text()
        select_code_points(window.view, TEXT, 0, 9)
        window.claims_table.select_row(0)
        for key in ("mark", "delete", "import", "restore"):
            assert not window.actions_by_name[key].isEnabled(), key
        press(qtbot, window.view, Qt.Key.Key_Return)  # Enter would open the source picker
        press(qtbot, window.view, Qt.Key.Key_Delete)
        assert QApplication.activeModalWidget() is None
        assert len(ro.claims()) == 1
        assert window.actions_by_name["export"].isEnabled() and window.actions_by_name["save_copy"].isEnabled()
        for key in (
            "mention",
            "cue",
            "bounds",
            "note",
            "labels",
            "add_source",
            "import_annotations",
            "article_done",
            "article_details",
        ):
            assert not window.actions_by_name[key].isEnabled(), key
        assert not window.claim_form.isEnabled() and not window.claim_form.note.isEnabled()
        buttons = window.sources_panel.buttons
        assert [k for k, b in buttons.items() if b.isEnabled()] == ["filter"]
        window.sources_panel.table.selectRow(0)
        window.sources_panel.table.doubleClicked.emit(window.sources_panel.table.currentIndex())
        assert QApplication.activeModalWidget() is None  # no edit dialog for a read-only project


def test_save_a_copy(
    project: Project, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = project.add_article(TEXT)
    project.add_claim(article.id, 0, 3)
    window = make_window(project)
    target = tmp_path / "نسخ" / "copy"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["save_copy"].trigger()
    copy = target.with_suffix(".nisba")
    assert "Saved a copy" in window.statusBar().currentMessage()
    with Project.open(copy) as c:
        assert len(c.claims()) == 1


def test_restore_from_backup_through_the_dialog(tmp_path: Path, qtbot: QtBot, sessions: list[WindowOwner]) -> None:
    path = _filled(tmp_path / "p.nisba", 2)
    project = Project.open(path)
    project.backup_now()
    article = project.articles()[0]
    project.add_claim(article.id, 10, 20, [])
    session = WindowOwner(project)
    sessions.append(session)
    first_window = session.window
    rows: list[str] = []

    def pick_manual(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        for r in range(dialog.table.rowCount()):
            rows.append(" | ".join(dialog.table.item(r, c).text() for c in range(3)))
        manual = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "Manual")
        dialog.table.selectRow(manual)
        dialog.restore_button.click()

    when_modal(pick_manual)
    first_window.actions_by_name["restore"].trigger()
    qtbot.waitUntil(lambda: session.window is not first_window)
    assert any("Manual | 2" in r for r in rows) and any("Automatic | 2" in r for r in rows)
    assert len(session.project.claims()) == 2 and not session.project.read_only
    assert "was kept as before-restore-" in session.window.statusBar().currentMessage()
    [safety] = [b for b in list_backups(path) if b.kind == "before-restore"]
    assert safety.claims == 3


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[4096:8192] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damaged_file_offers_the_newest_backup(tmp_path: Path) -> None:
    path = _filled(tmp_path / "p.nisba", 3)
    Project.open(path).close()  # backed up on open
    damaged = _damage(path)
    seen: list[str] = []
    when_modal(click("Restore newest backup", seen))
    project = open_project(None, path, title="Nisba cannot start")
    assert project is not None
    with project:
        assert len(project.claims()) == 3
    assert "is damaged" in seen[0] and "Newest: Automatic backup of" in seen[0] and "(3 claims)" in seen[0]
    [safety] = [b for b in list_backups(path) if b.kind == "before-restore"]
    assert safety.path.read_bytes() == damaged


def test_damaged_file_without_backups_says_why_and_stays_untouched(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 3000)
    seen: list[str] = []
    when_modal(click("OK", seen))
    assert open_project(None, path) is None
    assert str(path) in seen[0]
    assert path.read_bytes() == b"SQLite format 3\x00" + b"\x01" * 3000


def test_project_open_elsewhere_offers_read_only(tmp_path: Path) -> None:
    path = _filled(tmp_path / "p.nisba", 1)
    with Project.open(path):
        seen: list[str] = []
        when_modal(click("Cancel", seen))
        assert open_project(None, path) is None
        assert "already open in another Nisba window" in seen[0]
        when_modal(click("Open read-only"))
        project = open_project(None, path)
        assert project is not None and project.read_only
        project.close()


def test_open_project_action_on_a_locked_file_opens_it_read_only(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sessions: list[WindowOwner]
) -> None:
    first = _filled(tmp_path / "a.nisba", 1)
    other = _filled(tmp_path / "b.nisba", 2)
    session = WindowOwner(Project.open(first))
    sessions.append(session)
    holder = Project.open(other)  # "another instance" holds b
    try:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
        when_modal(click("Open read-only"))
        session.window.actions_by_name["open"].trigger()
        qtbot.waitUntil(lambda: session.project.path == other)
        assert session.project.read_only and "(read-only)" in session.window.windowTitle()
        con = sqlite3.connect(first)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    finally:
        holder.close()


def test_backup_settings_come_from_qsettings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from ui.main_window.opening import backup_settings

    settings = QSettings()
    try:
        settings.setValue("backups/everyMinutes", 2.5)
        settings.setValue("backups/keep", 4)
        assert backup_settings() == {"backup_every_minutes": 2.5, "keep_backups": 4}
        settings.setValue("backups/everyMinutes", 0)
        assert backup_settings()["backup_every_minutes"] is None  # only on open
        settings.setValue("backups/keep", "lots")
        assert backup_settings() == {"backup_every_minutes": 10.0, "keep_backups": 10}
        settings.setValue("backups/everyMinutes", 10)
        settings.setValue("backups/keep", 2)
        path = _filled(tmp_path / "p.nisba", 1)
        for n in range(4):
            with Project.open(path) as p:
                p.add_claim(p.articles()[0].id, 20 + n, 25 + n, [])
            project = open_project(None, path)
            assert project is not None
            project.close()
        assert len([b for b in list_backups(path) if b.kind == "auto"]) == 2  # keep=2 from the settings
    finally:
        settings.remove("backups")


def test_start_up_on_a_damaged_file_cancelled_exits_with_1(tmp_path: Path) -> None:
    from ui.app import main

    path = _filled(tmp_path / "p.nisba", 2)
    Project.open(path).close()
    damaged = _damage(path)
    seen: list[str] = []
    when_modal(click("Cancel", seen))
    assert main(["main.py", str(path)]) == 1
    assert "is damaged" in seen[0] and path.read_bytes() == damaged


def test_a_newer_project_is_refused_without_offering_an_older_backup(tmp_path: Path) -> None:
    path = _filled(tmp_path / "p.nisba", 1)
    Project.open(path).close()
    assert list_backups(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.close()
    seen: list[str] = []
    when_modal(click("OK", seen))
    assert open_project(None, path) is None
    assert "newer version of Nisba" in seen[0] and "Newest:" not in seen[0]


def _first_windows(path: Path) -> list[tuple[str, str]]:
    """Start the app on ``path``: what the first window said (a frame) and the windows shown once the main
    window works (its project attached)."""
    from ui.app import main

    seen: list[tuple[str, str]] = []

    def watch() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        names = [w.objectName() for w in shown]
        if "startupFrame" in names and not seen:
            [frame] = [w for w in shown if w.objectName() == "startupFrame"]
            seen.append(("frame", frame.findChild(QLabel, "startupMessage").text()))
        if "mainWindow" in names and not seen:
            seen.append(("first", "mainWindow"))
        if "mainWindow" in names:
            [window] = [w for w in shown if w.objectName() == "mainWindow"]
            if getattr(window, "articles_model", None) is not None:  # attached to its project
                seen.append(("window", ",".join(names)))
                window.close()
                return
        QTimer.singleShot(5, watch)

    QTimer.singleShot(0, watch)
    assert main(["main.py", str(path)]) == 0
    return seen


def test_start_up_shows_the_main_window_at_once_when_the_file_can_be_read_first(tmp_path: Path) -> None:
    path = _filled(tmp_path / "reports.nisba", 1)
    assert _first_windows(path) == [("first", "mainWindow"), ("window", "mainWindow")]


def test_start_up_shows_a_frame_named_for_the_project_then_its_window(tmp_path: Path) -> None:
    path = tmp_path / "reports.nisba"
    Project.open(path).close()  # no article to show first: the frame, while the project opens
    assert _first_windows(path) == [("frame", "Opening reports.nisba…"), ("window", "mainWindow")]


def test_a_failed_backup_at_opening_is_reported_once_it_is_done(
    tmp_path: Path, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from annotator.errors import BackupError
    from annotator.storage import backups

    path = _filled(tmp_path / "p.nisba", 2)
    release = threading.Event()

    def fails(*_args: object, **_kwargs: object) -> None:
        assert release.wait(10)  # still running when the window shows
        raise BackupError(f"{path}: could not be written (No space left on device); nothing was changed")

    monkeypatch.setattr(backups, "make_backup", fails)
    project = Project.open(path)
    try:
        window = make_window(project)
        assert project.backup_running and "Automatic backup" not in window.statusBar().currentMessage()
        release.set()
        qtbot.waitUntil(lambda: "Automatic backup failed" in window.statusBar().currentMessage(), timeout=5000)
        assert "No space left" in window.statusBar().currentMessage()
    finally:
        release.set()
        project.close()


def test_start_up_on_an_older_project_says_it_is_upgrading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.v1_project import build_v1_project
    from ui.app import main

    path = tmp_path / "old.nisba"
    build_v1_project(path)
    messages: list[str] = []

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "startupFrame" and widget.isVisible():
                text = widget.findChild(QLabel, "startupMessage").text()
                if text not in messages:
                    messages.append(text)
            if widget.objectName() == "mainWindow" and widget.isVisible():
                widget.close()
                return
        QTimer.singleShot(1, watch)

    QTimer.singleShot(0, watch)
    original = StartupFrame.say
    said: list[str] = []

    def say(frame: StartupFrame, message: str) -> None:
        said.append(message)
        original(frame, message)

    monkeypatch.setattr(StartupFrame, "say", say)
    assert main(["main.py", str(path)]) == 0
    assert messages[0] == "Opening old.nisba…"
    assert len(said) == 1 and said[0].startswith("Upgrading the project")
    with Project.open(path) as p:
        assert len(p.articles()) == 1  # upgraded and opened


def test_a_failure_while_starting_is_shown_and_ends_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from ui import app
    from ui.main_window import owner as session

    path = _filled(tmp_path / "p.nisba", 1)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own; put the old one back after

    def broken(*_args: object) -> None:
        raise RuntimeError("the window could not be built")

    monkeypatch.setattr(session, "WindowOwner", broken)
    assert app.main(["main.py", str(path)]) == 1
    assert len(shown) == 1 and "could not be built" in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # no frame left on screen
    with Project.open(path) as again:  # closed and unlocked
        assert len(again.claims()) == 1
