"""Monthly counts in the window: the figure, and the month under the mouse read out."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QWidget

from journal_app.charts.monthly import MonthlyFigure
from journal_app.charts.series import MonthlySeries
from journal_app.ui.charts.base import ChartCanvas, Crosshairs, Hover
from journal_app.wording.labels import medication_label
from journal_app.wording.text import month_year


class MonthlyChart(ChartCanvas):
    """Draws a MonthlySeries; hovering reads out a month's counts (``readout_changed``)."""

    readout_changed = Signal(str)
    hover: Crosshairs
    figure: MonthlyFigure

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Monthly headache and medication days chart"))
        self.show_figure(MonthlyFigure(self.theme))
        self.hover = Crosshairs(
            self,
            [self.figure.headache_plot, self.figure.medication_plot],
            self._hover_at,
            self.readout_changed.emit,
        )
        self.hover.apply_theme(self.theme)
        self.theme_ready = True

    def set_series(self, series: MonthlySeries) -> None:
        self.figure.set_series(series)

    # -- hover read-out ------------------------------------------------------------------

    def readout_at(self, timestamp: float) -> str:
        """The month under ``timestamp``: its headache figures and medication days per class."""
        series = self.figure.series
        index = series.month_at(timestamp) if series is not None else None
        if series is None or index is None:
            return ""
        headache = int(series.headache_days[index])
        first = (
            self.tr("%1: %n headache days of %2 logged", "", headache)
            .replace("%1", month_year(series.months[index]))
            .replace("%2", str(int(series.logged_days[index])))
        )
        first += self.tr(", %n moderate or severe", "", int(series.moderate_severe_days[index]))
        parts = [first]
        if series.partial[index]:
            parts.append(self.tr("partial month"))
        if not series.medication_recorded[index]:
            parts.append(self.tr("medication not recorded"))
            return " · ".join(parts)
        for medication_class, days in series.medication_days.items():
            if days[index] <= 0:
                continue
            text = self.tr("%1 %n days", "", int(days[index]))
            text = text.replace("%1", medication_label(medication_class))
            if series.overused[medication_class][index]:
                text += self.tr(" (overuse)")
            parts.append(text)
        acute = self.tr(
            "any acute medication %n days", "", int(series.acute_medication_days[index])
        )
        if series.multiple_classes[index]:
            acute += self.tr(" (overuse)")
        parts.append(acute)
        return " · ".join(parts)

    def _hover_at(self, position: QPointF) -> Hover | None:
        series = self.figure.series
        inside = [
            plot
            for plot in (self.figure.headache_plot, self.figure.medication_plot)
            if plot.getViewBox().sceneBoundingRect().contains(position)
        ]
        if series is None or not inside:
            return None
        timestamp = inside[0].getViewBox().mapSceneToView(position).x()
        index = series.month_at(timestamp)
        if index is None:
            return None
        return float(series.centres[index]), self.readout_at(timestamp)
