"""Check-ins looked up per track session, and the analysis handing them to each cycle."""

from __future__ import annotations

from journal_app.domain.analytics import Analysis
from journal_app.domain.checkins import (
    CheckIn,
    CheckInKind,
    Goal,
    GoalRating,
    Impression,
    PatientReports,
    WornOff,
)
from journal_app.domain.models import Indication, Profile
from tests.unit.analytics_journals import day, journal_entries, runs, sessions

DYSTONIA = Indication.CERVICAL_DYSTONIA
MIGRAINE = Indication.CHRONIC_MIGRAINE


def week4(session: int, indication: Indication = DYSTONIA) -> CheckIn:
    return CheckIn(
        day(session), indication, CheckInKind.WEEK4, day(session + 30), Impression.MUCH_BETTER
    )


def before_next(session: int, worn_off_day: int | None) -> CheckIn:
    return CheckIn(
        day(session),
        DYSTONIA,
        CheckInKind.BEFORE_NEXT,
        day(session + 80),
        Impression.A_LITTLE_BETTER,
        WornOff.YES if worn_off_day is not None else WornOff.NOT_SURE,
        None if worn_off_day is None else day(session + worn_off_day),
    )


def rating(session: int, kind: CheckInKind, goal: str, value: int) -> GoalRating:
    return GoalRating(day(session), DYSTONIA, kind, goal, value)


def test_a_session_gathers_its_check_ins_and_their_ratings() -> None:
    reports = PatientReports(
        checkins=(week4(0), before_next(0, 70), week4(90)),
        ratings=(
            rating(0, CheckInKind.WEEK4, "drive", 1),
            rating(0, CheckInKind.BEFORE_NEXT, "drive", -1),
            rating(90, CheckInKind.WEEK4, "drive", 2),
        ),
    )
    first = reports.of_session(day(0), DYSTONIA)
    assert first.week4 == week4(0)
    assert first.before_next == before_next(0, 70)
    assert first.reported_wear_off_day == 70
    assert [r.rating for r in first.ratings_at(CheckInKind.BEFORE_NEXT)] == [-1]
    assert reports.of_session(day(90), DYSTONIA).checkin(CheckInKind.BEFORE_NEXT) is None


def test_tracks_sharing_a_day_keep_their_own_check_ins() -> None:
    reports = PatientReports(checkins=(week4(0, MIGRAINE),))
    assert reports.of_session(day(0), MIGRAINE).answered
    assert not reports.of_session(day(0), DYSTONIA).answered


def test_not_sure_reports_no_wear_off_day() -> None:
    reports = PatientReports(checkins=(before_next(0, None),))
    assert reports.of_session(day(0), DYSTONIA).reported_wear_off_day is None


def test_only_active_goals_of_the_track_are_active() -> None:
    goals = (Goal(DYSTONIA, "drive"), Goal(DYSTONIA, "read", active=False), Goal(MIGRAINE, "work"))
    assert PatientReports(goals=goals).active_goals(DYSTONIA) == (Goal(DYSTONIA, "drive"),)


def test_each_cycle_is_given_its_own_sessions_check_ins() -> None:
    entries = journal_entries(spasm=runs((-14, 200, 5)))
    patient = PatientReports(checkins=(week4(0), before_next(90, 60)))
    analysis = Analysis.of(entries, sessions([0, 90]), Profile(), day(200), patient=patient)
    first, second = analysis.cycles(DYSTONIA)
    assert analysis.checkins_of(first).week4 == week4(0)
    assert analysis.checkins_of(second).reported_wear_off_day == 60
    assert not Analysis.of(entries, sessions([0]), Profile(), day(200)).checkins_of(first).answered
