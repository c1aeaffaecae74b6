"""The claims panel's own section for suggestions: a "Suggestions (N)" header that folds a table of the open
article's pending suggestions away, shown while the suggestions are.

Moving to a row (a click, the arrow keys) selects that suggestion in the text as Tab does; Enter or a
double-click does too and puts the keyboard in the article, where Enter accepts it and X rejects it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ui.claims.suggestions_model import SuggestionsModel
from ui.i18n.numbers import number
from ui.widgets.table_view import RowTable

if TYPE_CHECKING:
    from annotator.suggestions import Suggestion

OPEN_KEY = "suggestions/section_open"
VISIBLE_ROWS = 6


class SuggestionsSection(QWidget):
    """A foldable list of suggestions under the claims table."""

    suggestionChosen = Signal(int)  # the row the user moved to
    suggestionActivated = Signal(int)  # Enter or a double-click: the row, and the keyboard to the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsSection")
        self.model = SuggestionsModel()
        self.header = QToolButton()
        self.header.setObjectName("suggestionsHeader")
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.setToolTip(self.tr("Show or fold the list of suggested attributions"))
        self.table = RowTable("suggestionsTable")
        self.table.setModel(self.model)
        self.table.stretch_first_column({1: 130})
        rows = self.table.verticalHeader().defaultSectionSize() * VISIBLE_ROWS
        self.table.setMaximumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.table)
        self._updating = False
        self.header.setChecked(bool(QSettings().value(OPEN_KEY, True, type=bool)))
        self.header.toggled.connect(self._fold)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.activated.connect(lambda index: self.suggestionActivated.emit(index.row()))
        self._fold(self.header.isChecked())
        self.show_items([], None, False)

    def show_items(self, items: list[Suggestion], current: int | None, shown: bool) -> None:
        """Show the article's suggestions with ``current`` selected; the section only while ``shown``."""
        self._updating = True
        self.model.set_items(items)
        self.table.select_row(current)
        self._updating = False
        self.header.setText(self.tr("Suggestions ({n})").format(n=number(len(items))))
        self.setVisible(shown)

    def _fold(self, open_: bool) -> None:
        QSettings().setValue(OPEN_KEY, open_)
        self.table.setVisible(open_)
        closed = Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else closed)

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._updating:
            self.suggestionChosen.emit(current.row())
