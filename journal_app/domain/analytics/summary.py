"""The track summary (PRODUCT.md §4): medians over the latest complete cycles, as data.

The sentence ("Relief usually starts around day 9 …") is the interface's to word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from journal_app.domain.analytics.cycles import SEEN_ONSETS, Cycle
from journal_app.domain.models import Indication

SUMMARY_CYCLES = 4


@dataclass(frozen=True)
class TrackSummary:
    """Medians over the last ``cycles`` complete cycles of a track's latest course."""

    indication: Indication
    course: int
    cycles: int
    onset_day: float | None
    wear_off_day: float | None
    interval_days: float | None
    days_without_relief: float | None


def _median(values: Sequence[int | None]) -> float | None:
    known = [value for value in values if value is not None]
    return median(known) if known else None


def track_summary(indication: Indication, cycles: Sequence[Cycle]) -> TrackSummary | None:
    """None for a track without cycles; medians are None where no cycle gives a value."""
    if not cycles:
        return None
    course = cycles[-1].course
    latest = [c for c in cycles if c.course == course and c.complete][-SUMMARY_CYCLES:]
    return TrackSummary(
        indication=indication,
        course=course,
        cycles=len(latest),
        onset_day=_median(
            [c.verdict.onset_day for c in latest if c.verdict.onset_status in SEEN_ONSETS]
        ),
        wear_off_day=_median([c.verdict.wear_off_day for c in latest]),
        interval_days=_median([c.interval_days for c in latest]),
        days_without_relief=_median([c.verdict.days_without_relief for c in latest]),
    )
