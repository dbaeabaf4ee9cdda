"""The as-of day, and where each current track stands on it (PRODUCT.md §4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from journal_app.domain.analytics.cycles import Cycle
from journal_app.domain.analytics.tracks import Track, TrackSession
from journal_app.domain.models import Indication
from journal_app.domain.windows import Countdown, countdown

#: A journal whose last entry is older than this is judged on that entry's day.
QUIET_AFTER_DAYS = 14
#: A track stays current until this long after its latest re-injection window closes.
CURRENT_AFTER_WINDOW_DAYS = 90


@dataclass(frozen=True)
class AsOf:
    """The day "now" is judged on; ``quiet`` when that is the last entry's day, not today."""

    day: dt.date
    last_entry: dt.date | None
    quiet: bool


def as_of(entry_days: Sequence[dt.date], today: dt.date, range_end: dt.date | None) -> AsOf:
    """Today (or ``range_end`` if earlier), unless the journal went quiet before it.

    ``entry_days`` must be sorted; days after the range end do not count as logged.
    """
    base = today if range_end is None else min(today, range_end)
    logged = [day for day in entry_days if day <= base]
    last = logged[-1] if logged else None
    if last is not None and (base - last).days > QUIET_AFTER_DAYS:
        return AsOf(last, last, quiet=True)
    return AsOf(base, last, quiet=False)


@dataclass(frozen=True)
class CurrentTrack:
    """A track with a current course: its latest session on the as-of day and what comes next."""

    indication: Indication
    session: TrackSession
    cycle: Cycle
    # Days since the session on the as-of day (the day of the current cycle).
    day_number: int
    reinjection: Countdown
    checkup: dt.date | None


def still_current(latest: TrackSession, day: dt.date) -> bool:
    """Whether a track whose latest session by ``day`` is ``latest`` has a current course."""
    closes = latest.reinjection_window[1]
    return (day - latest.day).days <= closes + CURRENT_AFTER_WINDOW_DAYS


def current_track(track: Track, cycles: Sequence[Cycle], day: dt.date) -> CurrentTrack | None:
    """None when the track has no session by ``day`` or its latest one is too long ago."""
    past = [cycle for cycle in cycles if cycle.day <= day]
    if not past:
        return None
    cycle = past[-1]
    session = cycle.session
    if not still_current(session, day):
        return None
    opens, closes = session.reinjection_window
    checkup_days = track.spec.checkup_days
    return CurrentTrack(
        indication=track.indication,
        session=session,
        cycle=cycle,
        day_number=(day - session.day).days,
        reinjection=countdown(
            session.day + dt.timedelta(days=opens), session.day + dt.timedelta(days=closes), day
        ),
        checkup=None if checkup_days is None else session.day + dt.timedelta(days=checkup_days),
    )
