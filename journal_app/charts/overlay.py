"""Cycles overlaid: every cycle's trailing mean by day since its injection, the latest on top."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from journal_app.charts.colour import mix, with_alpha
from journal_app.charts.figure import ChartFigure
from journal_app.charts.items import LegendSample, WindowBands, chart_font, cosmetic_pen
from journal_app.charts.series import MAX_OVERLAY_DAYS, CycleCurve, OverlaySeries
from journal_app.charts.theme import ChartTheme
from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.wording.labels import metric_short_name
from journal_app.wording.text import one_decimal

Y_EXTENT = (-5.0, 20.0)
#: Cycles named one by one in the legend; older ones share one entry.
NAMED_CYCLES = 4
_ONSET_SYMBOL = "t"  # a triangle pointing down: symptoms fall
_WEAR_OFF_SYMBOL = "t1"  # pointing up: they rise again


class OverlayFigure(ChartFigure):
    """Draws an OverlaySeries: one curve per cycle, windows shaded, onset and wear-off marked."""

    def __init__(self, theme: ChartTheme) -> None:
        super().__init__(theme)
        self.legend = self.add_legend(row=0, columns=4)
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
        self.onset_band = WindowBands(Y_EXTENT)
        self.reinjection_band = WindowBands(Y_EXTENT)
        for band in (self.onset_band, self.reinjection_band):
            band.setZValue(-30)
            self.plot.addItem(band, ignoreBounds=True)
        self.baseline_line = self._reference_line(Qt.PenStyle.DashLine)
        self.improved_line = self._reference_line(Qt.PenStyle.DotLine)
        self.onset_marks = pg.ScatterPlotItem(symbol=_ONSET_SYMBOL)
        self.wear_off_marks = pg.ScatterPlotItem(symbol=_WEAR_OFF_SYMBOL)
        for marks in (self.onset_marks, self.wear_off_marks):
            marks.setZValue(40)
            self.plot.addItem(marks, ignoreBounds=True)
        self.curves: list[pg.PlotCurveItem] = []
        self.earlier_curve = pg.PlotCurveItem(connect="finite")
        self.earlier_curve.setZValue(5)
        self.earlier_count = 0
        self.plot.addItem(self.earlier_curve, ignoreBounds=True)
        self._series: OverlaySeries | None = None
        self.apply_theme(self.theme)

    def _reference_line(self, style: Qt.PenStyle) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            angle=0,
            movable=False,
            label="",
            labelOpts={"position": 0.985, "anchors": [(1, 1), (1, 1)]},
        )
        line.setZValue(35)  # above the curves, so that its label stays readable
        line.hide()
        self.plot.addItem(line, ignoreBounds=True)
        return line

    # -- theme ---------------------------------------------------------------------------

    def apply_theme(self, theme: ChartTheme) -> None:
        self.onset_band.set_colours(theme.onset_fill, theme.onset_edge, theme.foreground)
        self.reinjection_band.set_colours(
            theme.reinjection_fill, theme.reinjection_edge, theme.foreground
        )
        for line, style in (
            (self.baseline_line, Qt.PenStyle.DashLine),
            (self.improved_line, Qt.PenStyle.DotLine),
        ):
            line.setPen(cosmetic_pen(theme.foreground, 1.3, style))
            line.label.setColor(theme.foreground)
            line.label.setFont(chart_font(8.5))
            line.label.fill = pg.mkBrush(with_alpha(theme.background, 215))
        if self._series is not None:
            self._draw_curves(self._series)

    def _cycle_colour(self, curve: CycleCurve, oldest_age: int) -> QColor:
        colour = self.theme.metric(self._series.metric if self._series else CHARTED_METRICS[0])
        if curve.is_latest:
            return colour
        # Older cycles fade towards the background: the named recent ones step by step, the
        # rest alike.
        fade = min(0.25 + 0.15 * (curve.age - 1), 0.72)
        return mix(colour, self.theme.background, fade)

    # -- data ----------------------------------------------------------------------------

    def set_series(self, series: OverlaySeries) -> None:
        self._series = series
        self._draw_windows(series)
        self._draw_curves(series)
        self._draw_references(series)
        self._set_ranges(series)
        self.plot.setLabel(
            "left",
            self.tr("%1, %2-day mean")
            .replace("%1", metric_short_name(series.metric))
            .replace("%2", str(series.mean_days)),
            color=self.theme.foreground.name(),
            **{"font-size": "9pt"},
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

    def _draw_curves(self, series: OverlaySeries) -> None:
        """The latest cycle and the named ones get an item each; all earlier cycles share one."""
        named = [c for c in series.curves if c.age < NAMED_CYCLES]
        earlier = [c for c in series.curves if c.age >= NAMED_CYCLES]
        oldest = max((c.age for c in series.curves), default=0)
        while len(self.curves) > len(named):
            self.plot.removeItem(self.curves.pop())
        while len(self.curves) < len(named):
            curve = pg.PlotCurveItem(connect="finite")
            curve.setSegmentedLineMode("on")
            self.plot.addItem(curve, ignoreBounds=True)
            self.curves.append(curve)
        for item, cycle in zip(self.curves, named, strict=True):
            item.setPen(cosmetic_pen(self._cycle_colour(cycle, oldest), self._width(cycle)))
            item.setData(cycle.days, cycle.means, connect="finite")
            item.setZValue(30 if cycle.is_latest else 20 - cycle.age)
        self._draw_earlier(earlier, oldest)
        self._draw_marks(series.curves, oldest)
        self._rebuild_legend(series, oldest)

    def _draw_earlier(self, earlier: list[CycleCurve], oldest: int) -> None:
        # One item for many cycles: NaN between them keeps each its own line.
        gap = np.array([np.nan])
        days = np.concatenate([part for c in earlier for part in (c.days, gap)] or [gap])
        means = np.concatenate([part for c in earlier for part in (c.means, gap)] or [gap])
        colour = self._cycle_colour(earlier[-1], oldest) if earlier else self.theme.muted
        self.earlier_curve.setPen(cosmetic_pen(colour, 1.0))
        self.earlier_curve.setData(days, means, connect="finite")
        self.earlier_count = len(earlier)

    def _draw_marks(self, curves: tuple[CycleCurve, ...], oldest: int) -> None:
        # Two shared styles, the latest cycle's and the rest's: pyqtgraph renders one symbol
        # image per distinct pen and brush, so per-cycle colours would cost ~0.1 ms a mark.
        older_edge = cosmetic_pen(self._cycle_colour(curves[0], oldest), 1.0) if curves else None
        latest_edge = cosmetic_pen(self.theme.foreground, 1.4)
        for marks, pick, fill in (
            (self.onset_marks, lambda c: c.onset, self.theme.onset_mark),
            (self.wear_off_marks, lambda c: c.wear_off, self.theme.wear_off_mark),
        ):
            latest_fill, older_fill = pg.mkBrush(fill), pg.mkBrush(with_alpha(fill, 140))
            marked = [(c, pick(c)) for c in curves if pick(c) is not None]
            marks.setData(
                x=[mark[0] for _, mark in marked],
                y=[mark[1] for _, mark in marked],
                size=[14 if c.is_latest else 7 for c, _ in marked],
                pen=[latest_edge if c.is_latest else older_edge for c, _ in marked],
                brush=[latest_fill if c.is_latest else older_fill for c, _ in marked],
            )

    def drawn_cycles(self) -> int:
        """How many cycles have a curve: one item each for the named, one for all earlier."""
        return len(self.curves) + self.earlier_count

    def earlier_pieces(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """The earlier cycles' curves as drawn, split where the shared item separates them."""
        days, means = self.earlier_curve.getData()
        if days is None or not len(days):
            return []
        breaks = np.flatnonzero(np.isnan(days))
        pieces, start = [], 0
        for stop in breaks.tolist():
            if stop > start:
                pieces.append((days[start:stop], means[start:stop]))
            start = stop + 1
        return pieces

    @staticmethod
    def _width(cycle: CycleCurve) -> float:
        # Width 1 keeps Qt's fast cosmetic path for the many older curves.
        if cycle.is_latest:
            return 3.2
        return 1.6 if cycle.age < NAMED_CYCLES else 1.0

    def _draw_references(self, series: OverlaySeries) -> None:
        for line, value, template in (
            (self.baseline_line, series.baseline, self.tr("Baseline %1 (latest cycle)")),
            (self.improved_line, series.improved_at_most, self.tr("30% below baseline: %1")),
        ):
            if value is None:
                line.hide()
                continue
            line.setPos(value)
            # The label formats with str.format(value=…): braces in a translation stay literal.
            text = template.replace("%1", one_decimal(value))
            line.label.setFormat(text.replace("{", "{{").replace("}", "}}"))
            line.show()
            line.label.valueChanged()

    def _set_ranges(self, series: OverlaySeries) -> None:
        finite = [c.means[np.isfinite(c.means)] for c in series.curves]
        peaks = [float(v.max()) for v in finite if v.size]
        if series.baseline is not None:
            peaks.append(series.baseline)
        top = min(max(math.ceil(max(peaks, default=5.0) + 0.6), 3), 10.5)
        last = series.last_day
        self.view.setLimits(
            xMin=-3, xMax=MAX_OVERLAY_DAYS + 5, yMin=-0.3, yMax=top + 1.6, minXRange=14
        )
        self.view.setYRange(-0.2, top + 1.5, padding=0)
        self.set_grid(self.plot, list(range(0, int(top) + 1)))
        self.view.setXRange(-1.5, last + 1, padding=0)

    def _rebuild_legend(self, series: OverlaySeries, oldest: int) -> None:
        theme = self.theme
        entries: list[tuple[LegendSample, str]] = []
        for cycle in reversed(series.curves):
            if cycle.age >= NAMED_CYCLES:
                break
            text = cycle.label
            if cycle.is_latest:
                text = self.tr("%1 (latest)").replace("%1", cycle.label)
            pen = cosmetic_pen(self._cycle_colour(cycle, oldest), self._width(cycle))
            entries.append((LegendSample(pen=pen), text))
        if self.earlier_count:
            pen = cosmetic_pen(self.earlier_curve.opts["pen"].color(), 1.5)
            text = self.tr("Earlier cycles (%1)").replace("%1", str(self.earlier_count))
            entries.append((LegendSample(pen=pen), text))
        for symbol, fill, text in (
            (_ONSET_SYMBOL, theme.onset_mark, self.tr("Relief began (onset)")),
            (_WEAR_OFF_SYMBOL, theme.wear_off_mark, self.tr("Wore off")),
        ):
            sample = LegendSample(
                shape="symbol", symbol=symbol, pen=cosmetic_pen(theme.foreground), brush=fill
            )
            entries.append((sample, text))
        self.set_legend_entries(self.legend, entries)

    @property
    def series(self) -> OverlaySeries | None:
        return self._series
