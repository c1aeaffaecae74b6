"""File → Restore from backup…: the project's backups with their time, kind and claim counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.storage.backups import Backup
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.numbers import number
from ui.i18n.words import Words

KIND_NAMES = {
    "auto": QT_TRANSLATE_NOOP("BackupText", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("BackupText", "Manual"),
    "before-restore": QT_TRANSLATE_NOOP("BackupText", "Before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("BackupText", "Before an upgrade"),
}
BackupText = Words("BackupText")


def kind_name(kind: str) -> str:
    """A backup's kind as the user reads it."""
    return BackupText.tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def backup_label(backup: Backup) -> str:
    """One line for a backup: 'Automatic backup of 2026-11-29 10:02 (42 claims)'."""
    when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
    claims = BackupText.tr("unreadable") if backup.claims is None else BackupText.tr("%n claim(s)", "", backup.claims)
    return BackupText.tr("{kind} backup of {when} ({claims})").format(
        kind=kind_name(backup.kind), when=when, claims=claims
    )


class RestoreDialog(QDialog):
    """Lists backups newest first; Restore accepts with the selected one."""

    def __init__(self, backups: list[Backup], project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore {name} from a backup").format(name=project_name))
        self.backups = backups
        self.resize(640, 360)
        note = QLabel(
            self.tr(
                "Choose the state to go back to. The current file is kept first, as a “Before a restore” "
                "backup, so a restore can itself be undone."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(len(backups), 5)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("Claims"), self.tr("Articles"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, b in enumerate(backups):
            cells = [
                b.created.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                kind_name(b.kind),
                BackupText.tr("unreadable") if b.claims is None else number(b.claims),
                "" if b.articles is None else number(b.articles),
                self.tr("{size} KB").format(size=number(round(b.size / 1024))),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        self.table.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        if backups:
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def selected_backup(self) -> Backup | None:
        """The backup of the selected row, if it can be read."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        backup = self.backups[rows[0].row()]
        return backup if backup.claims is not None else None
