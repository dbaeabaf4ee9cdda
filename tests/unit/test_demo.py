"""The demo journal generator: deterministic, valid, and shaped like a real patient's journal."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise
from statistics import mean

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.analytics import Analysis, OnsetStatus, Overuse, ReferenceKind
from journal_app.domain.demo import DemoJournal, generate_demo
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    Metric,
    Product,
    SideEffect,
)
from journal_app.domain.validation import entry_problems, injection_problems, profile_problems
from journal_app.domain.windows import default_windows
from tests.unit.test_demo_checkins import problems_of as checkin_problems_of

END = dt.date(2025, 6, 15)
DAY = dt.timedelta(days=1)


@pytest.fixture(scope="module")
def three_years() -> DemoJournal:
    return generate_demo(end=END, years=3)


@pytest.fixture(scope="module")
def twenty_years() -> DemoJournal:
    return generate_demo(end=END, years=20)


@pytest.fixture(scope="module", params=[3, 20], ids=["3y", "20y"])
def journal(request: pytest.FixtureRequest) -> DemoJournal:
    return generate_demo(end=END, years=request.param)


def session_days(
    injections: Sequence[Injection], indication: Indication | None = None
) -> list[dt.date]:
    """The days of every session, or of one track's."""
    return sorted({i.day for i in injections if indication in (None, i.indication)})


def track_days(journal: DemoJournal) -> tuple[list[dt.date], list[dt.date]]:
    """The migraine and the dystonia track's session days."""
    return (
        session_days(journal.injections, Indication.CHRONIC_MIGRAINE),
        session_days(journal.injections, Indication.CERVICAL_DYSTONIA),
    )


def logged_values(
    by_day: dict[dt.date, Entry], first: dt.date, last: dt.date, metric: Metric
) -> list[int]:
    values = []
    day = first
    while day <= last:
        entry = by_day.get(day)
        if entry is not None and (value := entry.severity(metric)) is not None:
            values.append(value)
        day += DAY
    return values


# Determinism ------------------------------------------------------------------------------


def test_same_arguments_give_the_same_journal() -> None:
    first = generate_demo(end=END, years=3, seed=11)
    second = generate_demo(end=END, years=3, seed=11)
    assert first == second
    assert first.injections == second.injections


def test_another_seed_gives_another_journal() -> None:
    first = generate_demo(end=END, years=3, seed=1)
    second = generate_demo(end=END, years=3, seed=2)
    assert first.entries != second.entries


def test_a_later_end_moves_the_journal() -> None:
    later = END + dt.timedelta(days=30)
    journal = generate_demo(end=later, years=1)
    assert journal.entries[-1].day <= later
    assert journal.entries[0].day == later - dt.timedelta(days=364)


def test_years_must_be_positive() -> None:
    with pytest.raises(ValueError):
        generate_demo(end=END, years=0)


# Validity and order -----------------------------------------------------------------------


def test_every_record_is_valid(journal: DemoJournal) -> None:
    assert profile_problems(journal.profile, END) == []
    entry_report = {
        e.day: problems for e in journal.entries if (problems := entry_problems(e, END))
    }
    assert entry_report == {}
    injection_report = [
        (i.day, problems) for i in journal.injections if (problems := injection_problems(i, END))
    ]
    assert injection_report == []


def test_days_are_past_unique_and_oldest_first(journal: DemoJournal) -> None:
    days = [entry.day for entry in journal.entries]
    assert days == sorted(set(days))
    assert days[-1] <= END
    injection_days = [injection.day for injection in journal.injections]
    assert injection_days == sorted(injection_days)
    assert injection_days[-1] <= END


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    years=st.floats(min_value=0.01, max_value=6),
    end=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
)
def test_any_arguments_give_a_valid_journal(seed: int, years: float, end: dt.date) -> None:
    journal = generate_demo(end=end, years=years, seed=seed)
    days = [entry.day for entry in journal.entries]
    assert days == sorted(set(days))
    assert all(entry_problems(entry, end) == [] for entry in journal.entries)
    assert all(injection_problems(inj, end) == [] for inj in journal.injections)
    assert checkin_problems_of(journal, end) == []
    span = max(1, round(years * 365))
    assert days[0] == end - dt.timedelta(days=span - 1)
    if journal.injections:
        assert (journal.injections[0].day - days[0]).days >= 42


# Span, sessions and injections ------------------------------------------------------------


@pytest.mark.parametrize("years", [3, 20])
def test_span_and_injection_count_match_the_years(years: int) -> None:
    journal = generate_demo(end=END, years=years)
    span = (journal.entries[-1].day - journal.entries[0].day).days + 1
    assert years * 365 - 14 <= span <= years * 365
    migraine, dystonia = track_days(journal)
    assert 3.6 <= len(migraine) / years <= 4.4
    # Dystonia pauses for 200–240 days once.
    assert 3.0 <= len(dystonia) / years <= 4.3
    assert len(journal.injections) == len(migraine) + len(dystonia)


def test_a_twenty_year_journal_is_benchmark_sized(twenty_years: DemoJournal) -> None:
    # PRODUCT.md §8's 20 years hold 80 injections per track: two tracks since analytics v2.
    assert len(twenty_years.entries) >= 0.85 * 7300
    assert all(70 <= len(days) <= 100 for days in track_days(twenty_years))


@pytest.mark.parametrize("track", [0, 1], ids=["migraine", "dystonia"])
def test_each_track_comes_every_twelve_to_thirteen_weeks_mostly(
    twenty_years: DemoJournal, track: int
) -> None:
    days = track_days(twenty_years)[track]
    gaps = [(b - a).days for a, b in pairwise(days)]
    on_time = [gap for gap in gaps if 80 <= gap <= 98]
    assert len(on_time) >= 0.6 * len(gaps)
    assert any(98 < gap <= 120 for gap in gaps), "sometimes a little late"
    early = [gap for gap in gaps if gap < 84]
    assert 1 <= len(early) <= 0.15 * len(gaps), "once in a while early"
    pauses = [gap for gap in gaps if gap > 180]
    assert len(pauses) == track, "dystonia treatment pauses once, over 180 days"
    assert all(70 <= gap <= 120 for gap in gaps if gap <= 180)


def test_the_tracks_keep_their_own_days_and_sometimes_share_one(journal: DemoJournal) -> None:
    migraine, dystonia = track_days(journal)
    assert migraine[0] == dystonia[0], "both start on one day"
    shared = set(migraine) & set(dystonia)
    assert 1 + (len(dystonia) > 40) <= len(shared) <= 0.5 * len(dystonia)


def test_pre_treatment_period_gives_a_baseline(journal: DemoJournal) -> None:
    first_entry, first_injection = journal.entries[0].day, journal.injections[0].day
    assert (first_injection - first_entry).days >= 42
    before = [e for e in journal.entries if e.day < first_injection]
    assert len(before) >= 35


def test_migraine_injections_follow_the_protocol(journal: DemoJournal) -> None:
    migraine = [i for i in journal.injections if i.indication is Indication.CHRONIC_MIGRAINE]
    assert len(migraine) == len(track_days(journal)[0]), "one a session"
    for injection in migraine:
        assert injection.product is Product.ONABOTULINUMTOXIN_A
        assert injection.units == 155
        assert "31 sites" in injection.sites
        assert injection.windows == default_windows(Indication.CHRONIC_MIGRAINE)


def test_dystonia_injections_switch_product_once(journal: DemoJournal) -> None:
    dystonia = [i for i in journal.injections if i.indication is Indication.CERVICAL_DYSTONIA]
    assert len(dystonia) == len(track_days(journal)[1]), "one a session"
    assert all(i.windows == default_windows(Indication.CERVICAL_DYSTONIA) for i in dystonia)
    products = [i.product for i in dystonia]
    assert products[0] is Product.ABOBOTULINUMTOXIN_A
    assert products[-1] is Product.INCOBOTULINUMTOXIN_A
    switch = products.index(Product.INCOBOTULINUMTOXIN_A)
    assert set(products[switch:]) == {Product.INCOBOTULINUMTOXIN_A}, "switched once"


def test_injections_name_clinician_and_lot(journal: DemoJournal) -> None:
    assert all(i.clinician and i.lot and i.sites for i in journal.injections)
    clinicians = Counter(i.clinician for i in journal.injections)
    assert clinicians.most_common(1)[0][0] == "Dr. R. Patel"


def test_profile_is_clearly_fictional(three_years: DemoJournal) -> None:
    profile = three_years.profile
    assert profile.name == "Alex Demo"
    assert profile.date_of_birth is None
    assert profile.clinician == "Dr. R. Patel"
    assert "demo" in profile.notes.lower()


# Gaps and what is logged ------------------------------------------------------------------


def test_some_days_are_forgotten_and_holidays_leave_long_gaps(journal: DemoJournal) -> None:
    first, last = journal.entries[0].day, journal.entries[-1].day
    span = (last - first).days + 1
    unlogged = 1 - len(journal.entries) / span
    assert 0.06 <= unlogged <= 0.2
    days = [entry.day for entry in journal.entries]
    gaps = [(b - a).days - 1 for a, b in pairwise(days)]
    assert 1 <= sum(gap >= 14 for gap in gaps) <= 2, "one or two multi-week holidays"
    assert sum(1 <= gap <= 5 for gap in gaps) >= 0.04 * span


def test_both_metrics_are_logged_and_some_days_only_one(journal: DemoJournal) -> None:
    both = [e for e in journal.entries if None not in (e.spasm_severity, e.headache_severity)]
    only_one = [
        e for e in journal.entries if (e.spasm_severity is None) != (e.headache_severity is None)
    ]
    assert len(both) >= 0.8 * len(journal.entries)
    assert 0.03 * len(journal.entries) <= len(only_one) <= 0.15 * len(journal.entries)
    assert all(
        e.spasm_severity is not None or e.headache_severity is not None for e in journal.entries
    )


def test_headache_free_days_are_common_and_headache_days_mostly_8_to_18(
    journal: DemoJournal,
) -> None:
    per_month: dict[tuple[int, int], list[int]] = {}
    for entry in journal.entries:
        if entry.headache_severity is not None:
            per_month.setdefault((entry.day.year, entry.day.month), []).append(
                entry.headache_severity
            )
    full_months = [values for values in per_month.values() if len(values) >= 24]
    headache_days = [sum(v >= 1 for v in values) for values in full_months]
    in_range = [days for days in headache_days if 8 <= days <= 18]
    assert len(in_range) >= 0.7 * len(full_months)
    assert all(days < len(values) for days, values in zip(headache_days, full_months, strict=True))


def test_optional_fields_fit_the_day(journal: DemoJournal) -> None:
    entries = journal.entries
    for entry in entries:
        if entry.headache_hours is not None:
            assert entry.headache_severity, "hours only on headache days"
        if entry.triggers:
            assert entry.headache_severity
    headache_days = [e for e in entries if e.headache_severity]
    with_hours = [e for e in headache_days if e.headache_hours is not None]
    assert 0.4 <= len(with_hours) / len(headache_days) <= 0.9
    assert 0.1 <= sum(e.spasm_episodes is not None for e in entries) / len(entries) <= 0.6
    triggers = Counter(t for e in entries for t in e.triggers)
    assert set(triggers) <= {
        "stress",
        "poor sleep",
        "red wine",
        "weather",
        "bright light",
        "skipped meal",
    }
    assert len(triggers) >= 5
    assert 0.01 <= sum(bool(e.notes) for e in entries) / len(entries) <= 0.1


def test_medication_is_mostly_analgesics_and_triptans(journal: DemoJournal) -> None:
    days_by_class = Counter(
        dose.medication_class for entry in journal.entries for dose in entry.medication
    )
    assert days_by_class[MedicationClass.SIMPLE_ANALGESIC] > 0
    assert days_by_class[MedicationClass.TRIPTAN] > 0
    combination = days_by_class[MedicationClass.COMBINATION_ANALGESIC]
    assert 0 < combination < days_by_class[MedicationClass.TRIPTAN] / 5
    opioid_days = [e.day for e in journal.entries if e.medication_count(MedicationClass.OPIOID) > 0]
    assert all((b - a).days >= 365 for a, b in pairwise(opioid_days))
    assert days_by_class[MedicationClass.OTHER] == 0


def test_a_few_months_cross_an_overuse_threshold(journal: DemoJournal) -> None:
    triptan: Counter[tuple[int, int]] = Counter()
    simple: Counter[tuple[int, int]] = Counter()
    for entry in journal.entries:
        month = (entry.day.year, entry.day.month)
        triptan[month] += entry.medication_count(MedicationClass.TRIPTAN) >= 1
        simple[month] += entry.medication_count(MedicationClass.SIMPLE_ANALGESIC) >= 1
    months = {(e.day.year, e.day.month) for e in journal.entries}
    overused = [m for m in months if triptan[m] >= 10 or simple[m] >= 15]
    assert 1 <= len(overused) <= 0.25 * len(months)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_months_before_treatment_overuse_triptans_whatever_the_seed(seed: int) -> None:
    journal = generate_demo(end=END, years=3, seed=seed)
    first_injection = journal.injections[0].day
    triptan_days = Counter(
        (e.day.year, e.day.month)
        for e in journal.entries
        if e.day < first_injection + dt.timedelta(days=60)
        and e.medication_count(MedicationClass.TRIPTAN) >= 1
    )
    assert max(triptan_days.values()) >= 10


def test_side_effects_follow_injections(journal: DemoJournal) -> None:
    days = session_days(journal.injections)
    with_effects = [e for e in journal.entries if e.side_effects]
    assert with_effects
    for entry in with_effects:
        since = [(entry.day - d).days for d in days if d <= entry.day]
        assert since and 0 <= min(since) < 14, entry.day
    kinds = Counter(effect for e in with_effects for effect in e.side_effects)
    assert kinds[SideEffect.NECK_PAIN] > 0
    other = [e for e in journal.entries if SideEffect.OTHER in e.side_effects]
    assert len(other) == 1
    assert other[0].side_effect_other
    swallowing_sessions = {
        max(d for d in days if d <= e.day)
        for e in with_effects
        if SideEffect.DIFFICULTY_SWALLOWING in e.side_effects
    }
    assert len(swallowing_sessions) <= max(1, len(days) // 10), "rarely"


# Response to treatment --------------------------------------------------------------------


# Each symptom is relieved by its own track's injections.
TREATED = [
    (Metric.HEADACHE, Indication.CHRONIC_MIGRAINE),
    (Metric.SPASM, Indication.CERVICAL_DYSTONIA),
]


@pytest.mark.parametrize(("metric", "indication"), TREATED)
def test_symptoms_drop_by_a_third_to_two_thirds_after_injections(
    journal: DemoJournal, metric: Metric, indication: Indication
) -> None:
    by_day = {entry.day: entry for entry in journal.entries}
    before: list[int] = []
    after: list[int] = []
    for day in session_days(journal.injections, indication):
        before += logged_values(by_day, day - 28 * DAY, day - DAY, metric)
        after += logged_values(by_day, day + 28 * DAY, day + 56 * DAY, metric)
    drop = 1 - mean(after) / mean(before)
    assert 0.3 <= drop <= 0.65


def test_every_dystonia_cycle_but_one_relieves_the_spasms(journal: DemoJournal) -> None:
    by_day = {entry.day: entry for entry in journal.entries}
    days = session_days(journal.injections, Indication.CERVICAL_DYSTONIA)
    untreated = mean(logged_values(by_day, journal.entries[0].day, days[0] - DAY, Metric.SPASM))
    complete = [day for day in days if day + 56 * DAY <= journal.entries[-1].day]
    relieved = [
        mean(logged_values(by_day, day + 28 * DAY, day + 56 * DAY, Metric.SPASM)) / untreated
        for day in complete
    ]
    assert sum(share >= 0.8 for share in relieved) == 1


def test_the_cycle_that_did_not_work_shows_no_onset(journal: DemoJournal) -> None:
    # Headache days are too few a month to tell one failed cycle from the data alone, as the
    # spasm test does; the analytics tell it (and one other cycle at most, by chance).
    analysis = analysed(journal)
    for indication in (Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA):
        judged = [c for c in analysis.cycles(indication) if c.length_days >= 56]
        missed = [c for c in judged if c.verdict.onset_status is OnsetStatus.NOT_DETECTED]
        assert 1 <= len(missed) <= 2, indication


def test_migraine_settles_over_the_first_six_months(twenty_years: DemoJournal) -> None:
    first = twenty_years.injections[0].day
    headache = [e for e in twenty_years.entries if e.headache_severity is not None]

    def headache_day_share(start: int, stop: int) -> float:
        days = [
            e.headache_severity >= 1
            for e in headache
            if start <= (e.day - first).days < stop and e.headache_severity is not None
        ]
        return sum(days) / len(days)

    assert (
        headache_day_share(-42, 0) > headache_day_share(0, 180) > headache_day_share(365, 365 * 19)
    )


# What the analytics (PRODUCT.md §4 v2) find in it ---------------------------------------------


def analysed(journal: DemoJournal) -> Analysis:
    return Analysis.of(journal.entries, journal.injections, journal.profile, END)


def test_the_dystonia_track_pauses_and_restarts_in_a_new_course(journal: DemoJournal) -> None:
    analysis = analysed(journal)
    assert len(analysis.track(Indication.CHRONIC_MIGRAINE).courses) == 1
    first, second = analysis.track(Indication.CERVICAL_DYSTONIA).courses
    assert (second.first_day - first.sessions[-1].day).days > 180
    restart = next(c for c in analysis.cycles(Indication.CERVICAL_DYSTONIA) if c.course == 2)
    assert restart.reference is not None
    assert restart.reference.kind is ReferenceKind.BEFORE_COURSE
    assert restart.verdict.onset_status is OnsetStatus.EXPECTED
    assert "break" in restart.session.injections[0].notes


def test_one_dystonia_dose_still_holds_at_the_next_session(journal: DemoJournal) -> None:
    cycles = analysed(journal).cycles(Indication.CERVICAL_DYSTONIA)
    carried = [c for c in cycles if c.verdict.onset_status is OnsetStatus.CARRIED_OVER]
    assert len(carried) == 1


def test_some_months_overuse_across_classes(journal: DemoJournal) -> None:
    months = analysed(journal).monthly
    across = [m for m in months if Overuse.MULTIPLE_CLASSES in m.overuse]
    assert 1 <= len(across) <= 0.2 * len(months)


@pytest.mark.parametrize("indication", [Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA])
def test_relief_mostly_starts_in_the_expected_window(
    journal: DemoJournal, indication: Indication
) -> None:
    analysis = analysed(journal)
    statuses = [c.verdict.onset_status for c in analysis.cycles(indication)]
    assert statuses.count(OnsetStatus.EXPECTED) >= 0.5 * len(statuses)
    summary = analysis.summary(indication)
    window = default_windows(indication)
    assert summary is not None and summary.cycles == 4
    assert summary.onset_day is not None
    assert window.onset_min_days <= summary.onset_day <= window.onset_max_days
    assert summary.days_without_relief is not None and 0 < summary.days_without_relief < 45


def test_both_tracks_are_current_at_the_end(journal: DemoJournal) -> None:
    current = analysed(journal).current_tracks
    assert {c.indication for c in current} == {
        Indication.CHRONIC_MIGRAINE,
        Indication.CERVICAL_DYSTONIA,
    }
    assert analysed(journal).as_of.quiet is False


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_every_seed_has_a_restart_a_carried_over_cycle_and_overuse_across_classes(
    seed: int,
) -> None:
    analysis = analysed(generate_demo(end=END, years=3, seed=seed))
    cycles = analysis.cycles(Indication.CERVICAL_DYSTONIA)
    assert len(analysis.track(Indication.CERVICAL_DYSTONIA).courses) == 2
    assert any(c.verdict.onset_status is OnsetStatus.CARRIED_OVER for c in cycles)
    assert any(Overuse.MULTIPLE_CLASSES in m.overuse for m in analysis.monthly)


# Speed ------------------------------------------------------------------------------------


def test_twenty_years_generate_well_under_half_a_second() -> None:
    best = min(_timed(lambda: generate_demo(end=END, years=20)) for _ in range(3))
    assert best < 0.5


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start
