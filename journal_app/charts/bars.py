"""Upright bars drawn in one paint, each with its own fill, and hatching or an outline where
asked: a partial month or an overuse month is never a plain bar."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from journal_app.charts.hatch import HATCH_SPACING, Hatch, hatch_brush, paint_hatch


class Bars(pg.GraphicsObject):
    """Bars standing on 0 at ``x``; NaN heights draw nothing (no data is not zero)."""

    def __init__(self) -> None:
        super().__init__()
        self._x = np.empty(0)
        self._heights = np.empty(0)
        self._widths = np.empty(0)
        self._fills: list[QBrush] = []
        self._hatched = np.empty(0, dtype=bool)
        self._outlines: list[QPen | None] = []
        self._hatch = QPen(Qt.PenStyle.NoPen)
        self._hatch_kind = Hatch.RISING
        self._hatch_spacing = HATCH_SPACING

    def set_bars(
        self,
        x: np.ndarray,
        heights: np.ndarray,
        widths: np.ndarray | float,
        fills: Sequence[QColor] | QColor,
        *,
        hatched: np.ndarray | None = None,
        outlines: Sequence[QPen | None] | None = None,
    ) -> None:
        self.prepareGeometryChange()
        self._x = np.asarray(x, dtype=float)
        self._heights = np.asarray(heights, dtype=float)
        self._widths = np.broadcast_to(np.asarray(widths, dtype=float), self._x.shape).copy()
        count = len(self._x)
        if isinstance(fills, QColor):
            fills = [fills] * count
        self._fills = [QBrush(fill) for fill in fills]
        self._hatched = (
            np.zeros(count, dtype=bool) if hatched is None else np.asarray(hatched, dtype=bool)
        )
        self._outlines = list(outlines) if outlines is not None else [None] * count
        self.update()

    def set_hatch(
        self, pen: QPen, hatch: Hatch = Hatch.RISING, spacing: float = HATCH_SPACING
    ) -> None:
        """How the bars marked ``hatched`` are hatched."""
        self._hatch, self._hatch_kind, self._hatch_spacing = pen, hatch, spacing
        self.update()

    # -- what is drawn (tests and read-outs) ---------------------------------------------

    def heights(self) -> list[float]:
        return [float(h) for h in self._heights]

    def positions(self) -> list[float]:
        return [float(x) for x in self._x]

    def hatched(self) -> list[bool]:
        return [bool(h) for h in self._hatched]

    def outlined(self) -> list[bool]:
        return [pen is not None for pen in self._outlines]

    def outline_widths(self) -> list[float]:
        """Each bar's outline width, 0 where it has none."""
        return [0.0 if pen is None else pen.widthF() for pen in self._outlines]

    def fills(self) -> list[QColor]:
        return [brush.color() for brush in self._fills]

    # -- painting ------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        shown = np.isfinite(self._heights)
        if not shown.any():
            return QRectF()
        left = float((self._x - self._widths / 2)[shown].min())
        right = float((self._x + self._widths / 2)[shown].max())
        top = max(float(self._heights[shown].max()), 0.0)
        return QRectF(left, 0.0, max(right - left, 1.0), max(top, 1e-6))

    def _rects(self) -> list[tuple[int, QRectF]]:
        return [
            (i, QRectF(self._x[i] - self._widths[i] / 2, 0.0, self._widths[i], self._heights[i]))
            for i in range(len(self._x))
            if np.isfinite(self._heights[i]) and self._heights[i] > 0
        ]

    def paint(self, p: QPainter, *_args: object) -> None:
        rects = self._rects()
        if not rects:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        for i, rect in rects:
            p.setBrush(self._fills[i])
            p.drawRect(rect)
        hatching = self._hatch.style() != Qt.PenStyle.NoPen
        if hatching and not self._exportOpts:
            p.setBrush(hatch_brush(self._hatch, self._hatch_kind))
            for i, rect in rects:
                if self._hatched[i]:
                    p.drawRect(rect)
        # Exported hatching and every outline are drawn in pixels: they keep their spacing
        # and width at any zoom.
        to_device = p.transform()
        p.save()
        p.resetTransform()
        for i, rect in rects:
            on_device = to_device.mapRect(rect).normalized()
            if hatching and self._hatched[i] and self._exportOpts:
                paint_hatch(p, on_device, self._hatch, self._hatch_spacing, self._hatch_kind)
            outline = self._outlines[i]
            if outline is not None:
                p.setPen(outline)
                p.setBrush(Qt.BrushStyle.NoBrush)
                inset = outline.widthF() / 2
                p.drawRect(on_device.adjusted(inset, inset, -inset, 0))
        p.restore()
