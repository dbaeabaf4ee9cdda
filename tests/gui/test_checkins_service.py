"""JournalService saves check-ins and goals undoably, checks them, and says when they change."""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.domain.checkins import (
    CheckIn,
    CheckInKind,
    Goal,
    GoalRating,
    Impression,
    WornOff,
)
from journal_app.domain.models import Indication, Injection, Product
from journal_app.domain.validation import InvalidRecord
from journal_app.domain.windows import default_windows
from journal_app.services.journal import JournalService

from .conftest import TODAY

CD = Indication.CERVICAL_DYSTONIA
SESSION = TODAY - dt.timedelta(days=30)
WEEK4 = CheckIn(SESSION, CD, CheckInKind.WEEK4, TODAY, Impression.MUCH_BETTER)


def record_session(service: JournalService, day: dt.date = SESSION) -> None:
    service.record_injection(
        Injection(day, Product.INCOBOTULINUMTOXIN_A, 200, CD, default_windows(CD))
    )


def test_a_check_in_is_saved_undone_and_redone(qtbot, service: JournalService) -> None:
    record_session(service)
    service.save_goals(CD, [Goal(CD, "drive")])
    assert [slot.key for slot in service.due_checkins()] == [WEEK4.key]
    rating = GoalRating(SESSION, CD, CheckInKind.WEEK4, "drive", 1)
    with qtbot.waitSignal(service.checkins_changed):
        service.save_checkin(WEEK4, [rating])
    assert (service.checkins(), service.goal_ratings()) == ([WEEK4], [rating])
    assert service.due_checkins() == ()
    service.undo_stack.undo()
    assert (service.checkins(), service.goal_ratings()) == ([], [])
    assert [slot.key for slot in service.due_checkins()] == [WEEK4.key]
    service.undo_stack.redo()
    assert (service.checkins(), service.goal_ratings()) == ([WEEK4], [rating])


def test_answering_again_replaces_and_undo_brings_back_the_first(service: JournalService) -> None:
    record_session(service)
    service.save_checkin(WEEK4, [])
    second = CheckIn(SESSION, CD, CheckInKind.WEEK4, TODAY, Impression.NO_CHANGE)
    service.save_checkin(second, [])
    assert service.checkins() == [second]
    service.undo_stack.undo()
    assert service.checkins() == [WEEK4]


def test_a_check_in_that_breaks_a_rule_is_refused(service: JournalService) -> None:
    record_session(service)
    not_a_session = CheckIn(
        SESSION + dt.timedelta(days=1), CD, CheckInKind.WEEK4, TODAY, Impression.NO_CHANGE
    )
    with pytest.raises(InvalidRecord):
        service.save_checkin(not_a_session, [])
    late = CheckIn(
        SESSION,
        CD,
        CheckInKind.BEFORE_NEXT,
        TODAY,
        Impression.NO_CHANGE,
        WornOff.YES,
        TODAY + dt.timedelta(days=1),
    )
    with pytest.raises(InvalidRecord):
        service.save_checkin(late, [])
    with pytest.raises(InvalidRecord):
        service.save_checkin(WEEK4, [GoalRating(SESSION, CD, CheckInKind.WEEK4, "fly", 1)])
    assert service.checkins() == []
    assert service.undo_stack.count() == 1  # the injection only


def test_a_rating_of_another_check_in_is_a_problem_not_an_english_error(
    service: JournalService,
) -> None:
    record_session(service)
    service.save_goals(CD, [Goal(CD, "drive")])
    other = GoalRating(SESSION, CD, CheckInKind.BEFORE_NEXT, "drive", 1)
    with pytest.raises(InvalidRecord) as refused:
        service.save_checkin(WEEK4, [other])
    [problem] = refused.value.problems
    assert (problem.field, problem.args) == ("rating", (CheckInKind.BEFORE_NEXT, SESSION))
    assert problem.template == "rates the %1 check-in of %2, not this one"
    assert (service.checkins(), service.undo_stack.count()) == ([], 2)


def test_undoing_a_goals_removal_brings_its_ratings_back(qtbot, service: JournalService) -> None:
    record_session(service)
    service.save_goals(CD, [Goal(CD, "drive"), Goal(CD, "read")])
    ratings = [
        GoalRating(SESSION, CD, CheckInKind.WEEK4, "drive", 1),
        GoalRating(SESSION, CD, CheckInKind.WEEK4, "read", -1),
    ]
    service.save_checkin(WEEK4, ratings)
    service.save_goals(CD, [service.goals(CD)[1]])
    assert service.goal_ratings() == ratings[1:]
    service.undo_stack.undo()
    assert [goal.text for goal in service.goals(CD)] == ["drive", "read"]
    assert service.goal_ratings() == ratings
    service.undo_stack.redo()
    assert service.goal_ratings() == ratings[1:]


def test_goals_are_added_edited_and_deactivated_undoably(service: JournalService) -> None:
    service.save_goals(CD, [Goal(CD, "drive"), Goal(CD, "read")])
    drive, read = service.goals(CD)
    service.save_goals(
        CD, [Goal(CD, "drive to work", id=drive.id), Goal(CD, "read", False, read.id)]
    )
    assert [(g.text, g.active) for g in service.goals(CD)] == [
        ("drive to work", True),
        ("read", False),
    ]
    service.undo_stack.undo()
    assert [(g.text, g.active, g.id) for g in service.goals(CD)] == [
        ("drive", True, drive.id),
        ("read", True, read.id),
    ]
    service.undo_stack.undo()
    assert service.goals(CD) == []
    service.undo_stack.redo()
    assert [g.id for g in service.goals(CD)] == [drive.id, read.id]
    with pytest.raises(InvalidRecord):
        service.save_goals(CD, [Goal(CD, f"goal {n}") for n in range(4)])


def test_the_analysis_shows_a_check_in_as_soon_as_it_is_saved(service: JournalService) -> None:
    record_session(service)
    (cycle,) = service.analysis.cycles(CD)
    assert not service.analysis.checkins_of(cycle).answered
    service.save_checkin(WEEK4, [])
    assert service.analysis.checkins_of(service.analysis.cycles(CD)[0]).week4 == WEEK4
    service.undo_stack.undo()
    assert not service.analysis.checkins_of(service.analysis.cycles(CD)[0]).answered
