"""Hand-made journals for the report's tests: each shaped so that one page-1 fact is known.

Spasm tracks follow a simple rhythm: severity 7 before relief, 2 from day 8 to day 70 after a
session, 7 again after. Migraine days follow one too: a headache on two days of three before
relief, on one day of four while it holds (headache severity 5 on a headache day).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from journal_app.domain.checkins import NO_REPORTS, PatientReports
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    Profile,
    SideEffect,
)
from journal_app.domain.windows import default_windows

TODAY = dt.date(2026, 11, 21)
PROFILE = Profile(name="Robin Example", clinician="Dr. K. Osei")
RELIEF_FROM, RELIEF_UNTIL = 8, 70


@dataclass(frozen=True)
class HandMade:
    entries: tuple[Entry, ...]
    injections: tuple[Injection, ...]
    profile: Profile = PROFILE
    # The patient's check-ins, goals and goal ratings.
    patient: PatientReports = NO_REPORTS


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def cycle_day(day: dt.date, sessions: Sequence[dt.date]) -> int | None:
    """Days since the latest session on or before ``day``."""
    before = [s for s in sessions if s <= day]
    return (day - before[-1]).days if before else None


def relieved(day: dt.date, sessions: Sequence[dt.date]) -> bool:
    k = cycle_day(day, sessions)
    return k is not None and RELIEF_FROM <= k <= RELIEF_UNTIL


def spasm(day: dt.date, sessions: Sequence[dt.date]) -> int:
    return 2 if relieved(day, sessions) else 7


def headache(day: dt.date, sessions: Sequence[dt.date]) -> int:
    n = day.toordinal()
    if relieved(day, sessions):
        return 5 if n % 4 == 0 else 0
    return 5 if n % 3 else 0


def shot(
    day: dt.date,
    indication: Indication,
    units: float,
    product: Product = Product.ONABOTULINUMTOXIN_A,
    sites: str = "",
) -> Injection:
    return Injection(
        day=day,
        product=product,
        units=units,
        indication=indication,
        windows=default_windows(indication),
        sites=sites,
        clinician="Dr. K. Osei",
        lot=f"L{day:%y%m%d}{indication.value[:2].upper()}",
    )


def every(first: dt.date, count: int, interval: int) -> list[dt.date]:
    return [first + dt.timedelta(days=interval * i) for i in range(count)]


def quiet_for_a_year() -> HandMade:
    """Cervical dystonia every 100 days; the last entry a year and a bit before TODAY."""
    sessions = every(dt.date(2024, 3, 4), 6, 100)
    last = dt.date(2025, 10, 31)
    entries = [Entry(d, spasm_severity=spasm(d, sessions)) for d in days(dt.date(2024, 2, 1), last)]
    injections = [
        shot(s, Indication.CERVICAL_DYSTONIA, 200, Product.INCOBOTULINUMTOXIN_A) for s in sessions
    ]
    return HandMade(tuple(entries), tuple(injections))


def two_indications() -> HandMade:
    """Chronic migraine and cervical dystonia injected on the same days, every 91 days; a
    drooping eyelid on days 3 to 10 after the last session, and triptans on 10 days of each
    of the last 4 months."""
    sessions = every(dt.date(2025, 6, 2), 6, 91)
    entries = []
    for d in days(dt.date(2025, 5, 1), TODAY):
        effects: tuple[SideEffect, ...] = ()
        k = cycle_day(d, sessions)
        if d > sessions[-1] and k is not None and 3 <= k <= 10:
            effects = (SideEffect.DROOPING_EYELID,)
        medication: tuple[MedicationDose, ...] = ()
        if d >= dt.date(2026, 8, 1) and d.day <= 10:
            medication = (MedicationDose(MedicationClass.TRIPTAN, 1),)
        entries.append(
            Entry(
                d,
                spasm_severity=spasm(d, sessions),
                headache_severity=headache(d, sessions),
                medication=medication,
                side_effects=effects,
            )
        )
    injections = []
    for s in sessions:
        injections.append(shot(s, Indication.CHRONIC_MIGRAINE, 155, sites="31 sites, PREEMPT"))
        injections.append(shot(s, Indication.CERVICAL_DYSTONIA, 100, sites="left SCM"))
    return HandMade(tuple(entries), tuple(injections))


def restarted_migraine() -> HandMade:
    """Chronic migraine: a course of 4 sessions 84 days apart, 300 days' pause, then a second
    course of 6 sessions; headache logged every day from a month before the first."""
    first = every(dt.date(2024, 1, 8), 4, 84)
    second = every(first[-1] + dt.timedelta(days=300), 6, 84)
    sessions = [*first, *second]
    entries = [
        Entry(d, headache_severity=headache(d, sessions)) for d in days(dt.date(2023, 12, 1), TODAY)
    ]
    injections = [shot(s, Indication.CHRONIC_MIGRAINE, 155) for s in sessions]
    return HandMade(tuple(entries), tuple(injections))
