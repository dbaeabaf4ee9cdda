"""The rules of check-ins, goals and goal ratings (PRODUCT.md §3), one broken rule at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from journal_app.domain.checkins import (
    CheckIn,
    CheckInKind,
    Goal,
    GoalRating,
    Impression,
    WornOff,
)
from journal_app.domain.models import Indication
from journal_app.domain.validation import (
    MAX_GOAL_TEXT,
    InvalidRecord,
    check_checkin,
    check_goals,
    checkin_problems,
    goals_problems,
    rating_problems,
)

CD = Indication.CERVICAL_DYSTONIA
SESSION = dt.date(2024, 1, 10)
TODAY = dt.date(2024, 5, 1)
ANSWERED = dt.date(2024, 4, 30)
BEFORE_NEXT = CheckIn(
    SESSION, CD, CheckInKind.BEFORE_NEXT, ANSWERED, Impression.A_LITTLE_BETTER, WornOff.NO
)


def fields(checkin: CheckIn) -> list[str]:
    return [problem.field for problem in checkin_problems(checkin, {SESSION}, TODAY)]


def worn_off_on(day: dt.date) -> CheckIn:
    return replace(BEFORE_NEXT, worn_off=WornOff.YES, worn_off_date=day)


def test_a_valid_check_in_has_no_problems() -> None:
    assert fields(BEFORE_NEXT) == []
    week4 = CheckIn(SESSION, CD, CheckInKind.WEEK4, SESSION, Impression.NO_CHANGE)
    assert fields(week4) == []
    check_checkin(worn_off_on(ANSWERED), {SESSION}, TODAY)


@pytest.mark.parametrize(
    ("day", "problems"),
    [
        (SESSION, ["worn_off_date"]),
        (SESSION + dt.timedelta(days=1), []),
        (ANSWERED, []),
        (ANSWERED + dt.timedelta(days=1), ["worn_off_date"]),
    ],
)
def test_the_wear_off_day_is_after_the_session_and_not_after_the_answer(
    day: dt.date, problems: list[str]
) -> None:
    assert fields(worn_off_on(day)) == problems


def test_the_wear_off_day_goes_with_yes_only() -> None:
    assert fields(replace(BEFORE_NEXT, worn_off=WornOff.YES)) == ["worn_off_date"]
    assert fields(replace(BEFORE_NEXT, worn_off_date=ANSWERED)) == ["worn_off_date"]
    assert fields(replace(BEFORE_NEXT, worn_off=None)) == ["worn_off"]
    week4 = replace(BEFORE_NEXT, kind=CheckInKind.WEEK4)
    assert fields(week4) == ["worn_off"]


def test_a_check_in_belongs_to_a_session_and_is_answered_by_today() -> None:
    assert fields(replace(BEFORE_NEXT, session_date=SESSION + dt.timedelta(days=1))) == [
        "session_date"
    ]
    assert fields(replace(BEFORE_NEXT, answered=SESSION - dt.timedelta(days=1))) == ["answered"]
    tomorrow = replace(BEFORE_NEXT, answered=TODAY + dt.timedelta(days=1))
    with pytest.raises(InvalidRecord) as raised:
        check_checkin(tomorrow, {SESSION}, TODAY)
    assert "in the future" in str(raised.value)


@pytest.mark.parametrize(("rating", "valid"), [(-3, False), (-2, True), (2, True), (3, False)])
def test_ratings_run_from_minus_2_to_plus_2(rating: int, valid: bool) -> None:
    found = GoalRating(SESSION, CD, CheckInKind.WEEK4, "drive", rating)
    assert (rating_problems(found, {"drive"}) == []) is valid


def test_a_rating_names_a_goal_of_its_track() -> None:
    found = GoalRating(SESSION, CD, CheckInKind.WEEK4, "walk", 0)
    assert [p.field for p in rating_problems(found, {"drive"})] == ["goal"]


def test_at_most_three_active_goals_per_track() -> None:
    goals = [Goal(CD, f"goal {n}") for n in range(3)]
    check_goals(goals)
    check_goals([*goals, Goal(CD, "inactive", active=False), Goal(Indication.SPASTICITY, "x")])
    with pytest.raises(InvalidRecord) as raised:
        check_goals([*goals, Goal(CD, "a fourth")])
    assert (
        raised.value.problems[0].message
        == "cervical_dystonia has 4 active goals; at most 3 are allowed"
    )


def test_a_goal_has_a_text_of_its_own() -> None:
    assert [p.field for p in goals_problems([Goal(CD, "  ")])] == ["goal"]
    assert [p.field for p in goals_problems([Goal(CD, " drive")])] == ["goal"]
    assert [p.field for p in goals_problems([Goal(CD, "x" * (MAX_GOAL_TEXT + 1))])] == ["goal"]
    assert [p.field for p in goals_problems([Goal(CD, "drive"), Goal(CD, "drive", False)])] == [
        "goal"
    ]
    assert goals_problems([Goal(CD, "drive"), Goal(Indication.SPASTICITY, "drive")]) == []
