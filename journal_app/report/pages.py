"""Pagination: the page frame, the blocks and tables flowing down it, header and footer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt

from journal_app.domain.report import Report
from journal_app.report.ink import INK, MUTED, RULE, SMALL, Ink
from journal_app.wording.text import short_date

HEADER_H = 22.0
FOOTER_H = 18.0


@dataclass(frozen=True)
class Frame:
    """The printable area of a page in points, and the body between header and footer."""

    width: float
    height: float

    @classmethod
    def of(cls, ink: Ink) -> Frame:
        return cls(ink.device.width() / ink.scale, ink.device.height() / ink.scale)

    def body_height(self, page_number: int) -> float:
        header = 0.0 if page_number == 1 else HEADER_H
        return self.height - header - FOOTER_H

    def body_top(self, page_number: int) -> float:
        return 0.0 if page_number == 1 else HEADER_H


Painter = Callable[[Ink, QRectF], None]


@dataclass(frozen=True)
class Block:
    """Something drawn in one piece: never split across pages."""

    height: float
    paint: Painter
    keep_with_next: bool = False


@dataclass(frozen=True)
class Table:
    """Rows that may continue on the next page, where the header is drawn again."""

    header: Block
    rows: tuple[Block, ...]
    continued: Block


@dataclass(frozen=True)
class PageBreak:
    pass


Item = Block | Table | PageBreak
_Placed = tuple[float, Block]


class _Pages:
    """Places blocks top to bottom, opening a page when the next one does not fit."""

    def __init__(self, frame: Frame) -> None:
        self.frame = frame
        self.pages: list[list[_Placed]] = [[]]
        self.y = 0.0

    @property
    def room(self) -> float:
        return self.frame.body_height(len(self.pages)) - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def place(self, block: Block) -> None:
        if block.height > self.room and self.y > 0:
            self.new_page()
        self.pages[-1].append((self.y, block))
        self.y += block.height

    def ensure(self, height: float) -> None:
        if height > self.room and self.y > 0:
            self.new_page()


def _first_height(item: Item) -> float:
    if isinstance(item, Table):
        return item.header.height + (item.rows[0].height if item.rows else 0.0)
    if isinstance(item, Block):
        return item.height
    return 0.0


def paginate(items: Sequence[Item], frame: Frame) -> list[list[_Placed]]:
    pages = _Pages(frame)
    for i, item in enumerate(items):
        if isinstance(item, PageBreak):
            pages.new_page()
        elif isinstance(item, Table):
            _place_table(pages, item)
        else:
            if item.keep_with_next:
                following = items[i + 1 :]
                pages.ensure(item.height + _kept_height(following))
            pages.place(item)
    return [page for page in pages.pages if page] or [[]]


def _kept_height(items: Sequence[Item]) -> float:
    """The height that must follow a keep-with-next block on its page."""
    total = 0.0
    for item in items:
        total += _first_height(item)
        if not (isinstance(item, Block) and item.keep_with_next):
            break
    return total


def _place_table(pages: _Pages, table: Table) -> None:
    pages.ensure(_first_height(table))
    pages.place(table.header)
    for row in table.rows:
        if row.height > pages.room:
            pages.new_page()
            pages.place(table.continued)
            pages.place(table.header)
        pages.place(row)


def draw_page(
    ink: Ink,
    frame: Frame,
    page: Sequence[_Placed],
    number: int,
    total: int,
    report: Report,
) -> None:
    top = frame.body_top(number)
    if number > 1:
        _draw_running_header(ink, frame, report)
    for y, block in page:
        block.paint(ink, QRectF(0, top + y, frame.width, block.height))
    _draw_footer(ink, frame, number, total)


def _draw_running_header(ink: Ink, frame: Frame, report: Report) -> None:
    summary = report.summary
    font = ink.font(SMALL)
    left = summary.profile.name or QCoreApplication.translate("report", "Patient journal")
    span = f"{short_date(summary.range.start)} – {short_date(summary.range.end)}"
    right = QCoreApplication.translate("report", "Relief Journal report · %1").replace("%1", span)
    row = QRectF(0, 0, frame.width, HEADER_H - 8)
    ink.text(row, left, ink.font(SMALL, bold=True), INK)
    ink.text(row, right, font, MUTED, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    ink.line(QPointF(0, HEADER_H - 6), QPointF(frame.width, HEADER_H - 6), RULE, 0.5)


def _draw_footer(ink: Ink, frame: Frame, number: int, total: int) -> None:
    top = frame.height - FOOTER_H
    ink.line(QPointF(0, top + 5), QPointF(frame.width, top + 5), RULE, 0.5)
    row = QRectF(0, top + 6, frame.width, FOOTER_H - 6)
    font = ink.font(SMALL)
    ink.text(
        row,
        QCoreApplication.translate("report", "Self-reported patient journal — not a diagnosis"),
        font,
        MUTED,
    )
    page = (
        QCoreApplication.translate("report", "Page %1 of %2")
        .replace("%1", str(number))
        .replace("%2", str(total))
    )
    ink.text(row, page, font, MUTED, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
