"""Cycles overlaid in the window: the figure, the levels under the mouse, what the patient said."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QWidget

from journal_app.charts.overlay import OverlayFigure, named_count
from journal_app.charts.series import CycleCurve, OverlaySeries
from journal_app.ui.charts.base import ChartCanvas, Crosshairs, Hover
from journal_app.wording.labels import impression_label
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

    def readout_at(self, day: float, at: float | None = None) -> str:
        """Each named cycle's level on the day since injection nearest to ``day``, then what
        the patient said of the cycle whose curve is nearest the height ``at`` on that day
        (the latest cycle's when no curve has a level there)."""
        series = self.figure.series
        if series is None:
            return ""
        k = round(day)
        parts = [self.tr("Day %1 after injection").replace("%1", str(k))]
        named = [cycle for cycle in reversed(series.curves) if cycle.age < named_count(series)]
        for cycle in named:
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
        said = self.said_of(_nearest(named, k, at)) if named else ""
        return " · ".join([*parts, said] if said else parts)

    def said_of(self, cycle: CycleCurve) -> str:
        """What the patient's check-ins said of ``cycle``, beside the detected wear-off day;
        "" when it has no check-in."""
        said = []
        if cycle.week4 is not None:
            #: %1 the patient's impression of change, e.g. "Much better".
            said.append(self.tr("%1 at week 4").replace("%1", impression_label(cycle.week4)))
        if cycle.before_next is not None:
            impression = impression_label(cycle.before_next)
            said.append(self.tr("%1 before the next injection").replace("%1", impression))
        text = ", ".join(said)
        if cycle.reported_wear_off_day is not None:
            reported = self.tr("you reported it wore off on day %1").replace(
                "%1", str(cycle.reported_wear_off_day)
            )
            detected = (
                self.tr("detected: day %1").replace("%1", str(cycle.wear_off[0]))
                if cycle.wear_off is not None
                else self.tr("none detected")
            )
            text = "; ".join(filter(None, [text, f"{reported} ({detected})"]))
        if not text:
            return ""
        #: %1 a session's date (the cycle's name); %2 what the patient's check-ins said of it.
        return self.tr("%1, your check-ins: %2").replace("%1", cycle.label).replace("%2", text)

    def _hover_at(self, position: QPointF) -> Hover | None:
        view = self.figure.view
        if self.figure.series is None or not view.sceneBoundingRect().contains(position):
            return None
        point = view.mapSceneToView(position)
        return round(point.x()), self.readout_at(point.x(), point.y())


def _nearest(named: list[CycleCurve], day: int, at: float | None) -> CycleCurve:
    """The cycle whose level on ``day`` is nearest ``at``; the first (the latest) if none."""
    if at is None:
        return named[0]
    distances = [(abs(lv - at), i) for i, c in enumerate(named) if (lv := c.level(day)) is not None]
    return named[min(distances)[1]] if distances else named[0]
