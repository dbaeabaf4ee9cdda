"""The report's look: its paper's greys, type sizes, and Ink, a painter that works in points.

Colours of metrics, windows and severities come from journal_app.charts.palette, the window's.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from journal_app.charts import palette
from journal_app.domain.analytics import OnsetStatus

INK = QColor("#1b1b1f")
MUTED = QColor("#5c6068")
RULE = QColor("#c9ccd1")
FAINT = QColor("#eef0f3")
PANEL = QColor("#f6f7f9")
#: Relief that began or held; the expected onset.
ONSET = QColor(palette.ONSET)
#: The re-injection window; a response short of the mark.
REINJECTION = QColor(palette.REINJECTION)
WARNING = QColor("#B35900")
STATUS_COLOUR = {
    OnsetStatus.EARLY: QColor(palette.BLUE),
    OnsetStatus.EXPECTED: QColor("#007A5A"),
    OnsetStatus.LATE: WARNING,
    OnsetStatus.NOT_DETECTED: MUTED,
    OnsetStatus.CARRIED_OVER: QColor("#007A5A"),
}
UNLOGGED = QColor("#c3c7cd")

BODY = 8.0
SMALL = 6.8
SECTION_GAP = 14.0


_FontKey = tuple[float, bool, bool, bool]
_SPACING = 104  # percent: the small capitals' letters set a little apart


class Ink:
    """A painter whose coordinates are points (1/72 in); text is set at device resolution."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.scale = device.logicalDpiX() / 72.0
        self.family = QGuiApplication.font().family()
        self._fonts: dict[_FontKey, QFont] = {}
        self._metrics: dict[_FontKey, QFontMetricsF] = {}
        painter.scale(self.scale, self.scale)

    def font(
        self, size: float = BODY, *, bold: bool = False, italic: bool = False, spaced: bool = False
    ) -> QFont:
        """The report's typeface; ``spaced``: letters set apart, as in the small capitals."""
        key = (size, bold, italic, spaced)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            font.setKerning(True)
            if spaced:
                font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, _SPACING)
            self._fonts[key] = font
            self._metrics[key] = QFontMetricsF(font, self.device)
        return self._fonts[key]

    def _metrics_of(self, font: QFont) -> QFontMetricsF:
        spaced = font.letterSpacingType() == QFont.SpacingType.PercentageSpacing and (
            font.letterSpacing() != 100
        )
        key = (font.pointSizeF(), font.bold(), font.italic(), spaced)
        if key not in self._metrics:
            self.font(key[0], bold=key[1], italic=key[2], spaced=key[3])
        return self._metrics[key]

    def width(self, text: str, font: QFont) -> float:
        return self._metrics_of(font).horizontalAdvance(text) / self.scale

    def line_height(self, font: QFont) -> float:
        return self._metrics_of(font).height() / self.scale

    def _paragraph(
        self, text: str, font: QFont, width: float, align: Qt.AlignmentFlag
    ) -> tuple[QTextLayout, list[float]]:
        """Lines broken at words, or anywhere in a word too long for the width."""
        layout = QTextLayout(text.replace("\n", "\u2028"), font, self.device)
        option = QTextOption(align & Qt.AlignmentFlag.AlignHorizontal_Mask)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        bottoms, y = [], 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width * self.scale)
            line.setPosition(QPointF(0, y))
            y += line.height()
            bottoms.append(y / self.scale)
        layout.endLayout()
        return layout, bottoms

    def wrapped_height(self, text: str, font: QFont, width: float) -> float:
        if not text:
            return 0.0
        return self._paragraph(text, font, width, Qt.AlignmentFlag.AlignLeft)[1][-1]

    def misfit(self, rect: QRectF, text: str, font: QFont, *, wrap: bool = False) -> float:
        """By how many points ``text`` overflows ``rect`` (0 when it fits): every box of the
        report is measured so that nothing is cut off, and the tests check it here."""
        if not text:
            return 0.0
        if wrap:
            return max(self.wrapped_height(text, font, rect.width()) - rect.height(), 0.0)
        wide = self.width(text, font) - rect.width()
        tall = self.line_height(font) - rect.height()
        return max(wide, tall, 0.0)

    def text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        *,
        wrap: bool = False,
    ) -> None:
        """Text in a rectangle given in points, laid out at the device's own resolution.

        Callers measure first (``width``, ``wrapped_height``): the rectangle must hold it all.
        """
        painter = self.painter
        device_rect = painter.transform().mapRect(rect)
        painter.save()
        painter.resetTransform()
        painter.setFont(font)
        painter.setPen(colour)
        if wrap:
            self._draw_paragraph(device_rect, rect.height(), text, font, align)
        else:
            painter.drawText(device_rect, int(align), text)
        painter.restore()

    def _draw_paragraph(
        self, device_rect: QRectF, height: float, text: str, font: QFont, align: Qt.AlignmentFlag
    ) -> None:
        layout, bottoms = self._paragraph(text, font, device_rect.width() / self.scale, align)
        # Every line is drawn: a box too small shows as overlap (and fails the tests), never
        # as text silently left out.
        used = bottoms[-1] if bottoms else 0.0
        top = device_rect.top()
        if align & Qt.AlignmentFlag.AlignVCenter:
            top += (height - used) * self.scale / 2
        elif align & Qt.AlignmentFlag.AlignBottom:
            top += (height - used) * self.scale
        for i in range(len(bottoms)):
            layout.lineAt(i).draw(self.painter, QPointF(device_rect.left(), top))

    def pen(self, colour: QColor, width: float = 0.6, style: Qt.PenStyle = Qt.PenStyle.SolidLine):
        pen = QPen(colour, width, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.painter.setPen(pen)

    def no_pen(self) -> None:
        self.painter.setPen(Qt.PenStyle.NoPen)

    def fill(self, rect: QRectF, colour: QColor) -> None:
        self.painter.fillRect(rect, colour)

    def line(
        self,
        a: QPointF,
        b: QPointF,
        colour: QColor = RULE,
        width: float = 0.5,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        self.pen(colour, width, style)
        self.painter.drawLine(a, b)


_LABEL = 6.6  # the small capitals above a value


def caps_font(ink: Ink) -> QFont:
    return ink.font(_LABEL, bold=True, spaced=True)


def caps_height(ink: Ink, text: str, width: float) -> float:
    """The height of a small-capitals label set in ``width``, wrapped if it must be."""
    return ink.wrapped_height(text.upper(), caps_font(ink), width)


def caps(ink: Ink, rect: QRectF, text: str, colour: QColor = MUTED) -> None:
    """A small-capitals label, wrapped within ``rect`` (measure it with caps_height)."""
    ink.text(
        rect,
        text.upper(),
        caps_font(ink),
        colour,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        wrap=True,
    )
