"""The Report dialog and the window's File menu: range presets, sections, save, print, calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from journal_app.domain.demo import generate_demo
from journal_app.domain.report import DEFAULT_SECTIONS, Section
from journal_app.services.journal import JournalService
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository
from journal_app.ui.dialogs import report_dialog
from journal_app.ui.dialogs.report_dialog import ReportDialog
from journal_app.ui.main_window import MainWindow
from journal_app.ui.widgets.form_helpers import to_date

from .conftest import TODAY


@pytest.fixture
def demo_service(journal_path: Path) -> Iterator[JournalService]:
    demo = generate_demo(end=TODAY, years=1.5)
    repo = JournalRepository(open_journal(journal_path, create=True))
    try:
        repo.save_profile(demo.profile)
        repo.import_records(demo.entries, demo.injections, replace=False)
    finally:
        repo.close()
    opened = JournalService.open(journal_path, clock=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def dialog(qtbot, demo_service: JournalService) -> ReportDialog:
    shown = ReportDialog(demo_service)
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(path) if path else "", "")),
    )


def test_presets_set_the_dates(dialog: ReportDialog, demo_service: JournalService) -> None:
    today = QDate(TODAY.year, TODAY.month, TODAY.day)
    assert dialog.preset_combo.currentIndex() == 1  # last year, by default
    assert dialog.from_edit.date() == today.addYears(-1).addDays(1)
    dialog.choose_preset(0)
    assert dialog.from_edit.date() == today.addMonths(-6).addDays(1)
    assert dialog.to_edit.date() == today
    dialog.choose_preset(2)
    first = min(e.day for e in demo_service.entries())
    assert to_date(dialog.from_edit.date()) == first


def test_editing_a_date_makes_the_range_custom_and_checks_it(dialog: ReportDialog) -> None:
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-3))  # as the user types
    assert dialog.preset_combo.currentText() == "Custom"
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(30))
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    options = dialog.options()
    assert (options.end - options.start).days == 30


def test_sections_and_notes_come_from_the_checkboxes(dialog: ReportDialog) -> None:
    assert dialog.options().sections == DEFAULT_SECTIONS
    dialog.section_checks[Section.CALENDAR].setChecked(False)
    dialog.notes_check.setChecked(True)
    assert dialog.options().sections == (DEFAULT_SECTIONS - {Section.CALENDAR}) | {Section.NOTES}


def test_every_input_is_named_as_labelled(dialog: ReportDialog) -> None:
    assert dialog.from_edit.accessibleName() == "From"
    assert dialog.to_edit.accessibleName() == "To"
    assert dialog.preset_combo.accessibleName() == "Range"
    assert dialog.paper_combo.accessibleName() == "Paper"
    for check in [*dialog.section_checks.values(), dialog.notes_check]:
        assert check.accessibleName() == check.text()


def test_save_writes_the_pdf_and_opens_it(
    dialog: ReportDialog, tmp_path: Path, monkeypatch, opened_urls: list[QUrl]
) -> None:
    answer_save_dialog(monkeypatch, tmp_path / "for the clinic")
    dialog.choose_preset(0)
    dialog.save_button.click()
    saved = tmp_path / "for the clinic.pdf"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_path == saved
    assert opened_urls == [QUrl.fromLocalFile(str(saved))]
    first = " ".join(PdfReader(saved).pages[0].extract_text().split())
    assert "Alex Demo" in first
    assert dialog.options().start is not None


def test_cancelling_the_file_dialog_writes_nothing(
    dialog: ReportDialog, tmp_path: Path, monkeypatch, opened_urls: list[QUrl]
) -> None:
    answer_save_dialog(monkeypatch, None)
    dialog.save_button.click()
    assert dialog.saved_path is None and opened_urls == []
    assert list(tmp_path.glob("*.pdf")) == []


class _PrintToFile:
    """Stands in for the system print dialog: the user picks "print to file" and accepts."""

    target: Path

    def __init__(self, printer: QPrinter, _parent: object) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted.value


def test_print_draws_the_same_report(
    dialog: ReportDialog, tmp_path: Path, monkeypatch, opened_urls: list[QUrl]
) -> None:
    _PrintToFile.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(report_dialog, "QPrintDialog", _PrintToFile)
    dialog.paper_combo.setCurrentIndex(2)  # Letter
    dialog.print_button.click()
    printed = PdfReader(_PrintToFile.target)
    answer_save_dialog(monkeypatch, tmp_path / "saved.pdf")
    dialog.save_button.click()
    saved = PdfReader(tmp_path / "saved.pdf")
    assert len(printed.pages) == len(saved.pages) >= 2
    assert round(printed.pages[0].mediabox.width) == 612  # the paper chosen
    for printed_page, saved_page in zip(printed.pages, saved.pages, strict=True):
        assert printed_page.extract_text().split() == saved_page.extract_text().split()


def test_the_file_menu_offers_the_report_print_and_calendar(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    file_actions = window.menuBar().actions()[0].menu().actions()
    texts = [action.text() for action in file_actions]
    for text in ("Export &report (PDF)…", "&Print report…", "Export &calendar (.ics)…"):
        assert text in texts
    assert window.report_action.shortcut().toString() == "Ctrl+P"


def test_export_calendar_from_the_window(window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    from journal_app.domain.models import Indication, Injection, Product
    from journal_app.domain.windows import default_windows

    day = TODAY - dt.timedelta(days=30)
    windows = default_windows(Indication.CHRONIC_MIGRAINE)
    window.service.record_injection(
        Injection(day, Product.ONABOTULINUMTOXIN_A, 155, Indication.CHRONIC_MIGRAINE, windows)
    )
    answer_save_dialog(monkeypatch, tmp_path / "windows")
    window.calendar_action.trigger()
    (event,) = Calendar.from_ical((tmp_path / "windows.ics").read_bytes()).events
    assert event.start == day + dt.timedelta(days=windows.reinjection_min_days)
    assert "1 calendar event" in window.statusBar().currentMessage()


def test_an_unwritable_place_is_reported_and_nothing_opens(
    dialog: ReportDialog, tmp_path: Path, monkeypatch, opened_urls: list[QUrl]
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        report_dialog.QMessageBox,
        "warning",
        staticmethod(lambda _parent, _title, text: warnings.append(text)),
    )
    answer_save_dialog(monkeypatch, tmp_path / "no such folder" / "report.pdf")
    dialog.save_button.click()
    assert len(warnings) == 1 and "no such folder" in warnings[0]
    assert opened_urls == [] and dialog.saved_path is None


def test_a_patient_name_cannot_steer_the_suggested_file_elsewhere() -> None:
    from journal_app.ui.dialogs.report_dialog import file_name_part

    assert file_name_part("../../etc/Ana: x") == "-..-etc-Ana- x"
    assert "/" not in file_name_part("A/B") and "\\" not in file_name_part("A\\B")
    assert file_name_part("Alex Demo") == "Alex Demo"
