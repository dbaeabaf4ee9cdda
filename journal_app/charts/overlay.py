"""Cycles overlaid: one course of a track, each cycle's level by day since its session."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from journal_app.charts.colour import mix, with_alpha
from journal_app.charts.figure import AXIS_WIDTH, ChartFigure
from journal_app.charts.items import LegendSample, WindowBands, cosmetic_pen
from journal_app.charts.series import MAX_OVERLAY_DAYS, CycleCurve, OverlaySeries
from journal_app.charts.theme import ChartTheme
from journal_app.charts.window_bands import colour_window_bands, onset_sample, reinjection_sample
from journal_app.domain.analytics import ReferenceKind
from journal_app.wording.labels import metric_name
from journal_app.wording.text import one_decimal

Y_EXTENT = (-5.0, 40.0)
# Cycles named one by one in the legend when there are few; with the median drawn, fewer.
NAMED_CYCLES = 6
NAMED_WITH_SPREAD = 3
_ONSET_SYMBOL = "t"  # a triangle pointing down: symptoms fall
_WEAR_OFF_SYMBOL = "t1"  # pointing up: they rise again
# The wear-off day the patient reported (§4): a hollow diamond in the cycle's colour, filled
# with the background so no curve runs through it; drawn under the detected ▲ (never instead
# of it) and big enough to ring it when both fall on one day.
_REPORTED_SYMBOL = "d"
# Each named cycle's dash pattern (in pen widths) by age, the latest solid: the cycles stay
# apart in black and white.
_DASHES: tuple[tuple[float, ...], ...] = (
    (),
    (5, 3),
    (1, 2.5),
    (7, 2, 1, 2),
    (11, 3),
    (3, 2, 1, 2, 1, 2),
)
REFERENCE_STYLE = Qt.PenStyle.DashLine
IMPROVED_STYLE = Qt.PenStyle.DotLine
MEDIAN_STYLE = Qt.PenStyle.DashDotLine


def named_count(series: OverlaySeries) -> int:
    """How many of the latest cycles the legend names one by one."""
    return NAMED_WITH_SPREAD if series.spread is not None else NAMED_CYCLES


class OverlayFigure(ChartFigure):
    """Draws an OverlaySeries: one curve per cycle, the latest emphasised, windows shaded and
    named, the reference and its 30% line, onset and wear-off marked on every curve."""

    def __init__(self, theme: ChartTheme) -> None:
        super().__init__(theme)
        self.legend = self.add_legend(row=0)
        self.plot = self.add_plot(row=1)
        self.view = self.plot.getViewBox()
        self.plot.setLabel("bottom", self.tr("Days since injection"))
        bottom = self.plot.getAxis("bottom")
        bottom.setTicks(
            [
                [(d, str(d)) for d in range(0, MAX_OVERLAY_DAYS + 15, 14)],
                [(d, "") for d in range(7, MAX_OVERLAY_DAYS + 15, 14)],
            ]
        )
        # The reference lines' values stand on a right axis, never over a curve.
        self.plot.showAxis("right")
        self.plot.getAxis("right").setWidth(AXIS_WIDTH)
        self.onset_band = WindowBands(Y_EXTENT)
        self.reinjection_band = WindowBands(Y_EXTENT)
        for band in (self.onset_band, self.reinjection_band):
            band.setZValue(-30)
            self.plot.addItem(band, ignoreBounds=True)
        self.reference_line = self._reference_line()
        self.improved_line = self._reference_line()
        self.spread_low = pg.PlotCurveItem(connect="finite")
        self.spread_high = pg.PlotCurveItem(connect="finite")
        self.spread_band = pg.FillBetweenItem(self.spread_low, self.spread_high)
        self.spread_band.setZValue(-20)
        self.median_curve = pg.PlotCurveItem(connect="finite")
        self.median_curve.setZValue(25)
        for item in (self.spread_band, self.median_curve):
            self.plot.addItem(item, ignoreBounds=True)
        self.onset_marks = pg.ScatterPlotItem(symbol=_ONSET_SYMBOL)
        self.wear_off_marks = pg.ScatterPlotItem(symbol=_WEAR_OFF_SYMBOL)
        for marks in (self.onset_marks, self.wear_off_marks):
            marks.setZValue(40)
            self.plot.addItem(marks, ignoreBounds=True)
        self.reported_marks = pg.ScatterPlotItem(symbol=_REPORTED_SYMBOL)
        self.reported_marks.setZValue(38)
        self.plot.addItem(self.reported_marks, ignoreBounds=True)
        self.curves: list[pg.PlotCurveItem] = []
        self.earlier_curve = pg.PlotCurveItem(connect="finite")
        self.earlier_curve.setZValue(5)
        self.earlier_count = 0
        self.plot.addItem(self.earlier_curve, ignoreBounds=True)
        self._series: OverlaySeries | None = None
        self.apply_theme(self.theme)

    def _reference_line(self) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=0, movable=False)
        line.setZValue(35)
        line.hide()
        self.plot.addItem(line, ignoreBounds=True)
        return line

    # -- theme ---------------------------------------------------------------------------

    def apply_theme(self, theme: ChartTheme) -> None:
        colour_window_bands(self.onset_band, self.reinjection_band, theme)
        self.reference_line.setPen(cosmetic_pen(theme.foreground, 1.4, REFERENCE_STYLE))
        self.improved_line.setPen(cosmetic_pen(theme.foreground, 1.4, IMPROVED_STYLE))
        self.spread_band.setBrush(pg.mkBrush(self._spread_fill()))
        self.spread_band.setPen(pg.mkPen(None))
        self.median_curve.setPen(cosmetic_pen(theme.foreground, 2.2, MEDIAN_STYLE))
        if self._series is not None:
            self._draw_curves(self._series)

    def _spread_fill(self) -> QColor:
        return with_alpha(self.theme.foreground, 44 if self.theme.is_dark else 34)

    def _cycle_colour(self, curve: CycleCurve) -> QColor:
        colour = self.theme.metric(self._series.metric) if self._series else self.theme.muted
        if curve.is_latest:
            return colour
        # Older cycles fade towards the background, the named ones step by step.
        return mix(colour, self.theme.background, min(0.22 + 0.09 * curve.age, 0.7))

    def _cycle_pen(self, curve: CycleCurve) -> QPen:
        width = 3.2 if curve.is_latest else 1.7
        pen = cosmetic_pen(self._cycle_colour(curve), width)
        dashes = _DASHES[curve.age % len(_DASHES)]
        if dashes:
            pen.setDashPattern(list(dashes))
        return pen

    # -- data ----------------------------------------------------------------------------

    def set_series(self, series: OverlaySeries) -> None:
        self._series = series
        self._draw_windows(series)
        self._draw_spread(series)
        self._draw_curves(series)
        self._draw_references(series)
        self._set_ranges(series)
        label = {"color": self.theme.foreground.name(), "font-size": "9pt"}
        self.plot.setLabel("left", metric_name(series.metric), **label)
        self.plot.setLabel(
            "bottom",
            self.tr("Days since injection; each line a %1-day centred mean").replace(
                "%1", str(series.level_days)
            ),
            **label,
        )

    def _draw_windows(self, series: OverlaySeries) -> None:
        def whole_days(window: tuple[int, int] | None) -> list[tuple[float, float]]:
            return [(window[0] - 0.5, window[1] + 0.5)] if window else []

        self.onset_band.set_spans(
            whole_days(series.onset_window), [self.tr("Expected onset")] * bool(series.onset_window)
        )
        self.reinjection_band.set_spans(
            whole_days(series.reinjection_window),
            [self.tr("Re-injection window")] * bool(series.reinjection_window),
        )

    def _draw_spread(self, series: OverlaySeries) -> None:
        spread = series.spread
        shown = spread is not None
        for item in (self.spread_band, self.median_curve):
            item.setVisible(shown)
        if spread is None:
            empty = np.empty(0)
            for curve in (self.spread_low, self.spread_high, self.median_curve):
                curve.setData(empty, empty)
            return
        self.spread_low.setData(spread.days, spread.low)
        self.spread_high.setData(spread.days, spread.high)
        self.median_curve.setData(spread.days, spread.median)

    def _draw_curves(self, series: OverlaySeries) -> None:
        """The named cycles get an item each; all earlier cycles share one."""
        count = named_count(series)
        named = [c for c in series.curves if c.age < count]
        earlier = [c for c in series.curves if c.age >= count]
        while len(self.curves) > len(named):
            self.plot.removeItem(self.curves.pop())
        while len(self.curves) < len(named):
            curve = pg.PlotCurveItem(connect="finite")
            self.plot.addItem(curve, ignoreBounds=True)
            self.curves.append(curve)
        for item, cycle in zip(self.curves, named, strict=True):
            item.setPen(self._cycle_pen(cycle))
            item.setData(cycle.days, cycle.levels, connect="finite")
            item.setZValue(30 if cycle.is_latest else 20 - cycle.age)
        self._draw_earlier(earlier)
        self._draw_marks(series.curves)
        self._draw_reported(series.reported_wear_offs)
        self._rebuild_legend(series)

    def _draw_earlier(self, earlier: list[CycleCurve]) -> None:
        # One item for many cycles: NaN between them keeps each its own line.
        gap = np.array([np.nan])
        days = np.concatenate([part for c in earlier for part in (c.days, gap)] or [gap])
        levels = np.concatenate([part for c in earlier for part in (c.levels, gap)] or [gap])
        colour = self._cycle_colour(earlier[0]) if earlier else self.theme.muted
        self.earlier_curve.setPen(cosmetic_pen(colour, 1.0))
        self.earlier_curve.setData(days, levels, connect="finite")
        self.earlier_count = len(earlier)

    def _draw_marks(self, curves: Sequence[CycleCurve]) -> None:
        # Two shared styles, the latest cycle's and the rest's: pyqtgraph renders one symbol
        # image per distinct pen and brush, so per-cycle colours would cost ~0.1 ms a mark.
        older_edge = cosmetic_pen(mix(self.theme.foreground, self.theme.background, 0.3), 1.0)
        latest_edge = cosmetic_pen(self.theme.foreground, 1.4)
        for marks, pick, fill in (
            (self.onset_marks, lambda c: c.onset, self.theme.onset_mark),
            (self.wear_off_marks, lambda c: c.wear_off, self.theme.wear_off_mark),
        ):
            latest_fill, older_fill = pg.mkBrush(fill), pg.mkBrush(with_alpha(fill, 190))
            marked = [(c, pick(c)) for c in curves if pick(c) is not None]
            marks.setData(
                x=[mark[0] for _, mark in marked],
                y=[mark[1] for _, mark in marked],
                size=[15 if c.is_latest else 8 for c, _ in marked],
                pen=[latest_edge if c.is_latest else older_edge for c, _ in marked],
                brush=[latest_fill if c.is_latest else older_fill for c, _ in marked],
            )

    def _draw_reported(self, reported: list[tuple[CycleCurve, tuple[int, float | None]]]) -> None:
        # Where the curve has no level on the reported day (a gap in the journal, or its last
        # days), the mark sits on the plot's floor, at 0.
        self.reported_marks.setData(
            x=[day for _c, (day, _level) in reported],
            y=[0.0 if level is None else level for _c, (_day, level) in reported],
            size=[19 if c.is_latest else 15 for c, _ in reported],
            pen=[
                cosmetic_pen(self._mark_colour(c), 2.4 if c.is_latest else 2.0) for c, _ in reported
            ],
            brush=[pg.mkBrush(self.theme.background)] * len(reported),
        )

    def _mark_colour(self, curve: CycleCurve) -> QColor:
        """The cycle's colour, faded less than its curve: a thin outline must still show."""
        colour = self.theme.metric(self._series.metric) if self._series else self.theme.muted
        return colour if curve.is_latest else mix(colour, self.theme.background, 0.15)

    def drawn_cycles(self) -> int:
        """How many cycles have a curve: one item each for the named, one for all earlier."""
        return len(self.curves) + self.earlier_count

    def earlier_pieces(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """The earlier cycles' curves as drawn, split where the shared item separates them."""
        days, levels = self.earlier_curve.getData()
        if days is None or not len(days):
            return []
        breaks = np.flatnonzero(np.isnan(days))
        pieces, start = [], 0
        for stop in breaks.tolist():
            if stop > start:
                pieces.append((days[start:stop], levels[start:stop]))
            start = stop + 1
        return pieces

    def reference_text(self, series: OverlaySeries) -> str:
        """The reference line's name in the legend, e.g. "Before the course: 6.7"."""
        if series.reference is None or series.reference_kind is None:
            return ""
        template = {
            ReferenceKind.BEFORE_COURSE: self.tr("Reference, the 28 days before the course: %1"),
            ReferenceKind.PROFILE: self.tr("Reference, the level before treatment (profile): %1"),
            ReferenceKind.PRE_INJECTION: self.tr(
                "Reference, the 14 days before the latest injection: %1"
            ),
        }[series.reference_kind]
        return template.replace("%1", one_decimal(series.reference))

    def _draw_references(self, series: OverlaySeries) -> None:
        ticks = []
        for line, value in (
            (self.reference_line, series.reference),
            (self.improved_line, series.improved_at_most),
        ):
            line.setVisible(value is not None)
            if value is not None:
                line.setPos(value)
                ticks.append((value, one_decimal(value)))
        self.plot.getAxis("right").setTicks([ticks, []])

    def _set_ranges(self, series: OverlaySeries) -> None:
        finite = [c.levels[np.isfinite(c.levels)] for c in series.curves]
        peaks = [float(v.max()) for v in finite if v.size]
        if series.reference is not None:
            peaks.append(series.reference)
        top_value = series.scale_top
        step = 1 if top_value <= 10 else 4
        top = min(max(math.ceil(max(peaks, default=top_value / 2) * 1.06 + step / 2), 3), top_value)
        last = series.last_day
        headroom = top * 0.1 + step / 2
        self.view.setLimits(
            xMin=-3, xMax=MAX_OVERLAY_DAYS + 5, yMin=-0.3, yMax=top + headroom, minXRange=14
        )
        self.view.setYRange(-top * 0.02, top + headroom, padding=0)
        self.set_grid(self.plot, list(range(0, int(top) + 1, step)))
        self.plot.getAxis("left").setTicks(
            [[(v, str(v)) for v in range(0, int(top) + 1, step)], []]
        )
        self.view.setXRange(-1.5, last + 1, padding=0)

    def _rebuild_legend(self, series: OverlaySeries) -> None:
        theme = self.theme
        entries: list[tuple[LegendSample, str]] = []
        count = named_count(series)
        for cycle in reversed(series.curves):
            if cycle.age >= count:
                break
            text = cycle.label
            if cycle.is_latest:
                text = self.tr("%1 (latest)").replace("%1", cycle.label)
            entries.append((LegendSample(pen=self._cycle_pen(cycle)), text))
        if self.earlier_count:
            pen = cosmetic_pen(self.earlier_curve.opts["pen"].color(), 1.5)
            text = self.tr("Earlier cycles (%1)").replace("%1", str(self.earlier_count))
            entries.append((LegendSample(pen=pen), text))
        if series.spread is not None:
            entries.append(
                (
                    LegendSample(pen=cosmetic_pen(theme.foreground, 2.2, MEDIAN_STYLE)),
                    self.tr("Median of %1 cycles").replace("%1", str(series.spread.cycles)),
                )
            )
            entries.append(
                (
                    LegendSample(shape="band", brush=self._spread_fill()),
                    self.tr("Middle half of the cycles"),
                )
            )
        if series.reference is not None:
            entries.append(
                (
                    LegendSample(pen=cosmetic_pen(theme.foreground, 1.4, REFERENCE_STYLE)),
                    self.reference_text(series),
                )
            )
        if series.improved_at_most is not None:
            entries.append(
                (
                    LegendSample(pen=cosmetic_pen(theme.foreground, 1.4, IMPROVED_STYLE)),
                    self.tr("30% better than the reference: %1").replace(
                        "%1", one_decimal(series.improved_at_most)
                    ),
                )
            )
        # Named here as well as inside the bands, where a narrow chart leaves no room.
        if series.onset_window is not None:
            entries.append((onset_sample(theme), self.tr("Expected onset")))
        if series.reinjection_window is not None:
            entries.append((reinjection_sample(theme), self.tr("Re-injection window")))
        for symbol, fill, text in (
            (_ONSET_SYMBOL, theme.onset_mark, self.tr("Relief began (onset)")),
            (_WEAR_OFF_SYMBOL, theme.wear_off_mark, self.tr("Wore off")),
        ):
            sample = LegendSample(
                shape="symbol", symbol=symbol, pen=cosmetic_pen(theme.foreground), brush=fill
            )
            entries.append((sample, text))
        if series.reported_wear_offs:
            sample = LegendSample(
                shape="symbol",
                symbol=_REPORTED_SYMBOL,
                pen=cosmetic_pen(theme.metric(series.metric), 1.8),
                brush=theme.background,
            )
            entries.append((sample, self.tr("Wear-off you reported")))
        self.set_legend_entries(self.legend, entries)

    @property
    def series(self) -> OverlaySeries | None:
        return self._series
