"""Colour arithmetic: mixing, transparency, and which text reads on a fill (WCAG luminance)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0…1) of the way towards ``other``."""
    amount = min(max(amount, 0.0), 1.0)
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
        colour.alphaF() + (other.alphaF() - colour.alphaF()) * amount,
    )


def with_alpha(colour: QColor | str, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    return QColor("black") if relative_luminance(fill) > 0.32 else QColor("white")


def is_dark_palette(palette: QPalette) -> bool:
    """Whether the palette's windows are dark (its text then light)."""
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    return window.lightness() < 128
