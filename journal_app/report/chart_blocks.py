"""Blocks that hold the window's own chart figures: the timeline, cycles overlaid, months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF

from journal_app.charts.chart_data import monthly_series, overlay_series, timeline_series
from journal_app.charts.monthly import MonthlyFigure
from journal_app.charts.overlay import OverlayFigure
from journal_app.charts.theme import paper_theme
from journal_app.charts.timeline import TimelineFigure
from journal_app.domain.analytics import MonthFigures
from journal_app.domain.report import Report, TrackOverlay
from journal_app.report import figures
from journal_app.report.ink import BODY, Ink
from journal_app.report.pages import Block, Frame
from journal_app.report.text import dates_text

# Points an overlay takes on its page: its legend may wrap to four rows above the plot.
OVERLAY_HEIGHT = 330.0


def timeline_block(ink: Ink, frame: Frame, report: Report, height: float) -> Block:
    span = report.timeline.span
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
        figure.set_series(timeline_series(report.analysis, span.start, span.days))
        # A little room after the as-of day shows the upcoming windows and keeps the label
        # of a recent injection whole, as the window's own range presets do.
        ahead = dt.timedelta(days=max(7, span.days // 12))
        figure.show_days(span.start, span.end + ahead)
        figures.draw(view, ink.painter, target)

    return Block(height, paint)


def overlay_note() -> str:
    """What the overlay draws, said once above the first one."""
    return QCoreApplication.translate(
        "report",
        "Each line is one cycle's level (its centred mean) by day since its session, named by "
        "the session's date; the latest is drawn bold. Dashed: the course's reference; "
        "dotted: 30% better. Triangles: onset (down) and wear-off (up); hollow diamonds: the "
        "wear-off day the patient reported. Shaded: the expected "
        "onset window; hatched: the re-injection window of the latest session. With more than "
        "6 cycles, their median and the middle half of them.",
    )


def overlay_block(overlay: TrackOverlay, height: float = OVERLAY_HEIGHT) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        target = rect.adjusted(0, 4, 0, -4)
        figure = OverlayFigure(paper_theme())
        view = figures.laid_out(figure, target)
        figure.set_series(overlay_series(overlay.track.indication, overlay.cycles, overlay.patient))
        figures.draw(view, ink.painter, target)

    return Block(height, paint)


def monthly_block(months: Sequence[MonthFigures], height: float) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        target = rect.adjusted(0, 4, 0, -4)
        figure = MonthlyFigure(paper_theme())
        view = figures.laid_out(figure, target)
        figure.set_series(monthly_series(months))
        figure.show_all_months()
        figures.draw(view, ink.painter, target)

    return Block(height, paint)
