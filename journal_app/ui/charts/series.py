"""Plain series for the charts, read from one JournalTrends: arrays, dates and labels only."""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.domain.models import Injection, MedicationClass, Metric
from journal_app.domain.trends import (
    HEADACHE_DAY_THRESHOLDS,
    IMPROVEMENT_RATIO,
    OVERUSE_THRESHOLDS,
    WINDOW_DAYS,
    Cycle,
    JournalTrends,
    Session,
    session_windows,
)
from journal_app.ui.labels import product_label
from journal_app.ui.text import format_number, short_date

SECONDS_PER_DAY = 86_400
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
#: Cycles are overlaid up to this many days after their injection.
MAX_OVERLAY_DAYS = 150


def _local_noon_offset() -> float:
    # Points sit at local noon, so an hour of daylight saving either way keeps them on their day.
    return 12 * 3600 + time.timezone


def day_timestamp(day: dt.date) -> float:
    """Unix time of the local noon of ``day``: where the charts put that day's point."""
    return (day.toordinal() - _EPOCH_ORDINAL) * SECONDS_PER_DAY + _local_noon_offset()


def day_timestamps(first: dt.date, count: int) -> np.ndarray:
    return day_timestamp(first) + np.arange(count, dtype=float) * SECONDS_PER_DAY


def timestamp_day(timestamp: float) -> dt.date:
    """The day whose point (local noon) is nearest to ``timestamp``."""
    days = round((timestamp - _local_noon_offset()) / SECONDS_PER_DAY)
    return dt.date.fromordinal(min(max(days + _EPOCH_ORDINAL, 1), dt.date.max.toordinal()))


def injection_label(injection: Injection) -> str:
    """ "Botox 155 U": the brand part of the product's name and the units given."""
    brand = product_label(injection.product).split(" (")[0]
    #: %1 a product's brand, %2 the number of units given; "U" abbreviates "units".
    text = QCoreApplication.translate("text", "%1 %2 U").replace("%1", brand)
    return text.replace("%2", format_number(QLocale(), injection.units))


def session_label(session: Session) -> str:
    return " + ".join(injection_label(inj) for inj in session.injections)


# -- the timeline and the calendar share one array per metric -------------------------------


@dataclass(frozen=True)
class DailyValues:
    """One metric per day from ``first_day``: NaN where not logged (values) or undefined (means)."""

    values: np.ndarray
    means: np.ndarray


@dataclass(frozen=True)
class SessionMark:
    """One treatment session on the timeline, with its expected windows as dates."""

    day: dt.date
    label: str
    onset: tuple[dt.date, dt.date]
    reinjection: tuple[dt.date, dt.date]
    checkup: dt.date | None


@dataclass(frozen=True)
class TimelineSeries:
    first_day: dt.date
    timestamps: np.ndarray
    metrics: Mapping[Metric, DailyValues]
    sessions: tuple[SessionMark, ...]
    today: dt.date
    mean_days: Mapping[Metric, int] = field(default_factory=lambda: dict(WINDOW_DAYS))

    @property
    def is_empty(self) -> bool:
        return len(self.timestamps) == 0 and not self.sessions

    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=max(len(self.timestamps) - 1, 0))

    def index(self, day: dt.date) -> int | None:
        i = (day - self.first_day).days
        return i if 0 <= i < len(self.timestamps) else None

    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day anything is shown: entries, windows and today."""
        days = [self.today]
        if len(self.timestamps):
            days += [self.first_day, self.last_day]
        for mark in self.sessions:
            days += [mark.day, mark.reinjection[1]]
        return min(days), max(days)


# -- the overlay ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CycleCurve:
    """One cycle's trailing means by day since the injection, NaN where undefined."""

    injection_day: dt.date
    label: str
    days: np.ndarray
    means: np.ndarray
    onset: tuple[int, float] | None
    wear_off: tuple[int, float] | None
    age: int  # 0 for the latest cycle, 1 for the one before, …

    @property
    def is_latest(self) -> bool:
        return self.age == 0


@dataclass(frozen=True)
class OverlaySeries:
    metric: Metric
    curves: tuple[CycleCurve, ...]  # oldest first
    onset_window: tuple[int, int] | None
    reinjection_window: tuple[int, int] | None
    baseline: float | None
    improved_at_most: float | None
    mean_days: int

    @property
    def is_empty(self) -> bool:
        return not any(np.isfinite(curve.means).any() for curve in self.curves)

    @property
    def last_day(self) -> int:
        """The last day since injection worth showing: curves and windows, within the cap."""
        days = [int(curve.days[-1]) for curve in self.curves if len(curve.days)]
        if self.reinjection_window is not None:
            days.append(self.reinjection_window[1] + 7)
        return min(max(days, default=MAX_OVERLAY_DAYS), MAX_OVERLAY_DAYS)


# -- monthly counts ------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthlySeries:
    months: tuple[dt.date, ...]
    centres: np.ndarray
    widths: np.ndarray  # each month's length in seconds
    logged_days: np.ndarray
    headache_days: np.ndarray
    medication_days: Mapping[MedicationClass, np.ndarray]
    overused: Mapping[MedicationClass, np.ndarray]
    headache_thresholds: tuple[int, ...] = HEADACHE_DAY_THRESHOLDS
    overuse_thresholds: Mapping[MedicationClass, int] = field(
        default_factory=lambda: dict(OVERUSE_THRESHOLDS)
    )

    @property
    def is_empty(self) -> bool:
        return not self.months

    def month_at(self, timestamp: float) -> int | None:
        """Index of the month whose bar spans ``timestamp``, if any."""
        if not self.months:
            return None
        starts = self.centres - self.widths / 2
        i = int(np.searchsorted(starts, timestamp, side="right")) - 1
        return i if 0 <= i < len(self.months) and timestamp < starts[i] + self.widths[i] else None


# -- the calendar --------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarSeries:
    first_day: dt.date
    metrics: Mapping[Metric, DailyValues]
    injections: Mapping[dt.date, str]
    today: dt.date

    @property
    def is_empty(self) -> bool:
        no_days = all(len(daily.values) == 0 for daily in self.metrics.values())
        return no_days and not self.injections

    def severity(self, metric: Metric, day: dt.date) -> int | None:
        values = self.metrics[metric].values
        i = (day - self.first_day).days
        if not 0 <= i < len(values) or np.isnan(values[i]):
            return None
        return int(values[i])


# -- building them from one JournalTrends ------------------------------------------------------


def _months_after(month: dt.date, count: int) -> dt.date:
    year, index = divmod(month.year * 12 + month.month - 1 + count, 12)
    return dt.date(year, index + 1, 1)


def _month_geometry(months: Sequence[dt.date]) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.array([calendar.monthrange(m.year, m.month)[1] for m in months], dtype=float)
    starts = np.array([day_timestamp(m) for m in months]) - SECONDS_PER_DAY / 2
    widths = lengths * SECONDS_PER_DAY
    return starts + widths / 2, widths


def _session_mark(session: Session) -> SessionMark:
    windows = session_windows(session)
    return SessionMark(
        day=session.day,
        label=session_label(session),
        onset=windows.onset,
        reinjection=windows.reinjection,
        checkup=windows.checkup,
    )


def _curve(cycle: Cycle, age: int) -> CycleCurve:
    length = min(cycle.length_days, MAX_OVERLAY_DAYS)
    means = np.full(max(length, 0), np.nan)
    for day, mean in cycle.curve:
        if day > length:
            break
        means[day - 1] = mean

    def mark(day: int | None) -> tuple[int, float] | None:
        return (day, float(means[day - 1])) if day is not None and day <= length else None

    return CycleCurve(
        injection_day=cycle.session.day,
        label=short_date(cycle.session.day),
        days=np.arange(1, length + 1, dtype=float),
        means=means,
        onset=mark(cycle.onset_day),
        wear_off=mark(cycle.wear_off_day),
        age=age,
    )


class ChartData:
    """The series of every view from one JournalTrends; each built when first asked for."""

    def __init__(self, trends: JournalTrends, today: dt.date) -> None:
        self.trends = trends
        self.today = today

    @cached_property
    def _first_day(self) -> dt.date:
        firsts = [s.first_day for s in self.trends.series.values() if s.first_day is not None]
        return min(firsts, default=self.today)

    @cached_property
    def _day_count(self) -> int:
        lasts = [s.last_day for s in self.trends.series.values() if s.last_day is not None]
        return (max(lasts) - self._first_day).days + 1 if lasts else 0

    @cached_property
    def daily(self) -> dict[Metric, DailyValues]:
        values = self._logged_values()
        first, count = self._first_day, self._day_count
        return {
            metric: DailyValues(
                values=values[metric],
                means=np.array(self.trends.series[metric].trailing_means(first, count), float),
            )
            for metric in CHARTED_METRICS
        }

    def _logged_values(self) -> dict[Metric, np.ndarray]:
        """Each day's severity per metric, NaN where not logged: one pass over the entries."""
        entries, origin = self.trends.entries, self._first_day.toordinal()
        days = np.fromiter((e.day.toordinal() - origin for e in entries), int, len(entries))
        values = {}
        for metric, read in (
            (Metric.SPASM, lambda e: e.spasm_severity),
            (Metric.HEADACHE, lambda e: e.headache_severity),
        ):
            logged = np.fromiter(
                (v if (v := read(e)) is not None else np.nan for e in entries), float, len(entries)
            )
            dense = np.full(self._day_count, np.nan)
            inside = (days >= 0) & (days < self._day_count)
            dense[days[inside]] = logged[inside]
            values[metric] = dense
        return values

    @cached_property
    def timeline(self) -> TimelineSeries:
        return TimelineSeries(
            first_day=self._first_day,
            timestamps=day_timestamps(self._first_day, self._day_count),
            metrics=self.daily,
            sessions=tuple(_session_mark(s) for s in self.trends.sessions),
            today=self.today,
        )

    def overlay(self, metric: Metric) -> OverlaySeries:
        cycles = self.trends.cycles(metric)
        latest = cycles[-1] if cycles else None
        windows = latest.injection.windows if latest else None
        baseline = latest.baseline if latest else None
        return OverlaySeries(
            metric=metric,
            curves=tuple(_curve(c, len(cycles) - 1 - i) for i, c in enumerate(cycles)),
            onset_window=(windows.onset_min_days, windows.onset_max_days) if windows else None,
            reinjection_window=(
                (windows.reinjection_min_days, windows.reinjection_max_days) if windows else None
            ),
            baseline=baseline,
            improved_at_most=IMPROVEMENT_RATIO * baseline if baseline else None,
            mean_days=WINDOW_DAYS[metric],
        )

    @cached_property
    def monthly(self) -> MonthlySeries:
        counts = self.trends.monthly_counts()
        months = tuple(c.month for c in counts)
        centres, widths = _month_geometry(months)
        return MonthlySeries(
            months=months,
            centres=centres,
            widths=widths,
            logged_days=np.array([c.logged_days for c in counts], dtype=float),
            headache_days=np.array([c.headache_days for c in counts], dtype=float),
            medication_days={
                cls: np.array([c.medication_days[cls] for c in counts], dtype=float)
                for cls in MedicationClass
            },
            overused={
                cls: np.array([cls in c.overused for c in counts], dtype=bool)
                for cls in MedicationClass
            },
        )

    @cached_property
    def calendar(self) -> CalendarSeries:
        return CalendarSeries(
            first_day=self._first_day,
            metrics=self.daily,
            injections={mark.day: mark.label for mark in self.timeline.sessions},
            today=self.today,
        )


def month_span(last: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """The first day of the month ``months`` − 1 before ``last``'s, and the first after it."""
    end = _months_after(dt.date(last.year, last.month, 1), 1)
    return _months_after(end, -months), end
