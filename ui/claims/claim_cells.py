"""What a claim shows in a table cell, the same in the article's claims and in every article's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.storage.rows import ClaimRow
from ui.article.highlight_style import UNATTRIBUTED
from ui.i18n.words import Words
from ui.widgets.record_table import RecordTableModel

if TYPE_CHECKING:
    from ui.main_window.project_bridge import ProjectBridge

Index = QModelIndex | QPersistentModelIndex

CHAIN_SEPARATOR = " ← "

CellText = Words("CellText")


class NamedSource(Protocol):
    """What a cell or a highlight shows of a source."""

    @property
    def name(self) -> str: ...

    @property
    def colour(self) -> str: ...


class SourceLookup(Protocol):
    """Sources by id: the open project's (its bridge), or those of the start-up's first screen."""

    def source(self, source_id: int) -> NamedSource | None: ...


def claim_text(claim: ClaimRow) -> str:
    """The claim's text on one line."""
    return " ".join(claim.text.split())


def claim_tooltip(claim: ClaimRow) -> str:
    """The whole text, with the note and the annotator."""
    by = "\n\n" + CellText.tr("Annotator: {name}").format(name=claim.annotator) if claim.annotator else ""
    note = "\n\n" + CellText.tr("Note: {note}").format(note=claim.note) if claim.note else ""
    return claim.text + note + by


def source_names(bridge: SourceLookup, claim: ClaimRow) -> str:
    """The claim's attribution chain as text (first source first)."""
    return CHAIN_SEPARATOR.join(s.name for sid in claim.source_ids if (s := bridge.source(sid)) is not None)


def claim_colour(bridge: SourceLookup, claim: ClaimRow) -> str:
    """The highlight colour of a claim: its first source's colour."""
    first = bridge.source(claim.source_ids[0]) if claim.source_ids else None
    return first.colour if first else UNATTRIBUTED


class ClaimTableModel(RecordTableModel):
    """Claims as rows: the text, then the attribution chain (with the first source's colour); subclasses say
    what the third column holds and how the rows are read."""

    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__()
        self._bridge = bridge
        self._rows: list[ClaimRow] = []

    def source_names(self, claim: ClaimRow) -> str:
        """The claim's attribution chain as text."""
        return source_names(self._bridge, claim)

    def colour(self, claim: ClaimRow) -> str:
        """The highlight colour of a claim: its first source's colour."""
        return claim_colour(self._bridge, claim)

    def third_column(self, claim: ClaimRow, role: int) -> Any:
        """What the third column shows for ``role``."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        claim = self._rows[index.row()]
        col = index.column()
        if col == 2:
            return self.third_column(claim, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return claim_text(claim) if col == 0 else self.source_names(claim) or CellText.tr("(no source)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return claim_tooltip(claim)
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return QColor(self.colour(claim))
        return None
