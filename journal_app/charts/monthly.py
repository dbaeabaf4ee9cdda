"""Monthly: headache days against 12 and 15, medication days per class against overuse.

No label stands in the plots: the lines are named in the legends and their values on the
right axes, so nothing covers a bar.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from journal_app.charts.bars import Bars
from journal_app.charts.colour import mix, with_alpha
from journal_app.charts.figure import AXIS_WIDTH, ChartFigure
from journal_app.charts.hatch import Hatch
from journal_app.charts.items import LegendSample, WindowBands, cosmetic_pen
from journal_app.charts.series import MonthlySeries
from journal_app.charts.theme import ChartTheme
from journal_app.domain.models import MedicationClass
from journal_app.wording.labels import medication_label

#: Months shown at first; the rest of the journal is a pan away.
SHOWN_MONTHS = 24
_BAR_SHARE = 0.72
_GROUP_SHARE = 0.84
_MEDICATION_Y = (-5.0, 60.0)
# The 12- and 15-day lines, and the overuse lines (the higher threshold first).
HEADACHE_LINE_STYLES = (Qt.PenStyle.DotLine, Qt.PenStyle.DashLine)
OVERUSE_LINE_STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
PARTIAL_EDGE = Qt.PenStyle.DashLine
# Stripes that keep the medication classes apart in black and white (None: a plain bar).
MEDICATION_STRIPES: Mapping[MedicationClass, Hatch | None] = MappingProxyType(
    {
        MedicationClass.SIMPLE_ANALGESIC: None,
        MedicationClass.TRIPTAN: Hatch.RISING,
        MedicationClass.COMBINATION_ANALGESIC: Hatch.LEVEL,
        MedicationClass.OPIOID: Hatch.FALLING,
        MedicationClass.OTHER: None,
    }
)
# Classes drawn as an outline in their colour, not filled.
HOLLOW_CLASSES = frozenset({MedicationClass.OTHER})
_STRIPE_SPACING = 3.5


class MonthlyFigure(ChartFigure):
    """Draws a MonthlySeries as two plots sharing one month axis, both labelled."""

    def __init__(self, theme: ChartTheme) -> None:
        super().__init__(theme)
        self.headache_legend = self.add_legend(row=0)
        self.headache_plot = self.add_plot(row=1, date_axis=True, months=True)
        self.medication_legend = self.add_legend(row=2)
        self.medication_plot = self.add_plot(row=3, date_axis=True, months=True)
        # Headache days get about three fifths of the height, medication days the rest.
        self.layout.setRowStretchFactor(1, 3)
        self.layout.setRowStretchFactor(3, 2)
        for plot in (self.headache_plot, self.medication_plot):
            plot.setPreferredHeight(10)
            plot.showAxis("right")
            plot.getAxis("right").setWidth(AXIS_WIDTH)
        self.medication_plot.setMinimumHeight(120)
        self.medication_plot.setXLink(self.headache_plot)
        self.headache_plot.setLabel("left", self.tr("Headache days"))
        self.medication_plot.setLabel("left", self.tr("Medication days"))
        self.logged_bars = Bars()
        self.headache_bars = Bars()
        self.severe_bars = Bars()
        for z, bars in enumerate((self.logged_bars, self.headache_bars, self.severe_bars)):
            bars.setZValue(z)
            self.headache_plot.addItem(bars)
        self.not_recorded = WindowBands(_MEDICATION_Y)
        self.not_recorded.setZValue(-30)
        self.medication_plot.addItem(self.not_recorded, ignoreBounds=True)
        self.acute_bars = Bars()
        self.medication_plot.addItem(self.acute_bars)
        self.medication_bars: dict[MedicationClass, Bars] = {}
        for medication_class in MedicationClass:
            bars = Bars()
            bars.setZValue(2)
            self.medication_plot.addItem(bars)
            self.medication_bars[medication_class] = bars
        self.headache_lines = [self._threshold_line(self.headache_plot) for _ in range(2)]
        self.overuse_lines = [self._threshold_line(self.medication_plot) for _ in range(2)]
        self._series: MonthlySeries | None = None
        self._shown_months = slice(0, 0)
        self.headache_plot.getViewBox().sigXRangeChanged.connect(self._draw_bars)
        self.apply_theme(self.theme)

    def _threshold_line(self, plot: pg.PlotItem) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=0, movable=False)
        line.setZValue(20)
        plot.addItem(line, ignoreBounds=True)
        return line

    # -- theme ---------------------------------------------------------------------------

    def _partial_fill(self) -> QColor:
        return with_alpha(self.theme.headache_bar, 70 if self.theme.is_dark else 60)

    def _severe_fill(self) -> QColor:
        hue = self.theme.headache_bar
        return (
            mix(hue, QColor("black"), 0.45)
            if not self.theme.is_dark
            else mix(hue, QColor("white"), 0.45)
        )

    def _logged_fill(self) -> QColor:
        return with_alpha(self.theme.foreground, 34)

    def _outline(self, width: float = 2.2) -> QPen:
        return cosmetic_pen(self.theme.foreground, width)

    def apply_theme(self, theme: ChartTheme) -> None:
        self.headache_bars.set_hatch(cosmetic_pen(theme.headache_bar, 1.2))
        self.severe_bars.set_hatch(cosmetic_pen(theme.background, 1.2))
        for medication_class, bars in self.medication_bars.items():
            stripes = MEDICATION_STRIPES[medication_class]
            if stripes is not None:
                bars.set_hatch(cosmetic_pen(theme.background, 1.2), stripes, _STRIPE_SPACING)
        self.acute_bars.set_hatch(cosmetic_pen(with_alpha(theme.foreground, 90), 1.0))
        self.not_recorded.set_colours(
            with_alpha(theme.foreground, 14),
            None,
            theme.foreground,
            hatch=with_alpha(theme.foreground, 60),
        )
        lines = zip(
            (*self.headache_lines, *self.overuse_lines),
            (*HEADACHE_LINE_STYLES, *OVERUSE_LINE_STYLES),
            strict=True,
        )
        for line, style in lines:
            line.setPen(cosmetic_pen(theme.foreground, 1.4, style))
        if self._series is not None:
            self._shown_months = slice(0, 0)
            self._draw_bars()
        self._rebuild_legends()

    def _rebuild_legends(self) -> None:
        theme = self.theme
        line = cosmetic_pen
        marks = self._series.headache_marks if self._series else (12, 15)
        self.set_legend_entries(
            self.headache_legend,
            [
                (LegendSample(shape="bar", brush=theme.headache_bar), self.tr("Headache days")),
                (
                    LegendSample(shape="bar", brush=self._severe_fill()),
                    self.tr("of which moderate or severe (4–10)"),
                ),
                (LegendSample(shape="bar", brush=self._logged_fill()), self.tr("Days logged")),
                (
                    LegendSample(
                        shape="bar",
                        brush=self._partial_fill(),
                        pen=line(theme.headache_bar, 1.2, PARTIAL_EDGE),
                        hatch=line(theme.headache_bar, 1.0),
                    ),
                    self.tr("Partial month (fewer than 21 days logged)"),
                ),
                (
                    LegendSample(pen=line(theme.foreground, 1.4, HEADACHE_LINE_STYLES[0])),
                    self.tr("%1 headache days").replace("%1", str(marks[0])),
                ),
                (
                    LegendSample(pen=line(theme.foreground, 1.4, HEADACHE_LINE_STYLES[1])),
                    self.tr("%1 days: chronic migraine (ICHD-3)").replace("%1", str(marks[1])),
                ),
            ],
        )
        entries = [
            (self._class_sample(medication_class), medication_label(medication_class))
            for medication_class in self._classes_shown()
        ]
        high, low = self._overuse_values()
        entries += [
            (
                LegendSample(shape="bar", brush=self._logged_fill(), pen=line(theme.muted, 1.0)),
                self.tr("Any acute medication"),
            ),
            (
                LegendSample(
                    shape="bar",
                    brush=self._logged_fill(),
                    pen=line(theme.muted, 1.2, PARTIAL_EDGE),
                    hatch=line(with_alpha(theme.foreground, 90)),
                ),
                self.tr("Partial month"),
            ),
            (
                LegendSample(shape="bar", brush=theme.background, pen=self._outline()),
                self.tr("Overuse (outlined)"),
            ),
            (
                LegendSample(
                    shape="band",
                    brush=with_alpha(theme.foreground, 14),
                    hatch=line(with_alpha(theme.foreground, 60)),
                ),
                self.tr("Medication not recorded"),
            ),
            (
                LegendSample(pen=line(theme.foreground, 1.4, OVERUSE_LINE_STYLES[0])),
                self.tr("%1 days: overuse (simple analgesics)").replace("%1", str(high)),
            ),
            (
                LegendSample(pen=line(theme.foreground, 1.4, OVERUSE_LINE_STYLES[1])),
                self.tr("%1 days: overuse (other classes, or several together)").replace(
                    "%1", str(low)
                ),
            ),
        ]
        self.set_legend_entries(self.medication_legend, entries)

    def _class_fill(self, medication_class: MedicationClass) -> QColor:
        if medication_class in HOLLOW_CLASSES:
            return self.theme.background
        return self.theme.medication(medication_class)

    def _class_edge(self, medication_class: MedicationClass) -> QPen | None:
        if medication_class in HOLLOW_CLASSES:
            return cosmetic_pen(self.theme.medication(medication_class), 1.6)
        return None

    def _class_sample(self, medication_class: MedicationClass) -> LegendSample:
        stripes = MEDICATION_STRIPES[medication_class]
        edge = self._class_edge(medication_class)
        return LegendSample(
            shape="bar",
            brush=self._class_fill(medication_class),
            pen=edge,
            hatch=None if stripes is None else cosmetic_pen(self.theme.background, 1.2),
            hatch_kind=stripes or Hatch.RISING,
        )

    def _classes_shown(self) -> list[MedicationClass]:
        """Classes taken at all in the journal; all of them when there is nothing yet."""
        if self._series is None:
            return list(MedicationClass)
        taken = [c for c, days in self._series.medication_days.items() if np.nansum(days) > 0]
        return taken or list(MedicationClass)

    def _overuse_values(self) -> tuple[int, int]:
        """The simple-analgesic threshold and the others' (which several classes share)."""
        if self._series is None:
            return 15, 10
        thresholds = self._series.overuse_thresholds
        high = thresholds[MedicationClass.SIMPLE_ANALGESIC]
        others = [v for c, v in thresholds.items() if c is not MedicationClass.SIMPLE_ANALGESIC]
        return high, min([*others, self._series.multiple_classes_days])

    # -- data ----------------------------------------------------------------------------

    def set_series(self, series: MonthlySeries) -> None:
        self._series = series
        self._shown_months = slice(0, 0)
        self._draw_thresholds(series)
        self._rebuild_legends()
        self._set_ranges(series)
        self._draw_not_recorded(series)
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
        partial = series.partial[shown]
        theme = self.theme
        self.logged_bars.set_bars(centres, series.logged_days[shown], widths, self._logged_fill())
        partial_edge = cosmetic_pen(theme.headache_bar, 1.2, PARTIAL_EDGE)
        self.headache_bars.set_bars(
            centres,
            series.headache_days[shown],
            widths,
            [self._partial_fill() if p else theme.headache_bar for p in partial],
            hatched=partial,
            outlines=[partial_edge if p else None for p in partial],
        )
        self.severe_bars.set_bars(
            centres,
            series.moderate_severe_days[shown],
            widths,
            self._severe_fill(),
            hatched=partial,
        )
        self._draw_medication(series, shown)

    def _draw_medication(self, series: MonthlySeries, months: slice) -> None:
        shown = self._classes_shown()
        centres, widths = series.centres[months], series.widths[months]
        partial = series.partial[months]
        outline = self._outline()
        plain = cosmetic_pen(self.theme.muted, 1.0)
        dashed = cosmetic_pen(self.theme.muted, 1.2, PARTIAL_EDGE)
        # A partial month is marked on the month's whole group: its class bars keep their own
        # stripes.
        self.acute_bars.set_bars(
            centres,
            series.acute_medication_days[months],
            widths * _GROUP_SHARE,
            self._logged_fill(),
            hatched=partial,
            outlines=[
                outline if flag else dashed if part else plain
                for flag, part in zip(series.multiple_classes[months], partial, strict=True)
            ],
        )
        slot = widths * _GROUP_SHARE / max(len(shown), 1)
        for medication_class, bars in self.medication_bars.items():
            if medication_class not in shown:
                bars.set_bars(np.empty(0), np.empty(0), 1.0, [])
                continue
            i = shown.index(medication_class)
            offsets = (i - (len(shown) - 1) / 2) * slot
            overused = series.overused[medication_class][months]
            striped = MEDICATION_STRIPES[medication_class] is not None
            edge = self._class_edge(medication_class)
            bars.set_bars(
                centres + offsets,
                series.medication_days[medication_class][months],
                slot * 0.9,
                self._class_fill(medication_class),
                hatched=np.full(len(overused), striped),
                outlines=[outline if flag else edge for flag in overused],
            )

    def _draw_not_recorded(self, series: MonthlySeries) -> None:
        blank = ~series.medication_recorded
        starts = series.centres[blank] - series.widths[blank] / 2
        ends = series.centres[blank] + series.widths[blank] / 2
        self.not_recorded.set_spans(list(zip(starts.tolist(), ends.tolist(), strict=True)))

    def _draw_thresholds(self, series: MonthlySeries) -> None:
        for line, value in zip(self.headache_lines, series.headache_marks, strict=True):
            line.setPos(value)
        self.headache_plot.getAxis("right").setTicks(
            [[(v, str(v)) for v in series.headache_marks], []]
        )
        values = self._overuse_values()
        for line, value in zip(self.overuse_lines, values, strict=True):
            line.setPos(value)
        self.medication_plot.getAxis("right").setTicks([[(v, str(v)) for v in values], []])

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
        peaks = [
            float(np.nanmax(days))
            for days in (*series.medication_days.values(), series.acute_medication_days)
            if np.isfinite(days).any()
        ]
        thresholds = [float(v) for v in self._overuse_values()]
        medication_top = max([*thresholds, *peaks]) + 3
        self.headache_plot.getViewBox().setLimits(yMin=-1.5, yMax=33)
        self.headache_plot.setYRange(-0.6, 31.5, padding=0)
        self.medication_plot.getViewBox().setLimits(yMin=-1, yMax=medication_top + 1)
        self.medication_plot.setYRange(-0.5, medication_top, padding=0)
        self.set_grid(self.headache_plot, list(range(0, 31, 5)))
        self.set_grid(self.medication_plot, list(range(0, int(medication_top) + 1, 5)))
        self.headache_plot.setXRange(float(starts[first_shown]), float(ends[-1]), padding=0)

    def show_all_months(self) -> None:
        """Every month of the series in view (the report's charts)."""
        series = self._series
        if series is None or series.is_empty:
            return
        first = float(series.centres[0] - series.widths[0] / 2)
        last = float(series.centres[-1] + series.widths[-1] / 2)
        self.headache_plot.setXRange(first, last, padding=0)

    @property
    def series(self) -> MonthlySeries | None:
        return self._series
