"""Each session's cycle: onset, wear-off, peak and relief against the reference (PRODUCT.md §4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import accumulate

from journal_app.domain.analytics.levels import MetricSeries
from journal_app.domain.analytics.reference import (
    Reference,
    ReferenceKind,
    course_reference,
    cycle_reference,
    pre_injection_level,
)
from journal_app.domain.analytics.tracks import Track, TrackSession
from journal_app.domain.models import Metric, Profile

IMPROVEMENT_RATIO = 0.7
HOLD_DAYS = 7
# Levels are ratios of small integers; this absorbs float error without changing any verdict.
EPSILON = 1e-9


class OnsetStatus(str, Enum):
    CARRIED_OVER = "carried_over"
    EARLY = "early"
    EXPECTED = "expected"
    LATE = "late"
    NOT_DETECTED = "not_detected"


#: The statuses of an onset that could be seen, which the track summary's median uses.
SEEN_ONSETS = frozenset({OnsetStatus.EARLY, OnsetStatus.EXPECTED, OnsetStatus.LATE})


@dataclass(frozen=True)
class Verdict:
    """What a cycle's levels say against its reference; None where §4 leaves it blank."""

    onset_day: int | None = None
    onset_status: OnsetStatus = OnsetStatus.NOT_DETECTED
    peak_improvement_pct: float | None = None
    wear_off_day: int | None = None
    relief_days: int | None = None
    days_without_relief: int | None = None


@dataclass(frozen=True)
class Cycle:
    """Days 1 … L after a session of a track, until the day before its next session."""

    session: TrackSession
    metric: Metric
    course: int
    number: int  # 1-based within the course
    length_days: int
    complete: bool
    reference: Reference | None
    pre_injection_level: float | None
    verdict: Verdict
    # The level of day k at index k − 1 (a daily mean; None where undefined).
    levels: tuple[float | None, ...]

    @property
    def day(self) -> dt.date:
        return self.session.day

    @property
    def interval_days(self) -> int | None:
        """Days from this session to the next of its course."""
        return self.length_days + 1 if self.complete else None


def improvement_limit(reference: float) -> float:
    """The highest level that is still a 30% improvement on ``reference``."""
    return IMPROVEMENT_RATIO * reference + EPSILON


def _first_held_day(starts: Sequence[bool], breaks: Sequence[bool], after: int) -> int | None:
    """The smallest day k > ``after`` with k + 6 ≤ L that starts and has no break in k … k+6."""
    broken = [0, *accumulate(breaks)]
    for k in range(after + 1, len(starts) - HOLD_DAYS + 2):
        if starts[k - 1] and broken[k - 1 + HOLD_DAYS] == broken[k - 1]:
            return k
    return None


def judge(
    levels: Sequence[float | None],
    reference: Reference | None,
    pre_injection: float | None,
    onset_window: tuple[int, int],
    *,
    complete: bool,
) -> Verdict:
    """Onset, wear-off, peak, relief and onset status of a cycle with these day levels."""
    if reference is None or reference.value <= 0:
        return Verdict()
    limit = improvement_limit(reference.value)
    improved = [level is not None and level <= limit for level in levels]
    worse = [level is not None and level > limit for level in levels]
    onset = _first_held_day(improved, worse, 0)
    wear_off = _first_held_day(worse, improved, onset) if onset is not None else None
    defined = [level for level in levels if level is not None]
    peak = (reference.value - min(defined)) / reference.value * 100 if defined else None
    length = len(levels)
    relief = without = None
    if onset is not None:
        relief = wear_off - onset if wear_off is not None else length - onset + 1
        if complete:
            without = length - wear_off + 1 if wear_off is not None else 0
    return Verdict(
        onset_day=onset,
        onset_status=_status(onset, onset_window, reference, pre_injection),
        peak_improvement_pct=peak,
        wear_off_day=wear_off,
        relief_days=relief,
        days_without_relief=without,
    )


def _status(
    onset: int | None,
    window: tuple[int, int],
    reference: Reference,
    pre_injection: float | None,
) -> OnsetStatus:
    if (
        reference.kind is not ReferenceKind.PRE_INJECTION
        and pre_injection is not None
        and pre_injection <= improvement_limit(reference.value)
    ):
        return OnsetStatus.CARRIED_OVER
    if onset is None:
        return OnsetStatus.NOT_DETECTED
    if onset < window[0]:
        return OnsetStatus.EARLY
    if onset > window[1]:
        return OnsetStatus.LATE
    return OnsetStatus.EXPECTED


def _length(session: dt.date, next_session: dt.date | None, last_logged: dt.date | None) -> int:
    """L: to the day before the next session, else to the last day the metric was logged."""
    if next_session is not None:
        return (next_session - session).days - 1
    if last_logged is None:
        return 0
    return max((last_logged - session).days, 0)


def track_cycles(track: Track, series: MetricSeries, profile: Profile) -> tuple[Cycle, ...]:
    """One cycle per session of the track, oldest first."""
    next_days: list[dt.date | None] = [s.day for s in track.sessions[1:]]
    next_days.append(None)
    next_of = dict(zip((s.day for s in track.sessions), next_days, strict=True))
    one_day = dt.timedelta(days=1)
    cycles = []
    for course in track.courses:
        reference = course_reference(series, course.first_day, profile)
        for number, session in enumerate(course.sessions, start=1):
            length = _length(session.day, next_of[session.day], series.last_day)
            complete = number < len(course.sessions)
            pre_injection = pre_injection_level(series, session.day)
            judged_against = cycle_reference(reference, pre_injection)
            levels = series.levels(session.day + one_day, length)
            verdict = judge(
                levels, judged_against, pre_injection, session.onset_window, complete=complete
            )
            cycles.append(
                Cycle(
                    session=session,
                    metric=track.metric,
                    course=course.number,
                    number=number,
                    length_days=length,
                    complete=complete,
                    reference=judged_against,
                    pre_injection_level=pre_injection,
                    verdict=verdict,
                    levels=tuple(levels),
                )
            )
    return tuple(cycles)
