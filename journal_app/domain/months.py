"""Calendar-month arithmetic: one home for what the analytics, the charts and the report share.

A month is written as the ``datetime.date`` of its first day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator


def month_of(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def month_index(day: dt.date) -> int:
    """Months since year 0: consecutive months have consecutive indices."""
    return day.year * 12 + day.month - 1


def month_at(index: int) -> dt.date:
    """The month of a :func:`month_index`."""
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1)


def add_months(day: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months after ``day``'s (before, if negative)."""
    return month_at(month_index(day) + count)


def months_between(first: dt.date, last: dt.date) -> int:
    """How many months ``last``'s month lies after ``first``'s (0 for the same month)."""
    return month_index(last) - month_index(first)


def months_from_to(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """Every month from ``first``'s to ``last``'s, both included; none if ``last`` is earlier."""
    for index in range(month_index(first), month_index(last) + 1):
        yield month_at(index)


def days_in_month(month: dt.date) -> int:
    return calendar.monthrange(month.year, month.month)[1]


def last_day_of_month(month: dt.date) -> dt.date:
    return month.replace(day=days_in_month(month))


def consecutive_runs(months: Iterable[dt.date]) -> Iterator[tuple[dt.date, ...]]:
    """The runs of consecutive calendar months among ``months`` (first days, oldest first)."""
    run: list[dt.date] = []
    for month in months:
        if run and month_index(month) != month_index(run[-1]) + 1:
            yield tuple(run)
            run = []
        run.append(month)
    if run:
        yield tuple(run)
