"""Moving about the main window from the keyboard: to the next article, to the Sources tab, to the claims of a
source, into the current claim's labels or note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QTabWidget

from ui.article.view import ArticleView

if TYPE_CHECKING:
    from ui.articles.article_list import ArticleList
    from ui.claims.claim_form import ClaimForm
    from ui.claims.claims_filter import ClaimsFilterBar
    from ui.main_window.claims_pane import ClaimsPane
    from ui.sources.sources_panel import SourcesPanel


class NavigatedWindow(Protocol):
    """The parts of the main window these moves use."""

    view: ArticleView
    article_panel: ArticleList
    side_tabs: QTabWidget
    claims_pane: ClaimsPane
    claims_filter: ClaimsFilterBar
    claim_form: ClaimForm
    sources_panel: SourcesPanel

    @property
    def current_claim_id(self) -> int | None: ...

    def open_article(self, article_id: int) -> None: ...


def step_article(window: NavigatedWindow, step: int) -> None:
    """Open the next (``step`` 1) or previous (-1) article of the list, round the ends."""
    ids = window.article_panel.ids()
    article = window.view.article
    if ids:
        row = ids.index(article.id) if article is not None and article.id in ids else -step
        window.open_article(ids[(row + step) % len(ids)])


def show_sources(window: NavigatedWindow) -> None:
    """The Sources tab, with the keyboard in its table."""
    window.side_tabs.setCurrentWidget(window.sources_panel)
    window.sources_panel.table.setFocus()


def filter_by_source(window: NavigatedWindow, source_id: int) -> None:
    """The Claims tab, listing only the claims of this source."""
    window.side_tabs.setCurrentWidget(window.claims_pane)
    window.claims_filter.show_source(source_id)


def focus_labels(window: NavigatedWindow) -> None:
    """The keyboard into the current claim's labels (on the first, if none is current)."""
    form = window.claim_form
    if window.current_claim_id is not None:
        form.labels.setFocus()
        if not form.labels.currentIndex().isValid() and form.labels_model.rowCount():
            form.labels.setCurrentIndex(form.labels_model.index(0, 0))


def focus_note(window: NavigatedWindow) -> None:
    """The keyboard into the current claim's note."""
    if window.current_claim_id is not None:
        window.claim_form.note.setFocus()
