"""File › Export for clinics (FHIR): the journal as a FHIR R4 file for a clinic's records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from journal_app.report.text import fill
from journal_app.services.journal import JournalService
from journal_app.storage.errors import JournalError
from journal_app.ui.dialogs.report_dialog import ask_save_path, file_name_part
from journal_app.ui.errors import error_text


def suggested_fhir_path(service: JournalService) -> Path:
    """ "<patient>-fhir.json" in the user's documents folder."""
    name = file_name_part(service.profile().name) or QCoreApplication.translate("report", "Patient")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / f"{name}-fhir.json"


def export_fhir(parent: QWidget, service: JournalService) -> str | None:
    """Ask where, then write the whole journal as a FHIR Bundle; returns a status line."""
    title = QCoreApplication.translate("report", "Export for clinics (FHIR)")
    path = ask_save_path(
        parent,
        title,
        suggested_fhir_path(service),
        QCoreApplication.translate("report", "FHIR JSON (*.json)"),
    )
    if path is None:
        return None
    # Imported here: the FHIR models load only when a clinic's file is asked for.
    from journal_app.services.fhir import write_fhir

    try:
        counts = write_fhir(
            path,
            service.profile(),
            service.entries(),
            service.injections(),
            today=service.today(),
            patient=service.analysis.patient,
        )
    except (JournalError, OSError, ValueError) as exc:
        # Written whole or not at all: an earlier file of that name is left as it was.
        QMessageBox.warning(
            parent, QCoreApplication.translate("report", "FHIR file not saved"), error_text(exc)
        )
        return None
    counted = _Counted()
    return fill(
        QCoreApplication.translate(
            "report", "Wrote the journal for clinics (FHIR) to %1: the patient, %2, %3 and %4."
        ),
        str(path),
        counted.observations(counts.observations),
        counted.injections(counts.administrations),
        counted.checkins(counts.questionnaire_responses),
    )


class _Counted(QObject):
    """Counted phrases in each language's plural forms (lupdate files tr()'s, not translate()'s)."""

    def observations(self, count: int) -> str:
        return self.tr("%n observations", "", count)

    def injections(self, count: int) -> str:
        return self.tr("%n injections", "", count)

    def checkins(self, count: int) -> str:
        return self.tr("%n check-ins", "", count)
