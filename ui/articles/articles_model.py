"""Table model of the project's articles: titles, claim counts and status, fetched a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from annotator.project import ArticleSummary
from annotator.storage.changes import Change
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.vocabulary import status_text
from ui.main_window.project_bridge import ProjectBridge
from ui.widgets.record_table import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Article"),
    QT_TRANSLATE_NOOP("Columns", "Claims"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 500


class ArticlesModel(RecordTableModel):
    """Rows are articles in the order they were added; views pull more rows as they scroll (fetchMore)."""

    COLUMNS = COLUMNS

    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__()
        self._bridge = bridge
        self._rows: list[ArticleSummary] = []
        self._total = bridge.project.article_count()
        self.fetchMore()  # the first page; the rest as the view scrolls
        bridge.changed.connect(self._on_change)

    def article_at(self, row: int) -> ArticleSummary:
        """The article shown on ``row`` (without its text)."""
        return self._rows[row]

    def row_of(self, article_id: int) -> int | None:
        """The row of this article, fetching rows up to it if needed."""
        while True:
            for row, article in enumerate(self._rows):
                if article.id == article_id:
                    return row
            if not self.canFetchMore() or (self._rows and self._rows[-1].id > article_id):
                return None
            self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        page = self._bridge.project.article_summaries(offset=len(self._rows), limit=PAGE)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self._rows[index.row()]
        if role == STATUS_ROLE:
            return article.status
        if role == ID_ROLE:
            return article.id
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return article.title or self.tr("Article {id}").format(id=article.id)
            if index.column() == 2:
                return status_text(article.status)
            return article.claims  # an int: the view writes it in the locale's digits
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [article.title or self.tr("Article {id}").format(id=article.id), article.imported_from or ""]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _refresh(self, article_id: int) -> None:
        row = next((r for r, a in enumerate(self._rows) if a.id == article_id), None)
        if row is not None:
            fresh = self._bridge.project.article_summaries(ids=[article_id])
            if fresh:
                self._rows[row] = fresh[0]
                self.emit_row_changed(row)

    def _on_change(self, change: Change) -> None:
        if change.entity == "article" and change.action == "added":
            self._total += len(change.ids)
            if len(self._rows) + len(change.ids) == self._total:  # everything before was fetched: show them now
                self.fetchMore()
        elif change.entity == "article" and change.action == "changed":
            for article_id in change.ids:
                self._refresh(article_id)
        elif change.entity == "claim" and change.article_id is not None:
            self._refresh(change.article_id)
