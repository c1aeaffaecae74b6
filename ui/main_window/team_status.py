"""Team mode in the window: the state of the live connection to the server, the reload after it was lost,
and this window's presence (the article it is on, as the others see it in their article list).

When the listener loses the server, the status bar says so and keeps saying it; a change tried meanwhile is
refused with a message by the core (nothing is half-saved).  When the connection is back, the notices sent
meanwhile are lost, so the window reads again what it shows (the article list, the sources, the open
article's claims), keeping the selected claim and the scroll position, and says that it did.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from annotator.storage.claim_rows import ClaimRow
    from ui.articles.articles_model import ArticlesModel
    from ui.main_window.parts import WindowParts

    class TeamWindow(WindowParts, Protocol):
        """What team mode uses of the main window, beyond its public parts."""

        articles_model: ArticlesModel

        def open_article(self, article_id: int) -> None: ...

        def show_claim(self, claim: ClaimRow) -> None: ...


RECONNECTED_MS = 8000


class TeamStatus(QObject):
    """One per window: says when the server is out of reach, reloads when it is back, tells the presence."""

    serverRequested = Signal(str)  # the user chose a server project to open in place of this one

    def __init__(self, window: TeamWindow) -> None:
        super().__init__(window.window())
        self._window = window
        self.label = QLabel()
        self.label.setObjectName("teamConnection")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        window.bridge.connectionChanged.connect(self._on_connection)
        self.connected = True
        """Whether the live connection to the server is up, as last told."""
        self.reloads = 0
        """How many times the window read everything again after the connection came back."""

    def slots(self) -> dict[str, Callable[..., object]]:
        """The window's team actions, by key of the action table."""
        return {"open_server": self.choose_server}

    def choose_server(self) -> None:
        """File → Open server project…: ask for the address; the window's owner opens it."""
        from ui.main_window.server_dialog import choose_server_project

        address = choose_server_project(self._window.window())
        if address is not None:
            self.serverRequested.emit(address)

    def article_opened(self, article_id: int) -> None:
        """Tell the others which article this window is on."""
        self._window.project.set_current_article(article_id)

    def _on_connection(self, up: bool) -> None:
        self.connected = up
        if not up:
            self.label.setText(
                self.tr("Connection to the server lost: reconnecting… Changes are refused until it is back.")
            )
            self.label.setVisible(True)
            return
        self.label.setVisible(False)
        self.reload()
        self._window.statusBar().showMessage(
            self.tr("Reconnected to the server; the window was read again (others' changes meanwhile included)."),
            RECONNECTED_MS,
        )

    def reload(self) -> None:
        """Read again what the window shows, keeping the open article, the selected claim and the scroll."""
        window = self._window
        self.reloads += 1
        window.bridge.reload_sources()
        window.articles_model.reload()
        article = window.view.article
        if article is None:
            return
        claim, scroll = window.current_claim_id, window.view.verticalScrollBar().value()
        window.open_article(article.id)
        if window.claims_model.loading:
            window.claims_model.finish_loading()
        row = window.claims_model.row_of(claim) if claim is not None else None
        if row is not None:
            window.show_claim(window.claims_model.claim_at(row))
        window.view.verticalScrollBar().setValue(scroll)
