"""The claims panel over every article (issue 7): search results from the core, a page at a time.

The filter bar's scope menu swaps the open article's claims table for this one.  The text box (debounced by
the bar), source, kind, label and annotator menus become a :class:`~annotator.storage.claim_query.ClaimQuery`
answered by the project's search index; rows are fetched as the view scrolls.  Choosing a row opens its
article in the reader with the claim selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from annotator.storage.changes import Change
from annotator.storage.claim_query import ClaimQuery
from annotator.storage.claim_rows import ClaimRow
from ui.claims.claim_cells import ClaimTableModel, Index
from ui.claims.claims_filter import ClaimsFilterBar
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.numbers import number
from ui.main_window.project_bridge import ProjectBridge
from ui.widgets.table_view import RowTable

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Claim"),
    QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Article"),
)
PAGE = 100
COUNT_CAP = 1_000


class ProjectClaimsModel(ClaimTableModel):
    """Rows are the claims of every article that match the filters, newest first; more as the view scrolls.

    Inactive (the bar shows the open article's claims) it only keeps the filters; it searches when shown.
    """

    COLUMNS = COLUMNS
    countChanged = Signal(str)
    searched = Signal()  # a new first page is in the model

    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__(bridge)
        self._query = ClaimQuery()
        self._titles: dict[int, str | None] = {}
        self._more = False
        self._active = False
        self._stale = True
        self.updating = False
        """True while rows change under the view (not the user's doing)."""
        self._refresh_soon = QTimer(self)  # a burst of change notices (a merge of sources) refreshes once
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._count_soon = QTimer(self)  # counted after the first page is shown
        self._count_soon.setSingleShot(True)
        self._count_soon.setInterval(0)
        self._count_soon.timeout.connect(self._count)
        bridge.changed.connect(self._on_change)
        bridge.sourcesChanged.connect(self._on_sources_changed)

    @property
    def query(self) -> ClaimQuery:
        """The filters as they are now."""
        return self._query

    def set_filter(self, query: ClaimQuery) -> None:
        """Search for ``query`` (again only if it changed; when shown)."""
        if query != self._query:
            self._query = query
            self.search()

    def set_active(self, active: bool) -> None:
        """Shown (search now, if anything changed meanwhile) or hidden (only keep the filters)."""
        self._active = active
        if active and self._stale:
            self.search()

    def search(self) -> None:
        """Show the first page of results for the filters."""
        if not self._active:
            self._stale = True
            return
        self._stale = False
        page = self._bridge.project.search_claims(self._query, limit=PAGE)
        self.updating = True
        self.beginResetModel()
        self._rows, self._titles, self._more = page.rows, dict(page.titles), len(page.rows) == PAGE
        self.endResetModel()
        self.updating = False
        self.searched.emit()
        self._count_soon.start()

    def refresh(self) -> None:
        """Search again after a change, keeping the rows that still match where they are (and so the selection)."""
        if not self._active:
            self._stale = True
            return
        limit = max(len(self._rows), PAGE)
        page = self._bridge.project.search_claims(self._query, limit=limit)
        wanted = {row.id for row in page.rows}
        self.updating = True
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, fresh in enumerate(page.rows):  # both newest first: what is missing goes in at its place
            if row >= len(self._rows) or self._rows[row].id != fresh.id:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, fresh)
                self.endInsertRows()
        self._rows, self._titles, self._more = list(page.rows), dict(page.titles), len(page.rows) == limit
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
        self.updating = False
        self._count_soon.start()

    def claim_at(self, row: int) -> ClaimRow:
        """The claim shown on ``row``."""
        return self._rows[row]

    def row_of(self, claim_id: int) -> int | None:
        """The row showing this claim, among those fetched."""
        return next((row for row, claim in enumerate(self._rows) if claim.id == claim_id), None)

    def title(self, claim: ClaimRow) -> str:
        """The title of the claim's article."""
        return self._titles.get(claim.article_id) or self.tr("Article {id}").format(id=claim.article_id)

    # -- Qt model interface ------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or not self._rows:
            return
        page = self._bridge.project.search_claims(self._query, before=self._rows[-1].id, limit=PAGE)
        self._more = len(page.rows) == PAGE
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._titles.update(page.titles)
            self.endInsertRows()

    def third_column(self, claim: ClaimRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.title(claim)
        return None

    # -- keeping current ---------------------------------------------------

    def _count(self) -> None:
        n = self._bridge.project.count_claims(self._query, COUNT_CAP)
        if n > COUNT_CAP:
            self.countChanged.emit(self.tr("{count}+ claims in all articles").format(count=number(COUNT_CAP)))
        else:
            self.countChanged.emit(self.tr("%n claim(s) in all articles", "", n) if n else self.tr("No claim matches"))

    def _on_change(self, change: Change) -> None:
        if change.entity == "claim" or (change.entity == "article" and change.action == "changed"):
            if self._active:
                self._refresh_soon.start()
            else:
                self._stale = True

    def _on_sources_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))


class ProjectClaimsPanel(QWidget):
    """The table of every article's claims, shown in place of the open article's when the bar says so.

    Emits ``claimChosen`` (a :class:`ClaimRow`) when the user moves to a row or activates it.
    """

    claimChosen = Signal(object)

    def __init__(
        self, bridge: ProjectBridge, bar: ClaimsFilterBar, article_table: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("projectClaims")
        self.model = ProjectClaimsModel(bridge)
        self.table = RowTable("projectClaimsTable")
        self.table.setModel(self.model)
        self.table.stretch_first_column({1: 110, 2: 130})
        self.count = QLabel()
        self.count.setObjectName("projectClaimsCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self._article_table = article_table
        self.model.countChanged.connect(self.count.setText)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.activated.connect(lambda index: self._choose(index.row()))
        bar.set_all_articles_target(self.model)
        bar.scopeChanged.connect(self.show_all_articles)
        self.setVisible(False)

    def show_all_articles(self, on: bool) -> None:
        """Show every article's claims (True) or hand the place back to the open article's table."""
        self._article_table.setVisible(not on)
        self.setVisible(on)
        self.model.set_active(on)

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.model.updating:
            self._choose(current.row())

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.claimChosen.emit(self.model.claim_at(row))
