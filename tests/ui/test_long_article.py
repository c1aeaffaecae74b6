"""A long article opens on its first screen at once; the claims below arrive on the next turn of the loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.ui.conftest import press, select_code_points
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]
PARAGRAPH = "وقال بوتين إن الاتفاق تاريخي ويمثل مرحلة جديدة في العلاقات بين البلدين، وفقًا لما ذكرته الصحيفة"


def test_long_article_lists_and_highlights_every_claim_even_if_one_is_marked_meanwhile(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    text = "\n".join(f"{PARAGRAPH} ({n})" for n in range(1500))
    article = project.add_article(text, title="long")
    source = project.add_source("Putin", "person")
    starts = [text.index(f"({n})") - 20 for n in range(0, 1500, 10)]
    for start in starts:
        project.add_claim(article.id, start, start + 15, [source.id])
    window = make_window(project)
    qtbot.waitUntil(lambda: not window.claims_model.loading)

    window.open_article(article.id)
    assert window.claims_model.loading  # only the first screen's claims so far
    shown_first = window.claims_model.rowCount()
    assert 0 < shown_first < len(starts)
    assert {s.id for s in window.view.spans()} == {window.claims_model.claim_at(r).id for r in range(shown_first)}

    far = text.index("(1495)") - 30  # marked before the rest has arrived: a key press in the same turn
    select_code_points(window.view, text, far, far + 8)
    assert window.claims_model.loading
    press(qtbot, window.view, Qt.Key.Key_1)  # mark with the most recent source
    qtbot.waitUntil(lambda: not window.claims_model.loading)

    claims = project.claims(article.id)
    assert len(claims) == len(starts) + 1
    model = window.claims_model
    rows = [model.claim_at(r) for r in range(model.rowCount())]
    assert [r.id for r in rows] == [c.id for c in claims]  # each once, in text order
    assert {s.id for s in window.view.spans()} == {c.id for c in claims}
    assert "151 claims" in window.findChild(QLabel, "articleStatus").text()
    window.claims_table.select_row(model.rowCount() - 2)  # far below the first screen
    assert window.view.selected_range() == (claims[-2].start, claims[-2].end)


def test_a_claim_moved_above_the_first_screen_while_the_rest_loads_is_listed(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    text = "\n".join(f"{PARAGRAPH} ({n})" for n in range(1500))
    article = project.add_article(text, title="long")
    short = project.add_article("نص آخر قصير", title="short")
    source = project.add_source("Putin", "person")
    for n in range(0, 1500, 50):
        start = text.index(f"({n})") - 20
        project.add_claim(article.id, start, start + 15, [source.id])
    near = project.add_claim(article.id, 5, 20, [source.id])
    window = make_window(project)
    window.open_article(short.id)
    qtbot.waitUntil(lambda: not window.claims_model.loading)
    far = text.index("(1400)") - 30
    window.open_article(article.id)
    window.claims_table.select_row([window.claims_model.claim_at(r).id for r in range(2)].index(near.id))
    select_code_points(window.view, text, far, far + 10)
    press(qtbot, window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # new bounds, far below
    qtbot.waitUntil(lambda: not window.claims_model.loading)
    moved = project.claim(near.id)
    assert moved.start <= far < moved.end  # (snapped to whole words)
    window.open_article(article.id)  # the claim is now in the part read a turn later
    assert window.claims_model.loading
    press(qtbot, window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # back near the top, same turn
    qtbot.waitUntil(lambda: not window.claims_model.loading)
    model = window.claims_model
    listed = [model.claim_at(r).id for r in range(model.rowCount())]
    assert listed == [c.id for c in project.claims(article.id)] and near.id in listed
    assert "31 claims" in window.findChild(QLabel, "articleStatus").text()
