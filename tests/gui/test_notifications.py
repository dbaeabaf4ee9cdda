"""Reminders outside the window: daily at the chosen time unless logged, a week before a
re-injection window opens, each once; autostart written only while a reminder is on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTime

from journal_app.autostart import TRAY_OPTION, set_autostart
from journal_app.domain.models import Entry, Indication, Injection, Product
from journal_app.domain.windows import default_windows
from journal_app.services.journal import JournalService
from journal_app.settings import Settings
from journal_app.ui.notifications import ReminderScheduler, facts_of, facts_of_file

from .conftest import TODAY
from .journals import inject


class Recorder:
    """The notification backend, replaced: what would have been shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.shown.append((title, message))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_the_daily_reminder_comes_at_its_time_unless_the_day_is_logged(
    settings: Settings, service: JournalService
) -> None:
    settings.set_reminders(daily=True, at=dt.time(20, 30), reinjection=False)
    recorder = Recorder()
    scheduler = ReminderScheduler(settings, recorder, lambda today: facts_of(service, today))
    assert scheduler.check(_at(TODAY, 20, 29)) == []
    assert len(scheduler.check(_at(TODAY, 20, 30))) == 1
    assert scheduler.check(_at(TODAY, 21)) == []  # once a day
    service.save_entry(Entry(TODAY + dt.timedelta(days=0), spasm_severity=1))
    tomorrow = TODAY + dt.timedelta(days=1)
    service.today = lambda: tomorrow
    service.save_entry(Entry(tomorrow, spasm_severity=2))
    assert scheduler.check(_at(tomorrow, 22)) == []  # logged: silent
    assert [title for title, _ in recorder.shown] == ["Relief Journal"]


def test_a_re_injection_window_is_announced_a_week_ahead_once(
    settings: Settings, journal_path: Path
) -> None:
    settings.set_reminders(daily=False, at=dt.time(9), reinjection=True)
    service = JournalService.open(journal_path, create=True, clock=lambda: TODAY)
    windows = default_windows(Indication.CERVICAL_DYSTONIA)
    day = TODAY - dt.timedelta(days=windows.reinjection_min_days - 8)
    service.record_injection(
        Injection(day, Product.ONABOTULINUMTOXIN_A, 200, Indication.CERVICAL_DYSTONIA, windows)
    )
    service.close()
    recorder = Recorder()
    # The window closed: the journal is read from its file.
    scheduler = ReminderScheduler(settings, recorder, lambda d: facts_of_file(journal_path, d))
    assert scheduler.check(_at(TODAY, 10)) == []  # opens in 8 days: not yet
    tomorrow = TODAY + dt.timedelta(days=1)
    [message] = scheduler.check(_at(tomorrow, 10))
    assert message.startswith("Your re-injection window for cervical dystonia opens on ")
    assert message.endswith(" (in 7 days).")
    assert scheduler.check(_at(tomorrow + dt.timedelta(days=1), 10)) == []
    assert len(recorder.shown) == 1


def test_each_track_announces_its_own_window(settings: Settings, service: JournalService) -> None:
    """A later migraine session leaves the dystonia window as it was; an ended course is quiet."""
    settings.set_reminders(daily=False, at=dt.time(9), reinjection=True)
    inject(service, 400, Indication.BLEPHAROSPASM)  # its course ended long ago
    inject(service, 108, Indication.CERVICAL_DYSTONIA)  # opens in 4 days
    inject(service, 66, Indication.CHRONIC_MIGRAINE)  # opens in 4 days too
    facts = facts_of(service, TODAY)
    assert {window.indication for window in facts.windows} == {
        Indication.CERVICAL_DYSTONIA,
        Indication.CHRONIC_MIGRAINE,
    }
    recorder = Recorder()
    scheduler = ReminderScheduler(settings, recorder, lambda today: facts_of(service, today))
    sent = scheduler.check(_at(TODAY, 10))
    assert len(sent) == 2
    assert any("for cervical dystonia" in message for message in sent)
    assert any("for chronic migraine" in message for message in sent)
    assert scheduler.check(_at(TODAY, 11)) == []


def test_nothing_is_sent_with_reminders_off(settings: Settings, service: JournalService) -> None:
    recorder = Recorder()
    scheduler = ReminderScheduler(settings, recorder, lambda today: facts_of(service, today))
    assert scheduler.check(_at(TODAY, 23)) == [] and recorder.shown == []


def test_the_autostart_entry_is_written_only_while_a_reminder_is_on(tmp_path: Path) -> None:
    entry = set_autostart(True, tmp_path)
    text = entry.read_text()
    assert entry.parent == tmp_path and entry.suffix == ".desktop"
    assert "[Desktop Entry]" in text and f"{TRAY_OPTION}\n" in text
    assert set_autostart(False, tmp_path) == entry and not entry.exists()


def test_preferences_turn_reminders_on_with_their_time(
    qtbot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui.dialogs.preferences_dialog import PreferencesDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.daily_check.setChecked(True)
    dialog.time_edit.setTime(QTime(19, 45))
    dialog.accept()
    assert settings.daily_reminder() and settings.reminder_time() == dt.time(19, 45)
    entry = tmp_path / "config" / "autostart" / "io.github.relief_journal.ReliefJournal.desktop"
    assert entry.exists()
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    assert dialog.daily_check.isChecked() and dialog.time_edit.time() == QTime(19, 45)
    dialog.daily_check.setChecked(False)
    dialog.accept()
    assert not settings.daily_reminder() and not entry.exists()
