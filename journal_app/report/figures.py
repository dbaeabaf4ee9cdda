"""Draws a chart figure (journal_app.charts) onto a report page as vectors, in the light theme.

pyqtgraph lays out and draws its axes only inside a view: each figure gets an off-screen
one for as long as it takes to record it.
"""

from __future__ import annotations

import pyqtgraph as pg  # type: ignore[import-untyped]
from pyqtgraph.exporters.Exporter import Exporter  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPicture

from journal_app.charts.figure import ChartFigure

#: Charts are laid out at 96 pixels per inch: one pixel is 0.75 pt on paper.
_PIXELS_PER_POINT = 96 / 72


def laid_out(figure: ChartFigure, target: QRectF) -> pg.GraphicsView:
    """An off-screen view of ``figure`` at the size of ``target`` (in points)."""
    view = pg.GraphicsView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.setCentralItem(figure)
    width = round(target.width() * _PIXELS_PER_POINT)
    view.resize(width, round(target.height() * _PIXELS_PER_POINT))
    figure.fit_legends(width)
    view.show()
    QCoreApplication.sendPostedEvents()
    return view


def draw(view: pg.GraphicsView, painter: QPainter, target: QRectF) -> None:
    """Record the view's figure in export mode (symbols as paths, not cached pixmaps), then
    replay it into ``target``: a QPicture keeps the chart's own 96-dpi text metrics."""
    QCoreApplication.sendPostedEvents()
    item = view.centralWidget
    source = item.sceneBoundingRect()
    picture = QPicture()
    recorder = QPainter(picture)
    recorder.setRenderHint(QPainter.RenderHint.Antialiasing)
    exporter = Exporter(item)
    exporter.setExportMode(True, {"antialias": True, "background": None, "painter": recorder})
    try:
        view.scene().render(recorder, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        exporter.setExportMode(False)
        recorder.end()
    on_device = painter.transform().mapRect(target)
    # Playing a picture back scales it by the device's dots per inch over the picture's own.
    ratio = painter.device().logicalDpiX() / picture.logicalDpiX()
    painter.save()
    painter.resetTransform()
    painter.translate(on_device.topLeft())
    painter.scale(
        on_device.width() / source.width() / ratio, on_device.height() / source.height() / ratio
    )
    painter.drawPicture(0, 0, picture)
    painter.restore()
    # Not close(): pyqtgraph's GraphicsView.close() tears the scene down under live items.
    view.hide()
    view.deleteLater()
