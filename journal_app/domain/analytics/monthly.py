"""Headache and acute-medication figures per calendar month, with overuse (PRODUCT.md §4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import groupby
from types import MappingProxyType

from journal_app.domain.models import Entry, MedicationClass
from journal_app.domain.months import consecutive_runs

MODERATE_SEVERITY = 4
LONG_HEADACHE_HOURS = 4
PARTIAL_BELOW_DAYS = 21
PERSISTING_MONTHS = 3
#: Headache days a month worth marking: 12 or more, when botulinum toxin is recommended for
#: migraine (PRODUCT.md §2); 15 or more, chronic migraine (ICHD-3).
HEADACHE_DAY_MARKS = (12, 15)
#: ICHD-3 8.2: days a month on which each acute class counts as overused.
OVERUSE_THRESHOLDS: Mapping[MedicationClass, int] = MappingProxyType(
    {
        MedicationClass.SIMPLE_ANALGESIC: 15,
        MedicationClass.TRIPTAN: 10,
        MedicationClass.COMBINATION_ANALGESIC: 10,
        MedicationClass.OPIOID: 10,
    }
)
ACUTE_CLASSES: tuple[MedicationClass, ...] = tuple(OVERUSE_THRESHOLDS)
#: ICHD-3 8.2.6: acute medication days when no class is overused alone.
MULTIPLE_CLASSES_DAYS = 10


class Overuse(str, Enum):
    SIMPLE_ANALGESIC = MedicationClass.SIMPLE_ANALGESIC.value
    TRIPTAN = MedicationClass.TRIPTAN.value
    COMBINATION_ANALGESIC = MedicationClass.COMBINATION_ANALGESIC.value
    OPIOID = MedicationClass.OPIOID.value
    MULTIPLE_CLASSES = "multiple_classes"


@dataclass(frozen=True)
class DayFigures:
    """Headache and medication figures over some days; None where §4 leaves them blank."""

    logged_days: int  # days with headache severity logged
    headache_days: int
    moderate_severe_days: int
    # None when no headache day has its hours logged.
    headache_days_4h: int | None
    # None when no day recorded medication (a day recorded as none taken gives zeros).
    medication_days: Mapping[MedicationClass, int] | None
    acute_medication_days: int | None


@dataclass(frozen=True)
class MonthFigures(DayFigures):
    month: dt.date
    overuse: tuple[Overuse, ...]
    # The flags of ``overuse`` that hold for PERSISTING_MONTHS or more consecutive months.
    persisting: tuple[Overuse, ...]

    @property
    def partial(self) -> bool:
        return self.logged_days < PARTIAL_BELOW_DAYS


def _taken(entry: Entry) -> set[MedicationClass]:
    return {dose.medication_class for dose in entry.medication if dose.count >= 1}


def day_figures(entries: Iterable[Entry]) -> DayFigures:
    """The figures of these entries' days."""
    logged = headache = moderate = 0
    long_days, hours_logged, recorded, acute = 0, False, False, 0
    medication = dict.fromkeys(MedicationClass, 0)
    for entry in entries:
        severity = entry.headache_severity
        if severity is not None:
            logged += 1
            if severity >= 1:
                headache += 1
                moderate += severity >= MODERATE_SEVERITY
                if entry.headache_hours is not None:
                    hours_logged = True
                    long_days += entry.headache_hours >= LONG_HEADACHE_HOURS
        if entry.medication:
            taken = _taken(entry)
            for medication_class in taken:
                medication[medication_class] += 1
            acute += not taken.isdisjoint(ACUTE_CLASSES)
        recorded = recorded or entry.medication_recorded or bool(entry.medication)
    return DayFigures(
        logged_days=logged,
        headache_days=headache,
        moderate_severe_days=moderate,
        headache_days_4h=long_days if hours_logged else None,
        medication_days=MappingProxyType(medication) if recorded else None,
        acute_medication_days=acute if recorded else None,
    )


def overuse(figures: DayFigures) -> tuple[Overuse, ...]:
    """The classes at or over their threshold, else multiple_classes, else nothing."""
    days, acute = figures.medication_days, figures.acute_medication_days
    if days is None or acute is None:
        return ()
    flags = tuple(Overuse(c.value) for c, limit in OVERUSE_THRESHOLDS.items() if days[c] >= limit)
    if not flags and acute >= MULTIPLE_CLASSES_DAYS:
        return (Overuse.MULTIPLE_CLASSES,)
    return flags


def _persisting(
    months: Sequence[dt.date], flags: Sequence[tuple[Overuse, ...]]
) -> list[tuple[Overuse, ...]]:
    """Per month, its flags that hold through PERSISTING_MONTHS or more consecutive months."""
    persisting: list[list[Overuse]] = [[] for _ in months]
    position = {month: i for i, month in enumerate(months)}
    for flag in Overuse:
        flagged = (month for month, held in zip(months, flags, strict=True) if flag in held)
        for run in consecutive_runs(flagged):
            if len(run) >= PERSISTING_MONTHS:
                for month in run:
                    persisting[position[month]].append(flag)
    return [tuple(found) for found in persisting]


def monthly_figures(entries: Iterable[Entry]) -> tuple[MonthFigures, ...]:
    """One row per calendar month holding any entry, oldest first."""
    ordered = sorted(entries, key=lambda entry: entry.day)
    by_month = [
        (dt.date(year, month, 1), day_figures(group))
        for (year, month), group in groupby(ordered, key=lambda e: (e.day.year, e.day.month))
    ]
    months = [month for month, _ in by_month]
    flags = [overuse(figures) for _, figures in by_month]
    persisting = _persisting(months, flags)
    return tuple(
        MonthFigures(**vars(figures), month=month, overuse=flags[i], persisting=persisting[i])
        for i, (month, figures) in enumerate(by_month)
    )
