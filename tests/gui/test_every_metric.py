"""Every metric through every per-metric lookup: the views, the report and the CSV.

A metric added to journal_app.domain.models.Metric without its rows (a name, a colour, a
sentence, a toggle) fails here by name, not in front of a user.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.charts.monthly import HOLLOW_CLASSES, MEDICATION_STRIPES
from journal_app.charts.palette import metric_colour, severity_colour
from journal_app.charts.timeline import METRIC_MARKS, METRIC_SERIES
from journal_app.domain.metrics import CHARTED_METRICS, METRICS, TRACKS
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    Metric,
    Product,
    Profile,
)
from journal_app.domain.report import ReportOptions, Section, build_report
from journal_app.report import write_pdf
from journal_app.services.journal import JournalService
from journal_app.storage.analysis_csv import full_export
from journal_app.storage.csv_io import export_csv, import_csv_files
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository
from journal_app.ui.widgets.trends_page import TrendsPage, TrendsView
from journal_app.wording.labels import (
    indication_label,
    metric_name,
    metric_short_name,
    metric_words,
)

from .conftest import TODAY

#: An injection of every indication, 30 days apart, so that every track is judged.
SESSIONS = tuple(
    (TODAY - dt.timedelta(days=30 * (len(Indication) - i)), indication)
    for i, indication in enumerate(Indication)
)


def _entries() -> list[Entry]:
    first = SESSIONS[0][0] - dt.timedelta(days=40)
    days = (TODAY - first).days + 1
    return [
        Entry(first + dt.timedelta(days=i), spasm_severity=1 + i % 7, headache_severity=i % 5)
        for i in range(days)
    ]


def _injections() -> list[Injection]:
    return [
        Injection(day, Product.ONABOTULINUMTOXIN_A, 100, indication, TRACKS[indication].windows)
        for day, indication in SESSIONS
    ]


@pytest.mark.parametrize("metric", list(Metric))
def test_every_metric_has_its_names_colours_and_sentences(metric: Metric) -> None:
    spec = METRICS[metric]
    assert spec.metric is metric
    assert metric_name(metric) and metric_short_name(metric)
    assert metric_colour(metric).isValid()
    assert severity_colour(metric, 10) != severity_colour(metric, 0)
    words = metric_words(metric)
    assert words.noun and "%1" in words.mean_phrase and words.overlay_title


@pytest.mark.parametrize("metric", CHARTED_METRICS)
def test_every_charted_metric_has_its_chart_rows(metric: Metric) -> None:
    points, mean = METRIC_SERIES[metric]
    assert points is not mean


def test_the_timeline_toggles_every_charted_metric_and_no_other() -> None:
    assert set(METRIC_SERIES) == set(CHARTED_METRICS)
    assert set(METRIC_MARKS) == set(CHARTED_METRICS)
    # Apart in black and white too: each by its own point symbol and line style.
    assert len({marks.symbol for marks in METRIC_MARKS.values()}) == len(CHARTED_METRICS)
    assert len({marks.level_style for marks in METRIC_MARKS.values()}) == len(CHARTED_METRICS)


def test_every_medication_class_has_its_own_look_in_black_and_white() -> None:
    looks = [(MEDICATION_STRIPES[c], c in HOLLOW_CLASSES) for c in MedicationClass]
    assert len(set(looks)) == len(MedicationClass)


def test_every_track_judges_a_metric_the_views_know() -> None:
    assert {track.judged_metric for track in TRACKS.values()} <= set(METRICS)
    assert set(TRACKS) == set(Indication)


def _journal(path: Path) -> Path:
    repo = JournalRepository(open_journal(path, create=True))
    try:
        repo.import_records(_entries(), _injections(), replace=False)
    finally:
        repo.close()
    return path


def test_the_trends_page_shows_and_reads_out_every_charted_metric(qtbot, tmp_path: Path) -> None:
    service = JournalService.open(_journal(tmp_path / "j.sqlite"), clock=lambda: TODAY)
    page = TrendsPage(service)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.draw_all()
    legend = [label.text for _sample, label in page.timeline.figure.legend.items]
    readout = page.timeline.readout_at(page.timeline.x_range()[1] - 86_400 * 40)
    for metric in CHARTED_METRICS:
        name = metric_short_name(metric)
        assert sum(name in text for text in legend) == 2  # its days and its mean
        assert name in readout
        for key in METRIC_SERIES[metric]:
            assert page.series_toggles[key].text()
        page.calendar_metric_buttons[metric].click()
        assert page.calendar.current_metric() is metric
        assert name in page.calendar.readout(TODAY - dt.timedelta(days=3))
    # v2 overlays each track on the metric it is judged on (issue 11), not each symptom.
    page.set_current_view(TrendsView.OVERLAY)
    for indication, track in TRACKS.items():
        page.track_buttons[indication].click()
        assert page.overlay_track() is indication
        assert not page.is_empty_state_shown(TrendsView.OVERLAY)
        axis = page.overlay.figure.plot.getAxis("left").labelText
        assert metric_name(track.judged_metric) in axis
    page.close()
    service.close()


def test_the_report_words_and_draws_every_judged_metric(tmp_path: Path, qapp) -> None:
    options = ReportOptions(sections=frozenset(Section))
    report = build_report(Profile(), _entries(), _injections(), options, today=TODAY)
    path = tmp_path / "report.pdf"
    write_pdf(report, path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    text = " ".join(text.split())
    # v2: one cycles table and one overlay per track, each judged on the track's own metric.
    assert {table.track.indication for table in report.cycles} == set(Indication)
    assert {overlay.track.metric for overlay in report.overlays} == {
        track.judged_metric for track in TRACKS.values()
    }
    for track in TRACKS.values():
        metric = track.judged_metric
        mean = metric_words(metric).mean_phrase.replace("%1", str(METRICS[metric].level_days))
        assert mean in text
        assert f"Cycles overlaid: {indication_label(track.indication)}" in text
    for metric in CHARTED_METRICS:
        assert metric_name(metric) in text  # the calendar's grid of it


def test_the_csv_keeps_every_metric_of_every_day_and_every_judged_cycle(tmp_path: Path) -> None:
    repo = JournalRepository(open_journal(_journal(tmp_path / "a.sqlite")))
    fresh = JournalRepository(open_journal(tmp_path / "b.sqlite", create=True))
    try:
        paths = export_csv(repo, tmp_path / "out", full_export(TODAY))
        importable = [p for p in paths if p.name in ("entries.csv", "injections.csv")]
        import_csv_files(fresh, importable, replace=False, today=TODAY)
        for metric in Metric:
            read = METRICS[metric].daily_value
            assert [read(e) for e in fresh.entries()] == [read(e) for e in repo.entries()]
        with (tmp_path / "out" / "cycles.csv").open(newline="", encoding="utf-8") as file:
            judged = [(row["indication"], row["metric"]) for row in csv.DictReader(file)]
        # One row per session, each judged on its track's metric (§4 v2).
        assert sorted(judged) == sorted(
            (indication.value, TRACKS[indication].judged_metric.value) for _, indication in SESSIONS
        )
    finally:
        repo.close()
        fresh.close()
