"""Find in the article (Ctrl+F): Arabic-aware matching, every match outlined, Enter for the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from annotator.text.matching import find_all
from ui.article.view import ArticleView
from ui.i18n.numbers import number


class FindBar(QWidget):
    """A bar above the article view; hidden until Ctrl+F."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self._matches: list[tuple[int, int]] = []
        self._index = -1
        self.query = QLineEdit()
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(self.tr("Find in article (diacritics and letter variants ignored)"))
        self.query.setClearButtonEnabled(True)
        self.count = QLabel()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.query.textChanged.connect(self.search)
        self.query.returnPressed.connect(self.next_match)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar and put the cursor in it."""
        self.show()
        self.query.setFocus()
        self.query.selectAll()
        self.search(self.query.text())

    def close_bar(self) -> None:
        """Hide the bar and its marks."""
        self.hide()
        self._view.set_find_marks([])
        self._view.setFocus()

    def search(self, text: str) -> None:
        """Outline every match of ``text`` in the article."""
        article = self._view.article
        self._matches = find_all(article.text, text) if article is not None and text.strip() else []
        self._index = -1
        self._view.set_find_marks(self._matches)
        self.count.setText(self.tr("%n found", "", len(self._matches)) if text.strip() else "")

    def next_match(self) -> None:
        """Select the next match (wrapping round)."""
        if not self._matches:
            return
        self._index = (self._index + 1) % len(self._matches)
        self._view.set_find_marks(self._matches, self._index)
        self._view.select_range(*self._matches[self._index])
        self.count.setText(
            self.tr("{current} of {total}").format(current=number(self._index + 1), total=number(len(self._matches)))
        )

    def matches(self) -> list[tuple[int, int]]:
        """The matches found, as code point spans."""
        return list(self._matches)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
