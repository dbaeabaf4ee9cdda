"""The chart views draw what the journal holds: marks per session, curves per cycle, colours."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette

from journal_app.charts.series import (
    SECONDS_PER_DAY,
    ChartData,
    day_timestamp,
    timestamp_day,
)
from journal_app.charts.timeline import RangePreset, TimelineSeriesKey
from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Metric,
    Product,
)
from journal_app.domain.trends import JournalTrends
from journal_app.ui.charts.calendar_view import CalendarView
from journal_app.ui.charts.export import save_chart
from journal_app.ui.charts.monthly import MonthlyChart
from journal_app.ui.charts.overlay import OverlayChart
from journal_app.ui.charts.timeline import TimelineChart
from journal_app.wording.text import short_date

TODAY = dt.date(2026, 11, 21)
START = TODAY - dt.timedelta(days=199)
MIGRAINE = ExpectedWindows(14, 28, 70, 84)
DYSTONIA = ExpectedWindows(7, 28, 112, 140)
FIRST = START + dt.timedelta(days=40)
SECOND = FIRST + dt.timedelta(days=90)


def _spasm(i: int) -> int:
    return 3 + (i * 7) % 5


def _headache(i: int) -> int:
    return (i * 5) % 9


def _entries() -> list[Entry]:
    """200 days ending today; every 6th day unlogged, medication on headache days ≥ 6."""
    entries = []
    for i in range(200):
        if i % 6 == 5:
            continue
        headache = _headache(i)
        meds = (MedicationDose(MedicationClass.TRIPTAN, 1),) if headache >= 6 else ()
        day = START + dt.timedelta(days=i)
        entries.append(
            Entry(day, spasm_severity=_spasm(i), headache_severity=headache, medication=meds)
        )
    return entries


def _injections() -> list[Injection]:
    """Two sessions: Botox alone, then Botox and Xeomin on the same day."""
    botox = dict(product=Product.ONABOTULINUMTOXIN_A, units=155.0)
    return [
        Injection(FIRST, indication=Indication.CHRONIC_MIGRAINE, windows=MIGRAINE, **botox),
        Injection(SECOND, indication=Indication.CHRONIC_MIGRAINE, windows=MIGRAINE, **botox),
        Injection(
            SECOND,
            product=Product.INCOBOTULINUMTOXIN_A,
            units=180.0,
            indication=Indication.CERVICAL_DYSTONIA,
            windows=DYSTONIA,
        ),
    ]


@pytest.fixture(scope="module")
def data() -> ChartData:
    return ChartData(JournalTrends(_entries(), _injections()), TODAY)


@pytest.fixture
def timeline(qtbot, data: ChartData) -> TimelineChart:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 600)
    chart.show()
    chart.set_series(data.timeline)
    return chart


def _whole_days(first: dt.date, last: dt.date) -> tuple[float, float]:
    return day_timestamp(first) - SECONDS_PER_DAY / 2, day_timestamp(last) + SECONDS_PER_DAY / 2


def _plus(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#262626"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1c1c1c"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


# -- timeline -------------------------------------------------------------------------------


def test_one_line_and_one_window_of_each_kind_per_session(timeline: TimelineChart) -> None:
    markers = timeline.figure.injection_markers
    # Three injections, two sessions: the same-day pair shares one line and one window each.
    assert markers.count() == 2
    assert markers.positions() == [day_timestamp(FIRST), day_timestamp(SECOND)]
    assert markers.labels() == ["Botox 155 U", "Botox 155 U + Xeomin 180 U"]
    assert timeline.figure.onset_bands.spans() == [
        _whole_days(_plus(FIRST, 14), _plus(FIRST, 28)),
        _whole_days(_plus(SECOND, 14), _plus(SECOND, 28)),
    ]
    # The session's next injection is due when its earliest re-injection window says.
    assert timeline.figure.reinjection_bands.spans() == [
        _whole_days(_plus(FIRST, 70), _plus(FIRST, 84)),
        _whole_days(_plus(SECOND, 70), _plus(SECOND, 84)),
    ]


def test_check_ups_only_for_sessions_treating_spasm(timeline: TimelineChart) -> None:
    x, _ = timeline.figure.checkups.getData()
    assert list(x) == [day_timestamp(_plus(SECOND, 84))]


def test_daily_points_and_means_cover_the_logged_days(timeline: TimelineChart) -> None:
    timeline.set_range_preset(RangePreset.ALL)
    x, y = timeline.figure.points[Metric.SPASM].getData()
    logged = [e for e in _entries() if e.spasm_severity is not None]
    assert len(x) == len(logged)
    assert list(y) == [e.spasm_severity for e in logged]
    assert timestamp_day(x[0]) == logged[0].day


def test_a_wide_range_draws_each_pixel_and_value_once(qtbot) -> None:
    # Ten years of days on 300 pixels: many days share a pixel column.
    first = TODAY - dt.timedelta(days=3649)
    entries = [Entry(first + dt.timedelta(days=i), spasm_severity=i % 3) for i in range(3650)]
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_range_preset(RangePreset.ALL)
    chart.set_series(ChartData(JournalTrends(entries, []), TODAY).timeline)
    x, y = chart.figure.points[Metric.SPASM].getData()
    columns = chart.figure.view.width() + 3
    assert chart.figure.view.width() < 400
    assert 0 < len(x) <= columns * 3 < len(entries)
    assert set(y) == {0, 1, 2}


def test_toggles_hide_and_show_series(timeline: TimelineChart) -> None:
    timeline.set_series_visible(TimelineSeriesKey.SPASM_MEAN, False)
    timeline.set_series_visible(TimelineSeriesKey.WINDOWS, False)
    assert not timeline.figure.means[Metric.SPASM].isVisible()
    assert timeline.figure.means[Metric.HEADACHE].isVisible()
    assert not timeline.figure.onset_bands.isVisible()
    assert not timeline.figure.reinjection_bands.isVisible()
    assert not timeline.is_series_visible(TimelineSeriesKey.SPASM_MEAN)
    timeline.set_series_visible(TimelineSeriesKey.SPASM_MEAN, True)
    assert timeline.figure.means[Metric.SPASM].isVisible()


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


def test_all_shows_the_whole_journal_and_the_next_window(timeline: TimelineChart) -> None:
    timeline.set_range_preset(RangePreset.ALL)
    low, high = timeline.x_range()
    assert low < day_timestamp(START)
    assert high > day_timestamp(_plus(SECOND, 84))


def test_zoom_stays_within_the_journal(timeline: TimelineChart) -> None:
    timeline.figure.view.setXRange(
        day_timestamp(START) - 3000 * SECONDS_PER_DAY, day_timestamp(TODAY)
    )
    low, _ = timeline.x_range()
    assert low >= day_timestamp(START) - 46 * SECONDS_PER_DAY
    timeline.figure.view.setYRange(-50, 50)
    bottom, top = timeline.figure.view.viewRange()[1]
    assert -1 < bottom <= 0 and 10 <= top < 14


def test_readout_names_the_date_values_means_and_cycle_day(timeline: TimelineChart) -> None:
    i = 150  # a logged day
    day = START + dt.timedelta(days=i)
    text = timeline.readout_at(day_timestamp(day) + 3 * 3600)
    assert short_date(day) in text
    assert f"Spasm {_spasm(i)}" in text
    assert f"Headache {_headache(i)}" in text
    week = [_spasm(j) for j in range(i - 6, i + 1) if j % 6 != 5]
    assert f"7-day mean {sum(week) / len(week):.1f}" in text
    assert f"day {(day - SECOND).days} after Botox 155 U + Xeomin 180 U" in text


def test_readout_says_what_was_not_logged(timeline: TimelineChart) -> None:
    day = START + dt.timedelta(days=5)  # i = 5 is skipped
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
    entries = [Entry(first + dt.timedelta(days=i), spasm_severity=i % 11) for i in range(7300)]
    injections = [
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
    chart.set_series(ChartData(JournalTrends(entries, injections), TODAY).timeline)
    assert chart.figure.injection_markers.count() == 80
    assert len(chart.figure.plot.items) < 20


# -- cycles overlaid ------------------------------------------------------------------------


@pytest.fixture
def overlay(qtbot) -> OverlayChart:
    chart = OverlayChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 600)
    chart.show()
    return chart


def _sessions(count: int) -> list[Injection]:
    return [
        Injection(
            START + dt.timedelta(days=30 + 28 * k),
            Product.ONABOTULINUMTOXIN_A,
            155.0,
            Indication.CHRONIC_MIGRAINE,
            MIGRAINE,
        )
        for k in range(count)
    ]


@pytest.mark.parametrize("sessions", [1, 2, 6])
def test_one_curve_per_cycle(overlay: OverlayChart, sessions: int) -> None:
    trends = JournalTrends(_entries(), _sessions(sessions))
    series = ChartData(trends, TODAY).overlay(Metric.SPASM)
    overlay.set_series(series)
    cycles = trends.cycles(Metric.SPASM)
    assert overlay.figure.drawn_cycles() == len(cycles)
    # The named cycles have an item each, the earlier ones share one, cut between cycles.
    earlier = [c for c in cycles[: len(cycles) - len(overlay.figure.curves)]]
    pieces = overlay.figure.earlier_pieces()
    assert len(pieces) == len(earlier)
    for (days, means), cycle in zip(pieces, earlier, strict=True):
        expected = dict(cycle.curve)
        drawn = {int(d): m for d, m in zip(days, means, strict=True) if np.isfinite(m)}
        assert drawn == expected


def test_the_latest_cycle_is_drawn_thickest(overlay: OverlayChart) -> None:
    overlay.set_series(
        ChartData(JournalTrends(_entries(), _sessions(3)), TODAY).overlay(Metric.SPASM)
    )
    widths = [curve.opts["pen"].widthF() for curve in overlay.figure.curves]
    latest = max(overlay.figure.curves, key=lambda c: c.zValue())
    assert latest.opts["pen"].widthF() == max(widths)
    assert widths.count(max(widths)) == 1
    x, y = latest.getData()
    last_cycle = JournalTrends(_entries(), _sessions(3)).cycles(Metric.SPASM)[-1]
    assert {int(d): v for d, v in zip(x, y, strict=True) if np.isfinite(v)} == dict(
        last_cycle.curve
    )


def test_onset_and_wear_off_are_marked_where_detected(overlay: OverlayChart) -> None:
    # Severity falls from 8 to 2 three weeks after each injection and comes back after 9 weeks.
    start = TODAY - dt.timedelta(days=299)
    shots = [start + dt.timedelta(days=40), start + dt.timedelta(days=160)]

    def level(day: dt.date) -> int:
        since = min((day - s).days for s in shots if s <= day) if day >= shots[0] else 999
        return 2 if 20 <= since < 62 else 8

    entries = [
        Entry(start + dt.timedelta(days=i), spasm_severity=level(start + dt.timedelta(days=i)))
        for i in range(300)
    ]
    injections = [
        Injection(s, Product.INCOBOTULINUMTOXIN_A, 180.0, Indication.CERVICAL_DYSTONIA, DYSTONIA)
        for s in shots
    ]
    trends = JournalTrends(entries, injections)
    overlay.set_series(ChartData(trends, TODAY).overlay(Metric.SPASM))
    cycles = trends.cycles(Metric.SPASM)
    assert all(c.onset_day is not None and c.wear_off_day is not None for c in cycles)
    onset_x, _ = overlay.figure.onset_marks.getData()
    wear_x, _ = overlay.figure.wear_off_marks.getData()
    assert sorted(onset_x) == sorted(c.onset_day for c in cycles)
    assert sorted(wear_x) == sorted(c.wear_off_day for c in cycles)
    assert overlay.figure.baseline_line.isVisible()
    assert overlay.figure.baseline_line.value() == pytest.approx(cycles[-1].baseline)


def test_overlay_shades_the_latest_cycles_windows(overlay: OverlayChart, data: ChartData) -> None:
    overlay.set_series(data.overlay(Metric.HEADACHE))
    assert overlay.figure.onset_band.spans() == [(13.5, 28.5)]
    assert overlay.figure.reinjection_band.spans() == [(69.5, 84.5)]


# -- monthly --------------------------------------------------------------------------------


def test_monthly_bars_and_threshold_lines(qtbot, data: ChartData) -> None:
    chart = MonthlyChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 600)
    chart.show()
    chart.set_series(data.monthly)
    entries = _entries()
    months = sorted({dt.date(e.day.year, e.day.month, 1) for e in entries})
    expected = [
        sum(
            1
            for e in entries
            if (e.day.year, e.day.month) == (m.year, m.month) and e.headache_severity
        )
        for m in months
    ]
    heights = list(chart.figure.headache_bars.opts["height"])
    assert heights == expected[-len(heights) :]
    assert [line.value() for line in chart.figure.headache_lines] == [12, 15]
    assert sorted(line.value() for line in chart.figure.overuse_lines) == [10, 15]
    assert "ICHD-3" in chart.figure.headache_lines[1].label.toPlainText()
    triptan = chart.figure.medication_bars[MedicationClass.TRIPTAN].opts["height"]
    assert (
        list(triptan)
        == [
            sum(
                1
                for e in entries
                if (e.day.year, e.day.month) == (m.year, m.month) and e.medication
            )
            for m in months
        ][-len(triptan) :]
    )


def test_monthly_outlines_overuse_months(qtbot) -> None:
    first = dt.date(2026, 9, 1)
    entries = [
        Entry(
            first + dt.timedelta(days=i),
            headache_severity=5,
            medication=(MedicationDose(MedicationClass.TRIPTAN, 1),) if i < 12 else (),
        )
        for i in range(60)
    ]
    chart = MonthlyChart()
    qtbot.addWidget(chart)
    chart.set_series(ChartData(JournalTrends(entries, []), TODAY).monthly)
    pens = chart.figure.medication_bars[MedicationClass.TRIPTAN].opts["pens"]
    assert [pen.style() != Qt.PenStyle.NoPen for pen in pens] == [True, False]
    assert "September 2026: 30 headache days of 30 logged" in chart.readout_at(
        day_timestamp(dt.date(2026, 9, 15))
    )


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
        Metric.HEADACHE, _headache(150)
    )
    assert calendar.cell_colour(START + dt.timedelta(days=155)) is None  # not logged
    severe = calendar.theme.severity_colour(Metric.HEADACHE, 8)
    mild = calendar.theme.severity_colour(Metric.HEADACHE, 1)
    assert severe.lightness() < mild.lightness()


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
        view.setPalette(_dark_palette())
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
