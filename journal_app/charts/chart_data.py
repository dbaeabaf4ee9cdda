"""Builds the charts' series from one Analysis (PRODUCT.md §4, version 2)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from itertools import groupby
from types import MappingProxyType

import numpy as np

from journal_app.charts.series import (
    MAX_OVERLAY_DAYS,
    SECONDS_PER_DAY,
    CalendarSeries,
    CycleCurve,
    CycleSpread,
    DailyValues,
    InjectionLabels,
    InjectionMark,
    MonthlySeries,
    OverlaySeries,
    SessionMark,
    TimelineSeries,
    day_timestamp,
    day_timestamps,
    injections_label,
)
from journal_app.domain.analytics import Analysis, Cycle, MonthFigures, Overuse, Track
from journal_app.domain.analytics.cycles import IMPROVEMENT_RATIO
from journal_app.domain.analytics.monthly import (
    HEADACHE_DAY_MARKS,
    MULTIPLE_CLASSES_DAYS,
    OVERUSE_THRESHOLDS,
)
from journal_app.domain.checkins import NO_REPORTS, PatientReports, SessionCheckIns
from journal_app.domain.metrics import CHARTED_METRICS, METRICS, TRACKS
from journal_app.domain.models import Indication, Injection, MedicationClass, Metric
from journal_app.domain.months import days_in_month
from journal_app.wording.text import short_date

#: With more cycles than this, the overlay adds their median and interquartile range.
SPREAD_AFTER_CYCLES = 6
_TRACK_ORDER = {indication: i for i, indication in enumerate(TRACKS)}


# -- the timeline ----------------------------------------------------------------------------


def daily_values(analysis: Analysis, first: dt.date, count: int) -> dict[Metric, DailyValues]:
    """Each charted metric's values and levels for ``count`` days from ``first``."""
    entries, origin = analysis.entries, first.toordinal()
    days = np.fromiter((e.day.toordinal() - origin for e in entries), int, len(entries))
    inside = (days >= 0) & (days < count)
    daily = {}
    for metric in CHARTED_METRICS:
        spec = METRICS[metric]
        read = spec.daily_value
        logged = np.fromiter(
            (v if (v := read(e)) is not None else np.nan for e in entries), float, len(entries)
        )
        values = np.full(count, np.nan)
        values[days[inside]] = logged[inside]
        levels = np.array(analysis.series(metric).levels(first, count), float)
        daily[metric] = DailyValues(values=values, levels=levels * spec.display_scale)
    return daily


def injection_marks(
    injections: Iterable[Injection], label: Callable[[Sequence[Injection]], str] = injections_label
) -> tuple[InjectionMark, ...]:
    """One mark per day with injections, oldest first; a day's injections in recorded order."""
    ordered = sorted(injections, key=lambda injection: injection.day)
    return tuple(
        InjectionMark(day, label(list(group)))
        for day, group in groupby(ordered, key=lambda injection: injection.day)
    )


def _window(
    day: dt.date, window: tuple[int, int], until: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """``window`` days after ``day`` as dates, cut the day before ``until``."""
    first, last = day + dt.timedelta(days=window[0]), day + dt.timedelta(days=window[1])
    if until is not None:
        last = min(last, until - dt.timedelta(days=1))
    return (first, last) if first <= last else None


def session_marks(
    tracks: Iterable[Track], label: Callable[[Sequence[Injection]], str] = injections_label
) -> tuple[SessionMark, ...]:
    """Every track's sessions, each with its windows until the track's next session."""
    marks = []
    for track in tracks:
        sessions = track.sessions
        checkup_days = track.spec.checkup_days
        for i, session in enumerate(sessions):
            until = sessions[i + 1].day if i + 1 < len(sessions) else None
            checkup = None
            if checkup_days is not None:
                day = session.day + dt.timedelta(days=checkup_days)
                checkup = day if until is None or day < until else None
            marks.append(
                SessionMark(
                    indication=track.indication,
                    day=session.day,
                    label=label(session.injections),
                    onset=_window(session.day, session.onset_window, until),
                    reinjection=_window(session.day, session.reinjection_window, until),
                    checkup=checkup,
                )
            )
    return tuple(sorted(marks, key=lambda m: (m.day, _TRACK_ORDER[m.indication])))


def timeline_series(analysis: Analysis, first: dt.date, count: int) -> TimelineSeries:
    """``count`` days from ``first`` of every charted metric, and every session marked."""
    as_of = analysis.as_of
    labels = InjectionLabels()
    return TimelineSeries(
        first_day=first,
        timestamps=day_timestamps(first, count),
        metrics=daily_values(analysis, first, count),
        injections=injection_marks(analysis.injections, labels),
        sessions=session_marks(analysis.tracks, labels),
        today=analysis.today,
        as_of=as_of.day,
        quiet=as_of.quiet,
    )


# -- cycles overlaid ---------------------------------------------------------------------------


def _curve(cycle: Cycle, age: int, scale: int, said: SessionCheckIns) -> CycleCurve:
    length = min(cycle.length_days, MAX_OVERLAY_DAYS)
    levels = np.array(
        [np.nan if level is None else level * scale for level in cycle.levels[:length]], float
    )

    def mark(day: int | None) -> tuple[int, float] | None:
        if day is None or day > length or not np.isfinite(levels[day - 1]):
            return None
        return day, float(levels[day - 1])

    verdict = cycle.verdict
    return CycleCurve(
        session_day=cycle.day,
        label=short_date(cycle.day),
        days=np.arange(1, length + 1, dtype=float),
        levels=levels,
        onset=mark(verdict.onset_day),
        wear_off=mark(verdict.wear_off_day),
        onset_status=verdict.onset_status,
        age=age,
        week4=said.week4.impression if said.week4 else None,
        before_next=said.before_next.impression if said.before_next else None,
        reported_wear_off_day=said.reported_wear_off_day,
    )


def cycle_spread(curves: Sequence[CycleCurve]) -> CycleSpread | None:
    """Median and quartiles by day, on days that at least half the cycles reach with a level."""
    if len(curves) <= SPREAD_AFTER_CYCLES:
        return None
    width = max(len(curve.levels) for curve in curves)
    table = np.full((len(curves), width), np.nan)
    for row, curve in zip(table, curves, strict=False):
        row[: len(curve.levels)] = curve.levels
    enough = np.isfinite(table).sum(axis=0) >= math.ceil(len(curves) / 2)
    days = np.flatnonzero(enough)
    if not len(days):
        return None
    low, median, high = np.nanpercentile(table[:, days], [25, 50, 75], axis=0)
    return CycleSpread(days + 1.0, median, low, high, len(curves))


def overlay_series(
    indication: Indication, cycles: Sequence[Cycle], patient: PatientReports = NO_REPORTS
) -> OverlaySeries:
    """``cycles`` of one track's course (oldest first) overlaid; those without a level are
    left out, and the newest drawn one is the one emphasised. ``patient`` (an Analysis's
    ``patient``) gives each cycle what its check-ins said."""
    metric = TRACKS[indication].judged_metric
    spec = METRICS[metric]
    scale = spec.display_scale
    drawn = [cycle for cycle in cycles if any(level is not None for level in cycle.levels)]
    curves = tuple(
        _curve(c, len(drawn) - 1 - i, scale, patient.of_session(c.day, indication))
        for i, c in enumerate(drawn)
    )
    latest = cycles[-1] if cycles else None
    reference = (drawn[-1] if drawn else latest).reference if latest else None
    value = None if reference is None else reference.value * scale
    return OverlaySeries(
        indication=indication,
        metric=metric,
        course=latest.course if latest else 1,
        curves=curves,
        onset_window=latest.session.onset_window if latest else None,
        reinjection_window=latest.session.reinjection_window if latest else None,
        reference=value,
        reference_kind=None if reference is None else reference.kind,
        improved_at_most=IMPROVEMENT_RATIO * value if value else None,
        spread=cycle_spread(curves),
        level_days=spec.level_days,
        scale_top=float(spec.highest_value * scale),
    )


# -- monthly figures ------------------------------------------------------------------------------


def month_geometry(months: Sequence[dt.date]) -> tuple[np.ndarray, np.ndarray]:
    """Each month's centre and length as timestamps: where its bars stand and how wide."""
    lengths = np.array([days_in_month(m) for m in months], dtype=float)
    starts = np.array([day_timestamp(m) for m in months]) - SECONDS_PER_DAY / 2
    widths = lengths * SECONDS_PER_DAY
    return starts + widths / 2, widths


def monthly_series(months: Sequence[MonthFigures]) -> MonthlySeries:
    def figures(read: object) -> np.ndarray:
        return np.array([read(m) for m in months], dtype=float)  # type: ignore[operator]

    def medication(month: MonthFigures, medication_class: MedicationClass) -> float:
        days = month.medication_days
        return np.nan if days is None else days[medication_class]

    def overused(month: MonthFigures, medication_class: MedicationClass) -> bool:
        flag = Overuse(medication_class.value) if medication_class in OVERUSE_THRESHOLDS else None
        return flag in month.overuse

    centres, widths = month_geometry(tuple(m.month for m in months))
    return MonthlySeries(
        months=tuple(m.month for m in months),
        centres=centres,
        widths=widths,
        logged_days=figures(lambda m: m.logged_days),
        headache_days=figures(lambda m: m.headache_days),
        moderate_severe_days=figures(lambda m: m.moderate_severe_days),
        partial=np.array([m.partial for m in months], dtype=bool),
        medication_days={
            c: np.array([medication(m, c) for m in months], dtype=float) for c in MedicationClass
        },
        acute_medication_days=figures(
            lambda m: np.nan if m.acute_medication_days is None else m.acute_medication_days
        ),
        overused={
            c: np.array([overused(m, c) for m in months], dtype=bool) for c in MedicationClass
        },
        multiple_classes=np.array(
            [Overuse.MULTIPLE_CLASSES in m.overuse for m in months], dtype=bool
        ),
        headache_marks=HEADACHE_DAY_MARKS,
        overuse_thresholds=MappingProxyType(dict(OVERUSE_THRESHOLDS)),
        multiple_classes_days=MULTIPLE_CLASSES_DAYS,
    )


# -- every view of the window -----------------------------------------------------------------


class ChartData:
    """The series of every view of the window from one Analysis, each built when first asked
    for: the whole journal, every track."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._overlays: dict[tuple[Indication, int], OverlaySeries] = {}

    @property
    def today(self) -> dt.date:
        return self.analysis.today

    @cached_property
    def _days(self) -> tuple[dt.date, int]:
        """The first charted day and how many follow, from the first to the last logged day."""
        series = [self.analysis.series(metric) for metric in CHARTED_METRICS]
        firsts = [s.first_day for s in series if s.first_day is not None]
        lasts = [s.last_day for s in series if s.last_day is not None]
        if not firsts:
            return self.today, 0
        return min(firsts), (max(lasts) - min(firsts)).days + 1

    @cached_property
    def timeline(self) -> TimelineSeries:
        return timeline_series(self.analysis, *self._days)

    @property
    def tracks(self) -> tuple[Indication, ...]:
        """The tracks injected, in TRACKS' order."""
        return tuple(track.indication for track in self.analysis.tracks)

    @cached_property
    def latest_track(self) -> Indication | None:
        """The track of the latest session (the first in TRACKS' order on a shared day)."""
        sessions = self.timeline.sessions
        if not sessions:
            return None
        latest = sessions[-1].day
        return next(mark.indication for mark in sessions if mark.day == latest)

    def courses(self, indication: Indication) -> Mapping[int, tuple[Cycle, ...]]:
        """The track's courses: each course's cycles, oldest course first."""
        cycles = self.analysis.cycles(indication)
        return {course: tuple(group) for course, group in groupby(cycles, key=lambda c: c.course)}

    def overlay(self, indication: Indication, course: int | None = None) -> OverlaySeries:
        """One course of a track overlaid: the latest course unless ``course`` is given."""
        courses = self.courses(indication)
        chosen = course if course is not None and course in courses else max(courses)
        key = (indication, chosen)
        if key not in self._overlays:
            self._overlays[key] = overlay_series(indication, courses[chosen], self.analysis.patient)
        return self._overlays[key]

    @cached_property
    def monthly(self) -> MonthlySeries:
        return monthly_series(self.analysis.monthly)

    @cached_property
    def calendar(self) -> CalendarSeries:
        return CalendarSeries(
            first_day=self._days[0],
            metrics=self.timeline.metrics,
            injections={mark.day: mark.label for mark in self.timeline.injections},
            today=self.today,
            as_of=self.analysis.as_of.day,
        )
