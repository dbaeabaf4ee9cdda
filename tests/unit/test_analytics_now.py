"""The as-of day, current tracks, next windows and check-ups (PRODUCT.md §4 v2)."""

from __future__ import annotations

import pytest

from journal_app.domain.analytics import Analysis
from journal_app.domain.models import Entry, ExpectedWindows, Indication, Profile
from journal_app.domain.windows import WindowState
from tests.unit.analytics_journals import DAY0, analyse, day, injection, journal_entries, runs

CD = Indication.CERVICAL_DYSTONIA
CM = Indication.CHRONIC_MIGRAINE


@pytest.mark.parametrize(("age", "quiet"), [(14, False), (15, True)])
def test_a_journal_quiet_for_more_than_14_days_is_judged_on_its_last_entry(
    age: int, quiet: bool
) -> None:
    entries = [Entry(day(0), spasm_severity=3), Entry(day(10), spasm_severity=4)]
    found = analyse(entries, [], today=10 + age).as_of
    assert (found.last_entry, found.quiet) == (day(10), quiet)
    assert found.day == (day(10) if quiet else day(10 + age))


def test_a_report_range_ending_earlier_moves_the_as_of_day() -> None:
    entries = [Entry(day(n), spasm_severity=3) for n in (0, 10, 40)]
    analysis = Analysis.of(entries, [], Profile(), day(40), range_end=day(20))
    assert (analysis.as_of.day, analysis.as_of.last_entry, analysis.as_of.quiet) == (
        day(20),
        day(10),
        False,
    )
    later = Analysis.of(entries, [], Profile(), day(40), range_end=day(60))
    assert later.as_of.day == day(40)


def test_an_empty_journal_is_judged_on_today() -> None:
    found = Analysis.of([], [], Profile(), DAY0).as_of
    assert (found.day, found.last_entry, found.quiet) == (DAY0, None, False)


def test_the_last_28_days_end_on_the_as_of_day() -> None:
    headache = runs((0, 100, 5))
    entries = journal_entries(headache=headache)
    quiet = analyse(entries, [], today=130).last_28_days
    assert (quiet.logged_days, quiet.headache_days) == (28, 28)
    today = analyse(entries, [], today=110).last_28_days
    assert today.logged_days == 18, "days 83 … 100 of 83 … 110"


WINDOWS = ExpectedWindows(7, 28, 112, 140)


@pytest.mark.parametrize(
    ("as_of", "state", "days"),
    [
        (100, WindowState.OPENS_IN, 12),
        (112, WindowState.OPEN, 28),
        (140, WindowState.OPEN, 0),
        (141, WindowState.OVERDUE, 1),
        (230, WindowState.OVERDUE, 90),
    ],
)
def test_the_next_window_counts_down_on_the_as_of_day(
    as_of: int, state: WindowState, days: int
) -> None:
    entries = journal_entries(spasm=runs((0, as_of, 4)))
    (current,) = analyse(entries, [injection(0, windows=WINDOWS)], today=as_of).current_tracks
    assert current.indication is CD
    assert (current.reinjection.state, current.reinjection.days) == (state, days)
    assert (current.reinjection.opens, current.reinjection.closes) == (day(112), day(140))
    assert current.checkup == day(84)
    assert current.day_number == as_of
    assert current.cycle.day == day(0)


def test_a_track_stops_being_current_90_days_after_its_window_closes() -> None:
    entries = journal_entries(spasm=runs((0, 231, 4)))
    injections = [injection(0, windows=WINDOWS)]
    assert len(analyse(entries, injections, today=230).current_tracks) == 1
    assert analyse(entries, injections, today=231).current_tracks == ()


def test_current_tracks_are_judged_on_the_as_of_day_not_today() -> None:
    # The journal went quiet on day 100: a year later the track is still "current" as of then.
    entries = journal_entries(spasm=runs((0, 100, 4)))
    analysis = analyse(entries, [injection(0, windows=WINDOWS)], today=465)
    (current,) = analysis.current_tracks
    assert (current.day_number, current.reinjection.state) == (100, WindowState.OPENS_IN)


def test_each_track_has_its_own_next_window_and_migraine_no_check_up() -> None:
    entries = journal_entries(spasm=runs((0, 100, 4)), headache=runs((0, 100, 2)))
    injections = [injection(0, CD), injection(0, CM), injection(60, CM)]
    by_track = {c.indication: c for c in analyse(entries, injections).current_tracks}
    assert by_track[CD].session.day == day(0)
    assert by_track[CD].reinjection.opens == day(112)
    assert by_track[CM].session.day == day(60)
    assert (by_track[CM].reinjection.opens, by_track[CM].reinjection.closes) == (
        day(130),
        day(144),
    )
    assert by_track[CM].checkup is None
    assert by_track[CM].day_number == 40


def test_a_session_after_the_as_of_day_is_not_the_latest_yet() -> None:
    entries = journal_entries(spasm=runs((0, 130, 4)))
    injections = [injection(0, windows=WINDOWS), injection(120, windows=WINDOWS)]
    analysis = Analysis.of(entries, injections, Profile(), day(130), range_end=day(100))
    (current,) = analysis.current_tracks
    assert current.session.day == day(0)
    assert current.cycle.length_days == 119


def test_a_track_without_sessions_by_the_as_of_day_is_not_current() -> None:
    entries = journal_entries(spasm=runs((0, 30, 4)))
    analysis = Analysis.of(entries, [injection(20)], Profile(), day(30), range_end=day(10))
    assert analysis.current_tracks == ()
