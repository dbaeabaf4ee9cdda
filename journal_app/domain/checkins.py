"""The patient's own view of each cycle (PRODUCT.md §3): check-ins, personal goals, ratings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from journal_app.domain.models import Indication

MAX_ACTIVE_GOALS = 3
RATING_MIN = -2
RATING_MAX = 2


class CheckInKind(str, Enum):
    WEEK4 = "week4"
    BEFORE_NEXT = "before_next"


class Impression(str, Enum):
    """The patient global impression of change, best first (a public-domain 7-point item)."""

    VERY_MUCH_BETTER = "very_much_better"
    MUCH_BETTER = "much_better"
    A_LITTLE_BETTER = "a_little_better"
    NO_CHANGE = "no_change"
    A_LITTLE_WORSE = "a_little_worse"
    MUCH_WORSE = "much_worse"
    VERY_MUCH_WORSE = "very_much_worse"


class WornOff(str, Enum):
    """The before-next answer to "has the effect worn off?"."""

    NO = "no"
    YES = "yes"
    NOT_SURE = "not_sure"


@dataclass(frozen=True)
class CheckIn:
    """One answer about one track session; at most one of each kind per session."""

    session_date: dt.date
    indication: Indication
    kind: CheckInKind
    answered: dt.date
    impression: Impression
    # Asked only before the next injection: None on a week-4 check-in.
    worn_off: WornOff | None = None
    # The day it wore off, given only with ``worn_off`` YES.
    worn_off_date: dt.date | None = None

    @property
    def key(self) -> CheckInKey:
        return CheckInKey(self.session_date, self.indication, self.kind)

    @property
    def reported_wear_off_day(self) -> int | None:
        """Days from the session to the reported wear-off (§4), shown beside the detected one."""
        if self.worn_off is not WornOff.YES or self.worn_off_date is None:
            return None
        return (self.worn_off_date - self.session_date).days


@dataclass(frozen=True)
class CheckInKey:
    """Which check-in: a track session and a kind."""

    session_date: dt.date
    indication: Indication
    kind: CheckInKind


@dataclass(frozen=True)
class Goal:
    """A personal goal of one track, e.g. "turn my head to drive"; its text names it."""

    indication: Indication
    text: str
    active: bool = True
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class GoalRating:
    """A goal rated at a check-in on the goal-attainment scale −2 … +2 (0: as expected)."""

    session_date: dt.date
    indication: Indication
    kind: CheckInKind
    goal: str
    rating: int

    @property
    def key(self) -> CheckInKey:
        return CheckInKey(self.session_date, self.indication, self.kind)


@dataclass(frozen=True)
class SessionCheckIns:
    """What the patient said about one track session: its check-ins and their goal ratings."""

    week4: CheckIn | None = None
    before_next: CheckIn | None = None
    ratings: tuple[GoalRating, ...] = ()

    def checkin(self, kind: CheckInKind) -> CheckIn | None:
        return self.week4 if kind is CheckInKind.WEEK4 else self.before_next

    def ratings_at(self, kind: CheckInKind) -> tuple[GoalRating, ...]:
        return tuple(rating for rating in self.ratings if rating.kind is kind)

    @property
    def reported_wear_off_day(self) -> int | None:
        """The before-next answer's wear-off day after the session (§4), if it said "yes"."""
        return None if self.before_next is None else self.before_next.reported_wear_off_day

    @property
    def answered(self) -> bool:
        return self.week4 is not None or self.before_next is not None


NO_CHECKINS = SessionCheckIns()


@dataclass(frozen=True)
class PatientReports:
    """A journal's check-ins, goals and goal ratings, looked up per track session."""

    checkins: tuple[CheckIn, ...] = ()
    goals: tuple[Goal, ...] = ()
    ratings: tuple[GoalRating, ...] = ()

    def of_session(self, session_date: dt.date, indication: Indication) -> SessionCheckIns:
        return self._by_session.get((session_date, indication), NO_CHECKINS)

    def until(self, day: dt.date) -> PatientReports:
        """What the patient had said by ``day``: a report of the past leaves out later answers."""
        checkins = tuple(checkin for checkin in self.checkins if checkin.answered <= day)
        kept = {checkin.key for checkin in checkins}
        ratings = tuple(rating for rating in self.ratings if rating.key in kept)
        return PatientReports(checkins, self.goals, ratings)

    def active_goals(self, indication: Indication) -> tuple[Goal, ...]:
        return tuple(goal for goal in self.goals if goal.indication is indication and goal.active)

    @cached_property
    def _by_session(self) -> dict[tuple[dt.date, Indication], SessionCheckIns]:
        kinds: dict[tuple[dt.date, Indication], dict[CheckInKind, CheckIn]] = {}
        for checkin in self.checkins:
            kinds.setdefault((checkin.session_date, checkin.indication), {})[checkin.kind] = checkin
        ratings: dict[tuple[dt.date, Indication], list[GoalRating]] = {}
        for rating in self.ratings:
            ratings.setdefault((rating.session_date, rating.indication), []).append(rating)
        return {
            key: SessionCheckIns(
                week4=answers.get(CheckInKind.WEEK4),
                before_next=answers.get(CheckInKind.BEFORE_NEXT),
                ratings=tuple(ratings.get(key, ())),
            )
            for key, answers in kinds.items()
        }


NO_REPORTS = PatientReports()
