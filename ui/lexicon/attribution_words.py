"""Claim → Attribution words…: list, add and remove the words the project adds to the suggester's lexicon.

Each add and remove is a core operation (undoable from the window's Edit menu; :mod:`annotator.project.
attribution_words`); the dialog shows the project's words as they are after every change, whoever made it (an
undo, another client).  A refusal (a verb of two words, a word already there) is said under the form.  When
the words change, the open article's suggestions are asked for again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator import AnnotatorError, Project
from annotator.storage.changes import ChangeRecord
from ui.i18n.core_text import error_text
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.main_window.project_bridge import ProjectBridge
from ui.main_window.suggestions import Suggestions

CONTEXT = "AttributionWords"
KIND_NAMES = {
    "verb": QT_TRANSLATE_NOOP("AttributionWords", "Reporting verb"),
    "title": QT_TRANSLATE_NOOP("AttributionWords", "Title before a name"),
    "media": QT_TRANSLATE_NOOP("AttributionWords", "Outlet noun (agency, newspaper)"),
    "organization": QT_TRANSLATE_NOOP("AttributionWords", "Organisation noun"),
    "government": QT_TRANSLATE_NOOP("AttributionWords", "Government noun"),
    "anonymous": QT_TRANSLATE_NOOP("AttributionWords", "Anonymous source noun"),
    "document": QT_TRANSLATE_NOOP("AttributionWords", "Document noun (report, study)"),
    "outlet": QT_TRANSLATE_NOOP("AttributionWords", "Outlet name"),
    "post_cue": QT_TRANSLATE_NOOP("AttributionWords", "Cue after the content (according to)"),
}
"""Each of :data:`annotator.project.attribution_words.KINDS`, as the dialog names it."""


def kind_name(kind: str) -> str:
    """A kind of word in the interface's language (the kind itself when it has no name)."""
    return QCoreApplication.translate(CONTEXT, KIND_NAMES[kind]) if kind in KIND_NAMES else kind


class AttributionWordsDialog(QDialog):
    """The project's words in a table, a form to add one, a button to remove the chosen one."""

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project = bridge.project
        self.setObjectName("attributionWordsDialog")
        self.setWindowTitle(self.tr("Attribution words"))
        self.resize(640, 460)
        intro = QLabel(
            self.tr(
                "Words this project adds to the suggester's own: a reporting verb it does not know, a title, an "
                "outlet noun… The suggestions use them at once."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("attributionWordsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Word"), self.tr("Kind"), self.tr("Forms")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("attributionWordRemove")
        self.remove_button.clicked.connect(self.remove_chosen)
        self.word = self._line("attributionWord", self.tr("ألمح, insinuated, المنسق الأممي"))
        self.kind = QComboBox()
        self.kind.setObjectName("attributionWordKind")
        for kind in KIND_NAMES:
            self.kind.addItem(kind_name(kind), kind)
        self.present = self._line("attributionWordPresent", self.tr("Arabic verbs: يلمح"))
        self.participle = self._line("attributionWordParticiple", self.tr("Arabic verbs: ملمح"))
        self.follows = QCheckBox(self.tr("May &follow its content (…، ألمح الوزير)"))
        self.follows.setObjectName("attributionWordFollows")
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("attributionWordAdd")
        self.add_button.clicked.connect(self.add_from_form)
        self.word.returnPressed.connect(self.add_from_form)
        self.message = QLabel()
        self.message.setObjectName("attributionWordMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Word:"), self.word)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Present:"), self.present)
        form.addRow(self.tr("Pa&rticiple:"), self.participle)
        form.addRow("", self.follows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        adding = QHBoxLayout()
        adding.addStretch(1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.table.itemSelectionChanged.connect(self._chosen)
        bridge.recordTold.connect(self._on_record)
        self.fill()
        self._kind_chosen()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def fill(self) -> None:
        """Show the project's words as they are now."""
        self._ids: list[int] = []
        words = self._project.attribution_words()
        self.table.setRowCount(len(words))
        for row, word in enumerate(words):
            forms = [f for f in (word.present, word.participle) if f]
            if "post" in word.flag_list:
                forms.append(self.tr("may follow its content"))
            cells = (word.word, kind_name(word.kind), "، ".join(forms))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)
                self.table.setItem(row, col, item)
            self._ids.append(word.id)
        self._chosen()

    def _chosen(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def _kind_chosen(self) -> None:
        verb = self.kind.currentData() == "verb"
        for widget in (self.present, self.participle, self.follows):
            widget.setEnabled(verb)

    def add_from_form(self) -> None:
        """Add the word the form describes; on success the form empties for the next one."""
        verb = self.kind.currentData() == "verb"
        try:
            self._project.add_attribution_word(
                self.word.text(),
                str(self.kind.currentData()),
                present=self.present.text().strip() or None if verb else None,
                participle=self.participle.text().strip() or None if verb else None,
                flags=["post"] if verb and self.follows.isChecked() else [],
            )
        except AnnotatorError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Added “{word}”.").format(word=" ".join(self.word.text().split())))
        for edit in (self.word, self.present, self.participle):
            edit.clear()
        self.follows.setChecked(False)
        self.word.setFocus()

    def remove_chosen(self) -> None:
        """Remove the word chosen in the table."""
        rows = {index.row() for index in self.table.selectedIndexes()}
        if not rows:
            return
        item = self.table.item(min(rows), 0)
        word = item.text() if item is not None else ""
        try:
            self._project.remove_attribution_word(self._ids[min(rows)])
        except AnnotatorError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Removed “{word}” (Edit → Undo brings it back).").format(word=word))

    def _on_record(self, record: ChangeRecord) -> None:
        if record.ids("word"):
            self.fill()


class AttributionWords(QObject):
    """The window's part: the action's slot, and fresh suggestions when the words change."""

    def __init__(self, bridge: ProjectBridge, suggestions: Suggestions, parent: QWidget) -> None:
        super().__init__(parent)
        self._bridge, self._suggestions, self._parent = bridge, suggestions, parent
        self.dialog: AttributionWordsDialog | None = None
        bridge.recordTold.connect(self._on_record)

    def slots(self) -> dict[str, Callable[..., object]]:
        """What the action table's row does."""
        return {"attribution_words": self.show_dialog}

    def show_dialog(self) -> AttributionWordsDialog:
        """Open the dialog (non-modal; one per window); returned for tests."""
        if self.dialog is None:
            self.dialog = AttributionWordsDialog(self._bridge, self._parent)
        self.dialog.fill()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _on_record(self, record: ChangeRecord) -> None:
        if record.ids("word") and self._suggestions.shown:
            self._suggestions.refresh()  # every article's suggestions may differ now
