"""An article's details: title, outlet, URL, publication date, status (its text never changes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from annotator import Article
from annotator.storage.models import ARTICLE_STATUSES
from ui.i18n.vocabulary import status_text


class ArticleDialog(QDialog):
    """Form over one article's metadata."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDialog")
        self.setWindowTitle(self.tr("Article details"))
        self.setMinimumWidth(480)
        self._version = article.version
        self.title = QLineEdit(article.title or "")
        self.outlet = QLineEdit(article.outlet or "")
        self.url = QLineEdit(article.url or "")
        self.published = QLineEdit(article.published.isoformat() if article.published else "")
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.status = QComboBox()
        for status in ARTICLE_STATUSES:
            self.status.addItem(status_text(status), status)
        self.status.setCurrentIndex(self.status.findData(article.status))
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Outlet:"), self.outlet)
        form.addRow(self.tr("URL:"), self.url)
        form.addRow(self.tr("Published:"), self.published)
        form.addRow(self.tr("Status:"), self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        """The fields as :meth:`Project.update_article` takes them, with the version they were read at (a change
        another client made meanwhile is refused, not overwritten)."""
        return {
            "expected_version": self._version,
            "title": self.title.text(),
            "outlet": self.outlet.text(),
            "url": self.url.text(),
            "published": self.published.text(),
            "status": str(self.status.currentData()),
        }
