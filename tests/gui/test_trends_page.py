"""The Trends page: its four views follow the journal through the service's signals."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journal_app.charts.series import SECONDS_PER_DAY, day_timestamp, timestamp_day
from journal_app.charts.timeline import RangePreset, TimelineSeriesKey
from journal_app.domain.models import Entry, Indication, Injection, Metric, Product
from journal_app.services.journal import JournalService
from journal_app.ui.widgets.trends_page import TrendsPage, TrendsView
from journal_app.wording.text import short_date


def _entry(day: dt.date, i: int) -> Entry:
    return Entry(day, spasm_severity=2 + i % 6, headache_severity=i % 4)


def _fill(service: JournalService, today: dt.date, days: int = 100) -> None:
    for i in range(days):
        service.save_entry(_entry(today - dt.timedelta(days=days - 1 - i), i))


def _inject(
    service: JournalService,
    day: dt.date,
    indication: Indication = Indication.CHRONIC_MIGRAINE,
    product: Product = Product.ONABOTULINUMTOXIN_A,
    units: float = 155.0,
) -> None:
    service.record_injection(
        Injection(day, product, units, indication, service.default_windows(indication))
    )


@pytest.fixture
def page(qtbot, service: JournalService) -> TrendsPage:
    widget = TrendsPage(service)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def filled(qtbot, service: JournalService, today: dt.date) -> TrendsPage:
    _fill(service, today)
    _inject(service, today - dt.timedelta(days=60))
    widget = TrendsPage(service)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_an_empty_journal_shows_an_empty_state_in_every_view(page: TrendsPage) -> None:
    for view in TrendsView:
        page.set_current_view(view)
        assert page.is_empty_state_shown(view)
        assert "Log a few days and an injection to see trends here" in page.empty_state_text(view)
        assert not page.save_button.isEnabled()


def test_saving_an_entry_or_an_injection_redraws(
    page: TrendsPage, service: JournalService, today: dt.date
) -> None:
    service.save_entry(_entry(today, 3))
    assert not page.is_empty_state_shown(TrendsView.TIMELINE)
    assert page.save_button.isEnabled()
    x, _ = page.timeline.figure.points[Metric.SPASM].getData()
    assert [timestamp_day(t) for t in x] == [today]
    assert page.timeline.figure.injection_markers.count() == 0

    _inject(service, today - dt.timedelta(days=1))
    assert page.timeline.figure.injection_markers.count() == 1
    service.undo_stack.undo()
    assert page.timeline.figure.injection_markers.count() == 0


def test_a_hidden_page_redraws_when_shown_again(
    page: TrendsPage, service: JournalService, today: dt.date
) -> None:
    page.hide()
    service.save_entry(_entry(today, 1))
    assert page.is_empty_state_shown(TrendsView.TIMELINE)  # not yet: nobody is looking
    page.show()
    assert not page.is_empty_state_shown(TrendsView.TIMELINE)


def test_same_day_injections_share_a_line_and_keep_their_tracks_windows(
    page: TrendsPage, service: JournalService, today: dt.date
) -> None:
    _fill(service, today, days=30)
    day = today - dt.timedelta(days=20)
    _inject(service, day)
    _inject(service, day, Indication.CERVICAL_DYSTONIA, Product.ABOBOTULINUMTOXIN_A, 500.0)
    markers = page.timeline.figure.injection_markers
    assert markers.count() == 1
    assert markers.labels() == ["Botox 155 U + Dysport 500 U"]
    # v2: one line for the day, but each track its own windows (issue 11).
    assert page.timeline.figure.onset_bands.count() == 2
    assert page.timeline.figure.reinjection_bands.count() == 2


def test_series_toggles_hide_their_series(qtbot, filled: TrendsPage) -> None:
    box = filled.series_toggles[TimelineSeriesKey.HEADACHE_POINTS]
    box.click()
    assert not filled.timeline.figure.points[Metric.HEADACHE].isVisible()
    assert filled.timeline.figure.points[Metric.SPASM].isVisible()
    filled.series_toggles[TimelineSeriesKey.WINDOWS].click()
    assert not filled.timeline.figure.onset_bands.isVisible()
    box.click()
    assert filled.timeline.figure.points[Metric.HEADACHE].isVisible()


def test_range_buttons_set_the_timeline_range(qtbot, filled: TrendsPage, today: dt.date) -> None:
    qtbot.mouseClick(filled.range_buttons[RangePreset.THREE_MONTHS], Qt.MouseButton.LeftButton)
    low, high = filled.timeline.x_range()
    assert timestamp_day(low + SECONDS_PER_DAY / 2) == today - dt.timedelta(days=91)
    assert high > day_timestamp(today)
    qtbot.mouseClick(filled.range_buttons[RangePreset.ALL], Qt.MouseButton.LeftButton)
    low, _ = filled.timeline.x_range()
    assert low < day_timestamp(today - dt.timedelta(days=99))


def test_the_overlay_starts_on_the_latest_sessions_track_and_switches(
    qtbot, service: JournalService, filled: TrendsPage, today: dt.date
) -> None:
    # v2 (issue 11): a track chooser, each track judged on its own metric; v1 chose a symptom.
    filled.set_current_view(TrendsView.OVERLAY)
    assert filled.overlay_track() is Indication.CHRONIC_MIGRAINE
    assert not filled.is_empty_state_shown(TrendsView.OVERLAY)
    shown = [i for i, button in filled.track_buttons.items() if button.isVisible()]
    assert shown == [Indication.CHRONIC_MIGRAINE]
    assert "Headache days per 28 days" in filled.overlay.figure.plot.getAxis("left").labelText
    _inject(service, today - dt.timedelta(days=30), Indication.CERVICAL_DYSTONIA)
    assert filled.overlay_track() is Indication.CHRONIC_MIGRAINE  # the choice is kept
    button = filled.track_buttons[Indication.CERVICAL_DYSTONIA]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert filled.overlay_track() is Indication.CERVICAL_DYSTONIA
    assert "Spasm severity" in filled.overlay.figure.plot.getAxis("left").labelText
    assert filled.overlay.figure.drawn_cycles() == 1
    assert not filled.course_box.isVisible()  # one course: nothing to choose


def test_a_track_that_started_again_offers_its_courses(
    qtbot, service: JournalService, page: TrendsPage, today: dt.date
) -> None:
    _fill(service, today, days=400)
    _inject(service, today - dt.timedelta(days=390))
    _inject(service, today - dt.timedelta(days=100))  # 290 days later: a second course
    page.set_current_view(TrendsView.OVERLAY)
    assert page.course_box.isVisible() and page.course_box.count() == 2
    assert page.overlay_course() == 2
    assert page.overlay.figure.series.curves[-1].session_day == today - dt.timedelta(days=100)
    page.course_box.setCurrentIndex(0)
    page.course_box.activated.emit(0)
    assert page.overlay_course() == 1
    assert page.overlay.figure.series.curves[-1].session_day == today - dt.timedelta(days=390)


def test_a_profile_change_redraws_the_reference(
    service: JournalService, page: TrendsPage, today: dt.date
) -> None:
    # Days logged only after the injection: the reference comes from the profile (§4).
    for i in range(40):
        service.save_entry(Entry(today - dt.timedelta(days=i), spasm_severity=2))
    _inject(service, today - dt.timedelta(days=45), Indication.CERVICAL_DYSTONIA)
    page.set_current_view(TrendsView.OVERLAY)
    assert page.overlay.figure.series.reference is None
    service.save_profile(replace(service.profile(), spasm_before_treatment=7))
    assert page.overlay.figure.series.reference == 7
    assert page.overlay.figure.reference_line.isVisible()


def test_the_overlay_asks_for_an_injection_when_there_is_none(
    page: TrendsPage, service: JournalService, today: dt.date
) -> None:
    service.save_entry(_entry(today, 2))
    page.set_current_view(TrendsView.OVERLAY)
    assert page.is_empty_state_shown(TrendsView.OVERLAY)
    assert "No injection recorded yet" in page.empty_state_text(TrendsView.OVERLAY)


def test_monthly_counts_show_once_days_are_logged(filled: TrendsPage, today: dt.date) -> None:
    filled.set_current_view(TrendsView.MONTHLY)
    assert not filled.is_empty_state_shown(TrendsView.MONTHLY)
    heights = filled.monthly.figure.headache_bars.heights()
    assert sum(heights) == sum(1 for i in range(100) if i % 4)


def test_calendar_keyboard_moves_and_reads_out(qtbot, filled: TrendsPage, today: dt.date) -> None:
    filled.set_current_view(TrendsView.CALENDAR)
    filled.calendar.setFocus()
    qtbot.keyClick(filled.calendar, Qt.Key.Key_Left)
    yesterday = today - dt.timedelta(days=1)
    expected = _entry(yesterday, 98)
    text = filled.readout_label.text()
    assert text.startswith(short_date(yesterday))
    assert f"Headache {expected.headache_severity}" in text
    assert f"Spasm {expected.spasm_severity}" in text
    assert filled.calendar.cell_colour(yesterday) is not None
    assert filled.calendar_range_label.text() == filled.calendar.range_text()
    filled.earlier_button.click()
    assert filled.calendar.last_month() < dt.date(today.year, today.month, 1)


def test_a_dark_palette_darkens_every_chart(filled: TrendsPage) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#242424"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1b1b1b"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    filled.setPalette(palette)
    for chart in (filled.timeline, filled.overlay, filled.monthly):
        assert chart.background_colour().lightness() < 60
    assert filled.calendar.theme.is_dark


@pytest.mark.parametrize(
    ("name", "chosen_filter", "written"),
    [
        ("chart.png", "PNG image (*.png)", "chart.png"),
        ("chart.svg", "SVG drawing (*.svg)", "chart.svg"),
        ("chart", "SVG drawing (*.svg)", "chart.svg"),
    ],
)
def test_save_chart_writes_the_chosen_file(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    filled: TrendsPage,
    name: str,
    chosen_filter: str,
    written: str,
) -> None:
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filters):
        asked.append(suggested)
        return str(tmp_path / name), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    for view in (TrendsView.TIMELINE, TrendsView.CALENDAR):
        filled.set_current_view(view)
        path = filled.save_chart()
        assert path == tmp_path / written
        assert path.stat().st_size > 1000
    assert asked[0].endswith("relief-journal-timeline-2026-11-21.png")


def test_save_chart_cancelled_or_failing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, filled: TrendsPage
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert filled.save_chart() is None
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, title, _text: warnings.append(title))
    )
    missing = tmp_path / "no such folder" / "chart.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(missing), "PNG image (*.png)"))
    )
    assert filled.save_chart() is None
    assert warnings == ["Chart not saved"]
    assert not missing.exists()
