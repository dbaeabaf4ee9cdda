"""Check-ins, goals and ratings in a journal (m003): round trips and the schema's rules."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

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
from journal_app.storage.db import open_journal
from journal_app.storage.errors import JournalWriteError
from journal_app.storage.migrations import CHECKIN_TABLES
from journal_app.storage.repository import JournalRepository
from journal_app.storage.schema import bad_rows

CD = Indication.CERVICAL_DYSTONIA
SESSION = dt.date(2024, 1, 10)
WEEK4 = CheckIn(SESSION, CD, CheckInKind.WEEK4, dt.date(2024, 2, 9), Impression.MUCH_BETTER)
BEFORE_NEXT = CheckIn(
    SESSION,
    CD,
    CheckInKind.BEFORE_NEXT,
    dt.date(2024, 5, 1),
    Impression.A_LITTLE_BETTER,
    WornOff.YES,
    dt.date(2024, 4, 20),
)


@pytest.fixture
def repo(journal_path: Path) -> Iterator[JournalRepository]:
    repository = JournalRepository(open_journal(journal_path, create=True))
    yield repository
    repository.close()


def rating(goal: str, value: int, kind: CheckInKind = CheckInKind.WEEK4) -> GoalRating:
    return GoalRating(SESSION, CD, kind, goal, value)


def test_a_new_journal_has_the_checkin_tables(repo: JournalRepository) -> None:
    assert set(CHECKIN_TABLES) <= set(repo.db.table_names())


def test_a_journal_with_check_ins_goals_and_ratings_opens_again(
    repo: JournalRepository, journal_path: Path
) -> None:
    """The opening's checks (sqlite_master as m003 makes it, each table's row rules) pass."""
    goals = [Goal(CD, "drive"), Goal(CD, "read"), Goal(CD, "walk"), Goal(CD, "sleep", False)]
    repo.put_goals(CD, goals)
    repo.save_checkin(WEEK4, [rating("drive", -2), rating("read", 2)])
    repo.save_checkin(BEFORE_NEXT, [rating("sleep", 0, CheckInKind.BEFORE_NEXT)])
    repo.close()
    for read_only in (True, False):
        reopened = JournalRepository(open_journal(journal_path, read_only=read_only))
        assert reopened.checkins() == [BEFORE_NEXT, WEEK4]
        assert len(reopened.goal_ratings()) == 3
        reopened.close()
    with closing(sqlite3.connect(journal_path)) as conn:
        assert bad_rows(conn, exhaustive=True) == []


def test_check_ins_with_ratings_round_trip(repo: JournalRepository) -> None:
    goals = repo.put_goals(CD, [Goal(CD, "drive"), Goal(CD, "read", active=False)])
    assert [(g.text, g.active) for g in goals] == [("drive", True), ("read", False)]
    assert all(goal.id is not None for goal in goals)
    repo.save_checkin(WEEK4, [rating("drive", 1), rating("read", -2)])
    repo.save_checkin(BEFORE_NEXT, [rating("drive", 0, CheckInKind.BEFORE_NEXT)])
    assert repo.checkins() == [BEFORE_NEXT, WEEK4]
    assert repo.goal_ratings() == [
        rating("drive", 0, CheckInKind.BEFORE_NEXT),
        rating("drive", 1),
        rating("read", -2),
    ]


def test_saving_again_replaces_the_check_in_and_its_ratings(repo: JournalRepository) -> None:
    repo.put_goals(CD, [Goal(CD, "drive"), Goal(CD, "read")])
    repo.save_checkin(WEEK4, [rating("drive", 1), rating("read", 1)])
    changed = CheckIn(SESSION, CD, CheckInKind.WEEK4, WEEK4.answered, Impression.NO_CHANGE)
    repo.save_checkin(changed, [rating("drive", -1)])
    assert repo.checkins() == [changed]
    assert repo.goal_ratings() == [rating("drive", -1)]
    repo.delete_checkin(changed.key)
    assert (repo.checkins(), repo.goal_ratings()) == ([], [])


def test_renaming_a_goal_keeps_its_ratings(repo: JournalRepository) -> None:
    (goal,) = repo.put_goals(CD, [Goal(CD, "drive")])
    repo.save_checkin(WEEK4, [rating("drive", 2)])
    repo.put_goals(CD, [Goal(CD, "drive to work", id=goal.id)])
    assert repo.goal_ratings() == [rating("drive to work", 2)]
    repo.put_goals(CD, [])
    assert (repo.goals(), repo.goal_ratings()) == ([], [])


def test_a_rating_of_an_unknown_goal_writes_nothing(repo: JournalRepository) -> None:
    with pytest.raises(JournalWriteError):
        repo.save_checkin(WEEK4, [rating("fly", 1)])
    assert repo.checkins() == []


@pytest.mark.parametrize(
    "values",
    [
        # Week 4 does not ask whether it wore off; before-next must.
        ("2024-01-10", "week4", "2024-02-09", "much_better", "no", None),
        ("2024-01-10", "before_next", "2024-05-01", "much_better", None, None),
        # A wear-off day goes with "yes" only, after the session and not after the answer.
        ("2024-01-10", "before_next", "2024-05-01", "much_better", "yes", None),
        ("2024-01-10", "before_next", "2024-05-01", "much_better", "no", "2024-04-01"),
        ("2024-01-10", "before_next", "2024-05-01", "much_better", "yes", "2024-01-10"),
        ("2024-01-10", "before_next", "2024-05-01", "much_better", "yes", "2024-05-02"),
        # Answered before the session; an unknown impression; not a date.
        ("2024-01-10", "week4", "2024-01-09", "much_better", None, None),
        ("2024-01-10", "week4", "2024-02-09", "great", None, None),
        ("2024-02-30", "week4", "2024-03-09", "much_better", None, None),
    ],
)
def test_the_schema_refuses_what_validation_refuses(
    repo: JournalRepository, values: tuple[object, ...]
) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        repo.db.execute(
            "INSERT INTO checkins (session_date, kind, answered, impression, worn_off,"
            " worn_off_date, indication) VALUES (?, ?, ?, ?, ?, ?, 'cervical_dystonia')",
            list(values),
        )


def test_the_schema_refuses_a_rating_outside_minus_2_to_2(repo: JournalRepository) -> None:
    repo.put_goals(CD, [Goal(CD, "drive")])
    with pytest.raises(JournalWriteError):
        repo.save_checkin(WEEK4, [rating("drive", 3)])
