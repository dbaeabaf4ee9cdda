"""What the clinician PDF says (PRODUCT.md §6), as plain data for a date range and sections."""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from journal_app import __version__
from journal_app.domain.analytics import Analysis, MonthFigures
from journal_app.domain.analytics import Cycle as TrackCycle
from journal_app.domain.analytics.monthly import monthly_figures
from journal_app.domain.metrics import CHARTED_METRICS, METRICS, TRACKS
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    Metric,
    Profile,
    SideEffect,
)
from journal_app.domain.months import days_in_month, last_day_of_month, months_from_to
from journal_app.domain.trends import (
    Cycle,
    JournalTrends,
    MigraineResponse,
    MonthCount,
    OnsetStatus,
    Session,
    monthly_counts,
)
from journal_app.domain.windows import (
    MIN_SAFE_INTERVAL_DAYS,
    Countdown,
)

#: Months of headache days on the summary page.
SUMMARY_MONTHS = 6
#: The summary page's timeline shows at most this many days, up to the as-of day.
SUMMARY_TIMELINE_DAYS = 365
#: The monthly chart shows at most this many of the range's months that hold data.
CHART_MONTHS = 24


class Section(str, Enum):
    """The report's detail sections, in the order they follow the summary page."""

    CYCLES = "cycles"
    OVERLAY = "overlay"
    INJECTIONS = "injections"
    MONTHLY = "monthly"
    SIDE_EFFECTS = "side_effects"
    CALENDAR = "calendar"
    NOTES = "notes"


#: Notes are the patient's own words, so they are left out unless asked for.
DEFAULT_SECTIONS = frozenset(Section) - {Section.NOTES}


@dataclass(frozen=True)
class ReportOptions:
    """The range (None: the journal's first day / today) and the detail sections wanted."""

    start: dt.date | None = None
    end: dt.date | None = None
    sections: frozenset[Section] = DEFAULT_SECTIONS


@dataclass(frozen=True)
class DateRange:
    """Both ends included."""

    start: dt.date
    end: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class ReportRangeError(ValueError):
    """The range asked for is empty (its start is after its end)."""


# -- the summary page ----------------------------------------------------------------------


@dataclass(frozen=True)
class IndicationSummary:
    """The latest cycle of one indication in the range, and how its earlier cycles went."""

    indication: Indication
    metric: Metric
    session_day: dt.date
    cycle_days: int
    in_progress: bool
    baseline: float | None
    onset_day: int | None
    onset_status: OnsetStatus
    onset_window: tuple[int, int]
    peak_improvement_pct: float | None
    wear_off_day: int | None
    judged_cycles: int
    onsets_detected: int
    median_onset_day: float | None
    median_wear_off_day: float | None


@dataclass(frozen=True)
class NextInjection:
    """The latest session's re-injection window against the report's day, and its check-up."""

    session_day: dt.date
    window: Countdown
    checkup: dt.date | None


@dataclass(frozen=True)
class SideEffectTally:
    """On how many days of the range a side effect was logged, and the latest of them."""

    side_effect: SideEffect
    days: int
    last_day: dt.date


@dataclass(frozen=True)
class MonthRow(MonthCount):
    """One calendar month's counts, cut to the range, and how many of its days that holds."""

    calendar_days: int


@dataclass(frozen=True)
class Summary:
    """Everything page 1 says."""

    profile: Profile
    range: DateRange
    as_of: dt.date
    generated_on: dt.date
    app_version: str
    logged_days: int
    latest_session: Session | None
    next_injection: NextInjection | None
    indications: tuple[IndicationSummary, ...]
    migraine_response: MigraineResponse | None
    recent_months: tuple[MonthRow, ...]
    side_effects: tuple[SideEffectTally, ...]


# -- charts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRange:
    """The summary page's timeline: the last year of the range that holds data, to the as-of
    day (the last entry's day of a journal gone quiet, PRODUCT.md §4)."""

    span: DateRange
    as_of: dt.date


@dataclass(frozen=True)
class CycleOverlay:
    """One track's cycles in the range, of its latest course there, oldest first: drawn on
    one axis of days since the session against that course's reference."""

    indication: Indication
    cycles: tuple[TrackCycle, ...]


@dataclass(frozen=True)
class CalendarMonth:
    """One month of daily severities (index 0 = the 1st; None = not logged or out of range)."""

    month: dt.date
    #: Per charted metric, its value on each day.
    severities: Mapping[Metric, tuple[int | None, ...]]
    injection_days: frozenset[int]
    #: The first and last day of the month inside the report's range.
    in_range: tuple[int, int]


# -- tables --------------------------------------------------------------------------------


@dataclass(frozen=True)
class InjectionRow:
    """One injection and the days since the previous session (None for the first)."""

    injection: Injection
    days_since_previous: int | None

    @property
    def short_interval(self) -> bool:
        gap = self.days_since_previous
        return gap is not None and gap < MIN_SAFE_INTERVAL_DAYS


@dataclass(frozen=True)
class CycleDay:
    """Which session a day falls after, and its day number (0 = the injection day)."""

    session_day: dt.date
    day: int


@dataclass(frozen=True)
class SideEffectRow:
    day: dt.date
    side_effects: tuple[SideEffect, ...]
    other_text: str
    cycle_day: CycleDay | None


@dataclass(frozen=True)
class NoteRow:
    day: dt.date
    text: str
    cycle_day: CycleDay | None


@dataclass(frozen=True)
class Report:
    """The whole report; sections not chosen are empty."""

    options: ReportOptions
    summary: Summary
    #: The analyses of the journal up to the range's end, that the charts are drawn from.
    trends: JournalTrends
    analysis: Analysis
    timeline: TimelineRange
    #: One session's cycle of one metric its indications treat, per row.
    cycles: tuple[Cycle, ...]
    overlays: tuple[CycleOverlay, ...]
    injections: tuple[InjectionRow, ...]
    months: tuple[MonthRow, ...]
    #: The monthly chart's months (§4 version 2): the last CHART_MONTHS that hold data.
    chart_months: tuple[MonthFigures, ...]
    side_effects: tuple[SideEffectRow, ...]
    calendar: tuple[CalendarMonth, ...]
    notes: tuple[NoteRow, ...]

    def has(self, section: Section) -> bool:
        return section in self.options.sections


# -- building ------------------------------------------------------------------------------


def report_range(
    options: ReportOptions,
    entries: Sequence[Entry],
    injections: Sequence[Injection],
    today: dt.date,
) -> DateRange:
    """The range options ask for; open ends become the journal's first day and today."""
    end = options.end or today
    start = options.start
    if start is None:
        days = [e.day for e in entries] + [i.day for i in injections]
        start = min(days, default=end)
        start = min(start, end)
    if start > end:
        raise ReportRangeError(
            f"The report's range starts on {start.isoformat()}, after its end on {end.isoformat()}."
        )
    return DateRange(start, end)


def build_report(
    profile: Profile,
    entries: Sequence[Entry],
    injections: Sequence[Injection],
    options: ReportOptions,
    *,
    today: dt.date,
    app_version: str = __version__,
) -> Report:
    """The report of the journal as it stood at the range's end.

    Analytics see every record up to the range's end (baselines reach before its start);
    tables and charts list what falls inside it.
    """
    span = report_range(options, entries, injections, today)
    as_of = min(span.end, today)
    known_entries = [e for e in entries if e.day <= span.end]
    known_injections = [i for i in injections if i.day <= span.end]
    trends = JournalTrends(known_entries, known_injections)
    analysis = Analysis.of(known_entries, known_injections, profile, today, range_end=span.end)
    in_range = [e for e in known_entries if e.day >= span.start]
    months = month_rows(in_range, span)
    sessions = trends.sessions
    wanted = options.sections
    return Report(
        options=options,
        summary=_summary(profile, trends, span, as_of, today, app_version, in_range, months),
        trends=trends,
        analysis=analysis,
        timeline=timeline_range(analysis, span),
        cycles=tuple(cycle_rows(trends, span)) if Section.CYCLES in wanted else (),
        overlays=tuple(track_overlays(analysis, span)) if Section.OVERLAY in wanted else (),
        injections=(
            tuple(injection_rows(known_injections, span)) if Section.INJECTIONS in wanted else ()
        ),
        months=tuple(months) if Section.MONTHLY in wanted else (),
        chart_months=tuple(chart_months(in_range)) if Section.MONTHLY in wanted else (),
        side_effects=(
            tuple(side_effect_rows(in_range, sessions)) if Section.SIDE_EFFECTS in wanted else ()
        ),
        calendar=(
            tuple(calendar_months(in_range, known_injections, span))
            if Section.CALENDAR in wanted
            else ()
        ),
        notes=tuple(note_rows(in_range, sessions)) if Section.NOTES in wanted else (),
    )


def _summary(
    profile: Profile,
    trends: JournalTrends,
    span: DateRange,
    as_of: dt.date,
    today: dt.date,
    app_version: str,
    in_range: Sequence[Entry],
    months: Sequence[MonthRow],
) -> Summary:
    current = trends.current_cycle(as_of)
    next_injection = None
    if current is not None:
        next_injection = NextInjection(current.session.day, current.reinjection, current.checkup)
    return Summary(
        profile=profile,
        range=span,
        as_of=as_of,
        generated_on=today,
        app_version=app_version,
        logged_days=len(in_range),
        latest_session=current.session if current is not None else None,
        next_injection=next_injection,
        indications=tuple(indication_summaries(trends, span)),
        migraine_response=trends.migraine_response(as_of),
        recent_months=tuple(recent_months(months, as_of)),
        side_effects=tuple(side_effect_tallies(in_range)),
    )


def _sessions_in(trends: JournalTrends, span: DateRange) -> list[int]:
    """Indexes into ``trends.sessions`` of the sessions inside the range."""
    return [i for i, session in enumerate(trends.sessions) if session.day in span]


def _median(values: Sequence[int]) -> float | None:
    return statistics.median(values) if values else None


def indication_summaries(trends: JournalTrends, span: DateRange) -> list[IndicationSummary]:
    """Per indication treated in the range (in code order), its latest cycle in the range."""
    indexes = _sessions_in(trends, span)
    summaries = []
    for indication in Indication:
        treated = [
            i
            for i in indexes
            if any(inj.indication is indication for inj in trends.sessions[i].injections)
        ]
        if treated:
            summaries.append(_indication_summary(trends, indication, treated))
    return summaries


def _indication_summary(
    trends: JournalTrends, indication: Indication, session_indexes: Sequence[int]
) -> IndicationSummary:
    metric = TRACKS[indication].symptom
    all_cycles = trends.cycles(metric)
    cycles = [all_cycles[i] for i in session_indexes]
    latest = cycles[-1]
    injection = next(inj for inj in latest.session.injections if inj.indication is indication)
    windows = injection.windows
    judged = [c for c in cycles if c.baseline is not None and c.baseline > 0]
    onsets = [c.onset_day for c in judged if c.onset_day is not None]
    wear_offs = [c.wear_off_day for c in judged if c.wear_off_day is not None]
    return IndicationSummary(
        indication=indication,
        metric=metric,
        session_day=latest.session.day,
        cycle_days=latest.length_days,
        in_progress=latest.is_latest,
        baseline=latest.baseline,
        onset_day=latest.onset_day,
        onset_status=latest.onset_status,
        onset_window=(windows.onset_min_days, windows.onset_max_days),
        peak_improvement_pct=latest.peak_improvement_pct,
        wear_off_day=latest.wear_off_day,
        judged_cycles=len(judged),
        onsets_detected=len(onsets),
        median_onset_day=_median(onsets),
        median_wear_off_day=_median(wear_offs),
    )


def month_rows(entries: Sequence[Entry], span: DateRange) -> list[MonthRow]:
    """Every calendar month the range touches, counting only the days inside the range.

    The counting is trends.monthly_counts', the same as the charts' and monthly.csv's.
    """
    counted = {
        count.month: count for count in monthly_counts([e for e in entries if e.day in span])
    }
    return [
        _month_row(month, span, counted.get(month))
        for month in months_from_to(span.start, span.end)
    ]


def _month_row(month: dt.date, span: DateRange, count: MonthCount | None) -> MonthRow:
    first = max(month, span.start)
    last = min(last_day_of_month(month), span.end)
    return MonthRow(
        month=month,
        logged_days=count.logged_days if count else 0,
        headache_days=count.headache_days if count else 0,
        medication_days=(
            count.medication_days if count else MappingProxyType(dict.fromkeys(MedicationClass, 0))
        ),
        overused=count.overused if count else frozenset(),
        calendar_days=(last - first).days + 1,
    )


def recent_months(months: Sequence[MonthRow], as_of: dt.date) -> list[MonthRow]:
    """The last ``SUMMARY_MONTHS`` months of the range up to the report's day."""
    upto = [m for m in months if m.month <= as_of]
    return list(upto[-SUMMARY_MONTHS:])


def side_effect_tallies(entries: Sequence[Entry]) -> list[SideEffectTally]:
    """Per side effect logged in ``entries``: its days and latest day, most frequent first."""
    days: dict[SideEffect, list[dt.date]] = {}
    for entry in entries:
        for effect in set(entry.side_effects):
            days.setdefault(effect, []).append(entry.day)
    tallies = [SideEffectTally(effect, len(d), max(d)) for effect, d in days.items()]
    order = list(SideEffect)
    return sorted(tallies, key=lambda t: (-t.days, order.index(t.side_effect)))


def timeline_range(analysis: Analysis, span: DateRange) -> TimelineRange:
    """The last year of ``span`` up to the as-of day: never an empty year after the last entry."""
    as_of = analysis.as_of.day
    end = as_of if span.start <= as_of <= span.end else span.end
    start = max(span.start, end - dt.timedelta(days=SUMMARY_TIMELINE_DAYS - 1))
    return TimelineRange(DateRange(start, end), as_of)


def cycle_rows(trends: JournalTrends, span: DateRange) -> list[Cycle]:
    """Per session in the range, one row per metric its indications treat (in METRICS' order:
    spasm first)."""
    rows = []
    for i in _sessions_in(trends, span):
        treated = _treated_symptoms(trends.sessions[i])
        rows += [trends.cycles(metric)[i] for metric in METRICS if metric in treated]
    return rows


def _treated_symptoms(session: Session) -> set[Metric]:
    return {TRACKS[inj.indication].symptom for inj in session.injections}


def track_overlays(analysis: Analysis, span: DateRange) -> list[CycleOverlay]:
    """One chart per track with sessions in the range: its latest course's cycles there."""
    charts = []
    for track in analysis.tracks:
        inside = [c for c in analysis.cycles(track.indication) if c.day in span]
        if inside:
            course = inside[-1].course
            own = tuple(c for c in inside if c.course == course)
            charts.append(CycleOverlay(track.indication, own))
    return charts


def chart_months(entries: Sequence[Entry]) -> list[MonthFigures]:
    """The monthly figures of the range's entries: its last months that hold an entry."""
    return list(monthly_figures(entries)[-CHART_MONTHS:])


def injection_rows(injections: Sequence[Injection], span: DateRange) -> list[InjectionRow]:
    """Injections in the range, oldest first, with the gap to the previous session."""
    days = sorted({inj.day for inj in injections})
    rows = []
    for injection in sorted(injections, key=lambda inj: inj.day):
        if injection.day not in span:
            continue
        i = bisect.bisect_left(days, injection.day)
        gap = (injection.day - days[i - 1]).days if i > 0 else None
        rows.append(InjectionRow(injection, gap))
    return rows


def cycle_day(day: dt.date, session_days: Sequence[dt.date]) -> CycleDay | None:
    """The latest session on or before ``day`` and how many days after it ``day`` is."""
    i = bisect.bisect_right(session_days, day)
    if i == 0:
        return None
    session_day = session_days[i - 1]
    return CycleDay(session_day, (day - session_day).days)


def side_effect_rows(entries: Sequence[Entry], sessions: Sequence[Session]) -> list[SideEffectRow]:
    days = [s.day for s in sessions]
    return [
        SideEffectRow(e.day, e.side_effects, e.side_effect_other, cycle_day(e.day, days))
        for e in entries
        if e.side_effects
    ]


def note_rows(entries: Sequence[Entry], sessions: Sequence[Session]) -> list[NoteRow]:
    days = [s.day for s in sessions]
    return [
        NoteRow(e.day, e.notes.strip(), cycle_day(e.day, days)) for e in entries if e.notes.strip()
    ]


def calendar_months(
    entries: Sequence[Entry], injections: Sequence[Injection], span: DateRange
) -> list[CalendarMonth]:
    """Every month the range touches, with each day's severities (blank outside the range)."""
    by_day = {e.day: e for e in entries if e.day in span}
    injection_days = {inj.day for inj in injections if inj.day in span}
    months = []
    for month in months_from_to(span.start, span.end):
        days = [month + dt.timedelta(days=i) for i in range(days_in_month(month))]
        entries_of = [by_day.get(day) for day in days]
        months.append(
            CalendarMonth(
                month=month,
                severities={
                    metric: tuple(METRICS[metric].daily_value(e) if e else None for e in entries_of)
                    for metric in CHARTED_METRICS
                },
                injection_days=frozenset(d.day for d in days if d in injection_days),
                in_range=(max(month, span.start).day, min(days[-1], span.end).day),
            )
        )
    return months
