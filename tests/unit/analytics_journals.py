"""Small hand-made journals for the §4 v2 analytics tests: days counted from ``DAY0``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from journal_app.domain.analytics import Analysis
from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    Product,
    Profile,
)
from journal_app.domain.windows import default_windows

DAY0 = dt.date(2024, 3, 1)


def day(n: int) -> dt.date:
    return DAY0 + dt.timedelta(days=n)


def runs(*parts: tuple[int, int, int | None]) -> dict[int, int | None]:
    """Values by day number from (first day, last day, value) runs; None leaves days unlogged."""
    values: dict[int, int | None] = {}
    for first, last, value in parts:
        for n in range(first, last + 1):
            values[n] = value
    return values


def journal_entries(
    spasm: dict[int, int | None] | None = None, headache: dict[int, int | None] | None = None
) -> list[Entry]:
    """One entry per day logged in either metric, oldest first."""
    spasm, headache = spasm or {}, headache or {}
    logged = [(n, spasm.get(n), headache.get(n)) for n in sorted({*spasm, *headache})]
    return [Entry(day(n), s, h) for n, s, h in logged if (s, h) != (None, None)]


def injection(
    n: int,
    indication: Indication = Indication.CERVICAL_DYSTONIA,
    *,
    units: float = 100,
    product: Product = Product.INCOBOTULINUMTOXIN_A,
    windows: ExpectedWindows | None = None,
) -> Injection:
    return Injection(
        day=day(n),
        product=product,
        units=units,
        indication=indication,
        windows=windows or default_windows(indication),
    )


def sessions(
    days: Iterable[int], indication: Indication = Indication.CERVICAL_DYSTONIA
) -> list[Injection]:
    return [injection(n, indication) for n in days]


def analyse(
    entries: Sequence[Entry],
    injections: Sequence[Injection],
    profile: Profile | None = None,
    today: int | None = None,
) -> Analysis:
    """The analysis on day ``today`` (by default the last entry's day)."""
    on = max((e.day for e in entries), default=DAY0) if today is None else day(today)
    return Analysis.of(entries, injections, profile or Profile(), on)
