"""The Claims tab of the main window: the open article's claims (filter bar, table, and the search of every
article's claims in their place) and its pending suggestions in a section of their own, above the form of the
claim selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ui.claims.claim_form import ClaimForm
from ui.claims.claims_filter import ClaimsFilterBar, ClaimsFilterProxy
from ui.claims.claims_model import ClaimsModel
from ui.claims.project_claims import ProjectClaimsPanel
from ui.claims.suggestions_section import SuggestionsSection
from ui.main_window.project_bridge import ProjectBridge
from ui.widgets.table_view import RowTable


class ClaimsPane(QSplitter):
    """The claims list (and the suggestions' section) and the claim form, one above the other."""

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.model = ClaimsModel(bridge)
        self.proxy = ClaimsFilterProxy(self.model, bridge)
        self.filter_bar = ClaimsFilterBar(self.proxy, bridge)
        self.table = RowTable("claimsTable")
        self.table.setModel(self.proxy)
        self.table.stretch_first_column({1: 150})
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table)
        self.project_claims = ProjectClaimsPanel(bridge, self.filter_bar, self.table)  # issue 7
        layout.addWidget(self.project_claims)
        self.suggestions = SuggestionsSection()  # issue 14: filled by the window's suggestions
        layout.addWidget(self.suggestions)
        self.form = ClaimForm()
        self.addWidget(box)
        self.addWidget(self.form)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
