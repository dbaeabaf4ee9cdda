"""Properties of the §4 analytics on generated journals, checked against brute-force definitions."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Metric,
    Product,
)
from journal_app.domain.trends import (
    BASELINE_DAYS,
    BASELINE_MIN_LOGGED,
    HOLD_DAYS,
    IMPROVEMENT_RATIO,
    MIN_LOGGED_DAYS,
    OVERUSE_THRESHOLDS,
    WINDOW_DAYS,
    Cycle,
    DailySeries,
    JournalTrends,
    OnsetStatus,
    monthly_counts,
    sessions,
)

START = dt.date(2023, 11, 20)
Journal = tuple[list[Entry], list[Injection]]


@st.composite
def day_values(draw: st.DrawFn) -> list[int | None]:
    """Piecewise-level severities (so that cycles really improve and wear off), some unlogged."""
    segments = draw(
        st.lists(st.tuples(st.integers(1, 35), st.integers(0, 10)), min_size=1, max_size=6)
    )
    values: list[int | None] = [level for length, level in segments for _ in range(length)]
    for i in draw(st.sets(st.integers(0, len(values) - 1), max_size=len(values) // 2)):
        values[i] = None
    return values


@st.composite
def injections(draw: st.DrawFn, span: int) -> Injection:
    onset_min, reinjection_min = draw(st.integers(0, 40)), draw(st.integers(1, 150))
    windows = ExpectedWindows(
        onset_min,
        onset_min + draw(st.integers(0, 30)),
        reinjection_min,
        reinjection_min + draw(st.integers(0, 60)),
    )
    return Injection(
        day=START + dt.timedelta(days=draw(st.integers(-20, span + 10))),
        product=draw(st.sampled_from([Product.ONABOTULINUMTOXIN_A, Product.ABOBOTULINUMTOXIN_A])),
        units=float(draw(st.integers(1, 500))),
        indication=draw(st.sampled_from(list(Indication))),
        windows=windows,
    )


@st.composite
def journals(draw: st.DrawFn) -> Journal:
    spasm, headache = draw(day_values()), draw(day_values())
    span = max(len(spasm), len(headache))
    triptan_days = draw(st.sets(st.integers(0, span - 1), max_size=40))
    entries = []
    for i in range(span):
        s = spasm[i] if i < len(spasm) else None
        h = headache[i] if i < len(headache) else None
        meds = (MedicationDose(MedicationClass.TRIPTAN, 1),) if i in triptan_days else ()
        if s is not None or h is not None or meds:
            entries.append(Entry(START + dt.timedelta(days=i), s, h, medication=meds))
    return entries, draw(st.lists(injections(span), max_size=4))


# --- brute force, straight from PRODUCT.md §4 ---------------------------------------------------


def logged(entries: list[Entry], metric: Metric, first: dt.date, last: dt.date) -> list[int]:
    return [v for e in entries if first <= e.day <= last and (v := e.severity(metric)) is not None]


def brute_trailing_mean(entries: list[Entry], metric: Metric, day: dt.date) -> float | None:
    values = logged(entries, metric, day - dt.timedelta(days=WINDOW_DAYS[metric] - 1), day)
    return sum(values) / len(values) if len(values) >= MIN_LOGGED_DAYS[metric] else None


def brute_onset_and_wear_off(
    means: dict[int, float | None], baseline: float, length: int
) -> tuple[int | None, int | None]:
    def improved(k: int) -> bool | None:
        mean = means[k]
        return None if mean is None else mean <= IMPROVEMENT_RATIO * baseline + 1e-9

    def holds(k: int, wanted: bool) -> bool:
        return improved(k) is wanted and all(
            improved(j) in (None, wanted) for j in range(k, k + HOLD_DAYS)
        )

    days = range(1, length - HOLD_DAYS + 2)
    onset = next((k for k in days if holds(k, True)), None)
    if onset is None:
        return None, None
    return onset, next((k for k in days if k > onset and holds(k, False)), None)


def check_against_definitions(entries: list[Entry], cycle: Cycle, next_day: dt.date | None) -> None:
    metric, d = cycle.metric, cycle.session.day
    days_logged = [e.day for e in entries if e.severity(metric) is not None]
    if next_day is not None:
        length = (next_day - d).days - 1
    else:
        # §4 ends the last cycle at the last logged day; one logged before D has no days yet.
        length = max((max(days_logged) - d).days, 0) if days_logged else 0
    assert cycle.length_days == length

    before = logged(entries, metric, d - dt.timedelta(days=BASELINE_DAYS), d - dt.timedelta(1))
    baseline = sum(before) / len(before) if len(before) >= BASELINE_MIN_LOGGED else None
    assert cycle.baseline == baseline

    means = {
        k: brute_trailing_mean(entries, metric, d + dt.timedelta(days=k))
        for k in range(1, length + 1)
    }
    assert cycle.curve == tuple((k, m) for k, m in means.items() if m is not None)

    if baseline is None or baseline == 0:
        assert (cycle.onset_day, cycle.wear_off_day, cycle.peak_improvement_pct) == (None,) * 3
        return
    assert (cycle.onset_day, cycle.wear_off_day) == brute_onset_and_wear_off(
        means, baseline, length
    )
    changes = [(baseline - m) / baseline * 100 for m in means.values() if m is not None]
    if changes:
        assert cycle.peak_improvement_pct is not None
        assert abs(cycle.peak_improvement_pct - max(changes)) < 1e-9
    else:
        assert cycle.peak_improvement_pct is None


# --- properties ---------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(journals())
def test_onset_and_wear_off_stay_inside_the_cycle(journal: Journal) -> None:
    entries, injected = journal
    for cycle in JournalTrends(entries, injected).all_cycles():
        if cycle.onset_day is not None:
            assert cycle.onset_day >= 1
            assert cycle.onset_day + HOLD_DAYS - 1 <= cycle.length_days
        if cycle.wear_off_day is not None:
            assert cycle.onset_day is not None
            assert cycle.wear_off_day > cycle.onset_day
            assert cycle.wear_off_day + HOLD_DAYS - 1 <= cycle.length_days
        assert all(1 <= k <= cycle.length_days for k, _ in cycle.curve)


@settings(max_examples=60, deadline=None)
@given(journals())
def test_onset_status_matches_onset_and_window(journal: Journal) -> None:
    entries, injected = journal
    for cycle in JournalTrends(entries, injected).all_cycles():
        a, b = cycle.onset_window
        assert (a, b) == (
            cycle.injection.windows.onset_min_days,
            cycle.injection.windows.onset_max_days,
        )
        onset = cycle.onset_day
        expected = (
            OnsetStatus.NOT_DETECTED
            if onset is None
            else OnsetStatus.EARLY
            if onset < a
            else OnsetStatus.LATE
            if onset > b
            else OnsetStatus.EXPECTED
        )
        assert cycle.onset_status is expected


@settings(max_examples=60, deadline=None)
@given(journals())
def test_cycles_follow_the_definitions(journal: Journal) -> None:
    entries, injected = journal
    found = JournalTrends(entries, injected).all_cycles()
    grouped = sessions(injected)
    assert [c.session for c in found] == [s for s in grouped for _ in CHARTED_METRICS]
    assert [c.metric for c in found] == [
        m for _ in grouped for m in (Metric.SPASM, Metric.HEADACHE)
    ]
    next_days = [s.day for s in grouped[1:]] + [None]
    for i, cycle in enumerate(found):
        check_against_definitions(entries, cycle, next_days[i // 2])
        same_product = [
            j.units for j in cycle.session.injections if j.product is cycle.injection.product
        ]
        assert cycle.units == sum(same_product)
        assert cycle.is_latest == (i // 2 == len(grouped) - 1)


@settings(max_examples=60, deadline=None)
@given(journals(), st.sampled_from(CHARTED_METRICS))
def test_trailing_means_match_brute_force_and_stay_in_range(
    journal: Journal, metric: Metric
) -> None:
    entries, _ = journal
    series = DailySeries.from_entries(entries, metric)
    first, last = entries[0].day, entries[-1].day
    for offset in range(-3, (last - first).days + WINDOW_DAYS[metric] + 2):
        day = first + dt.timedelta(days=offset)
        mean = series.trailing_mean(day)
        assert mean == brute_trailing_mean(entries, metric, day)
        assert mean is None or 0 <= mean <= 10


@settings(max_examples=60, deadline=None)
@given(journals())
def test_monthly_counts_stay_within_the_month(journal: Journal) -> None:
    entries, _ = journal
    counts = monthly_counts(entries)
    months = {(e.day.year, e.day.month) for e in entries}
    assert {(c.month.year, c.month.month) for c in counts} >= months
    for count in counts:
        days_in_month = calendar.monthrange(count.month.year, count.month.month)[1]
        assert 0 <= count.headache_days <= count.logged_days <= days_in_month
        in_month = [e for e in entries if e.day.replace(day=1) == count.month]
        assert count.logged_days == sum(e.headache_severity is not None for e in in_month)
        triptan = sum(e.medication_count(MedicationClass.TRIPTAN) >= 1 for e in in_month)
        assert count.medication_days[MedicationClass.TRIPTAN] == triptan
        overused = triptan >= OVERUSE_THRESHOLDS[MedicationClass.TRIPTAN]
        assert (MedicationClass.TRIPTAN in count.overused) == overused
    consecutive = [(c.month.year * 12 + c.month.month) for c in counts]
    assert consecutive == list(range(consecutive[0], consecutive[0] + len(counts)))
