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
from journal_app.domain.trends import OnsetStatus

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
}
UNLOGGED = QColor("#c3c7cd")

BODY = 8.0
SMALL = 6.8
SECTION_GAP = 14.0


class Ink:
    """A painter whose coordinates are points (1/72 in); text is set at device resolution."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.scale = device.logicalDpiX() / 72.0
        self.family = QGuiApplication.font().family()
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}
        self._metrics: dict[tuple[float, bool, bool], QFontMetricsF] = {}
        painter.scale(self.scale, self.scale)

    def font(self, size: float = BODY, *, bold: bool = False, italic: bool = False) -> QFont:
        key = (size, bold, italic)
        if key not in self._fonts:
            font = QFont(self.family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setItalic(italic)
            font.setKerning(True)
            self._fonts[key] = font
            self._metrics[key] = QFontMetricsF(font, self.device)
        return self._fonts[key]

    def _metrics_of(self, font: QFont) -> QFontMetricsF:
        key = (font.pointSizeF(), font.bold(), font.italic())
        if key not in self._metrics:
            self.font(*key[:1], bold=key[1], italic=key[2])
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

        Wrapped text shows the lines that fit in the rectangle; the rest is left out.
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
        shown = sum(1 for bottom in bottoms if bottom <= height + 0.5) or min(len(bottoms), 1)
        used = bottoms[shown - 1] if shown else 0.0
        top = device_rect.top()
        if align & Qt.AlignmentFlag.AlignVCenter:
            top += (height - used) * self.scale / 2
        elif align & Qt.AlignmentFlag.AlignBottom:
            top += (height - used) * self.scale
        for i in range(shown):
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


def caps(ink: Ink, rect: QRectF, text: str, colour: QColor = MUTED) -> None:
    font = ink.font(_LABEL, bold=True)
    font = QFont(font)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    ink.text(
        rect, text.upper(), font, colour, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    )
