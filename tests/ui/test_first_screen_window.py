"""Start-up's first screen: the main window paints the article from the file before the project opens, shows
exactly what the attached window then shows, and a file the usual opening refuses or questions still gets
the usual window and messages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.project.claims import AttributionSpec
from annotator.storage.file_format import SCHEMA_VERSION
from annotator.storage.first_screen import FirstScreenReader
from ui.app import _first_screen_window
from ui.main_window import MainWindow, window_state

ROOT = Path(__file__).resolve().parents[2]
TEXT = "قالت الوزارة إن المحادثات مستمرة، وأضاف المتحدث أن الوفد سيعود غدًا.\n" * 60


def _project(path: Path) -> int:
    with Project.open(path, backup_on_open=False) as p:
        p.add_article("The first article, never opened here.", title="first")
        article = p.add_article(TEXT, title="second")
        ministry, agency = p.add_source("الوزارة", "government"), p.add_source("وكالة", "media")
        for n in range(30):
            start = n * 70 + 3
            claim = p.add_claim(article.id, start, start + 25, [ministry.id], note="ملاحظة" if n % 4 else "")
            if n % 2:
                p.set_chain(claim.id, [AttributionSpec(agency.id, (start, start + 5), (start + 6, start + 9))])
        window_state.remember_article(p, article.id)
        return article.id


def _tab_stops(window: QWidget) -> list[str]:
    stops, at = [], window.nextInFocusChain()
    while at is not window:
        if at.focusPolicy() & Qt.FocusPolicy.TabFocus and at.isVisibleTo(window):
            stops.append(f"{type(at).__name__}:{at.objectName()}")
        at = at.nextInFocusChain()
    return stops


def test_the_first_screen_is_what_the_attached_window_shows(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "study.nisba"
    article_id = _project(path)
    window = _first_screen_window(path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.view.article is not None and window.view.article.id == article_id  # the one the user was on
    assert window.windowTitle() == "Nisba — study.nisba"
    text, first = window.view.toPlainText(), window.view.spans()
    assert first and not window.actions_by_name["import"].isEnabled()  # highlights; nothing to do until attached
    shown = {span.id for span in first}
    with Project.open(path) as project:
        window.attach(project)
        qtbot.waitUntil(lambda: not window.claims_model.loading)
        assert window.view.toPlainText() == text
        assert [s for s in window.view.spans() if s.id in shown] == first  # same places, colours and tooltips
        assert window.centralWidget() is window.splitter and window.splitter.widget(0) is window.article_panel
        assert window.side_tabs.widget(0) is window.claims_pane and window.articles_model.rowCount() == 2
        assert window.actions_by_name["import"].isEnabled() and not window.actions_by_name["mark"].isEnabled()
        full = MainWindow(project)  # the usual way, for comparison
        qtbot.addWidget(full)
        qtbot.waitUntil(lambda: not full.claims_model.loading)
        assert full.view.toPlainText() == text
        assert [s for s in full.view.spans() if s.id in shown] == first
        full.show()
        assert _tab_stops(window) == _tab_stops(full)  # the keyboard goes round both the same way
        window.close()
        full.close()
        qtbot.wait(20)  # what the windows left for the event loop runs while the project is open


def test_a_window_without_project_ignores_its_menus_and_closes_quietly(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "study.nisba"
    _project(path)
    window = _first_screen_window(path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    for menu in window.menus.values():
        menu.aboutToShow.emit()  # the submenus filled by the project's parts wait for them
    assert all(not a.isEnabled() for a in window.actions_by_name.values())
    window.close()
    assert not window.isVisible()


def _hold_lock(path: Path) -> Project:
    return Project.open(path)


def _newer(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


START = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
said = []
def warning(parent, title, text, *args, **kwargs):
    said.append((parent.objectName() if parent else "", text)); return QMessageBox.StandardButton.Ok
def exec_box(box):
    said.append((box.parent().objectName() if box.parent() else "", box.text())); return 0  # the user cancels
QMessageBox.warning = staticmethod(warning)
QMessageBox.exec = exec_box
app = QApplication(["main.py"])
first = []
QTimer.singleShot(0, lambda: first.extend(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()))
def done():
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
    model = getattr(windows[0], "articles_model", None) if windows else None  # there once attached
    if model is not None and model.rowCount():
        print("READY", windows[0].view.toPlainText()[:12].replace("\n", " "))
        QApplication.quit()
    else:
        QTimer.singleShot(50, done)
QTimer.singleShot(0, done)
import ui.app
code = ui.app.main(["main.py", sys.argv[1]])
print("FIRST", ",".join(first))
print("CODE", code)
for parent, text in said:
    print("SAID", parent, text.replace("\n", " "))
"""


def _start(path: Path, home: Path) -> str:
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    env |= {"XDG_CACHE_HOME": str(home / "cache"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", START, str(path)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    return result.stdout


def test_a_sound_file_starts_in_the_main_window(tmp_path: Path) -> None:
    path = tmp_path / "study.nisba"
    _project(path)
    out = _start(path, tmp_path / "home")
    assert "FIRST mainWindow" in out and "READY The first" in out and "SAID" not in out  # (no last article here)


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_hold_lock, "is already open in another Nisba window"),
        (_newer, "was made by a newer version of Nisba"),
        (_truncated, "is damaged (truncated"),
    ],
    ids=["locked", "newer", "damaged"],
)
def test_a_file_the_usual_opening_questions_gets_its_frame_and_message(tmp_path: Path, spoil, words) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "study.nisba"
    _project(path)
    holder = spoil(path)
    try:
        assert FirstScreenReader.open(path) is None
        out = _start(path, tmp_path / "home")
    finally:
        if isinstance(holder, Project):
            holder.close()
    assert "FIRST startupFrame" in out  # the usual first window, not the article
    said = [line for line in out.splitlines() if line.startswith("SAID")]
    assert len(said) == 1 and said[0].startswith("SAID startupFrame ") and words in said[0], out
    assert "CODE 1" in out and "READY" not in out


def test_no_window_is_left_behind(qtbot: QtBot) -> None:
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "mainWindow"]
