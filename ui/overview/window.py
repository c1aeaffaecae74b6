"""The Overview window (issue 18): the study at a glance, each chart a way into its claims.

A filter row (which articles, which annotator, curated only) and one tab per chart.  Only the chart shown is
counted: after a change to the project the others are marked stale and counted when shown, so a change never
waits for nine queries.  A click on a bar, cell, node or edge emits ``chosen`` with the claim ids it stands for
and their articles; *Export picture…* writes the chart shown as PNG (300 dpi) or SVG.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator import Project
from annotator.review.overview import OverviewFilter, Slice
from annotator.review.overview_counts import Bar
from annotator.storage.changes import ChangeRecord
from ui.i18n.core_text import say
from ui.i18n.vocabulary import kind_text, quote_text
from ui.main_window.project_bridge import ProjectBridge
from ui.overview.bar_chart import BarChart
from ui.overview.chart import Chart
from ui.overview.heat_map import HeatMap
from ui.overview.network_view import NetworkView
from ui.overview.progress_chart import ProgressChart
from ui.overview.timeline_chart import TimelineChart

BAR_CHARTS = ("source", "kind", "quote_type", "outlet", "label")
SCOPES = ("all", "selected", "done")
PERIODS = ("month", "week")
SPLITS = ("kind", "quote_type")


class OverviewWindow(QWidget):
    """Charts of the project's claims; ``selected_articles`` gives the article list's selection."""

    chosen = Signal(object, object, str)  # claim ids, article ids, what they are

    def __init__(
        self, bridge: ProjectBridge, selected_articles: Callable[[], list[int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("overviewWindow")
        self.setWindowTitle(self.tr("Overview — {name}").format(name=say(bridge.project.name)))
        self.resize(1000, 720)
        self._bridge = bridge
        self._selected_articles = selected_articles
        self.articles = QComboBox()
        self.articles.setObjectName("overviewArticles")
        scopes = (self.tr("All articles"), self.tr("Articles selected in the list"), self.tr("Articles marked done"))
        for text, scope in zip(scopes, SCOPES, strict=True):
            self.articles.addItem(text, scope)
        self.annotator = QComboBox()
        self.annotator.setObjectName("overviewAnnotator")
        self.curated = QCheckBox(self.tr("Curated claims only"))
        self.curated.setObjectName("overviewCurated")
        self.period = QComboBox()
        self.period.setObjectName("overviewPeriod")
        for text, period in zip((self.tr("Per month"), self.tr("Per week")), PERIODS, strict=True):
            self.period.addItem(text, period)
        self.split = QComboBox()
        self.split.setObjectName("overviewSplit")
        for text, split in zip((self.tr("By source kind"), self.tr("By quote type")), SPLITS, strict=True):
            self.split.addItem(text, split)
        self.export = QPushButton(self.tr("Export picture…"))
        self.export.setObjectName("overviewExport")
        row = QHBoxLayout()
        for widget in (self.articles, self.annotator, self.curated, self.period, self.split):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.export)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("overviewTabs")
        self.bars = {
            "source": BarChart(self.tr("Claims per source"), self._bar_name),
            "kind": BarChart(self.tr("Attributions per source kind"), self._bar_name),
            "quote_type": BarChart(self.tr("Claims per quote type"), self._bar_name),
            "outlet": BarChart(self.tr("Claims per outlet"), self._bar_name),
            "label": BarChart(self.tr("Claims per label"), self._bar_name),
        }
        tab_titles = {
            "source": self.tr("Sources"),
            "kind": self.tr("Source kinds"),
            "quote_type": self.tr("Quote types"),
            "outlet": self.tr("Outlets"),
            "label": self.tr("Labels"),
        }
        self.heat_map = HeatMap(self.tr("How often each outlet attributes to each source"), self.tr("(no outlet)"))
        self.network = NetworkView(self.tr("Who relays whom"))
        self.timeline = TimelineChart(self.tr("Claims over time (publication date)"), self._series_name)
        self.progress = ProgressChart(self.tr("Progress"))
        self.charts: list[tuple[str, QWidget]] = [(key, chart) for key, chart in self.bars.items()]
        self.charts += [("matrix", self.heat_map), ("network", self.network)]
        self.charts += [("timeline", self.timeline), ("progress", self.progress)]
        titles = {**tab_titles, "matrix": self.tr("Outlets × sources"), "network": self.tr("Network")}
        titles |= {"timeline": self.tr("Over time"), "progress": self.tr("Progress")}
        for key, chart in self.charts:
            chart.chosen.connect(self._on_chosen)  # type: ignore[attr-defined]
            self.tabs.addTab(chart if key == "network" else _scrolled(chart), titles[key])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        self._stale = {key for key, _c in self.charts}
        self._redraw_soon = QTimer(self)  # a burst of changes (an import) redraws once
        self._redraw_soon.setSingleShot(True)
        self._redraw_soon.setInterval(150)
        self._redraw_soon.timeout.connect(self.refresh)
        self._fill_annotators()
        for combo in (self.articles, self.annotator, self.period, self.split):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.curated.toggled.connect(self._filters_changed)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.export.clicked.connect(self._export_dialog)
        bridge.recordTold.connect(self._on_record)
        self.refresh()

    @property
    def project(self) -> Project:
        """The open project."""
        return self._bridge.project

    def where(self) -> OverviewFilter:
        """The filter row as the core's filter."""
        scope = self.articles.currentData()
        ids = tuple(self._selected_articles()) if scope == "selected" else None
        return OverviewFilter(
            article_ids=ids,
            done_only=scope == "done",
            annotator=self.annotator.currentData(),
            curated_only=self.curated.isChecked(),
        )

    def current_key(self) -> str:
        """Which chart is shown."""
        return self.charts[self.tabs.currentIndex()][0]

    def current_chart(self) -> Chart | NetworkView:
        """The chart widget shown."""
        chart = self.charts[self.tabs.currentIndex()][1]
        assert isinstance(chart, Chart | NetworkView)
        return chart

    def refresh(self) -> None:
        """Count and draw the chart shown if it is stale."""
        key = self.current_key()
        if key not in self._stale:
            return
        self._stale.discard(key)
        where = self.where()
        project = self.project
        self.period.setVisible(key == "timeline")
        self.split.setVisible(key == "timeline")
        if key in self.bars:
            self.bars[key].set_data(project.overview_bars(key, where))
        elif key == "matrix":
            self.heat_map.set_data(project.overview_matrix(where))
        elif key == "network":
            self.network.set_data(
                project.overview_network(where), self.tr("{a} relays {b}: {n} claims"), self.tr("{a}: {n} claims")
            )
        elif key == "timeline":
            self.timeline.set_data(
                project.overview_timeline(where, self.period.currentData(), self.split.currentData())
            )
        else:
            self.progress.set_data(project.overview_progress(where))

    def _filters_changed(self) -> None:
        self._stale = {key for key, _c in self.charts}
        self.refresh()

    def _on_record(self, record: ChangeRecord) -> None:
        if any(change.entity in ("claim", "article", "source", "label") for change in record):
            self._stale = {key for key, _c in self.charts}
            self._fill_annotators()
            if self.isVisible():
                self._redraw_soon.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _fill_annotators(self) -> None:
        current = self.annotator.currentData()
        self.annotator.blockSignals(True)
        self.annotator.clear()
        self.annotator.addItem(self.tr("All annotators"), None)
        for name in self.project.annotators():
            self.annotator.addItem(name, name)
        self.annotator.setCurrentIndex(max(self.annotator.findData(current), 0))
        self.annotator.blockSignals(False)

    def _bar_name(self, bar: Bar) -> str:
        if bar.special == "other":
            return {"outlet": self.tr("Other outlets")}.get(self._dimension_of(bar), self.tr("Other sources"))
        if bar.special == "none":
            if bar.slice.no_label:
                return self.tr("(no label)")
            return self.tr("(no outlet)") if bar.slice.outlet is not None else self.tr("(no source)")
        if bar.slice.kind is not None:
            return kind_text(bar.label)
        if bar.slice.quote_type is not None:
            return quote_text(bar.label)
        return bar.label

    @staticmethod
    def _dimension_of(bar: Bar) -> str:
        return "outlet" if bar.slice.other_outlets is not None else "source"

    def _series_name(self, key: str) -> str:
        return kind_text(key) if self.split.currentData() == "kind" else quote_text(key)

    def _on_chosen(self, part: Slice, what: str) -> None:
        where = self.where()
        self.chosen.emit(
            self.project.overview_claim_ids(where, part), self.project.overview_article_ids(where, part), what
        )

    def export_current(self, path: Path) -> Path:
        """Write the chart shown to ``path``: SVG for a .svg name, else PNG at 300 dpi."""
        chart = self.current_chart()
        return chart.export_svg(path) if path.suffix.lower() == ".svg" else chart.export_png(path)

    def _export_dialog(self) -> None:
        folder = Path(str(QSettings().value("export/folder", str(Path.home()))))
        default = folder / f"{self.project.path.stem}-{self.current_key()}.png"
        name, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Export picture"), str(default), self.tr("PNG picture (*.png);;SVG drawing (*.svg)")
        )
        if not name:
            return
        try:
            self.export_current(Path(name))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export picture"), str(exc))


def _scrolled(chart: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(chart)
    return area
