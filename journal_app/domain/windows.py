"""Expected windows per indication (PRODUCT.md §3) and the next-injection countdown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

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


def days_since_previous(day: dt.date, injections: Iterable[Injection]) -> int | None:
    """Days from the latest earlier injection session to ``day``, or None if there is none."""
    earlier = [inj.day for inj in injections if inj.day < day]
    return (day - max(earlier)).days if earlier else None


def is_short_interval(day: dt.date, injections: Iterable[Injection]) -> bool:
    """Whether an injection on ``day`` comes less than 84 days after the previous session."""
    gap = days_since_previous(day, injections)
    return gap is not None and gap < MIN_SAFE_INTERVAL_DAYS


class WindowState(str, Enum):
    OPENS_IN = "opens_in"
    OPEN = "open"
    OVERDUE = "overdue"


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
