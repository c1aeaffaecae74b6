"""Sources registry, claims filter and article status, driven through the widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import press, type_text, when_modal
from ui.articles.article_dialog import ArticleDialog
from ui.main_window import MainWindow
from ui.sources.source_dialog import SourceDialog

WindowFactory = Callable[[Project], MainWindow]
TEXT = "وقال بوتين إن الاتفاق تاريخي. وقال فلاديمير بوتين إن الصداقة نارية. وأشارت الوكالة إلى المعاهدة."


def _setup(project: Project) -> tuple[int, int, int, list[int]]:
    article = project.add_article(TEXT)
    putin = project.add_source("Putin", "person", aliases=["بوتين"])
    vlad = project.add_source("فلاديمير بوتين", "person")
    ap = project.add_source("AP", "media")
    ids = [
        project.add_claim(article.id, *span_of(TEXT, "الاتفاق", "تاريخي"), [putin.id]).id,
        project.add_claim(article.id, *span_of(TEXT, "الصداقة", "نارية"), [vlad.id]).id,
        project.add_claim(article.id, *span_of(TEXT, "المعاهدة", "المعاهدة"), [ap.id]).id,
    ]
    return putin.id, vlad.id, ap.id, ids


def _select_sources(window: MainWindow, qtbot: QtBot, *names: str) -> None:
    panel = window.sources_panel
    window.side_tabs.setCurrentWidget(panel)
    table = panel.table
    model = panel.model
    for n, name in enumerate(names):
        row = next(r for r in range(model.rowCount()) if model.source_at(r).name == name)
        mods = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, mods, table.visualRect(model.index(row, 0)).center()
        )


def test_registry_shows_counts_and_edits_a_source(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    putin, _vlad, ap, _ids = _setup(project)
    window = make_window(project)
    model = window.sources_panel.model
    assert model.rowCount() == 0  # nothing read until the registry is shown
    window.side_tabs.setCurrentWidget(window.sources_panel)
    rows = {
        model.index(r, 0).data(): (model.index(r, 3).data(), model.index(r, 4).data()) for r in range(model.rowCount())
    }
    assert rows == {"AP": (1, 1), "Putin": (1, 1), "فلاديمير بوتين": (1, 1)}
    _select_sources(window, qtbot, "AP")

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SourceDialog)
        dialog.name_edit.setText("Associated Press")
        dialog.kind_box.setCurrentText("media")
        dialog.aliases_edit.setPlainText("أسوشيتد برس\nAP")
        dialog.set_colour("#123456")
        dialog.accept()

    when_modal(edit)
    qtbot.mouseClick(window.sources_panel.buttons["edit"], Qt.MouseButton.LeftButton)
    source = project.source(ap)
    assert (source.name, source.aliases, source.colour) == ("Associated Press", ["أسوشيتد برس", "AP"], "#123456")
    assert window.claims_model.index(2, 1).data() == "Associated Press"
    window.actions_by_name["undo"].trigger()
    assert project.source(ap).name == "AP" and project.source(ap).colour != "#123456"
    del putin


def test_merge_two_sources_and_undo(project: Project, make_window: WindowFactory, qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    putin, vlad, _ap, ids = _setup(project)
    window = make_window(project)
    _select_sources(window, qtbot, "Putin", "فلاديمير بوتين")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Putin", True))
    qtbot.mouseClick(window.sources_panel.buttons["merge"], Qt.MouseButton.LeftButton)
    assert [s.name for s in project.sources()] == ["AP", "Putin"]
    assert project.claim(ids[1]).source_ids == [putin]
    assert window.sources_panel.model.rowCount() == 2
    window.actions_by_name["undo"].trigger()
    assert project.claim(ids[1]).source_ids == [vlad]
    assert window.claims_model.index(1, 1).data() == "فلاديمير بوتين"
    window.actions_by_name["redo"].trigger()
    assert project.claim(ids[1]).source_ids == [putin]


def test_delete_source_asks_about_its_claims(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    _putin, _vlad, ap, ids = _setup(project)
    window = make_window(project)
    _select_sources(window, qtbot, "AP")
    asked: list[str] = []

    def delete_claims_too(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        [button] = [b for b in box.findChildren(QPushButton) if b.text() == "Delete the claims too"]
        button.click()

    when_modal(delete_claims_too)
    qtbot.mouseClick(window.sources_panel.buttons["delete"], Qt.MouseButton.LeftButton)
    assert "attributed 1 claim" in asked[0]
    assert [c.id for c in project.claims()] == ids[:2] and window.claims_model.rowCount() == 2
    window.actions_by_name["undo"].trigger()
    assert [c.id for c in project.claims()] == ids and project.claim(ids[2]).source_ids == [ap]


def test_claims_filter_by_text_and_source(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    putin, _vlad, _ap, _ids = _setup(project)
    window = make_window(project)
    bar = window.claims_filter
    type_text(bar.text, "الصداقه")  # ta marbuta typed as ha
    bar.apply_now()
    assert window.claims_table.model().rowCount() == 1
    assert window.claims_table.model().index(0, 0).data() == "الصداقة نارية"
    bar.text.clear()
    bar.apply_now()
    _select_sources(window, qtbot, "Putin")
    qtbot.mouseClick(window.sources_panel.buttons["filter"], Qt.MouseButton.LeftButton)
    assert window.side_tabs.currentWidget() is window.claims_pane
    assert window.claims_table.model().rowCount() == 1 and bar.source.currentData() == putin
    bar.kind.setCurrentIndex(bar.kind.findData("media"))
    assert window.claims_table.model().rowCount() == 0
    bar.source.setCurrentIndex(0)
    assert window.claims_table.model().rowCount() == 1  # AP is the only media source
    bar.kind.setCurrentIndex(0)
    press(qtbot, window.view, Qt.Key.Key_N)
    assert window.current_claim_id == project.claims()[0].id


def test_article_status_done_filter_and_details(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    first = project.add_article("المقال الأول عن الاتفاق")
    second = project.add_article("المقال الثاني عن المعاهدة")
    window = make_window(project)
    model = window.articles_model
    assert [model.index(r, 2).data() for r in range(2)] == ["to do", "to do"]
    window.open_article(second.id)
    press(qtbot, window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert project.article(second.id).status == "done" and model.index(1, 2).data() == "done ✓"
    panel = window.article_panel
    panel.status.setCurrentIndex(panel.status.findData("done"))
    assert panel.ids() == [second.id]
    panel.status.setCurrentIndex(0)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ArticleDialog)
        dialog.title.setText("بوتين وكيم")
        dialog.outlet.setText("The Hill")
        dialog.published.setText("2024-06-20")
        dialog.accept()

    when_modal(fill)
    window.actions_by_name["article_details"].trigger()
    article = project.article(second.id)
    assert (article.title, article.outlet, str(article.published), article.status) == (
        "بوتين وكيم",
        "The Hill",
        "2024-06-20",
        "done",
    )
    assert model.index(1, 0).data() == "بوتين وكيم"
    window.actions_by_name["undo"].trigger()
    assert project.article(second.id).outlet is None
    window.actions_by_name["undo"].trigger()
    assert project.article(second.id).status == "todo"
    window.activateWindow()  # offscreen, activation does not come back after a dialog by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, window.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.view.article is not None and window.view.article.id == first.id
    QApplication.processEvents()


def test_article_list_fetches_rows_on_demand(
    project: Project,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    import ui.articles.articles_model

    monkeypatch.setattr(ui.articles.articles_model, "PAGE", 10)
    ids = [project.add_article(f"مقال رقم {n} عن الاتفاق").id for n in range(25)]
    window = make_window(project)
    model = window.articles_model
    assert (model.rowCount() in (10, 20, 30) and model.rowCount() < 25) or not model.canFetchMore()
    window.open_article(ids[-1])  # further than fetched: rows are fetched up to it and it is selected
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert window.article_panel.selected_ids() == [ids[-1]]
    added = project.add_article("مقال جديد")
    assert model.rowCount() == 26 and model.article_at(25).id == added.id


def test_undoing_a_source_deleted_with_its_claims_puts_them_back_in_the_panel(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    _putin, _vlad, ap, ids = _setup(project)
    window = make_window(project)
    window.sources_panel.delete(ap, "delete")
    assert window.claims_model.rowCount() == 2 and window.articles_model.index(0, 1).data() == 2
    window.actions_by_name["undo"].trigger()
    assert [window.claims_model.claim_at(r).id for r in range(3)] == ids
    assert window.articles_model.index(0, 1).data() == 3


def test_new_boundaries_keep_the_panel_in_text_order(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from tests.ui.conftest import select_code_points

    _putin, _vlad, _ap, ids = _setup(project)
    window = make_window(project)
    window.claims_table.select_row(0)
    select_code_points(window.view, TEXT, *span_of(TEXT, "الوكالة", "المعاهدة"))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    starts = [window.claims_model.claim_at(r).start for r in range(3)]
    assert starts == sorted(starts)
    assert [window.claims_model.claim_at(r).id for r in range(3)] == [ids[1], ids[0], ids[2]]
    assert window.current_claim_id == ids[0] and window.claims_table.currentIndex().row() == 1
