"""The report's view of what the patient said of each cycle (PRODUCT.md §6), beside what the
journal detected: check-ins per session, reported against detected wear-off, goal ratings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from journal_app.domain.analytics import Analysis, Cycle, Track
from journal_app.domain.analytics.checkins_due import CheckInSlot, SlotState, checkin_slots
from journal_app.domain.checkins import CheckInKind, PatientReports, SessionCheckIns

#: Page 1 gives the patient's own view of this many of a track's latest sessions.
PAGE1_SESSIONS = 2


@dataclass(frozen=True)
class SessionView:
    """One session's check-ins beside its cycle: what the patient said, what the journal found."""

    cycle: Cycle
    said: SessionCheckIns
    #: Each check-in the session asked for, by kind; a kind it never asked for is missing.
    slots: Mapping[CheckInKind, CheckInSlot]

    @property
    def day(self) -> dt.date:
        return self.cycle.day

    @property
    def detected_wear_off_day(self) -> int | None:
        return self.cycle.verdict.wear_off_day

    def rating(self, goal: str, kind: CheckInKind) -> int | None:
        """The goal's rating at the session's check-in of ``kind``, if it was rated."""
        for rating in self.said.ratings_at(kind):
            if rating.goal == goal:
                return rating.rating
        return None


@dataclass(frozen=True)
class PatientView:
    """A track's sessions that asked for check-ins, most recent first, and its goals: the
    active ones in the order set, then others rated in these sessions."""

    sessions: tuple[SessionView, ...]
    goals: tuple[str, ...]

    @property
    def answered(self) -> bool:
        """Whether any of these sessions has a check-in."""
        return any(view.said.answered for view in self.sessions)


def _asked(view: SessionView) -> bool:
    """Whether a check-in of the session was answered, is due or was missed by now."""
    return view.said.answered or any(s.state is not SlotState.UPCOMING for s in view.slots.values())


def session_views(analysis: Analysis, track: Track) -> list[SessionView]:
    """Every cycle of the track whose session asked for a check-in by the as-of day, oldest
    first, with what the patient said about it."""
    patient = analysis.patient
    answered = {checkin.key for checkin in patient.checkins}
    slots: dict[dt.date, dict[CheckInKind, CheckInSlot]] = {}
    for slot in checkin_slots(track, answered, analysis.as_of.day):
        slots.setdefault(slot.key.session_date, {})[slot.key.kind] = slot
    views = [
        SessionView(cycle, analysis.checkins_of(cycle), slots.get(cycle.day, {}))
        for cycle in analysis.cycles(track.indication)
    ]
    return [view for view in views if _asked(view)]


def patient_view(
    patient: PatientReports, track: Track, views: Sequence[SessionView]
) -> PatientView:
    """The views given, most recent first, with the track's goals that speak of them."""
    goals = [goal.text for goal in patient.active_goals(track.indication)]
    for view in views:
        goals += [r.goal for r in view.said.ratings if r.goal not in goals]
    return PatientView(tuple(reversed(views)), tuple(goals))
