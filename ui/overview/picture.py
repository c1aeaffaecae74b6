"""Writing a chart as a picture: a PNG at print resolution or an SVG, drawn by the chart's own painting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

PRINT_DPI = 300
SCREEN_DPI = 96

Paint = Callable[[QPainter, float], None]
"""Draws the picture on a painter, at a scale (device pixels per screen pixel); may end the painter."""


def write_png(path: Path, size: QSize, paint: Paint, dpi: int = PRINT_DPI) -> Path:
    """``size`` screen pixels drawn by ``paint`` at ``dpi``, on white, marked as printed at ``dpi``."""
    scale = dpi / SCREEN_DPI
    image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)  # the image's own 96 dpi while drawing (fonts keep their size), scaled up
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter, scale)
    if painter.isActive():
        painter.end()
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # (the stubs say bytes; PySide takes str)
        raise OSError(f"{path}: the picture could not be written")
    return path


def write_svg(path: Path, size: QSize, title: str, paint: Paint) -> Path:
    """``size`` screen pixels drawn by ``paint`` as SVG (vector: any resolution), on white."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
    paint(painter, 1.0)
    if painter.isActive():
        painter.end()
    if not path.is_file():
        raise OSError(f"{path}: the picture could not be written")
    return path
