"""The cross-checks of check-ins, goals and goal ratings CSV files (PRODUCT.md §7).

Each row was checked alone by csv_io; these check the rows against the other files of the
import and against the journal: one check-in of each kind per session, check-ins of real
sessions, ratings of known goals and check-ins, at most 3 active goals per track, and
(without --replace) nothing the journal already holds. Each problem is given as where
(file, line, column) and why, for csv_io to report as FILE:LINE:COLUMN.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from journal_app.domain.checkins import CheckIn, Goal, GoalRating
from journal_app.domain.models import Indication, Injection
from journal_app.domain.validation import goals_problems
from journal_app.storage.csv_columns import quote
from journal_app.storage.repository import JournalRepository

R = TypeVar("R", covariant=True)


# What these checks read of csv_io's ParsedCsv, CsvRecord and ImportPlan (csv_io calls this
# module, so it does not import them).
class _Located(Protocol, Generic[R]):
    @property
    def record(self) -> R: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...


class _File(Protocol):
    @property
    def source(self) -> str: ...
    @property
    def checkins(self) -> Sequence[_Located[CheckIn]]: ...
    @property
    def goals(self) -> Sequence[_Located[Goal]]: ...
    @property
    def ratings(self) -> Sequence[_Located[GoalRating]]: ...


class _Plan(Protocol):
    @property
    def files(self) -> Sequence[_File]: ...
    @property
    def injections(self) -> Sequence[Injection]: ...
    @property
    def checkins(self) -> Sequence[CheckIn]: ...
    @property
    def goals(self) -> Sequence[Goal]: ...


#: A problem: the file, the 1-based line and column, and the reason.
Found = tuple[str, int, int, str]


def repeated_records(files: Sequence[_File]) -> list[Found]:
    """One check-in of each kind per session, one rating per goal and check-in, one goal of
    each text per track, across every file of the import."""
    problems: list[Found] = []
    seen: dict[object, tuple[_File, int]] = {}

    def once(parsed: _File, found: _Located[Any], key: object, reason: str) -> None:
        if key not in seen:
            seen[key] = (parsed, found.line)
            return
        other, line = seen[key]
        where = f"line {line}" if other is parsed else f"{other.source} line {line}"
        problems.append((parsed.source, found.line, found.column, f"{reason}, as on {where}"))

    for parsed in files:
        for checkin in parsed.checkins:
            key = checkin.record.key
            what = f"repeats the {key.kind.value} check-in of {key.session_date.isoformat()}"
            once(parsed, checkin, ("checkin", key), f"session_date: {what}")
        for goal in parsed.goals:
            text = goal.record.text
            key2 = ("goal", goal.record.indication, text)
            once(parsed, goal, key2, f"goal: repeats the goal {quote(text)}")
        for rating in parsed.ratings:
            key3 = ("rating", rating.record.key, rating.record.goal)
            once(parsed, rating, key3, f"goal: rates {quote(rating.record.goal)} again")
    return problems


def cross_checks(repo: JournalRepository, plan: _Plan, *, replace: bool) -> list[Found]:
    """Check-ins of real sessions, ratings of known goals and check-ins, at most 3 active
    goals per track, and (without ``replace``) no check-in or rating the journal holds."""
    sessions = {(inj.day, inj.indication) for inj in [*repo.injections(), *plan.injections]}
    goals = {(goal.indication, goal.text): goal for goal in repo.goals()}
    goals.update({(goal.indication, goal.text): goal for goal in plan.goals})
    saved = {checkin.key for checkin in repo.checkins()}
    checkins = saved | {checkin.key for checkin in plan.checkins}
    saved_ratings = {(rating.key, rating.goal) for rating in repo.goal_ratings()}
    problems: list[Found] = []
    for parsed in plan.files:
        for found in parsed.checkins:
            key = found.record.key
            reason = ""
            if (key.session_date, key.indication) not in sessions:
                reason = (
                    f"session_date: {key.session_date.isoformat()} is not a day with an "
                    f"injection for {key.indication.value}"
                )
            elif key in saved and not replace:
                reason = (
                    f"session_date: the {key.kind.value} check-in of {key.session_date.isoformat()}"
                    " is already in the journal; import with replace to overwrite it"
                )
            if reason:
                problems.append((parsed.source, found.line, found.column, reason))
        for rating in parsed.ratings:
            record = rating.record
            reason = ""
            if (record.indication, record.goal) not in goals:
                reason = f"goal: {quote(record.goal)} is not a goal of {record.indication.value}"
            elif record.key not in checkins:
                reason = (
                    f"kind: no {record.kind.value} check-in of {record.session_date.isoformat()}"
                    f" for {record.indication.value}"
                )
            elif (record.key, record.goal) in saved_ratings and not replace:
                reason = (
                    "goal: is already rated in the journal; import with replace to overwrite it"
                )
            if reason:
                problems.append((parsed.source, rating.line, rating.column, reason))
    return problems + _track_rules(plan, list(goals.values()))


def _track_rules(plan: _Plan, goals: list[Goal]) -> list[Found]:
    """The rules over a track's goals together, reported at the track's first imported goal."""
    first_goal: dict[Indication, tuple[_File, _Located[Goal]]] = {}
    for parsed in plan.files:
        for found in parsed.goals:
            first_goal.setdefault(found.record.indication, (parsed, found))
    problems: list[Found] = []
    for indication, (parsed, found) in first_goal.items():
        # Each goal passed its own checks, so only the rules over the track's goals remain.
        track_goals = [goal for goal in goals if goal.indication is indication]
        for problem in goals_problems(track_goals):
            problems.append((parsed.source, found.line, 1, f"{problem.field}: {problem.message}"))
    return problems
