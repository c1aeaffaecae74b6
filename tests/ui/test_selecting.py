"""Selecting with real mouse drags: whole characters, names in the other script, the span each kind stores."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import press, type_text, utf16, when_modal
from ui.article.view import ArticleView
from ui.main_window import MainWindow
from ui.sources.source_picker import SourcePicker

WindowFactory = Callable[[Project], MainWindow]
SENTENCE = "ووصفها بوتين بأنها “وثيقة اختراق” تعكس رغبة، وفقًا لما ذكرته صحيفة “The Hill“."
_RUNS = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
)


def glyph_box(view: ArticleView, text: str, cp: int) -> QRectF:
    """Where the character ``text[cp]`` is painted, in viewport coordinates (from the glyphs Qt lays out)."""
    u = utf16(text, cp)
    block = view.document().findBlock(u)
    layout = block.layout()
    line = layout.lineForTextPosition(u - block.position())
    xs: list[float] = []
    for run in line.glyphRuns(u - block.position(), utf16(text, cp + 1) - u, _RUNS):
        for point, advance in zip(
            run.positions(), run.rawFont().advancesForGlyphIndexes(run.glyphIndexes()), strict=True
        ):
            xs += [point.x(), point.x() + advance.x()]
    origin = layout.position() - QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    return QRectF(min(xs) + origin.x(), line.y() + origin.y(), max(xs) - min(xs), line.height())


def inside(box: QRectF, fraction: float) -> QPoint:
    """A point ``fraction`` of the way across ``box`` from its left edge, half way down."""
    return QPoint(round(box.left() + fraction * box.width()), round(box.center().y()))


def drag(qtbot: QtBot, view: ArticleView, start: QPoint, end: QPoint) -> None:
    """Press, move in steps and release the left button, as a hand would (never a double click)."""
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start, delay=1000)
    for n in range(1, 5):
        qtbot.mouseMove(viewport, start + (end - start) * n / 4, delay=5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end, delay=5)


@pytest.fixture
def shown(project: Project, qtbot: QtBot) -> ArticleView:
    """The sentence in an article view on screen, on one line."""
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(1000, 200)
    view.show()
    qtbot.waitExposed(view)
    view.show_article(project.add_article(SENTENCE), [])
    return view


def selected(view: ArticleView) -> str:
    span = view.selected_range()
    assert span is not None
    return SENTENCE[span[0] : span[1]]


def test_a_drag_from_the_left_half_of_waw_keeps_it(shown: ArticleView, qtbot: QtBot) -> None:
    waw = SENTENCE.index("وثيقة")
    end = glyph_box(shown, SENTENCE, SENTENCE.index("اختراق") + 5)
    # Qt's hit test puts the left half of an Arabic letter after it, so this drag would start at ث
    drag(qtbot, shown, inside(glyph_box(shown, SENTENCE, waw), 0.25), inside(end, 0.5))
    assert selected(shown) == "وثيقة اختراق"
    # pressed on the quotation mark, the mark is selected, and trimmed from what is stored
    drag(qtbot, shown, inside(glyph_box(shown, SENTENCE, waw - 1), 0.25), inside(end, 0.5))
    assert selected(shown) == "“وثيقة اختراق"
    for kind in ("claim", "mention", "cue"):
        assert shown.span_to_store(kind) == (waw, waw + len("وثيقة اختراق"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("where", "fraction", "swept"),
    [
        ("T", 0.25, "صحيفة “The Hill"),  # Qt: the position before T, none of the name
        ("h", 0.25, "صحيفة “The Hill"),  # Qt: "صحيفة “T", painted as two pieces
        ("“.", 0.75, "صحيفة “The Hill“"),  # Qt: the right half of the closing mark is past the full stop
        (".", 0.5, "صحيفة “The Hill“."),
    ],
)
def test_a_drag_ending_over_the_latin_name_takes_all_of_it(
    shown: ArticleView, qtbot: QtBot, where: str, fraction: float, swept: str
) -> None:
    start = glyph_box(shown, SENTENCE, SENTENCE.index("صحيفة"))
    end = glyph_box(shown, SENTENCE, SENTENCE.index(where, SENTENCE.index("The")))
    drag(qtbot, shown, inside(start, 0.75), inside(end, fraction))
    assert selected(shown) == swept
    for kind in ("mention", "claim"):
        span = shown.span_to_store(kind)  # type: ignore[arg-type]
        assert span is not None and SENTENCE[span[0] : span[1]] == "صحيفة “The Hill“"


def test_a_drag_the_other_way_and_over_two_lines(shown: ArticleView, qtbot: QtBot) -> None:
    the = SENTENCE.index("The")
    drag(qtbot, shown, inside(glyph_box(shown, SENTENCE, the), 0.1), inside(glyph_box(shown, SENTENCE, the - 4), 0.9))
    assert selected(shown) == "فة “The Hill"  # left to right from T, over Hill, the mark and two Arabic letters
    shown.resize(300, 200)  # the sentence now wraps
    qtbot.waitUntil(lambda: shown.document().begin().layout().lineCount() > 2)
    first = glyph_box(shown, SENTENCE, SENTENCE.index("بأنها"))
    last = glyph_box(shown, SENTENCE, SENTENCE.index("صحيفة") + 1)
    assert last.top() > first.top()
    drag(qtbot, shown, inside(first, 0.9), inside(last, 0.1))  # from the right edge of ب to the left one of ح
    assert selected(shown) == SENTENCE[SENTENCE.index("بأنها") : SENTENCE.index("صحيفة") + 2]
    drag(qtbot, shown, inside(last, 0.1), inside(first, 0.9))  # the same, upwards
    assert selected(shown) == SENTENCE[SENTENCE.index("بأنها") : SENTENCE.index("صحيفة") + 2]


def test_a_drag_over_two_lines_of_an_english_paragraph(project: Project, qtbot: QtBot) -> None:
    text = "قال بوتين\nPutin said the new treaty is the strongest ever signed between the two countries."
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.show()
    qtbot.waitExposed(view)
    view.show_article(project.add_article(text), [])
    first = glyph_box(view, text, text.index("new") + 1)
    last = glyph_box(view, text, text.index("between") + 2)
    assert last.top() > first.top()
    drag(qtbot, view, inside(first, 0.8), inside(last, 0.2))  # from e to t, both taken whole (Qt: neither)
    span = view.selected_range()
    assert span is not None and text[span[0] : span[1]] == "ew treaty is the strongest ever signed bet"


def test_a_click_selects_nothing_and_a_press_in_the_selection_starts_another(shown: ArticleView, qtbot: QtBot) -> None:
    word = glyph_box(shown, SENTENCE, SENTENCE.index("رغبة") + 1)  # غ
    qtbot.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=inside(word, 0.5), delay=1000)
    assert shown.selected_range() is None
    hill = glyph_box(shown, SENTENCE, SENTENCE.index("Hill"))
    drag(qtbot, shown, inside(glyph_box(shown, SENTENCE, SENTENCE.index("صحيفة")), 0.75), inside(hill, 0.5))
    assert selected(shown) == "صحيفة “The Hill"
    # pressed inside that selection, a new drag selects anew (it never drags the text away)
    drag(qtbot, shown, inside(glyph_box(shown, SENTENCE, SENTENCE.index("صحيفة") + 2), 0.5), inside(word, 0.5))
    assert selected(shown) == "غبة، وفقًا لما ذكرته صحي"


def test_the_picker_shows_what_is_stored_and_mentions_and_cues_are_trimmed_and_snapped(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    article = project.add_article(SENTENCE)
    hill = project.add_source("The Hill", "media")
    window = make_window(project)
    view = window.view
    previews: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, SourcePicker)
        previews.append(dialog.findChild(QLabel, "claimPreview").text())
        type_text(dialog.query, "The Hill")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)

    # a sloppy drag: from the middle of وصفها to the middle of اختراق, with the quote mark on the way
    start = glyph_box(view, SENTENCE, SENTENCE.index("صفها"))
    end = glyph_box(view, SENTENCE, SENTENCE.index("تراق"))
    drag(qtbot, view, inside(start, 0.5), inside(end, 0.5))
    when_modal(pick)
    press(qtbot, view, Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    [claim] = project.claims(article.id)
    assert claim.text == "ووصفها بوتين بأنها “وثيقة اختراق”"  # words completed, the quote closed
    assert previews == [claim.text]  # the picker showed exactly what was stored
    mention = glyph_box(view, SENTENCE, SENTENCE.index("صحيفة") + 1)
    drag(qtbot, view, inside(mention, 0.5), inside(glyph_box(view, SENTENCE, len(SENTENCE) - 1), 0.5))
    press(qtbot, view, Qt.Key.Key_M)
    cue = glyph_box(view, SENTENCE, SENTENCE.index("ذكرته") + 2)
    drag(qtbot, view, inside(glyph_box(view, SENTENCE, SENTENCE.index("وفقًا")), 0.3), inside(cue, 0.5))
    press(qtbot, view, Qt.Key.Key_C)
    [link] = project.chain_of(claim.id)
    assert link.source_id == hill.id
    assert link.mention == span_of(SENTENCE, "صحيفة", "The Hill“")  # no full stop; the word completed
    assert link.cue == span_of(SENTENCE, "وفقًا", "ذكرته")


def test_marking_near_the_bottom_does_not_move_the_text(
    project: Project, make_window: WindowFactory, sample_text: str, qtbot: QtBot
) -> None:
    article = project.add_article(sample_text * 3)
    hill = project.add_source("The Hill", "media")
    window = make_window(project)
    window.resize(1280, 800)  # whatever size an earlier test's window left in the settings
    window.splitter.setSizes([200, 600, 480])
    view = window.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: view.viewport().width() > 500)
    bar.setValue(bar.maximum() // 3)
    reading = bar.value()
    top_left = view.cursorForPosition(QPoint(20, 20)).position()
    width = view.viewport().width()
    y = view.viewport().height() - 6  # the last line, half shown: the lowest y on a line of text
    while not view.cursorForPosition(QPoint(width // 2, y)).block().text().strip() or not (
        view.cursorRect(view.cursorForPosition(QPoint(width // 2, y))).bottom() >= y - 2
    ):
        y -= 1
    drag(qtbot, view, QPoint(width - 40, y), QPoint(width // 3, y))
    assert view.selected_range() is not None and bar.value() == reading

    def pick(dialog: QWidget) -> None:
        type_text(dialog.findChild(QWidget, "sourceQuery"), "The Hill")
        qtbot.keyClick(dialog.findChild(QWidget, "sourceQuery"), Qt.Key.Key_Return)

    when_modal(pick)
    press(qtbot, view, Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    [claim] = project.claims(article.id)
    assert claim.source_ids == [hill.id]
    assert bar.value() == reading and view.cursorForPosition(QPoint(20, 20)).position() == top_left
    # a mention in bold on that line, marked with M: the text stays where it was too
    drag(qtbot, view, QPoint(width - 40, y), QPoint(width - 120, y))
    assert bar.value() == reading  # nor does ending a drag there
    press(qtbot, view, Qt.Key.Key_M)
    assert project.chain_of(claim.id)[0].mention is not None
    assert bar.value() == reading and view.cursorForPosition(QPoint(20, 20)).position() == top_left
