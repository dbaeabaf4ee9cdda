"""The patient's own view on the cycles overlaid (issue 15): the wear-off day they reported
as its own mark beside the detected ▲, and their impressions in the read-out."""

from __future__ import annotations

import datetime as dt

import pytest

from journal_app.charts.chart_data import overlay_series
from journal_app.charts.overlay import OverlayFigure
from journal_app.charts.theme import paper_theme
from journal_app.domain.checkins import CheckIn, CheckInKind, Impression, PatientReports, WornOff
from journal_app.domain.models import Entry, Indication
from journal_app.ui.charts.overlay import OverlayChart
from journal_app.ui.widgets.trends_page import TrendsPage, TrendsView
from journal_app.wording.text import short_date

from .chart_journals import TODAY, chart_data, plus, shown, xeomin

DYSTONIA = Indication.CERVICAL_DYSTONIA
EVERY_DAYS = 120
# Three sessions; the journal ends on the last one's day 120.
SHOTS = [plus(TODAY, -EVERY_DAYS * k) for k in (3, 2, 1)]
REPORTED = "Wear-off you reported"


def _journal() -> list[Entry]:
    """Severity 8, down from day 20 to day 61 after each shot: to 2, then 3, then 4; nothing
    logged on the latest cycle's days 100 to 116."""

    def level(day: dt.date) -> int:
        shot = max((i for i, s in enumerate(SHOTS) if s <= day), default=None)
        if shot is None:
            return 8
        return 2 + shot if 20 <= (day - SHOTS[shot]).days < 62 else 8

    first = plus(SHOTS[0], -40)
    days = [plus(first, i) for i in range((TODAY - first).days + 1)]
    gap = (plus(SHOTS[-1], 100), plus(SHOTS[-1], 116))
    return [Entry(day, spasm_severity=level(day)) for day in days if not gap[0] <= day <= gap[1]]


def _before_next(
    shot: dt.date, worn_off: WornOff, day: int | None = None, impression=Impression.A_LITTLE_BETTER
) -> CheckIn:
    return CheckIn(
        shot,
        DYSTONIA,
        CheckInKind.BEFORE_NEXT,
        plus(shot, 110),
        impression,
        worn_off,
        None if day is None else plus(shot, day),
    )


def _week4(shot: dt.date, impression: Impression) -> CheckIn:
    return CheckIn(shot, DYSTONIA, CheckInKind.WEEK4, plus(shot, 30), impression)


def _chart(qtbot, checkins: list[CheckIn], *, dark: bool = False) -> OverlayChart:
    data = chart_data(
        _journal(), [xeomin(s) for s in SHOTS], patient=PatientReports(tuple(checkins))
    )
    chart = shown(qtbot, OverlayChart(), dark=dark)
    chart.set_series(data.overlay(DYSTONIA))
    return chart


def _legend(figure: OverlayFigure) -> list[str]:
    return [label.text for _sample, label in figure.legend.items]


def _detected(figure: OverlayFigure) -> list[float]:
    x, _y = figure.wear_off_marks.getData()
    return sorted(x.tolist())


def _wear_off_days() -> list[int]:
    """The detected wear-off day of each cycle, as the analysis finds it (§4)."""
    data = chart_data(_journal(), [xeomin(s) for s in SHOTS])
    days = [c.verdict.wear_off_day for c in data.analysis.cycles(DYSTONIA)]
    assert None not in days
    return sorted(days)  # type: ignore[type-var]


@pytest.mark.parametrize("dark", [False, True])
def test_a_yes_is_marked_on_its_cycle_at_the_reported_day(qtbot, dark: bool) -> None:
    chart = _chart(qtbot, [_before_next(SHOTS[0], WornOff.YES, 70)], dark=dark)
    figure = chart.figure
    x, y = figure.reported_marks.getData()
    first = figure.series.curves[0]
    assert first.session_day == SHOTS[0]
    # On the first cycle's curve, at its level on day 70: relief was gone (8).
    assert x.tolist() == [70] and y.tolist() == [first.level(70)] == [8.0]
    # The detected ▲ stays on every cycle.
    assert _detected(figure) == _wear_off_days()
    pen = figure.reported_marks.data[0]["pen"]
    assert pen.color() == figure._mark_colour(first)  # in the cycle's colour, hollow
    # Hollow: filled with the background, drawn under the detected ▲.
    assert figure.reported_marks.data[0]["brush"].color() == chart.theme.background
    assert figure.reported_marks.zValue() < figure.wear_off_marks.zValue()
    assert REPORTED in _legend(figure)
    assert not chart.grab().isNull()


@pytest.mark.parametrize(
    "checkins",
    [
        [_before_next(SHOTS[0], WornOff.NO)],
        [_before_next(SHOTS[0], WornOff.NOT_SURE)],
        [_week4(SHOTS[0], Impression.MUCH_BETTER)],
        [],
    ],
    ids=["no", "not_sure", "week4_only", "no_checkin"],
)
def test_no_mark_and_no_legend_entry_without_a_yes(qtbot, checkins: list[CheckIn]) -> None:
    figure = _chart(qtbot, checkins).figure
    x, _y = figure.reported_marks.getData()
    assert len(x) == 0
    assert REPORTED not in _legend(figure)
    assert _detected(figure) == _wear_off_days()


def test_a_reported_day_where_the_curve_has_no_level_sits_on_the_floor(qtbot) -> None:
    # Nothing was logged on the latest cycle's days 100 to 116: its curve has no level there.
    latest = SHOTS[-1]
    chart = _chart(qtbot, [_before_next(latest, WornOff.YES, 108)])
    curve = chart.figure.series.curves[-1]
    assert curve.is_latest and curve.level(108) is None
    x, y = chart.figure.reported_marks.getData()
    assert x.tolist() == [108] and y.tolist() == [0.0]
    pen = chart.figure.reported_marks.data[0]["pen"]
    assert pen.color() == chart.theme.metric(chart.figure.series.metric)
    low, high = chart.figure.view.viewRange()[1]
    assert low < 0.0 < high  # on the floor of the plot, still in view


def test_the_readout_names_the_impressions_beside_the_detected_wear_off(qtbot) -> None:
    first = SHOTS[0]
    checkins = [
        _week4(first, Impression.MUCH_BETTER),
        _before_next(first, WornOff.YES, 74, Impression.A_LITTLE_BETTER),
        _week4(SHOTS[-1], Impression.NO_CHANGE),
    ]
    chart = _chart(qtbot, checkins)
    first_curve = chart.figure.series.curves[0]
    detected = first_curve.wear_off[0] if first_curve.wear_off else None
    assert detected is not None and detected != 74
    # Pointing at the first cycle's curve on day 40 (it stands at 2, the others at 3 and 4).
    on_first = chart.readout_at(40.2, first_curve.level(40))
    assert on_first.startswith("Day 40 after injection")
    assert (
        f"{short_date(first)}, your check-ins: Much better at week 4, A little better before the "
        f"next injection; you reported it wore off on day 74 (detected: day {detected})"
    ) in on_first
    # Without a pointer height, the latest cycle: only its week-4 answer.
    latest = chart.readout_at(40)
    assert f"{short_date(SHOTS[-1])}, your check-ins: No change at week 4" in latest
    assert "you reported" not in latest


def test_no_checkins_leave_the_readout_as_it_was(qtbot) -> None:
    chart = _chart(qtbot, [])
    assert "check-ins" not in chart.readout_at(40, 2.0)


def test_the_report_figure_draws_the_reported_day_from_the_series(qtbot) -> None:
    # The PDF draws OverlayFigure on paper from overlay_series: the mark comes with the series.
    data = chart_data(_journal(), [xeomin(s) for s in SHOTS])
    cycles = data.courses(DYSTONIA)[1]
    patient = PatientReports((_before_next(SHOTS[1], WornOff.YES, 66),))
    series = overlay_series(DYSTONIA, cycles, patient)
    assert [c.reported_wear_off_day for c in series.curves] == [None, 66, None]
    figure = OverlayFigure(paper_theme())
    figure.set_series(series)
    x, _y = figure.reported_marks.getData()
    assert x.tolist() == [66]
    assert REPORTED in _legend(figure)
    # Without check-ins, as the report calls it today: no mark.
    assert overlay_series(DYSTONIA, cycles).reported_wear_offs == []


def test_a_long_readout_wraps_instead_of_widening_the_page(qtbot, service) -> None:
    for entry in _journal():
        service.save_entry(entry)
    for shot in SHOTS:
        service.record_injection(xeomin(shot))
    page = TrendsPage(service)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    page.set_current_view(TrendsView.OVERLAY)
    text = " · ".join(
        [f"{short_date(shot)}, your check-ins: Much better at week 4" for shot in SHOTS] * 3
    )
    page.overlay.readout_changed.emit(text)
    assert page.readout_label.text() == text
    assert page.minimumSizeHint().width() <= 800
    assert page.readout_label.height() >= 2 * page.readout_label.fontMetrics().lineSpacing()
