"""The claims panel over every article (issue 7), driven through the widgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import press, select_code_points, type_text
from ui.claims import project_claims
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]
FIRST = "قالَ الرئيسُ الروسيّ إنّ الاتفاقيةَ تاريخيةٌ. وأضاف مسؤول أن المحادثات مستمرة."
SECOND = "وذكرت صحيفة The Hill أن إسرائيل لم تُعلّق. وقال بوتين إن الاتفاقية مهمة للبلدين."


def _two_articles(project: Project) -> dict[str, int]:
    first = project.add_article(FIRST, title="المقال الأول").id
    second = project.add_article(SECOND, title="المقال الثاني").id
    putin = project.add_source("Putin", "person").id
    hill = project.add_source("The Hill", "media").id
    return {
        "first": first,
        "second": second,
        "putin": putin,
        "hill": hill,
        "treaty": project.add_claim(first, *span_of(FIRST, "الاتفاقيةَ", "تاريخيةٌ"), [putin]).id,
        "talks": project.add_claim(first, *span_of(FIRST, "المحادثات", "مستمرة"), [hill]).id,
        "israel": project.add_claim(second, *span_of(SECOND, "إسرائيل", "تُعلّق"), [hill]).id,
        "important": project.add_claim(second, *span_of(SECOND, "الاتفاقية", "للبلدين"), [putin]).id,
    }


def _rows(window: MainWindow) -> list[tuple[str, str, str]]:
    model = window.project_claims.model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]  # type: ignore[misc]


def _all_articles_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    press(qtbot, window.claims_filter.scope, Qt.Key.Key_Down)
    assert window.claims_filter.scope.currentText() == "All articles"


def test_switching_scope_shows_every_articles_claims_with_their_article(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = _two_articles(project)
    window = make_window(project)
    window.open_article(ids["first"])
    assert window.claims_table.isVisible() and not window.project_claims.isVisible()
    assert window.claims_table.model().rowCount() == 2
    _all_articles_by_keyboard(window, qtbot)
    assert window.project_claims.isVisible() and not window.claims_table.isVisible()
    assert _rows(window) == [  # newest first, each with its article
        ("الاتفاقية مهمة للبلدين", "Putin", "المقال الثاني"),
        ("إسرائيل لم تُعلّق", "The Hill", "المقال الثاني"),
        ("المحادثات مستمرة", "The Hill", "المقال الأول"),
        ("الاتفاقيةَ تاريخيةٌ", "Putin", "المقال الأول"),
    ]
    qtbot.waitUntil(lambda: window.project_claims.count.text() == "4 claims in all articles")
    scope = window.claims_filter.scope  # and back with the mouse, through the menu's list
    qtbot.mouseClick(scope, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scope.view().isVisible())
    qtbot.wait(QApplication.doubleClickInterval())  # a release this soon after opening is not a choice
    view = scope.view()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    qtbot.waitUntil(lambda: scope.currentText() == "This article")
    assert window.claims_table.isVisible() and not window.project_claims.isVisible()


def test_typing_and_choosing_a_source_filter_every_article_in_sql(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = _two_articles(project)
    window = make_window(project)
    _all_articles_by_keyboard(window, qtbot)
    bar = window.claims_filter
    bar.text.setFocus()
    type_text(bar.text, "الاتفاقيه")  # no tashkeel, ta marbuta typed as ha
    assert len(_rows(window)) == 4  # nothing yet: the box waits for a pause in the typing
    qtbot.waitUntil(lambda: len(_rows(window)) == 2)
    assert [r[0] for r in _rows(window)] == ["الاتفاقية مهمة للبلدين", "الاتفاقيةَ تاريخيةٌ"]
    qtbot.waitUntil(lambda: window.project_claims.count.text() == "2 claims in all articles")
    bar.source.setCurrentIndex(bar.source.findData(ids["hill"]))
    assert _rows(window) == []
    qtbot.waitUntil(lambda: window.project_claims.count.text() == "No claim matches")
    bar.text.clear()
    qtbot.waitUntil(lambda: len(_rows(window)) == 2)
    assert [r[0] for r in _rows(window)] == ["إسرائيل لم تُعلّق", "المحادثات مستمرة"]
    bar.kind.setCurrentIndex(bar.kind.findData("person"))
    assert _rows(window) == []
    press(qtbot, bar.scope, Qt.Key.Key_Up)  # back to the article: the same filters apply there
    window.open_article(ids["first"])
    assert window.claims_table.model().rowCount() == 0


def test_choosing_a_row_opens_its_article_with_the_claim_selected(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = _two_articles(project)
    window = make_window(project)
    window.open_article(ids["first"])
    _all_articles_by_keyboard(window, qtbot)
    table = window.project_claims.table
    model = window.project_claims.model
    row = model.row_of(ids["israel"])
    assert row is not None
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    assert window.view.article is not None and window.view.article.id == ids["second"]
    assert window.current_claim_id == ids["israel"]
    assert window.view.selected_range() == span_of(SECOND, "إسرائيل", "تُعلّق")
    assert window.claim_form.claim is not None and window.claim_form.claim.id == ids["israel"]
    press(qtbot, table, Qt.Key.Key_Down)  # the keyboard moves to the next result: another article
    assert window.view.article.id == ids["first"] and window.current_claim_id == ids["talks"]
    assert window.view.selected_range() == span_of(FIRST, "المحادثات", "مستمرة")
    type_text(window.claims_filter.text, "الاتفاقيه")  # filtering the results leaves the reader where it is
    window.claims_filter.apply_now()
    assert len(_rows(window)) == 2 and window.current_claim_id == ids["talks"]


def test_the_results_follow_claims_marked_deleted_and_undone(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = _two_articles(project)
    window = make_window(project)
    window.open_article(ids["second"])
    _all_articles_by_keyboard(window, qtbot)
    bar = window.claims_filter
    type_text(bar.text, "بوتين")
    bar.apply_now()
    assert _rows(window) == []
    table = window.project_claims.table
    select_code_points(window.view, SECOND, *span_of(SECOND, "وقال", "بوتين"))
    claim = window.mark_selection_as_claim([ids["putin"]])
    assert claim is not None
    qtbot.waitUntil(lambda: _rows(window) == [("وقال بوتين", "Putin", "المقال الثاني")])
    qtbot.waitUntil(lambda: window.project_claims.count.text() == "1 claim in all articles")
    bar.text.clear()
    bar.apply_now()
    table.select_row(window.project_claims.model.row_of(ids["treaty"]))  # a selection that must survive
    window.delete_claim(claim.id)
    qtbot.waitUntil(lambda: len(_rows(window)) == 4)
    assert window.project_claims.model.claim_at(table.currentIndex().row()).id == ids["treaty"]
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: len(_rows(window)) == 5)
    assert _rows(window)[0] == ("وقال بوتين", "Putin", "المقال الثاني")
    assert window.project_claims.model.claim_at(table.currentIndex().row()).id == ids["treaty"]
    project.update_article(ids["second"], title="عنوان جديد")
    qtbot.waitUntil(lambda: _rows(window)[0][2] == "عنوان جديد")


def test_more_rows_are_fetched_as_the_table_scrolls(
    project: Project, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_claims, "PAGE", 10)
    article = project.add_article(FIRST * 3).id
    for start in range(45):
        project.add_claim(article, start, start + 5)
    window = make_window(project)
    _all_articles_by_keyboard(window, qtbot)
    model = window.project_claims.model
    assert model.rowCount() == 10 and model.canFetchMore()
    table = window.project_claims.table
    for _ in range(6):  # to the last row: the view asks for the next page
        press(qtbot, table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 45 and not model.canFetchMore()
    assert [model.claim_at(r).id for r in range(45)] == list(range(45, 0, -1))


def test_scope_menu_is_labelled(project: Project, make_window: WindowFactory) -> None:
    window = make_window(project)
    scope = window.claims_filter.findChild(QComboBox, "claimsScope")
    assert scope is not None and [scope.itemText(i) for i in range(scope.count())] == ["This article", "All articles"]
