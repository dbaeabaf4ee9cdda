"""Upcoming re-injection windows and check-ups as an iCalendar file (PRODUCT.md §5 Reminders)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from icalendar import Alarm, Calendar, Event
from PySide6.QtCore import QCoreApplication

from journal_app import APP_NAME, ORG_DOMAIN, __version__
from journal_app.domain.models import PRODUCT_BRANDS, Indication, Injection
from journal_app.domain.windows import default_checkup_days
from journal_app.storage.files import write_bytes
from journal_app.wording.labels import indication_in_text
from journal_app.wording.text import short_date

#: Days before a window opens (or a check-up) that the calendar reminds the patient.
REMINDER_DAYS = {"reinjection": 7, "checkup": 2}


class ReminderKind(str, Enum):
    REINJECTION = "reinjection"
    CHECKUP = "checkup"


@dataclass(frozen=True)
class Reminder:
    """One all-day calendar entry: a re-injection window or a check-up day (both ends included)."""

    kind: ReminderKind
    first: dt.date
    last: dt.date
    injection: Injection


def upcoming_reminders(injections: Sequence[Injection], today: dt.date) -> list[Reminder]:
    """Per indication, its latest injection's re-injection window and check-up, if not past.

    The window of an indication re-injected since is no longer due, so only the latest
    injection of each indication counts; a window that has closed, or a check-up before
    today, is left out.
    """
    latest: dict[Indication, Injection] = {}
    for injection in sorted(injections, key=lambda inj: inj.day):
        if injection.day <= today:
            latest[injection.indication] = injection
    reminders = []
    for indication in Indication:
        if indication in latest:
            reminders.extend(_reminders_of(latest[indication], today))
    return sorted(reminders, key=lambda r: (r.first, r.kind.value))


def _reminders_of(injection: Injection, today: dt.date) -> list[Reminder]:
    windows = injection.windows
    opens = injection.day + dt.timedelta(days=windows.reinjection_min_days)
    closes = injection.day + dt.timedelta(days=windows.reinjection_max_days)
    found = []
    if closes >= today:
        found.append(Reminder(ReminderKind.REINJECTION, opens, closes, injection))
    checkup_days = default_checkup_days(injection.indication)
    if checkup_days is not None:
        checkup = injection.day + dt.timedelta(days=checkup_days)
        if checkup >= today:
            found.append(Reminder(ReminderKind.CHECKUP, checkup, checkup, injection))
    return found


def reminder_uid(reminder: Reminder, patient: str) -> str:
    """Stable per injection and kind, so a second export updates events instead of doubling
    them; the patient's name keeps two journals' events apart in one calendar."""
    injection = reminder.injection
    who = hashlib.sha256(patient.encode("utf-8")).hexdigest()[:10]
    if injection.id is not None:
        key = f"injection{injection.id}"
    else:
        key = f"{injection.day.isoformat()}-{injection.indication.value}-{injection.product.value}"
    return f"{reminder.kind.value}-{key}-{who}@{ORG_DOMAIN}"


def _brand(injection: Injection) -> str:
    brands = PRODUCT_BRANDS[injection.product]
    return brands[0] if brands else injection.product.value


def _event(reminder: Reminder, patient: str, stamp: dt.datetime) -> Event:
    injection = reminder.injection
    condition = indication_in_text(injection.indication)
    if reminder.kind is ReminderKind.REINJECTION:
        summary = (
            QCoreApplication.translate("calendar", "Re-injection window: %1 (%2)")
            .replace("%1", condition)
            .replace("%2", _brand(injection))
        )
        text = (
            QCoreApplication.translate(
                "calendar",
                "The window in which the next injection for %1 is due: %2 to %3, after the "
                "injection of %4. Book it with your clinician.",
            )
            .replace("%1", condition)
            .replace("%2", short_date(reminder.first))
            .replace("%3", short_date(reminder.last))
            .replace("%4", short_date(injection.day))
        )
    else:
        summary = QCoreApplication.translate(
            "calendar", "Check-up with a professional: %1"
        ).replace("%1", condition)
        text = (
            QCoreApplication.translate(
                "calendar",
                "A check-up with a professional 12 weeks after the injection of %1 for %2.",
            )
            .replace("%1", short_date(injection.day))
            .replace("%2", condition)
        )
    event = Event.new(
        uid=reminder_uid(reminder, patient),
        start=reminder.first,
        end=reminder.last + dt.timedelta(days=1),
        summary=summary,
        description=text
        + "\n\n"
        + QCoreApplication.translate(
            "calendar", "From Relief Journal, a self-reported journal; not medical advice."
        ),
        stamp=stamp,
        categories=[APP_NAME],
    )
    event.add("transp", "TRANSPARENT")
    event.add_component(_alarm(summary, REMINDER_DAYS[reminder.kind.value]))
    return event


def _alarm(summary: str, days_before: int) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", dt.timedelta(days=-days_before))
    return alarm


def build_calendar(
    reminders: Sequence[Reminder],
    patient: str,
    *,
    now: dt.datetime | None = None,
) -> Calendar:
    stamp = now or dt.datetime.now(dt.timezone.utc)
    calendar = Calendar.new(
        name=APP_NAME,
        prodid=f"-//{APP_NAME}//{APP_NAME} {__version__}//EN",
        description=QCoreApplication.translate(
            "calendar", "Injection windows and check-ups from the journal of %1"
        ).replace("%1", patient or QCoreApplication.translate("calendar", "a patient")),
    )
    for reminder in reminders:
        calendar.add_component(_event(reminder, patient, stamp))
    return calendar


def write_ics(
    path: Path,
    injections: Sequence[Injection],
    patient: str,
    *,
    today: dt.date,
    now: dt.datetime | None = None,
) -> int:
    """Write the upcoming reminders to ``path``; returns how many events it holds."""
    reminders = upcoming_reminders(injections, today)
    data = build_calendar(reminders, patient, now=now).to_ical()
    write_bytes(path, data)  # whole or not at all: never half a calendar over an earlier one
    return len(reminders)
