"""Draws a report (domain/report.py) with QPainter onto a PDF file or a printer: PRODUCT.md §6."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSaveFile,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from journal_app import APP_NAME
from journal_app.domain.models import (
    PRODUCT_BRANDS,
    Indication,
    MedicationClass,
    Metric,
    Product,
    SideEffect,
)
from journal_app.domain.report import (
    CalendarMonth,
    CycleDay,
    CycleRow,
    IndicationSummary,
    InjectionRow,
    MonthRow,
    OverlaySeries,
    Report,
    Section,
    SideEffectRow,
    Summary,
    TimelineSeries,
)
from journal_app.domain.trends import (
    HEADACHE_DAY_THRESHOLDS,
    RESPONSE_MARKS,
    WINDOW_DAYS,
    MigraineResponse,
    OnsetStatus,
)
from journal_app.domain.windows import Countdown

T = TypeVar("T")


class ReportCounts(QObject):
    """The report's phrases with a count, in each language's plural forms.

    A QObject for its tr(): lupdate files tr(text, "", n) as plural forms, but not translate().
    """

    def days(self, count: int) -> str:
        return self.tr("%Ln days", "", count)

    def logged_share(self, logged: int, days: int, share: str) -> str:
        text = self.tr("%1 of %Ln days logged in the range (%2)", "", days)
        return text.replace("%1", _integer(logged)).replace("%2", share)

    def cycle_in_range(self, start: str, days: int) -> str:
        text = self.tr("latest cycle in the range from %1, %n days", "", days)
        return text.replace("%1", start)


#: Dots per inch of the PDF. Chart lines drawn with cosmetic pens (the window's charts) are
#: one device dot wide per pixel: at 144 dpi a 1-pixel line prints 0.5 pt wide.
PDF_RESOLUTION = 144


class Paper(str, Enum):
    AUTO = "auto"
    A4 = "a4"
    LETTER = "letter"


def paper_for_locale(locale: QLocale) -> Paper:
    """Letter where the locale measures in US units or is the US or Canada; A4 elsewhere."""
    letter_territories = (QLocale.Country.UnitedStates, QLocale.Country.Canada)
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return Paper.LETTER
    return Paper.LETTER if locale.territory() in letter_territories else Paper.A4


def page_size(paper: Paper, locale: QLocale | None = None) -> QPageSize:
    if paper is Paper.AUTO:
        paper = paper_for_locale(locale if locale is not None else QLocale())
    wanted = QPageSize.PageSizeId.Letter if paper is Paper.LETTER else QPageSize.PageSizeId.A4
    return QPageSize(wanted)


@dataclass(frozen=True)
class ReportWording:
    """How dates, countdowns and codes read: the window's own translated wording, passed in."""

    date: Callable[[dt.date], str]
    countdown: Callable[[Countdown], str]
    product: Callable[[Product], str]
    indication: Callable[[Indication], str]
    side_effect: Callable[[SideEffect], str]
    medication: Callable[[MedicationClass], str]
    #: An indication's name inside a sentence; by default ``indication`` lower-cased, which
    #: would be wrong in German, whose nouns keep their capital.
    indication_in_text: Callable[[Indication], str] | None = None

    def indication_phrase(self, indication: Indication) -> str:
        if self.indication_in_text is not None:
            return self.indication_in_text(indication)
        return self.indication(indication).lower()


def document_title(report: Report, wording: ReportWording) -> str:
    span = report.summary.range
    who = report.summary.profile.name or QCoreApplication.translate("report", "patient journal")
    return (
        QCoreApplication.translate("report", "%1 report: %2, %3 – %4")
        .replace("%1", APP_NAME)
        .replace("%2", who)
        .replace("%3", wording.date(span.start))
        .replace("%4", wording.date(span.end))
    )


def write_pdf(
    report: Report,
    path: Path,
    wording: ReportWording,
    *,
    charts: ReportCharts,
    paper: Paper = Paper.AUTO,
) -> int:
    """Write the report to ``path``; returns the number of pages. Needs a QGuiApplication."""
    # QSaveFile writes beside the target and renames at commit: a failure never leaves a
    # half-written report over an earlier one.
    output = QSaveFile(str(path))
    message = QCoreApplication.translate("report", "%1 could not be written: %2.")
    if not output.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(message.replace("%1", str(path)).replace("%2", output.errorString()))
    try:
        pages = _write(report, output, wording, charts, paper)
    except BaseException:
        output.cancelWriting()
        output.commit()
        raise
    if not output.commit():
        raise OSError(message.replace("%1", str(path)).replace("%2", output.errorString()))
    return pages


def _write(
    report: Report, output: QSaveFile, wording: ReportWording, charts: ReportCharts, paper: Paper
) -> int:
    writer = QPdfWriter(output)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(document_title(report, wording))
    writer.setAuthor(report.summary.profile.name or APP_NAME)
    writer.setCreator(f"{APP_NAME} {report.summary.app_version}")
    _set_layout(writer, paper)
    return paint_report(report, writer, wording, charts)


def _set_layout(device: QPagedPaintDevice, paper: Paper) -> None:
    layout = QPageLayout(
        page_size(paper),
        QPageLayout.Orientation.Portrait,
        QMarginsF(*_MARGINS_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def prepare_printer(
    printer: QPrinter, report: Report, wording: ReportWording, paper: Paper
) -> None:
    """The report's margins, and its paper unless left automatic (then the printer's own)."""
    layout = printer.pageLayout()
    if paper is not Paper.AUTO:
        layout.setPageSize(page_size(paper))
    layout.setUnits(QPageLayout.Unit.Millimeter)
    layout.setMargins(QMarginsF(*_MARGINS_MM))
    layout.setOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageLayout(layout)
    printer.setDocName(document_title(report, wording))


class ReportCharts(Protocol):
    """Draws the report's plots into a rectangle given in the painter's coordinates.

    The window's own chart code (ui/charts) implements it, so the report's charts are the
    ones the patient sees; the UI layer hands it in, as services do not import the UI.
    """

    def timeline(self, painter: QPainter, target: QRectF, series: TimelineSeries) -> None: ...

    def overlay(self, painter: QPainter, target: QRectF, series: OverlaySeries) -> None: ...

    def monthly(self, painter: QPainter, target: QRectF, months: Sequence[MonthRow]) -> None: ...


def paint_report(
    report: Report,
    device: QPagedPaintDevice,
    wording: ReportWording,
    charts: ReportCharts,
) -> int:
    """Lay the report out on the device's pages, then draw them; returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(
            QCoreApplication.translate(
                "report", "The report could not be drawn: its output could not be opened."
            )
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = _Ink(painter, device)
        frame = _Frame.of(ink)
        builder = _ReportBuilder(report, wording, ink, frame, charts)
        pages = _paginate(builder.items(), frame)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            _draw_page(ink, frame, page, number, len(pages), report, wording)
    finally:
        painter.end()
    return len(pages)


# -- look ----------------------------------------------------------------------------------

_MARGINS_MM = (15.0, 13.0, 15.0, 11.0)
INK = QColor("#1b1b1f")
MUTED = QColor("#5c6068")
RULE = QColor("#c9ccd1")
FAINT = QColor("#eef0f3")
PANEL = QColor("#f6f7f9")
SPASM = QColor("#0072B2")
HEADACHE = QColor("#D55E00")
ONSET = QColor("#009E73")
REINJECTION = QColor("#E69F00")
WARNING = QColor("#B35900")
METRIC_COLOUR = {Metric.SPASM: SPASM, Metric.HEADACHE: HEADACHE}
STATUS_COLOUR = {
    OnsetStatus.EARLY: QColor("#0072B2"),
    OnsetStatus.EXPECTED: QColor("#007A5A"),
    OnsetStatus.LATE: WARNING,
    OnsetStatus.NOT_DETECTED: MUTED,
}
#: Sequential, colour-blind-safe scales from severity 0 to 10 (ColorBrewer OrRd and Blues).
#: Severity 0 (no headache, no spasm) is a visible tint, apart from a day not logged.
SEVERITY_SCALE = {
    Metric.HEADACHE: ("#fde6cc", "#fdcc8a", "#fc8d59", "#d7301f", "#7f0000"),
    Metric.SPASM: ("#deebf7", "#b3d1ea", "#6baed6", "#2171b5", "#08306b"),
}
UNLOGGED = QColor("#c3c7cd")

BODY = 8.0
SMALL = 6.8
HEADER_H = 22.0
FOOTER_H = 18.0
SECTION_GAP = 14.0


def _with_alpha(colour: QColor, alpha: float) -> QColor:
    faded = QColor(colour)
    faded.setAlphaF(alpha)
    return faded


def _severity_colour(metric: Metric, value: int) -> QColor:
    stops = [QColor(c) for c in SEVERITY_SCALE[metric]]
    position = max(0.0, min(1.0, value / 10)) * (len(stops) - 1)
    i = min(int(position), len(stops) - 2)
    t = position - i
    a, b = stops[i], stops[i + 1]
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class _Ink:
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


# -- pages and flow ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """The printable area of a page in points, and the body between header and footer."""

    width: float
    height: float

    @classmethod
    def of(cls, ink: _Ink) -> _Frame:
        return cls(ink.device.width() / ink.scale, ink.device.height() / ink.scale)

    def body_height(self, page_number: int) -> float:
        header = 0.0 if page_number == 1 else HEADER_H
        return self.height - header - FOOTER_H

    def body_top(self, page_number: int) -> float:
        return 0.0 if page_number == 1 else HEADER_H


Painter = Callable[[_Ink, QRectF], None]


@dataclass(frozen=True)
class _Block:
    """Something drawn in one piece: never split across pages."""

    height: float
    paint: Painter
    keep_with_next: bool = False


@dataclass(frozen=True)
class _Table:
    """Rows that may continue on the next page, where the header is drawn again."""

    header: _Block
    rows: tuple[_Block, ...]
    continued: _Block


@dataclass(frozen=True)
class _PageBreak:
    pass


_Item = _Block | _Table | _PageBreak
_Placed = tuple[float, _Block]


class _Pages:
    """Places blocks top to bottom, opening a page when the next one does not fit."""

    def __init__(self, frame: _Frame) -> None:
        self.frame = frame
        self.pages: list[list[_Placed]] = [[]]
        self.y = 0.0

    @property
    def room(self) -> float:
        return self.frame.body_height(len(self.pages)) - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def place(self, block: _Block) -> None:
        if block.height > self.room and self.y > 0:
            self.new_page()
        self.pages[-1].append((self.y, block))
        self.y += block.height

    def ensure(self, height: float) -> None:
        if height > self.room and self.y > 0:
            self.new_page()


def _first_height(item: _Item) -> float:
    if isinstance(item, _Table):
        return item.header.height + (item.rows[0].height if item.rows else 0.0)
    if isinstance(item, _Block):
        return item.height
    return 0.0


def _paginate(items: Sequence[_Item], frame: _Frame) -> list[list[_Placed]]:
    pages = _Pages(frame)
    for i, item in enumerate(items):
        if isinstance(item, _PageBreak):
            pages.new_page()
        elif isinstance(item, _Table):
            _place_table(pages, item)
        else:
            if item.keep_with_next:
                following = items[i + 1 :]
                pages.ensure(item.height + _kept_height(following))
            pages.place(item)
    return [page for page in pages.pages if page] or [[]]


def _kept_height(items: Sequence[_Item]) -> float:
    """The height that must follow a keep-with-next block on its page."""
    total = 0.0
    for item in items:
        total += _first_height(item)
        if not (isinstance(item, _Block) and item.keep_with_next):
            break
    return total


def _place_table(pages: _Pages, table: _Table) -> None:
    pages.ensure(_first_height(table))
    pages.place(table.header)
    for row in table.rows:
        if row.height > pages.room:
            pages.new_page()
            pages.place(table.continued)
            pages.place(table.header)
        pages.place(row)


def _draw_page(
    ink: _Ink,
    frame: _Frame,
    page: Sequence[_Placed],
    number: int,
    total: int,
    report: Report,
    wording: ReportWording,
) -> None:
    top = frame.body_top(number)
    if number > 1:
        _draw_running_header(ink, frame, report, wording)
    for y, block in page:
        block.paint(ink, QRectF(0, top + y, frame.width, block.height))
    _draw_footer(ink, frame, number, total)


def _draw_running_header(ink: _Ink, frame: _Frame, report: Report, wording: ReportWording) -> None:
    summary = report.summary
    font = ink.font(SMALL)
    left = summary.profile.name or QCoreApplication.translate("report", "Patient journal")
    span = f"{wording.date(summary.range.start)} – {wording.date(summary.range.end)}"
    right = QCoreApplication.translate("report", "Relief Journal report · %1").replace("%1", span)
    row = QRectF(0, 0, frame.width, HEADER_H - 8)
    ink.text(row, left, ink.font(SMALL, bold=True), INK)
    ink.text(row, right, font, MUTED, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    ink.line(QPointF(0, HEADER_H - 6), QPointF(frame.width, HEADER_H - 6), RULE, 0.5)


def _draw_footer(ink: _Ink, frame: _Frame, number: int, total: int) -> None:
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


# -- formatting ----------------------------------------------------------------------------


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _integer(value: int) -> str:
    return QLocale().toString(int(value))


def _units(units: float) -> str:
    return _integer(int(units)) if float(units).is_integer() else _number(units, 1)


def _percent(value: float) -> str:
    return QCoreApplication.translate("report", "%1%").replace("%1", _number(value))


def _brand(product: Product, wording: ReportWording) -> str:
    brands = PRODUCT_BRANDS[product]
    return brands[0] if brands else wording.product(product)


def _metric_name(metric: Metric) -> str:
    return (
        QCoreApplication.translate("report", "Headache")
        if metric is Metric.HEADACHE
        else QCoreApplication.translate("report", "Spasm")
    )


def _status_text(status: OnsetStatus) -> str:
    return {
        OnsetStatus.EARLY: QCoreApplication.translate("report", "early"),
        OnsetStatus.EXPECTED: QCoreApplication.translate("report", "as expected"),
        OnsetStatus.LATE: QCoreApplication.translate("report", "late"),
        OnsetStatus.NOT_DETECTED: QCoreApplication.translate("report", "not detected"),
    }[status]


def _day_text(day: int | None) -> str:
    return (
        "—"
        if day is None
        else QCoreApplication.translate("report", "day %1").replace("%1", str(day))
    )


def _cycle_day_text(cycle_day: CycleDay | None, wording: ReportWording) -> str:
    if cycle_day is None:
        return QCoreApplication.translate("report", "before the first injection")
    return (
        QCoreApplication.translate("report", "day %1 after %2")
        .replace("%1", str(cycle_day.day))
        .replace("%2", wording.date(cycle_day.session_day))
    )


def _month_text(month: dt.date) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy")


def _short_month(month: dt.date) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM")


def _window_text(window: tuple[int, int]) -> str:
    return f"{window[0]}–{window[1]}"


# -- building the items --------------------------------------------------------------------


class _ReportBuilder:
    """Turns a Report into the blocks and tables the pages hold, in the order of §6."""

    def __init__(
        self,
        report: Report,
        wording: ReportWording,
        ink: _Ink,
        frame: _Frame,
        charts: ReportCharts,
    ) -> None:
        self.charts = charts
        self.report = report
        self.wording = wording
        self.ink = ink
        self.frame = frame

    def items(self) -> list[_Item]:
        items: list[_Item] = list(self._summary_page())
        sections: list[tuple[Section, Callable[[], Iterator[_Item]]]] = [
            (Section.CYCLES, self._cycles),
            (Section.OVERLAY, self._overlays),
            (Section.INJECTIONS, self._injections),
            (Section.MONTHLY, self._monthly),
            (Section.SIDE_EFFECTS, self._side_effects),
            (Section.CALENDAR, self._calendar),
            (Section.NOTES, self._notes),
        ]
        first = True
        for section, build in sections:
            if not self.report.has(section):
                continue
            if first:
                items.append(_PageBreak())
                first = False
            items.extend(build())
        return items

    # -- summary page --------------------------------------------------------------------

    def _summary_page(self) -> Iterator[_Item]:
        summary = self.report.summary
        page1 = [
            _title_block(self.ink, self.frame, summary, self.wording),
            _treatment_block(self.ink, self.frame, summary, self.wording),
            *[
                _indication_block(self.ink, self.frame, s, self.wording)
                for s in summary.indications
            ],
            *_response_and_months_blocks(summary, self.wording),
            _side_effect_line(self.ink, self.frame, summary, self.wording),
        ]
        used = sum(block.height for block in page1)
        explanation = _definitions_block(self.ink, self.frame)
        room = self.frame.body_height(1) - used - explanation.height - 1.0
        height = max(150.0, min(room, 440.0))
        chart = _timeline_block(self.charts, self.report.timeline, self.wording, height)
        yield from page1
        yield chart
        yield explanation

    # -- sections -------------------------------------------------------------------------

    def _heading(self, title: str, note: str = "") -> _Block:
        return _heading_block(self.ink, self.frame, title, note)

    def _cycles(self) -> Iterator[_Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Cycles"),
            QCoreApplication.translate(
                "report",
                "One row per injection session and indication, judged on the symptom it treats "
                "(headache for chronic migraine, spasm for the others). Baseline: "
                "mean severity over the 28 days before the injection. Onset: the first day the "
                "trailing mean (7 days for spasm, 14 for headache) is at least 30% below "
                "baseline and stays so for 7 days. Peak: the largest improvement. Wear-off: the "
                "first day after onset that stays less than 30% improved for 7 days.",
            ),
        )
        rows = [self._cycle_cells(r) for r in self.report.cycles]
        yield self._table(QCoreApplication.translate("report", "Cycles"), _cycle_columns(), rows)

    def _cycle_cells(self, row: CycleRow) -> _Cells:
        wording = self.wording
        status = _status_text(row.onset_status)
        if row.baseline is None or row.baseline <= 0:
            status = "—"
        length = _integer(row.cycle_days)
        if row.is_latest:
            length = QCoreApplication.translate("report", "%1 so far").replace("%1", length)
        return _Cells(
            (
                wording.date(row.session_day),
                wording.indication(row.injection.indication),
                QCoreApplication.translate("report", "%1 %2 U")
                .replace("%1", _brand(row.injection.product, wording))
                .replace("%2", _units(row.units)),
                length,
                "—" if row.baseline is None else _number(row.baseline, 2),
                _day_text(row.onset_day),
                f"{status} ({_window_text(row.onset_window)})",
                "—" if row.peak_improvement_pct is None else _percent(row.peak_improvement_pct),
                _day_text(row.wear_off_day),
            ),
            emphasis=row.is_latest,
        )

    def _overlays(self) -> Iterator[_Item]:
        for i, overlay in enumerate(self.report.overlays):
            title = (
                QCoreApplication.translate("report", "Cycles overlaid: headache")
                if overlay.metric is Metric.HEADACHE
                else QCoreApplication.translate("report", "Cycles overlaid: spasm")
            )
            note = ""
            if i == 0:
                note = QCoreApplication.translate(
                    "report",
                    "Each line is one cycle's trailing mean by day since its injection; the "
                    "latest cycle is drawn bold. Shaded: the expected onset window and the "
                    "re-injection window of the latest injection.",
                )
            yield self._heading(title, note)
            yield _chart_block(self.charts.overlay, overlay, 250.0)

    def _injections(self) -> Iterator[_Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Injection history"),
            QCoreApplication.translate(
                "report",
                "Gap: days since the previous session; a gap under 84 days (12 weeks) is "
                "marked, as re-injecting sooner raises the risk of neutralising antibodies. "
                "Units of different products are not interchangeable.",
            ),
        )
        rows = [self._injection_cells(r) for r in self.report.injections]
        yield self._table(
            QCoreApplication.translate("report", "Injection history"), _injection_columns(), rows
        )

    def _injection_cells(self, row: InjectionRow) -> _Cells:
        injection = row.injection
        gap = "—" if row.days_since_previous is None else _integer(row.days_since_previous)
        if row.short_interval:
            gap = QCoreApplication.translate("report", "%1 (< 84)").replace("%1", gap)
        return _Cells(
            (
                self.wording.date(injection.day),
                self.wording.product(injection.product),
                _units(injection.units),
                self.wording.indication(injection.indication),
                injection.sites,
                injection.clinician,
                injection.lot,
                gap,
            ),
            warn=frozenset({7}) if row.short_interval else frozenset(),
            note=injection.notes.strip(),
        )

    def _monthly(self) -> Iterator[_Item]:
        months = self.report.months
        title = QCoreApplication.translate(
            "report", "Headache days and acute medication days per month"
        )
        yield self._heading(
            title,
            QCoreApplication.translate(
                "report",
                "Headache days: logged days with headache severity 1 or more. Lines at 12 days "
                "and 15 days (ICHD-3 chronic migraine). Medication days are days with at least "
                "one dose; overuse thresholds: 15 days for simple analgesics, 10 for triptans, "
                "combination analgesics and opioids (shaded in the table).",
            ),
        )
        yield _chart_block(self.charts.monthly, months, 420.0)
        rows = [_month_cells(m) for m in months]
        yield self._table(title, _month_columns(self.wording), rows)

    def _side_effects(self) -> Iterator[_Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Side effects"),
            QCoreApplication.translate(
                "report", "Each day a side effect was logged, and where it fell in the cycle."
            ),
        )
        rows = [self._side_effect_cells(r) for r in self.report.side_effects]
        if not rows:
            yield _note_block(
                self.ink,
                self.frame,
                QCoreApplication.translate("report", "No side effects logged in the range."),
            )
            return
        yield self._table(
            QCoreApplication.translate("report", "Side effects"), _side_effect_columns(), rows
        )

    def _side_effect_cells(self, row: SideEffectRow) -> _Cells:
        names = ", ".join(self.wording.side_effect(s) for s in row.side_effects)
        return _Cells(
            (
                self.wording.date(row.day),
                _cycle_day_text(row.cycle_day, self.wording),
                names,
                row.other_text,
            )
        )

    def _calendar(self) -> Iterator[_Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Calendar of severities"),
            QCoreApplication.translate(
                "report",
                "One row per month, one square per day: darker is more severe (0–10); an "
                "empty outline, a day not logged; a black frame, an injection day.",
            ),
        )
        months = self.report.calendar
        yield _Table(
            header=_calendar_header(self.ink, self.frame),
            rows=tuple(_calendar_row(self.ink, self.frame, m) for m in months),
            continued=_continued_block(
                self.ink, QCoreApplication.translate("report", "Calendar of severities")
            ),
        )

    def _notes(self) -> Iterator[_Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Notes"),
            QCoreApplication.translate("report", "The patient's own notes, as written."),
        )
        rows = [
            _Cells((self.wording.date(r.day), _cycle_day_text(r.cycle_day, self.wording), r.text))
            for r in self.report.notes
        ]
        if not rows:
            yield _note_block(
                self.ink, self.frame, QCoreApplication.translate("report", "No notes in the range.")
            )
            return
        yield self._table(QCoreApplication.translate("report", "Notes"), _note_columns(), rows)

    def _table(self, title: str, columns: Sequence[_Column], rows: Sequence[_Cells]) -> _Item:
        if not rows:
            return _note_block(
                self.ink, self.frame, QCoreApplication.translate("report", "Nothing in the range.")
            )
        return _text_table(self.ink, self.frame, columns, rows, title)


# -- tables --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    title: str
    weight: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    wrap: bool = False
    #: A longer word wraps anywhere rather than widen the column.
    longest_word: float = 90.0


@dataclass(frozen=True)
class _Cells:
    texts: tuple[str, ...]
    emphasis: bool = False
    warn: frozenset[int] = frozenset()
    #: A line under the cells, from the second column to the last (an injection's notes).
    note: str = ""


_RIGHT = Qt.AlignmentFlag.AlignRight
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _cycle_columns() -> tuple[_Column, ...]:
    return (
        _Column(QCoreApplication.translate("report", "Injection"), 58),
        _Column(QCoreApplication.translate("report", "Indication"), 68, wrap=True),
        _Column(QCoreApplication.translate("report", "Product"), 60, wrap=True),
        _Column(QCoreApplication.translate("report", "Cycle days"), 40, _RIGHT, wrap=True),
        _Column(QCoreApplication.translate("report", "Baseline"), 38, _RIGHT),
        _Column(QCoreApplication.translate("report", "Onset"), 38, _RIGHT),
        _Column(
            QCoreApplication.translate("report", "Onset status (expected days)"), 84, wrap=True
        ),
        _Column(QCoreApplication.translate("report", "Peak"), 32, _RIGHT),
        _Column(QCoreApplication.translate("report", "Wear-off"), 42, _RIGHT),
    )


def _injection_columns() -> tuple[_Column, ...]:
    return (
        _Column(QCoreApplication.translate("report", "Date"), 56),
        _Column(QCoreApplication.translate("report", "Product"), 92, wrap=True),
        _Column(QCoreApplication.translate("report", "Units"), 28, _RIGHT),
        _Column(QCoreApplication.translate("report", "Indication"), 56, wrap=True),
        _Column(QCoreApplication.translate("report", "Sites"), 100, wrap=True, longest_word=70),
        _Column(QCoreApplication.translate("report", "Clinician"), 46, wrap=True),
        _Column(QCoreApplication.translate("report", "Lot"), 44),
        _Column(QCoreApplication.translate("report", "Gap (days)"), 40),
    )


def _side_effect_columns() -> tuple[_Column, ...]:
    return (
        _Column(QCoreApplication.translate("report", "Date"), 1.0),
        _Column(QCoreApplication.translate("report", "Day of cycle"), 1.6),
        _Column(QCoreApplication.translate("report", "Side effects"), 2.4, wrap=True),
        _Column(QCoreApplication.translate("report", "Details"), 2.4, wrap=True),
    )


def _note_columns() -> tuple[_Column, ...]:
    return (
        _Column(QCoreApplication.translate("report", "Date"), 1.0),
        _Column(QCoreApplication.translate("report", "Day of cycle"), 1.6),
        _Column(QCoreApplication.translate("report", "Note"), 4.8, wrap=True),
    )


def _month_columns(wording: ReportWording) -> tuple[_Column, ...]:
    return (
        _Column(QCoreApplication.translate("report", "Month"), 1.2),
        _Column(QCoreApplication.translate("report", "Days logged"), 0.9, _RIGHT, wrap=True),
        _Column(QCoreApplication.translate("report", "Headache days"), 0.9, _RIGHT, wrap=True),
        *(_Column(wording.medication(cls), 1.0, _RIGHT, wrap=True) for cls in MedicationClass),
    )


def _month_cells(month: MonthRow) -> _Cells:
    classes = list(MedicationClass)
    logged = QCoreApplication.translate("report", "%1 of %2").replace("%1", str(month.logged_days))
    logged = logged.replace("%2", str(month.calendar_days))
    warn = {3 + classes.index(cls) for cls in month.overused}
    if month.headache_days >= HEADACHE_DAY_THRESHOLDS[1]:
        warn.add(2)
    return _Cells(
        (
            _month_text(month.month),
            logged,
            str(month.headache_days),
            *(str(month.medication(cls)) for cls in classes),
        ),
        warn=frozenset(warn),
    )


_CELL_PAD = 3.0
_ROW_PAD = 2.6


def _fit_columns(
    ink: _Ink, columns: Sequence[_Column], rows: Sequence[_Cells], width: float
) -> list[tuple[float, float]]:
    """Column spans across ``width``: one-line columns as wide as their longest text, wrapping
    columns at least as wide as their longest word and sharing the rest by weight."""
    body, header = ink.font(BODY - 0.5, bold=True), ink.font(SMALL, bold=True)
    pad = 2 * _CELL_PAD + 0.5
    least, most = [], []
    for i, column in enumerate(columns):
        texts = [row.texts[i] for row in rows]
        heading = _longest_word(ink, column.title, header)
        full = max([ink.width(text, body) for text in texts] + [heading])
        if column.wrap:
            words = max([_longest_word(ink, text, body) for text in texts] + [heading])
            least.append(min(words, column.longest_word) + pad)
            most.append(max(full, ink.width(column.title, header)) + pad)
        else:
            least.append(full + pad)
            most.append(full + pad)
    if sum(least) > width:
        return _weighted_spans(columns, width)
    widths = _share_out(columns, least, most, width)
    spans, x = [], 0.0
    for w in widths:
        spans.append((x, w))
        x += w
    return spans


def _longest_word(ink: _Ink, text: str, font: QFont) -> float:
    return max((ink.width(word, font) for word in text.split()), default=0.0)


def _share_out(
    columns: Sequence[_Column], least: list[float], most: list[float], width: float
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


def _weighted_spans(columns: Sequence[_Column], width: float) -> list[tuple[float, float]]:
    total = sum(c.weight for c in columns)
    x, spans = 0.0, []
    for column in columns:
        w = width * column.weight / total
        spans.append((x, w))
        x += w
    return spans


def _text_table(
    ink: _Ink, frame: _Frame, columns: Sequence[_Column], rows: Sequence[_Cells], title: str
) -> _Table:
    spans = _fit_columns(ink, columns, rows, frame.width)
    header_font = ink.font(SMALL, bold=True)
    header_height = (
        max(
            ink.wrapped_height(c.title, header_font, w - 2 * _CELL_PAD)
            for c, (_, w) in zip(columns, spans, strict=True)
        )
        + 2 * _ROW_PAD
    )

    def paint_header(ink: _Ink, rect: QRectF) -> None:
        ink.fill(rect, FAINT)
        for column, (x, w) in zip(columns, spans, strict=True):
            cell = QRectF(rect.left() + x + _CELL_PAD, rect.top(), w - 2 * _CELL_PAD, rect.height())
            align = column.align | Qt.AlignmentFlag.AlignVCenter
            ink.text(cell, column.title, header_font, INK, align, wrap=True)
        ink.line(rect.bottomLeft(), rect.bottomRight(), MUTED, 0.6)

    blocks = tuple(
        _table_row(ink, columns, spans, cells, i % 2 == 1) for i, cells in enumerate(rows)
    )
    return _Table(
        header=_Block(header_height, paint_header),
        rows=blocks,
        continued=_continued_block(ink, title),
    )


def _table_row(
    ink: _Ink,
    columns: Sequence[_Column],
    spans: Sequence[tuple[float, float]],
    cells: _Cells,
    striped: bool,
) -> _Block:
    font = ink.font(BODY - 0.5, bold=cells.emphasis)
    line = ink.line_height(font)
    height = line
    for column, (_, w), text in zip(columns, spans, cells.texts, strict=True):
        if column.wrap and text:
            height = max(height, ink.wrapped_height(text, font, w - 2 * _CELL_PAD))
    note_font = ink.font(BODY - 0.7, italic=True)
    note_left = spans[1][0] + _CELL_PAD if len(spans) > 1 else _CELL_PAD
    note_width = spans[-1][0] + spans[-1][1] - note_left - _CELL_PAD
    note_h = ink.wrapped_height(cells.note, note_font, note_width) if cells.note else 0.0
    cells_h = height
    height += 2 * _ROW_PAD + (note_h + 1 if cells.note else 0.0)

    def paint(ink: _Ink, rect: QRectF) -> None:
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
                ink.fill(cell.adjusted(0.5, 0.5, -0.5, -0.5), _with_alpha(REINJECTION, 0.28))
            inner = cell.adjusted(_CELL_PAD, _ROW_PAD, -_CELL_PAD, -_ROW_PAD)
            align = column.align | Qt.AlignmentFlag.AlignTop
            ink.text(inner, text, font, INK, align, wrap=column.wrap)
        ink.line(rect.bottomLeft(), rect.bottomRight(), FAINT, 0.4)

    return _Block(height, paint)


def _continued_block(ink: _Ink, title: str) -> _Block:
    font = ink.font(SMALL, italic=True)
    text = QCoreApplication.translate("report", "%1 (continued)").replace("%1", title)

    def paint(ink: _Ink, rect: QRectF) -> None:
        ink.text(rect.adjusted(0, 0, 0, -3), text, font, MUTED)

    return _Block(ink.line_height(font) + 4, paint)


def _heading_block(ink: _Ink, frame: _Frame, title: str, note: str) -> _Block:
    title_font = ink.font(12.5, bold=True)
    note_font = ink.font(SMALL + 0.3)
    title_h = ink.line_height(title_font)
    note_h = ink.wrapped_height(note, note_font, frame.width) if note else 0.0

    def paint(ink: _Ink, rect: QRectF) -> None:
        top = rect.top() + SECTION_GAP
        ink.text(QRectF(rect.left(), top, rect.width(), title_h), title, title_font, INK)
        if note:
            box = QRectF(rect.left(), top + title_h + 1, rect.width(), note_h)
            ink.text(box, note, note_font, MUTED, Qt.AlignmentFlag.AlignLeft, wrap=True)

    height = SECTION_GAP + title_h + (note_h + 3 if note else 0) + 5
    return _Block(height, paint, keep_with_next=True)


def _note_block(ink: _Ink, frame: _Frame, text: str) -> _Block:
    font = ink.font(BODY, italic=True)

    def paint(ink: _Ink, rect: QRectF) -> None:
        ink.text(rect, text, font, MUTED, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    return _Block(ink.line_height(font) + 6, paint)


# -- the summary page ----------------------------------------------------------------------

_LABEL = 6.6  # the small capitals above a value


def _caps(ink: _Ink, rect: QRectF, text: str, colour: QColor = MUTED) -> None:
    font = ink.font(_LABEL, bold=True)
    font = QFont(font)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    ink.text(
        rect, text.upper(), font, colour, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    )


def _logged_share(summary: Summary) -> str:
    days = summary.range.days
    share = summary.logged_days / days * 100 if days else 0
    return ReportCounts().logged_share(summary.logged_days, days, _percent(share))


def _identity_line(summary: Summary, wording: ReportWording) -> str:
    profile = summary.profile
    parts = []
    if profile.date_of_birth is not None:
        parts.append(
            QCoreApplication.translate("report", "Date of birth %1").replace(
                "%1", wording.date(profile.date_of_birth)
            )
        )
    if profile.clinic_patient_id:
        parts.append(
            QCoreApplication.translate("report", "Clinic ID %1").replace(
                "%1", profile.clinic_patient_id
            )
        )
    parts.append(
        QCoreApplication.translate("report", "Clinician %1").replace(
            "%1", profile.clinician or QCoreApplication.translate("report", "not entered")
        )
    )
    return "   ·   ".join(parts)


def _fitting_font(ink: _Ink, text: str, width: float, sizes: Sequence[float]) -> QFont:
    """The largest bold font of ``sizes`` in which ``text`` fits ``width``, else the smallest."""
    for size in sizes:
        if ink.width(text, ink.font(size, bold=True)) <= width:
            break
    return ink.font(size, bold=True)


def _title_block(ink: _Ink, frame: _Frame, summary: Summary, wording: ReportWording) -> _Block:
    meta_font = ink.font(7.4)
    body_font = ink.font(BODY + 0.5)
    name = summary.profile.name or QCoreApplication.translate("report", "Unnamed patient")
    span = f"{wording.date(summary.range.start)} – {wording.date(summary.range.end)}"
    meta = [
        QCoreApplication.translate("report", "Range %1").replace("%1", span),
        QCoreApplication.translate("report", "Generated %1").replace(
            "%1", wording.date(summary.generated_on)
        ),
        f"{APP_NAME} {summary.app_version}",
    ]
    meta_width = max(ink.width(line, ink.font(7.4, bold=True)) for line in meta)
    name_width = frame.width - meta_width - 14
    name_font = _fitting_font(ink, name, name_width, (19, 17, 15, 13, 11))
    name_h = ink.line_height(ink.font(19, bold=True))
    height = 11 + name_h + 2 + 2 * ink.line_height(body_font) + 9

    def paint(ink: _Ink, rect: QRectF) -> None:
        left, top, width = rect.left(), rect.top(), rect.width()
        _caps(
            ink,
            QRectF(left, top, width, 10),
            QCoreApplication.translate("report", "Botulinum toxin treatment report"),
            ONSET,
        )
        y = top + 11
        ink.text(
            QRectF(left, y, name_width, name_h),
            _elided(ink, name, name_font, name_width),
            name_font,
            INK,
        )
        meta_h = ink.line_height(meta_font)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, line in enumerate(meta):
            box = QRectF(left + width * 0.5, top + i * meta_h, width * 0.5, meta_h)
            ink.text(box, line, ink.font(7.4, bold=i == 0) if i == 0 else meta_font, INK, right)
        y += name_h + 2
        line_h = ink.line_height(body_font)
        ink.text(QRectF(left, y, width, line_h), _identity_line(summary, wording), body_font)
        y += line_h
        ink.text(QRectF(left, y, width, line_h), _logged_share(summary), ink.font(BODY), MUTED)
        ink.line(
            QPointF(left, rect.bottom() - 4), QPointF(rect.right(), rect.bottom() - 4), INK, 0.9
        )

    return _Block(height, paint)


def _session_lines(summary: Summary, wording: ReportWording) -> list[str]:
    session = summary.latest_session
    if session is None:
        return []
    return [
        QCoreApplication.translate("report", "%1 %2 U · %3")
        .replace("%1", wording.product(inj.product))
        .replace("%2", _units(inj.units))
        .replace("%3", wording.indication_phrase(inj.indication))
        for inj in session.injections
    ]


def _treatment_block(ink: _Ink, frame: _Frame, summary: Summary, wording: ReportWording) -> _Block:
    value_font = ink.font(10.5, bold=True)
    line_font = ink.font(BODY)
    value_h, line_h = ink.line_height(value_font), ink.line_height(line_font)
    lines = _session_lines(summary, wording)
    next_injection = summary.next_injection
    right_lines = 2 if next_injection and next_injection.checkup else 1
    height = 10 + 10 + value_h + max(len(lines), right_lines, 1) * line_h + 10

    def paint(ink: _Ink, rect: QRectF) -> None:
        panel = rect.adjusted(0, 4, 0, -6)
        ink.fill(panel, PANEL)
        inner = panel.adjusted(9, 6, -9, -4)
        half = inner.width() / 2
        session = summary.latest_session
        _caps(
            ink,
            QRectF(inner.left(), inner.top(), half, 10),
            QCoreApplication.translate("report", "Latest session"),
        )
        if session is None:
            text = QCoreApplication.translate(
                "report", "No injection recorded in the journal up to the range's end."
            )
            box = QRectF(inner.left(), inner.top() + 10, inner.width(), value_h)
            ink.text(box, text, line_font, MUTED)
            return
        day = (summary.as_of - session.day).days
        value = (
            QCoreApplication.translate("report", "%1  ·  day %2 of the cycle")
            .replace("%1", wording.date(session.day))
            .replace("%2", str(day))
        )
        y = inner.top() + 10
        ink.text(QRectF(inner.left(), y, half, value_h), value, value_font)
        for i, line in enumerate(lines):
            box = QRectF(inner.left(), y + value_h + i * line_h, half - 8, line_h)
            ink.text(box, line, line_font)
        if next_injection is not None:
            _paint_next_window(
                ink, QRectF(inner.left() + half, inner.top(), half, 0), wording, summary
            )

    return _Block(height, paint)


def _paint_next_window(ink: _Ink, at: QRectF, wording: ReportWording, summary: Summary) -> None:
    next_injection = summary.next_injection
    assert next_injection is not None
    window = next_injection.window
    value_font, line_font = ink.font(10.5, bold=True), ink.font(BODY)
    value_h, line_h = ink.line_height(value_font), ink.line_height(line_font)
    _caps(
        ink,
        QRectF(at.left(), at.top(), at.width(), 10),
        QCoreApplication.translate("report", "Next injection window"),
    )
    y = at.top() + 10
    dates = f"{wording.date(window.opens)} – {wording.date(window.closes)}"
    ink.text(QRectF(at.left(), y, at.width(), value_h), dates, value_font)
    state = wording.countdown(window)
    colour = WARNING if window.state.value == "overdue" else ONSET
    width = ink.width(dates, value_font)
    room = at.width() - width - 8
    # Some languages say the countdown at length ("öffnet in 12 Tagen"): smaller, not cut.
    size = BODY + 0.5
    while ink.width(state, ink.font(size, bold=True)) > room and size > SMALL:
        size -= 0.5
    ink.text(
        QRectF(at.left() + width + 8, y, room, value_h), state, ink.font(size, bold=True), colour
    )
    if next_injection.checkup is not None:
        text = QCoreApplication.translate(
            "report", "Check-up with a professional (12 weeks): %1"
        ).replace("%1", wording.date(next_injection.checkup))
        ink.text(QRectF(at.left(), y + value_h, at.width(), line_h), text, line_font)


def _indication_block(
    ink: _Ink, frame: _Frame, item: IndicationSummary, wording: ReportWording
) -> _Block:
    title_font = ink.font(10.5, bold=True)
    big_font = ink.font(14, bold=True)
    small_font = ink.font(SMALL)
    title_h, big_h, small_h = (
        ink.line_height(title_font),
        ink.line_height(big_font),
        ink.line_height(small_font),
    )
    height = 6 + title_h + 4 + 9 + big_h + 2 * small_h + 8
    tiles = _indication_tiles(item)

    def paint(ink: _Ink, rect: QRectF) -> None:
        top = rect.top() + 6
        name = wording.indication(item.indication)
        ink.text(QRectF(rect.left(), top, rect.width(), title_h), name, title_font)
        name_w = ink.width(name, title_font)
        detail = _indication_detail(item, wording)
        box = QRectF(rect.left() + name_w + 8, top, rect.width() - name_w - 8, title_h)
        ink.text(box, detail, ink.font(BODY), MUTED)
        y = top + title_h + 3
        ink.line(QPointF(rect.left(), y), QPointF(rect.right(), y), METRIC_COLOUR[item.metric], 1.2)
        y += 4
        weights = _TILE_WEIGHTS[: len(tiles)]
        x = rect.left()
        for i, tile in enumerate(tiles):
            width = rect.width() * weights[i] / sum(weights)
            if i:
                ink.line(QPointF(x - 4, y + 2), QPointF(x - 4, rect.bottom() - 8), RULE, 0.5)
            _caps(ink, QRectF(x, y, width - 8, 9), tile.label)
            ink.text(QRectF(x, y + 9, width - 8, big_h), tile.value, big_font, tile.colour)
            note = QRectF(x, y + 9 + big_h, width - 10, 2 * small_h + 1)
            ink.text(note, tile.note, small_font, MUTED, Qt.AlignmentFlag.AlignLeft, wrap=True)
            x += width

    return _Block(height, paint)


def _indication_detail(item: IndicationSummary, wording: ReportWording) -> str:
    window = WINDOW_DAYS[item.metric]
    metric = (
        QCoreApplication.translate("report", "headache severity, %1-day mean")
        if item.metric is Metric.HEADACHE
        else QCoreApplication.translate("report", "spasm severity, %1-day mean")
    ).replace("%1", str(window))
    start = wording.date(item.session_day)
    if item.in_progress:
        cycle = QCoreApplication.translate("report", "latest cycle from %1, day %2 so far")
        cycle = cycle.replace("%1", start).replace("%2", str(item.cycle_days))
    else:
        cycle = ReportCounts().cycle_in_range(start, item.cycle_days)
    return f"{metric}  ·  {cycle}"


@dataclass(frozen=True)
class _Tile:
    label: str
    value: str
    note: str
    colour: QColor = field(default_factory=lambda: QColor(INK))


_TILE_WEIGHTS = (0.95, 1.05, 1.08, 0.92, 1.45)


def _indication_tiles(item: IndicationSummary) -> list[_Tile]:
    return [
        _baseline_tile(item),
        _onset_tile(item),
        _peak_tile(item),
        _wear_off_tile(item),
        _history_tile(item),
    ]


def _baseline_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "Baseline")
    if item.baseline is None:
        return _Tile(
            label,
            "—",
            QCoreApplication.translate("report", "too few days logged in the 28 days before"),
        )
    note = QCoreApplication.translate("report", "mean of the 28 days before the injection")
    if item.baseline == 0:
        note = QCoreApplication.translate(
            "report", "none in the 28 days before: nothing to improve"
        )
    return _Tile(
        label,
        QCoreApplication.translate("report", "%1 / 10").replace("%1", _number(item.baseline, 1)),
        note,
    )


def _judgeable(item: IndicationSummary) -> bool:
    return item.baseline is not None and item.baseline > 0


def _onset_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "Onset of relief")
    window = QCoreApplication.translate("report", "expected days %1").replace(
        "%1", _window_text(item.onset_window)
    )
    if not _judgeable(item):
        return _Tile(label, "—", window)
    if item.onset_day is None:
        note = QCoreApplication.translate("report", "no 30% relief held 7 days; %1").replace(
            "%1", window
        )
        return _Tile(
            label,
            QCoreApplication.translate("report", "not yet")
            if item.in_progress
            else QCoreApplication.translate("report", "none"),
            note,
            MUTED,
        )
    note = {
        OnsetStatus.EARLY: QCoreApplication.translate(
            "report", "earlier than the expected days %1"
        ),
        OnsetStatus.EXPECTED: QCoreApplication.translate("report", "within the expected days %1"),
        OnsetStatus.LATE: QCoreApplication.translate("report", "later than the expected days %1"),
    }[item.onset_status].replace("%1", _window_text(item.onset_window))
    return _Tile(label, _day_text(item.onset_day), note, STATUS_COLOUR[item.onset_status])


def _peak_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "Peak improvement")
    if not _judgeable(item) or item.peak_improvement_pct is None:
        return _Tile(label, "—", QCoreApplication.translate("report", "needs a baseline"))
    value = _percent(item.peak_improvement_pct)
    return _Tile(
        label,
        value,
        QCoreApplication.translate("report", "best trailing mean against the baseline"),
    )


def _wear_off_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "Wear-off")
    if not _judgeable(item) or item.onset_day is None:
        return _Tile(label, "—", QCoreApplication.translate("report", "needs an onset first"))
    if item.wear_off_day is None:
        if item.in_progress:
            return _Tile(
                label,
                QCoreApplication.translate("report", "not yet"),
                QCoreApplication.translate("report", "relief still holding"),
                ONSET,
            )
        return _Tile(
            label,
            QCoreApplication.translate("report", "none"),
            QCoreApplication.translate("report", "relief held until the next injection"),
            ONSET,
        )
    return _Tile(
        label,
        _day_text(item.wear_off_day),
        QCoreApplication.translate("report", "relief under 30% from this day on"),
    )


def _history_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "All cycles in the range")
    if item.judged_cycles == 0:
        return _Tile(
            label, "—", QCoreApplication.translate("report", "no cycle with a baseline to judge")
        )
    value = (
        QCoreApplication.translate("report", "%1 of %2")
        .replace("%1", str(item.onsets_detected))
        .replace("%2", str(item.judged_cycles))
    )
    medians = []
    if item.median_onset_day is not None:
        medians.append(
            QCoreApplication.translate("report", "onset day %1").replace(
                "%1", _number(item.median_onset_day)
            )
        )
    if item.median_wear_off_day is not None:
        medians.append(
            QCoreApplication.translate("report", "wear-off day %1").replace(
                "%1", _number(item.median_wear_off_day)
            )
        )
    note = QCoreApplication.translate("report", "cycles with relief")
    if medians:
        note += QCoreApplication.translate("report", "; median %1").replace(
            "%1", ", ".join(medians)
        )
    return _Tile(label, value, note)


def _response_and_months_blocks(summary: Summary, wording: ReportWording) -> list[_Block]:
    """Migraine response and recent headache days; nothing for a journal with neither."""
    headache_logged = any(month.logged_days for month in summary.recent_months)
    if summary.migraine_response is None and not headache_logged:
        return []
    return [_response_and_months_block(summary, wording)]


def _response_and_months_block(summary: Summary, wording: ReportWording) -> _Block:
    height = 138.0

    def paint(ink: _Ink, rect: QRectF) -> None:
        area = rect.adjusted(0, 8, 0, -4)
        gap = 14.0
        left = QRectF(area.left(), area.top(), area.width() * 0.5 - gap / 2, area.height())
        right = QRectF(
            left.right() + gap, area.top(), area.width() - left.width() - gap, area.height()
        )
        _paint_response(ink, left, summary.migraine_response, wording, summary.as_of)
        _paint_recent_months(ink, right, summary.recent_months)

    return _Block(height, paint)


def _paint_response(
    ink: _Ink,
    rect: QRectF,
    response: MigraineResponse | None,
    wording: ReportWording,
    as_of: dt.date,
) -> None:
    _caps(
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
    before = "—" if response.before_per_28 is None else _number(response.before_per_28, 1)
    recent = "—" if response.recent_per_28 is None else _number(response.recent_per_28, 1)
    x = body.left()
    for text, colour in ((before, MUTED), ("→", MUTED), (recent, INK)):
        ink.text(QRectF(x, body.top(), 200, big_h), text, big, colour)
        x += ink.width(text, big) + 7
    change = response.change_pct
    if change is not None:
        change_text = ("+" if change > 0 else "−") + _percent(abs(change))
        colour = ONSET if response.meets_30 else WARNING
        ink.text(QRectF(x + 6, body.top(), 120, big_h), change_text, big, colour)
    y = body.top() + big_h + 1
    small = ink.font(SMALL)
    small_h = ink.line_height(small)
    lines = (
        QCoreApplication.translate(
            "report", "Before: the 28 days before the first migraine injection, %1"
        ).replace("%1", wording.date(response.first_injection_day)),
        QCoreApplication.translate("report", "Now: the 28 days to %1").replace(
            "%1", wording.date(as_of)
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


def _paint_response_gauge(ink: _Ink, rect: QRectF, change: float | None) -> None:
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


def _paint_recent_months(ink: _Ink, rect: QRectF, months: Sequence[MonthRow]) -> None:
    _caps(
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
            ink.fill(bar, HEADACHE)
            ink.text(
                QRectF(x, bar.top() - 10, slot, 9),
                str(month.headache_days),
                bold,
                INK,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            )
        label = QRectF(x, plot.bottom() + 1, slot, small_h)
        ink.text(label, _short_month(month.month), small, INK, Qt.AlignmentFlag.AlignHCenter)
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


def _threshold_lines(ink: _Ink, axes: _Axes, font: QFont, plot: QRectF) -> None:
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


def _side_effect_line(ink: _Ink, frame: _Frame, summary: Summary, wording: ReportWording) -> _Block:
    font = ink.font(BODY)
    if summary.side_effects:
        parts = [
            QCoreApplication.translate("report", "%1 on %2 (latest %3)")
            .replace("%1", wording.side_effect(t.side_effect))
            .replace("%2", _days_text(t.days))
            .replace("%3", wording.date(t.last_day))
            for t in summary.side_effects
        ]
        text = "; ".join(parts) + "."
    else:
        text = QCoreApplication.translate("report", "None logged in the range.")
    text_h = ink.wrapped_height(text, font, frame.width)

    def paint(ink: _Ink, rect: QRectF) -> None:
        _caps(
            ink,
            QRectF(rect.left(), rect.top() + 4, rect.width(), 10),
            QCoreApplication.translate("report", "Side effects"),
        )
        box = QRectF(rect.left(), rect.top() + 14, rect.width(), text_h)
        ink.text(box, text, font, INK, Qt.AlignmentFlag.AlignLeft, wrap=True)

    return _Block(14 + text_h + 4, paint)


def _days_text(count: int) -> str:
    return ReportCounts().days(count)


def _definitions_block(ink: _Ink, frame: _Frame) -> _Block:
    font = ink.font(SMALL - 0.4)
    text = QCoreApplication.translate(
        "report",
        "Severities are the patient's own daily ratings, 0–10. Relief (onset) is the first day "
        "the trailing mean is at least 30% below the mean of the 28 days before the injection "
        "and stays so for 7 days; wear-off, the first later day it stays less improved for 7 "
        "days. Expected windows come from patient guidance on botulinum toxin treatment; the "
        "30% response mark from NICE TA260. Details on the following pages.",
    )
    text_h = ink.wrapped_height(text, font, frame.width)

    def paint(ink: _Ink, rect: QRectF) -> None:
        box = QRectF(rect.left(), rect.bottom() - text_h, rect.width(), text_h)
        ink.text(box, text, font, MUTED, Qt.AlignmentFlag.AlignLeft, wrap=True)

    return _Block(text_h + 4, paint)


# -- charts --------------------------------------------------------------------------------


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


def _chart_title(ink: _Ink, rect: QRectF, title: str) -> float:
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


def _timeline_block(
    charts: ReportCharts, series: TimelineSeries, wording: ReportWording, height: float
) -> _Block:
    def paint(ink: _Ink, rect: QRectF) -> None:
        top = rect.top() + 8
        top += _chart_title(
            ink, QRectF(rect.left(), top, rect.width(), 14), _timeline_title(series, wording)
        )
        charts.timeline(
            ink.painter, QRectF(rect.left(), top, rect.width(), rect.bottom() - top), series
        )

    return _Block(height, paint)


def _elided(ink: _Ink, text: str, font: QFont, width: float) -> str:
    if ink.width(text, font) <= width:
        return text
    while text and ink.width(text + "…", font) > width:
        text = text[:-1]
    return text + "…"


def _chart_block(draw: Callable[[QPainter, QRectF, T], None], data: T, height: float) -> _Block:
    def paint(ink: _Ink, rect: QRectF) -> None:
        draw(ink.painter, rect.adjusted(0, 4, 0, -4), data)

    return _Block(height, paint)


# -- the calendar --------------------------------------------------------------------------

_CAL_LABEL_W = 46.0
_CAL_GAP = 14.0
_CAL_ROW_H = 8.6


def _calendar_geometry(frame: _Frame) -> tuple[float, float, float]:
    """The cell size and the left edges of the headache and spasm grids."""
    cell = (frame.width - _CAL_LABEL_W - _CAL_GAP) / 62
    return cell, _CAL_LABEL_W, _CAL_LABEL_W + 31 * cell + _CAL_GAP


def _calendar_header(ink: _Ink, frame: _Frame) -> _Block:
    cell, headache_x, spasm_x = _calendar_geometry(frame)
    title_font = ink.font(BODY, bold=True)
    small = ink.font(SMALL - 0.8)

    def paint(ink: _Ink, rect: QRectF) -> None:
        for metric, x in ((Metric.HEADACHE, headache_x), (Metric.SPASM, spasm_x)):
            left = rect.left() + x
            name = (
                QCoreApplication.translate("report", "Headache severity")
                if metric is Metric.HEADACHE
                else QCoreApplication.translate("report", "Spasm severity")
            )
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

    return _Block(34.0, paint)


def _paint_scale(ink: _Ink, rect: QRectF, metric: Metric) -> None:
    small = ink.font(SMALL - 0.8)
    x = rect.left()
    ink.text(QRectF(x, rect.top(), 12, rect.height()), "0", small, MUTED)
    x += 6
    for value in range(11):
        ink.fill(
            QRectF(x + value * 7, rect.top() + 1, 6.4, rect.height() - 2),
            _severity_colour(metric, value),
        )
    x += 11 * 7 + 2
    ink.text(QRectF(x, rect.top(), 14, rect.height()), "10", small, MUTED)
    x += 20
    ink.pen(UNLOGGED, 0.4)
    ink.painter.setBrush(Qt.BrushStyle.NoBrush)
    ink.painter.drawRect(QRectF(x, rect.top() + 1, 6.4, rect.height() - 2))
    ink.text(
        QRectF(x + 9, rect.top(), 50, rect.height()),
        QCoreApplication.translate("report", "not logged"),
        small,
        MUTED,
    )
    x += 9 + ink.width(QCoreApplication.translate("report", "not logged"), small) + 10
    ink.pen(INK, 0.9)
    ink.painter.drawRect(QRectF(x, rect.top() + 1, 6.4, rect.height() - 2))
    ink.text(
        QRectF(x + 9, rect.top(), 60, rect.height()),
        QCoreApplication.translate("report", "injection"),
        small,
        MUTED,
    )


def _calendar_row(ink: _Ink, frame: _Frame, month: CalendarMonth) -> _Block:
    cell, headache_x, spasm_x = _calendar_geometry(frame)
    january = month.month.month == 1
    height = _CAL_ROW_H + (3.0 if january else 0.0)

    def paint(ink: _Ink, rect: QRectF) -> None:
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
            _month_text(month.month),
            ink.font(SMALL - 0.6, bold=january),
            INK,
        )
        for metric, values, x in (
            (Metric.HEADACHE, month.headache, headache_x),
            (Metric.SPASM, month.spasm, spasm_x),
        ):
            _paint_calendar_cells(ink, QPointF(rect.left() + x, top), cell, metric, values, month)

    return _Block(height, paint)


def _paint_calendar_cells(
    ink: _Ink,
    origin: QPointF,
    cell: float,
    metric: Metric,
    values: Sequence[int | None],
    month: CalendarMonth,
) -> None:
    side = min(cell, _CAL_ROW_H) - 1.2
    painter = ink.painter
    painter.setBrush(Qt.BrushStyle.NoBrush)
    first, last = month.in_range
    for i, value in enumerate(values):
        if not first <= i + 1 <= last:
            continue  # outside the report's range: left blank
        box = QRectF(origin.x() + i * cell + 0.6, origin.y() + 0.6, cell - 1.2, side)
        if value is None:
            ink.pen(UNLOGGED, 0.4)
            painter.drawRect(box.adjusted(0.2, 0.2, -0.2, -0.2))
        else:
            ink.fill(box, _severity_colour(metric, value))
        if i + 1 in month.injection_days:
            ink.pen(INK, 0.9)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box.adjusted(-0.3, -0.3, 0.3, 0.3))
