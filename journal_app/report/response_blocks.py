"""The first page's migraine response and headache days of the last six months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont

from journal_app.charts.palette import metric_colour
from journal_app.domain.models import Metric
from journal_app.domain.report import MonthRow, Summary
from journal_app.domain.trends import HEADACHE_DAY_THRESHOLDS, RESPONSE_MARKS, MigraineResponse
from journal_app.report.ink import (
    BODY,
    FAINT,
    INK,
    MUTED,
    ONSET,
    REINJECTION,
    SMALL,
    WARNING,
    Ink,
    caps,
)
from journal_app.report.pages import Block
from journal_app.report.text import number_text, percent_text, short_month_text
from journal_app.wording.text import short_date


@dataclass(frozen=True)
class _Axes:
    """Maps data coordinates onto a plot rectangle in points."""

    plot: QRectF
    x0: float
    x1: float
    y0: float
    y1: float

    def x(self, value: float) -> float:
        span = (self.x1 - self.x0) or 1.0
        return self.plot.left() + (value - self.x0) / span * self.plot.width()

    def y(self, value: float) -> float:
        span = (self.y1 - self.y0) or 1.0
        return self.plot.bottom() - (value - self.y0) / span * self.plot.height()

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.x(x), self.y(y))


def response_and_months_blocks(summary: Summary) -> list[Block]:
    """Migraine response and recent headache days; nothing for a journal with neither."""
    headache_logged = any(month.logged_days for month in summary.recent_months)
    if summary.migraine_response is None and not headache_logged:
        return []
    return [_response_and_months_block(summary)]


def _response_and_months_block(summary: Summary) -> Block:
    height = 138.0

    def paint(ink: Ink, rect: QRectF) -> None:
        area = rect.adjusted(0, 8, 0, -4)
        gap = 14.0
        left = QRectF(area.left(), area.top(), area.width() * 0.5 - gap / 2, area.height())
        right = QRectF(
            left.right() + gap, area.top(), area.width() - left.width() - gap, area.height()
        )
        _paint_response(ink, left, summary.migraine_response, summary.as_of)
        _paint_recent_months(ink, right, summary.recent_months)

    return Block(height, paint)


def _paint_response(
    ink: Ink,
    rect: QRectF,
    response: MigraineResponse | None,
    as_of: dt.date,
) -> None:
    caps(
        ink,
        QRectF(rect.left(), rect.top(), rect.width(), 10),
        QCoreApplication.translate("report", "Migraine response: headache days per 28 days"),
    )
    body = rect.adjusted(0, 12, 0, 0)
    font = ink.font(BODY)
    if response is None:
        ink.text(
            body,
            QCoreApplication.translate("report", "No chronic-migraine injection in the journal."),
            font,
            MUTED,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        )
        return
    big = ink.font(16, bold=True)
    big_h = ink.line_height(big)
    before = "—" if response.before_per_28 is None else number_text(response.before_per_28, 1)
    recent = "—" if response.recent_per_28 is None else number_text(response.recent_per_28, 1)
    x = body.left()
    for text, colour in ((before, MUTED), ("→", MUTED), (recent, INK)):
        ink.text(QRectF(x, body.top(), 200, big_h), text, big, colour)
        x += ink.width(text, big) + 7
    change = response.change_pct
    if change is not None:
        change_text = ("+" if change > 0 else "−") + percent_text(abs(change))
        colour = ONSET if response.meets_30 else WARNING
        ink.text(QRectF(x + 6, body.top(), 120, big_h), change_text, big, colour)
    y = body.top() + big_h + 1
    small = ink.font(SMALL)
    small_h = ink.line_height(small)
    lines = (
        QCoreApplication.translate(
            "report", "Before: the 28 days before the first migraine injection, %1"
        ).replace("%1", short_date(response.first_injection_day)),
        QCoreApplication.translate("report", "Now: the 28 days to %1").replace(
            "%1", short_date(as_of)
        ),
    )
    for line in lines:
        ink.text(QRectF(body.left(), y, body.width(), small_h), line, small, MUTED)
        y += small_h
    y += 5
    _paint_response_gauge(ink, QRectF(body.left(), y, body.width(), 24), change)
    y += 26
    ink.text(
        QRectF(body.left(), y, body.width(), rect.bottom() - y),
        _response_verdict(response),
        ink.font(BODY, bold=True),
        INK,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        wrap=True,
    )


def _response_verdict(response: MigraineResponse) -> str:
    if response.change_pct is None:
        if response.before_per_28 is None:
            return QCoreApplication.translate(
                "report",
                "Too few days logged before the first injection to judge (needs 14 of 28).",
            )
        if response.recent_per_28 is None:
            return QCoreApplication.translate(
                "report", "Too few days logged in the last 28 days to judge (needs 14 of 28)."
            )
        return QCoreApplication.translate(
            "report", "No headache days before the first injection: nothing to compare."
        )
    if response.meets_50:
        return QCoreApplication.translate(
            "report", "Meets the 30% mark (NICE TA260) and the 50% mark of the trials."
        )
    if response.meets_30:
        return QCoreApplication.translate(
            "report", "Meets the 30% mark (NICE TA260); not the 50% mark of the trials."
        )
    return QCoreApplication.translate(
        "report", "Below the 30% mark (NICE TA260 judges after 2 cycles)."
    )


def _paint_response_gauge(ink: Ink, rect: QRectF, change: float | None) -> None:
    """A bar of the fall in headache days, 0 to 100%, with the 30% and 50% marks."""
    bar = QRectF(rect.left(), rect.top() + 2, rect.width(), 9)
    ink.fill(bar, FAINT)
    fall = 0.0 if change is None else max(0.0, min(100.0, -change))
    if fall > 0:
        colour = ONSET if fall >= RESPONSE_MARKS[0] - 1e-9 else REINJECTION
        ink.fill(QRectF(bar.left(), bar.top(), bar.width() * fall / 100, bar.height()), colour)
    small = ink.font(SMALL - 0.4)
    labels = (
        QCoreApplication.translate("report", "NICE TA260: 30%"),
        QCoreApplication.translate("report", "50%: trials"),
    )
    sides = (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft)
    for mark, label, side in zip(RESPONSE_MARKS, labels, sides, strict=True):
        x = bar.left() + bar.width() * mark / 100
        ink.line(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 3), INK, 0.9)
        box = QRectF(
            x - 82 if side == Qt.AlignmentFlag.AlignRight else x + 2, bar.bottom() + 2, 80, 10
        )
        ink.text(
            box, label, ink.font(SMALL - 0.4, bold=True), INK, side | Qt.AlignmentFlag.AlignTop
        )
    box = QRectF(bar.right() - 60, bar.bottom() + 2, 60, 10)
    ink.text(
        box,
        QCoreApplication.translate("report", "100% fewer"),
        small,
        MUTED,
        Qt.AlignmentFlag.AlignRight,
    )


def _paint_recent_months(ink: Ink, rect: QRectF, months: Sequence[MonthRow]) -> None:
    caps(
        ink,
        QRectF(rect.left(), rect.top(), rect.width(), 10),
        QCoreApplication.translate("report", "Headache days per month, last 6 months"),
    )
    if not months:
        ink.text(
            rect.adjusted(0, 12, 0, 0),
            QCoreApplication.translate("report", "No days logged."),
            ink.font(BODY),
            MUTED,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        )
        return
    small = ink.font(SMALL)
    small_h = ink.line_height(small)
    plot = QRectF(
        rect.left() + 14, rect.top() + 16, rect.width() - 76, rect.height() - 16 - 2 * small_h - 4
    )
    axes = _Axes(plot, 0, len(months), 0, 31)
    for level in (0, 10, 20, 30):
        y = axes.y(level)
        ink.line(QPointF(plot.left(), y), QPointF(plot.right(), y), FAINT, 0.5)
        ink.text(
            QRectF(plot.left() - 16, y - 5, 13, 10),
            str(level),
            ink.font(SMALL - 0.6),
            MUTED,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
    slot = plot.width() / len(months)
    bold = ink.font(SMALL + 0.4, bold=True)
    for i, month in enumerate(months):
        x = plot.left() + i * slot
        bar = QRectF(
            x + slot * 0.2,
            axes.y(month.headache_days),
            slot * 0.6,
            plot.bottom() - axes.y(month.headache_days),
        )
        if month.logged_days:
            ink.fill(bar, metric_colour(Metric.HEADACHE))
            ink.text(
                QRectF(x, bar.top() - 10, slot, 9),
                str(month.headache_days),
                bold,
                INK,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            )
        label = QRectF(x, plot.bottom() + 1, slot, small_h)
        ink.text(label, short_month_text(month.month), small, INK, Qt.AlignmentFlag.AlignHCenter)
        logged = QCoreApplication.translate("report", "%1/%2").replace("%1", str(month.logged_days))
        logged = logged.replace("%2", str(month.calendar_days))
        ink.text(
            label.translated(0, small_h),
            logged,
            ink.font(SMALL - 0.6),
            MUTED,
            Qt.AlignmentFlag.AlignHCenter,
        )
    _threshold_lines(ink, axes, small, plot)
    ink.line(plot.bottomLeft(), plot.bottomRight(), MUTED, 0.6)
    ink.text(
        QRectF(plot.right() + 4, plot.bottom() + 1 + small_h, 70, small_h),
        QCoreApplication.translate("report", "days logged"),
        ink.font(SMALL - 0.6),
        MUTED,
    )


def _threshold_lines(ink: Ink, axes: _Axes, font: QFont, plot: QRectF) -> None:
    labels = (
        QCoreApplication.translate("report", "12 days"),
        QCoreApplication.translate("report", "15 days: chronic (ICHD-3)"),
    )
    styles = (Qt.PenStyle.DashLine, Qt.PenStyle.SolidLine)
    for level, label, style in zip(HEADACHE_DAY_THRESHOLDS, labels, styles, strict=True):
        y = axes.y(level)
        ink.line(QPointF(plot.left(), y), QPointF(plot.right(), y), INK, 0.7, style)
        box = QRectF(plot.right() + 3, y - 8 if level == 15 else y, 90, 8)
        ink.text(
            box,
            label,
            ink.font(SMALL - 0.6),
            INK,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )
