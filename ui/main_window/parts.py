"""What the window's add-ons (review, data safety) may use of the main window: its public parts.

They are typed against this protocol, not against :class:`~ui.main_window.window.MainWindow`, so the window
can build them without an import circle.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar, QWidget

from annotator import Project
from ui.article.view import ArticleView
from ui.claims.claim_form import ClaimForm
from ui.claims.claims_filter import ClaimsFilterBar
from ui.claims.claims_model import ClaimsModel
from ui.main_window.project_bridge import ProjectBridge
from ui.sources.sources_panel import SourcesPanel
from ui.widgets.table_view import RowTable


class WindowParts(Protocol):
    """The public parts of a main window."""

    project: Project
    bridge: ProjectBridge
    view: ArticleView
    claims_model: ClaimsModel
    claims_filter: ClaimsFilterBar
    claims_table: RowTable
    claim_form: ClaimForm
    sources_panel: SourcesPanel
    actions_by_name: dict[str, QAction]
    restoreRequested: SignalInstance

    @property
    def current_claim_id(self) -> int | None: ...

    def window(self) -> QWidget:
        """The main window itself, as a widget (the parent of dialogs)."""
        ...

    def statusBar(self) -> QStatusBar: ...

    def setWindowTitle(self, title: str) -> None: ...

    def add_banner(self, banner: QWidget) -> None: ...

    def refresh_highlights(self) -> None: ...
