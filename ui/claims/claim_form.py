"""The side form of the current claim: its attribution chain, origin, quote type, labels and note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator import Claim, Label, Source
from annotator.storage.models import QUOTE_TYPES
from annotator.text.direction import detect_direction
from ui.i18n.numbers import number
from ui.i18n.vocabulary import list_separator, origin_text, quote_text
from ui.widgets.bidi_delegate import BidiDelegate
from ui.widgets.fonts import article_font

Index = QModelIndex | QPersistentModelIndex


class ChainModel(QAbstractListModel):
    """The links of one claim's attribution chain, first to last."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[Source | None, bool, bool]] = []

    def set_chain(self, rows: list[tuple[Source | None, bool, bool]]) -> None:
        """Rows of (source, has a mention span, has a cue span)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source, mention, cue = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = source.name if source else "?"
            marks = [m for m, on in ((self.tr("mention ✓"), mention), (self.tr("cue ✓"), cue)) if on]
            return f"{number(index.row() + 1)}. {name}" + (f"  ({list_separator().join(marks)})" if marks else "")
        if role == Qt.ItemDataRole.DecorationRole and source is not None:
            return QColor(source.colour)
        return None


class LabelsModel(QAbstractListModel):
    """Every label, checked when the claim carries it; checking one asks for the change."""

    def __init__(self, on_toggle: Any) -> None:
        super().__init__()
        self._labels: list[Label] = []
        self._checked: set[int] = set()
        self._on_toggle = on_toggle

    def set_labels(self, labels: list[Label], checked: list[int]) -> None:
        """Show ``labels``, those in ``checked`` ticked."""
        self.beginResetModel()
        self._labels = labels
        self._checked = set(checked)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._labels)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label = self._labels[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label.name
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(label.colour)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if label.id in self._checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        label = self._labels[index.row()]
        wanted = set(self._checked)
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            wanted.add(label.id)
        else:
            wanted.discard(label.id)
        self._on_toggle([lab.id for lab in self._labels if lab.id in wanted])
        return True


class ClaimForm(QWidget):
    """Shows the current claim; every edit is a request the window turns into an undoable command."""

    quoteTypeChosen = Signal(str)
    noteEdited = Signal(str)
    addSourceRequested = Signal()
    removeLinkRequested = Signal(int)  # position in the chain
    moveLinkRequested = Signal(int, int)  # position, -1 up / +1 down
    mentionRequested = Signal(int)  # position: take the text selection as this link's mention
    cueRequested = Signal(int)
    boundsRequested = Signal()
    labelsChosen = Signal(list)  # label ids
    newLabelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimForm")
        self._claim: Claim | None = None
        self.title = QLabel(self.tr("No claim selected"))
        self.title.setObjectName("claimFormTitle")
        self.text = QLabel()
        self.text.setObjectName("claimFormText")
        self.text.setWordWrap(True)
        self.text.setFont(article_font(12))
        self.chain_model = ChainModel()
        self.chain = QListView()
        self.chain.setObjectName("chainList")
        self.chain.setModel(self.chain_model)
        self.chain.setItemDelegate(BidiDelegate(self.chain))
        self.chain.setMaximumHeight(90)
        self.origin = QLabel()
        self.origin.setObjectName("claimOrigin")
        self.origin.setToolTip(
            self.tr("Where the claim came from: marked by hand, or a suggestion accepted as it was or corrected after")
        )
        self.quote_type = QComboBox()
        self.quote_type.setObjectName("quoteType")
        for code in QUOTE_TYPES:
            self.quote_type.addItem(quote_text(code), code)
        self.labels_model = LabelsModel(self.labelsChosen.emit)
        self.labels = QListView()
        self.labels.setObjectName("labelList")
        self.labels.setModel(self.labels_model)
        self.labels.setItemDelegate(BidiDelegate(self.labels))  # a selected label keeps its true colour
        self.labels.setFlow(QListView.Flow.LeftToRight)
        self.labels.setWrapping(True)
        self.labels.setMaximumHeight(56)
        self.new_label = QPushButton(self.tr("New label…"))
        self.new_label.clicked.connect(self.newLabelRequested.emit)
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteEdit")
        self.note.setPlaceholderText(self.tr("Note (saved when you leave the field, or Ctrl+Enter)"))
        self.note.setMaximumHeight(80)
        self.note.installEventFilter(self)

        buttons = QGridLayout()
        self._buttons: list[QPushButton] = []
        for row, col, text, tip, slot in (
            (
                0,
                0,
                self.tr("Add source…"),
                self.tr("Add a source to the end of the chain"),
                self.addSourceRequested.emit,
            ),
            (
                0,
                1,
                self.tr("Remove"),
                self.tr("Remove the selected source from the chain"),
                lambda: self._emit_pos(self.removeLinkRequested),
            ),
            (
                0,
                2,
                self.tr("Up"),
                self.tr("Move the selected source earlier in the chain"),
                lambda: self._emit_move(-1),
            ),
            (0, 3, self.tr("Down"), self.tr("Move the selected source later in the chain"), lambda: self._emit_move(1)),
            (
                1,
                0,
                self.tr("Mention ← selection"),
                self.tr("The selected text names this source (M)"),
                lambda: self._emit_pos(self.mentionRequested),
            ),
            (
                1,
                1,
                self.tr("Cue ← selection"),
                self.tr("The selected text is the reporting cue (C)"),
                lambda: self._emit_pos(self.cueRequested),
            ),
            (
                1,
                2,
                self.tr("Bounds ← selection"),
                self.tr("Make the selected text the claim (Ctrl+B)"),
                self.boundsRequested.emit,
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button, row, col, 1, 2 if (row, col) == (1, 2) else 1)
            self._buttons.append(button)

        box = QGroupBox(self.tr("Attribution chain (first to last)"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.chain)
        box_layout.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("Origin:"), self.origin)
        form.addRow(self.tr("Quote type:"), self.quote_type)
        labels_row = QHBoxLayout()
        labels_row.addWidget(self.labels, 1)
        labels_row.addWidget(self.new_label)
        form.addRow(self.tr("Labels:"), labels_row)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(box)
        layout.addLayout(form)
        self.quote_type.activated.connect(lambda i: self.quoteTypeChosen.emit(str(self.quote_type.itemData(i))))
        self.show_claim(None, [])

    @property
    def claim(self) -> Claim | None:
        """The claim shown."""
        return self._claim

    def show_claim(
        self, claim: Claim | None, chain: list[tuple[Source | None, bool, bool]], labels: list[Label] | None = None
    ) -> None:
        """Show ``claim`` (or nothing) with its chain rows and the project's labels."""
        self._claim = claim
        self.labels_model.set_labels(labels or [], claim.label_ids if claim else [])
        enabled = claim is not None
        for widget in (self.chain, self.quote_type, self.note, self.labels, self.new_label, *self._buttons):
            widget.setEnabled(enabled)
        if claim is None:
            self.title.setText(self.tr("No claim selected"))
            self.text.setText("")
            self.origin.setText("")
            self.chain_model.set_chain([])
            self.note.setPlainText("")
            return
        flat = " ".join(claim.text.split())
        self.title.setText(
            self.tr("<b>Claim {id}</b> · %n character(s)", "", len(claim.text)).format(id=number(claim.id))
        )
        rtl = detect_direction(flat) == "rtl"
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.text.setText(flat if len(flat) <= 200 else flat[:199] + "…")
        self.origin.setText(origin_text(claim.origin or "manual"))
        current = self.chain.currentIndex().row()
        self.chain_model.set_chain(chain)
        if chain:
            self.chain.setCurrentIndex(self.chain_model.index(min(max(current, 0), len(chain) - 1), 0))
        self.quote_type.setCurrentIndex(self.quote_type.findData(claim.quote_type))
        if not self.note.hasFocus() or self.note.toPlainText() == claim.note:
            self.note.setPlainText(claim.note)

    def selected_position(self) -> int:
        """The chain position selected (the first when none is)."""
        return max(self.chain.currentIndex().row(), 0)

    def _emit_pos(self, signal: Any) -> None:
        if self.chain_model.rowCount():
            signal.emit(self.selected_position())

    def _emit_move(self, step: int) -> None:
        if self.chain_model.rowCount() > 1:
            self.moveLinkRequested.emit(self.selected_position(), step)

    def commit_note(self) -> None:
        """Send the note if it changed."""
        if self._claim is not None and self.note.toPlainText() != self._claim.note:
            self.noteEdited.emit(self.note.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note:
            if event.type() == QEvent.Type.FocusOut:
                self.commit_note()
            elif (
                isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.commit_note()
                return True
        return super().eventFilter(watched, event)
