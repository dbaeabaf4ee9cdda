"""Draws a report (domain/report.py) with QPainter onto a PDF file or a printer: PRODUCT.md §6."""

from __future__ import annotations

from journal_app.services.pdf.chart_blocks import ReportCharts
from journal_app.services.pdf.document import (
    PDF_RESOLUTION,
    Paper,
    document_title,
    page_size,
    paint_report,
    paper_for_locale,
    prepare_printer,
    write_pdf,
)
from journal_app.services.pdf.text import ReportCounts, ReportWording

__all__ = [
    "PDF_RESOLUTION",
    "Paper",
    "ReportCharts",
    "ReportCounts",
    "ReportWording",
    "document_title",
    "page_size",
    "paint_report",
    "paper_for_locale",
    "prepare_printer",
    "write_pdf",
]
