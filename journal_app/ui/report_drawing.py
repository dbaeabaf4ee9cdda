"""The window's side of the clinician PDF: its wording and its charts, drawn as vectors.

The PDF service may not import the UI, so the dialog, Print and the command line hand it
these: ``report_wording()`` for dates and names, ``WindowCharts`` for the window's own
pyqtgraph charts rendered in a light theme.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPicture

from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.domain.models import MedicationClass
from journal_app.domain.report import MonthRow, OverlaySeries, TimelineSeries
from journal_app.domain.trends import IMPROVEMENT_RATIO, WINDOW_DAYS, Session
from journal_app.services.pdf import ReportWording
from journal_app.ui import labels, text
from journal_app.ui.charts import series as chart_series

if TYPE_CHECKING:
    from journal_app.ui.charts.base import ChartCanvas


def report_wording() -> ReportWording:
    """The window's own names for dates, countdowns and codes, for the report and calendar."""
    return ReportWording(
        date=text.short_date,
        countdown=text.countdown_text,
        product=labels.product_label,
        indication=labels.indication_label,
        indication_in_text=labels.indication_in_text,
        side_effect=labels.side_effect_label,
        medication=labels.medication_label,
    )


# -- the window's charts in the report -----------------------------------------------------

#: Chart widgets are laid out at 96 pixels per inch: one pixel is 0.75 pt on paper.
_PIXELS_PER_POINT = 96 / 72
_HALF_DAY = chart_series.SECONDS_PER_DAY / 2


def _light_palette() -> QPalette:
    """Paper is white: the report's charts always take the light theme."""
    palette = QPalette(QColor("#f0f0f0"))
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#1b1b1f"),
        (QPalette.ColorRole.Text, "#1b1b1f"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


class WindowCharts:
    """The Trends tab's pyqtgraph charts, drawn into the report as vectors, light theme.

    The chart modules (and pyqtgraph) load when a report is drawn, not when the window opens.
    """

    def timeline(self, painter: QPainter, target: QRectF, series: TimelineSeries) -> None:
        from journal_app.ui.charts.timeline import TimelineChart

        chart = TimelineChart()
        self._prepare(chart, target)
        chart.set_series(_timeline_series(series))
        # A little room after the range's end shows the upcoming window and keeps the label
        # of a recent injection whole, as the window's own range presets do.
        ahead = dt.timedelta(days=max(7, series.span.days // 12))
        first = chart_series.day_timestamp(series.span.start) - _HALF_DAY
        last = chart_series.day_timestamp(series.span.end + ahead) + _HALF_DAY
        chart.view.setXRange(first, last, padding=0)
        _render(chart, painter, target)

    def overlay(self, painter: QPainter, target: QRectF, series: OverlaySeries) -> None:
        from journal_app.ui.charts.overlay import OverlayChart

        chart = OverlayChart()
        self._prepare(chart, target)
        chart.set_series(_overlay_series(series))
        _render(chart, painter, target)

    def monthly(self, painter: QPainter, target: QRectF, months: Sequence[MonthRow]) -> None:
        from journal_app.ui.charts.monthly import MonthlyChart

        chart = MonthlyChart()
        self._prepare(chart, target)
        monthly = _monthly_series(months)
        chart.set_series(monthly)
        if len(monthly.months):
            first = float(monthly.centres[0] - monthly.widths[0] / 2)
            last = float(monthly.centres[-1] + monthly.widths[-1] / 2)
            chart.headache_plot.setXRange(first, last, padding=0)
        _render(chart, painter, target)

    @staticmethod
    def _prepare(chart: ChartCanvas, target: QRectF) -> None:
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.setPalette(_light_palette())
        chart.resize(
            round(target.width() * _PIXELS_PER_POINT), round(target.height() * _PIXELS_PER_POINT)
        )
        chart.show()
        QCoreApplication.sendPostedEvents()


def _render(chart: ChartCanvas, painter: QPainter, target: QRectF) -> None:
    """Record the chart's scene in export mode (symbols as paths, not cached pixmaps), then
    replay it into ``target``: a QPicture keeps the chart's own 96-dpi text metrics."""
    from pyqtgraph.exporters.Exporter import Exporter

    QCoreApplication.sendPostedEvents()
    item = chart.export_target()
    source = item.sceneBoundingRect()
    picture = QPicture()
    recorder = QPainter(picture)
    recorder.setRenderHint(QPainter.RenderHint.Antialiasing)
    exporter = Exporter(item)
    exporter.setExportMode(True, {"antialias": True, "background": None, "painter": recorder})
    try:
        chart.scene().render(recorder, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        exporter.setExportMode(False)
        recorder.end()
    on_device = painter.transform().mapRect(target)
    # Playing a picture back scales it by the device's dots per inch over the picture's own.
    ratio = painter.device().logicalDpiX() / picture.logicalDpiX()
    painter.save()
    painter.resetTransform()
    painter.translate(on_device.topLeft())
    painter.scale(
        on_device.width() / source.width() / ratio, on_device.height() / source.height() / ratio
    )
    painter.drawPicture(0, 0, picture)
    painter.restore()
    # Not close(): pyqtgraph's GraphicsView.close() tears the scene down under live items.
    chart.hide()
    chart.deleteLater()


def _timeline_series(series: TimelineSeries) -> chart_series.TimelineSeries:
    first, count = series.span.start, series.span.days
    metrics = {}
    for metric in CHARTED_METRICS:
        values = np.full(count, np.nan)
        means = np.full(count, np.nan)
        for day, value in series.points[metric]:
            values[(day - first).days] = value
        for day, mean in series.means[metric]:
            means[(day - first).days] = mean
        metrics[metric] = chart_series.DailyValues(values=values, means=means)
    marks = tuple(
        chart_series.SessionMark(
            day=mark.day,
            label=chart_series.session_label(Session(mark.day, mark.injections)),
            onset=mark.onset,
            reinjection=mark.reinjection,
            checkup=mark.checkup,
        )
        for mark in series.sessions
    )
    return chart_series.TimelineSeries(
        first_day=first,
        timestamps=chart_series.day_timestamps(first, count),
        metrics=metrics,
        sessions=marks,
        today=series.as_of,
    )


def _overlay_series(series: OverlaySeries) -> chart_series.OverlaySeries:
    curves = []
    for age, curve in enumerate(reversed(series.curves)):
        length = max((day for day, _ in curve.points), default=0)
        means = np.full(length, np.nan)
        for day, mean in curve.points:
            means[day - 1] = mean

        def mark(day: int | None, means: np.ndarray = means) -> tuple[int, float] | None:
            inside = day is not None and 0 < day <= len(means) and np.isfinite(means[day - 1])
            return (day, float(means[day - 1])) if inside and day is not None else None

        curves.append(
            chart_series.CycleCurve(
                injection_day=curve.session_day,
                label=text.short_date(curve.session_day),
                days=np.arange(1, length + 1, dtype=float),
                means=means,
                onset=mark(curve.onset_day),
                wear_off=mark(curve.wear_off_day),
                age=age,
            )
        )
    latest = next((c for c in series.curves if c.is_latest), None)
    baseline = latest.baseline if latest is not None else None
    return chart_series.OverlaySeries(
        metric=series.metric,
        curves=tuple(reversed(curves)),
        onset_window=series.onset_window,
        reinjection_window=series.reinjection_window,
        baseline=baseline,
        improved_at_most=IMPROVEMENT_RATIO * baseline if baseline else None,
        mean_days=WINDOW_DAYS[series.metric],
    )


def _monthly_series(months: Sequence[MonthRow]) -> chart_series.MonthlySeries:
    starts = np.array([chart_series.day_timestamp(m.month) for m in months]) - _HALF_DAY
    lengths = np.array(
        [(chart_series.month_span(m.month, 1)[1] - m.month).days for m in months], dtype=float
    )
    widths = lengths * chart_series.SECONDS_PER_DAY
    return chart_series.MonthlySeries(
        months=tuple(m.month for m in months),
        centres=starts + widths / 2,
        widths=widths,
        logged_days=np.array([m.logged_days for m in months], dtype=float),
        headache_days=np.array([m.headache_days for m in months], dtype=float),
        medication_days={
            cls: np.array([m.medication(cls) for m in months], dtype=float)
            for cls in MedicationClass
        },
        overused={
            cls: np.array([cls in m.overused for m in months], dtype=bool)
            for cls in MedicationClass
        },
    )


# -- the dialog ----------------------------------------------------------------------------
