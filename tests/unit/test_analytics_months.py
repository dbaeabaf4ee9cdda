"""Monthly headache and medication figures, overuse and persisting flags (PRODUCT.md §4 v2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from journal_app.domain.analytics import Overuse
from journal_app.domain.analytics.monthly import day_figures, monthly_figures
from journal_app.domain.models import Entry, MedicationClass, MedicationDose

SIMPLE = MedicationClass.SIMPLE_ANALGESIC
TRIPTAN = MedicationClass.TRIPTAN
COMBINATION = MedicationClass.COMBINATION_ANALGESIC
OPIOID = MedicationClass.OPIOID
OTHER = MedicationClass.OTHER
TRIPTAN_THEN_SIMPLE = {d: (TRIPTAN,) if d <= 5 else (SIMPLE,) for d in range(1, 32)}


def days_of(year: int, month: int, count: int, **fields: object) -> list[Entry]:
    """Entries on days 1 … ``count`` of a month, each with ``fields``."""
    return [Entry(dt.date(year, month, d), **fields) for d in range(1, count + 1)]


def taking(*classes: MedicationClass) -> tuple[MedicationDose, ...]:
    return tuple(MedicationDose(c, 1) for c in classes)


def with_classes(entries: Sequence[Entry], plan: dict[int, tuple[MedicationClass, ...]]) -> list:
    """``entries`` with the classes of ``plan`` (day of month → classes) taken."""
    return [
        Entry(e.day, headache_severity=e.headache_severity, medication=taking(*plan[e.day.day]))
        if e.day.day in plan
        else e
        for e in entries
    ]


def test_headache_figures_count_logged_headache_and_moderate_days() -> None:
    severities = [0, 1, 3, 4, 6, 7, 10, None]
    entries = [
        Entry(dt.date(2024, 5, d), spasm_severity=2, headache_severity=s)
        for d, s in enumerate(severities, start=1)
    ]
    (may,) = monthly_figures(entries)
    assert (may.month, may.logged_days, may.headache_days) == (dt.date(2024, 5, 1), 7, 6)
    assert may.moderate_severe_days == 4
    assert may.partial


def test_long_headache_days_need_hours_logged_on_a_headache_day() -> None:
    no_hours = days_of(2024, 5, 3, headache_severity=5)
    assert day_figures(no_hours).headache_days_4h is None
    headache_free = [Entry(dt.date(2024, 5, 1), headache_severity=0, headache_hours=6.0)]
    assert day_figures(headache_free).headache_days_4h is None
    hours = [
        Entry(dt.date(2024, 5, 1), headache_severity=5, headache_hours=3.5),
        Entry(dt.date(2024, 5, 2), headache_severity=5, headache_hours=4.0),
        Entry(dt.date(2024, 5, 3), headache_severity=5, headache_hours=9.0),
        Entry(dt.date(2024, 5, 4), headache_severity=5),
        Entry(dt.date(2024, 5, 5), headache_severity=0, headache_hours=5.0),
    ]
    assert day_figures(hours).headache_days_4h == 2


@pytest.mark.parametrize(("logged", "partial"), [(20, True), (21, False)])
def test_a_month_with_fewer_than_21_logged_days_is_partial(logged: int, partial: bool) -> None:
    entries = days_of(2024, 5, logged, headache_severity=0)
    # Spasm-only days are entries but not headache logs.
    entries += [Entry(dt.date(2024, 5, d), spasm_severity=3) for d in range(logged + 1, 32)]
    (may,) = monthly_figures(entries)
    assert (may.logged_days, may.partial) == (logged, partial)


def test_medication_figures_are_blank_when_no_day_recorded_medication() -> None:
    entries = days_of(2024, 5, 25, headache_severity=3, medication_recorded=False)
    (may,) = monthly_figures(entries)
    assert (may.medication_days, may.acute_medication_days, may.overuse) == (None, None, ())
    assert may.headache_days == 25


def test_a_month_recorded_only_as_none_taken_gives_zeros() -> None:
    entries = days_of(2024, 5, 25, headache_severity=3)
    entries[3] = Entry(entries[3].day, headache_severity=3, medication_recorded=False)
    (may,) = monthly_figures(entries)
    assert may.medication_days == dict.fromkeys(MedicationClass, 0)
    assert may.acute_medication_days == 0


def test_medication_days_count_days_per_class_and_acute_days_once_a_day() -> None:
    plan = {1: (TRIPTAN, SIMPLE), 2: (TRIPTAN,), 3: (OTHER,), 4: (OPIOID, COMBINATION)}
    entries = with_classes(days_of(2024, 5, 6, headache_severity=5), plan)
    figures = day_figures(entries)
    assert figures.medication_days == {SIMPLE: 1, TRIPTAN: 2, COMBINATION: 1, OPIOID: 1, OTHER: 1}
    assert figures.acute_medication_days == 3, "the other class is not acute"


@pytest.mark.parametrize(
    ("plan", "flags"),
    [
        # §4 as written: no class at its threshold and 10 or more acute days, even from one
        # class (ICHD-3 8.2.6 speaks of several; only simple analgesics can differ here).
        ({d: (SIMPLE,) for d in range(1, 15)}, (Overuse.MULTIPLE_CLASSES,)),
        ({d: (SIMPLE,) for d in range(1, 10)}, ()),
        ({d: (SIMPLE,) for d in range(1, 16)}, (Overuse.SIMPLE_ANALGESIC,)),
        ({d: (TRIPTAN,) for d in range(1, 10)}, ()),
        ({d: (TRIPTAN,) for d in range(1, 11)}, (Overuse.TRIPTAN,)),
        ({d: (COMBINATION,) for d in range(1, 11)}, (Overuse.COMBINATION_ANALGESIC,)),
        ({d: (OPIOID, TRIPTAN) for d in range(1, 11)}, (Overuse.TRIPTAN, Overuse.OPIOID)),
        # 5 triptan days and 5 simple-analgesic days: no class alone, 10 acute days.
        ({d: TRIPTAN_THEN_SIMPLE[d] for d in range(1, 11)}, (Overuse.MULTIPLE_CLASSES,)),
        ({d: TRIPTAN_THEN_SIMPLE[d] for d in range(1, 10)}, ()),
        # 10 triptan days and 12 simple: triptan is overused alone, so no multiple_classes.
        (
            {d: (TRIPTAN,) if d <= 10 else (SIMPLE,) for d in range(1, 23)},
            (Overuse.TRIPTAN,),
        ),
        # 12 days of "other" only are not acute medication.
        ({d: (OTHER,) for d in range(1, 13)}, ()),
    ],
)
def test_overuse_flags_follow_ichd3_thresholds(
    plan: dict[int, tuple[MedicationClass, ...]], flags: tuple[Overuse, ...]
) -> None:
    entries = with_classes(days_of(2024, 5, 31, headache_severity=4), plan)
    (may,) = monthly_figures(entries)
    assert may.overuse == flags


def triptan_month(year: int, month: int, days: int) -> list[Entry]:
    return with_classes(
        days_of(year, month, 28, headache_severity=5), {d: (TRIPTAN,) for d in range(1, days + 1)}
    )


@pytest.mark.parametrize(
    ("triptan_days", "persisting"),
    [
        ([10, 10, 9, 10], [False, False, False, False]),
        ([10, 10, 10, 9], [True, True, True, False]),
        ([9, 10, 10, 10], [False, True, True, True]),
        ([10, 10, 10, 10], [True, True, True, True]),
    ],
)
def test_a_flag_persists_when_it_holds_three_consecutive_months(
    triptan_days: list[int], persisting: list[bool]
) -> None:
    entries = [e for i, n in enumerate(triptan_days) for e in triptan_month(2024, 1 + i, n)]
    found = monthly_figures(entries)
    assert [Overuse.TRIPTAN in month.persisting for month in found] == persisting
    assert all(set(month.persisting) <= set(month.overuse) for month in found)


def test_a_month_without_entries_is_left_out_and_breaks_a_run() -> None:
    entries = [
        *triptan_month(2024, 1, 10),
        *triptan_month(2024, 2, 10),
        *triptan_month(2024, 4, 10),
    ]
    found = monthly_figures(entries)
    assert [month.month.month for month in found] == [1, 2, 4]
    assert [month.persisting for month in found] == [(), (), ()]


def test_a_run_across_the_new_year_persists() -> None:
    entries = [
        *triptan_month(2023, 11, 12),
        *triptan_month(2023, 12, 12),
        *triptan_month(2024, 1, 12),
    ]
    assert [m.persisting for m in monthly_figures(entries)] == [(Overuse.TRIPTAN,)] * 3


def test_a_month_of_entries_without_headache_or_medication_shows_zeros_and_blanks() -> None:
    entries = days_of(2024, 5, 30, spasm_severity=4, medication_recorded=False)
    (may,) = monthly_figures(entries)
    assert (may.logged_days, may.headache_days, may.moderate_severe_days) == (0, 0, 0)
    assert (may.headache_days_4h, may.medication_days, may.partial) == (None, None, True)
