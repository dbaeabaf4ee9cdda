"""PRODUCT.md §4 pinned on small hand-built journals whose numbers are worked out by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pytest

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
    OVERUSE_THRESHOLDS,
    DailySeries,
    JournalTrends,
    MonthCount,
    OnsetStatus,
    all_cycles,
    current_cycle,
    cycles,
    daily_points,
    latest_verdict,
    migraine_response,
    monthly_counts,
    onset_and_wear_off,
    onset_status,
    sessions,
    trailing_mean_series,
)
from journal_app.domain.windows import WindowState, default_windows

D = dt.date(2024, 3, 1)  # the injection day of most journals below
BOTOX = Product.ONABOTULINUMTOXIN_A
DYSPORT = Product.ABOBOTULINUMTOXIN_A
XEOMIN = Product.INCOBOTULINUMTOXIN_A
CD = Indication.CERVICAL_DYSTONIA
CM = Indication.CHRONIC_MIGRAINE


def at(offset: int) -> dt.date:
    return D + dt.timedelta(days=offset)


def spasm(values: Mapping[int, int]) -> list[Entry]:
    return [Entry(at(k), spasm_severity=v) for k, v in sorted(values.items())]


def headache(values: Mapping[int, int]) -> list[Entry]:
    return [Entry(at(k), headache_severity=v) for k, v in sorted(values.items())]


def journal(spasm_values: Mapping[int, int], headache_values: Mapping[int, int]) -> list[Entry]:
    """One entry per day, with whichever of the two severities that day has."""
    days = sorted(set(spasm_values) | set(headache_values))
    return [Entry(at(k), spasm_values.get(k), headache_values.get(k)) for k in days]


def injection(
    offset: int = 0,
    indication: Indication = CD,
    product: Product = BOTOX,
    units: float = 100.0,
    windows: ExpectedWindows | None = None,
) -> Injection:
    return Injection(at(offset), product, units, indication, windows or default_windows(indication))


def onset_window(a: int, b: int) -> ExpectedWindows:
    return ExpectedWindows(a, b, 112, 140)


def responder(skip: range = range(0)) -> dict[int, int]:
    """Spasm 10 on days −28…9, 2 on days 10…39, 10 again on days 40…60.

    Baseline [−28, −1] = 10, so improved means a trailing mean ≤ 7.
    TM(k) for 10 ≤ k ≤ 16 holds n = k−9 twos: 10 − 8n/7; k=11: 54/7 ≈ 7.71, k=12: 46/7 ≈ 6.57,
    so onset is day 12 and the means keep falling to 2 (k = 16…39): peak (10−2)/10 = 80 %.
    TM(k) for 40 ≤ k ≤ 46 holds n = k−39 tens: 2 + 8n/7; k=43: 46/7, k=44: 54/7 > 7, so wear-off
    is day 44. The last logged day is 60, so the (only) cycle has L = 60.
    """
    values = {k: 10 for k in range(-28, 10)}
    values |= {k: 2 for k in range(10, 40)}
    values |= {k: 10 for k in range(40, 61)}
    return {k: v for k, v in values.items() if k not in skip}


# --- trailing means -------------------------------------------------------------------------


def test_spasm_trailing_mean_needs_four_of_seven_logged_days() -> None:
    # Window of day 6 is days 0…6; day −1 lies outside it.
    three = DailySeries.from_entries(spasm({-1: 10, 0: 2, 2: 4, 4: 6}), Metric.SPASM)
    four = DailySeries.from_entries(spasm({-1: 10, 0: 2, 2: 4, 4: 6, 6: 8}), Metric.SPASM)
    assert three.trailing_mean(at(6)) is None
    assert four.trailing_mean(at(6)) == pytest.approx((2 + 4 + 6 + 8) / 4)


def test_headache_trailing_mean_needs_seven_of_fourteen_logged_days() -> None:
    six = {0: 1, 2: 1, 4: 1, 6: 1, 8: 1, 10: 1}
    seven = six | {12: 8}
    assert DailySeries.from_entries(headache(six), Metric.HEADACHE).trailing_mean(at(13)) is None
    series = DailySeries.from_entries(headache(seven), Metric.HEADACHE)
    assert series.trailing_mean(at(13)) == pytest.approx(14 / 7)


def test_trailing_mean_counts_zero_headache_as_logged() -> None:
    series = DailySeries.from_entries(headache({k: 0 for k in range(7)}), Metric.HEADACHE)
    assert series.trailing_mean(at(6)) == 0.0


def test_trailing_mean_stays_defined_while_the_window_still_holds_enough_days() -> None:
    # Spasm 4 on days 0…6. Day 9's window 3…9 holds days 3…6 (four); day 10's only three.
    series = DailySeries.from_entries(spasm({k: 4 for k in range(7)}), Metric.SPASM)
    assert series.trailing_mean(at(9)) == 4.0
    assert series.trailing_mean(at(10)) is None
    assert series.trailing_mean(at(-1)) is None


def test_series_values_and_span() -> None:
    series = DailySeries.from_entries(spasm({5: 3, 1: 7}), Metric.SPASM)
    assert (series.first_day, series.last_day) == (at(1), at(5))
    assert [series.value(at(k)) for k in range(7)] == [None, 7, None, None, None, 3, None]
    assert series.mean_between(at(0), at(5), 2) == 5.0
    assert series.mean_between(at(0), at(5), 3) is None
    empty = DailySeries.from_entries(headache({}), Metric.HEADACHE)
    assert (empty.first_day, empty.last_day, empty.trailing_mean(at(0))) == (None, None, None)


def test_trailing_mean_series_runs_from_first_to_last_logged_day_where_defined() -> None:
    # Days 0…6 logged 1…7: defined from day 3 (four logged) to the last logged day 6.
    entries = spasm({k: k + 1 for k in range(7)})
    assert trailing_mean_series(entries, Metric.SPASM) == [
        (at(3), 10 / 4),
        (at(4), 15 / 5),
        (at(5), 21 / 6),
        (at(6), 28 / 7),
    ]


def test_daily_points_are_logged_days_oldest_first() -> None:
    entries = [Entry(at(2), spasm_severity=5), Entry(at(0), headache_severity=3)]
    entries.append(Entry(at(1), spasm_severity=0, headache_severity=None))
    assert daily_points(entries, Metric.SPASM) == [(at(1), 0), (at(2), 5)]
    assert daily_points(entries, Metric.HEADACHE) == [(at(0), 3)]


# --- sessions and cycle lengths ---------------------------------------------------------------


def test_same_day_injections_form_one_session_and_units_add_within_a_product() -> None:
    botox_cd = injection(0, CD, BOTOX, 100)
    dysport = injection(0, Indication.SPASTICITY, DYSPORT, 500)
    botox_bleph = injection(0, Indication.BLEPHAROSPASM, BOTOX, 50)
    later = injection(120, CD, BOTOX, 90)
    found = sessions([later, botox_cd, dysport, botox_bleph])
    assert [s.day for s in found] == [at(0), at(120)]
    assert found[0].injections == (botox_cd, dysport, botox_bleph)
    first = cycles(spasm(responder()), [botox_cd, dysport, botox_bleph, later], Metric.SPASM)[0]
    assert first.injection == botox_cd
    assert first.units == 150  # 100 + 50 Botox; the 500 Dysport units are never added


def test_units_follow_the_representative_product() -> None:
    dysport, botox = injection(0, CD, DYSPORT, 500), injection(0, CD, BOTOX, 100)
    assert cycles([], [dysport, botox], Metric.SPASM)[0].units == 500


def test_representative_injection_per_metric() -> None:
    botox_cd = injection(0, CD, BOTOX, 50)
    xeomin_cm = injection(0, CM, XEOMIN, 155)
    found = all_cycles([], [botox_cd, xeomin_cm])
    assert [(c.metric, c.injection, c.units) for c in found] == [
        (Metric.SPASM, botox_cd, 50),
        (Metric.HEADACHE, xeomin_cm, 155),
    ]
    only_migraine = cycles([], [xeomin_cm], Metric.SPASM)[0]
    assert only_migraine.injection == xeomin_cm


def test_cycle_ends_the_day_before_the_next_session() -> None:
    found = cycles(spasm(responder()), [injection(0), injection(90)], Metric.SPASM)
    # The last would run to the last logged day, 60, which is before it: it has no days yet.
    assert [c.length_days for c in found] == [89, 0]
    assert [c.is_latest for c in found] == [False, True]


def test_last_cycle_runs_to_the_metrics_last_logged_day() -> None:
    entries = journal({k: 5 for k in range(41)}, {k: 5 for k in range(31)})
    by_metric = {c.metric: c for c in all_cycles(entries, [injection(0)])}
    assert by_metric[Metric.SPASM].length_days == 40
    assert by_metric[Metric.HEADACHE].length_days == 30
    # Logging starts on day 0, so the first window with four logged days ends on day 3.
    assert [k for k, _ in by_metric[Metric.SPASM].curve] == list(range(3, 41))


def test_a_cycle_without_days_has_nothing_defined() -> None:
    # Injected on day 65, five days after the last logged day: no day of the cycle yet.
    cycle = cycles(spasm(responder()), [injection(65)], Metric.SPASM)[0]
    assert cycle.length_days == 0
    assert cycle.curve == ()
    assert (cycle.onset_day, cycle.wear_off_day, cycle.peak_improvement_pct) == (None, None, None)
    assert cycle.onset_status is OnsetStatus.NOT_DETECTED


# --- baseline --------------------------------------------------------------------------------


def test_baseline_needs_seven_logged_days_in_the_28_before_injection() -> None:
    # Six 7s inside [−28, −1]; day −29 and the injection day 0 are outside it.
    six = {-29: 0, -28: 7, -20: 7, -15: 7, -10: 7, -5: 7, -1: 7, 0: 0}
    assert cycles(spasm(six), [injection(0)], Metric.SPASM)[0].baseline is None
    seven = six | {-2: 0}
    assert cycles(spasm(seven), [injection(0)], Metric.SPASM)[0].baseline == 42 / 7


def test_zero_baseline_leaves_onset_peak_and_wear_off_undefined() -> None:
    cycle = cycles(spasm({k: 0 for k in range(-28, 40)}), [injection(0)], Metric.SPASM)[0]
    assert cycle.baseline == 0.0
    assert len(cycle.curve) == 39
    assert (cycle.onset_day, cycle.wear_off_day, cycle.peak_improvement_pct) == (None, None, None)
    assert cycle.onset_status is OnsetStatus.NOT_DETECTED


# --- onset, wear-off, peak -------------------------------------------------------------------


def test_responder_onset_peak_and_wear_off() -> None:
    cycle = cycles(spasm(responder()), [injection(0)], Metric.SPASM)[0]
    assert cycle.baseline == 10.0
    assert cycle.length_days == 60
    assert cycle.onset_day == 12
    assert cycle.onset_status is OnsetStatus.EXPECTED  # spasm window 7–28
    assert cycle.onset_window == (7, 28)
    assert cycle.peak_improvement_pct == pytest.approx(80.0)
    assert cycle.wear_off_day == 44
    curve = dict(cycle.curve)
    assert curve[11] == pytest.approx(54 / 7)
    assert curve[12] == pytest.approx(46 / 7)
    assert curve[44] == pytest.approx(54 / 7)


def test_undefined_days_inside_the_hold_do_not_break_onset() -> None:
    # Days 14…17 unlogged: the windows of days 17…20 hold only three logged days (e.g. day 17:
    # 11, 12, 13), so TM is undefined there, while days 12…16 stay improved (day 14: (2·10 +
    # 4·2)/6 ≈ 4.67). The hold 12…18 has no defined day that is not improved: onset stays 12.
    # Requiring every day of the hold to be defined would push onset to day 21.
    series = DailySeries.from_entries(spasm(responder(skip=range(14, 18))), Metric.SPASM)
    assert [series.trailing_mean(at(k)) for k in range(17, 21)] == [None] * 4
    assert series.trailing_mean(at(14)) == pytest.approx(28 / 6)
    cycle = cycles(spasm(responder(skip=range(14, 18))), [injection(0)], Metric.SPASM)[0]
    assert cycle.onset_day == 12


def test_onset_in_the_last_six_days_of_a_cycle_is_not_detected() -> None:
    # Onset needs day 12 + 6 ≤ L. The next injection on day 18 gives L = 17; on day 19, L = 18.
    short = cycles(spasm(responder()), [injection(0), injection(18)], Metric.SPASM)[0]
    assert short.length_days == 17
    assert short.onset_day is None
    assert short.onset_status is OnsetStatus.NOT_DETECTED
    enough = cycles(spasm(responder()), [injection(0), injection(19)], Metric.SPASM)[0]
    assert enough.onset_day == 12


def test_wear_off_needs_its_whole_hold_inside_the_cycle() -> None:
    # Wear-off day 44 needs 44 + 6 ≤ L: L = 50 (next injection day 51) but not L = 49.
    entries = spasm(responder())
    assert cycles(entries, [injection(0), injection(51)], Metric.SPASM)[0].wear_off_day == 44
    assert cycles(entries, [injection(0), injection(50)], Metric.SPASM)[0].wear_off_day is None


@pytest.mark.parametrize(
    ("window", "status"),
    [
        ((14, 28), OnsetStatus.EARLY),
        ((12, 12), OnsetStatus.EXPECTED),
        ((7, 28), OnsetStatus.EXPECTED),
        ((7, 11), OnsetStatus.LATE),
    ],
)
def test_onset_status_against_the_injections_window(
    window: tuple[int, int], status: OnsetStatus
) -> None:
    inj = injection(0, windows=onset_window(*window))
    assert cycles(spasm(responder()), [inj], Metric.SPASM)[0].onset_status is status


def test_onset_status_boundaries() -> None:
    assert [onset_status(k, (7, 28)) for k in (6, 7, 28, 29, None)] == [
        OnsetStatus.EARLY,
        OnsetStatus.EXPECTED,
        OnsetStatus.EXPECTED,
        OnsetStatus.LATE,
        OnsetStatus.NOT_DETECTED,
    ]


def test_improved_includes_exactly_seventy_percent_of_baseline() -> None:
    # 0.7 × 3 is 2.0999999999999996 in floating point; a mean of 2.1 must still count.
    assert onset_and_wear_off([2.1] * 7, 3.0) == (1, None)
    assert onset_and_wear_off([7.0] * 7, 10.0) == (1, None)
    assert onset_and_wear_off([7.01] * 7, 10.0) == (None, None)


def test_onset_and_wear_off_on_plain_mean_lists() -> None:
    assert onset_and_wear_off([6.0, None, None, 6.0, 6.0, 6.0, 6.0], 10.0) == (1, None)
    # Day 2 (8) is not improved and breaks the hold from day 1; day 3's hold would end on day 9.
    assert onset_and_wear_off([6.0, 8.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0], 10.0) == (None, None)
    # Onset 1; day 8 (9) is not improved but day 10 is: no wear-off from 8; from 11 on it holds.
    means: list[float | None] = [5.0] * 7 + [9.0, None, 5.0] + [9.0] * 7
    assert onset_and_wear_off(means, 10.0) == (1, 11)
    assert onset_and_wear_off([9.0] * 20, 10.0) == (None, None)


def test_peak_is_negative_when_it_got_worse() -> None:
    # Baseline 5; from day 0 on, 10 every day. The smallest TM is day 1's window −5…1:
    # (5·5 + 2·10)/7 = 45/7, so peak = (5 − 45/7)/5 = −2/7 ≈ −28.6 %.
    values = {k: 5 for k in range(-28, 0)} | {k: 10 for k in range(0, 21)}
    cycle = cycles(spasm(values), [injection(0)], Metric.SPASM)[0]
    assert cycle.peak_improvement_pct == pytest.approx(-200 / 7)
    assert cycle.onset_day is None


# --- monthly counts ---------------------------------------------------------------------------


def dose(cls: MedicationClass, count: int = 1) -> tuple[MedicationDose, ...]:
    return (MedicationDose(cls, count),)


def monthly_journal() -> list[Entry]:
    """January 2023 and March 2023; nothing at all in February."""
    entries = []
    meds: tuple[MedicationDose, ...]
    for d in range(1, 21):  # Jan 1…20 headache logged, ≥ 1 on Jan 1…12
        meds = ()
        if d <= 10:
            meds += dose(MedicationClass.TRIPTAN)  # 10 days: exactly the threshold
        if d <= 14:
            meds += dose(MedicationClass.SIMPLE_ANALGESIC, 3)  # 14 days: one short
        severity = 4 if d <= 12 else 0
        entries.append(Entry(dt.date(2023, 1, d), headache_severity=severity, medication=meds))
    # Spasm only, with medication: not a headache-logged day, but a medication day.
    entries.append(
        Entry(
            dt.date(2023, 1, 25),
            spasm_severity=3,
            medication=dose(MedicationClass.COMBINATION_ANALGESIC, 2),
        )
    )
    for d in range(1, 16):  # Mar 1…15
        meds = dose(MedicationClass.SIMPLE_ANALGESIC) + dose(MedicationClass.OTHER)
        if d <= 9:
            meds += dose(MedicationClass.TRIPTAN)
        entries.append(Entry(dt.date(2023, 3, d), headache_severity=5, medication=meds))
    return entries


def test_monthly_counts_with_an_empty_month_and_overuse_at_the_threshold() -> None:
    counts = monthly_counts(monthly_journal())
    zero = dict.fromkeys(MedicationClass, 0)
    assert [c.month for c in counts] == [
        dt.date(2023, 1, 1),
        dt.date(2023, 2, 1),
        dt.date(2023, 3, 1),
    ]
    january, february, march = counts
    assert (january.logged_days, january.headache_days) == (20, 12)
    assert dict(january.medication_days) == zero | {
        MedicationClass.TRIPTAN: 10,
        MedicationClass.SIMPLE_ANALGESIC: 14,
        MedicationClass.COMBINATION_ANALGESIC: 1,
    }
    assert january.overused == {MedicationClass.TRIPTAN}
    assert february == MonthCount(dt.date(2023, 2, 1), 0, 0, zero, frozenset())
    assert (march.logged_days, march.headache_days) == (15, 15)
    assert dict(march.medication_days) == zero | {
        MedicationClass.SIMPLE_ANALGESIC: 15,
        MedicationClass.OTHER: 15,
        MedicationClass.TRIPTAN: 9,
    }
    assert march.overused == {MedicationClass.SIMPLE_ANALGESIC}  # "other" has no threshold
    assert MedicationClass.OTHER not in OVERUSE_THRESHOLDS


def test_monthly_counts_of_an_empty_journal() -> None:
    assert monthly_counts([]) == []


# --- migraine response ------------------------------------------------------------------------

TODAY = at(200)


def response_days(
    recent_logged: int, recent_headache: int, before_headache: int = 20
) -> dict[int, int]:
    """28 logged days before day 0, headache ≥ 1 on ``before_headache`` of them; in the last 28
    days up to TODAY (days 173…200), every other day logged, headache ≥ 1 on some."""
    before = {k: (6 if k < -28 + before_headache else 0) for k in range(-28, 0)}
    recent_days = list(range(200, 172, -2))[:recent_logged]
    recent = {k: (3 if i < recent_headache else 0) for i, k in enumerate(recent_days)}
    return before | recent


def response_journal(
    recent_logged: int, recent_headache: int, before_headache: int = 20
) -> list[Entry]:
    return headache(response_days(recent_logged, recent_headache, before_headache))


@pytest.mark.parametrize(
    ("recent_headache", "recent_per_28", "change", "meets_30", "meets_50"),
    [
        (8, 16.0, -20.0, False, False),  # 8 × 28 / 14 = 16 against 20
        (7, 14.0, -30.0, True, False),  # exactly the 30 % mark
        (6, 12.0, -40.0, True, False),
        (5, 10.0, -50.0, True, True),  # exactly the 50 % mark
    ],
)
def test_migraine_response_against_the_30_and_50_percent_marks(
    recent_headache: int, recent_per_28: float, change: float, meets_30: bool, meets_50: bool
) -> None:
    injections = [injection(-100, CD), injection(0, CM), injection(90, CM)]
    response = migraine_response(response_journal(14, recent_headache), injections, TODAY)
    assert response is not None
    assert response.first_injection_day == at(0)
    assert response.before_per_28 == 20.0
    assert response.recent_per_28 == pytest.approx(recent_per_28)
    assert response.change_pct == pytest.approx(change)
    assert (response.meets_30, response.meets_50) == (meets_30, meets_50)


def test_migraine_response_needs_fourteen_logged_days_and_a_nonzero_before() -> None:
    injections = [injection(0, CM)]
    thin = migraine_response(response_journal(13, 2), injections, TODAY)
    assert thin is not None
    assert (thin.recent_per_28, thin.change_pct, thin.meets_30) == (None, None, False)
    free = migraine_response(response_journal(14, 2, before_headache=0), injections, TODAY)
    assert free is not None
    assert (free.before_per_28, free.recent_per_28, free.change_pct) == (0.0, 4.0, None)


def test_no_migraine_response_without_a_migraine_injection() -> None:
    assert migraine_response(response_journal(14, 5), [injection(0, CD)], TODAY) is None


# --- current cycle ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "day_number", "state", "days"),
    [
        (100, 100, WindowState.OPENS_IN, 12),  # opens on day 112
        (112, 112, WindowState.OPEN, 28),  # closes on day 140
        (140, 140, WindowState.OPEN, 0),
        (150, 150, WindowState.OVERDUE, 10),
    ],
)
def test_current_spasm_cycle_countdown(
    today: int, day_number: int, state: WindowState, days: int
) -> None:
    current = current_cycle([injection(-200), injection(0)], at(today))
    assert current is not None
    assert current.session.day == at(0)
    assert current.day_number == day_number
    assert (current.onset_opens, current.onset_closes) == (at(7), at(28))
    assert current.checkup == at(84)
    assert (current.reinjection.opens, current.reinjection.closes) == (at(112), at(140))
    assert (current.reinjection.state, current.reinjection.days) == (state, days)


def test_migraine_session_has_no_checkup() -> None:
    current = current_cycle([injection(0, CM)], at(23))
    assert current is not None
    assert current.checkup is None
    assert (current.onset_opens, current.onset_closes) == (at(14), at(28))
    assert (current.reinjection.opens, current.reinjection.closes) == (at(70), at(84))


def test_mixed_session_takes_the_earliest_window_and_the_spasm_checkup() -> None:
    current = current_cycle([injection(0, CM), injection(0, CD)], at(10))
    assert current is not None
    assert (current.onset_opens, current.onset_closes) == (at(14), at(28))  # first injection's
    assert current.checkup == at(84)
    assert (current.reinjection.opens, current.reinjection.closes) == (at(70), at(84))


def test_current_cycle_ignores_sessions_after_today() -> None:
    current = current_cycle([injection(0), injection(30)], at(29))
    assert current is not None
    assert (current.session.day, current.day_number) == (at(0), 29)
    assert current_cycle([injection(0)], at(-1)) is None
    assert current_cycle([], at(0)) is None


# --- latest verdict ---------------------------------------------------------------------------


def test_latest_verdict_prefers_the_sessions_own_metric() -> None:
    every_day = {k: 5 for k in range(-28, 60)}
    entries = journal(every_day, every_day)
    verdict = latest_verdict(entries, [injection(-90, CD), injection(0, CM)])
    assert verdict is not None
    assert (verdict.session.day, verdict.metric) == (at(0), Metric.HEADACHE)
    verdict = latest_verdict(entries, [injection(0, CD), injection(0, CM)])
    assert verdict is not None
    assert verdict.metric is Metric.SPASM


def test_latest_verdict_falls_back_to_the_other_metric_then_earlier_sessions() -> None:
    # Headache is only logged long before: the migraine session's spasm cycle has a baseline.
    entries = journal({k: 5 for k in range(-28, 60)}, {k: 5 for k in range(-130, -95)})
    verdict = latest_verdict(entries, [injection(0, CM)])
    assert verdict is not None
    assert verdict.metric is Metric.SPASM
    # Only headache, around an earlier session: the latest session (day 0) has no baseline.
    verdict = latest_verdict(
        headache({k: 5 for k in range(-130, -95)}),
        [
            injection(-100, CM),
            injection(0, CM),
        ],
    )
    assert verdict is not None
    assert (verdict.session.day, verdict.metric, verdict.baseline) == (
        at(-100),
        Metric.HEADACHE,
        5.0,
    )
    assert latest_verdict([], [injection(0)]) is None
    assert latest_verdict(entries, []) is None


# --- the shared bundle ------------------------------------------------------------------------


def test_journal_trends_agrees_with_the_functions() -> None:
    entries = journal(responder(), response_days(14, 6))
    entries += [e for e in monthly_journal() if e.day < entries[0].day]
    injections = [injection(-100, CD), injection(0, CM), injection(0, CD, DYSPORT, 300)]
    bundle = JournalTrends(entries, injections)
    assert bundle.all_cycles() == all_cycles(entries, injections)
    assert bundle.cycles(Metric.HEADACHE) == cycles(entries, injections, Metric.HEADACHE)
    assert bundle.latest_verdict() == latest_verdict(entries, injections)
    assert bundle.monthly_counts() == monthly_counts(entries)
    assert bundle.migraine_response(TODAY) == migraine_response(entries, injections, TODAY)
    assert bundle.current_cycle(TODAY) == current_cycle(injections, TODAY)
    for metric in CHARTED_METRICS:
        assert bundle.daily_points(metric) == daily_points(entries, metric)
        assert bundle.trailing_mean_series(metric) == trailing_mean_series(entries, metric)


def test_a_mixed_session_has_its_first_onset_earliest_reinjection_and_a_checkup() -> None:
    from journal_app.domain.trends import session_windows

    [session] = sessions([injection(0, Indication.CHRONIC_MIGRAINE), injection(0, CD)])
    windows = session_windows(session)
    assert windows.onset == (at(14), at(28))  # the migraine injection, recorded first
    assert windows.reinjection == (at(70), at(84))  # migraine's 70–84 comes before 112–140
    assert windows.checkup == at(84)  # the cervical dystonia injection's check-up
