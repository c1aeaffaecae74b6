"""Team mode in the window: a claim another client marks appears in the open window, from the GUI thread; who
is on which article shows in the article list; a server stopped and started again under the window is said,
a change meanwhile refused visibly, and the window read again when the connection is back."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.storage import live
from annotator.storage.changes import ChangeRecord
from annotator.storage.presence import Presence
from tests.pg import TestServer
from tests.ui.conftest import select_code_points
from ui.articles.articles_model import PRESENCE_ROLE
from ui.main_window import MainWindow

TEXT = "قال الرئيس بوتين إن الاتفاق تاريخي. وأضاف أن العلاقات قوية."


def test_another_clients_claim_appears_in_the_open_window(
    pg_url: str, make_window: Callable[[Project], MainWindow], qtbot: QtBot
) -> None:
    with Project.open(pg_url) as mine, Project.open(pg_url) as theirs:
        article = mine.add_article(TEXT, title="مقال")
        window = make_window(mine)
        window.open_article(article.id)
        threads: list[bool] = []

        def on_record(record: ChangeRecord) -> None:
            threads.append(threading.current_thread() is threading.main_thread())

        window.bridge.recordTold.connect(on_record)
        source = theirs.add_source("بوتين", "person")
        theirs.add_claim(article.id, 0, 10, [source.id])
        qtbot.waitUntil(lambda: window.claims_table.model().rowCount() == 1, timeout=30_000)
        assert window.bridge.source(source.id) is not None  # the new source is known to the views
        assert threads and all(threads)  # told on the GUI thread, though heard on the listener's
        window.bridge.recordTold.disconnect(on_record)
        window.close()


def test_who_is_on_which_article_shows_in_the_article_list(
    pg_url: str, make_window: Callable[[Project], MainWindow], qtbot: QtBot
) -> None:
    with Project.open(pg_url) as mine, Project.open(pg_url) as theirs:
        first = mine.add_article(TEXT, title="مقال")
        second = mine.add_article(TEXT + " (2)", title="مقال 2")
        window = make_window(mine)
        window.open_article(first.id)  # this window's own presence is not shown to itself
        model = window.articles_model
        theirs.set_current_article(second.id)
        qtbot.waitUntil(lambda: model.index(1, 0).data(PRESENCE_ROLE) == ["nisba"], timeout=30_000)
        assert model.index(0, 0).data(PRESENCE_ROLE) == []
        assert "nisba" in model.index(1, 0).data() and "nisba" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert theirs.presence() == [Presence("nisba", first.id), Presence("nisba", second.id, own=True)]
        theirs.close()  # gone: the list says so without a reload
        qtbot.waitUntil(lambda: model.index(1, 0).data(PRESENCE_ROLE) == [], timeout=30_000)
        window.close()


def test_a_server_restarted_under_the_window_is_said_refused_and_reloaded(
    own_server: TestServer,
    make_window: Callable[[Project], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(live, "BACKOFF_SECONDS", (4.0,))  # the listener stays away while the other client marks
    url = own_server.new_database()
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: boxes.append(f"{title}: {text}"))
    with Project.open(url) as mine:
        article = mine.add_article(TEXT, title="مقال")
        window = make_window(mine)
        window.open_article(article.id)
        own_server.pause()
        qtbot.waitUntil(lambda: not window.team.connected, timeout=30_000)
        assert window.team.label.isVisible() and "lost" in window.team.label.text()
        select_code_points(window.view, TEXT, 0, 10)
        assert window.mark_selection_as_claim() is None  # refused, and said so: nothing half-saved
        assert len(boxes) == 1 and "nothing was changed" in boxes[0]
        assert window.view.textCursor().hasSelection()  # what the user selected is still there, to mark again
        own_server.resume()
        with Project.open(url) as theirs:  # marked while this window's listener is still away: no notice
            theirs.add_claim(article.id, 11, 16)
        qtbot.waitUntil(lambda: window.team.connected, timeout=30_000)
        assert window.team.reloads == 1 and not window.team.label.isVisible()
        assert window.claims_table.model().rowCount() == 1  # read again: the claim made meanwhile is there
        select_code_points(window.view, TEXT, 0, 10)
        assert window.mark_selection_as_claim() is not None  # and the window works on
        assert len(mine.claims()) == 2
        window.close()
