"""Table model of the project's articles: titles, claim counts and status, fetched a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from annotator.project import ArticleSummary
from annotator.storage.changes import Change
from annotator.storage.presence import Presence
from ui.articles.list_page import PAGE
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.vocabulary import dot, list_separator, status_text
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
PRESENCE_ROLE = Qt.ItemDataRole.UserRole + 3
"""The names of the others on the article now (team mode), a list."""


class ArticlesModel(RecordTableModel):
    """Rows are articles in the order they were added; views pull more rows as they scroll (fetchMore)."""

    COLUMNS = COLUMNS

    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__()
        self._bridge = bridge
        self._rows: list[ArticleSummary] = []
        self._here: dict[int, list[str]] = {}  # article id: the others on it (team mode)
        self._total = bridge.project.article_count()
        self.fetchMore()  # the first page; the rest as the view scrolls
        bridge.changed.connect(self._on_change)
        bridge.presenceChanged.connect(self._on_presence)

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
        here = self._here.get(article.id, [])
        if role == STATUS_ROLE:
            return article.status
        if role == ID_ROLE:
            return article.id
        if role == PRESENCE_ROLE:
            return here
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                title = article.title or self.tr("Article {id}").format(id=article.id)
                return dot().join((title, list_separator().join(here))) if here else title
            if index.column() == 2:
                return status_text(article.status)
            return article.claims  # an int: the view writes it in the locale's digits
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [article.title or self.tr("Article {id}").format(id=article.id), article.imported_from or ""]
            if here:
                names = list_separator().join(here)
                parts.append(self.tr("%n other(s) on this article now: {names}", "", len(here)).format(names=names))
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def reload(self) -> None:
        """Read every article shown again (after a lost connection, whose notices never came)."""
        self.beginResetModel()
        self._rows = []
        self._total = self._bridge.project.article_count()
        self.endResetModel()
        self.fetchMore()

    def _on_presence(self, now: list[Presence]) -> None:
        here: dict[int, list[str]] = {}
        for entry in now:
            if not entry.own and entry.user not in here.get(entry.article_id, []):
                here.setdefault(entry.article_id, []).append(entry.user)
        touched = set(here) | set(self._here)
        self._here = here
        for row, article in enumerate(self._rows):
            if article.id in touched:
                self.emit_row_changed(row)

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
