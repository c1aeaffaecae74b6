"""The sources registry: add, edit, merge, delete (each undoable), and filter the claims by a source."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from annotator import AnnotatorError, Project
from ui.i18n.core_text import error_text
from ui.main_window.project_bridge import ProjectBridge
from ui.sources.source_dialog import SourceDialog
from ui.sources.sources_model import SourcesModel
from ui.widgets.table_view import RowTable


class SourcesPanel(QWidget):
    """Table of sources with their counts, and the registry's actions."""

    filterRequested = Signal(int)  # show only this source's claims

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self._project: Project = bridge.project
        self.model = SourcesModel(bridge)
        self.table = RowTable("sourcesTable", multi=True)
        self.table.setModel(self.model)
        self.table.stretch_first_column()
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", self.tr("Add…"), self.add),
            ("edit", self.tr("Edit…"), self.edit_selected),
            ("merge", self.tr("Merge…"), self.merge_selected),
            ("delete", self.tr("Delete…"), self.delete_selected),
            ("filter", self.tr("Show its claims"), self._filter_selected),
        ):
            button = QPushButton(text)
            button.setObjectName(f"sources_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def showEvent(self, event: QShowEvent) -> None:
        self.model.activate()
        super().showEvent(event)

    def selected_ids(self) -> list[int]:
        """Ids of the selected sources."""
        return [self.model.source_at(r).id for r in self.table.selected_rows()]

    def add(self) -> None:
        """Ask for a new source and add it."""
        dialog = SourceDialog(None, self)
        if dialog.exec() == SourceDialog.DialogCode.Accepted:
            try:
                self._project.add_source(dialog.name(), dialog.kind(), dialog.aliases(), dialog.colour())
            except AnnotatorError as exc:
                QMessageBox.warning(self, self.tr("New source"), error_text(exc))

    def edit_selected(self) -> None:
        """Edit the first selected source (undoable)."""
        ids = self.selected_ids()
        if not ids:
            return
        before = self._project.source(ids[0])
        dialog = SourceDialog(before, self)
        if dialog.exec() != SourceDialog.DialogCode.Accepted:
            return
        try:
            self._project.update_source(
                before.id,
                name=dialog.name(),
                kind=dialog.kind(),
                aliases=dialog.aliases(),
                colour=dialog.colour(),
                expected_version=before.version,  # another client's change meanwhile is refused, not overwritten
            )
        except AnnotatorError as exc:
            QMessageBox.warning(self, self.tr("Edit source"), error_text(exc))

    def merge_selected(self) -> None:
        """Merge the selected sources into the one the user keeps (undoable)."""
        ids = self.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(
                self, self.tr("Merge sources"), self.tr("Select the two sources to merge (Ctrl+click).")
            )
            return
        names = [self._project.source(i).name for i in ids]
        keep_name, ok = QInputDialog.getItem(
            self,
            self.tr("Merge sources"),
            self.tr("Keep which source? The other's claims move to it."),
            names,
            0,
            False,
        )
        if not ok:
            return
        keep, drop = (ids[0], ids[1]) if keep_name == names[0] else (ids[1], ids[0])
        self.merge(keep, drop)

    def merge(self, keep_id: int, drop_id: int) -> None:
        """Merge ``drop_id`` into ``keep_id`` (undoable)."""
        drop_name = self._project.source(drop_id).name
        try:
            with self._project.action(self.tr("Merge “{name}”").format(name=drop_name)):
                self._project.merge_sources(keep_id, drop_id)
        except AnnotatorError as exc:
            QMessageBox.warning(self, self.tr("Merge sources"), error_text(exc))

    def delete_selected(self) -> None:
        """Delete the selected source, asking what becomes of its claims (undoable)."""
        ids = self.selected_ids()
        if not ids:
            return
        source = self._project.source(ids[0])
        claims, _articles = self._project.source_usage().get(source.id, (0, 0))
        mode = "detach"
        if claims:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Delete source"),
                self.tr("“{name}” is attributed %n claim(s). What should happen to them?", "", claims).format(
                    name=source.name
                ),
                parent=self,
            )
            keep = box.addButton(self.tr("Keep the claims, without this source"), QMessageBox.ButtonRole.AcceptRole)
            delete = box.addButton(self.tr("Delete the claims too"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (keep, delete):
                return
            mode = "delete" if box.clickedButton() is delete else "detach"
        self.delete(source.id, mode)

    def delete(self, source_id: int, mode: str) -> None:
        """Delete a source; ``mode`` is detach or delete for its claims (undoable)."""
        name = self._project.source(source_id).name
        try:
            with self._project.action(self.tr("Delete source “{name}”").format(name=name)):
                self._project.delete_source(source_id, claims=mode)
        except AnnotatorError as exc:
            QMessageBox.warning(self, self.tr("Delete source"), error_text(exc))

    def _filter_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.filterRequested.emit(ids[0])
