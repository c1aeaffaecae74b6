"""Article → Mark done / Article details…: the open article's status and details, edited on the version the
article list shows (in team mode an edit another client made meanwhile is refused, not overwritten)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator import AnnotatorError, Project
from ui.article.view import ArticleView
from ui.articles.article_dialog import ArticleDialog
from ui.articles.article_list import ArticleList
from ui.i18n.core_text import error_text


class ArticleEditing(QObject):
    """Edits of the open article; ``edited`` runs after each change that was stored (the window's status)."""

    def __init__(
        self, project: Project, view: ArticleView, articles: ArticleList, edited: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._project, self._view, self._articles, self._edited, self._parent = project, view, articles, edited, parent

    def slots(self) -> dict[str, Callable[..., object]]:
        """What the action table's article rows do."""
        return {"article_done": self.toggle_done, "article_details": self.edit_details}

    def toggle_done(self) -> None:
        """Done ↔ in progress, on the status shown."""
        article = self._view.article
        if article is None:
            return
        shown = self._articles.summary(article.id)
        status, version = (shown.status, shown.version) if shown else (self._project.article_status(article.id), None)
        self.edit(article.id, status="in_progress" if status == "done" else "done", expected_version=version)

    def edit_details(self) -> None:
        """The details dialog; what the user accepts is stored."""
        article = self._view.article
        if article is None:
            return
        dialog = ArticleDialog(self._project.article(article.id), self._parent)
        if dialog.exec() == ArticleDialog.DialogCode.Accepted:
            self.edit(article.id, **dialog.values())

    def edit(self, article_id: int, **fields: Any) -> None:
        """Change an article's metadata or status (undoable); a refusal is said in a message box."""
        try:
            self._project.update_article(article_id, **fields)
        except AnnotatorError as exc:
            QMessageBox.warning(self._parent, self.tr("Article details"), error_text(exc))
            return
        self._edited()
