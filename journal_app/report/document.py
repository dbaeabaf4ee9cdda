"""The report as a document: paper, margins, metadata, drawn onto a PDF file or a printer."""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile, QFileDevice, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from journal_app import APP_NAME
from journal_app.domain.report import Report
from journal_app.report.builder import ReportBuilder
from journal_app.report.ink import Ink
from journal_app.report.pages import Frame, draw_page, paginate
from journal_app.storage.files import replaced
from journal_app.wording.text import short_date

#: Dots per inch of the PDF. Chart lines drawn with cosmetic pens (the window's charts) are
#: one device dot wide per pixel: at 144 dpi a 1-pixel line prints 0.5 pt wide.
PDF_RESOLUTION = 144
_MARGINS_MM = (15.0, 13.0, 15.0, 11.0)


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


def document_title(report: Report) -> str:
    span = report.summary.range
    who = report.summary.profile.name or QCoreApplication.translate("report", "patient journal")
    return (
        QCoreApplication.translate("report", "%1 report: %2, %3 – %4")
        .replace("%1", APP_NAME)
        .replace("%2", who)
        .replace("%3", short_date(span.start))
        .replace("%4", short_date(span.end))
    )


def write_pdf(report: Report, path: Path, *, paper: Paper = Paper.AUTO) -> int:
    """Write the report to ``path``; returns the number of pages. Needs a QGuiApplication."""
    # Written beside the target, synced, checked whole and renamed: a full disk never leaves
    # half a report over an earlier one (JournalWriteError says why).
    with replaced(path, complete=_ends_whole) as temp:
        output = QFile(str(temp))
        if not output.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(errno.EIO, output.errorString(), str(temp))
        try:
            pages = _write(report, output, paper)
        finally:
            output.close()
        if output.error() != QFileDevice.FileError.NoError:
            raise OSError(errno.EIO, output.errorString(), str(temp))
    return pages


def _ends_whole(pdf: Path) -> bool:
    """Whether a PDF ends with its trailer, as a file written to the end does."""
    with pdf.open("rb") as f:
        f.seek(max(0, pdf.stat().st_size - 1024))
        return b"%%EOF" in f.read()


def _write(report: Report, output: QIODevice, paper: Paper) -> int:
    writer = QPdfWriter(output)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(document_title(report))
    writer.setAuthor(report.summary.profile.name or APP_NAME)
    writer.setCreator(f"{APP_NAME} {report.summary.app_version}")
    _set_layout(writer, paper)
    return paint_report(report, writer)


def _set_layout(device: QPagedPaintDevice, paper: Paper) -> None:
    layout = QPageLayout(
        page_size(paper),
        QPageLayout.Orientation.Portrait,
        QMarginsF(*_MARGINS_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def prepare_printer(printer: QPrinter, report: Report, paper: Paper) -> None:
    """The report's margins, and its paper unless left automatic (then the printer's own)."""
    layout = printer.pageLayout()
    if paper is not Paper.AUTO:
        layout.setPageSize(page_size(paper))
    layout.setUnits(QPageLayout.Unit.Millimeter)
    layout.setMargins(QMarginsF(*_MARGINS_MM))
    layout.setOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageLayout(layout)
    printer.setDocName(document_title(report))


def paint_report(report: Report, device: QPagedPaintDevice) -> int:
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
        ink = Ink(painter, device)
        frame = Frame.of(ink)
        builder = ReportBuilder(report, ink, frame)
        pages = paginate(builder.items(), frame)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            draw_page(ink, frame, page, number, len(pages), report)
    finally:
        painter.end()
    return len(pages)
