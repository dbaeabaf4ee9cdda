"""The window when things go wrong: a journal in use, a damaged journal, writes that fail.

Whatever fails, the user is told in words, what they typed stays in the form, and the
journal on disk is exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    Product,
    Profile,
    SideEffect,
)
from journal_app.domain.windows import default_windows
from journal_app.services.journal import JournalService
from journal_app.settings import Settings
from journal_app.storage.backups import BackupReason, backup_folder, take_backup
from journal_app.storage.db import open_journal
from journal_app.storage.lock import JournalLock
from journal_app.storage.repository import JournalRepository
from journal_app.ui.dialogs.injection_dialog import InjectionDialog
from journal_app.ui.dialogs.profile_dialog import ProfileDialog
from journal_app.ui.main_window import MainWindow

from .conftest import TODAY

Snapshot = tuple[list[Entry], list[Injection], Profile]
YESTERDAY = TODAY - dt.timedelta(days=1)


class Modals:
    """Answers the questions the window asks, in order, and keeps what each one said.

    A question nobody expected is cancelled (and recorded), so a test never hangs on it.
    """

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._answers: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._answer_open_box)
        self._timer.start()

    def answer(self, *buttons: str) -> None:
        self._answers += buttons

    def stop(self) -> None:
        self._timer.stop()

    def _answer_open_box(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.texts.append(box.text())
        wanted = self._answers.pop(0) if self._answers else None
        for button in box.buttons():
            if wanted is not None and button.text().replace("&", "") == wanted:
                button.click()
                return
        box.reject()


@pytest.fixture
def modals() -> Iterator[Modals]:
    answering = Modals()
    yield answering
    answering.stop()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every warning and error box shown (and dismissed at once)."""
    shown: list[str] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, s=shown: s.append(a[2])))
    return shown


def on_disk(path: Path) -> Snapshot:
    """The journal as another program would read it now."""
    repo = JournalRepository(open_journal(path, read_only=True))
    try:
        return repo.entries(), repo.injections(), repo.profile()
    finally:
        repo.close()


def make_journal(path: Path, entries: list[Entry]) -> None:
    repo = JournalRepository(open_journal(path, create=True))
    repo.import_records(entries, [], replace=False)
    repo.save_profile(Profile("Sam"))
    repo.close()


def migraine_injection(day: dt.date, notes: str = "") -> Injection:
    indication = Indication.CHRONIC_MIGRAINE
    return Injection(
        day, Product.ONABOTULINUMTOXIN_A, 155, indication, default_windows(indication), notes=notes
    )


def db_of(window: MainWindow) -> sqlite3.Connection:
    assert window.service is not None
    return window.service._repo.db.conn


def make_read_only(window: MainWindow) -> None:
    """The file turns read-only under the open journal (a medium remounted, a share locked).

    Tests run as root, whom chmod does not stop; SQLite's query_only refuses every write with
    the same error a read-only file gives.
    """
    db_of(window).execute("PRAGMA query_only = ON")


def fill_disk(window: MainWindow) -> None:
    """A full disk: the journal may not grow by a single page."""
    conn = db_of(window)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


@pytest.fixture
def other_journal(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite"
    make_journal(path, [Entry(YESTERDAY, spasm_severity=5)])
    return path


# -- a journal in use ----------------------------------------------------------------------


def test_a_journal_open_elsewhere_is_offered_read_only(
    window: MainWindow, other_journal: Path, modals: Modals
) -> None:
    modals.answer("Open read-only")
    with JournalLock.acquire(other_journal):
        assert window.open_journal(other_journal)
    assert window.service is not None and window.service.read_only
    assert window.service.path == other_journal
    assert "(read-only)" in window.windowTitle()
    [question] = modals.texts
    assert "is open for changes in another Relief Journal" in question
    assert "read-only" in question
    assert window.service.entries() == [Entry(YESTERDAY, spasm_severity=5)]


def test_declining_read_only_keeps_the_open_journal(
    window: MainWindow, other_journal: Path, modals: Modals, journal_path: Path
) -> None:
    modals.answer("Cancel")
    with JournalLock.acquire(other_journal):
        assert not window.open_journal(other_journal)
    assert len(modals.texts) == 1
    assert window.service is not None and window.service.path == journal_path
    assert not window.service.read_only


def test_reopening_its_own_journal_asks_nothing(
    window: MainWindow, journal_path: Path, modals: Modals
) -> None:
    window.service.save_entry(Entry(TODAY, headache_severity=2))
    assert window.open_journal(journal_path)
    assert modals.texts == []
    assert not window.service.read_only
    assert window.service.entry(TODAY) == Entry(TODAY, headache_severity=2)


def test_a_second_window_gets_the_journal_read_only(
    qtbot, window: MainWindow, settings: Settings, journal_path: Path, modals: Modals
) -> None:
    second = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(second)
    modals.answer("Open read-only")
    assert second.open_journal(journal_path)
    assert second.service is not None and second.service.read_only
    window.service.save_entry(Entry(TODAY, spasm_severity=1))  # the first still writes
    assert on_disk(journal_path)[0] == [Entry(TODAY, spasm_severity=1)]


# -- a damaged journal ---------------------------------------------------------------------


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A journal whose pages were overwritten after a backup was taken; (journal, backup)."""
    path = tmp_path / "damaged.sqlite"
    make_journal(
        path, [Entry(YESTERDAY - dt.timedelta(days=i), notes="x" * 800) for i in range(40)]
    )
    db = open_journal(path, read_only=True)
    try:
        backup = take_backup(db, path, BackupReason.DAILY)
    finally:
        db.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 5] = bytes(4096 * 2)
    path.write_bytes(bytes(data))
    return path, backup


def test_a_damaged_journal_offers_its_latest_backup(
    window: MainWindow, damaged: tuple[Path, Path], modals: Modals
) -> None:
    path, backup = damaged
    damaged_bytes = path.read_bytes()
    modals.answer("Restore backup")
    assert window.open_journal(path)
    [question] = modals.texts
    assert "is damaged" in question and "40 entries" in question
    assert window.service is not None and window.service.path == path
    assert window.service.entries() == on_disk(backup)[0]
    [kept] = path.parent.glob("damaged.damaged-*.sqlite")
    assert kept.read_bytes() == damaged_bytes
    assert str(kept) in window.statusBar().currentMessage()


def test_declining_the_restore_leaves_the_damaged_file_alone(
    window: MainWindow, damaged: tuple[Path, Path], modals: Modals, journal_path: Path
) -> None:
    path, _ = damaged
    before = path.read_bytes()
    modals.answer("Cancel")
    assert not window.open_journal(path)
    assert path.read_bytes() == before
    assert list(path.parent.glob("damaged.damaged-*")) == []
    assert window.service.path == journal_path


def test_a_damaged_journal_without_backup_is_explained(
    window: MainWindow, damaged: tuple[Path, Path], messages: list[str], modals: Modals
) -> None:
    path, backup = damaged
    backup.unlink()
    before = path.read_bytes()
    assert not window.open_journal(path)
    assert modals.texts == []
    assert messages == [f"{path.name} is damaged and cannot be read. Restore it from a backup."]
    assert path.read_bytes() == before


# -- the automatic backup ------------------------------------------------------------------


def test_a_failed_automatic_backup_is_reported_and_the_journal_opens(
    window: MainWindow, other_journal: Path
) -> None:
    backup_folder(other_journal).write_text("a file where the backups folder would go")
    assert window.open_journal(other_journal)
    assert not window.service.read_only
    assert "automatic backup" in window.statusBar().currentMessage()


# -- failed writes keep what was typed -----------------------------------------------------


def type_a_day(window: MainWindow) -> Entry:
    form = window.today_page.form
    form.spasm.set_severity(6)
    form.headache.set_severity(3)
    form.medication[MedicationClass.TRIPTAN].setValue(2)
    form.side_effects[SideEffect.NECK_PAIN].setChecked(True)
    form.triggers.setText("stress; poor sleep")
    form.notes.setPlainText("typed before the write failed " * 300)
    return form.current_entry()


@pytest.mark.parametrize("failure", ["read_only", "disk_full", "busy"])
def test_a_day_that_cannot_be_saved_stays_in_the_form(
    window: MainWindow, journal_path: Path, messages: list[str], failure: str
) -> None:
    window.service.save_entry(Entry(YESTERDAY, spasm_severity=2))
    before = on_disk(journal_path)
    typed = type_a_day(window)
    blocker = None
    if failure == "read_only":
        make_read_only(window)
    elif failure == "disk_full":
        fill_disk(window)
    else:
        db_of(window).execute("PRAGMA busy_timeout = 0")
        blocker = sqlite3.connect(journal_path)
        blocker.execute("BEGIN IMMEDIATE")
    try:
        assert not window.today_page.form.save()
    finally:
        if blocker is not None:
            blocker.rollback()
            blocker.close()
    expected = {"read_only": "is read-only", "disk_full": "disk is full", "busy": "is busy"}
    assert len(messages) == 1 and expected[failure] in messages[0]
    assert "not saved" in messages[0]
    assert window.today_page.form.current_entry() == typed
    assert on_disk(journal_path) == before
    assert window.service.entry(TODAY) is None


def test_an_injection_that_cannot_be_saved_comes_back_as_typed(
    window: MainWindow, journal_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = migraine_injection(TODAY - dt.timedelta(days=3), notes="lot 7, left side " * 400)
    shown_again: list[Injection] = []

    def exec_dialog(dialog: InjectionDialog) -> int:
        if shown_again or messages:
            shown_again.append(dialog.injection())
            return 0  # the user gives up for now
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-3))
        dialog.units_spin.setValue(typed.units)
        dialog.notes_edit.setPlainText(typed.notes)
        return 1

    monkeypatch.setattr(InjectionDialog, "exec", exec_dialog)
    before = on_disk(journal_path)
    fill_disk(window)
    window.record_injection()
    assert len(messages) == 1 and "disk is full" in messages[0]
    assert shown_again == [typed]
    assert on_disk(journal_path) == before
    assert window.service.injections() == []


def test_a_profile_that_cannot_be_saved_comes_back_as_typed(
    window: MainWindow, journal_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = Profile(name="Alex", clinician="Dr Okafor", notes="prefers mornings")
    shown_again: list[Profile] = []

    def exec_dialog(dialog: ProfileDialog) -> int:
        if messages:
            shown_again.append(dialog.profile())
            return 0
        dialog.name_edit.setText(typed.name)
        dialog.clinician_edit.setText(typed.clinician)
        dialog.notes_edit.setPlainText(typed.notes)
        return 1

    monkeypatch.setattr(ProfileDialog, "exec", exec_dialog)
    before = on_disk(journal_path)
    make_read_only(window)
    window.edit_profile()
    assert len(messages) == 1 and "read-only" in messages[0]
    assert shown_again == [typed]
    assert on_disk(journal_path) == before
    assert window.service.profile() == before[2]


def test_a_delete_or_undo_that_cannot_be_written_changes_nothing(
    window: MainWindow, journal_path: Path, messages: list[str]
) -> None:
    window.service.save_entry(Entry(YESTERDAY, spasm_severity=4))
    window.service.save_entry(Entry(TODAY, spasm_severity=1))
    before = on_disk(journal_path)
    make_read_only(window)
    window.tabs.setCurrentWidget(window.journal_page)
    page = window.journal_page
    page.entries_view.setFocus()
    page.entries_view.selectRow(0)
    selected = page.current_selection()
    assert isinstance(selected, Entry)
    window.delete_selected()
    window.undo_action.trigger()
    assert len(messages) == 2
    assert all("read-only" in message for message in messages)
    assert on_disk(journal_path) == before
    assert window.service.entries() == before[0]


# -- the day form, fuzzed ------------------------------------------------------------------

form_texts = st.text(max_size=20) | st.sampled_from(["a;b", " ;; ", "x" * 10_001, "\x00\x1b"])


@settings(
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    spasm=st.none() | st.integers(0, 10),
    hours=st.floats(-0.5, 24),
    episodes=st.integers(-1, 1000),
    doses=st.integers(0, 50),
    other=form_texts,
    other_checked=st.booleans(),
    triggers=form_texts,
    notes=form_texts,
)
def test_whatever_is_typed_is_saved_whole_or_explained(
    window: MainWindow,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    spasm: int | None,
    hours: float,
    episodes: int,
    doses: int,
    other: str,
    other_checked: bool,
    triggers: str,
    notes: str,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    form = window.today_page.form
    form.spasm.set_severity(spasm)
    form.headache_hours.setValue(hours)
    form.spasm_episodes.setValue(episodes)
    form.medication[MedicationClass.OPIOID].setValue(doses)
    form.side_effects[SideEffect.OTHER].setChecked(other_checked)
    form.side_effect_other.setText(other)
    form.triggers.setText(triggers)
    form.notes.setPlainText(notes)
    typed = form.current_entry()
    before = on_disk(journal_path)
    if form.save():
        assert on_disk(journal_path)[0] == window.service.entries()
        assert window.service.entry(TODAY) == typed
    else:
        assert on_disk(journal_path) == before
        assert form.current_entry() == typed
        assert form.problems.isVisibleTo(form) and form.problems.text()
    assert warnings == []  # the rules refuse in the form, never as a failed write


def test_opening_another_journal_frees_the_first(window: MainWindow, other_journal: Path) -> None:
    first = window.service.path
    assert window.open_journal(other_journal)
    JournalService.open(first).close()  # no longer locked by this window
