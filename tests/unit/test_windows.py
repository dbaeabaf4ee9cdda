"""Default windows per indication, the short-interval warning and the countdown (PRODUCT.md §3)."""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.domain.metrics import TRACKS
from journal_app.domain.models import ExpectedWindows, Indication, Injection, Product
from journal_app.domain.windows import (
    MIN_SAFE_INTERVAL_DAYS,
    Countdown,
    NearbySession,
    WindowState,
    countdown,
    default_checkup_days,
    default_windows,
    nearest_other_session,
    short_interval,
    short_interval_days,
)

SPASM_INDICATIONS = [i for i in Indication if i is not Indication.CHRONIC_MIGRAINE]
FACIAL_SPASMS = {Indication.BLEPHAROSPASM, Indication.HEMIFACIAL_SPASM}
DAY = dt.date(2024, 3, 12)


def injection_on(day: dt.date, indication: Indication = Indication.CERVICAL_DYSTONIA) -> Injection:
    return Injection(
        day=day,
        product=Product.INCOBOTULINUMTOXIN_A,
        units=100,
        indication=indication,
        windows=default_windows(indication),
    )


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


# -- defaults ------------------------------------------------------------------------------


def test_chronic_migraine_defaults_follow_the_table() -> None:
    assert default_windows(Indication.CHRONIC_MIGRAINE) == ExpectedWindows(
        onset_min_days=14, onset_max_days=28, reinjection_min_days=70, reinjection_max_days=84
    )


def test_there_are_five_spasm_indications() -> None:
    assert {i.value for i in SPASM_INDICATIONS} == {
        "cervical_dystonia",
        "blepharospasm",
        "hemifacial_spasm",
        "spasticity",
        "other_spasm",
    }


@pytest.mark.parametrize("indication", sorted(set(SPASM_INDICATIONS) - FACIAL_SPASMS))
def test_every_other_spasm_indication_defaults_follow_the_table(indication: Indication) -> None:
    assert default_windows(indication) == ExpectedWindows(
        onset_min_days=7, onset_max_days=28, reinjection_min_days=112, reinjection_max_days=140
    )


@pytest.mark.parametrize("indication", sorted(FACIAL_SPASMS))
def test_facial_spasms_start_sooner_as_the_prescribing_information_says(
    indication: Indication,
) -> None:
    assert default_windows(indication) == ExpectedWindows(
        onset_min_days=3, onset_max_days=14, reinjection_min_days=112, reinjection_max_days=140
    )
    assert TRACKS[indication].onset_source == "onabotulinumtoxinA prescribing information"


@pytest.mark.parametrize("indication", SPASM_INDICATIONS)
def test_spasm_indications_have_a_check_up_at_84_days(indication: Indication) -> None:
    assert default_checkup_days(indication) == 84


def test_chronic_migraine_has_no_check_up() -> None:
    assert default_checkup_days(Indication.CHRONIC_MIGRAINE) is None


def test_only_chronic_migraine_is_migraine() -> None:
    assert [i for i in Indication if i.is_migraine] == [Indication.CHRONIC_MIGRAINE]


# -- the short-interval warning: the nearest other session, on either side ----------------

CM = Indication.CHRONIC_MIGRAINE
CD = Indication.CERVICAL_DYSTONIA


def test_no_other_session_means_no_warning() -> None:
    assert nearest_other_session(DAY, []) is None
    assert short_interval(DAY, CD, []) is None


def test_the_nearest_session_is_found_on_either_side() -> None:
    history = [injection_on(DAY - days(200)), injection_on(DAY - days(90))]
    assert nearest_other_session(DAY, history) == NearbySession(DAY - days(90), 90, after=False)
    assert nearest_other_session(DAY, reversed(history)) == NearbySession(DAY - days(90), 90, False)
    later = [*history, injection_on(DAY + days(40))]
    assert nearest_other_session(DAY, later) == NearbySession(DAY + days(40), 40, after=True)


def test_a_tie_names_the_session_before() -> None:
    history = [injection_on(DAY + days(30)), injection_on(DAY - days(30))]
    assert nearest_other_session(DAY, history) == NearbySession(DAY - days(30), 30, after=False)


def test_a_spasm_injection_83_days_from_a_session_is_short_and_84_is_not() -> None:
    for side in (-1, 1):
        assert short_interval(DAY, CD, [injection_on(DAY + days(side * 83))]) is not None
        assert short_interval(DAY, CD, [injection_on(DAY + days(side * 84))]) is None


def test_a_migraine_injection_is_short_below_its_window_start() -> None:
    """min(84, 70): day 70 after the last migraine session is no warning, day 69 is one."""
    assert short_interval_days(CM) == 70
    migraine = [injection_on(DAY - days(70), CM)]
    assert short_interval(DAY, CM, migraine) is None
    migraine = [injection_on(DAY - days(69), CM)]
    assert short_interval(DAY, CM, migraine) == NearbySession(DAY - days(69), 69, after=False)


def test_every_spasm_indication_warns_below_84_days() -> None:
    for indication in SPASM_INDICATIONS:
        assert short_interval_days(indication) == MIN_SAFE_INTERVAL_DAYS == 84


def test_any_session_counts_whatever_its_indication() -> None:
    # The threshold is the new injection's; the other session may be of any track.
    assert short_interval(DAY, CD, [injection_on(DAY - days(75), CM)]) is not None
    assert short_interval(DAY, CM, [injection_on(DAY - days(75), CD)]) is None


def test_a_back_dated_injection_is_short_before_a_later_session() -> None:
    history = [injection_on(DAY - days(300)), injection_on(DAY + days(20))]
    assert short_interval(DAY, CD, history) == NearbySession(DAY + days(20), 20, after=True)


def test_a_one_day_gap_is_short() -> None:
    assert short_interval(DAY, CD, [injection_on(DAY - days(1))]) is not None


def test_same_day_injections_are_one_session_and_ignored() -> None:
    same_day = [injection_on(DAY), injection_on(DAY)]
    assert nearest_other_session(DAY, same_day) is None
    assert short_interval(DAY, CD, same_day) is None
    with_earlier = [*same_day, injection_on(DAY - days(100))]
    assert nearest_other_session(DAY, with_earlier) == NearbySession(DAY - days(100), 100, False)
    assert short_interval(DAY, CD, with_earlier) is None


def test_the_warning_accepts_any_iterable_once() -> None:
    history = (injection_on(DAY - days(n)) for n in (150, 30))
    assert short_interval(DAY, CD, history) == NearbySession(DAY - days(30), 30, after=False)


# -- countdown -----------------------------------------------------------------------------

OPENS = dt.date(2024, 7, 2)
CLOSES = OPENS + days(28)


def test_the_day_before_opening_opens_in_one_day() -> None:
    today = OPENS - days(1)
    assert countdown(OPENS, CLOSES, today) == Countdown(OPENS, CLOSES, WindowState.OPENS_IN, 1)


def test_well_before_opening_counts_the_days_to_opening() -> None:
    today = OPENS - days(12)
    result = countdown(OPENS, CLOSES, today)
    assert (result.state, result.days) == (WindowState.OPENS_IN, 12)


def test_opening_day_is_open_and_counts_to_closing() -> None:
    result = countdown(OPENS, CLOSES, OPENS)
    assert (result.state, result.days) == (WindowState.OPEN, (CLOSES - OPENS).days)


def test_closing_day_is_still_open_with_zero_days_left() -> None:
    assert countdown(OPENS, CLOSES, CLOSES) == Countdown(OPENS, CLOSES, WindowState.OPEN, 0)


def test_the_day_after_closing_is_overdue_by_one_day() -> None:
    result = countdown(OPENS, CLOSES, CLOSES + days(1))
    assert (result.state, result.days) == (WindowState.OVERDUE, 1)


def test_overdue_counts_days_past_closing() -> None:
    result = countdown(OPENS, CLOSES, CLOSES + days(3))
    assert (result.state, result.days) == (WindowState.OVERDUE, 3)


def test_a_one_day_window_is_open_only_that_day() -> None:
    states = [countdown(OPENS, OPENS, OPENS + days(n)).state for n in (-1, 0, 1)]
    assert states == [WindowState.OPENS_IN, WindowState.OPEN, WindowState.OVERDUE]


def test_countdown_from_an_injections_default_reinjection_window() -> None:
    injected = dt.date(2024, 3, 12)
    windows = default_windows(Indication.CHRONIC_MIGRAINE)
    opens = injected + days(windows.reinjection_min_days)
    closes = injected + days(windows.reinjection_max_days)
    assert (opens, closes) == (dt.date(2024, 5, 21), dt.date(2024, 6, 4))
    assert countdown(opens, closes, dt.date(2024, 5, 26)).days == 9
