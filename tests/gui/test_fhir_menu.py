"""File › Export for clinics (FHIR): the window writes the journal as a FHIR R4 Bundle."""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections import Counter
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtWidgets import QFileDialog

from journal_app.domain.checkins import CheckIn, CheckInKind, Impression
from journal_app.domain.models import Entry, Indication, Injection, Product, Profile
from journal_app.domain.windows import default_windows
from journal_app.ui.dialogs import fhir_export
from journal_app.ui.dialogs.report_dialog import ReportDialog
from journal_app.ui.main_window import MainWindow

from .conftest import TODAY


@pytest.fixture
def asked() -> list[str]:
    """The file names the save dialog proposed; the answer is set per test."""
    return []


def answer(monkeypatch: pytest.MonkeyPatch, asked: list[str], path: Path | None) -> None:
    def get_save_file_name(_parent, _title, proposed, _filter):  # type: ignore[no-untyped-def]
        asked.append(proposed)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))


def fill(window: MainWindow) -> None:
    service = window.service
    assert service is not None
    service.save_profile(Profile(name="Ana: Ruiz", clinician="Dr. K. Osei"))
    windows = default_windows(Indication.CERVICAL_DYSTONIA)
    day = TODAY - dt.timedelta(days=20)
    service.record_injection(
        Injection(day, Product.INCOBOTULINUMTOXIN_A, 200, Indication.CERVICAL_DYSTONIA, windows)
    )
    service.save_entry(Entry(TODAY, spasm_severity=4, headache_severity=2))
    checkin = CheckIn(
        day, Indication.CERVICAL_DYSTONIA, CheckInKind.WEEK4, TODAY, Impression.MUCH_BETTER
    )
    service.save_checkin(checkin, [])


def test_the_file_menu_offers_the_fhir_export(window: MainWindow) -> None:
    texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert "Export for c&linics (FHIR)…" in texts
    assert window.fhir_action.isEnabled()


def test_the_fhir_export_writes_a_valid_bundle_and_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, asked: list[str], tmp_path: Path
) -> None:
    fill(window)
    answer(monkeypatch, asked, tmp_path / "for the clinic")
    window.fhir_action.trigger()
    (proposed,) = asked
    assert Path(proposed).name == "Ana- Ruiz-fhir.json"  # the name, made safe for a file
    written = tmp_path / "for the clinic.json"
    bundle = Bundle.model_validate_json(written.read_bytes())
    kinds = Counter(entry.resource.get_resource_type() for entry in bundle.entry or [])
    assert kinds == {
        "Patient": 1,
        "Observation": 2,
        "MedicationAdministration": 1,
        "QuestionnaireResponse": 1,
    }
    message = window.statusBar().currentMessage()
    assert str(written) in message and "2 observations, 1 injection" in message
    assert "and 1 check-in" in message


def test_a_failed_fhir_export_warns_and_writes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, asked: list[str], tmp_path: Path
) -> None:
    fill(window)
    warnings: list[str] = []
    monkeypatch.setattr(
        fhir_export.QMessageBox,
        "warning",
        staticmethod(lambda _parent, _title, text: warnings.append(text)),
    )
    answer(monkeypatch, asked, tmp_path / "no such folder" / "clinic.json")
    window.statusBar().clearMessage()
    window.fhir_action.trigger()
    folder = tmp_path / "no such folder"
    assert warnings == [f"{folder} does not exist; create the folder or choose another."]
    assert not folder.exists()
    assert window.statusBar().currentMessage() == ""


def test_a_full_disk_warns_and_keeps_the_earlier_fhir_file(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, asked: list[str], tmp_path: Path
) -> None:
    fill(window)
    folder = tmp_path / "exports"
    folder.mkdir()
    earlier = folder / "clinic.json"
    earlier.write_text("last month's export", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(
        fhir_export.QMessageBox,
        "warning",
        staticmethod(lambda _parent, _title, text: warnings.append(text)),
    )

    def full_disk(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    answer(monkeypatch, asked, earlier)
    window.statusBar().clearMessage()
    window.fhir_action.trigger()
    assert warnings == [f"{earlier} could not be written: No space left on device."]
    assert earlier.read_text(encoding="utf-8") == "last month's export"
    assert sorted(folder.iterdir()) == [earlier]
    assert window.statusBar().currentMessage() == ""


def test_cancelling_the_fhir_export_writes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, asked: list[str], tmp_path: Path
) -> None:
    answer(monkeypatch, asked, None)
    window.fhir_action.trigger()
    assert asked and list(tmp_path.glob("*.json")) == []


def test_the_report_dialog_says_what_the_fhir_export_is_for(qtbot, window: MainWindow) -> None:
    assert window.service is not None
    dialog = ReportDialog(window.service, window)
    qtbot.addWidget(dialog)
    text = dialog.fhir_note.text()
    assert "Export for clinics (FHIR)" in text and "records system" in text
