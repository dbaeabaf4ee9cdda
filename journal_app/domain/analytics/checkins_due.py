"""Which check-ins are due, answered or missed on a day (PRODUCT.md §4, check-ins due)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import Enum

from journal_app.domain.analytics.now import still_current
from journal_app.domain.analytics.tracks import Track, TrackSession
from journal_app.domain.checkins import CheckIn, CheckInKey, CheckInKind

#: The week-4 check-in is asked from this day after the session …
WEEK4_FIRST_DAY = 28
#: … to this one.
WEEK4_LAST_DAY = 42
#: The before-next check-in is asked from this many days before the re-injection window opens.
BEFORE_NEXT_LEAD_DAYS = 7


class SlotState(str, Enum):
    UPCOMING = "upcoming"
    DUE = "due"
    ANSWERED = "answered"
    # Not answered while it was due: never asked later.
    MISSED = "missed"


@dataclass(frozen=True)
class CheckInSlot:
    """One check-in a session asks for: the days it is asked on, and where it stands."""

    key: CheckInKey
    session: TrackSession
    opens: dt.date
    # The last day it is asked; None while the track has no next session.
    closes: dt.date | None
    state: SlotState


def _period(
    session: TrackSession, kind: CheckInKind, next_day: dt.date | None
) -> tuple[dt.date, dt.date | None]:
    if kind is CheckInKind.WEEK4:
        return (
            session.day + dt.timedelta(days=WEEK4_FIRST_DAY),
            session.day + dt.timedelta(days=WEEK4_LAST_DAY),
        )
    opens = session.reinjection_window[0] - BEFORE_NEXT_LEAD_DAYS
    # The next session ends it: on that day the injection it asks about has come.
    closes = None if next_day is None else next_day - dt.timedelta(days=1)
    return session.day + dt.timedelta(days=opens), closes


def checkin_slots(
    track: Track, answered: Collection[CheckInKey], day: dt.date
) -> tuple[CheckInSlot, ...]:
    """Every check-in of the track's sessions by ``day``, oldest session first.

    A before-next check-in whose next session came before it would open is never asked.
    """
    sessions = [session for session in track.sessions if session.day <= day]
    current = bool(sessions) and still_current(sessions[-1], day)
    slots = []
    for index, session in enumerate(sessions):
        next_day = sessions[index + 1].day if index + 1 < len(sessions) else None
        for kind in CheckInKind:
            opens, closes = _period(session, kind, next_day)
            if closes is not None and closes < opens:
                continue
            key = CheckInKey(session.day, track.indication, kind)
            if key in answered:
                state = SlotState.ANSWERED
            elif day < opens:
                state = SlotState.UPCOMING
            elif current and (closes is None or day <= closes):
                state = SlotState.DUE
            else:
                state = SlotState.MISSED
            slots.append(CheckInSlot(key, session, opens, closes, state))
    return tuple(slots)


def due_checkins(
    tracks: Iterable[Track], checkins: Iterable[CheckIn], day: dt.date
) -> tuple[CheckInSlot, ...]:
    """The check-ins to ask on ``day``, track by track."""
    answered = {checkin.key for checkin in checkins}
    return tuple(
        slot
        for track in tracks
        for slot in checkin_slots(track, answered, day)
        if slot.state is SlotState.DUE
    )
