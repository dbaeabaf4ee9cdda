"""Blocks that hold the window's own charts: the timeline, cycles overlaid, months."""

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
from journal_app.domain.report import CycleOverlay, Report
from journal_app.report import figures
from journal_app.report.ink import BODY, Ink
from journal_app.report.pages import Block
from journal_app.wording.labels import indication_label
from journal_app.wording.text import short_date

# Points an overlay takes on its page: its legend may wrap to four rows above the plot.
OVERLAY_HEIGHT = 330.0


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
        figure.set_series(timeline_series(report.analysis, span.start, span.days))
        # A little room after the range's end shows the upcoming window and keeps the label
        # of a recent injection whole, as the window's own range presets do.
        ahead = dt.timedelta(days=max(7, span.days // 12))
        figure.show_days(span.start, span.end + ahead)
        figures.draw(view, ink.painter, target)

    return Block(height, paint)


def overlay_title(overlay: CycleOverlay) -> str:
    """ "Cycles overlaid: Cervical dystonia"."""
    return QCoreApplication.translate("report", "Cycles overlaid: %1").replace(
        "%1", indication_label(overlay.indication)
    )


def overlay_note() -> str:
    """What the overlay draws, said once above the first one."""
    return QCoreApplication.translate(
        "report",
        "Each line is one cycle's level (its centred mean) by day since its session, named by "
        "the session's date; the latest is drawn bold. Dashed: the course's reference; "
        "dotted: 30% better. Triangles: onset (down) and wear-off (up). Shaded: the expected "
        "onset window; hatched: the re-injection window of the latest session. With more than "
        "6 cycles, their median and the middle half of them.",
    )


def overlay_block(overlay: CycleOverlay, height: float = OVERLAY_HEIGHT) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        target = rect.adjusted(0, 4, 0, -4)
        figure = OverlayFigure(paper_theme())
        view = figures.laid_out(figure, target)
        figure.set_series(overlay_series(overlay.indication, overlay.cycles))
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
