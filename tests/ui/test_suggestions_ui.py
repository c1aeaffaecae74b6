"""Suggestions in the window, by keyboard: shown as dashed outlines, Tab / Shift+Tab between them, Enter
accepts, X rejects, Ctrl+Z undoes either; the source picker is never needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.ui.conftest import press
from ui.main_window import MainWindow
from ui.main_window.suggestions import SHOW_KEY

WindowFactory = Callable[[Project], MainWindow]

TEXT = (
    "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات كانت مثمرة.\n\n"
    "وأضافت المتحدثة باسم الوزارة أن الاجتماع المقبل سيعقد في القاهرة.\n\n"
    "ونقلت وكالة أسوشيتد برس عن مسؤول قوله إن الاتفاق قريب.\n"
)


def _shown(window: MainWindow, qtbot: QtBot) -> None:
    window.actions_by_name["suggestions"].trigger()  # Claim > Show suggestions
    qtbot.waitUntil(lambda: len(window.suggestions.items) >= 2, timeout=10_000)
    window.view.setFocus()


def test_tab_enter_and_x_accept_and_reject_suggestions_and_ctrl_z_undoes(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    QSettings().setValue(SHOW_KEY, False)
    article = project.add_article(TEXT)
    window = make_window(project)
    _shown(window, qtbot)
    items = list(window.suggestions.items)
    assert window.view.suggestion_marks()  # drawn as outlines, not as claims
    assert project.claims(article.id) == []
    assert window.suggestions.current == 0
    press(qtbot, window.view, Qt.Key.Key_Tab)
    assert window.suggestions.current == 1
    press(qtbot, window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.suggestions.current == 0

    press(qtbot, window.view, Qt.Key.Key_Return)  # accept the first: no picker, no selection needed
    [claim] = project.claims(article.id)
    assert (claim.start, claim.end, claim.origin) == (items[0].start, items[0].end, "suggested")
    assert window.current_claim_id == claim.id  # selected, so its boundaries can be corrected at once
    qtbot.waitUntil(lambda: all(s.start != items[0].start for s in window.suggestions.items), timeout=10_000)

    current = window.suggestions.current_item()
    assert current is not None
    press(qtbot, window.view, Qt.Key.Key_X)  # not an attribution
    qtbot.waitUntil(lambda: all(s.start != current.start for s in window.suggestions.items), timeout=10_000)
    assert len(project.claims(article.id)) == 1
    window.actions_by_name["undo"].trigger()  # the rejection
    qtbot.waitUntil(lambda: any(s.start == current.start for s in window.suggestions.items), timeout=10_000)
    window.actions_by_name["undo"].trigger()  # the acceptance
    assert project.claims(article.id) == []
    qtbot.waitUntil(lambda: any(s.start == items[0].start for s in window.suggestions.items), timeout=10_000)
    window.actions_by_name["suggestions"].trigger()  # hidden again: Tab moves the focus as usual
    assert window.suggestions.items == [] and not window.actions_by_name["next_suggestion"].isEnabled()
    QSettings().setValue(SHOW_KEY, False)
