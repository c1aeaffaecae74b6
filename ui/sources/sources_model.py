"""Table model of the sources registry, with how many claims and articles each source has."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator import Source
from annotator.storage.changes import Change
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.vocabulary import kind_text
from ui.main_window.project_bridge import ProjectBridge
from ui.widgets.record_table import RecordTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Aliases"),
    QT_TRANSLATE_NOOP("Columns", "Claims"),
    QT_TRANSLATE_NOOP("Columns", "Articles"),
)


class SourcesModel(RecordTableModel):
    """Every source, by name; counts refresh when claims or sources change."""

    COLUMNS = COLUMNS

    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__()
        self._bridge = bridge
        self._rows: list[Source] = []
        self._usage: dict[int, tuple[int, int]] = {}
        self._stale = True  # counts are read when the registry is first shown, not at start-up
        self.active = False
        bridge.changed.connect(self._on_change)

    def activate(self) -> None:
        """The registry is on screen: read it now if it changed, and keep it current from here on."""
        self.active = True
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the sources and their counts again."""
        self.beginResetModel()
        self._rows = self._bridge.project.sources()
        self._usage = self._bridge.project.source_usage()
        self._stale = False
        self.endResetModel()

    def source_at(self, row: int) -> Source:
        """The source on ``row``."""
        return self._rows[row]

    def row_of(self, source_id: int) -> int | None:
        """The row of a source, if shown."""
        return next((r for r, s in enumerate(self._rows) if s.id == source_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self._rows[index.row()]
        claims, articles = self._usage.get(source.id, (0, 0))
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (source.name, kind_text(source.kind), "، ".join(source.aliases), claims, articles)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(source.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _on_change(self, change: Change) -> None:
        if change.entity in ("source", "claim"):
            if self.active:
                self.reload()
            else:
                self._stale = True
