"""The 20-year journal loaded and every chart drawn, against bare pyqtgraph drawing the same.

§8: at most 2× pyqtgraph drawing the same points with no application code, and under
150 ms of work. "Work" is CPU time (time.process_time): wall time on these shared machines
swings with other jobs. The floor gets its arrays ready-made; only the drawing is timed.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.results import Result
from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.domain.models import MedicationClass, Metric
from journal_app.domain.trends import JournalTrends, monthly_counts
from journal_app.services.journal import JournalService
from journal_app.ui.charts.series import day_timestamp
from journal_app.ui.widgets.trends_page import TrendsPage, TrendsView

REPEATS = 5
TODAY = dt.date(2026, 11, 21)
SIZE = (1100, 620)


def _cpu_ms(action: Callable[[], object]) -> float:
    start = time.process_time()
    action()
    return (time.process_time() - start) * 1000


def _paint(widget: QWidget) -> None:
    widget.resize(*SIZE)
    widget.grab()


class _Arrays:
    """The points the app draws, as plain numpy arrays for the bare pyqtgraph floor."""

    def __init__(self, journal: Path) -> None:
        service = JournalService.open(journal, read_only=True, clock=lambda: TODAY)
        trends = JournalTrends(service.entries(), service.injections())
        service.close()
        self.points = {m: self._xy(trends.daily_points(m)) for m in CHARTED_METRICS}
        self.means = {m: self._xy(trends.trailing_mean_series(m)) for m in CHARTED_METRICS}
        self.curves = [
            (np.array([k for k, _ in c.curve]), np.array([v for _, v in c.curve]))
            for c in trends.cycles(Metric.HEADACHE)
            if c.curve
        ]
        months = monthly_counts(trends.entries)
        self.month_x = np.array([day_timestamp(m.month) for m in months])
        self.headache_days = np.array([m.headache_days for m in months])
        self.medication = {
            cls: np.array([m.medication_days[cls] for m in months]) for cls in MedicationClass
        }
        self.injection_x = [day_timestamp(s.day) for s in trends.sessions]
        self.year = (day_timestamp(TODAY - dt.timedelta(days=365)), day_timestamp(TODAY))

    @staticmethod
    def _xy(pairs: list) -> tuple[np.ndarray, np.ndarray]:
        return (
            np.array([day_timestamp(day) for day, _ in pairs]),
            np.array([value for _, value in pairs], dtype=float),
        )


def _bare_pyqtgraph(arrays: _Arrays) -> list[QWidget]:
    timeline = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
    for metric, colour in ((Metric.SPASM, "#0072B2"), (Metric.HEADACHE, "#D55E00")):
        x, y = arrays.points[metric]
        timeline.addItem(pg.ScatterPlotItem(x, y, size=4, brush=colour, pen=None))
        x, y = arrays.means[metric]
        timeline.plot(x, y, pen=pg.mkPen(colour, width=2))
    for x in arrays.injection_x:
        timeline.addItem(pg.InfiniteLine(x))
    timeline.setXRange(*arrays.year, padding=0)
    overlay = pg.PlotWidget()
    for x, y in arrays.curves:
        overlay.plot(x, y, pen=pg.mkPen("#D55E00", width=1))
    monthly = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
    monthly.addItem(pg.BarGraphItem(x=arrays.month_x, height=arrays.headache_days, width=2e6))
    for offset, heights in enumerate(arrays.medication.values()):
        monthly.addItem(pg.BarGraphItem(x=arrays.month_x + offset * 4e5, height=heights, width=4e5))
    widgets = [timeline, overlay, monthly]
    for widget in widgets:
        _paint(widget)
    return widgets


def _app(journal: Path) -> list[QWidget]:
    service = JournalService.open(journal, read_only=True, clock=lambda: TODAY)
    page = TrendsPage(service)
    page.resize(*SIZE)
    page.draw_all()
    for view in TrendsView:
        page.set_current_view(view)
        _paint(page)
    return [page]


def measure(journal: Path, scratch: Path) -> list[Result]:
    app = QApplication.instance() or QApplication([])
    arrays = _Arrays(journal)
    bare_ms, app_ms = [], []
    for _ in range(REPEATS + 1):  # the first round warms imports and caches up; dropped
        widgets: list[QWidget] = []
        bare_ms.append(_cpu_ms(lambda keep=widgets: keep.extend(_bare_pyqtgraph(arrays))))
        app_ms.append(_cpu_ms(lambda keep=widgets: keep.extend(_app(journal))))
        for widget in widgets:
            widget.deleteLater()
        app.processEvents()
    app_median, bare_median = statistics.median(app_ms[1:]), statistics.median(bare_ms[1:])
    return [
        Result(
            "20-year journal loaded, every chart drawn (CPU)",
            app_median,
            "ms",
            limit=2.0,
            floor=bare_median,
        ),
        Result("the same, as absolute CPU work", app_median, "ms", limit=150, bare=bare_median),
    ]
