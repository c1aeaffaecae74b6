"""The Sessions dialog (issue 8): each highlighting session and the articles worked on in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from annotator.review.sessions import SessionInfo
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.numbers import number
from ui.i18n.vocabulary import dot
from ui.i18n.words import Words
from ui.widgets.record_table import Index, RecordTableModel
from ui.widgets.table_view import RowTable

SessionText = Words("SessionText")


def minutes(seconds: float) -> str:
    """``1 h 05 min``, ``12 min`` or ``40 s``."""
    if seconds < 60:
        return SessionText.tr("{n} s").format(n=number(round(seconds)))
    whole = round(seconds / 60)
    if whole >= 60:
        return SessionText.tr("{h} h {min} min").format(h=number(whole // 60), min=f"{whole % 60:02d}")
    return SessionText.tr("{n} min").format(n=number(whole))


class SessionsModel(RecordTableModel):
    """One row per session and article worked on (a session without articles: one row)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "Article"),
        QT_TRANSLATE_NOOP("Columns", "Annotator"),
        QT_TRANSLATE_NOOP("Columns", "Started"),
        QT_TRANSLATE_NOOP("Columns", "Ended"),
        QT_TRANSLATE_NOOP("Columns", "Time"),
        QT_TRANSLATE_NOOP("Columns", "Claims"),
    )

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
                return article.title if article else self.tr("(no article)")
            if col == 1:
                return info.annotator or "—"
            if col == 2:
                return self.tr("{time} UTC").format(time=f"{info.started:%Y-%m-%d %H:%M}")
            if col == 3:
                return f"{info.ended:%H:%M}" + (self.tr(" (interrupted: last action)") if info.interrupted else "")
            if col == 4:
                return minutes(article.seconds) if article else ""
            return article.claims if article else 0
        if role == Qt.ItemDataRole.ToolTipRole and col == 3 and info.interrupted:
            return self.tr("The session was not closed (the app stopped); it ends at its last recorded action.")
        return None


class SessionsDialog(QDialog):
    """Lists the sessions of the project, newest first, with totals."""

    def __init__(self, sessions: list[SessionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsDialog")
        self.setWindowTitle(self.tr("Highlighting sessions"))
        self.resize(820, 420)
        self.model = SessionsModel(sessions)
        self.table = RowTable("sessionsTable")
        self.table.setModel(self.model)
        self.table.stretch_first_column()
        total = sum(s.seconds for s in sessions)
        claims = sum(s.claims for s in sessions)
        summary = QLabel(
            self.tr("%n session(s)", "", len(sessions))
            + dot()
            + self.tr("{time} on articles").format(time=minutes(total))
            + dot()
            + self.tr("%n claim(s) made", "", claims)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
