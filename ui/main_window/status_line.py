"""The open article's line in the status bar: direction, length, claims, status and annotator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from ui.article.view import ArticleView
from ui.i18n.vocabulary import direction_text, dot, status_text
from ui.i18n.words import Words

if TYPE_CHECKING:
    from annotator import Project

StatusText = Words("StatusText")


class ArticleStatusLine(QLabel):
    """A permanent part of the status bar; empty without an article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleStatus")

    def show_state(self, project: Project, view: ArticleView, claims: int) -> None:
        """Say how the article ``view`` shows stands (``claims`` of it listed)."""
        article = view.article
        if article is None:
            self.setText("")
            return
        status = status_text(project.article_status(article.id))
        characters = StatusText.tr("%n character(s)", "", len(article.text))
        count = StatusText.tr("%n claim(s)", "", claims)
        annotator = StatusText.tr("annotator: {name}").format(name=project.annotator or "—")
        self.setText(dot().join((direction_text(article.direction), characters, count, status, annotator)))
