"""Tracks, sessions and courses (PRODUCT.md §4): each indication on its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from journal_app.domain.metrics import TRACKS, TrackSpec
from journal_app.domain.models import Indication, Injection, Metric, Product

#: A longer pause between two sessions of a track starts a new course.
MAX_PAUSE_DAYS = 180


@dataclass(frozen=True)
class TrackSession:
    """A day with at least one injection of the track's indication."""

    indication: Indication
    day: dt.date
    # This indication's injections of the day, in the order they were recorded.
    injections: tuple[Injection, ...]

    @property
    def units(self) -> float:
        return sum(injection.units for injection in self.injections)

    @property
    def products(self) -> tuple[Product, ...]:
        """The distinct products, in the order recorded that day."""
        return tuple(dict.fromkeys(injection.product for injection in self.injections))

    @property
    def onset_window(self) -> tuple[int, int]:
        """Days after the session: the widest expected onset window of its injections."""
        windows = [injection.windows for injection in self.injections]
        return min(w.onset_min_days for w in windows), max(w.onset_max_days for w in windows)

    @property
    def reinjection_window(self) -> tuple[int, int]:
        """Days after the session: the widest re-injection window of its injections."""
        windows = [injection.windows for injection in self.injections]
        return (
            min(w.reinjection_min_days for w in windows),
            max(w.reinjection_max_days for w in windows),
        )


@dataclass(frozen=True)
class Course:
    """A run of a track's sessions with no pause over ``MAX_PAUSE_DAYS`` between them."""

    number: int  # 1-based within the track
    sessions: tuple[TrackSession, ...]

    @property
    def first_day(self) -> dt.date:
        return self.sessions[0].day


@dataclass(frozen=True)
class Track:
    """One indication's sessions, oldest first, and the courses they form."""

    spec: TrackSpec
    sessions: tuple[TrackSession, ...]
    courses: tuple[Course, ...]

    @property
    def indication(self) -> Indication:
        return self.spec.indication

    @property
    def metric(self) -> Metric:
        """The metric the track is judged on."""
        return self.spec.judged_metric


def _courses(sessions: list[TrackSession]) -> tuple[Course, ...]:
    runs: list[list[TrackSession]] = []
    for session in sessions:
        if runs and (session.day - runs[-1][-1].day).days <= MAX_PAUSE_DAYS:
            runs[-1].append(session)
        else:
            runs.append([session])
    return tuple(Course(number, tuple(run)) for number, run in enumerate(runs, start=1))


def tracks_of(injections: Iterable[Injection]) -> tuple[Track, ...]:
    """One track per indication injected, in the order of ``TRACKS``."""
    by_indication: dict[Indication, dict[dt.date, list[Injection]]] = {}
    for injection in sorted(injections, key=lambda injection: injection.day):
        days = by_indication.setdefault(injection.indication, {})
        days.setdefault(injection.day, []).append(injection)
    tracks = []
    for indication, spec in TRACKS.items():
        if indication not in by_indication:
            continue
        sessions = [
            TrackSession(indication, day, tuple(group))
            for day, group in by_indication[indication].items()
        ]
        tracks.append(Track(spec, tuple(sessions), _courses(sessions)))
    return tuple(tracks)
