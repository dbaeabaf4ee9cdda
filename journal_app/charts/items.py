"""Graphics items that draw many marks in one paint: expected windows and injection lines."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from pyqtgraph.graphicsItems.LegendItem import ItemSample  # type: ignore[import-untyped]
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from journal_app.charts.hatch import Hatch, hatch_brush, paint_hatch

# One item per kind of mark, not one per mark: 80 sessions as pg.LinearRegionItem and
# pg.InfiniteLine cost ~150 ms to build on a 20-year journal, these cost well under 1 ms.

_LABEL_PADDING = 4.0
_LABEL_GAP = 6.0


def cosmetic_pen(colour: QColor, width: float = 1.0, style: Qt.PenStyle | None = None) -> QPen:
    pen = QPen(colour)
    pen.setWidthF(width)
    pen.setCosmetic(True)
    if style is not None:
        pen.setStyle(style)
    return pen


def chart_font(point_size: float = 8.5, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


class _SpanItem(pg.GraphicsObject):
    """Vertical marks at x positions, spanning a fixed y extent (the view's y limits)."""

    def __init__(self, y_extent: tuple[float, float]) -> None:
        super().__init__()
        self._y_low, self._y_high = y_extent
        self._x = np.empty(0)

    def _bounds_x(self) -> tuple[float, float]:
        return float(self._x.min()), float(self._x.max())

    def boundingRect(self) -> QRectF:
        if self._x.size == 0:
            return QRectF()
        low, high = self._bounds_x()
        return QRectF(low, self._y_low, max(high - low, 1.0), self._y_high - self._y_low)

    def _view_x(self) -> tuple[float, float]:
        view = self.getViewBox()
        if view is None:
            low, high = self._bounds_x()
            return low, high
        rect = view.viewRect()
        return rect.left(), rect.right()

    def _view_y(self) -> tuple[float, float]:
        view = self.getViewBox()
        if view is None:
            return self._y_low, self._y_high
        rect = view.viewRect()
        return rect.top(), rect.bottom()


class WindowBands(_SpanItem):
    """Shaded x-spans, e.g. every session's expected onset window, with optional captions;
    hatched too where colour alone would not tell them apart in black and white."""

    def __init__(self, y_extent: tuple[float, float]) -> None:
        super().__init__(y_extent)
        self._spans = np.empty((0, 2))
        self._captions: list[str] = []
        self._brush = QBrush(QColor(0, 0, 0, 40))
        self._edge = QPen(Qt.PenStyle.NoPen)
        self._hatch: QPen | None = None
        self._text = QColor("black")
        self._font = chart_font(8.5)

    def set_spans(self, spans: Sequence[tuple[float, float]], captions: Sequence[str] = ()) -> None:
        self.prepareGeometryChange()
        self._spans = np.array(spans, dtype=float).reshape(-1, 2)
        self._x = self._spans.ravel()
        self._captions = list(captions)
        self.update()

    def spans(self) -> list[tuple[float, float]]:
        return [(float(a), float(b)) for a, b in self._spans]

    def count(self) -> int:
        return len(self._spans)

    def set_colours(
        self,
        fill: QColor,
        edge: QColor | None,
        text: QColor,
        *,
        hatch: QColor | None = None,
        edge_style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        self._brush = QBrush(fill)
        self._edge = (
            cosmetic_pen(edge, 1.0, edge_style) if edge is not None else QPen(Qt.PenStyle.NoPen)
        )
        self._hatch = cosmetic_pen(hatch, 1.0) if hatch is not None else None
        self._text = text
        self.update()

    def paint(self, p: QPainter, *_args: object) -> None:
        if not len(self._spans):
            return
        left, right = self._view_x()
        bottom, top = self._view_y()
        visible = (self._spans[:, 1] >= left) & (self._spans[:, 0] <= right)
        height = top - bottom
        # Upright rectangles need no antialiasing, and filling them without it is far cheaper.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._brush)
        for start, end in self._spans[visible]:
            p.drawRect(QRectF(start, bottom, end - start, height))
        if self._hatch is not None:
            self._paint_hatch(p, self._spans[visible], bottom, top)
            p.setBrush(self._brush)
        if self._edge.style() != Qt.PenStyle.NoPen:
            p.setPen(self._edge)
            edges = self._spans[visible].ravel()
            p.drawLines([QLineF(x, bottom, x, top) for x in edges])
        if self._captions:
            self._paint_captions(p, visible, top)

    def _paint_hatch(self, p: QPainter, spans: np.ndarray, bottom: float, top: float) -> None:
        assert self._hatch is not None
        if not self._exportOpts:
            p.setBrush(hatch_brush(self._hatch))
            for start, end in spans:
                p.drawRect(QRectF(start, bottom, end - start, top - bottom))
            return
        to_device = p.transform()
        p.save()
        p.resetTransform()
        for start, end in spans:
            rect = to_device.mapRect(QRectF(start, bottom, end - start, top - bottom))
            paint_hatch(p, rect.normalized(), self._hatch)
        p.restore()

    def _paint_captions(self, p: QPainter, visible: np.ndarray, top: float) -> None:
        to_device = p.transform()
        metrics = QFontMetricsF(self._font)
        p.save()
        p.resetTransform()
        p.setFont(self._font)
        p.setPen(self._text)
        for i, caption in enumerate(self._captions[: len(self._spans)]):
            if not visible[i]:
                continue
            start, end = self._spans[i]
            a = to_device.map(QPointF(start, top))
            b = to_device.map(QPointF(end, top))
            width = b.x() - a.x()
            if metrics.horizontalAdvance(caption) + 2 * _LABEL_PADDING <= width:
                box = QRectF(a.x(), a.y() + _LABEL_PADDING, width, metrics.height())
                p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption)
        p.restore()


class InjectionMarkers(_SpanItem):
    """A vertical line per session, labelled in up to two rows above the data where room allows."""

    ROWS = 2

    def __init__(self, y_extent: tuple[float, float]) -> None:
        super().__init__(y_extent)
        self._labels: list[str] = []
        self._pen = cosmetic_pen(QColor("purple"), 1.6)
        self._label_fill = QColor(255, 255, 255, 230)
        self._text = QColor("black")
        self._font = chart_font(8.5)
        self.label_top = 3.0  # pixels below the top of the view

    def set_markers(self, positions: Sequence[float], labels: Sequence[str]) -> None:
        self.prepareGeometryChange()
        self._x = np.array(positions, dtype=float)
        self._labels = list(labels)
        self.update()

    def positions(self) -> list[float]:
        return [float(x) for x in self._x]

    def labels(self) -> list[str]:
        return list(self._labels)

    def count(self) -> int:
        return len(self._x)

    def set_colours(self, line: QColor, label_fill: QColor, text: QColor) -> None:
        self._pen = cosmetic_pen(line, 2.0)
        self._label_fill = label_fill
        self._text = text
        self.update()

    def rows_height(self) -> float:
        """Pixels the label rows need above the data."""
        return self.ROWS * (QFontMetricsF(self._font).height() + _LABEL_PADDING + 2) + 4

    def paint(self, p: QPainter, *_args: object) -> None:
        if not len(self._x):
            return
        left, right = self._view_x()
        bottom, top = self._view_y()
        visible = np.flatnonzero((self._x >= left) & (self._x <= right))
        # Without antialiasing every line lands on whole pixels: all equally sharp.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(self._pen)
        p.drawLines([QLineF(self._x[i], bottom, self._x[i], top) for i in visible])
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_labels(p, visible, top)

    def _paint_labels(self, p: QPainter, visible: np.ndarray, top: float) -> None:
        """Labels from the latest back, so that where room runs out an older one gives way;
        a label that would stick out of the view moves left to fit, never cut."""
        to_device = p.transform()
        metrics = QFontMetricsF(self._font)
        row_height = metrics.height() + _LABEL_PADDING
        right_edge = to_device.map(QPointF(self._view_x()[1], top)).x()
        taken_from = [np.inf] * self.ROWS  # device x where each row is taken from
        p.save()
        p.resetTransform()
        p.setFont(self._font)
        for i in visible[::-1]:
            anchor = to_device.map(QPointF(self._x[i], top))
            width = metrics.horizontalAdvance(self._labels[i]) + 2 * _LABEL_PADDING
            x = min(anchor.x() + 3, right_edge - width - 1)
            row = next(
                (r for r in range(self.ROWS) if x + width + _LABEL_GAP <= taken_from[r]), None
            )
            if row is None:
                continue  # no room: the hover read-out still names it
            taken_from[row] = x
            y = anchor.y() + self.label_top + row * (row_height + 2)
            self._paint_label(p, QRectF(x, y, width, row_height), self._labels[i])
        p.restore()

    def _paint_label(self, p: QPainter, box: QRectF, text: str) -> None:
        path = QPainterPath()
        path.addRoundedRect(box, 3, 3)
        p.setPen(cosmetic_pen(self._pen.color(), 1.0))
        p.setBrush(self._label_fill)
        p.drawPath(path)
        p.setPen(self._text)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class HorizontalGrid(pg.GraphicsObject):
    """Horizontal grid lines at fixed values, drawn in one call (the axes' own grid is slow)."""

    def __init__(self, values: Sequence[float] = ()) -> None:
        super().__init__()
        self._values = list(values)
        self._pen = cosmetic_pen(QColor(0, 0, 0, 30))
        self._rect = QRectF()
        self.setZValue(-40)

    def set_values(self, values: Sequence[float]) -> None:
        self._values = list(values)
        self.update()

    def values(self) -> list[float]:
        return list(self._values)

    def set_colour(self, colour: QColor) -> None:
        self._pen = cosmetic_pen(colour)
        self.update()

    def viewRangeChanged(self) -> None:
        view = self.getViewBox()
        if view is not None:
            self.prepareGeometryChange()
            self._rect = view.viewRect()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(self, p: QPainter, *_args: object) -> None:
        rect = self._rect
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(self._pen)
        p.drawLines([QLineF(rect.left(), y, rect.right(), y) for y in self._values])


class LegendSample(ItemSample):
    """A legend swatch drawn from plain pens and brushes; clicking it changes nothing."""

    def __init__(
        self,
        *,
        pen: QPen | None = None,
        brush: QBrush | QColor | None = None,
        symbol: str | None = None,
        shape: str = "line",
        hatch: QPen | None = None,
        hatch_kind: Hatch = Hatch.RISING,
    ) -> None:
        # The sample draws itself from plain pens: it stands for no plot item of its own.
        super().__init__(None)
        self.shown = True
        self.pen = pen if pen is not None else QPen(Qt.PenStyle.NoPen)
        self.brush = QBrush(brush) if brush is not None else QBrush()
        self.symbol = symbol
        self.shape = shape  # "line", "vline" (a vertical mark), "band", "bar" or "symbol"
        self.hatch = hatch  # lines across a band or bar
        self.hatch_kind = hatch_kind

    def take_style(self, other: LegendSample) -> None:
        """Draw as ``other`` does: restyling an entry is cheaper than rebuilding the legend."""
        self.pen, self.brush, self.symbol = other.pen, other.brush, other.symbol
        self.shape, self.shown = other.shape, other.shown
        self.hatch, self.hatch_kind = other.hatch, other.hatch_kind
        self.update()

    def set_shown(self, shown: bool) -> None:
        self.shown = shown
        self.update()

    def paint(self, p: QPainter, *_args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setOpacity(1.0 if self.shown else 0.25)
        if self.shape in ("band", "bar"):
            box = QRectF(4, 3, 12, 15) if self.shape == "band" else QRectF(5, 4, 10, 14)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.brush)
            p.drawRect(box)
            if self.hatch is not None:
                paint_hatch(p, box, self.hatch, 4.0, self.hatch_kind)
            p.setPen(self.pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(box)
        elif self.shape == "symbol":
            p.setPen(self.pen)
            p.setBrush(self.brush)
            self._draw_symbol(p, QPointF(10, 11), 4.5)
        elif self.shape == "vline":
            p.setPen(self.pen)
            p.drawLine(QPointF(10, 2), QPointF(10, 20))
        else:
            p.setPen(self.pen)
            p.drawLine(QPointF(0, 11), QPointF(20, 11))

    def _draw_symbol(self, p: QPainter, centre: QPointF, r: float) -> None:
        # Plain polygons and ellipses: pyqtgraph's SVG export cannot read the closed paths
        # its own drawSymbol() writes.
        x, y = centre.x(), centre.y()
        corners = {
            "d": [(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
            "t": [(x - r, y - r * 0.8), (x + r, y - r * 0.8), (x, y + r * 0.9)],
            "t1": [(x - r, y + r * 0.8), (x + r, y + r * 0.8), (x, y - r * 0.9)],
            "s": [
                (x - r * 0.75, y - r * 0.75),
                (x + r * 0.75, y - r * 0.75),
                (x + r * 0.75, y + r * 0.75),
                (x - r * 0.75, y + r * 0.75),
            ],
        }.get(self.symbol or "o")
        if corners is None:
            p.drawEllipse(centre, r * 0.8, r * 0.8)
        else:
            p.drawPolygon(QPolygonF([QPointF(a, b) for a, b in corners]))

    def mouseClickEvent(self, event: object) -> None:
        return
