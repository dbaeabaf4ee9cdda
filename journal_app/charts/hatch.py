"""Hatching: it marks a shape in black-and-white print as well.

On screen Qt's pattern brushes draw it fast, in device pixels. Exported (the report's PDF,
a saved SVG) a pattern would shrink to a grey tint at 1200 dpi, so there it is drawn as
lines in the chart's own pixels, which scale with the rest of the chart.
"""

from __future__ import annotations

import math
from enum import Enum

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

#: Pixels between two hatch lines, measured along x (or y, for level lines).
HATCH_SPACING = 6.0


class Hatch(int, Enum):
    """Which way the lines run."""

    RISING = 1  # 45° up to the right
    FALLING = -1  # 45° down to the right
    LEVEL = 0  # horizontal


def _lines(rect: QRectF, spacing: float, hatch: Hatch) -> list[QLineF]:
    """The hatch lines cut to ``rect`` (cut by arithmetic: a clip path makes Qt slow)."""
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    # Lines start on whole multiples of the spacing, so that neighbouring shapes line up.
    if hatch is Hatch.LEVEL:
        first, last = math.ceil(top / spacing), math.floor(bottom / spacing)
        return [QLineF(left, i * spacing, right, i * spacing) for i in range(first, last + 1)]
    height = bottom - top
    lines = []
    for i in range(math.floor((left - height) / spacing), math.ceil(right / spacing) + 1):
        start = i * spacing  # where the line crosses the bottom (rising) or the top (falling)
        a, b = max(left, start), min(right, start + height)
        if a >= b:
            continue
        if hatch is Hatch.RISING:
            lines.append(QLineF(a, bottom - (a - start), b, bottom - (b - start)))
        else:
            lines.append(QLineF(a, top + (a - start), b, top + (b - start)))
    return lines


def paint_hatch(
    p: QPainter,
    rect: QRectF,
    pen: QPen,
    spacing: float = HATCH_SPACING,
    hatch: Hatch = Hatch.RISING,
) -> None:
    """Lines across ``rect``, in the painter's current coordinates (which must be pixels:
    reset any data transform first); sets the painter's pen."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    p.setPen(pen)
    p.drawLines(_lines(rect, spacing, hatch))


_PATTERNS = {
    Hatch.RISING: Qt.BrushStyle.BDiagPattern,
    Hatch.FALLING: Qt.BrushStyle.FDiagPattern,
    Hatch.LEVEL: Qt.BrushStyle.HorPattern,
}


def hatch_brush(pen: QPen, hatch: Hatch = Hatch.RISING) -> QBrush:
    """The same hatching as a pattern brush, for the screen."""
    return QBrush(pen.color(), _PATTERNS[hatch])
