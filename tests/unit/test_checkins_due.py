"""When check-ins are due, answered or missed (PRODUCT.md §4), at the boundaries of each rule."""

from __future__ import annotations

import pytest

from journal_app.domain.analytics.checkins_due import SlotState, checkin_slots, due_checkins
from journal_app.domain.analytics.tracks import Track, tracks_of
from journal_app.domain.checkins import CheckIn, CheckInKey, CheckInKind, Impression
from journal_app.domain.models import ExpectedWindows, Indication
from tests.unit.analytics_journals import day, injection, sessions

CD = Indication.CERVICAL_DYSTONIA
WEEK4 = CheckInKind.WEEK4
BEFORE_NEXT = CheckInKind.BEFORE_NEXT
# Cervical dystonia's re-injection window opens on day 112: before-next asked from day 105.
BEFORE_NEXT_OPENS = 112 - 7


def track(*days: int) -> Track:
    return tracks_of(sessions(days))[0]


def state(
    found: Track, session: int, kind: CheckInKind, on: int, answered: tuple[CheckInKey, ...] = ()
) -> SlotState:
    slots = checkin_slots(found, set(answered), day(on))
    matching = [slot for slot in slots if slot.key == CheckInKey(day(session), CD, kind)]
    assert matching, "the session asks for no such check-in"
    return matching[0].state


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (27, SlotState.UPCOMING),
        (28, SlotState.DUE),
        (42, SlotState.DUE),
        (43, SlotState.MISSED),
    ],
)
def test_week4_is_due_from_day_28_to_day_42(on: int, expected: SlotState) -> None:
    assert state(track(0), 0, WEEK4, on) is expected


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (BEFORE_NEXT_OPENS - 1, SlotState.UPCOMING),
        (BEFORE_NEXT_OPENS, SlotState.DUE),
        (200, SlotState.DUE),
    ],
)
def test_before_next_opens_7_days_before_the_reinjection_window(
    on: int, expected: SlotState
) -> None:
    assert state(track(0), 0, BEFORE_NEXT, on) is expected


def test_before_next_follows_the_sessions_own_window() -> None:
    found = tracks_of([injection(0, windows=ExpectedWindows(7, 28, 80, 90))])[0]
    assert state(found, 0, BEFORE_NEXT, 72) is SlotState.UPCOMING
    assert state(found, 0, BEFORE_NEXT, 73) is SlotState.DUE


def test_the_next_session_ends_before_next() -> None:
    found = track(0, 120)
    assert state(found, 0, BEFORE_NEXT, 119) is SlotState.DUE  # seen the day before
    assert state(found, 0, BEFORE_NEXT, 120) is SlotState.MISSED
    assert state(found, 120, WEEK4, 120) is SlotState.UPCOMING


def test_a_missed_check_in_is_never_asked_later() -> None:
    found = track(0, 120)
    for on in (43, 100, 150, 300):
        assert state(found, 0, WEEK4, on) is SlotState.MISSED
    for on in (120, 148, 160, 230):
        assert state(found, 0, BEFORE_NEXT, on) is SlotState.MISSED
    assert [slot.key.kind for slot in due_checkins([found], [], day(230))] == [BEFORE_NEXT]
    assert due_checkins([found], [], day(230))[0].key.session_date == day(120)


def test_a_next_session_before_the_opening_asks_no_before_next() -> None:
    found = track(0, 100)
    keys = [slot.key for slot in checkin_slots(found, set(), day(101))]
    assert CheckInKey(day(0), CD, BEFORE_NEXT) not in keys
    assert CheckInKey(day(0), CD, WEEK4) in keys


def test_an_answered_check_in_is_not_due() -> None:
    found = track(0)
    answer = CheckIn(day(0), CD, WEEK4, day(30), Impression.MUCH_BETTER)
    assert due_checkins([found], [answer], day(30)) == ()
    assert state(found, 0, WEEK4, 50, answered=(answer.key,)) is SlotState.ANSWERED
    assert [slot.key.kind for slot in due_checkins([found], [], day(30))] == [WEEK4]


def test_only_current_tracks_ask() -> None:
    # Current until the re-injection window's end (day 140) + 90 days.
    found = track(0)
    assert state(found, 0, BEFORE_NEXT, 230) is SlotState.DUE
    assert state(found, 0, BEFORE_NEXT, 231) is SlotState.MISSED
    assert due_checkins([found], [], day(231)) == ()


def test_sessions_after_the_day_are_not_known_yet() -> None:
    found = track(0, 120)
    assert state(found, 0, BEFORE_NEXT, 110) is SlotState.DUE
    assert all(slot.session.day <= day(110) for slot in checkin_slots(found, set(), day(110)))


def test_tracks_ask_on_their_own() -> None:
    injections = [*sessions([0]), injection(10, Indication.CHRONIC_MIGRAINE)]
    due = due_checkins(tracks_of(injections), [], day(40))
    assert {(slot.key.indication, slot.key.kind, slot.opens) for slot in due} == {
        (Indication.CHRONIC_MIGRAINE, WEEK4, day(38)),
        (CD, WEEK4, day(28)),
    }
