"""The timeline: daily severities, their levels, injections and each track's windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt

from journal_app.charts.colour import with_alpha
from journal_app.charts.figure import ChartFigure
from journal_app.charts.items import (
    InjectionMarkers,
    LegendSample,
    WindowBands,
    cosmetic_pen,
)
from journal_app.charts.series import (
    SECONDS_PER_DAY,
    InjectionMark,
    SessionMark,
    TimelineSeries,
    day_timestamp,
)
from journal_app.charts.theme import ChartTheme
from journal_app.charts.window_bands import colour_window_bands, onset_sample, reinjection_sample
from journal_app.domain.metrics import CHARTED_METRICS, METRICS
from journal_app.domain.models import Metric
from journal_app.wording.labels import metric_short_name

SEVERITY_TOP = 10
#: The bands and lines reach this far in y; the view never shows more.
Y_EXTENT = (-5.0, 20.0)
_BOTTOM_STRIP_PX = 18.0
_HALF_DAY = SECONDS_PER_DAY / 2
_MIN_VISIBLE_DAYS = 14
_LIMIT_MARGIN_DAYS = 45


class TimelineSeriesKey(str, Enum):
    """What the series toggles show or hide."""

    SPASM_POINTS = "spasm_points"
    SPASM_LEVEL = "spasm_level"
    HEADACHE_POINTS = "headache_points"
    HEADACHE_LEVEL = "headache_level"
    WINDOWS = "windows"


# Each charted metric's toggles, its daily points' and its level's, in the legend's order.
METRIC_SERIES: Mapping[Metric, tuple[TimelineSeriesKey, TimelineSeriesKey]] = MappingProxyType(
    {
        Metric.SPASM: (TimelineSeriesKey.SPASM_POINTS, TimelineSeriesKey.SPASM_LEVEL),
        Metric.HEADACHE: (TimelineSeriesKey.HEADACHE_POINTS, TimelineSeriesKey.HEADACHE_LEVEL),
    }
)


@dataclass(frozen=True)
class MetricMarks:
    """How a charted metric is drawn apart from the others, in colour and in black and white."""

    symbol: str  # of its daily points
    level_style: Qt.PenStyle  # of its level line


METRIC_MARKS: Mapping[Metric, MetricMarks] = MappingProxyType(
    {
        Metric.SPASM: MetricMarks("o", Qt.PenStyle.SolidLine),
        Metric.HEADACHE: MetricMarks("s", Qt.PenStyle.DashLine),
    }
)
# The re-injection window is hatched and dashed, the onset window plain: apart in grey too.
AS_OF_STYLE = Qt.PenStyle.DashDotLine


class RangePreset(Enum):
    """How many days before today the timeline shows; ALL shows the whole journal."""

    THREE_MONTHS = 91
    SIX_MONTHS = 182
    ONE_YEAR = 365
    ALL = 0


class TimelineFigure(ChartFigure):
    """Draws a TimelineSeries: a range of days, shown by preset or set by hand."""

    def __init__(self, theme: ChartTheme) -> None:
        super().__init__(theme)
        self.legend = self.add_legend(row=0)
        self.plot = self.add_plot(row=1, date_axis=True)
        self.view = self.plot.getViewBox()
        self.plot.setLabel("left", self.tr("Severity (0–10)"))
        self.plot.getAxis("left").setTicks(
            [
                [(v, str(v)) for v in range(0, SEVERITY_TOP + 1, 2)],
                [(v, "") for v in range(1, 10, 2)],
            ]
        )
        self.set_grid(self.plot, list(range(0, SEVERITY_TOP + 1, 2)))
        self._series: TimelineSeries | None = None
        self._logged: dict[Metric, tuple[np.ndarray, np.ndarray]] = {}
        self._preset = RangePreset.ONE_YEAR
        self._build_items()
        self._samples: dict[str, LegendSample] = {}
        self._hidden: set[TimelineSeriesKey] = set()
        self.view.sigResized.connect(self._fit_y)
        self.view.sigXRangeChanged.connect(self._show_points)
        self.view.sigResized.connect(self._show_points)
        self.apply_theme(self.theme)
        self._fit_y()

    # -- building ------------------------------------------------------------------------

    def _build_items(self) -> None:
        self.onset_bands = WindowBands(Y_EXTENT)
        self.reinjection_bands = WindowBands(Y_EXTENT)
        self.injection_markers = InjectionMarkers(Y_EXTENT)
        self.points: dict[Metric, pg.PlotDataItem] = {}
        self.levels: dict[Metric, pg.PlotDataItem] = {}
        for z, metric in enumerate(CHARTED_METRICS):
            symbol = METRIC_MARKS[metric].symbol
            points = pg.PlotDataItem(pen=None, symbol=symbol, symbolSize=5, symbolPen=None)
            level = pg.PlotDataItem(connect="finite")
            level.setClipToView(True)
            level.setDownsampling(auto=True, method="mean")
            # About one sample per pixel: pyqtgraph's default of five adds nothing visible.
            level.opts["autoDownsampleFactor"] = 1.0
            # Antialiased wide lines as one path are ~10× slower to draw than as segments, but
            # a dash pattern starts again on every segment: dashed lines stay one path.
            solid = METRIC_MARKS[metric].level_style is Qt.PenStyle.SolidLine
            level.curve.setSegmentedLineMode("on" if solid else "off")
            points.setZValue(1 + z)
            level.setZValue(5 + z)
            self.points[metric], self.levels[metric] = points, level
        self.checkups = pg.ScatterPlotItem(symbol="d", size=10)
        # Named in the legend, not beside the line: a label there would cover data or marks.
        self.as_of_line = pg.InfiniteLine(angle=90, movable=False)
        self.onset_bands.setZValue(-30)
        self.reinjection_bands.setZValue(-30)
        self.injection_markers.setZValue(-10)
        self.checkups.setZValue(8)
        self.as_of_line.setZValue(9)
        items: list[pg.GraphicsObject] = [
            self.onset_bands,
            self.reinjection_bands,
            self.injection_markers,
            *self.points.values(),
            *self.levels.values(),
            self.checkups,
            self.as_of_line,
        ]
        for item in items:
            self.plot.addItem(item, ignoreBounds=True)
        self._toggled: dict[TimelineSeriesKey, list[pg.GraphicsObject]] = {
            TimelineSeriesKey.WINDOWS: [self.onset_bands, self.reinjection_bands]
        }
        for metric, (points_key, level_key) in METRIC_SERIES.items():
            self._toggled[points_key] = [self.points[metric]]
            self._toggled[level_key] = [self.levels[metric]]

    def _as_of_text(self) -> str:
        """The line at the as-of day: today, or the last entry of a journal gone quiet."""
        if self._series is not None and self._series.quiet:
            return self.tr("Last entry")
        return self.tr("Today")

    def _rebuild_legend(self, theme: ChartTheme) -> None:
        self.legend.clear()
        line = cosmetic_pen
        entries: list[tuple[str, LegendSample, str]] = []
        for metric, (points_key, level_key) in METRIC_SERIES.items():
            name = metric_short_name(metric)
            marks = METRIC_MARKS[metric]
            level = self.tr("%1 (%2-day centred mean)").replace(
                "%2", str(METRICS[metric].level_days)
            )
            entries += [
                (
                    points_key,
                    LegendSample(shape="symbol", brush=theme.points(metric), symbol=marks.symbol),
                    self.tr("%1 (daily)").replace("%1", name),
                ),
                (
                    level_key,
                    LegendSample(pen=line(theme.metric(metric), 2.5, marks.level_style)),
                    level.replace("%1", name),
                ),
            ]
        entries += [
            (
                "injection",
                LegendSample(shape="vline", pen=line(theme.injection, 2)),
                self.tr("Injection"),
            ),
            (TimelineSeriesKey.WINDOWS, onset_sample(theme), self.tr("Expected onset")),
            ("reinjection", reinjection_sample(theme), self.tr("Re-injection window")),
            (
                "checkup",
                LegendSample(
                    shape="symbol", symbol="d", pen=line(theme.foreground), brush=theme.background
                ),
                self.tr("Check-up due"),
            ),
            (
                "as_of",
                LegendSample(shape="vline", pen=line(theme.foreground, 1.2, AS_OF_STYLE)),
                self._as_of_text(),
            ),
        ]
        self._samples = {}
        for key, sample, text in entries:
            self.legend.addItem(sample, text)
            self._samples[str(key)] = sample
        self._sync_samples()

    # -- theme ---------------------------------------------------------------------------

    def apply_theme(self, theme: ChartTheme) -> None:
        for metric in CHARTED_METRICS:
            self.points[metric].setSymbolBrush(theme.points(metric))
            style = METRIC_MARKS[metric].level_style
            self.levels[metric].setPen(cosmetic_pen(theme.metric(metric), 2.2, style))
        colour_window_bands(self.onset_bands, self.reinjection_bands, theme)
        self.injection_markers.set_colours(
            theme.injection, with_alpha(theme.background, 235), theme.foreground
        )
        self.checkups.setPen(cosmetic_pen(theme.foreground, 1.3))
        self.checkups.setBrush(theme.background)
        self.as_of_line.setPen(cosmetic_pen(theme.foreground, 1.3, AS_OF_STYLE))
        self._rebuild_legend(theme)

    # -- data ----------------------------------------------------------------------------

    def set_series(self, series: TimelineSeries) -> None:
        """Draw ``series``, keeping the chosen range preset and toggles."""
        quiet_changed = self._series is None or self._series.quiet != series.quiet
        self._series = series
        # The range first: clipping and downsampling then work on what is shown only.
        self._set_limits(series)
        self._fit_y()
        self.set_range_preset(self._preset)
        stamps = series.timestamps
        for metric in CHARTED_METRICS:
            daily = series.metrics[metric]
            logged = np.isfinite(daily.values)
            self._logged[metric] = (stamps[logged], daily.values[logged])
            self.levels[metric].setData(stamps, daily.levels, connect="finite")
        self._show_points()
        self._set_injections(series.injections)
        self._set_sessions(series.sessions)
        self.as_of_line.setPos(day_timestamp(series.as_of))
        if quiet_changed:
            self._rebuild_legend(self.theme)

    def _show_points(self) -> None:
        """Hand the scatter only the points in view, one per pixel column and value."""
        (low, high), width = self.view.viewRange()[0], max(self.view.width(), 1.0)
        per_pixel = (high - low) / width
        for metric, (x, y) in self._logged.items():
            first, last = np.searchsorted(x, [low - per_pixel, high + per_pixel])
            x_in, y_in = x[first:last], y[first:last]
            if per_pixel > SECONDS_PER_DAY / 2 and len(x_in):
                # Several days share a pixel: drawing the same dot twice shows nothing new.
                column = ((x_in - low) // per_pixel).astype(np.int64)
                _, keep = np.unique(column * 16 + y_in.astype(np.int64), return_index=True)
                x_in, y_in = x_in[keep], y_in[keep]
            self.points[metric].setData(x_in, y_in)

    def _set_injections(self, injections: tuple[InjectionMark, ...]) -> None:
        self.injection_markers.set_markers(
            [day_timestamp(mark.day) for mark in injections], [mark.label for mark in injections]
        )

    def _set_sessions(self, sessions: tuple[SessionMark, ...]) -> None:
        def whole_days(first: dt.date, last: dt.date) -> tuple[float, float]:
            return day_timestamp(first) - _HALF_DAY, day_timestamp(last) + _HALF_DAY

        self.onset_bands.set_spans([whole_days(*m.onset) for m in sessions if m.onset])
        self.reinjection_bands.set_spans(
            [whole_days(*m.reinjection) for m in sessions if m.reinjection]
        )
        checkups = [day_timestamp(m.checkup) for m in sessions if m.checkup is not None]
        self.checkups.setData(x=checkups, y=[self._checkup_y()] * len(checkups))

    def _set_limits(self, series: TimelineSeries) -> None:
        first, last = series.span()
        margin = _LIMIT_MARGIN_DAYS * SECONDS_PER_DAY
        low, high = day_timestamp(first) - margin, day_timestamp(last) + margin
        self.view.setLimits(
            xMin=low,
            xMax=high,
            minXRange=_MIN_VISIBLE_DAYS * SECONDS_PER_DAY,
            maxXRange=high - low,
        )

    def _checkup_y(self) -> float:
        low = self.view.viewRange()[1][0]
        return low / 2

    def _fit_y(self) -> None:
        """Reserve pixels above the data for injection labels and below it for check-ups."""
        height = max(self.view.height(), 80.0)
        top_px = self.injection_markers.rows_height()
        per_unit = max(height - top_px - _BOTTOM_STRIP_PX, 40.0) / SEVERITY_TOP
        low, high = -_BOTTOM_STRIP_PX / per_unit, SEVERITY_TOP + top_px / per_unit
        self.view.setLimits(yMin=low, yMax=high)
        self.view.setYRange(low, high, padding=0)
        x, _ = self.checkups.getData()
        if x is not None and len(x):
            self.checkups.setData(x=x, y=np.full(len(x), low / 2))

    # -- range ---------------------------------------------------------------------------

    def set_range_preset(self, preset: RangePreset) -> None:
        self._preset = preset
        if self._series is None:
            return
        self.show_days(*self._preset_days(self._series, preset))

    @staticmethod
    def _preset_days(series: TimelineSeries, preset: RangePreset) -> tuple[dt.date, dt.date]:
        """The preset's days up to the as-of day: a quiet journal shows its last months."""
        if preset is RangePreset.ALL:
            first, last = series.span()
            pad = dt.timedelta(days=max(7, (last - first).days // 50))
            return first - pad, last + pad
        days = preset.value
        end_day = series.as_of
        end = end_day + dt.timedelta(days=max(7, days // 8))
        # Keep an upcoming re-injection window in view when it is near enough.
        upcoming = [
            m.reinjection[1]
            for m in series.sessions
            if m.reinjection and m.reinjection[1] > end_day
        ]
        if upcoming:
            reach = min(
                max(upcoming) + dt.timedelta(days=4), end_day + dt.timedelta(days=days // 3)
            )
            end = max(end, reach)
        return end_day - dt.timedelta(days=days), end

    def show_days(self, first: dt.date, last: dt.date) -> None:
        """Show ``first`` to ``last``, whatever the preset."""
        self.view.setXRange(
            day_timestamp(first) - _HALF_DAY, day_timestamp(last) + _HALF_DAY, padding=0
        )

    def range_preset(self) -> RangePreset:
        return self._preset

    def x_range(self) -> tuple[float, float]:
        low, high = self.view.viewRange()[0]
        return float(low), float(high)

    # -- toggles -------------------------------------------------------------------------

    def set_series_visible(self, key: TimelineSeriesKey, visible: bool) -> None:
        for item in self._toggled[key]:
            item.setVisible(visible)
        if visible:
            self._hidden.discard(key)
        else:
            self._hidden.add(key)
        self._sync_samples()

    def is_series_visible(self, key: TimelineSeriesKey) -> bool:
        return key not in self._hidden

    def _sync_samples(self) -> None:
        for key, sample in self._samples.items():
            hidden = key in {str(k) for k in self._hidden}
            if key == "reinjection":
                hidden = TimelineSeriesKey.WINDOWS in self._hidden
            sample.set_shown(not hidden)

    @property
    def series(self) -> TimelineSeries | None:
        return self._series
