"""Monthly: headache days against 12 and 15, medication days per class against overuse."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QPen

from journal_app.charts.colour import with_alpha
from journal_app.charts.figure import ChartFigure
from journal_app.charts.items import LegendSample, chart_font, cosmetic_pen
from journal_app.charts.series import MonthlySeries
from journal_app.charts.theme import ChartTheme
from journal_app.domain.models import MedicationClass
from journal_app.wording.labels import medication_label

#: Months shown at first; the rest of the journal is a pan away.
SHOWN_MONTHS = 24
_BAR_SHARE = 0.72
_GROUP_SHARE = 0.84


class MonthlyFigure(ChartFigure):
    """Draws a MonthlySeries as two plots sharing one month axis."""

    def __init__(self, theme: ChartTheme) -> None:
        super().__init__(theme)
        self.headache_legend = self.add_legend(row=0, columns=3)
        self.headache_plot = self.add_plot(row=1, date_axis=True, months=True)
        self.medication_legend = self.add_legend(row=2, columns=6)
        self.medication_plot = self.add_plot(row=3, date_axis=True, months=True)
        # Headache days get about three fifths of the height, medication days the rest.
        self.layout.setRowStretchFactor(1, 3)
        self.layout.setRowStretchFactor(3, 2)
        for plot in (self.headache_plot, self.medication_plot):
            plot.setPreferredHeight(10)
        self.medication_plot.setMinimumHeight(120)
        self.medication_plot.setXLink(self.headache_plot)
        self.headache_plot.getAxis("bottom").setStyle(showValues=False)
        self.headache_plot.setLabel("left", self.tr("Headache days"))
        self.medication_plot.setLabel("left", self.tr("Medication days"))
        self.logged_bars = pg.BarGraphItem(x=[], height=[], width=1)
        self.headache_bars = pg.BarGraphItem(x=[], height=[], width=1)
        self.headache_plot.addItem(self.logged_bars)
        self.headache_plot.addItem(self.headache_bars)
        self.medication_bars: dict[MedicationClass, pg.BarGraphItem] = {}
        for medication_class in MedicationClass:
            bars = pg.BarGraphItem(x=[], height=[], width=1)
            self.medication_plot.addItem(bars)
            self.medication_bars[medication_class] = bars
        self.headache_lines = [self._threshold_line(self.headache_plot) for _ in range(2)]
        self.overuse_lines = [self._threshold_line(self.medication_plot) for _ in range(2)]
        self._series: MonthlySeries | None = None
        self._shown_months = slice(0, 0)
        self.headache_plot.getViewBox().sigXRangeChanged.connect(self._draw_bars)
        self.apply_theme(self.theme)

    def _threshold_line(self, plot: pg.PlotItem) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            angle=0,
            movable=False,
            label="",
            labelOpts={"position": 0.01, "anchors": [(0, 1), (0, 1)]},
        )
        line.setZValue(20)
        plot.addItem(line, ignoreBounds=True)
        return line

    # -- theme ---------------------------------------------------------------------------

    def apply_theme(self, theme: ChartTheme) -> None:
        self.logged_bars.setOpts(
            brush=with_alpha(theme.foreground, 30), pen=QPen(Qt.PenStyle.NoPen)
        )
        self.headache_bars.setOpts(brush=theme.headache_bar, pen=QPen(Qt.PenStyle.NoPen))
        for line, style in zip(
            (*self.headache_lines, *self.overuse_lines),
            (Qt.PenStyle.DotLine, Qt.PenStyle.DashLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine),
            strict=True,
        ):
            line.setPen(cosmetic_pen(theme.foreground, 1.3, style))
            line.label.setColor(theme.foreground)
            line.label.setFont(chart_font(8.5))
            line.label.fill = pg.mkBrush(with_alpha(theme.background, 215))
        if self._series is not None:
            self._draw_medication(self._series, self._shown_months)
        self._rebuild_legends()

    def _rebuild_legends(self) -> None:
        theme = self.theme
        self.set_legend_entries(
            self.headache_legend,
            [
                (
                    LegendSample(shape="bar", brush=theme.headache_bar),
                    self.tr("Days with headache"),
                ),
                (
                    LegendSample(shape="bar", brush=with_alpha(theme.foreground, 30)),
                    self.tr("Days with headache logged"),
                ),
            ],
        )
        entries = [
            (
                LegendSample(shape="bar", brush=theme.medication(medication_class)),
                medication_label(medication_class),
            )
            for medication_class in self._classes_shown()
        ]
        outlined = LegendSample(
            shape="bar", brush=theme.background, pen=cosmetic_pen(theme.foreground, 2)
        )
        entries.append((outlined, self.tr("Overuse month")))
        self.set_legend_entries(self.medication_legend, entries)

    def _classes_shown(self) -> list[MedicationClass]:
        """Classes taken at all in the journal; all of them when there is nothing yet."""
        if self._series is None:
            return list(MedicationClass)
        taken = [c for c, days in self._series.medication_days.items() if days.any()]
        return taken or list(MedicationClass)

    # -- data ----------------------------------------------------------------------------

    def set_series(self, series: MonthlySeries) -> None:
        self._series = series
        self._shown_months = slice(0, 0)
        self._draw_thresholds(series)
        self._rebuild_legends()
        self._set_ranges(series)
        self._draw_bars()

    def _months_in_view(self) -> slice:
        series = self._series
        if series is None or series.is_empty:
            return slice(0, 0)
        low, high = self.headache_plot.getViewBox().viewRange()[0]
        first = int(np.searchsorted(series.centres + series.widths / 2, low))
        last = int(np.searchsorted(series.centres - series.widths / 2, high))
        return slice(max(first - 1, 0), last + 1)

    def _draw_bars(self) -> None:
        """Give the bar items the months in view only: 240 months of 7 bars each draw slowly."""
        shown = self._months_in_view()
        series = self._series
        if series is None or shown == self._shown_months:
            return
        self._shown_months = shown
        centres, widths = series.centres[shown], series.widths[shown] * _BAR_SHARE
        self.logged_bars.setOpts(x=centres, height=series.logged_days[shown], width=widths)
        self.headache_bars.setOpts(x=centres, height=series.headache_days[shown], width=widths)
        self._draw_medication(series, shown)

    def _draw_medication(self, series: MonthlySeries, months: slice) -> None:
        shown = self._classes_shown()
        slot = series.widths[months] * _GROUP_SHARE / max(len(shown), 1)
        outline = cosmetic_pen(self.theme.foreground, 2)
        no_pen = QPen(Qt.PenStyle.NoPen)
        for medication_class, bars in self.medication_bars.items():
            if medication_class not in shown:
                bars.setOpts(x=[], height=[], width=1)
                continue
            i = shown.index(medication_class)
            offsets = (i - (len(shown) - 1) / 2) * slot
            overused = series.overused[medication_class][months]
            bars.setOpts(
                x=series.centres[months] + offsets,
                height=series.medication_days[medication_class][months],
                width=slot * 0.9,
                brush=self.theme.medication(medication_class),
                pens=[outline if flag else no_pen for flag in overused],
            )

    def _draw_thresholds(self, series: MonthlySeries) -> None:
        twelve, fifteen = series.headache_thresholds
        texts = [
            self.tr("%1 days").replace("%1", str(twelve)),
            self.tr("%1 days (chronic migraine, ICHD-3)").replace("%1", str(fifteen)),
        ]
        for line, value, text in zip(self.headache_lines, (twelve, fifteen), texts, strict=True):
            self._place(line, value, text)
        simple = series.overuse_thresholds[MedicationClass.SIMPLE_ANALGESIC]
        others = sorted(
            {
                v
                for c, v in series.overuse_thresholds.items()
                if c is not MedicationClass.SIMPLE_ANALGESIC
            }
        )
        self._place(
            self.overuse_lines[0],
            simple,
            self.tr("%1 days: overuse of simple analgesics").replace("%1", str(simple)),
        )
        other = others[0] if others else simple
        self._place(
            self.overuse_lines[1],
            other,
            self.tr("%1 days: overuse of triptans, combination analgesics, opioids").replace(
                "%1", str(other)
            ),
        )

    @staticmethod
    def _place(line: pg.InfiniteLine, value: float, text: str) -> None:
        line.setPos(value)
        line.label.setFormat(text.replace("{", "{{").replace("}", "}}"))
        line.label.valueChanged()

    def _set_ranges(self, series: MonthlySeries) -> None:
        if series.is_empty:
            return
        starts = series.centres - series.widths / 2
        ends = series.centres + series.widths / 2
        first_shown = max(0, len(series.months) - SHOWN_MONTHS)
        month = float(series.widths.mean())
        low, high = float(starts[0]) - month, float(ends[-1]) + month
        for plot in (self.headache_plot, self.medication_plot):
            plot.getViewBox().setLimits(xMin=low, xMax=high, minXRange=3 * month)
        peaks = [float(days.max()) for days in series.medication_days.values() if days.size]
        thresholds = [float(v) for v in series.overuse_thresholds.values()]
        medication_top = max([*thresholds, *peaks]) + 3
        self.headache_plot.getViewBox().setLimits(yMin=-1.5, yMax=33)
        self.headache_plot.setYRange(-1.2, 31.5, padding=0)
        self.medication_plot.getViewBox().setLimits(yMin=-1, yMax=medication_top + 1)
        self.medication_plot.setYRange(-0.8, medication_top, padding=0)
        self.set_grid(self.headache_plot, list(range(0, 31, 5)))
        self.set_grid(self.medication_plot, list(range(0, int(medication_top) + 1, 5)))
        self.headache_plot.setXRange(float(starts[first_shown]), float(ends[-1]), padding=0)

    @property
    def series(self) -> MonthlySeries | None:
        return self._series
