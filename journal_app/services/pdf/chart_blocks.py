"""Blocks that hold the window's own charts (ReportCharts): timeline, overlays, months."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPainter

from journal_app.domain.report import MonthRow, OverlaySeries, TimelineSeries
from journal_app.services.pdf.ink import BODY, Ink
from journal_app.services.pdf.pages import Block
from journal_app.services.pdf.text import ReportWording

T = TypeVar("T")


class ReportCharts(Protocol):
    """Draws the report's plots into a rectangle given in the painter's coordinates.

    The window's own chart code (ui/charts) implements it, so the report's charts are the
    ones the patient sees; the UI layer hands it in, as services do not import the UI.
    """

    def timeline(self, painter: QPainter, target: QRectF, series: TimelineSeries) -> None: ...

    def overlay(self, painter: QPainter, target: QRectF, series: OverlaySeries) -> None: ...

    def monthly(self, painter: QPainter, target: QRectF, months: Sequence[MonthRow]) -> None: ...


def _chart_title(ink: Ink, rect: QRectF, title: str) -> float:
    font = ink.font(BODY + 1, bold=True)
    height = ink.line_height(font)
    ink.text(QRectF(rect.left(), rect.top(), rect.width(), height), title, font)
    return height + 4


def _timeline_title(series: TimelineSeries, wording: ReportWording) -> str:
    return (
        QCoreApplication.translate("report", "Timeline, %1 – %2")
        .replace("%1", wording.date(series.span.start))
        .replace("%2", wording.date(series.span.end))
    )


def timeline_block(
    charts: ReportCharts, series: TimelineSeries, wording: ReportWording, height: float
) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        top = rect.top() + 8
        top += _chart_title(
            ink, QRectF(rect.left(), top, rect.width(), 14), _timeline_title(series, wording)
        )
        charts.timeline(
            ink.painter, QRectF(rect.left(), top, rect.width(), rect.bottom() - top), series
        )

    return Block(height, paint)


def chart_block(draw: Callable[[QPainter, QRectF, T], None], data: T, height: float) -> Block:
    def paint(ink: Ink, rect: QRectF) -> None:
        draw(ink.painter, rect.adjusted(0, 4, 0, -4), data)

    return Block(height, paint)
