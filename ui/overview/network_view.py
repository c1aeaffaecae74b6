"""The attribution network (issue 18): sources as nodes sized by their claims and coloured by kind, an arrow from
the source that relays to the one relayed, as thick as the claims; zoomable (wheel, +/-), labels that never pile up.

The layout is networkx's force-directed ``spring_layout`` (Fruchterman-Reingold; under 500 nodes it needs numpy
only), seeded, so the same numbers draw the same picture.  Labels: the largest nodes first, each shown only where
it overlaps no label already placed at the current zoom; zooming in makes room for more.
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from annotator.review.overview_counts import Bar
from annotator.review.overview_trends import Network
from ui.overview.chart import KIND_COLOURS, PLAIN
from ui.overview.picture import PRINT_DPI, write_png, write_svg

SPREAD = 900.0
"""The layout's size in scene units."""
SLICE_ROLE = 0


class NetworkView(QGraphicsView):
    """The network's scene; a click on a node or an edge emits ``chosen`` (its Slice, what it is)."""

    chosen = Signal(object, str)

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("overviewNetwork")
        self.title = title
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("white"))
        self.data: Network | None = None
        self.labels: list[tuple[QGraphicsSimpleTextItem, float]] = []  # each with its node's size

    def set_data(self, data: Network, edge_text: str, node_text: str) -> None:
        """Lay out and draw the network; ``edge_text``/``node_text`` are tooltip templates ({a}, {b}, {n})."""
        self.data = data
        scene = self.scene()
        scene.clear()
        self.labels = []
        if not data.nodes:
            scene.addSimpleText(self.tr("No sources to show"))
            return
        graph = nx.DiGraph()
        for node in data.nodes:
            graph.add_node(node.slice.source_id)
        for edge in data.edges:
            graph.add_edge(edge.relayer, edge.relayed, weight=edge.claims)
        k = 2.2 / math.sqrt(max(len(data.nodes), 1))
        place = nx.spring_layout(graph.to_undirected(), k=k, seed=18, iterations=120, method="force")
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            place = {n: (-x, y) for n, (x, y) in place.items()}  # mirrored: the reading order of the whole
        largest = max(node.count for node in data.nodes) or 1
        radius = {n.slice.source_id: 6 + 30 * math.sqrt(n.count / largest) for n in data.nodes}
        at = {n: QPointF(x * SPREAD / 2, y * SPREAD / 2) for n, (x, y) in place.items()}
        heaviest = max((e.claims for e in data.edges), default=1)
        names = {n.slice.source_id: n.label for n in data.nodes}
        for edge in data.edges:
            tip = edge_text.format(a=names[edge.relayer], b=names[edge.relayed], n=edge.claims)
            for part in self._edge(
                at[edge.relayer], at[edge.relayed], radius[edge.relayed], 1 + 6 * edge.claims / heaviest
            ):
                part.setData(SLICE_ROLE, (edge.slice, tip))
                part.setToolTip(tip)
        for node in sorted(data.nodes, key=lambda n: -n.count):
            self._node(node, at[node.slice.source_id], radius[node.slice.source_id], node_text)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.place_labels()

    def _edge(self, a: QPointF, b: QPointF, end_radius: float, thickness: float) -> list[QGraphicsItem]:
        line = QLineF(a, b)
        if line.length() < 1:
            return []
        tip = line.pointAt(max(0.0, 1 - (end_radius + 2) / line.length()))
        shaft = QGraphicsLineItem(QLineF(a, tip))
        shaft.setPen(QPen(QColor(90, 90, 90, 110), thickness))
        self.scene().addItem(shaft)
        angle = math.atan2(tip.y() - a.y(), tip.x() - a.x())
        size = 7 + thickness
        head = QPolygonF(
            [
                tip,
                tip - QPointF(math.cos(angle - 0.4) * size, math.sin(angle - 0.4) * size),
                tip - QPointF(math.cos(angle + 0.4) * size, math.sin(angle + 0.4) * size),
            ]
        )
        arrow = QGraphicsPolygonItem(head)
        arrow.setBrush(QColor(90, 90, 90, 160))
        arrow.setPen(Qt.PenStyle.NoPen)
        self.scene().addItem(arrow)
        return [shaft, arrow]

    def _node(self, node: Bar, at: QPointF, r: float, node_text: str) -> None:
        circle = QGraphicsEllipseItem(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        circle.setBrush(QBrush(QColor(KIND_COLOURS.get(node.kind or "", PLAIN))))
        circle.setPen(QPen(QColor("white"), 1.5))
        circle.setZValue(1)
        tip = node_text.format(a=node.label, n=node.count)
        circle.setToolTip(tip)
        circle.setData(SLICE_ROLE, (node.slice, tip))
        self.scene().addItem(circle)
        label = QGraphicsSimpleTextItem(node.label)
        font = QFont(self.font())
        label.setFont(font)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # readable at any zoom
        width = QFontMetricsF(font).horizontalAdvance(node.label)
        label.setPos(at.x(), at.y() + r)
        label.setTransform(QTransform.fromTranslate(-width / 2, 2))  # centred under the node, in screen pixels
        label.setZValue(2)
        label.setBrush(QColor("#1a1a1a"))
        self.scene().addItem(label)
        self.labels.append((label, r))

    def place_labels(self) -> None:
        """Show the labels of the largest nodes first, each only where it overlaps none shown at this zoom."""
        taken: list[QRectF] = []
        for label, _r in self.labels:  # already largest first
            anchor = QPointF(self.mapFromScene(label.pos())) + QPointF(label.transform().dx(), label.transform().dy())
            box = QRectF(anchor, label.boundingRect().size())
            free = not any(box.intersects(other) for other in taken)
            label.setVisible(free)
            if free:
                taken.append(box.adjusted(-3, -1, 3, 1))

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` (labels re-placed: more room, more names)."""
        self.scale(factor, factor)
        self.place_labels()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.data is not None and self.data.nodes:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.place_labels()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for item in self.items(event.position().toPoint()):
            data = item.data(SLICE_ROLE)
            if data:
                self.chosen.emit(data[0], data[1])
                return
        super().mousePressEvent(event)

    def node_point(self, source_id: int) -> QPointF | None:
        """Where a source's node is on screen (for tests and tools)."""
        for item in self.scene().items():
            data = item.data(SLICE_ROLE)
            if isinstance(item, QGraphicsEllipseItem) and data and data[0].source_id == source_id:
                return QPointF(self.mapFromScene(item.rect().center()))
        return None

    # -- export ------------------------------------------------------------------------------------

    def export_size(self) -> QSize:
        """The exported picture: the view's size (at least 800 x 600 screen pixels)."""
        return QSize(max(self.viewport().width(), 800), max(self.viewport().height(), 600))

    def export_png(self, path: Path, dpi: int = PRINT_DPI) -> Path:
        """The view as shown (zoom, labels), as a PNG at ``dpi``."""
        size = self.export_size()
        return write_png(path, size, lambda painter, scale: self._render(painter, size, scale), dpi)

    def export_svg(self, path: Path) -> Path:
        """The view as shown, as SVG."""
        size = self.export_size()
        return write_svg(path, size, self.title, lambda painter, scale: self._render(painter, size, scale))

    def _render(self, painter: QPainter, size: QSize, scale: float) -> None:
        target = QRectF(0, 0, size.width() * scale, size.height() * scale)
        self.render(painter, target, self.viewport().rect())
