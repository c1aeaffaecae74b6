"""The Sessions dialog (issue 8): each highlighting session and the articles worked on in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from annotator.review.sessions import SessionInfo
from ui.widgets.record_table import Index, RecordTableModel
from ui.widgets.table_view import RowTable


def minutes(seconds: float) -> str:
    """``1 h 05 min``, ``12 min`` or ``40 s``."""
    if seconds < 60:
        return f"{seconds:.0f} s"
    whole = round(seconds / 60)
    return f"{whole // 60} h {whole % 60:02d} min" if whole >= 60 else f"{whole} min"


class SessionsModel(RecordTableModel):
    """One row per session and article worked on (a session without articles: one row)."""

    COLUMNS = ("Article", "Annotator", "Started", "Ended", "Time", "Claims")

    def __init__(self, sessions: list[SessionInfo]) -> None:
        super().__init__()
        self._rows: list[tuple[SessionInfo, int | None]] = []
        for info in reversed(sessions):  # newest first
            self._rows += [(info, i) for i in range(len(info.articles))] or [(info, None)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info, i = self._rows[index.row()]
        article = info.articles[i] if i is not None else None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return article.title if article else "(no article)"
            if col == 1:
                return info.annotator or "—"
            if col == 2:
                return f"{info.started:%Y-%m-%d %H:%M} UTC"
            if col == 3:
                return f"{info.ended:%H:%M}" + (" (interrupted: last action)" if info.interrupted else "")
            if col == 4:
                return minutes(article.seconds) if article else ""
            return article.claims if article else 0
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and info.interrupted:
            return "The session was not closed (the app stopped); it ends at its last recorded action."
        return None


class SessionsDialog(QDialog):
    """Lists the sessions of the project, newest first, with totals."""

    def __init__(self, sessions: list[SessionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsDialog")
        self.setWindowTitle("Highlighting sessions")
        self.resize(820, 420)
        self.model = SessionsModel(sessions)
        self.table = RowTable("sessionsTable")
        self.table.setModel(self.model)
        self.table.stretch_first_column()
        total = sum(s.seconds for s in sessions)
        claims = sum(s.claims for s in sessions)
        count = f"{len(sessions)} session{'s' if len(sessions) != 1 else ''}"
        summary = QLabel(f"{count} · {minutes(total)} on articles · {claims} claim{'s' if claims != 1 else ''} made")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
