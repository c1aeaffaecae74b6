"""The export dialog: format, which articles, context columns, and where to write."""

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
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.exports.data import ExportOptions, Scope

FORMATS = (
    ("xlsx", "Excel workbook (.xlsx)"),
    ("csv", "CSV of the claims, UTF-8 (.csv)"),
    ("json", "W3C Web Annotation JSON (.json)"),
    ("qdpx", "REFI-QDA project for QualCoder, MAXQDA, NVivo, ATLAS.ti (.qdpx)"),
)


class ExportDialog(QDialog):
    """Asks what to export and where; ``target()``, ``format()`` and ``options()`` give the answer."""

    def __init__(
        self, default_path: Path, selected_ids: list[int], done_count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export claims")
        self.setMinimumWidth(520)
        self._selected_ids = selected_ids

        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        for key, label in FORMATS:
            self.format_box.addItem(label, key)

        self.scope_all = QRadioButton("All articles")
        self.scope_selected = QRadioButton(f"Selected articles ({len(selected_ids)})")
        self.scope_done = QRadioButton(f"Articles marked done ({done_count})")
        self.scope_all.setChecked(True)
        self.scope_selected.setEnabled(bool(selected_ids))
        self.scope_done.setEnabled(done_count > 0)
        self._scopes = QButtonGroup(self)
        scope_box = QVBoxLayout()
        for button in (self.scope_all, self.scope_selected, self.scope_done):
            self._scopes.addButton(button)
            scope_box.addWidget(button)

        self.context = QCheckBox("Add the text before and after each claim")
        self.context.setChecked(True)
        self.curated = QCheckBox("Only claims accepted as final (curated)")
        self.curated.setObjectName("exportCurated")

        self.path = QLineEdit(str(default_path))
        self.path.setObjectName("exportPath")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("Format:", self.format_box)
        form.addRow("Articles:", scope_box)
        form.addRow("", self.context)
        form.addRow("", self.curated)
        form.addRow("File:", path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self._follow_format)

    def format(self) -> str:
        """The chosen format: xlsx, csv or json."""
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
        )

    def _follow_format(self) -> None:
        self.path.setText(str(self.target()))
        self.context.setEnabled(self.format() != "json")

    def _browse(self) -> None:
        label = dict(FORMATS)[self.format()]
        chosen, _ = QFileDialog.getSaveFileName(self, "Export to", str(self.target()), f"{label} (*.{self.format()})")
        if chosen:
            self.path.setText(chosen)
            self.path.setText(str(self.target()))
