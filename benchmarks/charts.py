"""The 20-year journal loaded and every chart drawn, against bare pyqtgraph drawing the same.

§8: at most 2× pyqtgraph drawing the same points with no application code. "Work" is CPU
time (time.process_time): wall time on these shared machines swings with other jobs. The
floor gets its arrays ready-made; only the drawing is timed.
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
from journal_app.charts.chart_data import ChartData
from journal_app.charts.series import day_timestamp
from journal_app.domain.metrics import CHARTED_METRICS, METRICS
from journal_app.domain.models import MedicationClass, Metric
from journal_app.services.journal import JournalService
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
    """The points the app draws, as plain numpy arrays for the bare pyqtgraph floor: the §4
    v2 series the Trends page draws (levels, the shown track's cycles, monthly figures)."""

    def __init__(self, journal: Path) -> None:
        service = JournalService.open(journal, read_only=True, clock=lambda: TODAY)
        analysis = service.analysis
        service.close()
        self.points = {m: self._xy(analysis.series(m).points()) for m in CHARTED_METRICS}
        self.levels = {m: self._xy(analysis.series(m).level_points()) for m in CHARTED_METRICS}
        # The overlay the page opens on: the latest session's track, its latest course.
        track = ChartData(analysis).latest_track
        cycles = analysis.cycles(track) if track is not None else ()
        course = max((c.course for c in cycles), default=0)
        scale = METRICS[cycles[0].metric].display_scale if cycles else 1
        self.curves = [
            (
                np.arange(1, len(c.levels) + 1, dtype=float),
                np.array([np.nan if v is None else v * scale for v in c.levels]),
            )
            for c in cycles
            if c.course == course and c.length_days
        ]
        months = analysis.monthly
        self.month_x = np.array([day_timestamp(m.month) for m in months])
        self.headache_days = np.array([m.headache_days for m in months])
        self.medication = {
            cls: np.array([(m.medication_days or {}).get(cls, 0) for m in months])
            for cls in MedicationClass
        }
        self.injection_x = sorted({day_timestamp(i.day) for i in analysis.injections})
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
        x, y = arrays.levels[metric]
        timeline.plot(x, y, pen=pg.mkPen(colour, width=2))
    for x in arrays.injection_x:
        timeline.addItem(pg.InfiniteLine(x))
    timeline.setXRange(*arrays.year, padding=0)
    overlay = pg.PlotWidget()
    for x, y in arrays.curves:
        overlay.plot(x, y, pen=pg.mkPen("#D55E00", width=1), connect="finite")
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
    ]
