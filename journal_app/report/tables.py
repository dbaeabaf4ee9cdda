"""Table layout: columns fitted to their text, wrapping rows, a header repeated on a new page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont

from journal_app.charts.colour import with_alpha
from journal_app.report.ink import (
    BODY,
    FAINT,
    INK,
    MUTED,
    PANEL,
    REINJECTION,
    SMALL,
    Ink,
)
from journal_app.report.pages import Block, Frame, Table


@dataclass(frozen=True)
class Column:
    title: str
    weight: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    wrap: bool = False
    #: A longer word wraps anywhere rather than widen the column.
    longest_word: float = 90.0


def figure_column(title: str, weight: float) -> Column:
    """A column of figures, set right, under a heading that may wrap."""
    return Column(title, weight, Qt.AlignmentFlag.AlignRight, wrap=True)


def days_logged_column() -> Column:
    return figure_column(QCoreApplication.translate("report", "Days logged"), 0.8)


@dataclass(frozen=True)
class Cells:
    texts: tuple[str, ...]
    emphasis: bool = False
    warn: frozenset[int] = frozenset()
    #: A line under the cells, from the second column to the last (an injection's notes).
    note: str = ""


_CELL_PAD = 3.0
_ROW_PAD = 2.6


#: Table text sizes tried in turn until every column's longest word fits the page's width.
_SIZES = (BODY - 0.5, BODY - 1.0, BODY - 1.5, BODY - 2.0)
#: A header is set this much smaller than its table's cells.
_HEADER_SMALLER = BODY - 0.5 - SMALL


def _fit_columns(
    ink: Ink, columns: Sequence[Column], rows: Sequence[Cells], width: float, size: float
) -> list[tuple[float, float]] | None:
    """Column spans across ``width``: one-line columns as wide as their longest text, wrapping
    columns at least as wide as their longest word and sharing the rest by weight; None when
    the longest words alone are wider than ``width``."""
    body = ink.font(size, bold=True)
    header = ink.font(size - _HEADER_SMALLER, bold=True)
    pad = 2 * _CELL_PAD + 0.5
    least, most = [], []
    for i, column in enumerate(columns):
        texts = [row.texts[i] for row in rows]
        heading = _longest_word(ink, column.title, header)
        full = max([ink.width(text, body) for text in texts] + [heading])
        if column.wrap:
            words = max([_longest_word(ink, text, body) for text in texts] + [heading])
            least.append(min(words, column.longest_word) + pad)
            # A heading may take two lines: its column need not grow to hold it on one.
            most.append(max(full, ink.width(column.title, header) / 2) + pad)
        else:
            least.append(full + pad)
            most.append(full + pad)
    if sum(least) > width:
        return None
    widths = _share_out(columns, least, most, width)
    spans, x = [], 0.0
    for w in widths:
        spans.append((x, w))
        x += w
    return spans


def _layout(
    ink: Ink, columns: Sequence[Column], rows: Sequence[Cells], width: float
) -> tuple[float, list[tuple[float, float]]]:
    """The largest of _SIZES at which the columns fit whole words, and their spans; at the
    smallest, columns by weight (a word too long for any then wraps inside itself)."""
    for size in _SIZES:
        spans = _fit_columns(ink, columns, rows, width, size)
        if spans is not None:
            return size, spans
    return _SIZES[-1], _weighted_spans(columns, width)


def _longest_word(ink: Ink, text: str, font: QFont) -> float:
    return max((ink.width(word, font) for word in text.split()), default=0.0)


def _share_out(
    columns: Sequence[Column], least: list[float], most: list[float], width: float
) -> list[float]:
    """Grow wrapping columns from ``least`` toward ``most`` by weight; spread what remains."""
    widths = list(least)
    growing = [i for i, c in enumerate(columns) if c.wrap and most[i] > least[i]]
    spare = width - sum(widths)
    while growing and spare > 0.01:
        total = sum(columns[i].weight for i in growing)
        still = []
        given = 0.0
        for i in growing:
            share = min(spare * columns[i].weight / total, most[i] - widths[i])
            widths[i] += share
            given += share
            if most[i] - widths[i] > 0.01:
                still.append(i)
        spare -= given
        growing = still
    if spare > 0.01:
        total = sum(c.weight for c in columns)
        widths = [w + spare * c.weight / total for w, c in zip(widths, columns, strict=True)]
    return widths


def _weighted_spans(columns: Sequence[Column], width: float) -> list[tuple[float, float]]:
    total = sum(c.weight for c in columns)
    x, spans = 0.0, []
    for column in columns:
        w = width * column.weight / total
        spans.append((x, w))
        x += w
    return spans


def text_table(
    ink: Ink, frame: Frame, columns: Sequence[Column], rows: Sequence[Cells], title: str
) -> Table:
    size, spans = _layout(ink, columns, rows, frame.width)
    header_font = ink.font(size - _HEADER_SMALLER, bold=True)
    header_height = (
        max(
            ink.wrapped_height(c.title, header_font, w - 2 * _CELL_PAD)
            for c, (_, w) in zip(columns, spans, strict=True)
        )
        + 2 * _ROW_PAD
    )

    def paint_header(ink: Ink, rect: QRectF) -> None:
        ink.fill(rect, FAINT)
        for column, (x, w) in zip(columns, spans, strict=True):
            cell = QRectF(rect.left() + x + _CELL_PAD, rect.top(), w - 2 * _CELL_PAD, rect.height())
            align = column.align | Qt.AlignmentFlag.AlignVCenter
            ink.text(cell, column.title, header_font, INK, align, wrap=True)
        ink.line(rect.bottomLeft(), rect.bottomRight(), MUTED, 0.6)

    blocks = tuple(
        _table_row(ink, size, columns, spans, cells, i % 2 == 1) for i, cells in enumerate(rows)
    )
    return Table(
        header=Block(header_height, paint_header),
        rows=blocks,
        continued=continued_block(ink, frame, title),
    )


def _table_row(
    ink: Ink,
    size: float,
    columns: Sequence[Column],
    spans: Sequence[tuple[float, float]],
    cells: Cells,
    striped: bool,
) -> Block:
    font = ink.font(size, bold=cells.emphasis)
    height = ink.line_height(font)
    for (_, w), text in zip(spans, cells.texts, strict=True):
        if text:
            height = max(height, ink.wrapped_height(text, font, w - 2 * _CELL_PAD))
    note_font = ink.font(size - 0.2, italic=True)
    note_left = spans[1][0] + _CELL_PAD if len(spans) > 1 else _CELL_PAD
    note_width = spans[-1][0] + spans[-1][1] - note_left - _CELL_PAD
    note_h = ink.wrapped_height(cells.note, note_font, note_width) if cells.note else 0.0
    cells_h = height
    height += 2 * _ROW_PAD + (note_h + 1 if cells.note else 0.0)

    def paint(ink: Ink, rect: QRectF) -> None:
        if striped:
            ink.fill(rect, PANEL)
        if cells.note:
            box = QRectF(
                rect.left() + note_left, rect.top() + _ROW_PAD + cells_h + 1, note_width, note_h
            )
            ink.text(box, cells.note, note_font, MUTED, Qt.AlignmentFlag.AlignLeft, wrap=True)
        for i, (column, (x, w), text) in enumerate(zip(columns, spans, cells.texts, strict=True)):
            cell = QRectF(rect.left() + x, rect.top(), w, rect.height())
            if i in cells.warn:
                ink.fill(cell.adjusted(0.5, 0.5, -0.5, -0.5), with_alpha(REINJECTION, 71))
            inner = QRectF(
                cell.left() + _CELL_PAD, cell.top() + _ROW_PAD, w - 2 * _CELL_PAD, cells_h
            )
            align = column.align | Qt.AlignmentFlag.AlignTop
            # Every cell wraps: one that fits its column stays on one line.
            ink.text(inner, text, font, INK, align, wrap=True)
        ink.line(rect.bottomLeft(), rect.bottomRight(), FAINT, 0.4)

    return Block(height, paint)


def continued_block(ink: Ink, frame: Frame, title: str) -> Block:
    font = ink.font(SMALL, italic=True)
    text = QCoreApplication.translate("report", "%1 (continued)").replace("%1", title)
    height = ink.wrapped_height(text, font, frame.width)

    def paint(ink: Ink, rect: QRectF) -> None:
        box = QRectF(rect.left(), rect.top(), rect.width(), height)
        ink.text(box, text, font, MUTED, wrap=True)

    return Block(height + 4, paint)
