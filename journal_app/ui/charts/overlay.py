"""Cycles overlaid in the window: the figure, and each cycle's mean on the day under the mouse."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QWidget

from journal_app.charts.overlay import OverlayFigure, named_count
from journal_app.charts.series import OverlaySeries
from journal_app.ui.charts.base import ChartCanvas, Crosshairs, Hover
from journal_app.wording.text import one_decimal


class OverlayChart(ChartCanvas):
    """Draws an OverlaySeries; hovering compares the cycles on a day (``readout_changed``)."""

    readout_changed = Signal(str)
    hover: Crosshairs
    figure: OverlayFigure

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Cycles overlaid chart"))
        self.show_figure(OverlayFigure(self.theme))
        self.hover = Crosshairs(self, [self.figure.plot], self._hover_at, self.readout_changed.emit)
        self.hover.apply_theme(self.theme)
        self.theme_ready = True

    def set_series(self, series: OverlaySeries) -> None:
        self.figure.set_series(series)

    # -- hover read-out ------------------------------------------------------------------

    def readout_at(self, day: float) -> str:
        """Each named cycle's level on the day since injection nearest to ``day``."""
        series = self.figure.series
        if series is None:
            return ""
        k = round(day)
        parts = [self.tr("Day %1 after injection").replace("%1", str(k))]
        count = named_count(series)
        for cycle in reversed(series.curves):
            if cycle.age >= count:
                break
            level = cycle.level(k)
            if level is not None:
                value = one_decimal(level)
                parts.append(self.tr("%1: %2").replace("%1", cycle.label).replace("%2", value))
        spread = series.spread
        if spread is not None and k in spread.days:
            i = int(np.searchsorted(spread.days, k))
            parts.append(
                self.tr("median %1 (middle half %2–%3)")
                .replace("%1", one_decimal(spread.median[i]))
                .replace("%2", one_decimal(spread.low[i]))
                .replace("%3", one_decimal(spread.high[i]))
            )
        return " · ".join(parts)

    def _hover_at(self, position: QPointF) -> Hover | None:
        view = self.figure.view
        if self.figure.series is None or not view.sceneBoundingRect().contains(position):
            return None
        day = view.mapSceneToView(position).x()
        return round(day), self.readout_at(day)
