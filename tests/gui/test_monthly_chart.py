"""Monthly figures (§4 v2): headache days with moderate/severe within, partial months marked,
medication days per class with blank months as no data, overuse, and no label over a bar."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
import pytest

from journal_app.charts.series import day_timestamp
from journal_app.domain.models import Entry, MedicationClass, MedicationDose
from journal_app.ui.charts.monthly import MonthlyChart

from .chart_journals import chart_data, shown

SEPTEMBER, OCTOBER, NOVEMBER = dt.date(2026, 9, 1), dt.date(2026, 10, 1), dt.date(2026, 11, 1)
TRIPTAN = (MedicationDose(MedicationClass.TRIPTAN, 1),)
SIMPLE = (MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 2),)
COMBINATION = (MedicationDose(MedicationClass.COMBINATION_ANALGESIC, 1),)


def _day(month: dt.date, i: int) -> dt.date:
    return month + dt.timedelta(days=i)


def _entries() -> list[Entry]:
    """September: every day moderate, triptans on 12 (overuse). October: 10 days logged
    (partial), medication never recorded. November: 25 days, simple analgesics on 6 and
    combination analgesics on 5 (overuse across classes), none taken otherwise."""
    september = [
        Entry(_day(SEPTEMBER, i), headache_severity=5, medication=TRIPTAN if i < 12 else ())
        for i in range(30)
    ]
    october = [
        Entry(
            _day(OCTOBER, i),
            headache_severity=(0, 2, 8)[i % 3],
            medication_recorded=False,
        )
        for i in range(10)
    ]
    november = [
        Entry(
            _day(NOVEMBER, i),
            headache_severity=i % 2 * 3,
            medication=SIMPLE if i < 6 else COMBINATION if i < 11 else (),
        )
        for i in range(25)
    ]
    return september + october + november


def _chart(qtbot, *, dark: bool = False) -> MonthlyChart:
    chart = shown(qtbot, MonthlyChart(), dark=dark)
    chart.set_series(chart_data(_entries(), []).monthly)
    return chart


@pytest.fixture
def chart(qtbot) -> MonthlyChart:
    return _chart(qtbot)


def test_headache_days_with_moderate_and_severe_shaded_within(chart: MonthlyChart) -> None:
    figure = chart.figure
    assert figure.headache_bars.heights() == [30, 6, 12]
    assert figure.severe_bars.heights() == [30, 3, 0]
    assert figure.logged_bars.heights() == [30, 10, 25]
    # The share within is a darker fill of the same bar, apart in grey as well.
    severe, headache = figure.severe_bars.fills()[0], figure.headache_bars.fills()[0]
    assert severe.lightness() < headache.lightness()


def test_a_partial_month_is_never_a_plain_bar(chart: MonthlyChart) -> None:
    figure = chart.figure
    assert figure.headache_bars.hatched() == [False, True, False]
    assert figure.headache_bars.outlined() == [False, True, False]
    assert figure.acute_bars.hatched() == [False, True, False]
    legend = [label.text for _sample, label in figure.headache_legend.items]
    assert "Partial month (fewer than 21 days logged)" in legend
    assert "Days logged" in legend


def test_months_without_medication_recorded_are_no_data_not_zero(chart: MonthlyChart) -> None:
    figure = chart.figure
    triptan = figure.medication_bars[MedicationClass.TRIPTAN].heights()
    assert triptan[0] == 12 and np.isnan(triptan[1]) and triptan[2] == 0
    assert np.isnan(figure.acute_bars.heights()[1])
    starts = [day_timestamp(OCTOBER) - 43_200]
    assert [start for start, _end in figure.not_recorded.spans()] == starts
    legend = [label.text for _sample, label in figure.medication_legend.items]
    assert "Medication not recorded" in legend


def test_overuse_is_outlined_per_class_and_across_classes(chart: MonthlyChart) -> None:
    figure = chart.figure
    assert figure.medication_bars[MedicationClass.TRIPTAN].outlined() == [True, False, False]
    assert figure.medication_bars[MedicationClass.SIMPLE_ANALGESIC].outlined() == [
        False,
        False,
        False,
    ]
    acute = figure.acute_bars
    assert acute.heights()[2] == 11
    # November: no class at its own threshold, 11 acute days: overuse of several classes.
    widths = acute.outline_widths()
    assert widths[2] > widths[0] > 0


def test_the_lines_are_named_in_the_legends_and_no_label_covers_a_bar(
    chart: MonthlyChart,
) -> None:
    figure = chart.figure
    assert [line.value() for line in figure.headache_lines] == [12, 15]
    assert [line.value() for line in figure.overuse_lines] == [15, 10]
    headache_legend = [label.text for _sample, label in figure.headache_legend.items]
    assert "15 days: chronic migraine (ICHD-3)" in headache_legend
    assert "12 headache days" in headache_legend
    medication_legend = [label.text for _sample, label in figure.medication_legend.items]
    assert "15 days: overuse (simple analgesics)" in medication_legend
    # No text stands inside either plot: the lines' values are on the right axes.
    for plot in (figure.headache_plot, figure.medication_plot):
        texts = [i for i in plot.getViewBox().allChildren() if isinstance(i, pg.TextItem)]
        assert texts == []
    for line in (*figure.headache_lines, *figure.overuse_lines):
        assert line.childItems() == []
    ticks = figure.headache_plot.getAxis("right")._tickLevels[0]
    assert [text for _value, text in ticks] == ["12", "15"]


def test_both_charts_label_their_months(chart: MonthlyChart) -> None:
    for plot in (chart.figure.headache_plot, chart.figure.medication_plot):
        assert plot.getAxis("bottom").style["showValues"]


def test_the_readout_says_partial_and_not_recorded(chart: MonthlyChart) -> None:
    text = chart.readout_at(day_timestamp(dt.date(2026, 10, 15)))
    assert text.startswith("October 2026: 6 headache days of 10 logged, 3 moderate or severe")
    assert "partial month" in text and "medication not recorded" in text
    november = chart.readout_at(day_timestamp(dt.date(2026, 11, 15)))
    assert "Simple analgesic 6 days" in november
    assert "any acute medication 11 days (overuse)" in november


@pytest.mark.parametrize("dark", [False, True])
def test_the_monthly_chart_draws_in_light_and_dark(qtbot, dark: bool) -> None:
    chart = _chart(qtbot, dark=dark)
    assert chart.theme.is_dark is dark
    assert chart.figure.headache_bars.fills()[0] == chart.theme.headache_bar
    assert not chart.grab().isNull()
