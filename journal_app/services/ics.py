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
from journal_app.domain.analytics import Analysis, TrackSession
from journal_app.domain.models import PRODUCT_BRANDS
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
    session: TrackSession


def upcoming_reminders(analysis: Analysis) -> list[Reminder]:
    """Per track current on the analysis's day, its latest session's window and check-up, if
    not past.

    Each track is judged on its own sessions (PRODUCT.md §4 v2): a migraine session leaves a
    dystonia window as it was, and a track whose course has ended gives nothing.
    """
    today = analysis.today
    reminders = []
    for current in analysis.current_tracks_on(today):
        window = current.reinjection
        if window.closes >= today:
            reminders.append(
                Reminder(ReminderKind.REINJECTION, window.opens, window.closes, current.session)
            )
        if current.checkup is not None and current.checkup >= today:
            reminders.append(
                Reminder(ReminderKind.CHECKUP, current.checkup, current.checkup, current.session)
            )
    return sorted(reminders, key=lambda r: (r.first, r.kind.value))


def reminder_uid(reminder: Reminder, patient: str) -> str:
    """Stable per session and kind, so a second export updates events instead of doubling
    them; the patient's name keeps two journals' events apart in one calendar."""
    session = reminder.session
    injection = session.injections[0]
    who = hashlib.sha256(patient.encode("utf-8")).hexdigest()[:10]
    if injection.id is not None:
        key = f"injection{injection.id}"
    else:
        key = f"{session.day.isoformat()}-{session.indication.value}-{injection.product.value}"
    return f"{reminder.kind.value}-{key}-{who}@{ORG_DOMAIN}"


def _brands(session: TrackSession) -> str:
    """ "Botox", or "Botox + Xeomin" for a session of two products."""
    names = [brands[0] if (brands := PRODUCT_BRANDS[p]) else p.value for p in session.products]
    return " + ".join(names)


def _event(reminder: Reminder, patient: str, stamp: dt.datetime) -> Event:
    session = reminder.session
    condition = indication_in_text(session.indication)
    if reminder.kind is ReminderKind.REINJECTION:
        summary = (
            QCoreApplication.translate("calendar", "Re-injection window: %1 (%2)")
            .replace("%1", condition)
            .replace("%2", _brands(session))
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
            .replace("%4", short_date(session.day))
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
            .replace("%1", short_date(session.day))
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
    analysis: Analysis,
    patient: str,
    *,
    now: dt.datetime | None = None,
) -> int:
    """Write the upcoming reminders to ``path``; returns how many events it holds."""
    reminders = upcoming_reminders(analysis)
    data = build_calendar(reminders, patient, now=now).to_ical()
    write_bytes(path, data)  # whole or not at all: never half a calendar over an earlier one
    return len(reminders)
