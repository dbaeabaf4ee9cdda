"""check-ins, goals and goal ratings CSV (PRODUCT.md §7): round trip, told apart by header,
all or nothing with FILE:LINE:COLUMN errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
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
from journal_app.storage.csv_io import (
    CsvImportError,
    CsvKind,
    export_csv,
    import_csv_files,
    read_csv,
)
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

from .test_csv_io import TODAY, full_journal, injections_file, write

CD = Indication.CERVICAL_DYSTONIA
SESSION = dt.date(2024, 2, 20)
CHECKINS_HEADER = "session_date,indication,kind,answered,impression,worn_off,worn_off_date"
GOALS_HEADER = "indication,goal,active"
RATINGS_HEADER = "session_date,indication,kind,goal,rating"


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[JournalRepository]:
    repository = JournalRepository(open_journal(tmp_path / "journal.sqlite", create=True))
    yield repository
    repository.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[JournalRepository]:
    repository = JournalRepository(open_journal(tmp_path / "fresh.sqlite", create=True))
    yield repository
    repository.close()


def file(tmp_path: Path, name: str, header: str, *rows: str) -> Path:
    return write(tmp_path / name, "\r\n".join([header, *rows]) + "\r\n")


def with_checkins(repo: JournalRepository) -> None:
    full_journal(repo)
    repo.put_goals(CD, [Goal(CD, '=turn my head, to "drive"'), Goal(CD, "read", active=False)])
    repo.save_checkin(
        CheckIn(SESSION, CD, CheckInKind.WEEK4, dt.date(2024, 3, 20), Impression.MUCH_BETTER),
        [GoalRating(SESSION, CD, CheckInKind.WEEK4, '=turn my head, to "drive"', 1)],
    )
    repo.save_checkin(
        CheckIn(
            SESSION,
            CD,
            CheckInKind.BEFORE_NEXT,
            dt.date(2024, 6, 1),
            Impression.A_LITTLE_WORSE,
            WornOff.YES,
            dt.date(2024, 5, 15),
        ),
        [GoalRating(SESSION, CD, CheckInKind.BEFORE_NEXT, "read", -2)],
    )


def test_export_then_import_round_trips_check_ins_goals_and_ratings(
    repo: JournalRepository, fresh: JournalRepository, tmp_path: Path
) -> None:
    with_checkins(repo)
    paths = export_csv(repo, tmp_path / "out")
    assert [p.name for p in paths][2:5] == ["checkins.csv", "goals.csv", "goal_ratings.csv"]
    assert paths[2].read_text().splitlines()[:1] == [CHECKINS_HEADER]
    assert "2024-02-20,cervical_dystonia,before_next,2024-06-01,a_little_worse,yes,2024-05-15" in (
        paths[2].read_text()
    )
    assert [read_csv(p, TODAY).kind for p in paths[2:5]] == [
        CsvKind.CHECKINS,
        CsvKind.GOALS,
        CsvKind.GOAL_RATINGS,
    ]
    # A goal a spreadsheet would run as a formula is written with a leading ' (§7).
    assert """cervical_dystonia,"'=turn my head, to ""drive""\",1""" in paths[3].read_text()
    assert "'=turn my head" in paths[4].read_text()
    result = import_csv_files(fresh, paths, replace=False, today=TODAY)
    assert (result.checkins, result.goals, result.ratings) == (2, 2, 2)
    assert fresh.checkins() == repo.checkins()
    assert fresh.goals() == repo.goals()
    assert fresh.goal_ratings() == repo.goal_ratings()


def test_a_bad_check_in_file_writes_nothing_and_says_where(
    repo: JournalRepository, tmp_path: Path
) -> None:
    injections = injections_file(tmp_path, "2024-02-20,Xeomin,200,cervical_dystonia,,,,,,,,")
    checkins = file(
        tmp_path,
        "checkins.csv",
        CHECKINS_HEADER,
        "2024-02-20,cervical_dystonia,week4,2024-03-20,much_better,,",
        "2024-02-21,cervical_dystonia,week4,2024-03-20,much_better,,",
        "2024-02-20,cervical_dystonia,before_next,2024-06-01,great,yes,2024-06-02",
        "2024-02-20,cervical_dystonia,week4,2024-03-21,no_change,,",
    )
    goals = file(
        tmp_path,
        "goals.csv",
        GOALS_HEADER,
        *(f"cervical_dystonia,goal {n},1" for n in range(4)),
    )
    ratings = file(
        tmp_path,
        "ratings.csv",
        RATINGS_HEADER,
        "2024-02-20,cervical_dystonia,week4,goal 1,3",
        "2024-02-20,cervical_dystonia,week4,fly,1",
        "2024-02-20,cervical_dystonia,before_next,goal 1,1",
    )
    with pytest.raises(CsvImportError) as caught:
        import_csv_files(repo, [injections, checkins, goals, ratings], replace=False, today=TODAY)
    problems = caught.value.problems
    c, g, r = (str(p) for p in (checkins, goals, ratings))
    assert problems == [
        f"{c}:3:1: session_date: 2024-02-21 is not a day with an injection for cervical_dystonia",
        f"{c}:4:5: impression: 'great' is not an impression of change (use one of "
        "very_much_better, much_better, a_little_better, no_change, a_little_worse, "
        "much_worse, very_much_worse)",
        f"{c}:4:7: worn_off_date: 2024-06-02 is after the check-in was answered, on 2024-06-01",
        f"{c}:5:1: session_date: repeats the week4 check-in of 2024-02-20, as on line 2",
        f"{g}:2:1: active: cervical_dystonia has 4 active goals; at most 3 are allowed",
        f"{r}:2:5: rating: 3 is outside -2–2",
        f"{r}:3:4: goal: 'fly' is not a goal of cervical_dystonia",
        f"{r}:4:4: kind: no before_next check-in of 2024-02-20 for cervical_dystonia",
    ]
    assert (repo.injections(), repo.checkins(), repo.goals()) == ([], [], [])


def test_a_check_in_already_in_the_journal_needs_replace(
    repo: JournalRepository, tmp_path: Path
) -> None:
    with_checkins(repo)
    paths = export_csv(repo, tmp_path / "out")
    checkins = paths[2]
    with pytest.raises(CsvImportError) as caught:
        import_csv_files(repo, [checkins], replace=False, today=TODAY)
    assert "is already in the journal; import with replace" in caught.value.problems[0]
    before = repo.goal_ratings()
    import_csv_files(repo, paths[2:5], replace=True, today=TODAY)
    assert repo.goal_ratings() == before
