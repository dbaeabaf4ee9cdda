"""The migraine response per course and the NICE TA260 criteria (PRODUCT.md §4 v2)."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from journal_app.domain.analytics import ReferenceKind
from journal_app.domain.models import Entry, Indication, Profile
from tests.unit.analytics_journals import DAY0, analyse, day, journal_entries, runs, sessions

CM = Indication.CHRONIC_MIGRAINE
CD = Indication.CERVICAL_DYSTONIA


def migraine_journal(second_cycle_headache_days: int) -> list[Entry]:
    """16 headache days in the 28 before day 0; sessions on days 0, 84, 169 and 253."""
    n = second_cycle_headache_days
    headache = runs(
        (-28, -13, 5),
        (-12, 84, 0),
        (85, 84 + n, 6),  # cycle 2 is days 85 … 168
        (85 + n, 169, 0),
        (170, 189, 6),  # cycle 3 is days 170 … 252: 20 headache days of 83
        (190, 252, 0),
        (253, 259, 7),  # the last 28 days, 253 … 280: 7 headache days
        (260, 280, 0),
    )
    return journal_entries(headache=headache)


@pytest.mark.parametrize(("headache_days", "under_30"), [(36, True), (33, False)])
def test_the_response_is_read_before_after_two_cycles_latest_and_last_28_days(
    headache_days: int, under_30: bool
) -> None:
    analysis = analyse(migraine_journal(headache_days), sessions([0, 84, 169, 253], CM))
    (response,) = analysis.migraine_responses(CM)
    assert (response.course, response.first_session) == (1, DAY0)
    assert response.reference_per_28 == pytest.approx(16)
    assert response.reference_kind is ReferenceKind.BEFORE_COURSE
    assert response.reference_period == (day(-28), day(-1))
    after_two = response.after_two_cycles
    assert after_two is not None
    assert (after_two.first, after_two.last, after_two.logged_days) == (day(85), day(168), 84)
    assert after_two.headache_days == headache_days
    # 36 of 84 days is 12 per 28, 25% fewer: less than 30%. 33 is 11, 31.25% fewer.
    assert after_two.per_28 == pytest.approx(headache_days / 3)
    assert after_two.change_pct == pytest.approx((headache_days / 3 - 16) / 16 * 100)
    assert after_two.meets(30) is not under_30
    assert not after_two.meets(50)
    assert response.under_30_after_two_cycles is under_30
    latest = response.latest_complete_cycle
    assert latest is not None
    assert (latest.first, latest.last, latest.logged_days, latest.headache_days) == (
        day(170),
        day(252),
        83,
        20,
    )
    assert latest.per_28 == pytest.approx(20 / 83 * 28)
    last_28 = response.last_28_days
    assert last_28 is not None
    assert (last_28.first, last_28.last, last_28.per_28) == (day(253), day(280), 7)
    assert last_28.change_pct == pytest.approx(-56.25)
    assert last_28.meets(30) and last_28.meets(50)


@pytest.mark.parametrize(("logged", "per_28"), [(13, None), (14, 28)])
def test_a_period_needs_14_logged_days(logged: int, per_28: float | None) -> None:
    # Days 41 … 68 are the last 28 days; only the last ``logged`` of them are logged.
    headache = runs((-28, -1, 5), (0, 40, 0), (69 - logged, 68, 5))
    analysis = analyse(journal_entries(headache=headache), sessions([0], CM))
    last_28 = analysis.migraine_responses(CM)[0].last_28_days
    assert last_28 is not None
    assert (last_28.first, last_28.logged_days, last_28.headache_days) == (day(41), logged, logged)
    assert last_28.per_28 == per_28


def test_a_course_without_a_second_cycle_has_no_after_two_cycles_figure() -> None:
    analysis = analyse(migraine_journal(36), sessions([0], CM))
    (response,) = analysis.migraine_responses(CM)
    assert response.after_two_cycles is None
    assert response.latest_complete_cycle is None
    assert not response.under_30_after_two_cycles


def test_the_profile_reference_is_headache_days_per_month_read_as_per_30_days() -> None:
    profile = Profile(headache_days_before_treatment=15)
    entries = journal_entries(headache=runs((0, 60, 1)))
    (response,) = analyse(entries, sessions([0], CM), profile).migraine_responses(CM)
    assert response.reference_per_28 == pytest.approx(14)
    assert (response.reference_kind, response.reference_period) == (ReferenceKind.PROFILE, None)
    assert response.last_28_days is not None
    assert response.last_28_days.change_pct == pytest.approx(100 * (28 - 14) / 14)


def test_each_course_has_its_own_response_and_only_the_latest_its_last_28_days() -> None:
    headache = runs((-28, -1, 5), (0, 399, 0))
    responses = analyse(
        journal_entries(headache=headache), sessions([0, 84, 300], CM)
    ).migraine_responses(CM)
    assert [(r.course, r.first_session) for r in responses] == [(1, day(0)), (2, day(300))]
    assert responses[0].last_28_days is None and responses[1].last_28_days is not None
    assert responses[1].reference_per_28 == 0
    assert responses[1].last_28_days.change_pct is None, "no change against a zero reference"


def month_of_logs(year: int, month: int, headache_days: int, logged: int) -> list[Entry]:
    """``logged`` days of a month logged, the first ``headache_days`` of them with headache."""
    return [
        Entry(dt.date(year, month, d), headache_severity=5 if d <= headache_days else 0)
        for d in range(1, logged + 1)
    ]


def months_from_march(*plan: tuple[int, int]) -> list[Entry]:
    """February 2024 before the course (session 1 March), then March, April … per plan."""
    entries = month_of_logs(2024, 2, 20, 29)
    for i, (headache_days, logged) in enumerate(plan):
        month = 3 + i
        assert logged <= calendar.monthrange(2024, month)[1]
        entries += month_of_logs(2024, month, headache_days, logged)
    return entries


@pytest.mark.parametrize(
    ("plan", "months"),
    [
        # April 14 of 30, May 15 of 31 (14.5 per 30 days), June 14 of 30: episodic.
        ([(20, 31), (14, 30), (15, 31), (14, 30), (20, 31)], [4, 5, 6]),
        # June at 15 of 30 is not under 15.
        ([(20, 31), (14, 30), (15, 31), (15, 30), (20, 31)], []),
        # May with only 20 days logged does not count and breaks the run.
        ([(20, 31), (14, 30), (10, 20), (14, 30), (14, 31)], []),
        # A longer run is given whole.
        ([(20, 31), (14, 30), (12, 31), (10, 30), (11, 31)], [4, 5, 6, 7]),
        # March began on the day of the first session: it is not a month of the course.
        ([(10, 31), (14, 30), (14, 31), (20, 30)], []),
    ],
)
def test_three_consecutive_months_under_15_headache_days_are_stated(
    plan: list[tuple[int, int]], months: list[int]
) -> None:
    entries = months_from_march(*plan)
    (response,) = analyse(entries, sessions([0], CM)).migraine_responses(CM)
    assert [month.month for month in response.episodic_months] == months
    assert all(month.year == 2024 for month in response.episodic_months)


def test_only_a_track_judged_on_headache_days_has_a_migraine_response() -> None:
    analysis = analyse(journal_entries(spasm=runs((0, 30, 3))), sessions([0], CD))
    with pytest.raises(ValueError, match="cervical_dystonia"):
        analysis.migraine_responses(CD)
