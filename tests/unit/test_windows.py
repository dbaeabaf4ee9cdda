"""Default windows per indication, the short-interval warning and the countdown (PRODUCT.md §3)."""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.domain.metrics import TRACKS
from journal_app.domain.models import ExpectedWindows, Indication, Injection, Product
from journal_app.domain.windows import (
    Countdown,
    WindowState,
    countdown,
    days_since_previous,
    default_checkup_days,
    default_windows,
    is_short_interval,
)

SPASM_INDICATIONS = [i for i in Indication if i is not Indication.CHRONIC_MIGRAINE]
FACIAL_SPASMS = {Indication.BLEPHAROSPASM, Indication.HEMIFACIAL_SPASM}
DAY = dt.date(2024, 3, 12)


def injection_on(day: dt.date) -> Injection:
    return Injection(
        day=day,
        product=Product.INCOBOTULINUMTOXIN_A,
        units=100,
        indication=Indication.CERVICAL_DYSTONIA,
        windows=default_windows(Indication.CERVICAL_DYSTONIA),
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


# -- interval since the previous session ---------------------------------------------------


def test_no_earlier_injection_means_no_interval() -> None:
    assert days_since_previous(DAY, []) is None
    assert not is_short_interval(DAY, [])


def test_interval_counts_days_from_the_latest_earlier_session() -> None:
    history = [injection_on(DAY - days(200)), injection_on(DAY - days(90))]
    assert days_since_previous(DAY, history) == 90
    assert days_since_previous(DAY, reversed(history)) == 90


def test_83_days_is_short_and_84_is_not() -> None:
    assert days_since_previous(DAY, [injection_on(DAY - days(83))]) == 83
    assert is_short_interval(DAY, [injection_on(DAY - days(83))])
    assert days_since_previous(DAY, [injection_on(DAY - days(84))]) == 84
    assert not is_short_interval(DAY, [injection_on(DAY - days(84))])


def test_a_one_day_gap_is_short() -> None:
    assert is_short_interval(DAY, [injection_on(DAY - days(1))])


def test_same_day_injections_are_one_session_and_ignored() -> None:
    same_day = [injection_on(DAY), injection_on(DAY)]
    assert days_since_previous(DAY, same_day) is None
    assert not is_short_interval(DAY, same_day)
    with_earlier = [*same_day, injection_on(DAY - days(100))]
    assert days_since_previous(DAY, with_earlier) == 100
    assert not is_short_interval(DAY, with_earlier)


def test_later_injections_do_not_count() -> None:
    history = [injection_on(DAY + days(10)), injection_on(DAY - days(120))]
    assert days_since_previous(DAY, history) == 120
    assert not is_short_interval(DAY, history)
    assert days_since_previous(DAY, [injection_on(DAY + days(10))]) is None


def test_interval_accepts_any_iterable_once() -> None:
    history = (injection_on(DAY - days(n)) for n in (150, 30))
    assert is_short_interval(DAY, history)


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
