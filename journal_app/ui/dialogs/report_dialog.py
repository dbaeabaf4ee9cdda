"""The Report dialog: range, sections and paper of the clinician PDF; save, open or print it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.report import (
    DEFAULT_SECTIONS,
    Report,
    ReportOptions,
    Section,
    build_report,
)
from journal_app.report import (
    PDF_RESOLUTION,
    Paper,
    paint_report,
    paper_for_locale,
    prepare_printer,
    write_pdf,
)
from journal_app.services.ics import write_ics
from journal_app.services.journal import JournalService
from journal_app.storage.errors import JournalError
from journal_app.ui.errors import error_text
from journal_app.ui.widgets.form_helpers import (
    add_form_row,
    caption_label,
    make_date_edit,
    to_date,
    to_qdate,
)
from journal_app.wording import text

if TYPE_CHECKING:
    pass


class ReportDialog(QDialog):
    """Chooses what the clinician report covers, then saves it (and opens it) or prints it."""

    def __init__(
        self, service: JournalService, parent: QWidget | None = None, *, printing: bool = False
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Clinician report"))
        self.setMinimumWidth(420)
        self._build_fields()
        self._build_layout(printing)
        self.choose_preset(1)

    # -- building ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        today = self.service.today()
        self.preset_combo = QComboBox()
        self.preset_combo.addItems(
            [
                self.tr("Last 6 months"),
                self.tr("Last year"),
                self.tr("Everything"),
                self.tr("Custom"),
            ]
        )
        self.from_edit = make_date_edit(today, maximum=today)
        self.to_edit = make_date_edit(today, maximum=today)
        self.section_checks: dict[Section, QCheckBox] = {}
        for section, label in self._section_labels().items():
            check = QCheckBox(label)
            check.setAccessibleName(label)
            check.setChecked(section in DEFAULT_SECTIONS)
            self.section_checks[section] = check
        self.notes_check = QCheckBox(self.tr("Include the patient's notes"))
        self.notes_check.setAccessibleName(self.notes_check.text())
        self.paper_combo = QComboBox()
        letter = self.tr("Letter")
        automatic = letter if paper_for_locale(self.locale()) is Paper.LETTER else "A4"
        self.paper_combo.addItem(self.tr("Automatic (%1)").replace("%1", automatic), Paper.AUTO)
        self.paper_combo.addItem("A4", Paper.A4)
        self.paper_combo.addItem(letter, Paper.LETTER)
        self.preset_combo.activated.connect(self.choose_preset)
        self.from_edit.userDateChanged.connect(self._dates_edited)
        self.to_edit.userDateChanged.connect(self._dates_edited)

    def _section_labels(self) -> dict[Section, str]:
        return {
            Section.CYCLES: self.tr("Cycles table"),
            Section.OVERLAY: self.tr("Cycles overlaid chart"),
            Section.INJECTIONS: self.tr("Injection history"),
            Section.MONTHLY: self.tr("Headache and medication days per month"),
            Section.SIDE_EFFECTS: self.tr("Side effects"),
            Section.CALENDAR: self.tr("Calendar of severities"),
        }

    def _build_layout(self, printing: bool) -> None:
        form = QFormLayout()
        add_form_row(form, self.tr("&Range:"), self.preset_combo)
        add_form_row(form, self.tr("&From:"), self.from_edit)
        add_form_row(form, self.tr("&To:"), self.to_edit)
        add_form_row(form, self.tr("&Paper:"), self.paper_combo)
        sections = QGroupBox(self.tr("After the one-page summary"))
        column = QVBoxLayout(sections)
        for check in [*self.section_checks.values(), self.notes_check]:
            column.addWidget(check)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.button_box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button_box.addButton(self.save_button, role)
        (self.print_button if printing else self.save_button).setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption_label(
                self.tr(
                    "A one-page summary for the clinician, then the details chosen below. "
                    "Notes are the patient's own words: they are left out unless included."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(sections)
        self.fhir_note = caption_label(
            self.tr(
                "For a clinic whose records system imports patient data: File › Export for "
                "clinics (FHIR) writes the journal as a FHIR R4 file instead of a PDF."
            )
        )
        layout.addWidget(self.fhir_note)
        layout.addWidget(self.button_box)

    # -- range ---------------------------------------------------------------------------

    def _first_day(self) -> dt.date:
        days = [e.day for e in self.service.entries()] + [i.day for i in self.service.injections()]
        return min(days, default=self.service.today())

    def choose_preset(self, index: int) -> None:
        """0: last 6 months, 1: last year, 2: everything; 3 (custom) keeps the dates."""
        today = to_qdate(self.service.today())
        starts = {0: today.addMonths(-6).addDays(1), 1: today.addYears(-1).addDays(1)}
        if index == 2:
            starts[2] = to_qdate(min(self._first_day(), self.service.today()))
        self.preset_combo.setCurrentIndex(index)
        if index not in starts:
            return
        for edit, day in ((self.from_edit, starts[index]), (self.to_edit, today)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self._update_buttons()

    def _dates_edited(self, _date: QDate) -> None:
        self.preset_combo.setCurrentIndex(3)
        self._update_buttons()

    def _update_buttons(self) -> None:
        valid = self.from_edit.date() <= self.to_edit.date()
        self.save_button.setEnabled(valid)
        self.print_button.setEnabled(valid)

    # -- the report ----------------------------------------------------------------------

    def options(self) -> ReportOptions:
        sections = {s for s, check in self.section_checks.items() if check.isChecked()}
        if self.notes_check.isChecked():
            sections.add(Section.NOTES)
        return ReportOptions(
            start=to_date(self.from_edit.date()),
            end=to_date(self.to_edit.date()),
            sections=frozenset(sections),
        )

    def paper(self) -> Paper:
        return Paper(self.paper_combo.currentData())

    def report(self) -> Report:
        service = self.service
        return build_report(
            service.profile(),
            service.entries(),
            service.injections(),
            self.options(),
            today=service.today(),
            patient=service.analysis.patient,
        )

    def _suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = file_name_part(self.service.profile().name) or self.tr("Patient")
        stamp = self.service.today().isoformat()
        #: A file name: %1 is the patient's name, %2 today's date as YYYY-MM-DD.
        stem = self.tr("%1 report %2").replace("%1", name).replace("%2", stamp)
        return Path(folder or Path.home()) / f"{stem}.pdf"

    def save(self) -> None:
        """Ask where, write the PDF, open it in the system viewer and close the dialog."""
        path = ask_save_path(
            self, self.tr("Save report"), self._suggested_path(), self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        try:
            write_pdf(self.report(), path, paper=self.paper())
        except (OSError, JournalError) as exc:
            QMessageBox.warning(self, self.tr("Report not saved"), error_text(exc))
            return
        self.saved_path = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()

    def print_report(self) -> None:
        """Print through the system's print dialog, with the same drawing as the PDF."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PDF_RESOLUTION)
        report = self.report()
        prepare_printer(printer, report, self.paper())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        paint_report(report, printer)
        self.accept()


def export_calendar(parent: QWidget, service: JournalService) -> str | None:
    """Ask where, then write the upcoming windows and check-ups; returns a status line."""
    name = file_name_part(service.profile().name) or QCoreApplication.translate("report", "Patient")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    #: A file name: %1 is the patient's name.
    stem = QCoreApplication.translate("report", "%1 injections").replace("%1", name)
    suggested = Path(folder or Path.home()) / f"{stem}.ics"
    path = ask_save_path(
        parent,
        QCoreApplication.translate("report", "Export calendar"),
        suggested,
        QCoreApplication.translate("report", "iCalendar (*.ics)"),
    )
    if path is None:
        return None
    try:
        count = write_ics(path, service.analysis, service.profile().name)
    except (OSError, JournalError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("report", "Calendar not saved"), error_text(exc)
        )
        return None
    if count == 0:
        return QCoreApplication.translate(
            "report", "No upcoming window or check-up; wrote an empty calendar to %1."
        ).replace("%1", str(path))
    return text.counted().events_written(count, str(path))


def ask_save_path(parent: QWidget, title: str, suggested: Path, pattern: str) -> Path | None:
    """Where to save, asked with ``suggested`` proposed; the suggestion's extension is added
    to a name chosen without it. None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suggested.suffix:
        path = path.with_name(path.name + suggested.suffix)
    return path


def file_name_part(text: str) -> str:
    """``text`` made safe inside a suggested file name ("A/B: C" -> "A-B- C")."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", text).strip(" .")
