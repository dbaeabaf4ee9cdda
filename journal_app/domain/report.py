"""What the clinician PDF says (PRODUCT.md §6), as plain data, from the v2 analytics (§4)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from statistics import median
from typing import TypeVar

from journal_app import __version__
from journal_app.domain.analytics import (
    Analysis,
    AsOf,
    Course,
    CurrentTrack,
    Cycle,
    DayFigures,
    MigraineResponse,
    MonthFigures,
    Overuse,
    Reference,
    ReferenceKind,
    Track,
    TrackSession,
    TrackSummary,
)
from journal_app.domain.analytics.cycles import SEEN_ONSETS
from journal_app.domain.analytics.monthly import monthly_figures
from journal_app.domain.analytics.reference import REFERENCE_DAYS
from journal_app.domain.checkins import NO_REPORTS, PatientReports
from journal_app.domain.episodes import Episode, side_effect_episodes
from journal_app.domain.metrics import CHARTED_METRICS, METRICS
from journal_app.domain.models import Entry, Injection, Metric, Product, Profile
from journal_app.domain.months import add_months, consecutive_runs, days_in_month, month_of
from journal_app.domain.patient_view import (
    PAGE1_SESSIONS,
    PatientView,
    patient_view,
    session_views,
)
from journal_app.domain.windows import MIN_SAFE_INTERVAL_DAYS

#: The timeline on page 1 shows at most this many days, up to the as-of day.
SUMMARY_TIMELINE_DAYS = 365
#: Page 1 names overuse that persisted in the last this many months up to the as-of day.
OVERUSE_LOOKBACK_MONTHS = 12
#: The cycles table gives this many cycles of a track in full; earlier ones in a line.
FULL_CYCLES = 12
#: The monthly chart and table show the last this many months that hold data.
SHOWN_MONTHS = 24

T = TypeVar("T")


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


# -- sessions of the day, whatever they treat ------------------------------------------------


@dataclass(frozen=True)
class InjectionDay:
    """Every injection of one day, of every track: what a side effect or a note follows."""

    day: dt.date
    injections: tuple[Injection, ...]


@dataclass(frozen=True)
class CycleDay:
    """Which injection day a day falls after, and its day number (0 = the injection day)."""

    session: InjectionDay
    day: int


# -- page 1 ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DoseResponse:
    """The complete cycles of a course given one dose (products and units), and how they went."""

    products: tuple[Product, ...]
    units: float
    cycles: int
    onsets: int  # cycles with an onset seen (early, expected or late)
    median_onset_day: float | None
    median_relief_days: float | None
    median_peak_pct: float | None


@dataclass(frozen=True)
class TrackReport:
    """Page 1 of one track: its latest session, what comes next and how its cycles went."""

    track: Track
    course: Course  # the latest
    # The latest course's reference (None when cycles are judged on their own pre-injection
    # level), and the days it was measured over (before_course only).
    reference: Reference | None
    reference_period: tuple[dt.date, dt.date] | None
    # Days between the previous course's last session and this course's first, if any.
    pause_days: int | None
    current: CurrentTrack | None
    summary: TrackSummary | None
    latest_complete: Cycle | None
    # Per dose of the latest course, when the course's complete cycles had more than one.
    doses: tuple[DoseResponse, ...]
    migraine: MigraineResponse | None
    # What the patient said of the latest sessions that asked for a check-in.
    patient: PatientView

    @property
    def latest_session(self) -> TrackSession:
        return self.track.sessions[-1]

    @property
    def metric(self) -> Metric:
        return self.track.metric


@dataclass(frozen=True)
class OveruseRun:
    """Consecutive months in which one overuse flag persisted."""

    flag: Overuse
    months: tuple[dt.date, ...]


@dataclass(frozen=True)
class SessionEpisode:
    """A side-effect episode and the injection day it followed (None: before any)."""

    episode: Episode
    after: CycleDay | None

    @property
    def last_day_number(self) -> int | None:
        if self.after is None:
            return None
        return self.after.day + (self.episode.last - self.episode.first).days


@dataclass(frozen=True)
class Summary:
    """Everything page 1 says."""

    profile: Profile
    range: DateRange
    as_of: AsOf
    generated_on: dt.date
    app_version: str
    logged_days: int  # in the range
    tracks: tuple[TrackReport, ...]
    last_28_days: DayFigures
    last_28_span: DateRange
    persisting_overuse: tuple[OveruseRun, ...]
    # The episodes that began since the latest sessions (``episodes_since``), oldest first.
    episodes_since: dt.date | None
    episodes: tuple[SessionEpisode, ...]


# -- detail pages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRange:
    """Page 1's timeline: its days, up to the as-of day (the charts mark every session)."""

    span: DateRange
    as_of: dt.date


@dataclass(frozen=True)
class EarlierCycles:
    """The cycles of a track before those given in full, in one line."""

    count: int
    first: dt.date
    last: dt.date
    courses: tuple[int, ...]
    onsets: int  # cycles with an onset seen
    median_onset_day: float | None
    median_wear_off_day: float | None
    median_interval_days: float | None


@dataclass(frozen=True)
class CycleTable:
    """One track's cycles in the range: the latest in full, most recent first."""

    track: Track
    cycles: tuple[Cycle, ...]
    earlier: EarlierCycles | None
    # Whether the first of ``cycles`` is still running: the track's current cycle.
    running: bool
    # What the patient said of every session in the range that asked for a check-in.
    checkins: PatientView


@dataclass(frozen=True)
class TrackOverlay:
    """The cycles of a track's latest course in the range, oldest first, on one axis of days
    since the session; judged against their course's reference."""

    track: Track
    cycles: tuple[Cycle, ...]
    # The patient's check-ins, for the wear-off days they reported beside the detected ones.
    patient: PatientReports


@dataclass(frozen=True)
class InjectionRow:
    """One injection and the days since the previous session of its track."""

    injection: Injection
    interval_days: int | None

    @property
    def short_interval(self) -> bool:
        """Sooner than min(84, its re-injection window's start) days (PRODUCT.md §3)."""
        least = min(MIN_SAFE_INTERVAL_DAYS, self.injection.windows.reinjection_min_days)
        return self.interval_days is not None and self.interval_days < least


@dataclass(frozen=True)
class MonthTable:
    """The last months of the range that hold data, oldest first, and what came before."""

    months: tuple[MonthFigures, ...]
    earlier: int
    earlier_span: tuple[dt.date, dt.date] | None


@dataclass(frozen=True)
class SessionEpisodes:
    """The side-effect episodes after one injection day (None: before the first)."""

    session: InjectionDay | None
    episodes: tuple[SessionEpisode, ...]


@dataclass(frozen=True)
class CalendarMonth:
    """One month of daily severities (index 0 = the 1st; None = not logged or out of range)."""

    month: dt.date
    #: Per charted metric, its value on each day.
    severities: Mapping[Metric, tuple[int | None, ...]]
    injection_days: frozenset[int]
    #: The first and last day of the month inside the report's range.
    in_range: tuple[int, int]


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
    #: The journal as it stood at the range's end, that the charts are drawn from.
    analysis: Analysis
    timeline: TimelineRange
    cycles: tuple[CycleTable, ...]
    overlays: tuple[TrackOverlay, ...]
    injections: tuple[InjectionRow, ...]  # most recent first
    months: MonthTable
    side_effects: tuple[SessionEpisodes, ...]  # most recent session first
    calendar: tuple[CalendarMonth, ...]
    notes: tuple[NoteRow, ...]  # most recent first

    def has(self, section: Section) -> bool:
        return section in self.options.sections


# -- building --------------------------------------------------------------------------------


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
    patient: PatientReports = NO_REPORTS,
) -> Report:
    """The report of the journal as it stood at the range's end; ``patient``: the journal's
    check-ins, goals and goal ratings.

    Analytics see every record up to the range's end (a reference reaches before its start);
    tables and charts list what falls inside it.
    """
    span = report_range(options, entries, injections, today)
    known_entries = [e for e in entries if e.day <= span.end]
    known_injections = [i for i in injections if i.day <= span.end]
    analysis = Analysis.of(
        known_entries,
        known_injections,
        profile,
        today,
        range_end=span.end,
        patient=patient.until(span.end),
    )
    in_range = [e for e in analysis.entries if e.day in span]
    days = injection_days(known_injections)
    months = monthly_figures(in_range)
    summary = _summary(profile, analysis, span, today, app_version, in_range, months, days)
    wanted = options.sections
    return Report(
        options=options,
        summary=summary,
        analysis=analysis,
        timeline=timeline_range(analysis, span),
        cycles=_only(Section.CYCLES in wanted, lambda: cycle_tables(analysis, span)),
        overlays=_only(Section.OVERLAY in wanted, lambda: track_overlays(analysis, span)),
        injections=_only(Section.INJECTIONS in wanted, lambda: injection_rows(analysis, span)),
        months=month_table(months) if Section.MONTHLY in wanted else MonthTable((), 0, None),
        side_effects=_only(
            Section.SIDE_EFFECTS in wanted, lambda: session_episodes(in_range, days)
        ),
        calendar=_only(
            Section.CALENDAR in wanted, lambda: calendar_months(in_range, known_injections, span)
        ),
        notes=_only(Section.NOTES in wanted, lambda: note_rows(in_range, days)),
    )


def _only(wanted: bool, build: Callable[[], Iterable[T]]) -> tuple[T, ...]:
    """What ``build`` gives, for a section chosen; nothing (and no work) for one left out."""
    return tuple(build()) if wanted else ()


def injection_days(injections: Sequence[Injection]) -> list[InjectionDay]:
    """Every day with an injection, oldest first."""
    by_day: dict[dt.date, list[Injection]] = {}
    for injection in sorted(injections, key=lambda injection: injection.day):
        by_day.setdefault(injection.day, []).append(injection)
    return [InjectionDay(day, tuple(group)) for day, group in by_day.items()]


def cycle_day(day: dt.date, sessions: Sequence[InjectionDay]) -> CycleDay | None:
    """The latest injection day on or before ``day`` and how many days after it ``day`` is."""
    i = bisect.bisect_right([s.day for s in sessions], day)
    if i == 0:
        return None
    session = sessions[i - 1]
    return CycleDay(session, (day - session.day).days)


# -- page 1 ----------------------------------------------------------------------------------


def _summary(
    profile: Profile,
    analysis: Analysis,
    span: DateRange,
    today: dt.date,
    app_version: str,
    in_range: Sequence[Entry],
    months: Sequence[MonthFigures],
    days: Sequence[InjectionDay],
) -> Summary:
    as_of = analysis.as_of
    tracks = tuple(track_reports(analysis, span))
    latest = [t.latest_session.day for t in tracks]
    since = min(latest) if latest else None
    episodes = []
    if since is not None:
        found = side_effect_episodes(e for e in in_range if since <= e.day <= as_of.day)
        episodes = [SessionEpisode(e, cycle_day(e.first, days)) for e in found]
    last_day = as_of.day
    return Summary(
        profile=profile,
        range=span,
        as_of=as_of,
        generated_on=today,
        app_version=app_version,
        logged_days=len(in_range),
        tracks=tracks,
        last_28_days=analysis.last_28_days,
        last_28_span=DateRange(last_day - dt.timedelta(days=27), last_day),
        persisting_overuse=tuple(persisting_overuse(months, as_of.day)),
        episodes_since=since,
        episodes=tuple(episodes),
    )


def _is_shown(analysis: Analysis, track: Track, span: DateRange) -> bool:
    current = {c.indication for c in analysis.current_tracks}
    return track.indication in current or any(s.day in span for s in track.sessions)


def track_reports(analysis: Analysis, span: DateRange) -> list[TrackReport]:
    """Per track with a session in the range or a current course, in the order of TRACKS."""
    return [
        _track_report(analysis, track)
        for track in analysis.tracks
        if _is_shown(analysis, track, span)
    ]


def _course_reference(own: Sequence[Cycle]) -> Reference | None:
    reference = own[0].reference if own else None
    if reference is None or reference.kind is ReferenceKind.PRE_INJECTION:
        return None
    return reference


def _track_report(analysis: Analysis, track: Track) -> TrackReport:
    indication = track.indication
    cycles = analysis.cycles(indication)
    course = track.courses[-1]
    own = [c for c in cycles if c.course == course.number]
    reference = _course_reference(own)
    period = None
    if reference is not None and reference.kind is ReferenceKind.BEFORE_COURSE:
        first = course.first_day
        period = (first - dt.timedelta(days=REFERENCE_DAYS), first - dt.timedelta(days=1))
    pause = None
    if len(track.courses) > 1:
        pause = (course.first_day - track.courses[-2].sessions[-1].day).days
    complete = [c for c in cycles if c.complete]
    migraine = None
    if track.metric is Metric.HEADACHE_DAY:
        migraine = analysis.migraine_responses(indication)[-1]
    return TrackReport(
        track=track,
        course=course,
        reference=reference,
        reference_period=period,
        pause_days=pause,
        current=next((c for c in analysis.current_tracks if c.indication is indication), None),
        summary=analysis.summary(indication),
        latest_complete=complete[-1] if complete else None,
        doses=tuple(dose_responses(own)),
        migraine=migraine,
        patient=patient_view(
            analysis.patient, track, session_views(analysis, track)[-PAGE1_SESSIONS:]
        ),
    )


def _median(values: Sequence[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return median(known) if known else None


def dose_responses(cycles: Sequence[Cycle]) -> list[DoseResponse]:
    """Per dose of these complete cycles, in the order first given; none if only one dose."""
    by_dose: dict[tuple[tuple[Product, ...], float], list[Cycle]] = {}
    for cycle in cycles:
        if cycle.complete:
            key = (cycle.session.products, cycle.session.units)
            by_dose.setdefault(key, []).append(cycle)
    if len(by_dose) < 2:
        return []
    doses = []
    for (products, units), own in by_dose.items():
        seen = [c for c in own if c.verdict.onset_status in SEEN_ONSETS]
        doses.append(
            DoseResponse(
                products=products,
                units=units,
                cycles=len(own),
                onsets=len(seen),
                median_onset_day=_median([c.verdict.onset_day for c in seen]),
                median_relief_days=_median([c.verdict.relief_days for c in own]),
                median_peak_pct=_median([c.verdict.peak_improvement_pct for c in own]),
            )
        )
    return doses


def persisting_overuse(months: Sequence[MonthFigures], as_of: dt.date) -> list[OveruseRun]:
    """Runs of persisting overuse that reach the last OVERUSE_LOOKBACK_MONTHS to ``as_of``."""
    since = add_months(month_of(as_of), 1 - OVERUSE_LOOKBACK_MONTHS)
    runs = []
    for flag in Overuse:
        flagged = [m.month for m in months if flag in m.persisting and m.month <= as_of]
        runs += [OveruseRun(flag, run) for run in consecutive_runs(flagged) if run[-1] >= since]
    return sorted(runs, key=lambda run: (run.months[0], list(Overuse).index(run.flag)))


# -- detail pages ----------------------------------------------------------------------------


def timeline_range(analysis: Analysis, span: DateRange) -> TimelineRange:
    """The year up to the as-of day (the last 12 months that hold data)."""
    end = analysis.as_of.day
    start = max(span.start, end - dt.timedelta(days=SUMMARY_TIMELINE_DAYS - 1))
    start = min(start, end)
    return TimelineRange(DateRange(start, end), end)


def _summarise(cycles: Sequence[Cycle]) -> EarlierCycles:
    seen = [c for c in cycles if c.verdict.onset_status in SEEN_ONSETS]
    return EarlierCycles(
        count=len(cycles),
        first=cycles[0].day,
        last=cycles[-1].day,
        courses=tuple(sorted({c.course for c in cycles})),
        onsets=len(seen),
        median_onset_day=_median([c.verdict.onset_day for c in seen]),
        median_wear_off_day=_median([c.verdict.wear_off_day for c in cycles]),
        median_interval_days=_median([c.interval_days for c in cycles]),
    )


def cycle_tables(analysis: Analysis, span: DateRange) -> list[CycleTable]:
    """Per track with a session in the range: the last FULL_CYCLES in full, newest first."""
    current = {c.indication: c.cycle for c in analysis.current_tracks}
    tables = []
    for track in analysis.tracks:
        inside = [c for c in analysis.cycles(track.indication) if c.day in span]
        if not inside:
            continue
        full, rest = inside[-FULL_CYCLES:], inside[:-FULL_CYCLES]
        earlier = _summarise(rest) if rest else None
        running = current.get(track.indication) is full[-1]
        views = [v for v in session_views(analysis, track) if v.day in span]
        checkins = patient_view(analysis.patient, track, views)
        tables.append(CycleTable(track, tuple(reversed(full)), earlier, running, checkins))
    return tables


def track_overlays(analysis: Analysis, span: DateRange) -> list[TrackOverlay]:
    """Per track with a session in the range: its latest course's cycles in the range."""
    overlays = []
    for track in analysis.tracks:
        inside = [c for c in analysis.cycles(track.indication) if c.day in span]
        if not inside:
            continue
        own = tuple(c for c in inside if c.course == inside[-1].course)
        overlays.append(TrackOverlay(track, own, analysis.patient))
    return overlays


def injection_rows(analysis: Analysis, span: DateRange) -> list[InjectionRow]:
    """Injections in the range, most recent first, with the days since the previous session
    of the same track."""
    previous: dict[tuple[object, dt.date], int | None] = {}
    for track in analysis.tracks:
        days = [s.day for s in track.sessions]
        for before, day in zip([None, *days[:-1]], days, strict=True):
            previous[(track.indication, day)] = None if before is None else (day - before).days
    rows = [
        InjectionRow(injection, previous[(injection.indication, injection.day)])
        for injection in analysis.injections
        if injection.day in span
    ]
    # Stable: injections of one day keep the order they were recorded in.
    return sorted(rows, key=lambda row: row.injection.day, reverse=True)


def month_table(months: Sequence[MonthFigures]) -> MonthTable:
    """The last SHOWN_MONTHS months that hold data; the count and span of earlier ones."""
    shown, earlier = months[-SHOWN_MONTHS:], months[:-SHOWN_MONTHS]
    span = (earlier[0].month, earlier[-1].month) if earlier else None
    return MonthTable(tuple(shown), len(earlier), span)


def session_episodes(
    entries: Sequence[Entry], days: Sequence[InjectionDay]
) -> list[SessionEpisodes]:
    """Side-effect episodes in ``entries`` by the injection day they followed, newest first."""
    by_session: dict[dt.date | None, list[SessionEpisode]] = {}
    sessions: dict[dt.date | None, InjectionDay | None] = {}
    for episode in side_effect_episodes(entries):
        after = cycle_day(episode.first, days)
        key = None if after is None else after.session.day
        sessions[key] = None if after is None else after.session
        by_session.setdefault(key, []).append(SessionEpisode(episode, after))
    ordered = sorted(by_session, key=lambda day: day or dt.date.min, reverse=True)
    return [SessionEpisodes(sessions[day], tuple(by_session[day])) for day in ordered]


def note_rows(entries: Sequence[Entry], days: Sequence[InjectionDay]) -> list[NoteRow]:
    """The days with notes, most recent first."""
    return [
        NoteRow(e.day, e.notes.strip(), cycle_day(e.day, days))
        for e in reversed(entries)
        if e.notes.strip()
    ]


def calendar_months(
    entries: Sequence[Entry], injections: Sequence[Injection], span: DateRange
) -> list[CalendarMonth]:
    """The months of the range that hold an entry or an injection, with each day's
    severities (blank outside the range)."""
    by_day = {e.day: e for e in entries if e.day in span}
    injected = {i.day for i in injections if i.day in span}
    held = sorted({month_of(day) for day in (*by_day, *injected)})
    months = []
    for month in held:
        days = [month + dt.timedelta(days=i) for i in range(days_in_month(month))]
        entries_of = [by_day.get(day) for day in days]
        months.append(
            CalendarMonth(
                month=month,
                severities={
                    metric: tuple(METRICS[metric].daily_value(e) if e else None for e in entries_of)
                    for metric in CHARTED_METRICS
                },
                injection_days=frozenset(d.day for d in days if d in injected),
                in_range=(max(month, span.start).day, min(days[-1], span.end).day),
            )
        )
    return months
