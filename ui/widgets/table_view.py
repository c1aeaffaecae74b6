"""A read-only, row-selecting table view with right-to-left aware cells."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.widgets.bidi_delegate import BidiDelegate


class RowTable(QTableView):
    """Table of records: whole-row selection, no editing, first column stretched."""

    def __init__(self, object_name: str, parent: QWidget | None = None, *, multi: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(BidiDelegate(self))
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        # Columns fitted to their contents measure the rows in view, not the first thousand (Qt's default),
        # so a table of 5,000 claims fills as fast as one of fifty.
        self.horizontalHeader().setResizeContentsPrecision(0)

    def stretch_first_column(self, widths: dict[int, int] | None = None) -> None:
        """Give spare width to the first column; others get ``widths`` or fit their contents (after setModel)."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model().columnCount()):
            if widths and col in widths:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, widths[col])
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def selected_rows(self) -> list[int]:
        """Rows selected by the user, in order."""
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def select_row(self, row: int | None) -> None:
        """Select (and scroll to) ``row``, or clear the selection for None."""
        if row is None:
            self.clearSelection()
            return
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
