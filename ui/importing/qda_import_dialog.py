"""File → Import project (REFI-QDA): choose a ``.qdpx``, see what would come in, map its code folders, import.

The preview comes from the core (:meth:`Project.preview_project_import`): the articles (new or already here,
and how their positions were read), the codes that would become sources, labels or quote types, and what
could not be placed.  A folder's role can be changed ("sources" for another tool's speaker codes); the
preview follows.  The import is one undoable action.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator import AnnotatorError, Project
from annotator.exchange.qda_plan import ROLES, role_name
from annotator.project.qda_import import QdaPreview
from ui.i18n.core_text import error_text, say

_FIXED = ("parts", "curation")
"""The roles of Nisba's own folders, which cannot be chosen otherwise."""


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class QdaImportDialog(QDialog):
    """The preview of a ``.qdpx`` import, with a role to choose for each top-level code folder."""

    def __init__(self, project: Project, path: Path, preview: QdaPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qdaImportDialog")
        self.setWindowTitle(self.tr("Import project — {name}").format(name=path.name))
        self.setMinimumSize(720, 560)
        self._project, self._path, self.preview = project, path, preview
        self.origin = QLabel()
        self.articles = _table(
            "qdaArticles",
            [
                self.tr("Article"),
                self.tr("Characters"),
                self.tr("Claims"),
                self.tr("In this project"),
                self.tr("Positions"),
            ],
        )
        self.folders = _table("qdaFolders", [self.tr("Code folder"), self.tr("Its codes become")])
        self.codes = _table("qdaCodes", [self.tr("Code"), self.tr("Folder"), self.tr("Becomes"), ""])
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("qdaProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        parts = (
            self.origin,
            self.articles,
            QLabel(self.tr("Code folders:")),
            self.folders,
            QLabel(self.tr("Codes:")),
            self.codes,
        )
        for widget in parts:
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Not placed, not read, not proven:")))
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self._fill_folders()
        self._show(preview)

    def mapping(self) -> dict[str, str]:
        """The role chosen for each top-level folder whose role can be chosen."""
        out = {}
        for row in range(self.folders.rowCount()):
            box, item = self.folders.cellWidget(row, 1), self.folders.item(row, 0)
            if isinstance(box, QComboBox) and item is not None:
                out[item.text()] = str(box.currentData())
        return out

    def _fill_folders(self) -> None:
        self.folders.setRowCount(len(self.preview.folders))
        for row, (folder, role) in enumerate(self.preview.folders.items()):
            self.folders.setItem(row, 0, QTableWidgetItem(folder))
            if role in _FIXED:
                fixed = self.tr("mention and cue markers") if role == "parts" else say(role_name(role))
                self.folders.setItem(row, 1, QTableWidgetItem(fixed))
                continue
            box = QComboBox()
            box.setObjectName(f"qdaRole:{folder}")
            for choice in ROLES:
                box.addItem(say(role_name(choice)), choice)
            box.setCurrentIndex(ROLES.index(role))
            box.currentIndexChanged.connect(self._remap)
            self.folders.setCellWidget(row, 1, box)

    def _remap(self) -> None:
        try:
            self._show(self._project.preview_project_import(self._path, self.mapping()))
        except AnnotatorError as exc:
            self.problems.setPlainText(error_text(exc))

    def _show(self, preview: QdaPreview) -> None:
        self.preview = preview
        self.origin.setText(self.tr("Written by {tool}").format(tool=preview.origin or self.tr("an unnamed tool")))
        self.articles.setRowCount(len(preview.articles))
        for row, a in enumerate(preview.articles):
            here = self.tr("yes (article {id})").format(id=a.existing_id) if a.existing_id else self.tr("new")
            reading = say(a.reading) if a.proven else self.tr("{reading} (not proven)").format(reading=say(a.reading))
            for column, value in enumerate((say(a.name), f"{a.characters:,}", str(a.claims), here, reading)):
                self.articles.setItem(row, column, QTableWidgetItem(value))
        self.codes.setRowCount(len(preview.codes))
        for row, c in enumerate(preview.codes):
            status = self.tr("already here") if c.exists else self.tr("new")
            for column, value in enumerate((c.name, c.folder, say(c.becomes), status)):
                self.codes.setItem(row, column, QTableWidgetItem(value))
        problems = [self.tr("not placed: {what}").format(what=say(u)) for u in preview.unplaced]
        problems += [self.tr("not read: {what}").format(what=say(s)) for s in preview.skipped]
        problems += [f"“{say(a.name)}”: {say(a.evidence)}" for a in preview.articles if not a.proven]
        self.problems.setPlainText("\n".join(problems) or self.tr("Nothing."))


def import_project(parent: QWidget, project: Project) -> None:
    """File → Import project (REFI-QDA): choose, preview and map, import (one undoable action), report."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("QdaImportDialog", "Import project (REFI-QDA)"),
        str(Path.home()),
        QCoreApplication.translate("QdaImportDialog", "REFI-QDA project (*.qdpx);;All files (*)"),
    )
    if not chosen:
        return
    path = Path(chosen)
    try:
        dialog = QdaImportDialog(project, path, project.preview_project_import(path), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        report = project.import_project(path, dialog.mapping())
    except AnnotatorError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("QdaImportDialog", "Import of project failed"), error_text(exc)
        )
        return
    icon = QMessageBox.Icon.Warning if report.unplaced else QMessageBox.Icon.Information
    title = QCoreApplication.translate("QdaImportDialog", "Import project")
    QMessageBox(icon, title, "\n".join(say(line) for line in report.lines()[:40]), parent=parent).exec()
