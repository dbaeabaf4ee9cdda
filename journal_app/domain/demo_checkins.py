"""The demo patient's own view of each cycle: check-ins, two goals for the spasm track, ratings.

Check-ins are answered on the days the due rules of PRODUCT.md §4 ask them, and follow what
the diary detected: the impression from the level on the day answered against the course's
reference (a cycle without a detected onset never better than "a little better"), a reported
wear-off a few days from the detected one. A few asked check-ins are missed, and the ones due
on the journal's last day are left for the newcomer to answer on the Today card.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from journal_app.domain import checkins as scale
from journal_app.domain.analytics import Analysis, CheckInSlot, Cycle, SlotState
from journal_app.domain.analytics.checkins_due import checkin_slots
from journal_app.domain.checkins import CheckIn, CheckInKind, Goal, GoalRating, Impression, WornOff
from journal_app.domain.models import Entry, Indication, Injection, Profile
from journal_app.domain.validation import translatable

GOAL_TRACK = Indication.CERVICAL_DYSTONIA
DEMO_GOALS = (
    translatable("demo", "Turn my head to check the mirror when driving"),
    translatable("demo", "Read for half an hour without my head pulling"),
)
#: Share of the asked check-ins the patient lets pass (at least two are missed).
MISSED_SHARE = 0.1
MIN_MISSED = 2
#: Days after a slot opens on which the patient answers: mostly at once.
ANSWER_DELAYS = (0, 0, 0, 1, 1, 2, 3, 6)
#: How long a slot of a track that is no longer current is taken to have been asked.
QUIET_SLOT_DAYS = 14
#: The improvement on the reference at which each impression starts, best first.
IMPRESSION_FROM = (
    (0.55, Impression.VERY_MUCH_BETTER),
    (0.35, Impression.MUCH_BETTER),
    (0.15, Impression.A_LITTLE_BETTER),
    (-0.1, Impression.NO_CHANGE),
    (-0.3, Impression.A_LITTLE_WORSE),
)
#: A goal's usual rating for each impression (goal attainment, −2 … +2).
RATING_FOR = {
    Impression.VERY_MUCH_BETTER: 1,
    Impression.MUCH_BETTER: 1,
    Impression.A_LITTLE_BETTER: 0,
    Impression.NO_CHANGE: -1,
    Impression.A_LITTLE_WORSE: -2,
    Impression.MUCH_WORSE: -2,
    Impression.VERY_MUCH_WORSE: -2,
}


@dataclass(frozen=True)
class DemoCheckIns:
    checkins: tuple[CheckIn, ...]
    goals: tuple[Goal, ...]
    ratings: tuple[GoalRating, ...]


def demo_checkins(
    rng: random.Random,
    profile: Profile,
    entries: Sequence[Entry],
    injections: Sequence[Injection],
    end: dt.date,
) -> DemoCheckIns:
    """The check-ins the demo patient answered by ``end``, and their goals and ratings."""
    analysis = Analysis.of(entries, injections, profile, end)
    asked: list[tuple[CheckInSlot, Cycle]] = []
    for track in analysis.tracks:
        cycles = {cycle.day: cycle for cycle in analysis.cycles(track.indication)}
        for slot in checkin_slots(track, (), end):
            # Due today: left for the Today card. Upcoming: not asked yet.
            if slot.state is SlotState.MISSED:
                asked.append((slot, cycles[slot.key.session_date]))
    may_miss = _may_miss(asked)
    missed = set(rng.sample(may_miss, min(len(may_miss), _missed_count(len(asked)))))
    goals = tuple(Goal(GOAL_TRACK, text) for text in DEMO_GOALS)
    checkins: list[CheckIn] = []
    ratings: list[GoalRating] = []
    for i, (slot, cycle) in enumerate(asked):
        if i in missed:
            continue
        checkin = _answer(rng, slot, cycle, end)
        checkins.append(checkin)
        if checkin.indication is GOAL_TRACK:
            ratings.extend(_ratings(rng, checkin, goals))
    return DemoCheckIns(tuple(checkins), goals, tuple(ratings))


def _missed_count(asked: int) -> int:
    return max(MIN_MISSED, round(MISSED_SHARE * asked))


def _may_miss(asked: Sequence[tuple[CheckInSlot, Cycle]]) -> list[int]:
    """The check-ins the patient may let pass: none of a kind a track asked at most twice (the
    dystonia sessions mostly come before their before-next check-in would be asked)."""
    kinds = Counter((slot.key.indication, slot.key.kind) for slot, _ in asked)
    return [i for i, (slot, _) in enumerate(asked) if kinds[slot.key.indication, slot.key.kind] > 2]


def _answer(rng: random.Random, slot: CheckInSlot, cycle: Cycle, end: dt.date) -> CheckIn:
    last = slot.closes or slot.opens + dt.timedelta(days=QUIET_SLOT_DAYS)
    answered = min(slot.opens + dt.timedelta(days=rng.choice(ANSWER_DELAYS)), last, end)
    impression = _impression(rng, cycle, (answered - cycle.day).days)
    key = slot.key
    if key.kind is CheckInKind.WEEK4:
        return CheckIn(key.session_date, key.indication, key.kind, answered, impression)
    worn_off, worn_off_date = _worn_off(rng, cycle, answered)
    return CheckIn(
        key.session_date, key.indication, key.kind, answered, impression, worn_off, worn_off_date
    )


def _impression(rng: random.Random, cycle: Cycle, k: int) -> Impression:
    """How the patient feels on day ``k`` against just before the injection."""
    worked = cycle.verdict.onset_day is not None
    level = _level_near(cycle, k)
    if cycle.reference is None or cycle.reference.value <= 0 or level is None:
        return Impression.A_LITTLE_BETTER if worked else Impression.NO_CHANGE
    improvement = (cycle.reference.value - level) / cycle.reference.value + rng.gauss(0, 0.07)
    impression = next(
        (found for start, found in IMPRESSION_FROM if improvement >= start),
        Impression.MUCH_WORSE,
    )
    if not worked:
        # A cycle that failed is felt as one: at best a little better.
        ceiling = rng.choice((Impression.NO_CHANGE, Impression.A_LITTLE_BETTER))
        impression = max(impression, ceiling, key=_rank)
    return impression


def _rank(impression: Impression) -> int:
    """0 for the best impression, larger for worse ones."""
    return list(Impression).index(impression)


def _level_near(cycle: Cycle, k: int) -> float | None:
    """The cycle's level on day ``k``, or on the nearest day before it that has one."""
    for day in range(min(k, len(cycle.levels)), 0, -1):
        if (level := cycle.levels[day - 1]) is not None:
            return level
    return None


def _worn_off(
    rng: random.Random, cycle: Cycle, answered: dt.date
) -> tuple[WornOff, dt.date | None]:
    """ "Has the effect worn off?": yes near the detected wear-off day when it came before
    the answer; no while relief still held; not sure now and then, and after a failed cycle."""
    verdict = cycle.verdict
    if verdict.onset_day is None:
        return WornOff.NOT_SURE, None
    if verdict.wear_off_day is not None:
        detected = cycle.day + dt.timedelta(days=verdict.wear_off_day)
        if detected < answered and rng.random() < 0.8:
            reported = detected + dt.timedelta(days=rng.randint(-5, 4))
            first = cycle.day + dt.timedelta(days=1)
            return WornOff.YES, min(max(reported, first), answered)
        if detected < answered:
            return WornOff.NOT_SURE, None
    return (WornOff.NO if rng.random() < 0.85 else WornOff.NOT_SURE), None


def _ratings(rng: random.Random, checkin: CheckIn, goals: Sequence[Goal]) -> list[GoalRating]:
    """Each goal rated from how the cycle feels; the second goal is a harder one."""
    ratings = []
    for i, goal in enumerate(goals):
        drawn = (
            RATING_FOR[checkin.impression]
            - (i % 2) * rng.randint(0, 1)
            + rng.choice((-1, 0, 0, 0, 1))
        )
        ratings.append(
            GoalRating(
                checkin.session_date,
                checkin.indication,
                checkin.kind,
                goal.text,
                max(scale.RATING_MIN, min(scale.RATING_MAX, drawn)),
            )
        )
    return ratings
