"""Expected windows per indication (PRODUCT.md §3) and the next-injection countdown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, auto

from journal_app.domain.metrics import TRACKS
from journal_app.domain.models import ExpectedWindows, Indication, Injection

#: Re-injecting sooner than this raises the risk of neutralising antibodies.
MIN_SAFE_INTERVAL_DAYS = 84


def default_windows(indication: Indication) -> ExpectedWindows:
    """The built-in expected windows of an indication (Preferences may override them)."""
    return TRACKS[indication].windows


def default_checkup_days(indication: Indication) -> int | None:
    """Days after a spasm injection when a professional check-up is due; none for migraine."""
    return TRACKS[indication].checkup_days


def short_interval_days(indication: Indication) -> int:
    """Closer than this to another session, an injection of ``indication`` is warned about.

    84 days, or sooner where the indication's own re-injection window opens sooner (chronic
    migraine: 70). The built-in window, not Preferences': the warning holds whatever those say.
    """
    return min(MIN_SAFE_INTERVAL_DAYS, default_windows(indication).reinjection_min_days)


@dataclass(frozen=True)
class NearbySession:
    """Another session near a day: when, how many days away, and on which side."""

    day: dt.date
    days: int
    # True when the other session comes after the day (the injection is back-dated).
    after: bool


def nearest_other_session(day: dt.date, injections: Iterable[Injection]) -> NearbySession | None:
    """The session nearest to ``day`` on another day, before or after it (before on a tie)."""
    others = {inj.day for inj in injections if inj.day != day}
    if not others:
        return None
    nearest = min(others, key=lambda other: (abs((other - day).days), other > day))
    return NearbySession(nearest, abs((nearest - day).days), nearest > day)


def short_interval(
    day: dt.date, indication: Indication, injections: Iterable[Injection]
) -> NearbySession | None:
    """The nearest other session if an injection of ``indication`` on ``day`` is too close to
    it (PRODUCT.md §3: a warning, never a block); None when it is not."""
    nearest = nearest_other_session(day, injections)
    if nearest is None or nearest.days >= short_interval_days(indication):
        return None
    return nearest


class WindowState(Enum):
    """Where today stands against a window (compared only: never stored or written out)."""

    OPENS_IN = auto()
    OPEN = auto()
    OVERDUE = auto()


@dataclass(frozen=True)
class Countdown:
    """Where today stands against a window: ``days`` until it opens, until it closes, or past it."""

    opens: dt.date
    closes: dt.date
    state: WindowState
    days: int


def countdown(opens: dt.date, closes: dt.date, today: dt.date) -> Countdown:
    if today < opens:
        return Countdown(opens, closes, WindowState.OPENS_IN, (opens - today).days)
    if today <= closes:
        return Countdown(opens, closes, WindowState.OPEN, (closes - today).days)
    return Countdown(opens, closes, WindowState.OVERDUE, (today - closes).days)
