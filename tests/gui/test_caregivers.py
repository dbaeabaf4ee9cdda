"""Caregivers: journals named by their patient (File › New, Open, Open recent), read-only review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from journal_app.domain.models import Entry, Profile
from journal_app.services.journal import JournalService
from journal_app.settings import Settings
from journal_app.ui.dialogs.journal_dialogs import NewJournalDialog, OpenJournalDialog
from journal_app.ui.main_window import MainWindow

from .conftest import TODAY


def test_new_asks_for_the_patient_and_proposes_the_file_name(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposed: list[str] = []

    def name_it(dialog: NewJournalDialog) -> int:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        qtbot.keyClicks(dialog.name_edit, "Sam O'Neil")
        proposed.append(dialog.file_edit.text())
        return 1

    monkeypatch.setattr(NewJournalDialog, "exec", name_it)
    window.new_action.trigger()
    assert proposed == [str(window.service.path.parent / "Sam O'Neil.relief.sqlite")]
    assert window.service.path.name == "Sam O'Neil.relief.sqlite"
    assert window.service.profile().name == "Sam O'Neil"
    assert window.windowTitle() == "Sam O'Neil — Relief Journal"
    assert not window.undo_action.isEnabled()  # naming it is not an edit to undo


def test_a_chosen_file_name_gets_the_extension(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "alex"), "")),
    )

    def browse(dialog: NewJournalDialog) -> int:
        qtbot.keyClicks(dialog.name_edit, "Alex")
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(NewJournalDialog, "exec", browse)
    window.new_action.trigger()
    assert window.service.path == tmp_path / "alex.relief.sqlite"


def _journal(path: Path, name: str) -> Path:
    service = JournalService.open(path, create=True, clock=lambda: TODAY)
    service.save_profile(Profile(name=name))
    service.save_entry(Entry(TODAY - dt.timedelta(days=5), spasm_severity=4, notes="a long note"))
    service.close()
    return path


def test_open_and_open_recent_show_journals_by_patient(
    qtbot, window: MainWindow, tmp_path: Path, settings: Settings, monkeypatch
) -> None:
    first = _journal(tmp_path / "a.sqlite", "Robin")
    second = _journal(tmp_path / "b.sqlite", "Kim")
    assert window.open_journal(first) and window.open_journal(second)
    window.files.fill_recent_menu(window.recent_menu)
    texts = [action.text() for action in window.recent_menu.actions()]
    assert texts[:2] == [f"Kim — {second.resolve()}", f"Robin — {first.resolve()}"]

    listed: list[str] = []

    def pick_robin_read_only(dialog: OpenJournalDialog) -> int:
        listed.extend(dialog.list.item(r).text() for r in range(dialog.list.count()))
        dialog.list.setCurrentRow(1)
        dialog.read_only_check.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr(OpenJournalDialog, "exec", pick_robin_read_only)
    window.open_action.trigger()
    assert listed[:2] == texts[:2]
    assert window.service.path == first.resolve() or window.service.path.samefile(first)
    assert window.service.read_only and "Robin" in window.windowTitle()


def test_a_read_only_journal_lets_every_day_be_read_in_full(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    path = _journal(tmp_path / "review.sqlite", "Robin")
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(path, read_only=True)
    window.show()
    form = window.today_page.form
    day = TODAY - dt.timedelta(days=5)
    field = form.date_edit.edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, day.isoformat())
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert form.day() == day
    assert form.spasm.severity() == 4 and form.notes.toPlainText() == "a long note"
    assert form.notes.isReadOnly() and form.spasm.isReadOnly()
    qtbot.keyClicks(form.spasm, "9")
    assert form.spasm.severity() == 4
    qtbot.mouseClick(form.previous_button, Qt.MouseButton.LeftButton)
    assert form.day() == day - dt.timedelta(days=1)
