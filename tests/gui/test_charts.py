"""The timeline and the calendar draw what the journal holds: a line per injection day, each
track's windows until its next session, levels, and colours shared with the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPalette

from journal_app.charts.chart_data import ChartData
from journal_app.charts.palette import severity_colour
from journal_app.charts.series import SECONDS_PER_DAY, day_timestamp, timestamp_day
from journal_app.charts.timeline import METRIC_MARKS, RangePreset, TimelineSeriesKey
from journal_app.domain.models import Entry, Indication, Injection, Metric, Product
from journal_app.ui.charts.calendar_view import CalendarView
from journal_app.ui.charts.export import save_chart
from journal_app.ui.charts.monthly import MonthlyChart
from journal_app.ui.charts.overlay import OverlayChart
from journal_app.ui.charts.timeline import TimelineChart
from journal_app.wording.text import short_date

from .chart_journals import (
    FIRST,
    MIGRAINE,
    SECOND,
    START,
    TODAY,
    botox,
    chart_data,
    dark_palette,
    entries,
    headache_of,
    injections,
    plus,
    shown,
    spasm_of,
    xeomin,
)


@pytest.fixture(scope="module")
def data() -> ChartData:
    return chart_data(entries(), injections())


def _timeline(qtbot, series_of: ChartData, *, dark: bool = False) -> TimelineChart:
    chart = shown(qtbot, TimelineChart(), dark=dark)
    chart.set_series(series_of.timeline)
    return chart


@pytest.fixture
def timeline(qtbot, data: ChartData) -> TimelineChart:
    return _timeline(qtbot, data)


def _whole_days(first: dt.date, last: dt.date) -> tuple[float, float]:
    return day_timestamp(first) - SECONDS_PER_DAY / 2, day_timestamp(last) + SECONDS_PER_DAY / 2


# -- timeline -------------------------------------------------------------------------------


def test_one_labelled_line_per_injection_day_and_windows_per_track(
    timeline: TimelineChart,
) -> None:
    markers = timeline.figure.injection_markers
    # Three injections on two days: the same-day pair shares one line, labelled with both.
    assert markers.positions() == [day_timestamp(FIRST), day_timestamp(SECOND)]
    assert markers.labels() == ["Botox 155 U", "Botox 155 U + Xeomin 180 U"]
    # Each track's session has its own windows: SECOND's migraine and dystonia both.
    assert timeline.figure.onset_bands.spans() == [
        _whole_days(plus(FIRST, 14), plus(FIRST, 28)),
        _whole_days(plus(SECOND, 14), plus(SECOND, 28)),
        _whole_days(plus(SECOND, 7), plus(SECOND, 28)),
    ]
    assert timeline.figure.reinjection_bands.spans() == [
        _whole_days(plus(FIRST, 70), plus(FIRST, 84)),
        _whole_days(plus(SECOND, 70), plus(SECOND, 84)),
        _whole_days(plus(SECOND, 112), plus(SECOND, 140)),
    ]


def test_each_tracks_windows_and_check_ups_end_at_its_next_session(qtbot) -> None:
    # v2 (issue 11): a window is drawn only until the same track's next session replaces it;
    # v1 drew every session's windows whole, whatever came after.
    d0 = plus(START, 20)
    given_injections = [
        botox(d0),
        xeomin(plus(d0, 30)),
        botox(plus(d0, 75)),
        botox(plus(d0, 85)),
        xeomin(plus(d0, 100)),
    ]
    chart = _timeline(qtbot, chart_data(entries(), given_injections))
    figure = chart.figure

    def days(*pairs: tuple[int, int]) -> list[tuple[float, float]]:
        return [_whole_days(plus(d0, a), plus(d0, b)) for a, b in pairs]

    # Migraine on day 75 is followed on day 85: its onset window (89–103) is gone.
    assert figure.onset_bands.spans() == days((14, 28), (37, 58), (99, 113), (107, 128))
    # Migraine's first window stops the day before day 75; dystonia's day-30 window (142…)
    # would open after its next session on day 100: gone. Migraine never cuts dystonia's.
    assert figure.reinjection_bands.spans() == days((70, 74), (155, 169), (212, 240))
    x, _ = figure.checkups.getData()
    # Dystonia's day-30 check-up (day 114) falls after its next session: only day 184's.
    assert list(x) == [day_timestamp(plus(d0, 184))]


def test_check_ups_only_for_tracks_that_have_them(timeline: TimelineChart) -> None:
    x, _ = timeline.figure.checkups.getData()
    assert list(x) == [day_timestamp(plus(SECOND, 84))]


def test_daily_points_and_centred_levels_of_both_symptoms(timeline: TimelineChart) -> None:
    timeline.set_range_preset(RangePreset.ALL)
    logged = entries()
    for metric, read in ((Metric.SPASM, "spasm_severity"), (Metric.HEADACHE, "headache_severity")):
        x, y = timeline.figure.points[metric].getData()
        assert list(y) == [getattr(e, read) for e in logged]
        assert timestamp_day(x[0]) == logged[0].day
    # The spasm level of day i is the mean of days i-3 … i+3 (§4): centred, not trailing.
    series = timeline.figure.series
    assert series is not None
    i = 100
    week = [spasm_of(j) for j in range(i - 3, i + 4) if j % 6 != 5]
    assert series.metrics[Metric.SPASM].levels[i] == pytest.approx(sum(week) / len(week))
    fortnight = [headache_of(j) for j in range(i - 6, i + 8) if j % 6 != 5]
    assert series.metrics[Metric.HEADACHE].levels[i] == pytest.approx(
        sum(fortnight) / len(fortnight)
    )
    # A centred level ends before the last logged day (its window runs out of days).
    assert np.isnan(series.metrics[Metric.HEADACHE].levels[-1])


def test_symptoms_differ_in_black_and_white(timeline: TimelineChart) -> None:
    figure = timeline.figure
    styles = {m: figure.levels[m].opts["pen"].style() for m in (Metric.SPASM, Metric.HEADACHE)}
    assert styles == {m: METRIC_MARKS[m].level_style for m in styles}
    assert styles[Metric.SPASM] != styles[Metric.HEADACHE]
    symbols = {m: figure.points[m].opts["symbol"] for m in (Metric.SPASM, Metric.HEADACHE)}
    assert symbols[Metric.SPASM] != symbols[Metric.HEADACHE]
    texts = [label.text for _sample, label in figure.legend.items]
    assert "Expected onset" in texts and "Re-injection window" in texts


def test_a_wide_range_draws_each_pixel_and_value_once(qtbot) -> None:
    # Ten years of days on 300 pixels: many days share a pixel column.
    first = TODAY - dt.timedelta(days=3649)
    logged = [Entry(first + dt.timedelta(days=i), spasm_severity=i % 3) for i in range(3650)]
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_range_preset(RangePreset.ALL)
    chart.set_series(chart_data(logged, []).timeline)
    x, y = chart.figure.points[Metric.SPASM].getData()
    columns = chart.figure.view.width() + 3
    assert chart.figure.view.width() < 400
    assert 0 < len(x) <= columns * 3 < len(logged)
    assert set(y) == {0, 1, 2}


def test_toggles_hide_and_show_series(timeline: TimelineChart) -> None:
    timeline.set_series_visible(TimelineSeriesKey.SPASM_LEVEL, False)
    timeline.set_series_visible(TimelineSeriesKey.WINDOWS, False)
    assert not timeline.figure.levels[Metric.SPASM].isVisible()
    assert timeline.figure.levels[Metric.HEADACHE].isVisible()
    assert not timeline.figure.onset_bands.isVisible()
    assert not timeline.figure.reinjection_bands.isVisible()
    assert not timeline.is_series_visible(TimelineSeriesKey.SPASM_LEVEL)
    timeline.set_series_visible(TimelineSeriesKey.SPASM_LEVEL, True)
    assert timeline.figure.levels[Metric.SPASM].isVisible()


@pytest.mark.parametrize(
    ("preset", "days"),
    [(RangePreset.THREE_MONTHS, 91), (RangePreset.SIX_MONTHS, 182)],
)
def test_range_presets_end_the_view_at_today(
    timeline: TimelineChart, preset: RangePreset, days: int
) -> None:
    timeline.set_range_preset(preset)
    low, high = timeline.x_range()
    assert timestamp_day(low + SECONDS_PER_DAY / 2) == TODAY - dt.timedelta(days=days)
    assert high > day_timestamp(TODAY)


def test_a_journal_gone_quiet_is_shown_up_to_its_last_entry(qtbot) -> None:
    # §4 v2: "now" is the last entry's day when nothing was logged for over 14 days; v1's
    # presets showed the empty months up to today.
    last = TODAY - dt.timedelta(days=200)
    logged = [Entry(plus(last, -i), spasm_severity=4) for i in range(300)]
    chart = _timeline(qtbot, chart_data(logged, [botox(plus(last, -60))]))
    chart.set_range_preset(RangePreset.THREE_MONTHS)
    low, high = chart.x_range()
    assert timestamp_day(low + SECONDS_PER_DAY / 2) == last - dt.timedelta(days=91)
    assert high < day_timestamp(TODAY - dt.timedelta(days=100))
    assert chart.figure.as_of_line.value() == day_timestamp(last)
    texts = [label.text for _sample, label in chart.figure.legend.items]
    assert "Last entry" in texts and "Today" not in texts


def test_all_shows_the_whole_journal_and_the_next_window(timeline: TimelineChart) -> None:
    timeline.set_range_preset(RangePreset.ALL)
    low, high = timeline.x_range()
    assert low < day_timestamp(START)
    assert high > day_timestamp(plus(SECOND, 140))


def test_zoom_stays_within_the_journal(timeline: TimelineChart) -> None:
    timeline.figure.view.setXRange(
        day_timestamp(START) - 3000 * SECONDS_PER_DAY, day_timestamp(TODAY)
    )
    low, _ = timeline.x_range()
    assert low >= day_timestamp(START) - 46 * SECONDS_PER_DAY
    timeline.figure.view.setYRange(-50, 50)
    bottom, top = timeline.figure.view.viewRange()[1]
    assert -1 < bottom <= 0 and 10 <= top < 14


def test_readout_names_the_date_values_levels_and_each_tracks_day(
    timeline: TimelineChart,
) -> None:
    i = 150  # a logged day
    day = plus(START, i)
    text = timeline.readout_at(day_timestamp(day) + 3 * 3600)
    assert short_date(day) in text
    assert f"Spasm {spasm_of(i)}" in text
    assert f"Headache {headache_of(i)}" in text
    week = [spasm_of(j) for j in range(i - 3, i + 4) if j % 6 != 5]
    assert f"7-day mean {sum(week) / len(week):.1f}" in text
    since = (day - SECOND).days
    assert f"Chronic migraine: day {since} after Botox 155 U" in text
    assert f"Cervical dystonia: day {since} after Xeomin 180 U" in text
    assert "expected onset window" in text  # SECOND + 20: both tracks' onset windows


def test_readout_says_what_was_not_logged(timeline: TimelineChart) -> None:
    day = plus(START, 5)  # i = 5 is skipped
    text = timeline.readout_at(day_timestamp(day))
    assert "Spasm not logged" in text
    assert "Headache not logged" in text


def test_hovering_shows_the_day_under_the_mouse(qtbot, timeline: TimelineChart) -> None:
    timeline.set_range_preset(RangePreset.THREE_MONTHS)
    day = TODAY - dt.timedelta(days=20)
    scene_point = timeline.figure.view.mapViewToScene(QPointF(day_timestamp(day), 5))
    with qtbot.waitSignal(timeline.readout_changed, timeout=2000) as blocker:
        timeline.figure.plot.scene().sigMouseMoved.emit(scene_point)
    assert blocker.args[0].startswith(short_date(day))
    assert timeline.crosshair.isVisible()
    assert timestamp_day(timeline.crosshair.value()) == day


def test_twenty_years_keep_the_item_count_bounded(qtbot) -> None:
    first = TODAY - dt.timedelta(days=7299)
    logged = [Entry(first + dt.timedelta(days=i), spasm_severity=i % 11) for i in range(7300)]
    given_injections = [
        Injection(
            first + dt.timedelta(days=91 * k),
            Product.ONABOTULINUMTOXIN_A,
            155.0,
            Indication.CHRONIC_MIGRAINE,
            MIGRAINE,
        )
        for k in range(80)
    ]
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_series(chart_data(logged, given_injections).timeline)
    assert chart.figure.injection_markers.count() == 80
    assert len(chart.figure.plot.items) < 20


@pytest.mark.parametrize("dark", [False, True])
def test_the_timeline_draws_in_light_and_dark(qtbot, data: ChartData, dark: bool) -> None:
    chart = _timeline(qtbot, data, dark=dark)
    assert chart.theme.is_dark is dark
    pen = chart.figure.levels[Metric.SPASM].opts["pen"]
    assert pen.color() == chart.theme.metric(Metric.SPASM)
    assert not chart.grab().isNull()


# -- calendar -------------------------------------------------------------------------------


@pytest.fixture
def calendar(qtbot, data: ChartData) -> CalendarView:
    view = CalendarView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.set_series(data.calendar)
    return view


def test_calendar_colours_logged_days_by_severity(calendar: CalendarView) -> None:
    calendar.set_metric(Metric.HEADACHE)
    logged = START + dt.timedelta(days=150)
    assert calendar.cell_colour(logged) == calendar.theme.severity_colour(
        Metric.HEADACHE, headache_of(150)
    )
    assert calendar.cell_colour(START + dt.timedelta(days=155)) is None  # not logged
    severe = calendar.theme.severity_colour(Metric.HEADACHE, 8)
    mild = calendar.theme.severity_colour(Metric.HEADACHE, 1)
    assert severe.lightness() < mild.lightness()


def test_the_calendar_paints_the_reports_colours_in_the_light_theme(qtbot) -> None:
    # One palette: the report's calendar (report/calendar_blocks.py) fills with
    # severity_colour's defaults, paper being light; the window's light calendar must match.
    view = CalendarView()
    qtbot.addWidget(view)
    for metric in (Metric.SPASM, Metric.HEADACHE):
        view.set_metric(metric)
        for severity in range(11):
            assert view.theme.severity_colour(metric, severity) == severity_colour(metric, severity)


def test_the_calendar_of_a_journal_gone_quiet_opens_on_its_last_entry(qtbot) -> None:
    # §4 v2: "now" is the last entry's day; v1 opened on a year of days not logged.
    last = TODAY - dt.timedelta(days=200)
    view = CalendarView()
    qtbot.addWidget(view)
    view.set_series(chart_data([Entry(last, spasm_severity=3)], []).calendar)
    view.set_metric(Metric.SPASM)
    assert view.focused_day() == last
    assert view.last_month() == last.replace(day=1)
    assert view.cell_colour(last) is not None
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.focused_day() == TODAY


def test_calendar_marks_injection_days(calendar: CalendarView) -> None:
    assert calendar.is_injection_day(SECOND)
    assert not calendar.is_injection_day(SECOND + dt.timedelta(days=1))
    assert "Injection: Botox 155 U + Xeomin 180 U" in calendar.readout(SECOND)


def test_arrow_keys_move_the_focused_day(qtbot, calendar: CalendarView) -> None:
    assert calendar.focused_day() == TODAY
    with qtbot.waitSignal(calendar.readout_changed) as blocker:
        qtbot.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.focused_day() == TODAY - dt.timedelta(days=1)
    assert blocker.args[0].startswith(short_date(TODAY - dt.timedelta(days=1)))
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    assert calendar.focused_day() == TODAY - dt.timedelta(days=8)
    qtbot.keyClick(calendar, Qt.Key.Key_Home)
    assert calendar.focused_day() == TODAY


def test_moving_past_the_shown_months_scrolls_the_calendar(calendar: CalendarView) -> None:
    first = calendar.first_month()
    calendar.set_focused_day(first - dt.timedelta(days=1))
    assert calendar.first_month() < first
    calendar.show_later()
    assert calendar.last_month() > dt.date(TODAY.year, TODAY.month, 1)


def test_clicking_a_day_focuses_it(qtbot, calendar: CalendarView) -> None:
    target = SECOND
    point = None
    for y in range(0, calendar.height(), 4):
        for x in range(0, calendar.width(), 4):
            if calendar.day_at(QPointF(x, y)) == target:
                point = (x, y)
                break
        if point:
            break
    assert point is not None
    qtbot.mouseClick(
        calendar,
        Qt.MouseButton.LeftButton,
        pos=calendar.rect().topLeft() + QPointF(*point).toPoint(),
    )
    assert calendar.focused_day() == target


# -- themes and saving ----------------------------------------------------------------------


def test_a_dark_palette_switches_every_view_to_dark(qtbot, data: ChartData) -> None:
    views = [TimelineChart(), OverlayChart(), MonthlyChart(), CalendarView()]
    for view in views:
        qtbot.addWidget(view)
        assert not view.theme.is_dark
        view.setPalette(dark_palette())
        assert view.theme.is_dark
        assert view.theme.background.lightness() < 60
    for canvas in views[:3]:
        assert canvas.background_colour().lightness() < 60
    views[0].setPalette(QPalette())
    assert views[0].background_colour().lightness() > 200


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_saving_writes_the_chart(qtbot, tmp_path: Path, data: ChartData, suffix: str) -> None:
    timeline = TimelineChart()
    calendar = CalendarView()
    for view in (timeline, calendar):
        qtbot.addWidget(view)
        view.resize(800, 500)
    timeline.set_series(data.timeline)
    calendar.set_series(data.calendar)
    for name, view in (("timeline", timeline), ("calendar", calendar)):
        path = tmp_path / f"{name}{suffix}"
        save_chart(view, path)
        content = path.read_bytes()
        assert len(content) > 1000
        if suffix == ".png":
            assert content.startswith(b"\x89PNG")
        else:
            assert b"<svg" in content


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(1971, 1, 2), max_value=dt.date(2099, 12, 30)))
def test_a_day_and_its_timestamp_round_trip(day: dt.date) -> None:
    stamp = day_timestamp(day)
    assert timestamp_day(stamp) == day
    assert timestamp_day(stamp + 11 * 3600) == day
    assert timestamp_day(stamp - 11 * 3600) == day
