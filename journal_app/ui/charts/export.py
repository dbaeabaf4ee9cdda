"""Saving a chart as PNG or SVG, and painting it as vectors onto any QPainter (SVG, PDF)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from pyqtgraph.exporters import Exporter  # type: ignore[import-untyped]
from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator

from journal_app.ui.charts.base import ChartCanvas
from journal_app.ui.charts.calendar_view import CalendarView

#: Saved PNGs are drawn at this multiple of the on-screen size, sharp on paper and in slides.
PNG_SCALE = 2


class ChartFormat(str, Enum):
    PNG = "png"
    SVG = "svg"

    @classmethod
    def of(cls, path: Path) -> ChartFormat:
        """The format a file name asks for; PNG unless it ends in .svg."""
        return cls.SVG if path.suffix.lower() == ".svg" else cls.PNG


class ChartExportError(OSError):
    """The chart could not be written where the user asked."""


class _VectorExporter(Exporter):
    """Renders a plot's scene in pyqtgraph's export mode, where every mark is a vector.

    pyqtgraph 0.14's SVGExporter fails on the closed paths Qt 6 writes (pyqtgraph#3495), so
    SVG goes through QSvgGenerator instead; the same painting serves a PDF painter.
    """

    def paint(self, painter: QPainter, target: QRectF, background: object) -> None:
        source = QRectF(self.getSourceRect())
        try:
            self.setExportMode(
                True, {"antialias": True, "background": background, "painter": painter}
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self.getScene().render(painter, target, source)
        finally:
            self.setExportMode(False)


def chart_size(view: ChartCanvas | CalendarView) -> QSize:
    """The chart's size in pixels as shown (what a saved file or a page scales from)."""
    if isinstance(view, CalendarView):
        return view.size()
    return view.export_target().boundingRect().size().toSize()


def paint_chart(view: ChartCanvas | CalendarView, painter: QPainter, target: QRectF) -> None:
    """Draw ``view`` into ``target`` of any painter (SVG, PDF, printer) as vectors."""
    if isinstance(view, CalendarView):
        painter.save()
        size = view.size()
        painter.translate(target.topLeft())
        painter.scale(
            target.width() / max(size.width(), 1), target.height() / max(size.height(), 1)
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.paint_calendar(painter, QRectF(0, 0, size.width(), size.height()))
        painter.restore()
        return
    painter.fillRect(target, view.background_colour())
    _VectorExporter(view.export_target()).paint(painter, target, view.background_colour())


def save_chart(view: ChartCanvas | CalendarView, path: Path) -> None:
    """Write ``view`` to ``path`` as PNG or SVG (by its suffix); raise ChartExportError."""
    try:
        if ChartFormat.of(path) is ChartFormat.SVG:
            _save_svg(view, path)
        else:
            _save_png(view, path)
    except OSError as exc:
        raise ChartExportError(str(exc)) from exc
    if not path.is_file() or path.stat().st_size == 0:
        message = QCoreApplication.translate("charts", "Nothing could be written to %1")
        raise ChartExportError(message.replace("%1", str(path)))


def _save_svg(view: ChartCanvas | CalendarView, path: Path) -> None:
    size = chart_size(view)
    # SVG 1.1, not the default 1.2 Tiny: only 1.1 keeps the plots' clipping to their axes.
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    # Axes replay QPictures recorded at the screen's resolution; at another one they shrink.
    generator.setResolution(view.logicalDpiX())
    generator.setTitle(view.accessibleName())
    generator.setDescription("Relief Journal")
    painter = QPainter(generator)
    try:
        paint_chart(view, painter, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()


def _save_png(view: ChartCanvas | CalendarView, path: Path) -> None:
    # Drawn at twice the pixels through the device pixel ratio, not by scaling the scene:
    # text that pyqtgraph keeps unscaled (legends, labels) then grows with everything else.
    size = chart_size(view)
    image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PNG_SCALE)
    painter = QPainter(image)
    try:
        paint_chart(view, painter, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()
    writer = QImageWriter(str(path), QByteArray(b"png"))
    if not writer.write(image):
        raise ChartExportError(writer.errorString())
