"""Tracks, courses, references and each cycle's verdict (PRODUCT.md §4 v2), hand-computed.

Most journals here log spasm 6 for the 28 days before the first session (reference 6, so
"improved" means a level of at most 4.2) and 2 from some day on.
"""

from __future__ import annotations

import pytest

from journal_app.domain.analytics import OnsetStatus, ReferenceKind
from journal_app.domain.models import ExpectedWindows, Indication, Metric, Product, Profile
from tests.unit.analytics_journals import analyse, injection, journal_entries, runs, sessions

CD = Indication.CERVICAL_DYSTONIA
CM = Indication.CHRONIC_MIGRAINE
# 6 until day 9, 2 from day 10 to 59, 6 again from day 60 to 89.
RELIEF_DAYS_10_TO_59 = runs((-28, 9, 6), (10, 59, 2), (60, 89, 6))


def test_a_cycle_is_judged_on_its_centred_levels() -> None:
    # Level k = mean of days k-3 … k+3. k=9: (4×6 + 3×2)/7 = 4.29, not improved; k=10:
    # (3×6 + 4×2)/7 = 3.71, improved, and so are 11 … 16: onset 10, the day the change came.
    # k=59: (4×2 + 3×6)/7 = 3.71; k=60: (3×2 + 4×6)/7 = 4.29 and worse through 66: wear-off 60.
    analysis = analyse(journal_entries(spasm=RELIEF_DAYS_10_TO_59), sessions([0, 90]))
    first = analysis.cycles(CD)[0]
    assert (first.length_days, first.complete, first.metric) == (89, True, Metric.SPASM)
    assert first.reference is not None
    assert (first.reference.value, first.reference.kind) == (6, ReferenceKind.BEFORE_COURSE)
    assert first.pre_injection_level == 6
    verdict = first.verdict
    assert (verdict.onset_day, verdict.onset_status) == (10, OnsetStatus.EXPECTED)
    assert verdict.wear_off_day == 60
    assert verdict.peak_improvement_pct == pytest.approx(100 * 4 / 6)
    assert verdict.relief_days == 50
    assert verdict.days_without_relief == 89 - 60 + 1
    assert first.interval_days == 90
    assert first.levels[9] == pytest.approx(26 / 7) and first.levels[8] == pytest.approx(30 / 7)


def test_the_last_cycle_ends_at_the_last_logged_day_and_is_empty_when_that_is_not_after_it() -> (
    None
):
    entries = journal_entries(spasm=RELIEF_DAYS_10_TO_59)
    open_cycle = analyse(entries, sessions([0]), today=200).cycles(CD)[0]
    assert (open_cycle.length_days, open_cycle.complete) == (89, False)
    assert open_cycle.verdict.days_without_relief is None, "only complete cycles have it"
    assert open_cycle.verdict.relief_days == 50
    for last_session in (89, 95):
        empty = analyse(entries, sessions([0, last_session])).cycles(CD)[-1]
        assert (empty.length_days, empty.levels) == (0, ())
        assert empty.verdict.onset_day is empty.verdict.peak_improvement_pct is None
        assert empty.verdict.onset_status is OnsetStatus.NOT_DETECTED


def test_a_session_the_day_after_leaves_a_cycle_of_no_days() -> None:
    cycle = analyse(journal_entries(spasm=RELIEF_DAYS_10_TO_59), sessions([0, 1])).cycles(CD)[0]
    assert (cycle.length_days, cycle.complete, cycle.interval_days) == (0, True, 1)
    assert cycle.verdict.peak_improvement_pct is None
    assert cycle.verdict.days_without_relief is None


def test_a_session_of_two_indications_starts_one_cycle_per_track() -> None:
    # Migraine alone on day 40 does not cut the dystonia cycle short, as in version 1.
    injections = [
        injection(0, CM, units=155, product=Product.ONABOTULINUMTOXIN_A),
        injection(0, CD, units=100, product=Product.INCOBOTULINUMTOXIN_A),
        injection(0, CD, units=50, product=Product.ONABOTULINUMTOXIN_A),
        injection(40, CM, units=155, product=Product.ONABOTULINUMTOXIN_A),
        injection(90, CD),
    ]
    headache = runs((-28, 89, 3))
    analysis = analyse(journal_entries(RELIEF_DAYS_10_TO_59, headache), injections)
    assert [track.indication for track in analysis.tracks] == [CM, CD]
    migraine, dystonia = analysis.cycles(CM), analysis.cycles(CD)
    assert [(c.day.isoformat(), c.length_days, c.metric) for c in migraine] == [
        ("2024-03-01", 39, Metric.HEADACHE_DAY),
        ("2024-04-10", 49, Metric.HEADACHE_DAY),
    ]
    first = dystonia[0]
    assert (first.length_days, first.verdict.onset_day, first.verdict.wear_off_day) == (89, 10, 60)
    assert first.session.units == 150
    assert first.session.products == (Product.INCOBOTULINUMTOXIN_A, Product.ONABOTULINUMTOXIN_A)


def test_a_session_with_different_windows_is_judged_on_the_widest() -> None:
    late = ExpectedWindows(12, 14, 112, 140)
    early = ExpectedWindows(3, 9, 100, 150)
    entries = journal_entries(spasm=RELIEF_DAYS_10_TO_59)
    alone = analyse(entries, [injection(0, windows=late), injection(90)]).cycles(CD)[0]
    assert alone.verdict.onset_status is OnsetStatus.EARLY
    both = [injection(0, windows=late), injection(0, windows=early), injection(90)]
    widest = analyse(entries, both).cycles(CD)[0]
    assert widest.session.onset_window == (3, 14)
    assert widest.session.reinjection_window == (100, 150)
    assert widest.verdict.onset_status is OnsetStatus.EXPECTED


@pytest.mark.parametrize(("gap", "courses"), [(180, [1, 1]), (181, [1, 2])])
def test_a_pause_over_180_days_starts_a_new_course(gap: int, courses: list[int]) -> None:
    spasm = runs((-28, 9, 6), (10, 150, 2), (151, gap + 20, 6))
    analysis = analyse(journal_entries(spasm=spasm), sessions([0, gap]))
    first, second = analysis.cycles(CD)
    assert [first.course, second.course] == courses
    assert [first.number, second.number] == ([1, 2] if gap == 180 else [1, 1])
    assert first.length_days == gap - 1
    assert first.complete is (gap == 180)
    assert (first.verdict.onset_day, first.verdict.wear_off_day) == (10, 151)
    assert first.verdict.relief_days == 141
    assert first.verdict.days_without_relief == (gap - 1 - 151 + 1 if gap == 180 else None)
    assert first.interval_days == (180 if gap == 180 else None)
    assert [course.number for course in analysis.track(CD).courses] == sorted(set(courses))


def test_a_new_course_is_judged_against_the_28_days_before_it() -> None:
    spasm = runs((-28, -1, 8), (0, 170, 4), (171, 220, 5))
    analysis = analyse(journal_entries(spasm=spasm), sessions([0, 200]))
    first, second = analysis.cycles(CD)
    assert first.reference is not None and second.reference is not None
    assert (first.reference.value, second.reference.value) == (8, 5)
    assert second.reference.kind is ReferenceKind.BEFORE_COURSE


def test_a_zero_reference_leaves_every_verdict_blank() -> None:
    spasm = runs((-28, 60, 0))
    cycle = analyse(journal_entries(spasm=spasm), sessions([0])).cycles(CD)[0]
    assert cycle.reference is not None
    assert (cycle.reference.value, cycle.reference.kind) == (0, ReferenceKind.BEFORE_COURSE)
    verdict = cycle.verdict
    assert verdict.onset_status is OnsetStatus.NOT_DETECTED
    assert (verdict.onset_day, verdict.peak_improvement_pct, verdict.wear_off_day) == (None,) * 3
    assert (verdict.relief_days, verdict.days_without_relief) == (None, None)


def test_fewer_than_7_logged_days_before_the_course_fall_back_to_the_profile() -> None:
    # Six logged days before the course are not enough. From day 0 the spasm is 2, so the
    # level of day 1 is (2×9 + 5×2)/7 = 4.0: improved from day 1, early.
    spasm = runs((-6, -1, 9), (0, 30, 2))
    profile = Profile(spasm_before_treatment=6)
    cycle = analyse(journal_entries(spasm=spasm), sessions([0]), profile).cycles(CD)[0]
    assert cycle.reference is not None
    assert (cycle.reference.value, cycle.reference.kind) == (6, ReferenceKind.PROFILE)
    assert cycle.pre_injection_level is None
    assert (cycle.verdict.onset_day, cycle.verdict.onset_status) == (1, OnsetStatus.EARLY)
    assert (cycle.verdict.relief_days, cycle.length_days) == (30, 30)


def test_headache_days_before_treatment_are_read_per_30_days() -> None:
    headache = runs((0, 40, 0))
    profile = Profile(headache_days_before_treatment=15)
    cycle = analyse(journal_entries(headache=headache), sessions([0], CM), profile).cycles(CM)[0]
    assert cycle.reference is not None
    assert (cycle.reference.value, cycle.reference.kind) == (0.5, ReferenceKind.PROFILE)


def test_without_course_or_profile_reference_each_cycle_has_its_own_pre_injection_level() -> None:
    # No logs before day 0; the second session's 14 days before it average 5.
    spasm = runs((0, 49, 5), (50, 90, 1))
    first, second = analyse(journal_entries(spasm=spasm), sessions([0, 50])).cycles(CD)
    assert (first.reference, first.verdict.onset_status) == (None, OnsetStatus.NOT_DETECTED)
    assert first.verdict.peak_improvement_pct is None
    assert second.reference is not None
    assert (second.reference.value, second.reference.kind) == (5, ReferenceKind.PRE_INJECTION)
    assert second.verdict.onset_day == 1


def test_relief_still_holding_at_the_next_session_is_carried_over() -> None:
    # Day 90's 14 days before average 2 ≤ 0.7 × 6: its onset cannot be seen. It still has
    # its onset day (1), but the summary's median onset leaves it out.
    spasm = runs((-28, 9, 6), (10, 120, 2))
    analysis = analyse(journal_entries(spasm=spasm), sessions([0, 90, 120]))
    first, carried, last = analysis.cycles(CD)
    assert first.verdict.onset_status is OnsetStatus.EXPECTED
    assert carried.pre_injection_level == 2
    assert (carried.verdict.onset_day, carried.verdict.onset_status) == (
        1,
        OnsetStatus.CARRIED_OVER,
    )
    assert (carried.verdict.wear_off_day, carried.verdict.days_without_relief) == (None, 0)
    assert last.length_days == 0
    summary = analysis.summary(CD)
    assert summary is not None
    assert (summary.cycles, summary.onset_day, summary.wear_off_day) == (2, 10, None)
    assert (summary.interval_days, summary.days_without_relief) == (60, 0)


def test_an_unlogged_stretch_inside_the_hold_does_not_break_it() -> None:
    # Days 14 … 20 unlogged: the levels of days 14 … 20 have fewer than 4 logged days and are
    # undefined; days 10 … 13 are improved, so the onset is still day 10.
    spasm = {**runs((-28, 9, 6), (10, 40, 2)), **runs((14, 20, None))}
    cycle = analyse(journal_entries(spasm=spasm), sessions([0])).cycles(CD)[0]
    assert [cycle.levels[k - 1] is None for k in range(13, 22)] == [False, *[True] * 7, False]
    assert cycle.verdict.onset_day == 10


def test_a_worse_day_inside_the_hold_moves_the_onset_on() -> None:
    # Day 14 is 10: the level of day 11 is (2×6 + 4×2 + 10)/7 = 4.29, not improved, so day
    # 10's week does not hold; day 12's does ((6 + 5×2 + 10)/7 = 3.71, and lower after).
    spasm = {**runs((-28, 9, 6), (10, 40, 2)), 14: 10}
    cycle = analyse(journal_entries(spasm=spasm), sessions([0])).cycles(CD)[0]
    assert cycle.levels[9] == pytest.approx(26 / 7)
    assert cycle.levels[10] == pytest.approx(30 / 7)
    assert cycle.verdict.onset_day == 12


@pytest.mark.parametrize(("next_session", "onset"), [(7, None), (8, 1)])
def test_an_onset_needs_a_week_of_cycle_to_hold_in(next_session: int, onset: int | None) -> None:
    spasm = runs((-28, -1, 6), (0, 30, 2))
    cycle = analyse(journal_entries(spasm=spasm), sessions([0, next_session])).cycles(CD)[0]
    assert cycle.length_days == next_session - 1
    assert cycle.verdict.onset_day == onset
    # Levels from day 3 on are 2: a 67% peak even where no onset could be seen.
    assert cycle.verdict.peak_improvement_pct == pytest.approx(100 * 4 / 6)


def test_the_summary_takes_the_last_four_complete_cycles_of_the_latest_course() -> None:
    # Each cycle: 6 on days 0 … 9, 2 on days 10 … 49, 6 from day 50 to the next session, so
    # onset 10 and wear-off 50; the first four come every 100 days and a bad day 12 delays
    # their onset to 11. Over all eight complete cycles the medians would be 10.5, 85 and 35.
    days = [0, 100, 200, 300, 400, 470, 540, 610, 680]
    spasm = runs((-28, -1, 6))
    for d, following in zip(days, [*days[1:], days[-1] + 70], strict=True):
        spasm |= runs((d, d + 9, 6), (d + 10, d + 49, 2), (d + 50, following - 1, 6))
        if d < 400:
            spasm[d + 12] = 9
    analysis = analyse(journal_entries(spasm=spasm), sessions(days))
    cycles = analysis.cycles(CD)
    assert [c.verdict.onset_day for c in cycles] == [11] * 4 + [10] * 5
    assert [c.verdict.wear_off_day for c in cycles] == [50] * 9
    summary = analysis.summary(CD)
    assert summary is not None
    assert (summary.cycles, summary.onset_day, summary.wear_off_day) == (4, 10, 50)
    assert (summary.interval_days, summary.days_without_relief) == (70, 20)
