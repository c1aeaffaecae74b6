"""Issue 8 in the window: sessions, the annotator banner and filter, compare mode, curation, agreement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import when_modal
from ui.main_window import MainWindow
from ui.review.compare_mode import MINE, THEIRS

WindowFactory = Callable[[Project], MainWindow]


def two_annotators(project: Project, text: str) -> int:
    article = project.add_article(text)
    a = span_of(text, "وقع الرئيس", "ضد أعدائهما")
    project.annotator = "سارة"
    project.add_claim(article.id, *a)
    project.annotator = "Omar"
    project.add_claim(article.id, a[0] + 3, a[1])  # overlaps سارة's claim
    project.add_claim(article.id, 0, 5)  # only Omar has this one
    project.annotator = "سارة"
    return article.id


def test_window_records_a_session_and_the_banner_asks_without_blocking(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    QSettings().remove("annotator/name")
    article_id = project.add_article(sample_text).id
    window = make_window(project)  # no modal prompt: the window opens straight away
    combo = window.claims_filter.findChild(QComboBox, "claimsFilterAnnotator")
    assert [combo.itemText(i) for i in range(combo.count())] == ["All annotators"]  # even with no claims yet
    banner = window.review.banner
    assert banner.isVisible() and project.current_session is not None
    banner.findChild(QPushButton, "bannerKeep").click()
    assert not banner.isVisible() and QSettings().value("annotator/name") == project.annotator
    [info] = project.highlight_sessions()
    assert [a.article_id for a in info.articles] == [article_id] and not info.interrupted
    dialog = window.review.show_sessions()
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == project.annotator
    dialog.close()

    def rename(dialog: object) -> None:
        dialog.setTextValue("ليلى")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    when_modal(rename)
    window.actions_by_name["annotator"].trigger()
    first, second = project.highlight_sessions()  # the new name starts a new session
    assert (second.annotator, second.id) == ("ليلى", project.current_session)
    assert first.ended <= second.started


def test_annotator_filter_compare_mode_and_agreement(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article_id = two_annotators(project, sample_text)
    window = make_window(project)
    window.open_article(article_id)
    combo = window.claims_filter.findChild(QComboBox, "claimsFilterAnnotator")
    assert [combo.itemText(i) for i in range(combo.count())] == ["All annotators", "Omar", "سارة"]
    combo.setCurrentIndex(1)
    assert window.claims_table.model().rowCount() == 2
    combo.setCurrentIndex(0)
    assert window.claims_table.model().rowCount() == 3

    window.review.set_compare("Omar")
    spans = window.view.spans()
    assert {(s.colour, s.role) for s in spans} == {(MINE, "claim"), (THEIRS, "claim"), (THEIRS, "unmatched")}
    assert "1 claim only one of them marked" in window.statusBar().currentMessage()
    # the Omar-only claim carries the wavy underline
    block = window.view.document().begin()
    waves = [
        (block.position() + fr.start, fr.length)
        for fr in block.layout().formats()
        if fr.format.underlineColor() == QColor("#c0392b")
    ]
    assert waves == [(0, 5)]
    window.review.set_compare(None)
    assert {s.role for s in window.view.spans()} == {"claim"}

    dialog = window.review.show_agreement()
    assert dialog.model.rowCount() == 2  # the article and the overall row
    assert dialog.model.index(0, 1).data() == "Omar / سارة"
    assert dialog.model.index(0, 4).data().startswith("0.67")  # overlap F1: 2·1/(2+1)
    dialog.close()


def test_curating_a_claim_is_undoable(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article_id = two_annotators(project, sample_text)
    window = make_window(project)
    window.open_article(article_id)
    window.claims_table.select_row(1)
    claim_id = window.current_claim_id
    assert claim_id is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keySequence(window.claims_table, QKeySequence("Ctrl+Shift+A"))
    assert project.claim(claim_id).curated and window.review.curate_action.isChecked()
    assert window.claims_table.model().index(1, 2).data().endswith("· final")
    window.actions_by_name["undo"].trigger()
    assert not project.claim(claim_id).curated
    window.actions_by_name["redo"].trigger()
    assert project.claim(claim_id).curated


def test_the_agreement_dialog_compares_the_suggestions_with_an_annotator(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from tests.test_agreement_suggester import marked

    marked(project)
    expected = project.suggester_agreement("Layla")
    window = make_window(project)
    dialog = window.review.show_agreement()
    choice = dialog.findChild(QComboBox, "agreementChoice")
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Annotators with each other", "Suggestions with Layla", "Suggestions with Omar",
    ]  # fmt: skip
    assert dialog.model.index(0, 1).data() == "Layla / Omar"
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # the keyboard picks "Suggestions with Layla"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)  # the article and the overall row, from the worker
    assert dialog.model.index(0, 1).data() == "Suggestions / Layla"
    assert dialog.model.index(0, 3).data() == f"{expected[0].pairs[0].exact.f1:.2f} (1)" == "0.40 (1)"
    assert dialog.model.index(0, 6).data() == "0.33"  # kappa 1/3, as computed by hand in the core's test
    assert "rejected suggestions included" in dialog.findChild(QLabel, "agreementNote").text()
    qtbot.keyClick(choice, Qt.Key.Key_Up)
    assert dialog.model.index(0, 1).data() == "Layla / Omar"
    dialog.close()
