"""The export dialog: format, which articles, context columns, and where to write.

An existing file is never replaced without asking: Export asks first (the file chooser's own question is
turned off, so the question comes once, whichever way the name was chosen).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.exports.data import ExportOptions, Scope
from ui.exporting.header_choice import header_language_box
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.numbers import number

FORMATS = (
    ("xlsx", QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV of the claims, UTF-8 (.csv)")),
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation JSON (.json)")),
    ("qdpx", QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA project for QualCoder, MAXQDA, NVivo, ATLAS.ti (.qdpx)")),
)


class ExportDialog(QDialog):
    """Asks what to export and where; ``target()``, ``format()`` and ``options()`` give the answer."""

    def __init__(
        self, default_path: Path, selected_ids: list[int], done_count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export claims"))
        self.setMinimumWidth(520)
        self._selected_ids = selected_ids

        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        for key, label in FORMATS:
            self.format_box.addItem(self.tr(label), key)

        self.scope_all = QRadioButton(self.tr("All articles"))
        self.scope_selected = QRadioButton(self.tr("Selected articles ({n})").format(n=number(len(selected_ids))))
        self.scope_done = QRadioButton(self.tr("Articles marked done ({n})").format(n=number(done_count)))
        self.scope_all.setChecked(True)
        self.scope_selected.setEnabled(bool(selected_ids))
        self.scope_done.setEnabled(done_count > 0)
        self._scopes = QButtonGroup(self)
        scope_box = QVBoxLayout()
        for button in (self.scope_all, self.scope_selected, self.scope_done):
            self._scopes.addButton(button)
            scope_box.addWidget(button)

        self.context = QCheckBox(self.tr("Add the text before and after each claim"))
        self.context.setChecked(True)
        self.curated = QCheckBox(self.tr("Only claims accepted as final (curated)"))
        self.curated.setObjectName("exportCurated")

        self.path = QLineEdit(str(default_path))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Articles:"), scope_box)
        form.addRow("", self.context)
        form.addRow("", self.curated)
        form.addRow(self.tr("File:"), path_row)
        self.headers = header_language_box(self)  # issue 15: headers in the interface's language or English
        form.addRow(self.tr("Column headers:"), self.headers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self._follow_format)

    def accept(self) -> None:
        """Close with the answer, once the user agreed to replace a file already there."""
        target = self.target()
        if target.exists() and not self._replace_agreed(target):
            name = str(target)
            self.path.setText(name)
            self.path.setFocus()
            self.path.setSelection(len(name) - len(target.name), len(target.stem))  # ready for another name
            return
        super().accept()

    def _replace_agreed(self, target: Path) -> bool:
        question = self.tr("{name} already exists in {folder}.\n\nReplace it? The earlier export will be lost.")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Replace file?"),
            question.format(name=target.name, folder=target.parent),
            parent=self,
        )
        box.setObjectName("replaceQuestion")
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        other = box.addButton(self.tr("Choose another name"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        box.setEscapeButton(other)
        box.exec()
        return box.clickedButton() is replace

    def format(self) -> str:
        """The chosen format: xlsx, csv, json or qdpx."""
        return str(self.format_box.currentData())

    def target(self) -> Path:
        """The file to write, with the format's extension."""
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == f".{self.format()}" else path.with_suffix(f".{self.format()}")

    def options(self) -> ExportOptions:
        """The chosen articles and columns."""
        scope: Scope = "all"
        if self.scope_selected.isChecked():
            scope = "selected"
        elif self.scope_done.isChecked():
            scope = "done"
        ids = tuple(self._selected_ids) if scope == "selected" else ()
        return ExportOptions(
            scope=scope,
            article_ids=ids,
            include_context=self.context.isChecked(),
            curated_only=self.curated.isChecked(),
            headers=str(self.headers.currentData()),
        )

    def _follow_format(self) -> None:
        self.path.setText(str(self.target()))
        self.context.setEnabled(self.format() != "json")

    def _browse(self) -> None:
        label = self.tr(dict(FORMATS)[self.format()])
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            str(self.target()),
            f"{label} (*.{self.format()})",
            options=QFileDialog.Option.DontConfirmOverwrite,  # Export asks, once
        )
        if chosen:
            self.path.setText(chosen)
            self.path.setText(str(self.target()))
