"""The article list: titles, claim counts and status, filterable by status."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget

from annotator.project import ArticleSummary
from ui.articles.articles_model import ID_ROLE, STATUS_ROLE, ArticlesModel
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.main_window.project_bridge import ProjectBridge
from ui.widgets.table_view import RowTable

STATUS_FILTERS = (
    (QT_TRANSLATE_NOOP("ArticleList", "All articles"), None),
    (QT_TRANSLATE_NOOP("ArticleList", "To do"), "todo"),
    (QT_TRANSLATE_NOOP("ArticleList", "In progress"), "in_progress"),
    (QT_TRANSLATE_NOOP("ArticleList", "Done"), "done"),
)


class _StatusFilter(QSortFilterProxyModel):
    def __init__(self, model: ArticlesModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self.status: str | None = None
        self.ids: frozenset[int] | None = None
        """Only these articles (the Overview's choice, issue 18); None: any."""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0)
        if self.ids is not None and index.data(ID_ROLE) not in self.ids:
            return False
        return self.status is None or bool(index.data(STATUS_ROLE) == self.status)


class ArticleList(QWidget):
    """Emits ``articleChosen`` when the user moves to another article."""

    articleChosen = Signal(int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePanel")
        self.model = ArticlesModel(bridge)
        self.proxy = _StatusFilter(self.model)
        self.status = QComboBox()
        self.status.setObjectName("articleStatusFilter")
        for label, value in STATUS_FILTERS:
            self.status.addItem(self.tr(label), value)
        self.table = RowTable("articleList", multi=True)
        self.table.setModel(self.proxy)
        self.table.stretch_first_column()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        self.show_all = QPushButton(self.tr("Show all articles"))  # after the Overview chose some (issue 18)
        self.show_all.setObjectName("articlesShowAll")
        self.show_all.setVisible(False)
        self.show_all.clicked.connect(lambda: self.show_only(None))
        layout.addWidget(self.show_all)
        layout.addWidget(self.table)
        self._syncing = False
        self.status.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)

    def ids(self) -> list[int]:
        """Ids of the articles shown (after filtering), in order."""
        return [self._id_at(r) for r in range(self.proxy.rowCount())]

    def summary(self, article_id: int) -> ArticleSummary | None:
        """The article as the list shows it now (its status and version), None if it is not in the list."""
        row = self.model.row_of(article_id)
        return None if row is None else self.model.article_at(row)

    def selected_ids(self) -> list[int]:
        """Ids of the selected articles."""
        return [self._id_at(r) for r in self.table.selected_rows()]

    def select_article(self, article_id: int) -> None:
        """Make this article the current row, without announcing it."""
        row = self.model.row_of(article_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if index.isValid() and self.table.currentIndex().row() != index.row():
            self._syncing = True
            self.table.select_row(index.row())
            self._syncing = False

    def show_only(self, article_ids: Iterable[int] | None) -> None:
        """List only these articles (those of the claims chosen in the Overview); None: every article again."""
        ids = None if article_ids is None else frozenset(article_ids)
        if ids:
            self.model.row_of(max(ids))  # fetched up to the last of them, so all of them are listed
        self.proxy.beginFilterChange()
        self.proxy.ids = ids
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.show_all.setVisible(ids is not None)

    def _id_at(self, proxy_row: int) -> int:
        return self.model.article_at(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()).id

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.articleChosen.emit(self._id_at(current.row()))

    def _filter(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.status = self.status.currentData()
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
