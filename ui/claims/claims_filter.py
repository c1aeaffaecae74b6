"""Filtering the claims panel by text (Arabic-aware), source, source kind, label and annotator."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from annotator.storage.claim_query import ClaimQuery
from annotator.storage.models import SOURCE_KINDS
from annotator.text.matching import fold
from ui.claims.claims_model import ClaimsModel
from ui.i18n.vocabulary import kind_text
from ui.main_window.project_bridge import ProjectBridge


class ClaimsFilterProxy(QSortFilterProxyModel):
    """Keeps the claims whose text or note holds the words, and that name the source or kind chosen."""

    def __init__(self, claims: ClaimsModel, bridge: ProjectBridge) -> None:
        super().__init__()
        self.setSourceModel(claims)
        self._claims = claims
        self._bridge = bridge
        self._query = ClaimQuery()
        self._text = ""

    def set_filter(self, query: ClaimQuery) -> None:
        """Keep the claims matching ``query`` (its text compared folded, as everywhere)."""
        self.beginFilterChange()
        self._query = query
        self._text = fold(query.text).strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        claim = self._claims.claim_at(source_row)
        q = self._query
        if q.claim_ids is not None and claim.id not in q.claim_ids:
            return False
        if q.source_id is not None and q.source_id not in claim.source_ids:
            return False
        if q.label_id is not None and q.label_id not in claim.label_ids:
            return False
        if q.annotator is not None and claim.annotator != q.annotator:
            return False
        if q.kind is not None:
            kinds = {s.kind for sid in claim.source_ids if (s := self._bridge.source(sid)) is not None}
            if q.kind not in kinds:
                return False
        return not self._text or self._text in fold(claim.text) or self._text in fold(claim.note)


class FilterTarget(Protocol):
    """What the bar filters: the open article's claims (the proxy), or every article's (issue 7)."""

    def set_filter(self, query: ClaimQuery) -> None: ...


class ClaimsFilterBar(QWidget):
    """Text box and menus above the claims table, and whether they filter this article's claims or all."""

    scopeChanged = Signal(bool)  # True: all articles

    def __init__(self, proxy: ClaimsFilterProxy, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimsFilter")
        self._targets: dict[bool, FilterTarget] = {False: proxy}  # by scope: all articles or not
        self._filters = ClaimQuery()  # as applied: typed text counts once the pause after typing is over
        self._bridge = bridge
        self.scope = QComboBox()
        self.scope.setObjectName("claimsScope")
        self.scope.addItem(self.tr("This article"), False)
        self.scope.addItem(self.tr("All articles"), True)
        self.scope.setToolTip(self.tr("Filter the open article's claims, or search the claims of every article"))
        self.text = QLineEdit()
        self.text.setObjectName("claimsFilterText")
        self.text.setPlaceholderText(self.tr("Filter claims…"))
        self.text.setClearButtonEnabled(True)
        self.source = QComboBox()
        self.source.setObjectName("claimsFilterSource")
        self.kind = QComboBox()
        self.kind.setObjectName("claimsFilterKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in SOURCE_KINDS:
            self.kind.addItem(kind_text(kind), kind)
        outer = QVBoxLayout(self)  # the scope and text box on their own row, the menus below
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.text, 1)
        outer.addLayout(top)
        self.chosen = QWidget()  # "Showing the claims chosen in the Overview" (issue 18), with a way back
        self.chosen.setObjectName("claimsChosen")
        chosen = QHBoxLayout(self.chosen)
        chosen.setContentsMargins(0, 0, 0, 0)
        self.chosen_text = QLabel()
        self.chosen_text.setObjectName("claimsChosenText")
        self.chosen_text.setWordWrap(True)
        clear = QToolButton()
        clear.setObjectName("claimsChosenClear")
        clear.setText(self.tr("Show all claims"))
        clear.clicked.connect(self.clear_chosen)
        chosen.addWidget(self.chosen_text, 1)
        chosen.addWidget(clear)
        self.chosen.setVisible(False)
        outer.addWidget(self.chosen)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.kind, 1)
        self.label = QComboBox()
        self.label.setObjectName("claimsFilterLabel")
        layout.addWidget(self.label, 1)
        self.label.currentIndexChanged.connect(lambda _i: self._apply(label_id=self.label.currentData()))
        self.fill_labels()
        self.annotator = QComboBox()
        self.annotator.setObjectName("claimsFilterAnnotator")
        layout.addWidget(self.annotator, 1)
        self.annotator.currentIndexChanged.connect(lambda _i: self._apply(annotator=self.annotator.currentData()))
        self.fill_annotators()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(lambda: self._apply(text=self.text.text()))
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.source.currentIndexChanged.connect(lambda _i: self._apply(source_id=self.source.currentData()))
        self.kind.currentIndexChanged.connect(lambda _i: self._apply(kind=self.kind.currentData()))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        bridge.sourcesChanged.connect(self._fill_sources)
        self._fill_sources()

    @property
    def all_articles(self) -> bool:
        """Whether the claims of every article are shown (else the open article's)."""
        return bool(self.scope.currentData())

    def set_all_articles_target(self, target: FilterTarget) -> None:
        """What the filters apply to when the scope is "All articles" (only the shown scope is filtered)."""
        self._targets[True] = target
        if self.all_articles:
            self._sync()

    def _apply(self, **changes: Any) -> None:
        """Change some filters (``ClaimQuery`` fields) and give the scope shown all of them."""
        self._filters = replace(self._filters, **changes)
        target = self._targets.get(self.all_articles)
        if target is not None:
            target.set_filter(self._filters)

    def _sync(self) -> None:
        self._apply(
            text=self.text.text(),
            source_id=self.source.currentData(),
            kind=self.kind.currentData(),
            label_id=self.label.currentData(),
            annotator=self.annotator.currentData(),
        )

    def _scope_changed(self) -> None:
        self._debounce.stop()
        self._sync()  # the scope shown now gets the filters as they are
        self.scopeChanged.emit(self.all_articles)

    def show_source(self, source_id: int) -> None:
        """Filter by one source."""
        index = self.source.findData(source_id)
        if index >= 0:
            self.source.setCurrentIndex(index)

    def show_claims(self, claim_ids: Iterable[int], what: str) -> None:
        """Show only these claims, of every article (a bar, cell or node chosen in the Overview, issue 18);
        ``what`` says what they are.  The other filters still apply; :meth:`clear_chosen` shows all again."""
        ids = frozenset(claim_ids)
        self.chosen_text.setText(self.tr("%n claim(s) chosen in the Overview: {what}", "", len(ids)).format(what=what))
        self.chosen.setVisible(True)
        self._filters = replace(self._filters, claim_ids=ids)
        if self.all_articles:
            self._apply()
        else:
            self.scope.setCurrentIndex(self.scope.findData(True))  # applies them to every article's claims

    def clear_chosen(self) -> None:
        """Drop the Overview's choice: the filters apply to every claim again."""
        self.chosen.setVisible(False)
        self._apply(claim_ids=None)

    def apply_now(self) -> None:
        """Apply the typed text at once (instead of after the short pause)."""
        self._debounce.stop()
        self._apply(text=self.text.text())

    def fill_labels(self) -> None:
        """List the project's labels in the label menu."""
        items = [(label.name, label.id) for label in self._bridge.project.labels()]
        if _refill(self.label, self.tr("All labels"), items):
            self._apply(label_id=None)

    def fill_annotators(self) -> None:
        """List the annotators who marked claims in the annotator menu (issue 8)."""
        names = self._bridge.project.annotators()
        listed = [self.annotator.itemData(i) for i in range(1, self.annotator.count())]
        if self.annotator.count() and listed == names:
            return
        if _refill(self.annotator, self.tr("All annotators"), [(name, name) for name in names]):
            self._apply(annotator=None)

    def show_annotator(self, name: str | None) -> None:
        """Show only this annotator's claims (None: everyone's)."""
        self.fill_annotators()
        self.annotator.setCurrentIndex(max(self.annotator.findData(name), 0))

    def _fill_sources(self) -> None:
        items = [(src.name, src.id) for src in sorted(self._bridge.sources(), key=lambda src: fold(src.name))]
        if _refill(self.source, self.tr("All sources"), items):
            self._apply(source_id=None)


def _refill(menu: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> bool:
    """Fill a filter menu again, keeping its choice; True when the chosen item is gone (the filter must drop it)."""
    current = menu.currentData()
    menu.blockSignals(True)
    menu.clear()
    menu.addItem(everything, None)
    for text, data in items:
        menu.addItem(text, data)
    index = menu.findData(current)
    menu.setCurrentIndex(max(index, 0))
    menu.blockSignals(False)
    return index < 0 and current is not None
