"""The demo journal's check-ins and goals: most sessions answered, a few missed, all valid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from journal_app.domain.analytics import Analysis, SlotState
from journal_app.domain.analytics.checkins_due import checkin_slots
from journal_app.domain.checkins import CheckIn, CheckInKind, Impression, WornOff
from journal_app.domain.demo import DemoJournal, generate_demo
from journal_app.domain.demo_checkins import DEMO_GOALS
from journal_app.domain.models import Indication
from journal_app.domain.validation import checkin_problems, goals_problems, rating_problems
from journal_app.services.demo import create_demo_journal
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository
from tests.unit.test_cli import run

END = dt.date(2025, 6, 15)
DYSTONIA = Indication.CERVICAL_DYSTONIA


@pytest.fixture(scope="module", params=[3, 20], ids=["3y", "20y"])
def journal(request: pytest.FixtureRequest) -> DemoJournal:
    return generate_demo(end=END, years=request.param)


def analysed(journal: DemoJournal) -> Analysis:
    return Analysis.of(journal.entries, journal.injections, journal.profile, END)


def problems_of(journal: DemoJournal, today: dt.date) -> list[object]:
    """Every problem the domain finds with the journal's check-ins, goals and ratings."""
    found: list[object] = list(goals_problems(journal.goals))
    for checkin in journal.checkins:
        days = {i.day for i in journal.injections if i.indication is checkin.indication}
        found += checkin_problems(checkin, days, today)
    for rating in journal.ratings:
        texts = {g.text for g in journal.goals if g.indication is rating.indication}
        found += rating_problems(rating, texts)
    return found


def test_the_same_seed_gives_the_same_check_ins() -> None:
    first, second = (generate_demo(end=END, years=3, seed=5) for _ in range(2))
    assert first.checkins and first.ratings
    assert (first.checkins, first.goals, first.ratings) == (
        second.checkins,
        second.goals,
        second.ratings,
    )
    assert generate_demo(end=END, years=3, seed=6).checkins != first.checkins


def test_every_check_in_goal_and_rating_is_valid(journal: DemoJournal) -> None:
    assert problems_of(journal, END) == []
    keys = [checkin.key for checkin in journal.checkins]
    assert len(keys) == len(set(keys))


def test_most_sessions_of_both_tracks_have_check_ins_of_both_kinds(journal: DemoJournal) -> None:
    analysis = analysed(journal)
    answered = {checkin.key for checkin in journal.checkins}
    for track in analysis.tracks:
        slots = checkin_slots(track, answered, END)
        asked = [s for s in slots if s.state not in (SlotState.UPCOMING, SlotState.DUE)]
        kept = [s for s in asked if s.state is SlotState.ANSWERED]
        assert len(kept) >= 0.8 * len(asked), track.indication
        with_checkin = {s.key.session_date for s in kept}
        assert len(with_checkin) >= 0.8 * len(track.sessions), track.indication
        kinds = {s.key.kind for s in kept}
        assert kinds == set(CheckInKind), track.indication


def test_a_few_asked_check_ins_are_missed_and_never_answered_later(journal: DemoJournal) -> None:
    analysis = analysed(journal)
    answered = {checkin.key for checkin in journal.checkins}
    slots = [s for t in analysis.tracks for s in checkin_slots(t, answered, END)]
    missed = [s for s in slots if s.state is SlotState.MISSED]
    assert 2 <= len(missed) <= 0.15 * len(slots)
    for checkin in journal.checkins:
        (slot,) = (s for s in slots if s.key == checkin.key)
        assert slot.opens <= checkin.answered
        assert slot.closes is None or checkin.answered <= slot.closes


def test_the_spasm_track_has_two_active_goals_rated_at_each_of_its_check_ins(
    journal: DemoJournal,
) -> None:
    assert [(g.indication, g.text, g.active) for g in journal.goals] == [
        (DYSTONIA, text, True) for text in DEMO_GOALS
    ]
    dystonia = [c for c in journal.checkins if c.indication is DYSTONIA]
    assert dystonia
    for checkin in dystonia:
        rated = [r for r in journal.ratings if r.key == checkin.key]
        assert sorted(r.goal for r in rated) == sorted(DEMO_GOALS)
    assert {r.key for r in journal.ratings} == {c.key for c in dystonia}
    assert len({r.rating for r in journal.ratings}) >= 3  # the scale is used, not one value


def test_impressions_follow_the_detected_response(journal: DemoJournal) -> None:
    analysis = analysed(journal)
    cycles = {(c.session.indication, c.day): c for c in analysis.all_cycles()}
    rank = list(Impression).index

    def of(checkins: Sequence[CheckIn], worked: bool) -> list[CheckIn]:
        return [
            c
            for c in checkins
            if (cycles[c.indication, c.session_date].verdict.onset_day is not None) is worked
        ]

    failed = of(journal.checkins, worked=False)
    assert failed and all(rank(c.impression) >= rank(Impression.A_LITTLE_BETTER) for c in failed)
    assert all(c.worn_off in (None, WornOff.NOT_SURE) for c in failed)
    week4 = [c for c in of(journal.checkins, worked=True) if c.kind is CheckInKind.WEEK4]
    better = [c for c in week4 if rank(c.impression) <= rank(Impression.MUCH_BETTER)]
    assert len(better) >= len(week4) / 2
    before_next = [c for c in journal.checkins if c.kind is CheckInKind.BEFORE_NEXT]
    assert {c.worn_off for c in before_next} == set(WornOff)
    for checkin in before_next:
        if checkin.worn_off is WornOff.YES:
            detected = cycles[checkin.indication, checkin.session_date].verdict.wear_off_day
            reported = checkin.reported_wear_off_day
            assert detected is not None and reported is not None
            assert abs(reported - detected) <= 5


def test_the_written_demo_journal_opens_with_its_check_ins(journal_path: Path) -> None:
    """Every open checks every row: the demo's check-ins must pass the storage rules too."""
    create_demo_journal(journal_path, END)
    demo = generate_demo(end=END, years=3)
    repository = JournalRepository(open_journal(journal_path))
    try:
        assert repository.checkins() == sorted(
            demo.checkins, key=lambda c: (c.session_date, c.indication.value, c.kind.value)
        )
        assert [(g.text, g.active) for g in repository.goals()] == [
            (g.text, g.active) for g in demo.goals
        ]
        assert sorted(repository.goal_ratings(), key=repr) == sorted(demo.ratings, key=repr)
    finally:
        repository.close()


def test_the_demo_exported_as_csv_imports_whole(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source, copy, out = tmp_path / "demo.sqlite", tmp_path / "copy.sqlite", tmp_path / "csv"
    create_demo_journal(source, END)
    status, _, err = run(capsys, "export-csv", "--journal", source, "--out", out)
    assert (status, err) == (0, "")
    files = [out / f"{name}.csv" for name in ("entries", "injections", "checkins", "goals")]
    status, said, err = run(
        capsys, "import-csv", "--journal", copy, *files, out / "goal_ratings.csv"
    )
    assert (status, err) == (0, "")
    assert "31 check-ins, 2 goals and 18 goal ratings" in said
    journals = [JournalRepository(open_journal(path)) for path in (source, copy)]
    try:
        original, imported = (
            (
                r.entries(),
                r.injections(),
                r.checkins(),
                [(g.indication, g.text, g.active) for g in r.goals()],
                r.goal_ratings(),
            )
            for r in journals
        )
        assert imported == original
    finally:
        for repository in journals:
            repository.close()
