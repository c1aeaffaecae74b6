"""The source picker: type-ahead over source names and aliases, or create a new source inline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from annotator import Source
from annotator.storage.models import SOURCE_KINDS
from annotator.text.matching import fold, matches
from ui.i18n.vocabulary import dot, kind_text, list_separator
from ui.widgets.bidi_delegate import BidiDelegate

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Pick:
    """What the user chose: an existing source, or a new one to create."""

    source_id: int | None = None
    new_name: str | None = None
    new_kind: str = "other"


class SourceMatchesModel(QAbstractListModel):
    """Sources matching the typed text (recent first), plus a 'create' row when nothing matches exactly."""

    def __init__(self, sources: list[Source], recent: list[int]) -> None:
        super().__init__()
        self._all = sources
        self._recent = {sid: n for n, sid in enumerate(recent)}
        self._rows: list[Source] = []
        self.create_name: str | None = None
        self.set_query("")

    def set_query(self, query: str) -> None:
        """Filter by ``query`` (Arabic-aware: diacritics and letter variants ignored)."""
        self.beginResetModel()
        q = fold(query.strip())
        hits = [s for s in self._all if matches(query, s.name, *s.aliases)]

        def rank(s: Source) -> tuple[int, int, str]:
            names = [fold(n) for n in (s.name, *s.aliases)]
            starts = 0 if any(n.startswith(q) for n in names) else 1
            return (starts, self._recent.get(s.id, len(self._recent)), fold(s.name))

        self._rows = sorted(hits, key=rank)
        exact = any(fold(n) == q for s in self._all for n in (s.name, *s.aliases))
        self.create_name = " ".join(query.split()) if q and not exact else None
        self.endResetModel()

    def pick_at(self, row: int, kind: str) -> Pick:
        """The pick that row ``row`` stands for."""
        if row < len(self._rows):
            return Pick(source_id=self._rows[row].id)
        return Pick(new_name=self.create_name, new_kind=kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows) + (1 if self.create_name else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if row >= len(self._rows):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("+ New source: {name}").format(name=self.create_name)
            return None
        source = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            aliases = f"  ({list_separator().join(source.aliases)})" if source.aliases else ""
            return f"{source.name}{aliases} {dot()}{kind_text(source.kind)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(source.colour)
        return None


class SourcePicker(QDialog):
    """Modal picker: type to filter, arrows to move, Enter to choose, Esc to cancel."""

    def __init__(
        self, sources: list[Source], recent: list[int], claim_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePicker")
        self.setWindowTitle(self.tr("Attribute claim to source"))
        self.setMinimumWidth(460)
        self.pick: Pick | None = None

        preview = QLabel(_elide(claim_text, 160))
        preview.setWordWrap(True)
        preview.setObjectName("claimPreview")
        self.query = QLineEdit()
        self.query.setObjectName("sourceQuery")
        self.query.setPlaceholderText(self.tr("Type a source name or alias (e.g. The Hill, بوتين)"))
        self.query.setClearButtonEnabled(True)
        self.model = SourceMatchesModel(sources, recent)
        self.list = QListView()
        self.list.setObjectName("sourceList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(BidiDelegate(self.list))
        self.kind = QComboBox()
        self.kind.setObjectName("sourceKind")
        for kind in SOURCE_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData("other"))
        self.kind.setToolTip(self.tr("Kind of a new source"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow(self.tr("Kind of a new source:"), self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(preview)
        layout.addWidget(self.query)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.query.textChanged.connect(self._on_query)
        self.query.installEventFilter(self)
        self.list.doubleClicked.connect(lambda _index: self.accept())
        self._on_query("")
        self.query.setFocus()

    def _on_query(self, text: str) -> None:
        self.model.set_query(text)
        has_rows = self.model.rowCount() > 0
        if has_rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._ok.setEnabled(has_rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid():
            return
        self.pick = self.model.pick_at(index.row(), str(self.kind.currentData()))
        super().accept()


def _elide(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
