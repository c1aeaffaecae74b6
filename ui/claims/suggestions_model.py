"""Table model of the open article's pending suggestions (the core's :class:`Suggestion` values), in the
order the suggester gives them: the suggested claim, its source (the chain, first link first), its score."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from ui.claims.claim_cells import CHAIN_SEPARATOR, Index
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.numbers import number
from ui.i18n.words import Words
from ui.widgets.record_table import RecordTableModel

if TYPE_CHECKING:
    from annotator.suggestions import Suggestion

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Suggested claim"),
    QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Score"),
)

SuggestionText = Words("SuggestionText")


def source_text(item: Suggestion) -> str:
    """Who the suggestion attributes the claim to: every link of its chain, first to last."""
    names = [link.source for link in item.chain if link.source.strip()] or [item.source]
    return CHAIN_SEPARATOR.join(n for n in names if n.strip()) or SuggestionText.tr("(source not named)")


def score_text(score: float) -> str:
    """The rule's confidence as a percentage (90% · ٩٠٪)."""
    return SuggestionText.tr("{n}%").format(n=number(round(score * 100)))


class SuggestionsModel(RecordTableModel):
    """One row per pending suggestion; the window replaces the rows whenever the suggestions change."""

    COLUMNS = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self._items: list[Suggestion] = []

    def set_items(self, items: list[Suggestion]) -> None:
        """Show ``items`` (the suggestions' own list: the same list again changes nothing)."""
        if items is self._items:
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item_at(self, row: int) -> Suggestion:
        """The suggestion on ``row``."""
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return " ".join(item.claim.split())
            return source_text(item) if col == 1 else score_text(item.score)
        if role == Qt.ItemDataRole.ToolTipRole:
            cue = "\n\n" + SuggestionText.tr("Cue: {cue}").format(cue=item.cue) if item.cue else ""
            return item.claim + cue
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return Qt.AlignmentFlag.AlignCenter
        return None
