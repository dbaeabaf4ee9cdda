"""One metric's logged days and its centred levels (PRODUCT.md §4, "Level")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property
from itertools import accumulate

from journal_app.domain.metrics import MetricSpec
from journal_app.domain.models import Entry


class MetricSeries:
    """A metric's value on each logged day, with prefix sums for O(1) window means."""

    def __init__(self, spec: MetricSpec, entries: Iterable[Entry]) -> None:
        self.spec = spec
        read = spec.daily_value
        logged = [(e.day.toordinal(), v) for e in entries if (v := read(e)) is not None]
        self._origin = min(logged)[0] if logged else 0
        size = max(logged)[0] - self._origin + 1 if logged else 0
        values: list[int | None] = [None] * size
        for ordinal, value in logged:
            values[ordinal - self._origin] = value
        self._values = values
        self._counts = [0, *accumulate(v is not None for v in values)]
        self._sums = [0, *accumulate(v or 0 for v in values)]

    @property
    def first_day(self) -> dt.date | None:
        return dt.date.fromordinal(self._origin) if self._values else None

    @property
    def last_day(self) -> dt.date | None:
        """The last day on which the metric was logged."""
        return dt.date.fromordinal(self._origin + len(self._values) - 1) if self._values else None

    def value(self, day: dt.date) -> int | None:
        i = day.toordinal() - self._origin
        return self._values[i] if 0 <= i < len(self._values) else None

    def _span(self, first: dt.date, last: dt.date) -> tuple[int, int]:
        """[first, last] as a slice of the prefix sums, clamped to the logged span."""
        size = len(self._values)
        lo = min(max(first.toordinal() - self._origin, 0), size)
        hi = min(max(last.toordinal() - self._origin + 1, 0), size)
        return lo, max(lo, hi)

    def logged_between(self, first: dt.date, last: dt.date) -> int:
        """Logged days in [first, last]."""
        lo, hi = self._span(first, last)
        return self._counts[hi] - self._counts[lo]

    def sum_between(self, first: dt.date, last: dt.date) -> int:
        """The sum of the logged values in [first, last] (headache days, for headache_day)."""
        lo, hi = self._span(first, last)
        return self._sums[hi] - self._sums[lo]

    def mean_between(self, first: dt.date, last: dt.date, min_logged: int) -> float | None:
        """Mean over the logged days in [first, last]; None with fewer than ``min_logged``."""
        lo, hi = self._span(first, last)
        count = self._counts[hi] - self._counts[lo]
        if count == 0 or count < min_logged:
            return None
        return (self._sums[hi] - self._sums[lo]) / count

    @cached_property
    def _levels(self) -> list[float | None]:
        """The level of every day from ``level_after`` days before the first logged day to
        ``level_before`` days after the last: outside that no window holds a logged day."""
        if not self._values:
            return []
        spec = self.spec
        width, least = spec.level_days, spec.level_min_logged
        # Padding the prefix sums lets one zip give every window's difference.
        pad = width - 1

        def window_totals(prefix: list[int]) -> list[int]:
            padded = [*[0] * pad, *prefix, *[prefix[-1]] * pad]
            return [hi - lo for lo, hi in zip(padded[:-width], padded[width:], strict=True)]

        counts, sums = window_totals(self._counts), window_totals(self._sums)
        return [
            total / count if count >= least else None
            for total, count in zip(sums, counts, strict=True)
        ]

    def level(self, day: dt.date) -> float | None:
        """The mean over the centred window around ``day``, if enough of it is logged."""
        i = day.toordinal() - self._origin + self.spec.level_after
        levels = self._levels
        return levels[i] if 0 <= i < len(levels) else None

    def levels(self, first: dt.date, count: int) -> list[float | None]:
        """The levels of ``count`` consecutive days from ``first``."""
        if count <= 0:
            return []
        start = first.toordinal() - self._origin + self.spec.level_after
        inside = self._levels[max(start, 0) : max(start + count, 0)]
        before = [None] * min(max(-start, 0), count)
        return [*before, *inside, *[None] * (count - len(before) - len(inside))]

    def points(self) -> list[tuple[dt.date, int]]:
        """Each logged day and its value, oldest first."""
        origin = self._origin
        return [
            (dt.date.fromordinal(origin + i), value)
            for i, value in enumerate(self._values)
            if value is not None
        ]

    def level_points(self) -> list[tuple[dt.date, float]]:
        """Each day with a defined level, oldest first (daily means: scale them for display)."""
        first = self._origin - self.spec.level_after
        return [
            (dt.date.fromordinal(first + i), level)
            for i, level in enumerate(self._levels)
            if level is not None
        ]
