"""The article view: read-only text, each paragraph in its own direction, claims highlighted.

Highlights are per-paragraph layout formats (as QSyntaxHighlighter keeps
them), so marking a claim re-formats only the paragraphs it touches, however
many highlights the article already shows, and never touches the document's
undo stack.  Positions cross to the core only through :class:`OffsetMap`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.text.direction import Direction
from annotator.text.offsets import OffsetMap
from annotator.text.selection import Kind, span_to_store
from annotator.text.spans import covering, segments
from ui.article.highlight_index import HighlightIndex
from ui.article.highlight_style import HighlightSpan, segment_format
from ui.article.outline_marks import SUGGESTION_STYLE, OutlineMarks
from ui.article.overlap_menu import choose_claim
from ui.article.paragraphs import block_starts, set_block_layout, settle_directions
from ui.article.sweeping_edit import SweepingTextEdit
from ui.widgets.fonts import article_font

LINE_HEIGHT = 115.0  # per cent of the font's line spacing: room for tashkeel above and below
FORMAT_STEP = 100  # stale paragraphs formatted per idle turn of the event loop (a few milliseconds)
MAX_ON_SCREEN = 300  # paragraphs a viewport can show at most (each is a line at least)
SNAP_SETTING = "editing/snap"  # Edit > Snap selections to whole words, on unless the user turned it off


class ShownArticle(Protocol):
    """What the view needs of an article: a stored :class:`~annotator.Article`, or the start-up's first screen."""

    @property
    def id(self) -> int: ...

    @property
    def text(self) -> str: ...

    @property
    def direction(self) -> str: ...


def snap_words_on() -> bool:
    """Whether selections are completed to whole words (remembered; on by default)."""
    return bool(QSettings().value(SNAP_SETTING, True, type=bool))


class ArticleView(SweepingTextEdit):
    """Shows one article; reports selections and clicks on claims in code point offsets."""

    claimActivated = Signal(int)  # a claim was clicked in the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFont(article_font())
        self.setUndoRedoEnabled(False)
        self._article: ShownArticle | None = None
        self._map = OffsetMap("")
        self._highlights = HighlightIndex(self._blocks_of)
        self._block_starts: list[int] = [0]  # UTF-16 position where each paragraph starts
        self._default_direction: Direction = "ltr"
        self._unsettled = 0  # paragraphs from this one on wait for their direction
        self._generation = 0  # bumped per article shown, so a late settling step for an earlier one does nothing
        self._stale: set[int] = set()  # paragraphs whose highlights wait: formatted when shown, or when idle
        self._formatter = QTimer(self)
        self._formatter.setInterval(0)
        self._formatter.timeout.connect(self._format_some)
        self._context_actions: list[QAction] = []
        self._find_marks = OutlineMarks()
        self._suggestion_marks = OutlineMarks(SUGGESTION_STYLE)
        self.setPlaceholderText(self.tr("No article open. Import one from the File menu."))

    # -- showing an article ------------------------------------------------

    @property
    def article(self) -> ShownArticle | None:
        """The article shown, if any."""
        return self._article

    def show_article(self, article: ShownArticle | None, spans: Iterable[HighlightSpan] = ()) -> None:
        """Show ``article`` with ``spans`` highlighted (or nothing, for None).

        The first screen is laid out in its paragraphs' directions at once; the directions of the paragraphs
        below it are settled on the next turn of the event loop (Qt lays those out later too), so a long
        article shows as fast as its plain text would.
        """
        self._article = article
        self._highlights.clear()
        self._find_marks.set([])
        self._suggestion_marks.set([])
        self._stale = set()
        self._formatter.stop()
        self._generation += 1
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        if article is None:
            self._map = OffsetMap("")
            self._block_starts = [0]
            self._replace_document(doc)
            return
        self._map = OffsetMap(article.text)
        doc.setPlainText(article.text)
        self._default_direction = "rtl" if article.direction == "rtl" else "ltr"
        set_block_layout(doc, self._default_direction, line_height=LINE_HEIGHT)
        self._block_starts = block_starts(doc)
        first_screen = self._block_number(self._map.to_utf16(min(self.first_screen_end(), self._map.length)))
        settle_directions(doc, self._default_direction, range(first_screen + 1))
        self._unsettled = first_screen + 1
        self._index_all(spans, doc, range(first_screen + 1))
        doc.setModified(False)
        self._replace_document(doc)
        if self._unsettled < doc.blockCount():
            generation = self._generation
            QTimer.singleShot(5, self, lambda: self._settle(generation))  # a later turn than the claims

    def _replace_document(self, doc: QTextDocument) -> None:
        old = self.document()
        ours = old.parent() is self  # the editor's first document is its own, and it deletes that one itself
        self.setDocument(doc)
        if ours:
            old.deleteLater()  # QTextEdit keeps a replaced document alive: one article's text per opening

    def first_screen_end(self) -> int:
        """A code point offset safely past what the first screen of the article shows (an overestimate)."""
        metrics = self.fontMetrics()
        per_line = self.viewport().width() / max(1, metrics.averageCharWidth())
        lines = self.viewport().height() / max(1, metrics.lineSpacing())
        return int(per_line * lines * 2) + 200

    def _settle(self, generation: int) -> None:
        if generation != self._generation or self._unsettled >= self.document().blockCount():
            return
        settle_directions(self.document(), self._default_direction, range(self._unsettled, len(self._block_starts)))
        self._unsettled = len(self._block_starts)

    # -- highlights --------------------------------------------------------

    def add_spans(self, spans: Iterable[HighlightSpan]) -> None:
        """Draw many claims at once: the paragraphs on screen now, the others when shown or when the view is idle."""
        self._index_all(spans, self.document(), self._visible_blocks())

    def set_claim_spans(self, claim_id: int, spans: list[HighlightSpan]) -> None:
        """Draw one claim (its content, mention and cue spans); only the paragraphs touched are re-formatted."""
        touched = self._highlights.put(claim_id, spans)
        with self.keeping_scroll():  # a bold mention can re-wrap its paragraph: the text read stays put
            for number in sorted(touched):
                self._format_block(self.document().findBlockByNumber(number))

    def remove_claim(self, claim_id: int) -> None:
        """Remove one claim's highlights."""
        with self.keeping_scroll():
            for number in sorted(self._highlights.drop(claim_id)):
                self._format_block(self.document().findBlockByNumber(number))

    def clear_spans(self) -> None:
        """Remove every highlight (on screen now, elsewhere when shown or when the view is idle)."""
        self._reformat(self._highlights.clear(), self._visible_blocks())

    def spans(self) -> list[HighlightSpan]:
        """Every highlight shown, in text order."""
        return self._highlights.spans()

    def claim_span(self, claim_id: int) -> HighlightSpan | None:
        """The content span of a claim shown here."""
        return self._highlights.claim_span(claim_id)

    def _block_number(self, u16: int) -> int:
        return bisect_right(self._block_starts, u16) - 1

    def _blocks_of(self, span: HighlightSpan) -> range:
        first = self._block_number(self._map.to_utf16(span.start))
        last = self._block_number(max(self._map.to_utf16(span.end) - 1, 0))
        return range(first, last + 1)

    def _index_all(self, spans: Iterable[HighlightSpan], doc: QTextDocument, now: range) -> None:
        self._reformat(self._highlights.put_all(spans), now, doc)

    def _reformat(self, numbers: set[int], now: range, doc: QTextDocument | None = None) -> None:
        """Format the paragraphs ``numbers`` in ``now`` at once and leave the others stale."""
        doc = doc or self.document()
        for number in sorted(numbers):
            if number in now:
                self._stale.discard(number)
                self._format_block(doc.findBlockByNumber(number))
            else:
                self._stale.add(number)
        if self._stale:
            self._formatter.start()

    def _visible_blocks(self) -> range:
        """Numbers of the paragraphs the viewport shows now (with one either side).

        Each paragraph takes a line at least, so a screen never shows more than :data:`MAX_ON_SCREEN` (a bound
        that also holds while Qt is still laying out the text further down).
        """
        rect = self.viewport().rect()
        x = rect.center().x()
        inset = int(self.document().documentMargin()) + 1  # Qt's hit test is unreliable in the margin's edge
        top = self.cursorForPosition(QPoint(x, rect.top() + inset)).block().blockNumber()
        bottom = self.cursorForPosition(QPoint(x, max(rect.bottom() - inset, inset))).block().blockNumber()
        first = max(min(top, bottom) - 1, 0)
        return range(first, min(max(top, bottom) + 2, first + MAX_ON_SCREEN))

    def _format_some(self) -> None:
        """Format the stale paragraphs nearest the viewport, a few per turn, while nothing else happens."""
        if not self._stale:
            self._formatter.stop()
            return
        middle = self._visible_blocks()
        centre = (middle.start + middle.stop) // 2
        doc = self.document()
        for number in sorted(self._stale, key=lambda n: abs(n - centre))[:FORMAT_STEP]:
            self._stale.discard(number)
            self._format_block(doc.findBlockByNumber(number))

    @property
    def formatting(self) -> bool:
        """Whether some paragraphs off screen still wait for their highlight formats."""
        return bool(self._stale)

    def _format_block(self, block: QTextBlock) -> None:
        """Give one paragraph the formats of the highlights on it.

        A paragraph Qt has not laid out yet takes them when it is; one already laid out is marked dirty.
        """
        lo_u16 = block.position()
        lo = self._map.to_code_point(lo_u16)
        hi = self._map.to_code_point(min(lo_u16 + block.length() - 1, self._map.utf16_length), round_up=True)
        here = self._highlights.on_block(block.blockNumber())
        ranges = []
        for start, end, ids in segments(((s.start, s.end, n) for n, s in enumerate(here)), lo, hi):
            u_start, u_end = self._map.range_to_utf16(start, end)
            fr = QTextLayout.FormatRange()
            fr.start = u_start - lo_u16
            fr.length = u_end - u_start
            fr.format = segment_format([here[n] for n in ids])
            ranges.append(fr)
        layout = block.layout()
        laid_out = layout.lineCount() > 0
        layout.setFormats(ranges)
        if laid_out:
            self.document().markContentsDirty(block.position(), block.length())

    # -- selection and hit testing ----------------------------------------

    def selected_range(self) -> tuple[int, int] | None:
        """The selection as code point offsets into the stored text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self._article is None:
            return None
        start, end = self._map.range_to_code_points(cursor.selectionStart(), cursor.selectionEnd())
        return (start, end) if start < end else None

    def span_to_store(self, kind: Kind) -> tuple[int, int] | None:
        """The span a claim, mention or cue made of the selection would store (trimmed, snapped), or None."""
        selected = self.selected_range()
        if selected is None or self._article is None:
            return None
        start, end = span_to_store(self._article.text, *selected, kind, snap_words=snap_words_on())
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        """Select code points ``start..end`` and scroll them into view."""
        u_start, u_end = self._map.range_to_utf16(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(u_start)
        cursor.setPosition(u_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def set_find_marks(self, spans: list[tuple[int, int]], current: int | None = None) -> None:
        """Outline the find bar's matches (code point spans, in order), the ``current``-th one thicker."""
        self._find_marks.set([self._map.range_to_utf16(s, e) for s, e in spans], current)
        self.viewport().update()

    def find_marks(self) -> list[tuple[int, int]]:
        """The find matches outlined now (code point spans)."""
        return [self._map.range_to_code_points(s, e) for s, e in self._find_marks.ranges]

    def set_suggestion_marks(
        self, spans: list[tuple[int, int]], current: int | None = None, *, scroll: bool = True
    ) -> None:
        """Outline suggested claims, mentions and cues (code point spans), dashed; ``current`` (an index into
        ``spans``) thicker and, with ``scroll``, brought into view."""
        self._suggestion_marks.set([self._map.range_to_utf16(s, e) for s, e in spans], current)
        if scroll and current is not None and 0 <= current < len(spans):
            self.scroll_to(spans[current][0])
        self.viewport().update()

    def suggestion_marks(self) -> list[tuple[int, int]]:
        """The suggestion outlines shown now (code point spans, in text order)."""
        return [self._map.range_to_code_points(s, e) for s, e in self._suggestion_marks.ranges]

    def scroll_to(self, position: int) -> None:
        """Bring code point ``position`` into view without changing the selection."""
        u16 = self._map.to_utf16(position)
        block = self.document().findBlock(u16)
        layout = self.document().documentLayout()
        top = layout.blockBoundingRect(block).top()
        bar = self.verticalScrollBar()
        if not bar.value() <= top <= bar.value() + self.viewport().height() - 40:
            bar.setValue(int(max(0.0, top - self.viewport().height() / 3)))

    def claims_at(self, point: QPoint) -> list[int]:
        """Ids of the claims under a viewport point, innermost first."""
        if self._article is None:
            return []
        u16 = self.cursorForPosition(point).position()
        cp = self._map.to_code_point(min(u16, self._map.utf16_length))
        candidates = self._highlights.on_block(self._block_number(u16))
        tuples = [(s.start, s.end, s.id) for s in candidates]
        hits = covering(tuples, cp) or covering(tuples, cp - 1)
        return list(dict.fromkeys(hits))  # a claim once, even when its mention or cue is hit too

    # -- events ------------------------------------------------------------

    def set_context_actions(self, actions: list[QAction]) -> None:
        """Actions offered at the top of the context menu."""
        self._context_actions = actions

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            point = event.position().toPoint()
            hits = self.claims_at(point)
            where = self.viewport().mapToGlobal(point)
            chosen = hits[0] if len(hits) == 1 else choose_claim(self, hits, self.claim_span, where)
            if chosen is not None:
                self.claimActivated.emit(chosen)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hits = self.claims_at(event.pos())
        if hits and not self.textCursor().hasSelection():
            self.claimActivated.emit(hits[0])
        menu = self.createStandardContextMenu(event.pos())
        standard = menu.actions()
        if standard and self._context_actions:
            menu.insertActions(standard[0], self._context_actions)
            menu.insertSeparator(standard[0])
        elif self._context_actions:
            menu.addActions(self._context_actions)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._stale:  # scrolled to paragraphs whose highlights wait: format them before they are drawn
            doc = self.document()
            for number in self._visible_blocks():
                if number in self._stale:
                    self._stale.discard(number)
                    self._format_block(doc.findBlockByNumber(number))
        super().paintEvent(event)
        marks = [m for m in (self._suggestion_marks, self._find_marks) if m.ranges]
        if marks:
            shown = self._visible_blocks()
            doc = self.document()
            first = doc.findBlockByNumber(shown.start).position()
            last_block = doc.findBlockByNumber(min(shown.stop, doc.blockCount()) - 1)
            offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
            painter = QPainter(self.viewport())
            for mark in marks:
                mark.paint(painter, doc, first, last_block.position() + last_block.length(), offset)
            painter.end()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hits = self.claims_at(event.pos())
            if hits:
                tips = [span.tooltip for i in hits if (span := self.claim_span(i)) is not None]
                QToolTip.showText(event.globalPos(), "\n\n".join(tips), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
