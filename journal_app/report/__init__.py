"""The clinician report: domain/report.py's data drawn with QPainter onto a PDF file or a
printer (PRODUCT.md §6), its charts the window's own."""

from __future__ import annotations

from journal_app.report.document import (
    PDF_RESOLUTION,
    Paper,
    document_title,
    page_size,
    paint_report,
    paper_for_locale,
    prepare_printer,
    write_pdf,
)

__all__ = [
    "PDF_RESOLUTION",
    "Paper",
    "document_title",
    "page_size",
    "paint_report",
    "paper_for_locale",
    "prepare_printer",
    "write_pdf",
]
