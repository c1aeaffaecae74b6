"""Table model of the claims of the open article, kept current by change notices.

A long article's claims arrive in two steps: those of its first screen with the article, the rest a moment
later (:meth:`ClaimsModel.finish_loading`), appended in text order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from annotator.storage.changes import Change
from annotator.storage.claim_rows import ClaimRow
from ui.claims.claim_cells import ClaimTableModel
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.vocabulary import quote_text
from ui.main_window.project_bridge import ProjectBridge

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Claim"),
    QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Quote type"),
)


def _key(c: ClaimRow) -> tuple[int, int, int]:
    return (c.start, c.end, c.id)


class ClaimsModel(ClaimTableModel):
    """Rows are the claims of one article in text order."""

    COLUMNS = COLUMNS
    rowsLoaded = Signal(list)  # the ClaimRows appended by finish_loading

    def __init__(self, bridge: ProjectBridge) -> None:
        super().__init__(bridge)
        self._article_id: int | None = None
        self._more: Callable[[], list[ClaimRow]] | None = None
        bridge.changed.connect(self._on_change)
        bridge.sourcesChanged.connect(self._on_sources_changed)

    def set_article(
        self,
        article_id: int | None,
        claims: list[ClaimRow] | None = None,
        more: Callable[[], list[ClaimRow]] | None = None,
    ) -> None:
        """Show the claims of this article (or none); ``claims`` when the caller has read them already.

        ``more`` reads the claims that come after ``claims`` in the text, when the caller read only the
        first screen's; :meth:`finish_loading` calls it.
        """
        self.beginResetModel()
        self._article_id = article_id
        if claims is None:
            claims = self._bridge.project.claim_rows(article_id) if article_id is not None else []
        self._rows = claims
        self._more = more
        self.endResetModel()

    @property
    def loading(self) -> bool:
        """Whether claims after the first screen's are still to be read."""
        return self._more is not None

    def finish_loading(self) -> None:
        """Add the claims not listed yet, each in its place in the text (no-op when all are listed).

        ``more`` reads them all again, so a claim moved above the first screen meanwhile (an undone edit of its
        boundaries) is not missed; those after the last one listed, nearly all, are appended in one step.
        """
        more, self._more = self._more, None
        if more is None:
            return
        known = {c.id for c in self._rows}
        rows = [row for row in more() if row.id not in known]
        last = _key(self._rows[-1]) if self._rows else None
        tail = [row for row in rows if last is None or _key(row) > last]
        for row in rows[: len(rows) - len(tail)]:  # rare: claims that moved up while the rest was being read
            at = bisect_left(self._rows, _key(row), key=_key)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self.endInsertRows()
        if tail:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(tail) - 1)
            self._rows.extend(tail)
            self.endInsertRows()
        self.rowsLoaded.emit(rows)

    def claim_at(self, row: int) -> ClaimRow:
        """The claim shown on ``row``."""
        return self._rows[row]

    def row_of(self, claim_id: int) -> int | None:
        """The row showing this claim, if any."""
        for row, claim in enumerate(self._rows):
            if claim.id == claim_id:
                return row
        return None

    def third_column(self, claim: ClaimRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            kind = quote_text(claim.quote_type)
            return self.tr("{type} · final").format(type=kind) if claim.curated else kind
        return None

    # -- change notices ----------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.entity != "claim" or change.article_id != self._article_id:
            return
        self.finish_loading()  # the rest is read after the change, so it is already in it
        for claim_id in change.ids:
            row = self.row_of(claim_id)
            if change.action == "deleted" and row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            elif change.action == "added" and row is None:
                claim = self._bridge.project.claim_row(claim_id)
                at = bisect_left(self._rows, _key(claim), key=_key)
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows.insert(at, claim)
                self.endInsertRows()
            elif change.action == "changed" and row is not None:
                claim = self._bridge.project.claim_row(claim_id)
                if _key(claim) == _key(self._rows[row]):
                    self._rows[row] = claim
                    self.emit_row_changed(row)
                    continue
                # New boundaries: move the row to its place in the text (a move keeps the selection on it).
                others = self._rows[:row] + self._rows[row + 1 :]
                at = bisect_left(others, _key(claim), key=_key)
                destination = at if at < row else at + 1
                if destination in (row, row + 1):
                    self._rows[row] = claim
                    self.emit_row_changed(row)
                    continue
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
                self._rows = [*others[:at], claim, *others[at:]]
                self.endMoveRows()

    def _on_sources_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
