"""One journal's analytics (PRODUCT.md §4 version 2), each computed when first asked for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cached_property

from journal_app.domain.analytics.cycles import Cycle, track_cycles
from journal_app.domain.analytics.levels import MetricSeries
from journal_app.domain.analytics.migraine import MigraineResponse, migraine_responses
from journal_app.domain.analytics.monthly import DayFigures, MonthFigures, day_figures
from journal_app.domain.analytics.monthly import monthly_figures as _monthly_figures
from journal_app.domain.analytics.now import AsOf, CurrentTrack, as_of, current_track
from journal_app.domain.analytics.summary import TrackSummary, track_summary
from journal_app.domain.analytics.tracks import Track, tracks_of
from journal_app.domain.checkins import NO_REPORTS, PatientReports, SessionCheckIns
from journal_app.domain.metrics import METRICS
from journal_app.domain.models import Entry, Indication, Injection, Metric, Profile

LAST_DAYS = 28


class Analysis:
    """Build once per load with :meth:`of`; every figure is computed on first use and kept."""

    def __init__(
        self,
        entries: tuple[Entry, ...],
        injections: tuple[Injection, ...],
        profile: Profile,
        today: dt.date,
        range_end: dt.date | None,
        patient: PatientReports,
    ) -> None:
        self.entries = entries
        self.injections = injections
        self.profile = profile
        self.today = today
        self.range_end = range_end
        self.patient = patient
        self._series: dict[Metric, MetricSeries] = {}
        self._cycles: dict[Indication, tuple[Cycle, ...]] = {}

    @classmethod
    def of(
        cls,
        entries: Iterable[Entry],
        injections: Iterable[Injection],
        profile: Profile,
        today: dt.date,
        *,
        range_end: dt.date | None = None,
        patient: PatientReports = NO_REPORTS,
    ) -> Analysis:
        """The analysis of a journal on ``today`` (or on a report's ``range_end``); ``patient``
        holds the patient's check-ins, shown beside the cycles they speak of."""
        ordered = tuple(sorted(entries, key=lambda entry: entry.day))
        return cls(ordered, tuple(injections), profile, today, range_end, patient)

    def checkins_of(self, cycle: Cycle) -> SessionCheckIns:
        """What the patient said about the cycle's session (§3 check-ins)."""
        return self.patient.of_session(cycle.day, cycle.session.indication)

    def series(self, metric: Metric) -> MetricSeries:
        if metric not in self._series:
            self._series[metric] = MetricSeries(METRICS[metric], self.entries)
        return self._series[metric]

    @cached_property
    def tracks(self) -> tuple[Track, ...]:
        return tracks_of(self.injections)

    def track(self, indication: Indication) -> Track:
        """The track of an injected indication; KeyError for one never injected."""
        for track in self.tracks:
            if track.indication is indication:
                return track
        raise KeyError(indication)

    def cycles(self, indication: Indication) -> tuple[Cycle, ...]:
        """The track's cycles, oldest first."""
        if indication not in self._cycles:
            track = self.track(indication)
            self._cycles[indication] = track_cycles(track, self.series(track.metric), self.profile)
        return self._cycles[indication]

    def all_cycles(self) -> tuple[Cycle, ...]:
        """Every track's cycles: track by track, each oldest first (the cycles.csv order)."""
        return tuple(cycle for track in self.tracks for cycle in self.cycles(track.indication))

    def summary(self, indication: Indication) -> TrackSummary | None:
        return track_summary(indication, self.cycles(indication))

    @cached_property
    def as_of(self) -> AsOf:
        days = [entry.day for entry in self.entries]
        return as_of(days, self.today, self.range_end)

    @cached_property
    def current_tracks(self) -> tuple[CurrentTrack, ...]:
        """The tracks with a current course on the as-of day."""
        return self.current_tracks_on(self.as_of.day)

    def current_tracks_on(self, day: dt.date) -> tuple[CurrentTrack, ...]:
        """The tracks with a current course on ``day``, each judged on its own sessions.

        Reminders use the real day: a calendar date is due on it whether or not the journal
        has been kept since.
        """
        found = (current_track(track, self.cycles(track.indication), day) for track in self.tracks)
        return tuple(current for current in found if current is not None)

    def migraine_responses(self, indication: Indication) -> tuple[MigraineResponse, ...]:
        """Per course of a track judged on headache days (chronic migraine)."""
        track = self.track(indication)
        if track.metric is not Metric.HEADACHE_DAY:
            raise ValueError(f"{indication.value} is not judged on headache days")
        return migraine_responses(
            self.series(track.metric), self.cycles(indication), self.as_of.day
        )

    @cached_property
    def monthly(self) -> tuple[MonthFigures, ...]:
        return _monthly_figures(self.entries)

    @cached_property
    def last_28_days(self) -> DayFigures:
        """The figures of the 28 days to the as-of day."""
        last = self.as_of.day
        first = last - dt.timedelta(days=LAST_DAYS - 1)
        return day_figures(entry for entry in self.entries if first <= entry.day <= last)
