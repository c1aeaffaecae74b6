"""Team mode in the window: a claim another client marks appears in the open window, from the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.storage.changes import ChangeRecord
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
