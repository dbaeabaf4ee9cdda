"""What a cycle is judged against: the course reference and its fallbacks (PRODUCT.md §4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from journal_app.domain.analytics.levels import MetricSeries
from journal_app.domain.models import Profile

REFERENCE_DAYS = 28
REFERENCE_MIN_LOGGED = 7
PRE_INJECTION_DAYS = 14
PRE_INJECTION_MIN_LOGGED = 7


class ReferenceKind(str, Enum):
    BEFORE_COURSE = "before_course"
    PROFILE = "profile"
    PRE_INJECTION = "pre_injection"


@dataclass(frozen=True)
class Reference:
    """A daily mean of the judged metric and where it comes from."""

    value: float
    kind: ReferenceKind


def _mean_before(series: MetricSeries, day: dt.date, days: int, min_logged: int) -> float | None:
    """The mean over the logged days of the ``days`` days just before ``day``."""
    first, last = day - dt.timedelta(days=days), day - dt.timedelta(days=1)
    return series.mean_between(first, last, min_logged)


def course_reference(
    series: MetricSeries, first_session: dt.date, profile: Profile
) -> Reference | None:
    """The 28 days before the course, else the profile's level before treatment."""
    before = _mean_before(series, first_session, REFERENCE_DAYS, REFERENCE_MIN_LOGGED)
    if before is not None:
        return Reference(before, ReferenceKind.BEFORE_COURSE)
    usual = series.spec.before_treatment(profile)
    if usual is not None:
        return Reference(usual, ReferenceKind.PROFILE)
    return None


def pre_injection_level(series: MetricSeries, session: dt.date) -> float | None:
    """The mean over the 14 days before a session: what was left of the last dose."""
    return _mean_before(series, session, PRE_INJECTION_DAYS, PRE_INJECTION_MIN_LOGGED)


def cycle_reference(course: Reference | None, pre_injection: float | None) -> Reference | None:
    """The course's reference, else the cycle's own pre-injection level."""
    if course is not None:
        return course
    if pre_injection is not None:
        return Reference(pre_injection, ReferenceKind.PRE_INJECTION)
    return None
