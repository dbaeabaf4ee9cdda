"""A date axis for day timestamps: years, months, weeks or days, whichever fits the zoom."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QFont, QFontMetricsF

from journal_app.charts.series import SECONDS_PER_DAY, day_timestamp, timestamp_day
from journal_app.domain.months import add_months, month_at, month_index

# pg.DateAxisItem converts every candidate tick through QDateTime: ~20 ms per draw for a
# 20-year journal. Days are all this journal plots, so plain date arithmetic does.

_MIN_LABEL_PX = 64.0
_MIN_MINOR_PX = 7.0


class _Unit(Enum):
    DAY = 1.0
    MONTH = 30.44
    YEAR = 365.25


@dataclass(frozen=True)
class _Step:
    unit: _Unit
    count: int

    @property
    def days(self) -> float:
        return self.unit.value * self.count


_STEPS = (
    _Step(_Unit.DAY, 1),
    _Step(_Unit.DAY, 2),
    _Step(_Unit.DAY, 7),
    _Step(_Unit.DAY, 14),
    _Step(_Unit.MONTH, 1),
    _Step(_Unit.MONTH, 3),
    _Step(_Unit.MONTH, 6),
    _Step(_Unit.YEAR, 1),
    _Step(_Unit.YEAR, 2),
    _Step(_Unit.YEAR, 5),
    _Step(_Unit.YEAR, 10),
)


def _midnight(day: dt.date) -> float:
    return day_timestamp(day) - SECONDS_PER_DAY / 2


def _tick_days(step: _Step, first: dt.date, last: dt.date) -> list[dt.date]:
    """Every date of ``step`` from ``first`` to ``last``, aligned to a calendar boundary."""
    if step.unit is _Unit.DAY:
        if step.count >= 7:
            # Weeks start on Mondays, fortnights on every other Monday since the epoch.
            start = first - dt.timedelta(days=first.weekday())
            ordinal = start.toordinal()
            if step.count == 14 and (ordinal // 7) % 2:
                start -= dt.timedelta(days=7)
        else:
            start = first
        count = (last - start).days // step.count + 1
        return [start + dt.timedelta(days=i * step.count) for i in range(count + 1)]
    months = step.count * (12 if step.unit is _Unit.YEAR else 1)
    index = month_index(first)
    index -= index % months
    ticks: list[dt.date] = []
    while (day := month_at(index)) <= last:
        ticks.append(day)
        index += months
    return ticks


class DayAxis(pg.AxisItem):
    """Bottom axis for day timestamps (local noon of each day), labelled by the user's locale."""

    def __init__(
        self, orientation: str = "bottom", *, centre_months: bool = False, **kwargs: object
    ) -> None:
        super().__init__(orientation, **kwargs)
        self._units: dict[float, _Step] = {}
        # Monthly bars stand in the middle of their month: so do their month labels.
        self._centre_months = centre_months

    def _position(self, step: _Step, day: dt.date) -> float:
        if self._centre_months and step.unit is _Unit.MONTH:
            return (_midnight(day) + _midnight(add_months(day, 1))) / 2
        return _midnight(day)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if size <= 0 or maxVal <= minVal:
            return []
        days_per_px = (maxVal - minVal) / SECONDS_PER_DAY / size
        major = next((s for s in _STEPS if s.days / days_per_px >= _MIN_LABEL_PX), _STEPS[-1])
        finer = [s for s in _STEPS if s.days < major.days and s.days / days_per_px >= _MIN_MINOR_PX]
        first = timestamp_day(minVal) - dt.timedelta(days=1)
        last = timestamp_day(maxVal) + dt.timedelta(days=1)
        levels = [major, *finer[-1:]]
        self._units = {}
        result = []
        seen: set[float] = set()
        for step in levels:
            spacing = step.days * SECONDS_PER_DAY
            self._units[spacing] = step
            values = [
                t
                for d in _tick_days(step, first, last)
                if minVal <= (t := self._position(step, d)) <= maxVal
            ]
            values = [v for v in values if v not in seen]
            seen.update(values)
            result.append((spacing, values))
        return result

    def _first_whole_label(self, values: list[float]) -> float | None:
        """The leftmost value whose label with its year is drawn whole: pyqtgraph drops a
        label that would stick out of the axis, and the year must not go with it."""
        low, high = self.range
        length = self.geometry().width()
        if high <= low or length <= 0:
            return min(values, default=None)
        metrics = QFontMetricsF(self.style.get("tickFont") or QFont())
        for value in sorted(values):
            day = timestamp_day(value + SECONDS_PER_DAY / 2)
            text = QLocale().toString(QDate(day.year, day.month, 1), "MMM yyyy")
            if (value - low) / (high - low) * length >= metrics.horizontalAdvance(text) / 2:
                return value
        return None

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = self._units.get(spacing)
        if step is None:
            return ["" for _ in values]
        locale = QLocale()
        #: A QDate format: day and abbreviated month (German: "d. MMM").
        day_month = QCoreApplication.translate("text", "d MMM")
        labels = []
        first = self._first_whole_label(values)
        for value in values:
            day = timestamp_day(value + SECONDS_PER_DAY / 2)
            if self._centre_months and step.unit is _Unit.MONTH:
                day = day.replace(day=1)
            date = QDate(day.year, day.month, day.day)
            if step.unit is _Unit.YEAR:
                labels.append(str(day.year))
            elif step.unit is _Unit.MONTH:
                # The first label names its year too: a January may be out of view.
                with_year = day.month == 1 or step.count >= 6 or value == first
                fmt = "MMM yyyy" if with_year else "MMM"
                labels.append(locale.toString(date, fmt))
            else:
                labels.append(locale.toString(date, day_month))
        return labels
