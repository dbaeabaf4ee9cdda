"""Cycles overlaid per track (issue 11): a curve per cycle of one course, each named, the
course reference and its 30% line, onset and wear-off on every curve, median and spread."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from journal_app.charts.chart_data import ChartData
from journal_app.domain.analytics import Cycle
from journal_app.domain.models import Entry, Indication
from journal_app.ui.charts.overlay import OverlayChart
from journal_app.wording.text import short_date

from .chart_journals import TODAY, botox, chart_data, plus, shown, xeomin

FIRST_SHOT = TODAY - dt.timedelta(days=1100)
EVERY_DAYS = 120


def _shots(count: int, first: dt.date = FIRST_SHOT) -> list[dt.date]:
    return [plus(first, EVERY_DAYS * k) for k in range(count)]


def _spasm_journal(shots: list[dt.date], last: dt.date = TODAY) -> list[Entry]:
    """Severity 8, down to 2 from day 20 to day 61 after each shot; logged from 40 days before
    the first shot to ``last``."""

    def level(day: dt.date) -> int:
        since = [(day - s).days for s in shots if s <= day]
        return 2 if since and 20 <= min(since) < 62 else 8

    first = plus(shots[0], -40)
    return [
        Entry(plus(first, i), spasm_severity=level(plus(first, i)))
        for i in range((last - first).days + 1)
    ]


def _dystonia(count: int) -> tuple[ChartData, tuple[Cycle, ...]]:
    shots = _shots(count)
    data = chart_data(_spasm_journal(shots), [xeomin(day) for day in shots])
    return data, data.analysis.cycles(Indication.CERVICAL_DYSTONIA)


def _chart(qtbot, *, dark: bool = False) -> OverlayChart:
    return shown(qtbot, OverlayChart(), dark=dark)


def _drawn(days: np.ndarray, levels: np.ndarray) -> dict[int, float]:
    return {int(d): float(v) for d, v in zip(days, levels, strict=True) if np.isfinite(v)}


def _levels(cycle: Cycle) -> dict[int, float]:
    return {k: level for k, level in enumerate(cycle.levels[:150], start=1) if level is not None}


def _legend(chart: OverlayChart) -> list[str]:
    return [label.text for _sample, label in chart.figure.legend.items]


@pytest.mark.parametrize("count", [1, 2, 6, 8])
def test_one_level_curve_per_cycle(qtbot, count: int) -> None:
    data, cycles = _dystonia(count)
    chart = _chart(qtbot)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    figure = chart.figure
    assert figure.drawn_cycles() == len(cycles)
    named = sorted(figure.curves, key=lambda curve: -curve.zValue())  # the latest first
    for curve, cycle in zip(named, reversed(cycles), strict=False):
        assert _drawn(*curve.getData()) == _levels(cycle)
    earlier = cycles[: len(cycles) - len(figure.curves)]
    pieces = figure.earlier_pieces()
    assert [_drawn(*piece) for piece in pieces] == [_levels(c) for c in earlier]


def test_each_cycle_is_told_apart_in_black_and_white_and_named_by_its_date(qtbot) -> None:
    data, cycles = _dystonia(6)
    chart = _chart(qtbot)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    pens = [curve.opts["pen"] for curve in chart.figure.curves]
    looks = {(tuple(pen.dashPattern()) if pen.style() != 1 else (), pen.widthF()) for pen in pens}
    assert len(looks) == len(cycles) == 6  # by dash or width, not only by colour
    legend = _legend(chart)
    assert f"{short_date(cycles[-1].day)} (latest)" in legend
    for cycle in cycles[:-1]:
        assert short_date(cycle.day) in legend


def test_the_latest_cycle_is_emphasised(qtbot) -> None:
    data, _cycles = _dystonia(3)
    chart = _chart(qtbot)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    widths = [curve.opts["pen"].widthF() for curve in chart.figure.curves]
    latest = max(chart.figure.curves, key=lambda c: c.zValue())
    assert latest.opts["pen"].widthF() == max(widths)
    assert widths.count(max(widths)) == 1


def test_onset_and_wear_off_are_marked_on_every_curve(qtbot) -> None:
    data, cycles = _dystonia(8)
    chart = _chart(qtbot)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    onsets = [c.verdict.onset_day for c in cycles]
    wear_offs = [c.verdict.wear_off_day for c in cycles if c.verdict.wear_off_day is not None]
    assert None not in onsets and len(wear_offs) >= len(cycles) - 1
    x, y = chart.figure.onset_marks.getData()
    assert sorted(x) == sorted(onsets)
    # Each mark sits on its own curve: at that cycle's level on its onset day.
    expected = sorted((c.verdict.onset_day, c.levels[c.verdict.onset_day - 1]) for c in cycles)
    assert [(float(a), float(b)) for a, b in sorted(zip(x, y, strict=True))] == expected
    wear_x, _ = chart.figure.wear_off_marks.getData()
    assert sorted(wear_x) == sorted(wear_offs)
    legend = _legend(chart)
    assert "Relief began (onset)" in legend and "Wore off" in legend


def test_the_course_reference_and_its_30_percent_line(qtbot) -> None:
    data, cycles = _dystonia(2)
    chart = _chart(qtbot)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    figure = chart.figure
    # The 28 days before the course were all logged at 8.
    assert cycles[0].reference is not None and cycles[0].reference.value == 8
    assert figure.reference_line.isVisible() and figure.reference_line.value() == 8
    assert figure.improved_line.value() == pytest.approx(5.6)
    assert "Reference, the 28 days before the course: 8.0" in _legend(chart)
    assert "30% better than the reference: 5.6" in _legend(chart)
    # Their values stand on the right axis, not as labels over the curves.
    ticks = figure.plot.getAxis("right")._tickLevels[0]
    assert [text for _value, text in ticks] == ["8.0", "5.6"]
    assert figure.reference_line.childItems() == figure.improved_line.childItems() == []


def test_the_windows_are_shaded_and_named(qtbot) -> None:
    data, _cycles = _dystonia(2)
    chart = _chart(qtbot)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    assert chart.figure.onset_band.spans() == [(6.5, 28.5)]
    assert chart.figure.reinjection_band.spans() == [(111.5, 140.5)]
    legend = _legend(chart)
    assert "Expected onset" in legend and "Re-injection window" in legend


@pytest.mark.parametrize(("count", "spread"), [(6, False), (7, True), (9, True)])
def test_a_median_and_its_spread_over_more_than_6_cycles(qtbot, count: int, spread: bool) -> None:
    data, cycles = _dystonia(count)
    chart = _chart(qtbot)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    figure = chart.figure
    assert figure.median_curve.isVisible() is spread
    assert figure.spread_band.isVisible() is spread
    if not spread:
        return
    days, median = figure.median_curve.getData()
    day = 40
    values = [c.levels[day - 1] for c in cycles if c.levels[day - 1] is not None]
    assert dict(zip(days, median, strict=True))[day] == pytest.approx(np.median(values))
    _days, low = figure.spread_low.getData()
    assert dict(zip(days, low, strict=True))[day] == pytest.approx(np.percentile(values, 25))
    assert f"Median of {count} cycles" in _legend(chart)
    assert "Middle half of the cycles" in _legend(chart)


def test_migraine_is_overlaid_in_headache_days_per_28_days(qtbot) -> None:
    shots = [plus(TODAY, -300), plus(TODAY, -210), plus(TODAY, -120)]
    first = plus(shots[0], -40)
    # Headache every other day before the first shot, one day in seven after it.
    logged = [
        Entry(plus(first, i), headache_severity=int(i % (2 if i < 40 else 7) == 0) * 5)
        for i in range((TODAY - first).days + 1)
    ]
    data = chart_data(logged, [botox(day) for day in shots])
    chart = _chart(qtbot)
    series = data.overlay(Indication.CHRONIC_MIGRAINE)
    chart.set_series(series)
    assert series.reference == pytest.approx(14.0)  # 14 headache days in 28
    curve = max(chart.figure.curves, key=lambda c: c.zValue())
    _days, levels = curve.getData()
    # Day 30: a fortnight of the one-in-seven pattern, 2 headache days in 14.
    assert levels[29] == pytest.approx(4.0) and np.nanmax(levels) <= 28
    assert "Headache days per 28 days" in chart.figure.plot.getAxis("left").labelText


def test_the_latest_course_is_shown_and_an_earlier_one_on_request(qtbot) -> None:
    # A pause of over 180 days starts a new course, with its own reference (§4).
    shots = [*_shots(2), *_shots(2, plus(FIRST_SHOT, 500))]
    data = chart_data(_spasm_journal(shots), [xeomin(day) for day in shots])
    assert list(data.courses(Indication.CERVICAL_DYSTONIA)) == [1, 2]
    latest = data.overlay(Indication.CERVICAL_DYSTONIA)
    assert latest.course == 2
    assert [c.session_day for c in latest.curves] == shots[2:]
    earlier = data.overlay(Indication.CERVICAL_DYSTONIA, 1)
    assert [c.session_day for c in earlier.curves] == shots[:2]


def test_the_readout_compares_the_cycles_on_a_day(qtbot) -> None:
    data, cycles = _dystonia(8)
    chart = _chart(qtbot)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    text = chart.readout_at(40.2)
    assert text.startswith("Day 40 after injection")
    assert f"{short_date(cycles[-1].day)}: 2.0" in text
    assert "median 2.0" in text


@pytest.mark.parametrize("dark", [False, True])
def test_the_overlay_draws_in_light_and_dark(qtbot, dark: bool) -> None:
    data, _cycles = _dystonia(8)
    chart = _chart(qtbot, dark=dark)
    chart.set_series(data.overlay(Indication.CERVICAL_DYSTONIA))
    assert chart.theme.is_dark is dark
    latest = max(chart.figure.curves, key=lambda c: c.zValue())
    assert latest.opts["pen"].color() == chart.theme.metric(chart.figure.series.metric)
    assert not chart.grab().isNull()


def test_an_injection_without_days_after_it_draws_no_empty_latest_curve(qtbot) -> None:
    shots = _shots(3)
    logged = _spasm_journal(shots, last=plus(shots[-1], -1))
    data = chart_data(logged, [xeomin(day) for day in shots])
    series = data.overlay(Indication.CERVICAL_DYSTONIA)
    assert [c.session_day for c in series.curves] == shots[:2]
    chart = _chart(qtbot)
    chart.set_series(series)
    assert chart.figure.drawn_cycles() == 2


def test_the_overlay_opens_on_the_latest_sessions_track() -> None:
    # On a day of two tracks' sessions, the first in TRACKS' order (migraine).
    data = chart_data(_spasm_journal([TODAY]), [xeomin(plus(TODAY, -50)), botox(plus(TODAY, -50))])
    assert data.latest_track is Indication.CHRONIC_MIGRAINE
    later = chart_data(_spasm_journal([TODAY]), [botox(plus(TODAY, -90)), xeomin(plus(TODAY, -50))])
    assert later.latest_track is Indication.CERVICAL_DYSTONIA
