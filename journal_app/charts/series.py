"""The series the charts draw: arrays, dates and labels only.

One set of types for the window and the report (journal_app.charts.chart_data builds them
from an Analysis): the window charts the whole journal, the report the days and cycles of
its range.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale

from journal_app.domain.analytics import OnsetStatus, ReferenceKind
from journal_app.domain.checkins import Impression
from journal_app.domain.models import Indication, Injection, MedicationClass, Metric, Product
from journal_app.wording.labels import product_label
from journal_app.wording.text import format_number

SECONDS_PER_DAY = 86_400
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
#: Cycles are overlaid up to this many days after their session.
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


def injections_label(injections: Sequence[Injection]) -> str:
    """ "Botox 155 U + Xeomin 200 U": a day's injections in the order they were recorded."""
    return " + ".join(injection_label(injection) for injection in injections)


class InjectionLabels:
    """injections_label with each product and dose worded once: a 20-year journal has 160
    sessions of a few doses, and each wording asks Qt for a translation and a number."""

    def __init__(self) -> None:
        self._known: dict[tuple[Product, float], str] = {}

    def __call__(self, injections: Sequence[Injection]) -> str:
        texts = []
        for injection in injections:
            key = (injection.product, injection.units)
            if key not in self._known:
                self._known[key] = injection_label(injection)
            texts.append(self._known[key])
        return " + ".join(texts)


# -- the timeline and the calendar share one array per metric -------------------------------


@dataclass(frozen=True)
class DailyValues:
    """One metric per day from ``first_day``: NaN where not logged (values) or undefined
    (levels, the centred means of PRODUCT.md §4)."""

    values: np.ndarray
    levels: np.ndarray


@dataclass(frozen=True)
class InjectionMark:
    """A day with injections: one labelled line, whichever tracks they belong to."""

    day: dt.date
    label: str


@dataclass(frozen=True)
class SessionMark:
    """One session of one track; its windows as dates, cut where the track's next session
    replaces them (None when nothing of a window is left)."""

    indication: Indication
    day: dt.date
    label: str
    onset: tuple[dt.date, dt.date] | None
    reinjection: tuple[dt.date, dt.date] | None
    checkup: dt.date | None


@dataclass(frozen=True)
class TimelineSeries:
    first_day: dt.date
    timestamps: np.ndarray
    metrics: Mapping[Metric, DailyValues]
    injections: tuple[InjectionMark, ...]
    sessions: tuple[SessionMark, ...]  # by day, then in TRACKS' order
    today: dt.date
    # The day "now" is judged on (§4): today, or the last entry's day of a quiet journal.
    as_of: dt.date
    quiet: bool

    @property
    def is_empty(self) -> bool:
        return len(self.timestamps) == 0 and not self.injections

    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=max(len(self.timestamps) - 1, 0))

    def index(self, day: dt.date) -> int | None:
        i = (day - self.first_day).days
        return i if 0 <= i < len(self.timestamps) else None

    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day anything is shown: entries, windows and the as-of day."""
        days = [self.as_of]
        if len(self.timestamps):
            days += [self.first_day, self.last_day]
        days += [mark.day for mark in self.injections]
        days += [mark.reinjection[1] for mark in self.sessions if mark.reinjection]
        return min(days), max(days)


# -- the overlay ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CycleCurve:
    """One cycle's levels by day since its session (k = 1 … L), NaN where undefined."""

    session_day: dt.date
    label: str
    days: np.ndarray
    levels: np.ndarray
    onset: tuple[int, float] | None
    wear_off: tuple[int, float] | None
    onset_status: OnsetStatus
    age: int  # 0 for the latest cycle, 1 for the one before, …
    # What the patient said of the cycle (§3 check-ins), shown beside what was detected.
    week4: Impression | None = None
    before_next: Impression | None = None
    reported_wear_off_day: int | None = None

    @property
    def is_latest(self) -> bool:
        return self.age == 0

    @property
    def reported_wear_off(self) -> tuple[int, float | None] | None:
        """Where the reported wear-off is marked: its day, at the curve's level on that day, or
        None for the level where the curve has none (the mark then sits on the plot's floor);
        None when the day is beyond the overlay's days."""
        day = self.reported_wear_off_day
        if day is None or not 1 <= day <= MAX_OVERLAY_DAYS:
            return None
        return day, self.level(day)

    def level(self, day: int) -> float | None:
        if 1 <= day <= len(self.levels) and np.isfinite(self.levels[day - 1]):
            return float(self.levels[day - 1])
        return None


@dataclass(frozen=True)
class CycleSpread:
    """The median of the cycles' levels by day, and their interquartile range."""

    days: np.ndarray
    median: np.ndarray
    low: np.ndarray
    high: np.ndarray
    cycles: int


@dataclass(frozen=True)
class OverlaySeries:
    """One course of one track: its cycles on one axis of days since the session."""

    indication: Indication
    metric: Metric  # the metric the track is judged on
    course: int
    curves: tuple[CycleCurve, ...]  # oldest first
    onset_window: tuple[int, int] | None  # the latest session's
    reinjection_window: tuple[int, int] | None
    # Levels as shown (headache days per 28 days for headache days), like the curves.
    reference: float | None
    reference_kind: ReferenceKind | None
    improved_at_most: float | None
    spread: CycleSpread | None
    level_days: int
    scale_top: float  # the highest level there can be (10, or 28 days)

    @property
    def is_empty(self) -> bool:
        return not any(np.isfinite(curve.levels).any() for curve in self.curves)

    @property
    def reported_wear_offs(self) -> list[tuple[CycleCurve, tuple[int, float | None]]]:
        """The cycles whose reported wear-off day is on the chart, with where it is marked."""
        return [(c, mark) for c in self.curves if (mark := c.reported_wear_off) is not None]

    @property
    def last_day(self) -> int:
        """The last day since the session worth showing: curves, windows and reported wear-off
        days, within the cap."""
        days = [int(curve.days[-1]) for curve in self.curves if len(curve.days)]
        days += [mark[0] + 3 for _curve, mark in self.reported_wear_offs]
        if self.reinjection_window is not None:
            days.append(self.reinjection_window[1] + 7)
        return min(max(days, default=MAX_OVERLAY_DAYS), MAX_OVERLAY_DAYS)


# -- monthly figures -------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthlySeries:
    """PRODUCT.md §4's monthly figures, one array element per month that holds an entry."""

    months: tuple[dt.date, ...]
    centres: np.ndarray
    widths: np.ndarray  # each month's length in seconds
    logged_days: np.ndarray
    headache_days: np.ndarray
    moderate_severe_days: np.ndarray
    partial: np.ndarray  # bool: fewer than 21 days logged
    # NaN in a month in which no entry recorded medication.
    medication_days: Mapping[MedicationClass, np.ndarray]
    acute_medication_days: np.ndarray
    overused: Mapping[MedicationClass, np.ndarray]  # bool
    multiple_classes: np.ndarray  # bool: overuse of several classes together (ICHD-3 8.2.6)
    headache_marks: tuple[int, ...]
    overuse_thresholds: Mapping[MedicationClass, int]
    multiple_classes_days: int

    @property
    def is_empty(self) -> bool:
        return not self.months

    @property
    def medication_recorded(self) -> np.ndarray:
        return np.isfinite(self.acute_medication_days)

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
    as_of: dt.date  # the day "now" is judged on (§4): the calendar opens there

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
