"""The patient's own view of each cycle (PRODUCT.md §3): check-ins, personal goals, ratings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

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
