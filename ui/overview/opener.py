"""Opening the Overview from the main window (issue 18), and showing the claims of what is clicked there.

The main window makes one :class:`OverviewOpener` and takes its *View → Overview* slot from :meth:`slots`.
The charts, networkx and numpy load only when the Overview is first opened (never at start-up).  A click on a
bar, cell or node filters the claims panel to those claims (every article's) and the article list to their
articles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.articles.article_list import ArticleList
from ui.claims.claims_filter import ClaimsFilterBar
from ui.main_window.project_bridge import ProjectBridge

if TYPE_CHECKING:
    from ui.overview.window import OverviewWindow


class OverviewHost(Protocol):
    """What the opener uses of the main window."""

    @property
    def bridge(self) -> ProjectBridge: ...

    @property
    def claims_filter(self) -> ClaimsFilterBar: ...

    @property
    def article_panel(self) -> ArticleList: ...

    @property
    def side_tabs(self) -> QTabWidget: ...

    @property
    def claims_pane(self) -> QWidget: ...

    def window(self) -> QWidget: ...


class OverviewOpener(QObject):
    """The main window's way to the Overview; ``window`` is None until it is first opened."""

    def __init__(self, host: OverviewHost) -> None:
        super().__init__(host.window())
        self._host = host
        self.window: OverviewWindow | None = None

    def slots(self) -> dict[str, Callable[..., object]]:
        """What the View menu's actions do, by key of the window's action table."""
        return {"overview": self.open}

    def open(self) -> OverviewWindow:
        """Show the Overview (made on first use), raised above the main window."""
        if self.window is None:
            from ui.overview.window import OverviewWindow  # the charts and networkx load here, not at start-up

            host = self._host
            self.window = OverviewWindow(host.bridge, host.article_panel.selected_ids, host.window())
            self.window.chosen.connect(self.show_claims)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def show_claims(self, claim_ids: list[int], article_ids: list[int], what: str) -> None:
        """Filter the claims panel to these claims and the article list to their articles."""
        host = self._host
        host.side_tabs.setCurrentWidget(host.claims_pane)
        host.claims_filter.show_claims(claim_ids, what)
        host.article_panel.show_only(article_ids)
