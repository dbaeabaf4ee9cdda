"""Month arithmetic at year ends and leap years."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.months import (
    add_months,
    days_in_month,
    last_day_of_month,
    month_at,
    month_index,
    month_of,
    months_between,
    months_from_to,
)


def test_add_months_crosses_year_ends_both_ways() -> None:
    assert add_months(dt.date(2025, 11, 30), 2) == dt.date(2026, 1, 1)
    assert add_months(dt.date(2026, 1, 15), -1) == dt.date(2025, 12, 1)
    assert add_months(dt.date(2026, 3, 31), 0) == dt.date(2026, 3, 1)


def test_months_from_to_includes_both_ends_and_nothing_when_reversed() -> None:
    months = list(months_from_to(dt.date(2025, 11, 20), dt.date(2026, 2, 3)))
    assert months == [
        dt.date(2025, 11, 1),
        dt.date(2025, 12, 1),
        dt.date(2026, 1, 1),
        dt.date(2026, 2, 1),
    ]
    assert list(months_from_to(dt.date(2026, 2, 1), dt.date(2026, 1, 31))) == []


def test_month_lengths_know_leap_years() -> None:
    assert days_in_month(dt.date(2024, 2, 1)) == 29
    assert days_in_month(dt.date(2100, 2, 1)) == 28
    assert last_day_of_month(dt.date(2026, 4, 1)) == dt.date(2026, 4, 30)


@given(
    st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9998, 1, 1)),
    st.integers(min_value=-12, max_value=12),
)
def test_index_round_trips_and_counts_months(day: dt.date, count: int) -> None:
    assert month_at(month_index(day)) == month_of(day)
    shifted = add_months(day, count)
    assert months_between(day, shifted) == count
    assert shifted.day == 1
