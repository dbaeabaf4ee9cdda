"""The series the chart figures draw, built from the report's v2 analytics.

The figures of journal_app.charts take these plain types; the window still builds them from
its v1 trends (charts/series.py). When the charts build them from an Analysis themselves,
these builders give way to theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from journal_app.charts.series import (
    MAX_OVERLAY_DAYS,
    CycleCurve,
    DailyValues,
    MonthlySeries,
    OverlaySeries,
    SessionMark,
    TimelineSeries,
    day_timestamps,
    month_geometry,
)
from journal_app.domain.analytics import Analysis, Cycle, MonthFigures, Reference, TrackSession
from journal_app.domain.analytics.cycles import IMPROVEMENT_RATIO
from journal_app.domain.metrics import CHARTED_METRICS, METRICS, TRACKS
from journal_app.domain.models import MedicationClass
from journal_app.report.text import dose_text
from journal_app.wording.text import short_date


def session_mark(session: TrackSession) -> SessionMark:
    """A track's session on the timeline, with its own windows as dates."""
    day = session.day
    onset, reinjection = session.onset_window, session.reinjection_window
    checkup = TRACKS[session.indication].checkup_days
    return SessionMark(
        day=day,
        label=" + ".join(dose_text((i.product,), i.units) for i in session.injections),
        onset=(day + dt.timedelta(days=onset[0]), day + dt.timedelta(days=onset[1])),
        reinjection=(
            day + dt.timedelta(days=reinjection[0]),
            day + dt.timedelta(days=reinjection[1]),
        ),
        checkup=None if checkup is None else day + dt.timedelta(days=checkup),
    )


def _array(values: Sequence[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def timeline_input(
    analysis: Analysis,
    first: dt.date,
    count: int,
    sessions: Sequence[TrackSession],
    today: dt.date,
) -> TimelineSeries:
    """``count`` days from ``first`` of every charted metric: its values and centred levels."""
    daily = {}
    for metric in CHARTED_METRICS:
        series = analysis.series(metric)
        days = [first + dt.timedelta(days=i) for i in range(count)]
        daily[metric] = DailyValues(
            values=_array([series.value(day) for day in days]),
            means=_array(series.levels(first, count)),
        )
    return TimelineSeries(
        first_day=first,
        timestamps=day_timestamps(first, count),
        metrics=daily,
        sessions=tuple(session_mark(s) for s in sessions),
        today=today,
        mean_days={metric: METRICS[metric].level_days for metric in CHARTED_METRICS},
    )


def _curve(cycle: Cycle, age: int) -> CycleCurve:
    scale = METRICS[cycle.metric].display_scale
    length = min(cycle.length_days, MAX_OVERLAY_DAYS)
    levels = _array(cycle.levels[:length]) * scale

    def mark(day: int | None) -> tuple[int, float] | None:
        if day is None or day > length or np.isnan(levels[day - 1]):
            return None
        return (day, float(levels[day - 1]))

    verdict = cycle.verdict
    return CycleCurve(
        injection_day=cycle.day,
        label=short_date(cycle.day),
        days=np.arange(1, length + 1, dtype=float),
        means=levels,
        onset=mark(verdict.onset_day),
        wear_off=mark(verdict.wear_off_day),
        age=age,
    )


def overlay_input(cycles: Sequence[Cycle], reference: Reference | None) -> OverlaySeries:
    """A track's cycles (oldest first; the last is the latest) against its reference."""
    latest = cycles[-1]
    metric = latest.metric
    scale = METRICS[metric].display_scale
    value = None if reference is None or reference.value <= 0 else reference.value * scale
    return OverlaySeries(
        metric=metric,
        curves=tuple(_curve(c, len(cycles) - 1 - i) for i, c in enumerate(cycles)),
        onset_window=latest.session.onset_window,
        reinjection_window=latest.session.reinjection_window,
        baseline=value,
        improved_at_most=None if value is None else IMPROVEMENT_RATIO * value,
        mean_days=METRICS[metric].level_days,
    )


def monthly_input(months: Sequence[MonthFigures]) -> MonthlySeries:
    """The months' headache and medication days (a month without medication recorded: 0)."""
    dates = tuple(m.month for m in months)
    centres, widths = month_geometry(dates)

    def taken(month: MonthFigures, medication_class: MedicationClass) -> int:
        days = month.medication_days
        return 0 if days is None else days[medication_class]

    return MonthlySeries(
        months=dates,
        centres=centres,
        widths=widths,
        logged_days=np.array([m.logged_days for m in months], dtype=float),
        headache_days=np.array([m.headache_days for m in months], dtype=float),
        medication_days={
            c: np.array([taken(m, c) for m in months], dtype=float) for c in MedicationClass
        },
        overused={
            c: np.array([c.value in {flag.value for flag in m.overuse} for m in months], bool)
            for c in MedicationClass
        },
    )
