"""File → Open server project…: a team project on a PostgreSQL server, by host, database, user and TLS mode.

The password is never stored: libpq finds it in the password file (``~/.pgpass``) or a service file; if the
server still asks for one, the user is asked for it (for this connection only).  The recent server projects
are remembered without any password.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from annotator import AnnotatorError, Project
from annotator.storage.server_address import SSL_MODES, compose, needs_password, with_password, without_password
from ui.i18n.core_text import error_text

RECENT_KEY = "recentServers"
RECENT_LIMIT = 8


def recent_servers() -> list[str]:
    """The server projects opened lately, newest first (addresses without a password)."""
    value = QSettings().value(RECENT_KEY, [])
    return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]


def remember_server(address: str) -> None:
    """Put ``address`` (its password left out) first among the recent server projects."""
    clean = without_password(address)
    QSettings().setValue(RECENT_KEY, [clean, *[a for a in recent_servers() if a != clean]][:RECENT_LIMIT])


class ServerDialog(QDialog):
    """The fields of a server project's address; :meth:`address` composes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Open server project"))
        self.setMinimumWidth(460)
        self.recent = QComboBox()
        self.recent.setObjectName("serverRecent")
        self.recent.addItem(self.tr("(type the address below)"), "")
        for address in recent_servers():
            self.recent.addItem(address, address)
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("db.example.org (empty: this computer)"))
        self.port = QLineEdit()
        self.port.setObjectName("serverPort")
        self.port.setPlaceholderText("5432")
        self.database = QLineEdit()
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("serverUser")
        self.user.setPlaceholderText(self.tr("your user name on the server"))
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("serverSslMode")
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        note = QLabel(
            self.tr(
                "The password is never stored by Nisba: put it in your password file (~/.pgpass) or a service "
                "file, or type it when the server asks."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Recent:"), self.recent)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("TLS (sslmode):"), self.sslmode)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def address(self) -> str:
        """The address chosen: a recent one, or composed from the fields (InvalidValueError if incomplete)."""
        chosen = str(self.recent.currentData() or "")
        if chosen:
            return chosen
        return compose(
            self.host.text(), self.port.text(), self.database.text(), self.user.text(), str(self.sslmode.currentData())
        )

    def _accept_if_complete(self) -> None:
        try:
            self.address()
        except AnnotatorError as exc:
            QMessageBox.warning(self, self.tr("Open server project"), error_text(exc))
            return
        self.accept()


def open_server_project(parent: QWidget | None, address: str) -> Project | None:
    """Open the server project at ``address``, asking for a password if the server wants one; remembered
    among the recent ones (without the password) once open; None if not opened (the user was told why)."""
    title = QApplication.translate("ServerDialog", "Cannot open server project")
    attempt = address
    for _ in range(3):
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                project = Project.open(attempt)
            finally:
                QApplication.restoreOverrideCursor()
        except AnnotatorError as exc:
            if not needs_password(str(exc)):
                QMessageBox.warning(parent, title, error_text(exc))
                return None
            password, ok = QInputDialog.getText(
                parent,
                QApplication.translate("ServerDialog", "Server password"),
                QApplication.translate("ServerDialog", "Password for {where} (not stored):").format(
                    where=without_password(address)
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            attempt = with_password(address, password)
            continue
        remember_server(address)
        return project
    return None


def choose_server_project(parent: QWidget) -> str | None:
    """Ask for a server project's address (None: cancelled)."""
    dialog = ServerDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.address()
