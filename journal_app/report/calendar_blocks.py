"""The calendar of severities: a header with the scales, a row of day squares a month."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from journal_app.charts.palette import severity_colour
from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.domain.models import Metric
from journal_app.domain.report import CalendarMonth
from journal_app.report.ink import (
    BODY,
    INK,
    MUTED,
    RULE,
    SMALL,
    UNLOGGED,
    Ink,
)
from journal_app.report.pages import Block, Frame
from journal_app.report.text import month_text
from journal_app.wording.labels import metric_name

_CAL_LABEL_W = 46.0
_CAL_GAP = 14.0
_CAL_ROW_H = 8.6


def _calendar_geometry(frame: Frame) -> tuple[float, dict[Metric, float]]:
    """The cell size and the left edge of each charted metric's grid, side by side."""
    count = len(CHARTED_METRICS)
    cell = (frame.width - _CAL_LABEL_W - (count - 1) * _CAL_GAP) / (31 * count)
    lefts = {m: _CAL_LABEL_W + i * (31 * cell + _CAL_GAP) for i, m in enumerate(CHARTED_METRICS)}
    return cell, lefts


def calendar_header(ink: Ink, frame: Frame) -> Block:
    cell, lefts = _calendar_geometry(frame)
    title_font = ink.font(BODY, bold=True)
    small = ink.font(SMALL - 0.8)

    def paint(ink: Ink, rect: QRectF) -> None:
        for metric, x in lefts.items():
            left = rect.left() + x
            name = metric_name(metric)
            ink.text(QRectF(left, rect.top(), 31 * cell, 11), name, title_font)
            _paint_scale(ink, QRectF(left, rect.top() + 12, 31 * cell, 8), metric)
            for day in (1, 5, 10, 15, 20, 25, 31):
                box = QRectF(left + (day - 1) * cell - 4, rect.top() + 23, cell + 8, 8)
                ink.text(box, str(day), small, MUTED, Qt.AlignmentFlag.AlignHCenter)
        ink.line(
            QPointF(rect.left(), rect.bottom() - 1),
            QPointF(rect.right(), rect.bottom() - 1),
            RULE,
            0.5,
        )

    return Block(34.0, paint)


def _paint_scale(ink: Ink, rect: QRectF, metric: Metric) -> None:
    small = ink.font(SMALL - 0.8)
    x = rect.left()
    ink.text(QRectF(x, rect.top(), 12, rect.height()), "0", small, MUTED)
    x += 6
    for value in range(11):
        ink.fill(
            QRectF(x + value * 7, rect.top() + 1, 6.4, rect.height() - 2),
            severity_colour(metric, value),
        )
    x += 11 * 7 + 2
    ink.text(QRectF(x, rect.top(), 14, rect.height()), "10", small, MUTED)
    x += 20
    x = _outlined_key(
        ink, rect, x, UNLOGGED, 0.4, QCoreApplication.translate("report", "not logged")
    )
    _outlined_key(ink, rect, x, INK, 0.9, QCoreApplication.translate("report", "injection"))


def _outlined_key(
    ink: Ink, rect: QRectF, x: float, colour: QColor, width: float, label: str
) -> float:
    """An outlined square with its label at ``x``; returns where the next key starts."""
    small = ink.font(SMALL - 0.8)
    ink.pen(colour, width)
    ink.painter.setBrush(Qt.BrushStyle.NoBrush)
    ink.painter.drawRect(QRectF(x, rect.top() + 1, 6.4, rect.height() - 2))
    label_width = ink.width(label, small)
    ink.text(QRectF(x + 9, rect.top(), label_width + 4, rect.height()), label, small, MUTED)
    return x + 9 + label_width + 10


def calendar_row(ink: Ink, frame: Frame, month: CalendarMonth) -> Block:
    cell, lefts = _calendar_geometry(frame)
    january = month.month.month == 1
    height = _CAL_ROW_H + (3.0 if january else 0.0)

    def paint(ink: Ink, rect: QRectF) -> None:
        top = rect.bottom() - _CAL_ROW_H
        if january:
            ink.line(
                QPointF(rect.left(), rect.top() + 1.2),
                QPointF(rect.right(), rect.top() + 1.2),
                RULE,
                0.5,
            )
        ink.text(
            QRectF(rect.left(), top, _CAL_LABEL_W - 4, _CAL_ROW_H),
            month_text(month.month),
            ink.font(SMALL - 0.6, bold=january),
            INK,
        )
        for metric, x in lefts.items():
            origin = QPointF(rect.left() + x, top)
            _paint_calendar_cells(ink, origin, cell, metric, month.severities[metric], month)

    return Block(height, paint)


def _paint_calendar_cells(
    ink: Ink,
    origin: QPointF,
    cell: float,
    metric: Metric,
    values: Sequence[int | None],
    month: CalendarMonth,
) -> None:
    side = min(cell, _CAL_ROW_H) - 1.2
    first, last = month.in_range
    # One drawRects per colour: 240 months of squares otherwise cost a second of drawing.
    filled: dict[int, list[QRectF]] = {}
    empty, injected = [], []
    for i, value in enumerate(values):
        if not first <= i + 1 <= last:
            continue  # outside the report's range: left blank
        box = QRectF(origin.x() + i * cell + 0.6, origin.y() + 0.6, cell - 1.2, side)
        if value is None:
            empty.append(box.adjusted(0.2, 0.2, -0.2, -0.2))
        else:
            filled.setdefault(value, []).append(box)
        if i + 1 in month.injection_days:
            injected.append(box.adjusted(-0.3, -0.3, 0.3, 0.3))
    painter = ink.painter
    ink.no_pen()
    for value, boxes in filled.items():
        painter.setBrush(severity_colour(metric, value))
        painter.drawRects(boxes)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for boxes, colour, width in ((empty, UNLOGGED, 0.4), (injected, INK, 0.9)):
        if boxes:
            ink.pen(colour, width)
            painter.drawRects(boxes)
