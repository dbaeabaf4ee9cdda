"""Trailing means, cycles, onset and wear-off, monthly counts: the analytics of PRODUCT.md §4."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import accumulate
from operator import attrgetter
from types import MappingProxyType

from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.domain.models import Entry, Injection, MedicationClass, Metric
from journal_app.domain.months import month_at, month_index
from journal_app.domain.windows import Countdown, countdown, default_checkup_days

WINDOW_DAYS: dict[Metric, int] = {Metric.SPASM: 7, Metric.HEADACHE: 14}
MIN_LOGGED_DAYS: dict[Metric, int] = {Metric.SPASM: 4, Metric.HEADACHE: 7}
IMPROVEMENT_RATIO = 0.7
HOLD_DAYS = 7
BASELINE_DAYS = 28
BASELINE_MIN_LOGGED = 7
HEADACHE_DAY_THRESHOLDS = (12, 15)
OVERUSE_THRESHOLDS: dict[MedicationClass, int] = {
    MedicationClass.SIMPLE_ANALGESIC: 15,
    MedicationClass.TRIPTAN: 10,
    MedicationClass.COMBINATION_ANALGESIC: 10,
    MedicationClass.OPIOID: 10,
}
RESPONSE_DAYS = 28
RESPONSE_MIN_LOGGED = 14
RESPONSE_MARKS = (30, 50)

_SEVERITY_OF: dict[Metric, Callable[[Entry], int | None]] = {
    Metric.SPASM: attrgetter("spasm_severity"),
    Metric.HEADACHE: attrgetter("headache_severity"),
}

# Means are ratios of small integers; this absorbs float error without changing any verdict.
_EPSILON = 1e-9


class DailySeries:
    """One metric's logged values, indexed by date, with prefix sums for O(1) window means."""

    def __init__(self, metric: Metric, origin: dt.date | None, values: Sequence[int | None]):
        """``values[i]`` is the value logged on ``origin`` + i days, None where not logged."""
        self.metric = metric
        self._origin = origin
        self._values = list(values)
        self._logged = [0, *accumulate([v is not None for v in self._values])]
        self._sums = [0, *accumulate([v or 0 for v in self._values])]
        self._positive = [0, *accumulate([bool(v) for v in self._values])]
        self._trailing = self._trailing_means()

    @classmethod
    def from_entries(cls, entries: Iterable[Entry], metric: Metric) -> DailySeries:
        severity = _SEVERITY_OF[metric]
        logged = [(e.day.toordinal(), v) for e in entries if (v := severity(e)) is not None]
        if not logged:
            return cls(metric, None, [])
        origin, last = min(logged)[0], max(logged)[0]
        values: list[int | None] = [None] * (last - origin + 1)
        for ordinal, value in logged:
            values[ordinal - origin] = value
        return cls(metric, dt.date.fromordinal(origin), values)

    @property
    def first_day(self) -> dt.date | None:
        return self._origin

    @property
    def last_day(self) -> dt.date | None:
        if self._origin is None:
            return None
        return self._origin + dt.timedelta(days=len(self._values) - 1)

    def _index(self, day: dt.date) -> int:
        return (day - self._origin).days if self._origin is not None else 0

    def value(self, day: dt.date) -> int | None:
        i = self._index(day)
        return self._values[i] if 0 <= i < len(self._values) else None

    def _clamped_span(self, first: int, last: int) -> tuple[int, int]:
        n = len(self._values)
        return min(max(first, 0), n), min(max(last + 1, 0), n)

    def _mean_of_indices(self, first: int, last: int, min_logged: int) -> float | None:
        lo, hi = self._clamped_span(first, last)
        logged = self._logged[hi] - self._logged[lo]
        if logged == 0 or logged < min_logged:
            return None
        return (self._sums[hi] - self._sums[lo]) / logged

    def mean_between(self, first: dt.date, last: dt.date, min_logged: int) -> float | None:
        """Mean over logged days in [first, last]; None with fewer than ``min_logged`` logged."""
        if self._origin is None:
            return None
        return self._mean_of_indices(self._index(first), self._index(last), min_logged)

    def logged_between(self, first: dt.date, last: dt.date) -> int:
        if self._origin is None:
            return 0
        lo, hi = self._clamped_span(self._index(first), self._index(last))
        return self._logged[hi] - self._logged[lo]

    def positive_between(self, first: dt.date, last: dt.date) -> int:
        """Logged days in [first, last] with a value of at least 1."""
        if self._origin is None:
            return 0
        lo, hi = self._clamped_span(self._index(first), self._index(last))
        return self._positive[hi] - self._positive[lo]

    def _trailing_means(self) -> list[float | None]:
        """Trailing means from the first logged day to W−1 days after the last one."""
        if not self._values:
            return []
        width, min_logged = WINDOW_DAYS[self.metric], MIN_LOGGED_DAYS[self.metric]
        # Padding the prefix sums lets one zip give every window's [i−W+1, i] difference.
        head, tail = [0] * (width - 1), width - 1

        def window_totals(prefix: list[int]) -> list[int]:
            padded = [*head, *prefix, *[prefix[-1]] * tail]
            return [b - a for a, b in zip(padded[:-width], padded[width:], strict=True)]

        logged, sums = window_totals(self._logged), window_totals(self._sums)
        return [
            total / count if count >= min_logged else None
            for total, count in zip(sums, logged, strict=True)
        ]

    def trailing_mean(self, day: dt.date) -> float | None:
        i = self._index(day)
        return self._trailing[i] if 0 <= i < len(self._trailing) else None

    def trailing_means(self, first: dt.date, count: int) -> list[float | None]:
        """Trailing means of ``count`` consecutive days from ``first``."""
        if count <= 0:
            return []
        start = self._index(first)
        stop = start + count
        inside = self._trailing[max(start, 0) : max(stop, 0)]
        before = [None] * min(max(-start, 0), count)
        return [*before, *inside, *[None] * (count - len(before) - len(inside))]

    def points(self) -> list[tuple[dt.date, int]]:
        """Each logged day and its value, oldest first."""
        if self._origin is None:
            return []
        origin = self._origin.toordinal()
        return [
            (dt.date.fromordinal(origin + i), v)
            for i, v in enumerate(self._values)
            if v is not None
        ]

    def trailing_mean_points(self) -> list[tuple[dt.date, float]]:
        """Every day from the first to the last logged day where the trailing mean is defined."""
        if self._origin is None:
            return []
        origin = self._origin.toordinal()
        means = self._trailing[: len(self._values)]
        return [(dt.date.fromordinal(origin + i), m) for i, m in enumerate(means) if m is not None]


@dataclass(frozen=True)
class Session:
    """Injections given on the same day: one treatment session."""

    day: dt.date
    injections: tuple[Injection, ...]


def sessions(injections: Sequence[Injection]) -> list[Session]:
    """Injections grouped by day, oldest first; same-day injections keep their given order."""
    by_day: dict[dt.date, list[Injection]] = {}
    for injection in sorted(injections, key=lambda inj: inj.day):
        by_day.setdefault(injection.day, []).append(injection)
    return [Session(day, tuple(group)) for day, group in by_day.items()]


def representative_injection(session: Session, metric: Metric) -> Injection:
    """The session's injection that a metric's cycle is judged against."""
    if metric is Metric.HEADACHE:
        wanted = [inj for inj in session.injections if inj.indication.is_migraine]
    else:
        wanted = [inj for inj in session.injections if not inj.indication.is_migraine]
    return (wanted or list(session.injections))[0]


def own_metric(injection: Injection) -> Metric:
    """The metric an injection's indication treats."""
    return Metric.HEADACHE if injection.indication.is_migraine else Metric.SPASM


class OnsetStatus(str, Enum):
    EARLY = "early"
    EXPECTED = "expected"
    LATE = "late"
    NOT_DETECTED = "not_detected"


@dataclass(frozen=True)
class Cycle:
    """One session's cycle for one metric: days 1…L after the injection day D."""

    session: Session
    metric: Metric
    injection: Injection
    units: float
    length_days: int
    baseline: float | None
    onset_day: int | None
    onset_status: OnsetStatus
    peak_improvement_pct: float | None
    wear_off_day: int | None
    curve: tuple[tuple[int, float], ...]
    is_latest: bool

    @property
    def onset_window(self) -> tuple[int, int]:
        windows = self.injection.windows
        return windows.onset_min_days, windows.onset_max_days


def _improvement_limit(baseline: float) -> float:
    """The highest trailing mean that still counts as improved against ``baseline``."""
    return IMPROVEMENT_RATIO * baseline + _EPSILON


def _prefix_counts(flags: Sequence[bool]) -> list[int]:
    return [0, *accumulate(flags)]


def _first_held_day(starts: Sequence[bool], breaks: Sequence[bool], after: int) -> int | None:
    """The smallest day k > ``after`` (1-based) that starts and has no break in k…k+6."""
    broken = _prefix_counts(breaks)
    for k in range(after + 1, len(starts) - HOLD_DAYS + 2):
        if starts[k - 1] and broken[k - 1 + HOLD_DAYS] == broken[k - 1]:
            return k
    return None


def onset_and_wear_off(
    means: Sequence[float | None], baseline: float | None
) -> tuple[int | None, int | None]:
    """Onset and wear-off days of a cycle whose day k has trailing mean ``means[k-1]``."""
    if baseline is None or baseline <= 0:
        return None, None
    limit = _improvement_limit(baseline)
    improved = [m is not None and m <= limit for m in means]
    worse = [m is not None and m > limit for m in means]
    onset = _first_held_day(improved, worse, 0)
    if onset is None:
        return None, None
    return onset, _first_held_day(worse, improved, onset)


def peak_improvement_pct(means: Sequence[float | None], baseline: float | None) -> float | None:
    defined = [m for m in means if m is not None]
    if baseline is None or baseline <= 0 or not defined:
        return None
    return (baseline - min(defined)) / baseline * 100


def onset_status(onset_day: int | None, window: tuple[int, int]) -> OnsetStatus:
    if onset_day is None:
        return OnsetStatus.NOT_DETECTED
    if onset_day < window[0]:
        return OnsetStatus.EARLY
    if onset_day > window[1]:
        return OnsetStatus.LATE
    return OnsetStatus.EXPECTED


def _cycle_length(series: DailySeries, session: Session, next_day: dt.date | None) -> int:
    """L of §4; a latest session after the last logged day has no days yet (L = 0)."""
    if next_day is not None:
        return (next_day - session.day).days - 1
    if series.last_day is None:
        return 0
    return max((series.last_day - session.day).days, 0)


def _cycle(series: DailySeries, session: Session, next_day: dt.date | None) -> Cycle:
    metric = series.metric
    injection = representative_injection(session, metric)
    length = _cycle_length(series, session, next_day)
    day = session.day
    baseline = series.mean_between(
        day - dt.timedelta(days=BASELINE_DAYS), day - dt.timedelta(days=1), BASELINE_MIN_LOGGED
    )
    means = series.trailing_means(day + dt.timedelta(days=1), length)
    onset, wear_off = onset_and_wear_off(means, baseline)
    window = (injection.windows.onset_min_days, injection.windows.onset_max_days)
    return Cycle(
        session=session,
        metric=metric,
        injection=injection,
        units=sum(inj.units for inj in session.injections if inj.product is injection.product),
        length_days=length,
        baseline=baseline,
        onset_day=onset,
        onset_status=onset_status(onset, window),
        peak_improvement_pct=peak_improvement_pct(means, baseline),
        wear_off_day=wear_off,
        curve=tuple((k, m) for k, m in enumerate(means, start=1) if m is not None),
        is_latest=next_day is None,
    )


def series_cycles(series: DailySeries, all_sessions: Sequence[Session]) -> list[Cycle]:
    """One cycle per session (as given by ``sessions()``) for the series' metric."""
    if not all_sessions:
        return []
    next_days: list[dt.date | None] = [s.day for s in all_sessions[1:]]
    next_days.append(None)
    return [
        _cycle(series, session, next_day)
        for session, next_day in zip(all_sessions, next_days, strict=True)
    ]


def _interleaved(spasm: Sequence[Cycle], headache: Sequence[Cycle]) -> list[Cycle]:
    return [cycle for pair in zip(spasm, headache, strict=True) for cycle in pair]


def _verdict(spasm_cycles: Sequence[Cycle], headache_cycles: Sequence[Cycle]) -> Cycle | None:
    """Newest session first; in each, the metric of its first injection's indication first."""
    pairs = list(zip(spasm_cycles, headache_cycles, strict=True))
    for spasm, headache in reversed(pairs):
        own = own_metric(spasm.session.injections[0])
        preferred = (headache, spasm) if own is Metric.HEADACHE else (spasm, headache)
        for cycle in preferred:
            if cycle.baseline is not None:
                return cycle
    return None


@dataclass(frozen=True)
class MonthCount:
    """One calendar month's headache days and acute-medication days per class."""

    month: dt.date
    logged_days: int
    headache_days: int
    medication_days: Mapping[MedicationClass, int]
    overused: frozenset[MedicationClass]


def _month_count(
    month: dt.date, logged: int, headache: int, meds: dict[MedicationClass, int]
) -> MonthCount:
    overused = frozenset(
        cls for cls, threshold in OVERUSE_THRESHOLDS.items() if meds[cls] >= threshold
    )
    return MonthCount(month, logged, headache, MappingProxyType(meds), overused)


def monthly_counts(entries: Sequence[Entry]) -> list[MonthCount]:
    """Every calendar month from the first to the last entry's, empty months included."""
    if not entries:
        return []
    first = month_index(min(e.day for e in entries))
    size = month_index(max(e.day for e in entries)) - first + 1
    logged, headache = [0] * size, [0] * size
    meds = {cls: [0] * size for cls in MedicationClass}
    for entry in entries:
        i = month_index(entry.day) - first
        if entry.headache_severity is not None:
            logged[i] += 1
            headache[i] += entry.headache_severity >= 1
        if entry.medication:
            for cls in {dose.medication_class for dose in entry.medication if dose.count >= 1}:
                meds[cls][i] += 1
    return [
        _month_count(
            month_at(first + i),
            logged[i],
            headache[i],
            {cls: days[i] for cls, days in meds.items()},
        )
        for i in range(size)
    ]


@dataclass(frozen=True)
class MigraineResponse:
    """Headache days per 28 days before the first migraine injection against the last 28 days."""

    first_injection_day: dt.date
    before_per_28: float | None
    recent_per_28: float | None
    change_pct: float | None
    meets_30: bool
    meets_50: bool


def headache_days_per_28(series: DailySeries, first: dt.date) -> float | None:
    """Headache days in the 28 days from ``first``, scaled to 28 if at least 14 are logged."""
    last = first + dt.timedelta(days=RESPONSE_DAYS - 1)
    logged = series.logged_between(first, last)
    if logged < RESPONSE_MIN_LOGGED:
        return None
    return series.positive_between(first, last) * RESPONSE_DAYS / logged


def _meets(change_pct: float | None, mark: int) -> bool:
    return change_pct is not None and change_pct <= -mark + _EPSILON


def _migraine_response(
    series: DailySeries, injections: Sequence[Injection], today: dt.date
) -> MigraineResponse | None:
    migraine_days = [inj.day for inj in injections if inj.indication.is_migraine]
    if not migraine_days:
        return None
    first = min(migraine_days)
    before = headache_days_per_28(series, first - dt.timedelta(days=RESPONSE_DAYS))
    recent = headache_days_per_28(series, today - dt.timedelta(days=RESPONSE_DAYS - 1))
    change = None
    if before is not None and recent is not None and before > 0:
        change = (recent - before) / before * 100
    return MigraineResponse(
        first_injection_day=first,
        before_per_28=before,
        recent_per_28=recent,
        change_pct=change,
        meets_30=_meets(change, RESPONSE_MARKS[0]),
        meets_50=_meets(change, RESPONSE_MARKS[1]),
    )


@dataclass(frozen=True)
class CurrentCycle:
    """Where today stands in the latest session's cycle, and the next injection's window."""

    session: Session
    day_number: int
    onset_opens: dt.date
    onset_closes: dt.date
    checkup: dt.date | None
    reinjection: Countdown


@dataclass(frozen=True)
class SessionWindows:
    """A session's expected windows as dates: its first injection's onset window, the
    earliest re-injection window of its injections, and the check-up of a spasm injection."""

    onset: tuple[dt.date, dt.date]
    reinjection: tuple[dt.date, dt.date]
    checkup: dt.date | None


def session_windows(session: Session) -> SessionWindows:
    """The one place a session's windows are worked out (Today, charts and report share it)."""

    def after(days: int) -> dt.date:
        return session.day + dt.timedelta(days=days)

    first = session.injections[0].windows
    windows = [inj.windows for inj in session.injections]
    checkups = [
        days
        for days in (default_checkup_days(inj.indication) for inj in session.injections)
        if days is not None
    ]
    return SessionWindows(
        onset=(after(first.onset_min_days), after(first.onset_max_days)),
        reinjection=(
            after(min(w.reinjection_min_days for w in windows)),
            after(min(w.reinjection_max_days for w in windows)),
        ),
        checkup=after(min(checkups)) if checkups else None,
    )


class JournalTrends:
    """Every analysis of one journal, sharing one DailySeries per metric: build once per load."""

    def __init__(self, entries: Sequence[Entry], injections: Sequence[Injection]) -> None:
        self.entries = tuple(entries)
        self.injections = tuple(injections)
        self.series = {
            metric: DailySeries.from_entries(self.entries, metric) for metric in CHARTED_METRICS
        }
        self.sessions = sessions(self.injections)
        self._cycles: dict[Metric, list[Cycle]] = {}
        self._monthly: list[MonthCount] | None = None

    def cycles(self, metric: Metric) -> list[Cycle]:
        if metric not in self._cycles:
            self._cycles[metric] = series_cycles(self.series[metric], self.sessions)
        return self._cycles[metric]

    def all_cycles(self) -> list[Cycle]:
        return _interleaved(self.cycles(Metric.SPASM), self.cycles(Metric.HEADACHE))

    def latest_verdict(self) -> Cycle | None:
        return _verdict(self.cycles(Metric.SPASM), self.cycles(Metric.HEADACHE))

    def daily_points(self, metric: Metric) -> list[tuple[dt.date, int]]:
        return self.series[metric].points()

    def trailing_mean_series(self, metric: Metric) -> list[tuple[dt.date, float]]:
        return self.series[metric].trailing_mean_points()

    def monthly_counts(self) -> list[MonthCount]:
        if self._monthly is None:
            self._monthly = monthly_counts(self.entries)
        return self._monthly

    def migraine_response(self, today: dt.date) -> MigraineResponse | None:
        """None when the journal holds no chronic-migraine injection."""
        return _migraine_response(self.series[Metric.HEADACHE], self.injections, today)

    def current_cycle(self, today: dt.date) -> CurrentCycle | None:
        """The latest session on or before today, or None if there is none."""
        past = [s for s in self.sessions if s.day <= today]
        if not past:
            return None
        session = past[-1]
        windows = session_windows(session)
        return CurrentCycle(
            session=session,
            day_number=(today - session.day).days,
            onset_opens=windows.onset[0],
            onset_closes=windows.onset[1],
            checkup=windows.checkup,
            reinjection=countdown(*windows.reinjection, today),
        )
