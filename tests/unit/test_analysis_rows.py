"""cycles.csv and monthly.csv rows (PRODUCT.md §7 v2) of a journal worked out by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from journal_app.domain.analysis_rows import (
    CYCLE_COLUMNS,
    MONTHLY_COLUMNS,
    cycle_rows,
    monthly_rows,
)
from journal_app.domain.decimals import fixed, plain
from journal_app.domain.models import (
    Entry,
    Indication,
    MedicationClass,
    MedicationDose,
    Product,
)
from tests.unit.analytics_journals import analyse, day, injection, journal_entries, runs

CM = Indication.CHRONIC_MIGRAINE
CD = Indication.CERVICAL_DYSTONIA
BOTOX = Product.ONABOTULINUMTOXIN_A
XEOMIN = Product.INCOBOTULINUMTOXIN_A


def doses(*classes: MedicationClass) -> tuple[MedicationDose, ...]:
    return tuple(MedicationDose(c, 1) for c in classes)


def journal() -> list[Entry]:
    """Day 0 is 1 March 2024. Spasm 6 until day 9, 2 on days 10 … 59, 6 on 60 … 89; headache
    on days -28 … -13 (2 … 17 February), none from day -12 to day 89."""
    spasm = runs((-28, 9, 6), (10, 59, 2), (60, 89, 6))
    headache = runs((-28, -13, 5), (-12, 89, 0))
    entries = {e.day: e for e in journal_entries(spasm, headache)}
    for n, hours in ((-28, 5.0), (-27, 3.0), (-26, 4.0)):
        entries[day(n)] = replace(entries[day(n)], headache_hours=hours)
    for n in range(0, 10):  # 1 … 10 March: triptans
        entries[day(n)] = replace(entries[day(n)], medication=doses(MedicationClass.TRIPTAN))
    for n in range(31, 61):  # April: medication not recorded
        entries[day(n)] = replace(entries[day(n)], medication_recorded=False)
    for n in range(61, 72):  # 1 … 6 May simple analgesics, 7 … 11 May triptans
        taken = MedicationClass.SIMPLE_ANALGESIC if n < 67 else MedicationClass.TRIPTAN
        entries[day(n)] = replace(entries[day(n)], medication=doses(taken))
    june = dt.date(2024, 6, 5)
    entries[june] = Entry(june, notes="away", medication_recorded=False)
    return sorted(entries.values(), key=lambda e: e.day)


INJECTIONS = [
    injection(0, CM, units=155, product=BOTOX),
    injection(0, CD, units=100, product=XEOMIN),
    injection(0, CD, units=50.5, product=BOTOX),
    injection(84, CM, units=155, product=BOTOX),
    injection(90, CD, units=100, product=XEOMIN),
]


def test_cycle_rows_follow_the_v2_columns() -> None:
    rows = cycle_rows(analyse(journal(), INJECTIONS))
    assert all(len(row) == len(CYCLE_COLUMNS) for row in rows)
    assert [dict(zip(CYCLE_COLUMNS, row, strict=True)) for row in rows] == [
        # Reference: 16 headache days of 28. Pre-injection: 2 of the 14 days before, 4.00 per
        # 28 days, at most 70% of 16: carried over. Levels are 0 from day 1: onset 1, 100%.
        {
            "indication": "chronic_migraine",
            "session_date": "2024-03-01",
            "products": "onabotulinumtoxinA",
            "units": "155",
            "metric": "headache_day",
            "course": "1",
            "cycle": "1",
            "cycle_days": "83",
            "complete": "1",
            "reference": "16.00",
            "reference_kind": "before_course",
            "pre_injection_level": "4.00",
            "onset_day": "1",
            "onset_status": "carried_over",
            "peak_improvement_pct": "100.0",
            "wear_off_day": "",
            "relief_days": "83",
            "days_without_relief": "0",
        },
        # The last session: days 85 … 89 logged, L = 5, too short for an onset.
        {
            "indication": "chronic_migraine",
            "session_date": "2024-05-24",
            "products": "onabotulinumtoxinA",
            "units": "155",
            "metric": "headache_day",
            "course": "1",
            "cycle": "2",
            "cycle_days": "5",
            "complete": "0",
            "reference": "16.00",
            "reference_kind": "before_course",
            "pre_injection_level": "0.00",
            "onset_day": "",
            "onset_status": "carried_over",
            "peak_improvement_pct": "100.0",
            "wear_off_day": "",
            "relief_days": "",
            "days_without_relief": "",
        },
        # Onset 10, wear-off 60 (worked out in test_analytics_cycles), two products that day.
        {
            "indication": "cervical_dystonia",
            "session_date": "2024-03-01",
            "products": "incobotulinumtoxinA;onabotulinumtoxinA",
            "units": "150.5",
            "metric": "spasm",
            "course": "1",
            "cycle": "1",
            "cycle_days": "89",
            "complete": "1",
            "reference": "6.00",
            "reference_kind": "before_course",
            "pre_injection_level": "6.00",
            "onset_day": "10",
            "onset_status": "expected",
            "peak_improvement_pct": "66.7",
            "wear_off_day": "60",
            "relief_days": "50",
            "days_without_relief": "30",
        },
        # Spasm was last logged on day 89, before this session: no days, every figure blank.
        {
            "indication": "cervical_dystonia",
            "session_date": "2024-05-30",
            "products": "incobotulinumtoxinA",
            "units": "100",
            "metric": "spasm",
            "course": "1",
            "cycle": "2",
            "cycle_days": "0",
            "complete": "0",
            "reference": "6.00",
            "reference_kind": "before_course",
            "pre_injection_level": "6.00",
            "onset_day": "",
            "onset_status": "not_detected",
            "peak_improvement_pct": "",
            "wear_off_day": "",
            "relief_days": "",
            "days_without_relief": "",
        },
    ]


def test_monthly_rows_follow_the_v2_columns() -> None:
    rows = monthly_rows(analyse(journal(), INJECTIONS))
    assert MONTHLY_COLUMNS[4:11] == (
        "headache_days_4h",
        "simple_analgesic_days",
        "triptan_days",
        "combination_analgesic_days",
        "opioid_days",
        "other_days",
        "acute_medication_days",
    )
    assert [",".join(row) for row in rows] == [
        # 16 headache days (all 5/10), two of the three with hours at 4 or more; none taken.
        "2024-02,28,16,16,2,0,0,0,0,0,0,,0",
        "2024-03,31,0,0,,0,10,0,0,0,10,triptan,0",
        "2024-04,30,0,0,,,,,,,,,0",
        "2024-05,29,0,0,,6,5,0,0,0,11,multiple_classes,0",
        "2024-06,0,0,0,,,,,,,,,1",
    ]


def test_levels_are_rounded_and_never_negative_zero() -> None:
    assert [fixed(26 / 7, 2), fixed(-1e-12, 1), fixed(-100 / 6, 1), fixed(None, 2)] == [
        "3.71",
        "0.0",
        "-16.7",
        "",
    ]


@pytest.mark.parametrize(
    ("units", "text"), [(155.0, "155"), (500.5, "500.5"), (0.25, "0.25"), (19999.75, "19999.75")]
)
def test_units_have_no_trailing_zero_or_exponent(units: float, text: str) -> None:
    assert plain(units) == text
