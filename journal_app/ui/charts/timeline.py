"""The timeline: daily severities, trailing means, injections and their expected windows."""

from __future__ import annotations

import bisect
import datetime as dt
from enum import Enum

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QWidget

from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.domain.models import Metric
from journal_app.ui.charts.base import ChartCanvas, Crosshairs, Hover
from journal_app.ui.charts.items import (
    InjectionMarkers,
    LegendSample,
    WindowBands,
    chart_font,
    cosmetic_pen,
)
from journal_app.ui.charts.series import (
    SECONDS_PER_DAY,
    SessionMark,
    TimelineSeries,
    day_timestamp,
    timestamp_day,
)
from journal_app.ui.charts.theme import ChartTheme, with_alpha
from journal_app.ui.text import one_decimal, short_date

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
    SPASM_MEAN = "spasm_mean"
    HEADACHE_POINTS = "headache_points"
    HEADACHE_MEAN = "headache_mean"
    WINDOWS = "windows"


class RangePreset(Enum):
    """How many days before today the timeline shows; ALL shows the whole journal."""

    THREE_MONTHS = 91
    SIX_MONTHS = 182
    ONE_YEAR = 365
    ALL = 0


class TimelineChart(ChartCanvas):
    """Draws a TimelineSeries; hovering names the day under the mouse (``readout_changed``)."""

    readout_changed = Signal(str)
    hover: Crosshairs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline chart"))
        self.legend = self.add_legend(row=0, columns=5)
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
        self._session_days: list[dt.date] = []
        self._build_items()
        self._samples: dict[str, LegendSample] = {}
        self._hidden: set[TimelineSeriesKey] = set()
        self.view.sigResized.connect(self._fit_y)
        self.view.sigXRangeChanged.connect(self._show_points)
        self.view.sigResized.connect(self._show_points)
        self.apply_theme(self.theme)
        self._fit_y()
        self.theme_ready = True

    # -- building ------------------------------------------------------------------------

    def _build_items(self) -> None:
        self.onset_bands = WindowBands(Y_EXTENT)
        self.reinjection_bands = WindowBands(Y_EXTENT)
        self.injection_markers = InjectionMarkers(Y_EXTENT)
        self.points: dict[Metric, pg.PlotDataItem] = {}
        self.means: dict[Metric, pg.PlotDataItem] = {}
        for z, metric in enumerate((Metric.HEADACHE, Metric.SPASM)):
            points = pg.PlotDataItem(pen=None, symbol="o", symbolSize=5, symbolPen=None)
            mean = pg.PlotDataItem(connect="finite")
            mean.setClipToView(True)
            mean.setDownsampling(auto=True, method="mean")
            # About one sample per pixel: pyqtgraph's default of five adds nothing visible.
            mean.opts["autoDownsampleFactor"] = 1.0
            # Antialiased wide lines as one path are ~10× slower to draw than as segments.
            mean.curve.setSegmentedLineMode("on")
            points.setZValue(1 + z)
            mean.setZValue(5 + z)
            self.points[metric], self.means[metric] = points, mean
        self.checkups = pg.ScatterPlotItem(symbol="d", size=10)
        self.today_line = pg.InfiniteLine(angle=90, movable=False)
        self.today_label = pg.TextItem(self.tr("Today"), anchor=(0, 1))
        self.onset_bands.setZValue(-30)
        self.reinjection_bands.setZValue(-30)
        self.injection_markers.setZValue(-10)
        self.checkups.setZValue(8)
        self.today_line.setZValue(9)
        self.today_label.setZValue(9)
        items: list[pg.GraphicsObject] = [
            self.onset_bands,
            self.reinjection_bands,
            self.injection_markers,
            *self.points.values(),
            *self.means.values(),
            self.checkups,
            self.today_line,
            self.today_label,
        ]
        for item in items:
            self.plot.addItem(item, ignoreBounds=True)
        self.hover = Crosshairs(self, [self.plot], self._hover_at, self.readout_changed.emit, z=20)
        self.crosshair = self.hover.lines[0]

    def _rebuild_legend(self, theme: ChartTheme) -> None:
        self.clear_legend(self.legend)
        line = cosmetic_pen
        entries = [
            (
                TimelineSeriesKey.SPASM_POINTS,
                LegendSample(shape="symbol", brush=theme.points(Metric.SPASM), symbol="o"),
                self.tr("Spasm (daily)"),
            ),
            (
                TimelineSeriesKey.SPASM_MEAN,
                LegendSample(pen=line(theme.metric(Metric.SPASM), 2.5)),
                self.tr("Spasm (7-day mean)"),
            ),
            (
                TimelineSeriesKey.HEADACHE_POINTS,
                LegendSample(shape="symbol", brush=theme.points(Metric.HEADACHE), symbol="o"),
                self.tr("Headache (daily)"),
            ),
            (
                TimelineSeriesKey.HEADACHE_MEAN,
                LegendSample(pen=line(theme.metric(Metric.HEADACHE), 2.5)),
                self.tr("Headache (14-day mean)"),
            ),
            ("injection", LegendSample(pen=line(theme.injection, 2)), self.tr("Injection")),
            (
                TimelineSeriesKey.WINDOWS,
                LegendSample(shape="band", brush=theme.onset_fill, pen=line(theme.onset_edge)),
                self.tr("Expected onset"),
            ),
            (
                "reinjection",
                LegendSample(
                    shape="band", brush=theme.reinjection_fill, pen=line(theme.reinjection_edge)
                ),
                self.tr("Re-injection window"),
            ),
            (
                "checkup",
                LegendSample(
                    shape="symbol", symbol="d", pen=line(theme.foreground), brush=theme.background
                ),
                self.tr("Check-up due"),
            ),
            (
                "today",
                LegendSample(pen=line(theme.foreground, 1.2, Qt.PenStyle.DashLine)),
                self.tr("Today"),
            ),
        ]
        self._samples = {}
        for key, sample, text in entries:
            self.add_legend_entry(self.legend, sample, text)
            self._samples[str(key)] = sample
        self._sync_samples()

    # -- theme ---------------------------------------------------------------------------

    def apply_theme(self, theme: ChartTheme) -> None:
        for metric in CHARTED_METRICS:
            self.points[metric].setSymbolBrush(theme.points(metric))
            self.means[metric].setPen(cosmetic_pen(theme.metric(metric), 2.2))
        self.onset_bands.set_colours(theme.onset_fill, theme.onset_edge, theme.foreground)
        self.reinjection_bands.set_colours(
            theme.reinjection_fill, theme.reinjection_edge, theme.foreground
        )
        self.injection_markers.set_colours(
            theme.injection, with_alpha(theme.background, 235), theme.foreground
        )
        self.checkups.setPen(cosmetic_pen(theme.foreground, 1.3))
        self.checkups.setBrush(theme.background)
        self.today_line.setPen(cosmetic_pen(theme.foreground, 1.3, Qt.PenStyle.DashLine))
        self.today_label.setColor(theme.foreground)
        self.today_label.setFont(chart_font(8.5, bold=True))
        self.hover.apply_theme(theme)
        self._rebuild_legend(theme)

    # -- data ----------------------------------------------------------------------------

    def set_series(self, series: TimelineSeries) -> None:
        """Draw ``series``, keeping the chosen range preset and toggles."""
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
            self.means[metric].setData(stamps, daily.means, connect="finite")
        self._show_points()
        self._set_sessions(series.sessions)
        today = day_timestamp(series.today)
        self.today_line.setPos(today)
        self.today_label.setPos(today, self.view.viewRange()[1][0])

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

    def _set_sessions(self, sessions: tuple[SessionMark, ...]) -> None:
        self._session_days = [mark.day for mark in sessions]

        def whole_days(first: dt.date, last: dt.date) -> tuple[float, float]:
            return day_timestamp(first) - _HALF_DAY, day_timestamp(last) + _HALF_DAY

        self.onset_bands.set_spans([whole_days(*mark.onset) for mark in sessions])
        self.reinjection_bands.set_spans([whole_days(*mark.reinjection) for mark in sessions])
        self.injection_markers.set_markers(
            [day_timestamp(mark.day) for mark in sessions], [mark.label for mark in sessions]
        )
        checkups = [day_timestamp(mark.checkup) for mark in sessions if mark.checkup is not None]
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
        self.today_label.setPos(self.today_line.value(), low)

    # -- range ---------------------------------------------------------------------------

    def set_range_preset(self, preset: RangePreset) -> None:
        self._preset = preset
        if self._series is None:
            return
        start, end = self._preset_days(self._series, preset)
        self.view.setXRange(
            day_timestamp(start) - _HALF_DAY, day_timestamp(end) + _HALF_DAY, padding=0
        )

    @staticmethod
    def _preset_days(series: TimelineSeries, preset: RangePreset) -> tuple[dt.date, dt.date]:
        if preset is RangePreset.ALL:
            first, last = series.span()
            pad = dt.timedelta(days=max(7, (last - first).days // 50))
            return first - pad, last + pad
        days = preset.value
        today = series.today
        end = today + dt.timedelta(days=max(7, days // 8))
        # Keep an upcoming re-injection window in view when it is near enough.
        upcoming = [m.reinjection[1] for m in series.sessions if m.reinjection[1] > today]
        if upcoming:
            reach = min(max(upcoming) + dt.timedelta(days=4), today + dt.timedelta(days=days // 3))
            end = max(end, reach)
        return today - dt.timedelta(days=days), end

    def range_preset(self) -> RangePreset:
        return self._preset

    def x_range(self) -> tuple[float, float]:
        low, high = self.view.viewRange()[0]
        return float(low), float(high)

    # -- toggles -------------------------------------------------------------------------

    def _items_of(self, key: TimelineSeriesKey) -> list[pg.GraphicsObject]:
        return {
            TimelineSeriesKey.SPASM_POINTS: [self.points[Metric.SPASM]],
            TimelineSeriesKey.SPASM_MEAN: [self.means[Metric.SPASM]],
            TimelineSeriesKey.HEADACHE_POINTS: [self.points[Metric.HEADACHE]],
            TimelineSeriesKey.HEADACHE_MEAN: [self.means[Metric.HEADACHE]],
            TimelineSeriesKey.WINDOWS: [self.onset_bands, self.reinjection_bands],
        }[key]

    def set_series_visible(self, key: TimelineSeriesKey, visible: bool) -> None:
        for item in self._items_of(key):
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

    # -- hover read-out ------------------------------------------------------------------

    def readout_at(self, timestamp: float) -> str:
        """The date under ``timestamp`` with both metrics and where it falls in its cycle."""
        series = self._series
        if series is None:
            return ""
        day = timestamp_day(timestamp)
        index = series.index(day)
        parts = [short_date(day)]
        for metric in (Metric.SPASM, Metric.HEADACHE):
            parts.append(self._metric_part(series, metric, index))
        parts.extend(self._session_parts(series, day))
        return " · ".join(parts)

    def _metric_part(self, series: TimelineSeries, metric: Metric, index: int | None) -> str:
        daily = series.metrics[metric]
        value = daily.values[index] if index is not None else np.nan
        mean = daily.means[index] if index is not None else np.nan
        name = self.tr("Spasm") if metric is Metric.SPASM else self.tr("Headache")
        text = (
            self.tr("%1 %2").replace("%1", name).replace("%2", str(int(value)))
            if np.isfinite(value)
            else self.tr("%1 not logged").replace("%1", name)
        )
        if np.isfinite(mean):
            days = str(series.mean_days[metric])
            text += (
                self.tr(" (%1-day mean %2)").replace("%1", days).replace("%2", one_decimal(mean))
            )
        return text

    def _session_parts(self, series: TimelineSeries, day: dt.date) -> list[str]:
        index = bisect.bisect_right(self._session_days, day) - 1
        if index < 0:
            return []
        mark = series.sessions[index]
        since = (day - mark.day).days
        if since == 0:
            parts = [self.tr("injection: %1").replace("%1", mark.label)]
        else:
            parts = [
                self.tr("day %1 after %2 (%3)")
                .replace("%1", str(since))
                .replace("%2", mark.label)
                .replace("%3", short_date(mark.day))
            ]
        if mark.onset[0] <= day <= mark.onset[1]:
            parts.append(self.tr("expected onset window"))
        if mark.reinjection[0] <= day <= mark.reinjection[1]:
            parts.append(self.tr("re-injection window"))
        if mark.checkup == day:
            parts.append(self.tr("check-up due"))
        return parts

    def _hover_at(self, position: QPointF) -> Hover | None:
        if self._series is None or not self.view.sceneBoundingRect().contains(position):
            return None
        timestamp = self.view.mapSceneToView(position).x()
        return day_timestamp(timestamp_day(timestamp)), self.readout_at(timestamp)
