"""The demo patient's treatment: two tracks with their own rhythm and how each session works.

Chronic migraine is injected every ~12 weeks, cervical dystonia every ~12–13 weeks, mostly
on other days and sometimes booked together; dystonia treatment pauses once for over 180
days (a new course), one dystonia dose lasts into the next cycle (carried over), and one
cycle of each track does not work.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from journal_app.domain.models import Indication

#: When a session came against its track's usual rhythm.
Timing = Literal["first", "on_time", "early", "late", "restart"]

PRE_TREATMENT_DAYS = (56, 70)
MIGRAINE_GAPS = (84, 84, 84, 85, 86, 87, 88, 89, 90, 91)
DYSTONIA_GAPS = (87, 89, 90, 91, 91, 91, 92, 93, 94, 96)
EARLY_GAPS = (77, 83)
LATE_GAPS = (92, 105)
#: A dystonia session this close to a migraine one is booked on the same day.
SAME_DAY_WITHIN = 3
MIN_BOOKED_GAP = 80
#: The dystonia break starts after this share of the journal, if it is long enough.
PAUSE_AT = 0.35
PAUSE_DAYS = (200, 240)
MIN_DAYS_FOR_PAUSE = 600
# Migraine keeps settling over the first ~6 months of treatment (PRODUCT.md §2).
SETTLING_DAYS = 182


@dataclass(frozen=True)
class Response:
    """How much one session relieves its symptom k days after it (0 to ``depth``)."""

    onset: int
    ramp: int
    fade_start: int
    fade: int
    depth: float

    def relief(self, k: int) -> float:
        if k < self.onset:
            return 0.0
        if k < self.onset + self.ramp:
            return self.depth * (k - self.onset + 1) / (self.ramp + 1)
        if k < self.fade_start:
            return self.depth
        if k < self.fade_start + self.fade:
            return self.depth * (1 - (k - self.fade_start) / self.fade)
        return 0.0


@dataclass(frozen=True)
class DemoSession:
    day: dt.date
    indication: Indication
    timing: Timing
    works: bool
    response: Response
    switches_product: bool = False


class DemoTrack:
    """One indication's sessions, oldest first, and the relief they give on a day."""

    def __init__(self, sessions: Sequence[DemoSession]) -> None:
        self.sessions = tuple(sessions)
        self._days = [session.day for session in self.sessions]

    def latest(self, day: dt.date) -> DemoSession | None:
        """The latest session on or before ``day``."""
        i = bisect.bisect_right(self._days, day) - 1
        return self.sessions[i] if i >= 0 else None

    def relief(self, day: dt.date) -> float:
        """Relief from the latest session and the one before it, which may still hold."""
        latest = bisect.bisect_right(self._days, day) - 1
        relief = 0.0
        for i in (latest - 1, latest):
            if i >= 0:
                k = (day - self._days[i]).days
                relief = max(relief, self.sessions[i].response.relief(k))
        return relief

    def settling(self, day: dt.date) -> float:
        """0 before treatment, rising to 1 after ~6 months of it."""
        if not self.sessions or day < self._days[0]:
            return 0.0
        return min(1.0, (day - self._days[0]).days / SETTLING_DAYS)


def _gap(rng: random.Random, usual: Sequence[int], since_early: int) -> tuple[Timing, int]:
    """About every 12–13 weeks: sometimes a little late, once in a while early."""
    draw = rng.random()
    if draw < 0.06 and since_early >= 6:
        return "early", rng.randint(*EARLY_GAPS)
    if draw < 0.22:
        return "late", rng.randint(*LATE_GAPS)
    return "on_time", rng.choice(usual)


def _rhythm(
    rng: random.Random,
    first: dt.date,
    end: dt.date,
    usual: Sequence[int],
    *,
    pause_from: dt.date | None = None,
    book_with: Sequence[dt.date] = (),
) -> list[tuple[dt.date, Timing]]:
    """Session days from ``first`` to ``end``; one break after ``pause_from``; a day close
    to one of ``book_with`` moves onto it."""
    days: list[tuple[dt.date, Timing]] = []
    day, since_early = first, 0
    timing: Timing = "first"
    while day <= end:
        days.append((day, timing))
        since_early = 0 if timing == "early" else since_early + 1
        timing, gap = _gap(rng, usual, since_early)
        if pause_from is not None and day < pause_from <= day + dt.timedelta(days=gap):
            timing, gap = "restart", rng.randint(*PAUSE_DAYS)
            pause_from = None
        previous, day = day, day + dt.timedelta(days=gap)
        near = [
            d
            for d in book_with
            if abs((d - day).days) <= SAME_DAY_WITHIN and (d - previous).days >= MIN_BOOKED_GAP
        ]
        if near and timing != "restart":
            day = near[0]
    return days


def _response(rng: random.Random, indication: Indication, settling: float) -> Response:
    """Relief that starts inside the expected onset window mostly, holds, and fades before
    the next session, so that the 14 days before it are a fair pre-injection level."""
    draw = rng.random()
    if indication is Indication.CHRONIC_MIGRAINE:
        onset = rng.randint(13, 21) if draw >= 0.14 else rng.choice((8, 9, 27, 29))
        # Migraine relief deepens over the first ~6 months of treatment.
        depth = rng.uniform(0.45, 0.62) * (0.75 + 0.25 * settling)
        fade_start = rng.randint(56, 62)
    else:
        onset = rng.randint(6, 14) if draw >= 0.14 else rng.choice((3, 4, 31, 34))
        depth = rng.uniform(0.42, 0.62)
        fade_start = rng.randint(60, 68)
    return Response(onset, rng.randint(3, 7), fade_start, rng.randint(6, 10), depth)


def _sessions(
    rng: random.Random, indication: Indication, days: Sequence[tuple[dt.date, Timing]]
) -> list[DemoSession]:
    sessions: list[DemoSession] = []
    for day, timing in days:
        settling = min(1.0, (day - days[0][0]).days / SETTLING_DAYS)
        response = _response(rng, indication, settling)
        sessions.append(DemoSession(day, indication, timing, True, response))
    return sessions


def _fail_one(rng: random.Random, sessions: list[DemoSession], avoid: set[int]) -> None:
    """One cycle that does not work, once treatment has had time to settle."""
    candidates = [i for i in range(3, len(sessions) - 1) if i not in avoid]
    if len(sessions) >= 6 and candidates:
        i = rng.choice(candidates)
        failed = replace(sessions[i].response, depth=rng.uniform(0.0, 0.05))
        sessions[i] = replace(sessions[i], works=False, response=failed)


def _carry_over_one(rng: random.Random, sessions: list[DemoSession]) -> int | None:
    """One dose that lasts past the next session: that cycle's onset cannot be seen."""
    candidates = [
        i for i in range(1, len(sessions) - 2) if sessions[i + 1].timing in ("on_time", "early")
    ]
    if not candidates:
        return None
    i = rng.choice(candidates)
    gap = (sessions[i + 1].day - sessions[i].day).days
    lasting = replace(sessions[i].response, fade_start=gap + 25)
    sessions[i] = replace(sessions[i], response=lasting)
    return i


def plan_tracks(
    rng: random.Random, start: dt.date, end: dt.date, switch_day: dt.date
) -> tuple[DemoTrack, DemoTrack]:
    """The migraine and the dystonia track, both starting on one day after a baseline."""
    first = start + dt.timedelta(days=rng.randint(*PRE_TREATMENT_DAYS))
    migraine_days = _rhythm(rng, first, end, MIGRAINE_GAPS)
    span = (end - start).days
    pause_from = start + dt.timedelta(days=round(span * PAUSE_AT))
    dystonia_days = _rhythm(
        rng,
        first,
        end,
        DYSTONIA_GAPS,
        pause_from=pause_from if span >= MIN_DAYS_FOR_PAUSE else None,
        book_with=[day for day, _ in migraine_days],
    )
    migraine = _sessions(rng, Indication.CHRONIC_MIGRAINE, migraine_days)
    dystonia = _sessions(rng, Indication.CERVICAL_DYSTONIA, dystonia_days)
    carried = _carry_over_one(rng, dystonia)
    avoid = set() if carried is None else {carried, carried + 1}
    _fail_one(rng, migraine, set())
    _fail_one(rng, dystonia, avoid | {i for i, s in enumerate(dystonia) if s.timing == "restart"})
    switching = next((i for i, s in enumerate(dystonia) if s.day >= switch_day), None)
    if switching is not None and switching > 0:
        dystonia[switching] = replace(dystonia[switching], switches_product=True)
    return DemoTrack(migraine), DemoTrack(dystonia)
