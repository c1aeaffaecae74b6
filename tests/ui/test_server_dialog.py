"""File → Open server project…: the address from host, database, user and TLS mode, the project opened in the
window's place, remembered without a password; ``nisba postgresql://…`` on the command line."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.errors import InvalidValueError
from annotator.storage.server_address import compose, needs_password, with_password, without_password
from tests.pg import TestServer
from tests.ui.conftest import when_modal
from ui.main_window import MainWindow
from ui.main_window.server_dialog import ServerDialog, open_server_project, recent_servers

TEXT = "قال الرئيس بوتين إن الاتفاق تاريخي."


def test_addresses_are_composed_and_remembered_without_a_password() -> None:
    assert compose("db.example.org", "5433", "study", "layla", "verify-full") == (
        "postgresql://layla@db.example.org:5433/study?sslmode=verify-full"
    )
    assert compose("/run/pg", "", "دراسة", "ليلى") == (
        "postgresql://%D9%84%D9%8A%D9%84%D9%89@/%D8%AF%D8%B1%D8%A7%D8%B3%D8%A9?host=/run/pg"
    )
    with pytest.raises(InvalidValueError, match="name of its database"):
        compose("db", "", " ", "layla")
    with pytest.raises(InvalidValueError, match="port must be a number"):
        compose("db", "54x", "study", "layla")
    typed = with_password("postgresql://layla@db/study", "s3cr'et")
    assert "s3cr" in typed and "s3cr" not in without_password(typed)
    assert "s3cr" not in without_password("postgresql://layla:s3cret@db/study")
    assert needs_password("fe_sendauth: no password supplied")
    assert not needs_password("could not translate host name")


def test_the_dialog_opens_a_server_project_and_remembers_it(
    pg_server: TestServer,
    pg_url: str,
    make_window: Callable[[Project], MainWindow],
    qtbot: QtBot,
    tmp_path: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: boxes.append(text))
    with Project.open(pg_url) as coordinator:
        coordinator.add_article(TEXT, title="مقال")
    database = pg_url.split("?", 1)[0].rsplit("/", 1)[1]
    with Project.open(f"{tmp_path}/local.nisba") as local:
        window = make_window(local)

        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, ServerDialog)
            dialog.host.setText(pg_server.socket_dir)
            dialog.database.setText(database)
            dialog.user.setText("nisba")
            dialog.accept()

        when_modal(fill)
        with qtbot.waitSignal(window.team.serverRequested, timeout=10_000) as asked:
            window.actions_by_name["open_server"].trigger()
        address = asked.args[0]
        assert address == f"postgresql://nisba@/{database}?host={pg_server.socket_dir}"
        project = open_server_project(window, address)
        assert project is not None, boxes
        with project:
            assert [a.title for a in project.articles()] == ["مقال"]
        assert recent_servers()[0] == address
        window.close()


def test_an_unreachable_server_is_said_and_nothing_opens(
    make_window: Callable[[Project], MainWindow], monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: boxes.append(text))
    assert open_server_project(None, f"postgresql://layla@/study?host={tmp_path}") is None
    assert len(boxes) == 1 and "cannot connect" in boxes[0] and "study" in boxes[0]


def test_nisba_opens_a_server_address_given_on_the_command_line(pg_url: str) -> None:
    from ui.app import main

    with Project.open(pg_url) as coordinator:
        coordinator.add_article(TEXT, title="مقال")
    seen: list[str] = []

    def watch() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow" and widget.isVisible():
                assert isinstance(widget, MainWindow)
                seen.append(widget.project.location)
                widget.close()
                return
        QTimer.singleShot(5, watch)

    QTimer.singleShot(0, watch)
    assert main(["main.py", pg_url]) == 0
    assert len(seen) == 1 and seen[0].startswith("postgresql://nisba@/")
