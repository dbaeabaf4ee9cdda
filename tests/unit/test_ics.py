"""The calendar file: upcoming re-injection windows and check-ups, read back with icalendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar

from journal_app import cli
from journal_app.domain.analytics import Analysis
from journal_app.domain.models import ExpectedWindows, Indication, Injection, Product, Profile
from journal_app.domain.windows import default_windows
from journal_app.services.ics import (
    ReminderKind,
    build_calendar,
    reminder_uid,
    upcoming_reminders,
    write_ics,
)
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.timezone.utc)


def injection(
    day: dt.date, indication: Indication = Indication.CHRONIC_MIGRAINE, id: int | None = None
) -> Injection:
    product = (
        Product.ONABOTULINUMTOXIN_A if indication.is_migraine else Product.INCOBOTULINUMTOXIN_A
    )
    return Injection(
        day=day,
        product=product,
        units=155,
        indication=indication,
        windows=default_windows(indication),
        id=id,
    )


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def analysis(injections: list[Injection], today: dt.date = TODAY) -> Analysis:
    return Analysis.of([], injections, Profile(), today)


def test_the_latest_injection_of_each_indication_gives_its_window_and_check_up() -> None:
    migraine = injection(dt.date(2026, 10, 1), id=7)
    dystonia = injection(dt.date(2026, 9, 20), Indication.CERVICAL_DYSTONIA, id=8)
    reminders = upcoming_reminders(analysis([migraine, dystonia]))
    found = {(r.kind, r.session.indication): (r.first, r.last) for r in reminders}
    assert found == {
        (ReminderKind.REINJECTION, Indication.CHRONIC_MIGRAINE): (
            migraine.day + dt.timedelta(days=70),
            migraine.day + dt.timedelta(days=84),
        ),
        (ReminderKind.REINJECTION, Indication.CERVICAL_DYSTONIA): (
            dystonia.day + dt.timedelta(days=112),
            dystonia.day + dt.timedelta(days=140),
        ),
        (ReminderKind.CHECKUP, Indication.CERVICAL_DYSTONIA): (
            dystonia.day + dt.timedelta(days=84),
            dystonia.day + dt.timedelta(days=84),
        ),
    }
    assert [r.first for r in reminders] == sorted(r.first for r in reminders)


def test_past_windows_and_superseded_injections_are_left_out() -> None:
    old = injection(dt.date(2026, 1, 10))
    newer = injection(dt.date(2026, 4, 1))  # its window closed on 24 Jun
    long_ago = injection(dt.date(2025, 1, 1), Indication.BLEPHAROSPASM)
    assert upcoming_reminders(analysis([old, newer, long_ago])) == []
    window_closes_today = injection(TODAY - dt.timedelta(days=84))
    (reminder,) = upcoming_reminders(analysis([window_closes_today]))
    assert reminder.last == TODAY


def test_a_future_injection_is_not_counted_as_the_latest() -> None:
    given = injection(dt.date(2026, 10, 1))
    planned = injection(TODAY + dt.timedelta(days=3))
    (reminder,) = upcoming_reminders(analysis([given, planned]))
    assert reminder.session.injections == (given,)


def test_the_file_holds_all_day_events_spanning_each_window(tmp_path: Path) -> None:
    migraine = injection(dt.date(2026, 10, 1), id=3)
    dystonia = injection(dt.date(2026, 10, 1), Indication.CERVICAL_DYSTONIA, id=4)
    path = tmp_path / "windows.ics"
    count = write_ics(path, analysis([migraine, dystonia]), "Alex", now=NOW)
    calendar = parse(path.read_bytes())
    events = calendar.events
    assert count == len(events) == 3
    assert "Relief Journal" in str(calendar["PRODID"])
    assert calendar.calendar_name == "Relief Journal"
    by_summary = {str(e["SUMMARY"]): e for e in events}
    window = by_summary["Re-injection window: chronic migraine (Botox)"]
    assert window.start == migraine.day + dt.timedelta(days=70)
    assert window.end == migraine.day + dt.timedelta(days=85)  # the end date is exclusive
    assert type(window.start) is dt.date  # all day, not a time
    checkup = by_summary["Check-up with a professional: cervical dystonia"]
    assert checkup.start == migraine.day + dt.timedelta(days=84)
    assert checkup.end == checkup.start + dt.timedelta(days=1)
    for event in events:
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert "not medical advice" in str(event["DESCRIPTION"])
        assert [a["ACTION"] for a in event.subcomponents] == ["DISPLAY"]


def test_a_migraine_session_leaves_the_dystonia_window_of_an_earlier_session() -> None:
    dystonia = injection(dt.date(2026, 8, 20), Indication.CERVICAL_DYSTONIA, id=1)
    migraine = injection(dt.date(2026, 11, 10), id=2)
    reminders = upcoming_reminders(analysis([dystonia, migraine]))
    windows = {
        r.session.indication: (r.first, r.last)
        for r in reminders
        if r.kind is ReminderKind.REINJECTION
    }
    assert windows[Indication.CERVICAL_DYSTONIA] == (
        dystonia.day + dt.timedelta(days=112),
        dystonia.day + dt.timedelta(days=140),
    )
    assert windows[Indication.CHRONIC_MIGRAINE][0] == migraine.day + dt.timedelta(days=70)


def test_a_session_of_two_products_gives_one_window_the_widest_of_both(tmp_path: Path) -> None:
    day = dt.date(2026, 9, 1)
    botox = injection(day, Indication.CERVICAL_DYSTONIA, id=5)
    botox = replace(botox, product=Product.ONABOTULINUMTOXIN_A)
    narrow = ExpectedWindows(7, 28, 100, 120)
    xeomin = replace(injection(day, Indication.CERVICAL_DYSTONIA, id=6), windows=narrow)
    path = tmp_path / "session.ics"
    assert write_ics(path, analysis([botox, xeomin]), "Alex", now=NOW) == 2
    by_summary = {str(e["SUMMARY"]): e for e in parse(path.read_bytes()).events}
    window = by_summary["Re-injection window: cervical dystonia (Botox + Xeomin)"]
    assert window.start == day + dt.timedelta(days=100)
    assert window.end == day + dt.timedelta(days=141)


def test_uids_are_stable_per_injection_and_apart_per_patient() -> None:
    first = injection(dt.date(2026, 10, 1), id=12)
    edited = replace(first, units=100)
    reminders = upcoming_reminders(analysis([first]))
    again = upcoming_reminders(analysis([edited]))
    assert [reminder_uid(r, "Alex") for r in reminders] == [reminder_uid(r, "Alex") for r in again]
    assert reminder_uid(reminders[0], "Alex") != reminder_uid(reminders[0], "Sam")
    one = build_calendar(reminders, "Alex", now=NOW)
    two = build_calendar(reminders, "Alex", now=NOW + dt.timedelta(days=1))
    assert [e.uid for e in parse(one.to_ical()).events] == [
        e.uid for e in parse(two.to_ical()).events
    ]


def test_no_upcoming_window_writes_an_empty_calendar(tmp_path: Path) -> None:
    path = tmp_path / "none.ics"
    assert write_ics(path, analysis([]), "") == 0
    assert parse(path.read_bytes()).events == []


# -- the command line ----------------------------------------------------------------------


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    repo = JournalRepository(open_journal(path, create=True))
    try:
        repo.save_profile(Profile(name="Alex"))
        last = dt.date.today() - dt.timedelta(days=10)
        repo.import_records([], [injection(last)], replace=False)
    finally:
        repo.close()
    return path


def test_export_ics_writes_the_calendar(journal: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.ics"
    status = cli.main(["export-ics", "--journal", str(journal), "--out", str(out)])
    assert status == cli.EXIT_OK
    (event,) = parse(out.read_bytes()).events
    assert event.start == dt.date.today() + dt.timedelta(days=60)
    assert "1 event" in capsys.readouterr().out


def test_export_ics_of_a_missing_journal_is_bad_input(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.ics"
    missing = tmp_path / "missing.sqlite"
    status = cli.main(["export-ics", "--journal", str(missing), "--out", str(out)])
    assert status == cli.EXIT_BAD_INPUT
    assert "missing.sqlite" in capsys.readouterr().err
    assert not out.exists() and not missing.exists()
