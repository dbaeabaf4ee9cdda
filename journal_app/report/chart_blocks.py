"""Blocks that hold the window's own chart figures: the timeline, cycles overlaid, months."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF

from journal_app.charts.monthly import MonthlyFigure
from journal_app.charts.overlay import OverlayFigure
from journal_app.charts.theme import paper_theme
from journal_app.charts.timeline import TimelineFigure
from journal_app.domain.analytics import MonthFigures
from journal_app.domain.metrics import METRICS
from journal_app.domain.report import Report, TrackOverlay
from journal_app.report import figures
from journal_app.report.chart_inputs import monthly_input, overlay_input, timeline_input
from journal_app.report.ink import BODY, Ink
from journal_app.report.pages import Block, Frame
from journal_app.report.text import dates_text


def timeline_block(ink: Ink, frame: Frame, report: Report, height: float) -> Block:
    timeline = report.timeline
    span = timeline.span
    title = QCoreApplication.translate("report", "Timeline, %1").replace(
        "%1", dates_text(span.start, span.end)
    )
    font = ink.font(BODY + 1, bold=True)
    title_h = ink.wrapped_height(title, font, frame.width)

    def paint(ink: Ink, rect: QRectF) -> None:
        top = rect.top() + 8
        ink.text(QRectF(rect.left(), top, rect.width(), title_h), title, font, wrap=True)
        top += title_h + 4
        target = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
        figure = TimelineFigure(paper_theme())
        view = figures.laid_out(figure, target)
        series = timeline_input(
            report.analysis, span.start, span.days, timeline.sessions, timeline.as_of
        )
        figure.set_series(series)
        # A little room after the as-of day shows the upcoming windows and keeps the label
        # of a recent injection whole, as the window's own range presets do.
        ahead = dt.timedelta(days=max(7, span.days // 12))
        figure.show_days(span.start, span.end + ahead)
        figures.draw(view, ink.painter, target)

    return Block(height, paint)


def overlay_block(overlay: TrackOverlay, height: float) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        target = rect.adjusted(0, 4, 0, -4)
        figure = OverlayFigure(paper_theme())
        view = figures.laid_out(figure, target)
        series = overlay_input(overlay.cycles, overlay.reference)
        figure.set_series(series)
        if METRICS[series.metric].display_scale > 1:
            # Headache days per 28 days run to 28, past the severity scale the figure sets.
            peaks = [float(np.nanmax(c.means)) for c in series.curves if np.isfinite(c.means).any()]
            top = max([*peaks, series.baseline or 0.0, 5.0])
            top = min(math.ceil(top + 1), 28.5)
            figure.view.setLimits(yMin=-0.5, yMax=top + 2)
            figure.view.setYRange(-0.4, top + 1.5, padding=0)
            figure.set_grid(figure.plot, list(range(0, int(top) + 1, 4)))
        figures.draw(view, ink.painter, target)

    return Block(height, paint)


def monthly_block(months: Sequence[MonthFigures], height: float) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        target = rect.adjusted(0, 4, 0, -4)
        figure = MonthlyFigure(paper_theme())
        view = figures.laid_out(figure, target)
        series = monthly_input(months)
        figure.set_series(series)
        if len(series.months):
            first = float(series.centres[0] - series.widths[0] / 2)
            last = float(series.centres[-1] + series.widths[-1] / 2)
            figure.headache_plot.setXRange(first, last, padding=0)
        figures.draw(view, ink.painter, target)

    return Block(height, paint)
