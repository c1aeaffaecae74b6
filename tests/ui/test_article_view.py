"""The article view: direction per paragraph, Arabic glyphs, highlights that touch only their paragraphs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QRawFont, QTextCharFormat
from pytestqt.qtbot import QtBot

from annotator import Project
from ui.article.highlight_style import HighlightSpan
from ui.article.view import ArticleView
from ui.widgets.fonts import article_font

MIXED = (
    "The Hill قالت صحيفة إن الاتفاق وقع أمس بين البلدين\n"
    "Putin said the deal is historic.\n"
    "1961\n"
    "«وثيقة اختراق» وصفها بوتين"
)


def directions(view: ArticleView) -> list[tuple[Qt.LayoutDirection, bool]]:
    out = []
    block = view.document().begin()
    while block.isValid():
        fmt = block.blockFormat()
        out.append((fmt.layoutDirection(), bool(fmt.alignment() & Qt.AlignmentFlag.AlignRight)))
        block = block.next()
    return out


def _shown_view(qtbot: QtBot) -> ArticleView:
    """An article view on screen, a few paragraphs high."""
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_each_paragraph_gets_its_own_direction(project: Project, qtbot: QtBot) -> None:
    article = project.add_article(MIXED)
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article, [])
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    # an Arabic paragraph opening with "The Hill" stays right-to-left; a number-only one follows the article
    assert directions(view) == [(rtl, True), (ltr, False), (rtl, True), (rtl, True)]
    assert view.toPlainText() == MIXED and not view.document().isModified()


def test_article_font_has_arabic_and_hebrew_glyphs() -> None:
    raw = QRawFont.fromFont(article_font())
    assert raw.familyName() == "Noto Naskh Arabic"
    for ch in "بوتينكيمأسوشيتدپچگ":
        assert raw.supportsCharacter(ord(ch)), ch
    assert all(g != 0 for g in raw.glyphIndexesForString("وقال بوتين"))


def test_read_only_but_selectable_by_keyboard(project: Project, qtbot: QtBot) -> None:
    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article, [])
    view.show()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_range() == (0, len(article.text))
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert view.toPlainText() == article.text  # read-only


def test_updates_reformat_only_touched_paragraphs_and_overlaps_blend(project: Project, qtbot: QtBot) -> None:
    text = "\n".join(f"الفقرة رقم {i} وقال بوتين إن الاتفاق تاريخي" for i in range(50))
    article = project.add_article(text)
    view = ArticleView()
    qtbot.addWidget(view)
    spans = [HighlightSpan(i, text.index(f"رقم {i} "), text.index(f"رقم {i} ") + 5, "#ffd166", "") for i in range(50)]
    view.show_article(article, spans)
    view.resize(600, 3000)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.formatting)
    doc = view.document()
    assert doc.findBlockByNumber(7).layout().lineCount() > 0  # laid out: a change must mark it dirty
    before = [doc.findBlockByNumber(n).layout().formats() for n in range(50)]
    assert all(len(f) == 1 for f in before)
    touched: list[int] = []
    mark_dirty = doc.markContentsDirty

    def spy(position: int, length: int) -> None:
        touched.append(doc.findBlock(position).blockNumber())
        mark_dirty(position, length)

    doc.markContentsDirty = spy  # type: ignore[method-assign]
    start = text.index("رقم 7 ")
    view.set_claim_spans(100, [HighlightSpan(100, start + 2, start + 12, "#9ad0f5", "overlap")])
    assert touched == [7]
    formats = doc.findBlockByNumber(7).layout().formats()
    assert [(f.start, f.length) for f in formats] == [
        (start - doc.findBlockByNumber(7).position(), 2),
        (2 + start - doc.findBlockByNumber(7).position(), 3),
        (5 + start - doc.findBlockByNumber(7).position(), 7),
    ]
    overlap = formats[1].format
    assert overlap.underlineStyle() != overlap.UnderlineStyle.NoUnderline
    assert overlap.background().color() not in (
        formats[0].format.background().color(),
        formats[2].format.background().color(),
    )
    view.remove_claim(100)
    assert len(doc.findBlockByNumber(7).layout().formats()) == 1
    assert not doc.isUndoAvailable()


def test_mentions_are_underlined_and_cues_dotted(project: Project, qtbot: QtBot) -> None:
    text = "وقال بوتين إن الاتفاق تاريخي"
    article = project.add_article(text)
    view = ArticleView()
    qtbot.addWidget(view)
    claim = (text.index("الاتفاق"), len(text))
    mention = (text.index("بوتين"), text.index("بوتين") + 5)
    cue = (0, 4)
    view.show_article(
        article,
        [
            HighlightSpan(1, *claim, "#ffd166", "c"),
            HighlightSpan(1, *mention, "#ffd166", "c", "mention"),
            HighlightSpan(1, *cue, "#ffd166", "c", "cue"),
        ],
    )
    ranges = view.document().begin().layout().formats()
    formats = {(r.start, r.length): QTextCharFormat(r.format) for r in ranges}
    assert formats[(cue[0], 4)].underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert formats[(mention[0], 5)].underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert formats[(mention[0], 5)].background().style() == Qt.BrushStyle.NoBrush  # a mention is not filled
    assert formats[(claim[0], claim[1] - claim[0])].background().color().name() == "#ffd166"
    assert [s.role for s in view.spans()] == ["cue", "mention", "claim"]


def test_a_long_article_settles_below_the_first_screen_keeping_its_highlights(project: Project, qtbot: QtBot) -> None:
    arabic = "وقال بوتين إن الاتفاق تاريخي ويمثل مرحلة جديدة في العلاقات بين البلدين"
    english = "The Hill reported that the deal is historic for both countries"
    paragraphs = [arabic if i % 100 else english for i in range(1, 3001)]  # every hundredth is English
    text = "\n".join(paragraphs)
    article = project.add_article(text)
    view = _shown_view(qtbot)
    last = text.rindex(english)
    spans = [HighlightSpan(1, 0, 4, "#ffd166", ""), HighlightSpan(2, last + 4, last + 8, "#9ad0f5", "")]
    view.show_article(article, spans)
    doc = view.document()
    number = doc.findBlock(last).blockNumber()
    assert number == 2999
    assert view.first_screen_end() < last  # so the English paragraph below is settled later
    qtbot.waitUntil(
        lambda: doc.findBlockByNumber(number).blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    )
    assert [(d, a) for d, a in directions(view)] == [
        (Qt.LayoutDirection.LeftToRight, False) if p == english else (Qt.LayoutDirection.RightToLeft, True)
        for p in paragraphs
    ]
    view.select_range(last + 4, last + 8)  # scrolls there: the paragraph is laid out with its highlight
    qtbot.waitUntil(lambda: doc.findBlockByNumber(number).layout().lineCount() > 0)
    [fr] = doc.findBlockByNumber(number).layout().formats()
    assert (fr.start, fr.length, fr.format.background().color().name()) == (4, 4, "#9ad0f5")
    assert view.claims_at(view.cursorRect().center()) == [2]


def test_opening_another_article_lets_the_last_one_go(project: Project, qtbot: QtBot) -> None:
    first = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    second = project.add_article("The Hill reported the deal")
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(first)
    shown = view.document()
    destroyed: list[bool] = []
    shown.destroyed.connect(lambda: destroyed.append(True))
    view.show_article(second)
    qtbot.waitUntil(lambda: destroyed == [True])  # not kept as a child of the view for as long as it lives
    assert view.toPlainText() == second.text


def test_highlights_off_screen_are_formatted_when_shown_or_when_idle(project: Project, qtbot: QtBot) -> None:
    text = "\n".join(f"الفقرة رقم {i} وقال بوتين إن الاتفاق تاريخي" for i in range(3000))
    article = project.add_article(text)
    view = _shown_view(qtbot)
    view.show_article(article)
    starts = [text.index(f"رقم {i} ") for i in range(3000)]
    view.add_spans(HighlightSpan(i, start, start + 5, "#ffd166", "") for i, start in enumerate(starts))
    doc = view.document()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # as far down as Qt has laid the text out so far
    shown = view.cursorForPosition(view.viewport().rect().center()).block().blockNumber()
    assert shown > 50 and view.formatting and doc.findBlockByNumber(shown).layout().formats() == []
    view.viewport().grab()  # drawn (synchronously): formatted first
    assert len(doc.findBlockByNumber(shown).layout().formats()) == 1
    far = 1500 if abs(shown - 1500) > 600 else 2900  # wherever Qt's layout has got to, this one is off screen
    assert view.formatting and doc.findBlockByNumber(far).layout().formats() == []  # the rest: when idle
    qtbot.waitUntil(lambda: not view.formatting)
    assert all(len(doc.findBlockByNumber(n).layout().formats()) == 1 for n in range(3000))
