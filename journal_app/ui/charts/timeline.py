"""The timeline in the window: its figure, and the day under the mouse read out."""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QWidget

from journal_app.charts.series import SessionMark, TimelineSeries, day_timestamp, timestamp_day
from journal_app.charts.timeline import (
    METRIC_SERIES,
    RangePreset,
    TimelineFigure,
    TimelineSeriesKey,
)
from journal_app.domain.metrics import METRICS
from journal_app.domain.models import Indication, Metric
from journal_app.ui.charts.base import ChartCanvas, Crosshairs, Hover
from journal_app.wording.labels import indication_label, metric_short_name
from journal_app.wording.text import one_decimal, short_date


class TimelineChart(ChartCanvas):
    """Draws a TimelineSeries; hovering names the day under the mouse (``readout_changed``)."""

    readout_changed = Signal(str)
    hover: Crosshairs
    figure: TimelineFigure

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline chart"))
        self.show_figure(TimelineFigure(self.theme))
        self.hover = Crosshairs(
            self, [self.figure.plot], self._hover_at, self.readout_changed.emit, z=20
        )
        self.hover.apply_theme(self.theme)
        self.crosshair = self.hover.lines[0]
        self.theme_ready = True

    def set_series(self, series: TimelineSeries) -> None:
        """Draw ``series``, keeping the chosen range preset and toggles."""
        self.figure.set_series(series)

    def set_range_preset(self, preset: RangePreset) -> None:
        self.figure.set_range_preset(preset)

    def range_preset(self) -> RangePreset:
        return self.figure.range_preset()

    def set_series_visible(self, key: TimelineSeriesKey, visible: bool) -> None:
        self.figure.set_series_visible(key, visible)

    def is_series_visible(self, key: TimelineSeriesKey) -> bool:
        return self.figure.is_series_visible(key)

    def x_range(self) -> tuple[float, float]:
        return self.figure.x_range()

    # -- hover read-out ------------------------------------------------------------------

    def readout_at(self, timestamp: float) -> str:
        """The date under ``timestamp`` with both metrics and where it falls in its cycle."""
        series = self.figure.series
        if series is None:
            return ""
        day = timestamp_day(timestamp)
        index = series.index(day)
        parts = [short_date(day)]
        for metric in METRIC_SERIES:
            parts.append(self._metric_part(series, metric, index))
        parts.extend(self._session_parts(series, day))
        return " · ".join(parts)

    def _metric_part(self, series: TimelineSeries, metric: Metric, index: int | None) -> str:
        daily = series.metrics[metric]
        value = daily.values[index] if index is not None else np.nan
        level = daily.levels[index] if index is not None else np.nan
        name = metric_short_name(metric)
        text = (
            self.tr("%1 %2").replace("%1", name).replace("%2", str(int(value)))
            if np.isfinite(value)
            else self.tr("%1 not logged").replace("%1", name)
        )
        if np.isfinite(level):
            days = str(METRICS[metric].level_days)
            text += (
                self.tr(" (%1-day mean %2)").replace("%1", days).replace("%2", one_decimal(level))
            )
        return text

    def _session_parts(self, series: TimelineSeries, day: dt.date) -> list[str]:
        """Per track, where ``day`` falls after its latest session by then."""
        latest: dict[Indication, SessionMark] = {}
        for mark in series.sessions:
            if mark.day > day:
                break
            latest[mark.indication] = mark
        parts = []
        for indication, mark in latest.items():
            since = (day - mark.day).days
            if since == 0:
                text = self.tr("injection: %1").replace("%1", mark.label)
            else:
                text = (
                    self.tr("day %1 after %2 (%3)")
                    .replace("%1", str(since))
                    .replace("%2", mark.label)
                    .replace("%3", short_date(mark.day))
                )
            notes = [text]
            if mark.onset and mark.onset[0] <= day <= mark.onset[1]:
                notes.append(self.tr("expected onset window"))
            if mark.reinjection and mark.reinjection[0] <= day <= mark.reinjection[1]:
                notes.append(self.tr("re-injection window"))
            if mark.checkup == day:
                notes.append(self.tr("check-up due"))
            parts.append(
                self.tr("%1: %2")
                .replace("%1", indication_label(indication))
                .replace("%2", ", ".join(notes))
            )
        return parts

    def _hover_at(self, position: QPointF) -> Hover | None:
        view = self.figure.view
        if self.figure.series is None or not view.sceneBoundingRect().contains(position):
            return None
        timestamp = view.mapSceneToView(position).x()
        return day_timestamp(timestamp_day(timestamp)), self.readout_at(timestamp)
