"""Measured paragraphs: text whose height in a column is known before it is drawn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont

from journal_app.report.ink import INK, Ink, caps, caps_height
from journal_app.report.pages import Block, Frame

_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True)
class Para:
    """One paragraph: wrapped at the column's width, never cut."""

    text: str
    font: QFont
    colour: QColor = field(default_factory=lambda: QColor(INK))
    space_before: float = 0.0
    #: Drawn as the small capitals of a label (the font is then ignored).
    label: bool = False


def para_height(ink: Ink, para: Para, width: float) -> float:
    if not para.text:
        return 0.0
    if para.label:
        return para.space_before + caps_height(ink, para.text, width)
    return para.space_before + ink.wrapped_height(para.text, para.font, width)


def paras_height(ink: Ink, paras: Sequence[Para], width: float) -> float:
    return sum(para_height(ink, para, width) for para in paras)


def paint_paras(ink: Ink, paras: Sequence[Para], left: float, top: float, width: float) -> float:
    """Draw ``paras`` down a column from ``top``; returns the y below the last."""
    y = top
    for para in paras:
        if not para.text:
            continue
        y += para.space_before
        height = para_height(ink, para, width) - para.space_before
        box = QRectF(left, y, width, height)
        if para.label:
            caps(ink, box, para.text, para.colour)
        else:
            ink.text(box, para.text, para.font, para.colour, _TOP_LEFT, wrap=True)
        y += height
    return y


def paras_block(
    ink: Ink,
    frame: Frame,
    paras: Sequence[Para],
    *,
    space_after: float = 0.0,
    keep_with_next: bool = False,
) -> Block:
    """The paragraphs across the page's width, as one block."""
    height = paras_height(ink, paras, frame.width) + space_after

    def paint(ink: Ink, rect: QRectF) -> None:
        paint_paras(ink, paras, rect.left(), rect.top(), rect.width())

    return Block(height, paint, keep_with_next=keep_with_next)
