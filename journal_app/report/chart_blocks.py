"""Blocks that hold the window's own charts: the timeline, cycles overlaid, months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF

from journal_app.charts.monthly import MonthlyFigure
from journal_app.charts.overlay import OverlayFigure
from journal_app.charts.series import monthly_series, overlay_series, timeline_series
from journal_app.charts.theme import paper_theme
from journal_app.charts.timeline import TimelineFigure
from journal_app.domain.report import CycleOverlay, MonthRow, Report
from journal_app.report import figures
from journal_app.report.ink import BODY, Ink
from journal_app.report.pages import Block
from journal_app.wording.text import short_date


def _chart_title(ink: Ink, rect: QRectF, title: str) -> float:
    font = ink.font(BODY + 1, bold=True)
    height = ink.line_height(font)
    ink.text(QRectF(rect.left(), rect.top(), rect.width(), height), title, font)
    return height + 4


def timeline_block(report: Report, height: float) -> Block:
    timeline = report.timeline
    span = timeline.span
    title = (
        QCoreApplication.translate("report", "Timeline, %1 – %2")
        .replace("%1", short_date(span.start))
        .replace("%2", short_date(span.end))
    )

    def paint(ink: Ink, rect: QRectF) -> None:
        top = rect.top() + 8
        top += _chart_title(ink, QRectF(rect.left(), top, rect.width(), 14), title)
        target = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
        figure = TimelineFigure(paper_theme())
        view = figures.laid_out(figure, target)
        series = timeline_series(
            report.trends, span.start, span.days, timeline.sessions, timeline.as_of
        )
        figure.set_series(series)
        # A little room after the range's end shows the upcoming window and keeps the label
        # of a recent injection whole, as the window's own range presets do.
        ahead = dt.timedelta(days=max(7, span.days // 12))
        figure.show_days(span.start, span.end + ahead)
        figures.draw(view, ink.painter, target)

    return Block(height, paint)


def overlay_block(overlay: CycleOverlay, height: float) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        target = rect.adjusted(0, 4, 0, -4)
        figure = OverlayFigure(paper_theme())
        view = figures.laid_out(figure, target)
        figure.set_series(overlay_series(overlay.metric, overlay.cycles))
        figures.draw(view, ink.painter, target)

    return Block(height, paint)


def monthly_block(months: Sequence[MonthRow], height: float) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        target = rect.adjusted(0, 4, 0, -4)
        figure = MonthlyFigure(paper_theme())
        view = figures.laid_out(figure, target)
        series = monthly_series(months)
        figure.set_series(series)
        if len(series.months):
            first = float(series.centres[0] - series.widths[0] / 2)
            last = float(series.centres[-1] + series.widths[-1] / 2)
            figure.headache_plot.setXRange(first, last, padding=0)
        figures.draw(view, ink.painter, target)

    return Block(height, paint)
