"""The migraine response per course and the NICE TA260 stopping criteria (PRODUCT.md §4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from journal_app.domain.analytics.cycles import EPSILON, Cycle
from journal_app.domain.analytics.levels import MetricSeries
from journal_app.domain.analytics.reference import REFERENCE_DAYS, Reference, ReferenceKind
from journal_app.domain.months import consecutive_runs, last_day_of_month, months_from_to

PER_DAYS = 28
MIN_LOGGED_DAYS = 14
#: NICE TA260 (30% fewer headache days) and the trials' mark (50%).
RESPONSE_MARKS = (30, 50)
# NICE TA260: migraine has become episodic when, for EPISODIC_MONTHS consecutive months,
# headache days scaled to a 30-day month stay under EPISODIC_BELOW_DAYS.
EPISODIC_BELOW_DAYS = 15
EPISODIC_MONTH_DAYS = 30
EPISODIC_MONTHS = 3
EPISODIC_MIN_LOGGED = 21


@dataclass(frozen=True)
class ResponsePeriod:
    """Headache days per 28 days over [first, last], and its change against the reference."""

    first: dt.date
    last: dt.date
    logged_days: int
    headache_days: int
    per_28: float | None  # None with fewer than 14 logged days
    change_pct: float | None  # None without a reference above 0

    def meets(self, mark: int) -> bool:
        """Whether headache days fell by at least ``mark`` percent."""
        return self.change_pct is not None and self.change_pct <= -mark + EPSILON


@dataclass(frozen=True)
class MigraineResponse:
    """One chronic-migraine course: its reference, its periods and the criteria that hold."""

    course: int
    first_session: dt.date
    # The course's reference in headache days per 28 days; None when it has none.
    reference_per_28: float | None
    reference_kind: ReferenceKind | None
    # The days the reference was measured over (before_course only).
    reference_period: tuple[dt.date, dt.date] | None
    after_two_cycles: ResponsePeriod | None  # over the course's second cycle
    latest_complete_cycle: ResponsePeriod | None
    last_28_days: ResponsePeriod | None  # to the as-of day; the latest course only
    # NICE: "less than 30% fewer headache days after two cycles".
    under_30_after_two_cycles: bool
    # NICE: the latest run of 3 or more consecutive months under 15 headache days a month.
    episodic_months: tuple[dt.date, ...]


def _period(
    series: MetricSeries, first: dt.date, last: dt.date, reference: float | None
) -> ResponsePeriod:
    logged = series.logged_between(first, last)
    headache = series.sum_between(first, last)
    per_28 = headache / logged * PER_DAYS if logged >= MIN_LOGGED_DAYS else None
    change = None
    if per_28 is not None and reference is not None and reference > 0:
        change = (per_28 - reference) / reference * 100
    return ResponsePeriod(first, last, logged, headache, per_28, change)


def _cycle_period(
    series: MetricSeries, cycle: Cycle | None, reference: float | None
) -> ResponsePeriod | None:
    if cycle is None or cycle.length_days == 0:
        return None
    first = cycle.day + dt.timedelta(days=1)
    return _period(series, first, cycle.day + dt.timedelta(days=cycle.length_days), reference)


def _episodic_months(series: MetricSeries, first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """The latest run of episodic months lying wholly in [first, last]."""
    episodic = []
    for month in months_from_to(first, last):
        end = last_day_of_month(month)
        if month < first or end > last:
            continue
        logged = series.logged_between(month, end)
        scaled = series.sum_between(month, end) * EPISODIC_MONTH_DAYS / max(logged, 1)
        if logged >= EPISODIC_MIN_LOGGED and scaled < EPISODIC_BELOW_DAYS:
            episodic.append(month)
    runs = [run for run in consecutive_runs(episodic) if len(run) >= EPISODIC_MONTHS]
    return runs[-1] if runs else ()


def _course_reference(cycles: Sequence[Cycle]) -> Reference | None:
    reference = cycles[0].reference
    if reference is None or reference.kind is ReferenceKind.PRE_INJECTION:
        return None
    return reference


def _response(
    series: MetricSeries, own: Sequence[Cycle], end: dt.date, as_of: dt.date | None
) -> MigraineResponse:
    """A course's response; ``end`` is its last day, ``as_of`` given for the latest course."""
    reference = _course_reference(own)
    per_28 = None if reference is None else reference.value * PER_DAYS
    first_day = own[0].day
    reference_period = None
    if reference is not None and reference.kind is ReferenceKind.BEFORE_COURSE:
        reference_period = (
            first_day - dt.timedelta(days=REFERENCE_DAYS),
            first_day - dt.timedelta(days=1),
        )
    complete = [cycle for cycle in own if cycle.complete]
    after_two = _cycle_period(series, own[1] if len(own) > 1 else None, per_28)
    last_28 = None
    if as_of is not None:
        last_28 = _period(series, as_of - dt.timedelta(days=PER_DAYS - 1), as_of, per_28)
    return MigraineResponse(
        course=own[0].course,
        first_session=first_day,
        reference_per_28=per_28,
        reference_kind=None if reference is None else reference.kind,
        reference_period=reference_period,
        after_two_cycles=after_two,
        latest_complete_cycle=_cycle_period(series, complete[-1] if complete else None, per_28),
        last_28_days=last_28,
        under_30_after_two_cycles=(
            after_two is not None
            and after_two.change_pct is not None
            and not after_two.meets(RESPONSE_MARKS[0])
        ),
        episodic_months=_episodic_months(series, first_day + dt.timedelta(days=1), end),
    )


def migraine_responses(
    series: MetricSeries, cycles: Sequence[Cycle], as_of: dt.date
) -> tuple[MigraineResponse, ...]:
    """One response per course of a track judged on headache days, oldest first."""
    courses = sorted({cycle.course for cycle in cycles})
    responses = []
    for course in courses:
        own = [cycle for cycle in cycles if cycle.course == course]
        later = [cycle for cycle in cycles if cycle.course > course]
        if later:
            responses.append(_response(series, own, later[0].day - dt.timedelta(days=1), None))
        else:
            responses.append(_response(series, own, as_of, as_of))
    return tuple(responses)
