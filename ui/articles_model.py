"""Table model of the project's articles, with their claim counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator import Article
from annotator.events import Change

from .project_bridge import ProjectBridge

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Article", "Claims", "Status")
STATUS_LABELS = {"todo": "to do", "in_progress": "in progress", "done": "done ✓"}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticlesModel(QAbstractTableModel):
    """Rows are articles in the order they were added."""

    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__()
        self._bridge = bridge
        self._articles: list[Article] = bridge.project.articles()
        self._counts: dict[int, int] = bridge.project.claim_counts()
        bridge.changed.connect(self._on_change)

    def article_at(self, row: int) -> Article:
        """The article shown on ``row``."""
        return self._articles[row]

    def row_of(self, article_id: int) -> int | None:
        """The row showing this article, if any."""
        for row, article in enumerate(self._articles):
            if article.id == article_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self._articles[index.row()]
        if role == STATUS_ROLE:
            return article.status
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return article.title or f"Article {article.id}"
            if index.column() == 2:
                return STATUS_LABELS.get(article.status, article.status)
            return self._counts.get(article.id, 0)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [article.title or f"Article {article.id}", article.imported_from or ""]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _on_change(self, change: Change) -> None:
        if change.entity == "article" and change.action == "added":
            new = [self._bridge.project.article(i) for i in change.ids if self.row_of(i) is None]
            if new:
                first = len(self._articles)
                self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
                self._articles.extend(new)
                self.endInsertRows()
        elif change.entity == "article" and change.action == "changed":
            for article_id in change.ids:
                row = self.row_of(article_id)
                if row is not None:
                    self._articles[row] = self._bridge.project.article(article_id)
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        elif change.entity == "claim" and change.article_id is not None and change.action != "changed":
            step = len(change.ids) if change.action == "added" else -len(change.ids)
            self._counts[change.article_id] = self._counts.get(change.article_id, 0) + step
            row = self.row_of(change.article_id)
            if row is not None:
                if change.action == "added" and self._articles[row].status == "todo":
                    self._articles[row] = self._bridge.project.article(change.article_id)  # now in progress
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
