"""How marks look: find matches outlined, never a claim's fill; colour swatches true on selected rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from annotator import Project
from annotator.text.palette import PALETTE
from tests.conftest import span_of
from tests.ui.conftest import press, type_text, utf16
from ui.article.outline_marks import OUTLINE
from ui.main_window import MainWindow

WindowFactory = Callable[[Project], MainWindow]


def colours_in(image: QImage, rect: QRect) -> set[str]:
    """The colours of the pixels of ``image`` inside ``rect``."""
    rect = rect.intersected(image.rect())
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    }


def distance(a: str, b: str) -> float:
    ca, cb = QColor(a), QColor(b)
    return float(sum((p - q) ** 2 for p, q in zip(ca.getRgb()[:3], cb.getRgb()[:3], strict=True)) ** 0.5)


def test_the_find_outline_is_no_palette_colour() -> None:
    assert min(distance(OUTLINE, colour) for colour in PALETTE) > 150


def test_a_match_inside_an_amber_claim_is_outlined_and_the_claim_still_shows(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article = project.add_article(sample_text)
    hill = project.add_source("The Hill", "media")
    assert hill.colour == "#ffd166"  # amber, the colour a pale yellow find mark was mistaken for
    project.add_claim(article.id, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"), [hill.id])
    window = make_window(project)
    press(qtbot, window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.find_bar.query, "فلاديمير")
    [(start, end)] = window.find_bar.matches()
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(utf16(sample_text, start))
    left_edge = view.cursorRect(cursor)  # a right-to-left word: it starts at its right edge
    cursor.setPosition(utf16(sample_text, end))
    word = QRect(view.cursorRect(cursor).topLeft(), left_edge.bottomRight()).normalized()
    image = view.viewport().grab().toImage()
    ring = colours_in(image, word.adjusted(-4, -2, 4, 2)) - colours_in(image, word.adjusted(3, 4, -3, -4))
    assert OUTLINE in ring  # drawn around the word
    assert hill.colour in colours_in(image, word.adjusted(3, 4, -3, -4))  # and the claim's fill shows inside
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert OUTLINE not in colours_in(view.viewport().grab().toImage(), word.adjusted(-4, -2, 4, 2))


def test_the_swatch_of_a_selected_row_shows_the_source_colour(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    text = "وقال بوتين إن الاتفاق تاريخي"
    article = project.add_article(text)
    hill = project.add_source("The Hill", "media")
    project.add_claim(article.id, *span_of(text, "الاتفاق", "تاريخي"), [hill.id])
    window = make_window(project)
    table = window.claims_table
    table.select_row(0)
    assert table.selectionModel().isRowSelected(0)
    cell = table.visualRect(window.claims_proxy.index(0, 1))
    assert hill.colour in colours_in(table.viewport().grab().toImage(), cell)
    form = window.claim_form  # the chain in the side form, its first link selected
    form.chain.setCurrentIndex(form.chain_model.index(0, 0))
    link = form.chain.visualRect(form.chain_model.index(0, 0))
    assert hill.colour in colours_in(form.chain.viewport().grab().toImage(), link)
