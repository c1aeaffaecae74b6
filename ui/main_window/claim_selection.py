"""The current claim of the main window, kept in step in the claims table, the article's text and the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject

from ui.article.view import ArticleView
from ui.main_window.claims_pane import ClaimsPane


class ClaimSelection(QObject):
    """Which claim is current; choosing one in the table selects its text, clicking one in the text selects its row.

    ``refresh`` runs when the current claim changes (the form and the editing actions follow it), ``chosen``
    after a claim was chosen (the window's actions follow).
    """

    def __init__(
        self, pane: ClaimsPane, view: ArticleView, refresh: Callable[[], None], chosen: Callable[[], None]
    ) -> None:
        super().__init__(pane)
        self._pane, self._view, self._refresh, self._chosen = pane, view, refresh, chosen
        self._current: int | None = None
        self._syncing = False

    @property
    def current(self) -> int | None:
        """The claim selected in the panel or clicked in the text."""
        return self._current

    def forget(self) -> None:
        """No claim is current (it went away with its article), without saving anything for it."""
        self._current = None

    def set_current(self, claim_id: int | None) -> None:
        """Make ``claim_id`` current; a note typed for the claim before it is saved first."""
        form = self._pane.form
        if form.claim is not None and form.claim.id != claim_id:
            form.commit_note()
        self._current = claim_id
        self._refresh()

    def select(self, claim_id: int) -> None:
        """Make a claim current and select its row (every claim of the article listed first)."""
        self._pane.model.finish_loading()
        self.set_current(claim_id)
        self._syncing = True
        self._pane.table.select_row(self.row_of(claim_id))
        self._syncing = False
        self._chosen()

    def on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A row chosen in the table: its claim becomes current and its text is selected."""
        if not current.isValid():
            return
        claim = self._pane.model.claim_at(self._pane.proxy.mapToSource(current).row())
        self.set_current(claim.id)
        if not self._syncing:
            self._view.select_range(claim.start, claim.end)
        self._chosen()

    def row_of(self, claim_id: int) -> int | None:
        """The table row (after filtering) of a claim, if it is shown."""
        model, proxy = self._pane.model, self._pane.proxy
        row = model.row_of(claim_id)
        if row is None:
            return None
        index = proxy.mapFromSource(model.index(row, 0))
        return index.row() if index.isValid() else None

    def step(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) claim in the table, round the ends."""
        rows = self._pane.proxy.rowCount()
        if rows:
            current = self.row_of(self._current) if self._current is not None else None
            row = (step - 1 if step > 0 else rows + step) if current is None else (current + step) % rows
            self._pane.table.select_row(row)
