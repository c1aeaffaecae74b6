"""What the window remembers and offers between runs: Open Recent, the last article and place, the guide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from annotator import Project
from ui.main_window import MainWindow
from ui.main_window.first_run_guide import DISMISSED_KEY, FirstRunGuide

WindowFactory = Callable[[Project], MainWindow]


def test_open_recent_lists_the_other_projects_and_opens_one(
    tmp_path: Path, make_window: WindowFactory, qtbot: QtBot
) -> None:
    for name in ("first.nisba", "second.nisba"):
        with Project.open(tmp_path / name) as other:
            make_window(other).close()
    with Project.open(tmp_path / "third.nisba") as project:
        window = make_window(project)
        menu = window.menus["Open &Recent"]
        menu.aboutToShow.emit()
        names = [a.text() for a in menu.actions() if a.text()]
        assert names[:2] == ["&1  second.nisba", "&2  first.nisba"]  # newest first, not the open one
        with qtbot.waitSignal(window.projectRequested) as asked:
            menu.actions()[1].trigger()
        assert asked.args == [tmp_path / "first.nisba"]
        clear = next(a for a in menu.actions() if a.text() == "&Clear list")
        clear.trigger()
        menu.aboutToShow.emit()
        assert next(a.text() for a in menu.actions() if a.text()) == "(no other project yet)"


def test_open_recent_also_lists_the_server_projects_and_opens_one(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from ui.main_window.project_dialogs import RECENT_PROJECTS_KEY
    from ui.main_window.server_dialog import RECENT_KEY, recent_servers, remember_server

    QSettings().setValue(RECENT_PROJECTS_KEY, [])  # what other tests of this run left
    QSettings().setValue(RECENT_KEY, [])
    remember_server("postgresql://omar@db.example.org/pilot")
    remember_server("postgresql://layla:secret@db.example.org/study")  # the password is never kept
    window = make_window(project)
    menu = window.menus["Open &Recent"]
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions() if a.text()]
    assert names[:3] == ["Server projects", *recent_servers()]  # newest first
    assert "layla" in names[1] and "study" in names[1] and not any("secret" in n for n in names)
    with qtbot.waitSignal(window.team.serverRequested) as asked:
        next(a for a in menu.actions() if a.text() == names[2]).trigger()
    assert asked.args == [names[2]] and "omar" in names[2]
    next(a for a in menu.actions() if a.text() == "&Clear list").trigger()
    assert recent_servers() == []
    menu.aboutToShow.emit()
    assert next(a.text() for a in menu.actions() if a.text()) == "(no other project yet)"


def test_the_project_reopens_on_its_last_article_where_the_reader_was(
    project: Project, make_window: WindowFactory, qtbot: QtBot, sample_text: str
) -> None:
    first = project.add_article(sample_text * 6, title="long")
    project.add_article("نص قصير", title="short")
    window = make_window(project)
    window.resize(900, 400)
    window.open_article(first.id)
    bar = window.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 300)
    bar.setValue(300)
    window.close()
    again = make_window(project)
    assert again.view.article is not None and again.view.article.id == first.id
    qtbot.waitUntil(lambda: again.view.verticalScrollBar().value() == 300)


def test_the_first_run_guide_shows_three_steps_until_dismissed_and_comes_back_from_help(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    QSettings().setValue(DISMISSED_KEY, False)
    window = make_window(project)
    guide = window.findChild(FirstRunGuide, "firstRunGuide")
    assert guide is not None and guide.isVisible()
    steps = [label.text() for label in guide.findChildren(QLabel, "guideStep")]
    assert len(steps) == 3 and "Enter" in steps[1]
    qtbot.mouseClick(guide.findChild(QPushButton, "guideDone"), Qt.MouseButton.LeftButton)
    assert not guide.isVisible()
    later = make_window(project)
    assert not later.findChild(FirstRunGuide, "firstRunGuide").isVisible()  # remembered
    help_menu = later.menus["&Help"]
    assert isinstance(help_menu, QMenu)
    later.actions_by_name["guide"].trigger()
    assert later.findChild(FirstRunGuide, "firstRunGuide").isVisible()
    QSettings().setValue(DISMISSED_KEY, True)  # the other tests' windows start without it


def test_a_new_window_gives_each_pane_its_share_and_a_reopened_one_keeps_the_users(
    project: Project, qtbot: QtBot
) -> None:
    QSettings().remove("window/splitter")
    QSettings().setValue(DISMISSED_KEY, False)  # the guide's long steps once made the reading pane 900 px wide
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.resize(1400, 860)  # as a first start does, before the window is shown
    window.show()
    qtbot.waitExposed(window)
    sizes = window.splitter.sizes()
    assert sizes[0] >= 0.15 * sum(sizes) and sizes[1] > sizes[2] > sizes[0]  # list, article, claims: 2 : 5 : 4
    window.splitter.setSizes([400, 500, 500])
    window.close()
    again = MainWindow(project)
    qtbot.addWidget(again)
    again.resize(1400, 860)
    again.show()
    qtbot.waitExposed(again)
    assert abs(again.splitter.sizes()[0] - window.splitter.sizes()[0]) <= 2  # the user's split, not the default
