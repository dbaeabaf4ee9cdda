"""The clinician PDF read back with pypdf: pages, footers, content, vector charts, long tables."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtCore import QLocale

from journal_app import cli
from journal_app.charts.chart_data import monthly_series, overlay_series, timeline_series
from journal_app.charts.series import MAX_OVERLAY_DAYS
from journal_app.domain.demo import DemoJournal, generate_demo
from journal_app.domain.metrics import CHARTED_METRICS, METRICS
from journal_app.domain.models import Profile
from journal_app.domain.report import Report, ReportOptions, Section, build_report
from journal_app.report import Paper, paper_for_locale, write_pdf
from journal_app.report.text import dates_text, month_text
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository
from journal_app.wording.text import short_date

from .conftest import TODAY

FOOTER = "Self-reported patient journal — not a diagnosis"
EVERY_SECTION = frozenset(Section)


def text_of(page) -> str:
    """A page's text with ligatures undone and runs of white space made one space."""
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def write(report: Report, path: Path, paper: Paper = Paper.A4) -> PdfReader:
    pages = write_pdf(report, path, paper=paper)
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    return reader


@pytest.fixture(scope="module")
def demo() -> DemoJournal:
    return generate_demo(end=TODAY, years=2)


@pytest.fixture(scope="module")
def demo_report(demo: DemoJournal) -> Report:
    options = ReportOptions(sections=EVERY_SECTION)
    return build_report(demo.profile, demo.entries, demo.injections, options, today=TODAY)


@pytest.fixture(scope="module")
def demo_pdf(demo_report: Report, tmp_path_factory, qapp) -> PdfReader:
    return write(demo_report, tmp_path_factory.mktemp("pdf") / "demo.pdf")


@pytest.fixture(scope="module")
def pages(demo_pdf: PdfReader) -> list[str]:
    return [text_of(page) for page in demo_pdf.pages]


def test_every_page_is_numbered_and_carries_the_footer(pages: list[str]) -> None:
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert FOOTER in text


def test_page_one_names_the_patient_range_clinician_and_version(
    pages: list[str], demo_report: Report
) -> None:
    span = demo_report.summary.range
    first = pages[0]
    assert "Alex Demo" in first
    assert f"{short_date(span.start)} – {short_date(span.end)}" in first
    assert "Dr. R. Patel" in first
    assert f"Generated {short_date(TODAY)}" in first
    assert "Date of birth" not in first and "Clinic ID" not in first  # not entered


def test_page_one_gives_each_tracks_latest_complete_cycle(
    pages: list[str], demo_report: Report
) -> None:
    # v2: per track, its latest complete cycle (v1 gave the latest cycle of each symptom).
    first = pages[0]
    tracks = demo_report.summary.tracks
    assert [t.track.indication.value for t in tracks] == ["chronic_migraine", "cervical_dystonia"]
    for track in tracks:
        cycle = track.latest_complete
        assert cycle is not None
        assert f"SESSION {short_date(cycle.day).upper()}" in first
        onset = first.split(f"SESSION {short_date(cycle.day).upper()}", 1)[1]
        onset = onset.split("ONSET", 1)[1].split()[:2]
        if cycle.verdict.onset_day is not None:
            assert onset == ["day", str(cycle.verdict.onset_day)]
        else:
            assert onset == ["not", "detected"]


def test_page_one_shows_the_migraine_response_and_next_windows(
    pages: list[str], demo_report: Report
) -> None:
    first = pages[0]
    migraine = demo_report.summary.tracks[0].migraine
    assert migraine is not None
    for period in (migraine.after_two_cycles, migraine.last_28_days):
        assert period is not None and period.change_pct is not None
        assert f"{abs(period.change_pct):.0f}%" in first
        assert f"{dates_text(period.first, period.last)}" in first
    for track in demo_report.summary.tracks:
        assert track.current is not None
        window = track.current.reinjection
        assert f"{short_date(window.opens)} – {short_date(window.closes)}" in first


def test_every_injection_date_is_listed(pages: list[str], demo: DemoJournal) -> None:
    everything = " ".join(pages)
    for injection in demo.injections:
        assert short_date(injection.day) in everything
        assert injection.lot in everything


def test_document_metadata_and_embedded_fonts(demo_pdf: PdfReader) -> None:
    metadata = demo_pdf.metadata
    assert metadata is not None
    assert "Alex Demo" in (metadata.title or "") and metadata.author == "Alex Demo"
    fonts = {}
    for page in demo_pdf.pages:
        for name, font in page["/Resources"]["/Font"].items():
            fonts[name] = font.get_object()
    assert fonts
    for font in fonts.values():
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys())


def images_in(resources: DictionaryObject) -> int:
    """Image XObjects in a page's resources, including those inside form XObjects."""
    count = 0
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            count += 1
        elif "/Resources" in xobject:
            count += images_in(xobject["/Resources"].get_object())
    return count


def drawing_operators(page) -> int:
    content = page.get_contents().get_data()
    return len(re.findall(rb"\s(?:l|c|re)\s", content))


def test_charts_are_vector_drawings_not_images(demo_pdf: PdfReader, pages: list[str]) -> None:
    chart_pages = [0] + [i for i, text in enumerate(pages) if "Cycles overlaid" in text]
    chart_pages.append(next(i for i, t in enumerate(pages) if "Headache days and acute" in t))
    for page in demo_pdf.pages:
        assert images_in(page["/Resources"]) == 0
    for i in chart_pages:
        # A chart is hundreds of path segments at least; a page of text and tables, tens.
        assert drawing_operators(demo_pdf.pages[i]) > 400


def test_paper_follows_the_locale_or_the_choice(demo_report: Report, tmp_path: Path) -> None:
    assert paper_for_locale(QLocale("en_US")) is Paper.LETTER
    assert paper_for_locale(QLocale("fr_CA")) is Paper.LETTER
    assert paper_for_locale(QLocale("en_GB")) is Paper.A4
    assert paper_for_locale(QLocale("de_DE")) is Paper.A4
    small = build_report(Profile(name="Sam"), [], [], ReportOptions(), today=TODAY)
    letter = write(small, tmp_path / "letter.pdf", Paper.LETTER).pages[0].mediabox
    a4 = write(small, tmp_path / "a4.pdf", Paper.A4).pages[0].mediabox
    assert (round(letter.width), round(letter.height)) == (612, 792)
    assert (round(a4.width), round(a4.height)) == (595, 842)


def test_a_summary_of_an_empty_journal_fits_one_page(tmp_path: Path) -> None:
    options = ReportOptions(sections=frozenset())
    report = build_report(Profile(), [], [], options, today=TODAY)
    reader = write(report, tmp_path / "empty.pdf")
    (text,) = [text_of(page) for page in reader.pages]
    assert "No injection recorded" in text and "Page 1 of 1" in text


def test_notes_appear_only_when_chosen(demo: DemoJournal, tmp_path: Path) -> None:
    note = next(e.notes for e in demo.entries if e.notes and "holiday" in e.notes)
    for sections, present in ((frozenset({Section.NOTES}), True), (frozenset(), False)):
        options = ReportOptions(sections=sections)
        report = build_report(demo.profile, demo.entries, demo.injections, options, today=TODAY)
        name = f"notes-{present}.pdf"
        text = " ".join(text_of(p) for p in write(report, tmp_path / name).pages)
        assert (note in text) is present


# -- long tables ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_journal() -> DemoJournal:
    return generate_demo(end=TODAY, years=20)


def table_pages(reader: PdfReader, title: str) -> list[str]:
    texts = [text_of(page) for page in reader.pages]
    start = next(i for i, text in enumerate(texts) if title in text)
    return [texts[start]] + [t for t in texts[start + 1 :] if f"{title} (continued)" in t]


def test_a_long_injection_history_continues_with_its_header(
    long_journal: DemoJournal, tmp_path: Path
) -> None:
    options = ReportOptions(sections=frozenset({Section.INJECTIONS}))
    report = build_report(
        long_journal.profile, long_journal.entries, long_journal.injections, options, today=TODAY
    )
    reader = write(report, tmp_path / "long.pdf")
    table = table_pages(reader, "Injection history")
    assert len(table) >= 3
    for text in table:
        assert "Date Product Units Indication Sites Clinician Lot Days since the track's" in text
    body = " ".join(table)
    positions = []
    for injection in long_journal.injections:
        assert body.count(injection.lot) == 1  # no row lost or drawn twice
        positions.append((injection.day, body.index(injection.lot)))
    # Most recent first; injections of one day in the order they were recorded.
    newest_first = sorted(positions, key=lambda found: found[0], reverse=True)
    assert [p for _, p in newest_first] == sorted(p for _, p in positions)
    assert len(reader.pages) == 1 + len(table)


def test_the_monthly_table_keeps_each_of_the_last_24_months_once(
    long_journal: DemoJournal, tmp_path: Path
) -> None:
    options = ReportOptions(sections=frozenset({Section.MONTHLY}))
    report = build_report(
        long_journal.profile, long_journal.entries, long_journal.injections, options, today=TODAY
    )
    reader = write(report, tmp_path / "months.pdf")
    body = " ".join(table_pages(reader, "Headache days and acute medication days per month"))
    found = re.findall(r"\b([A-Z][a-z]{2} \d{4})( \(partial\))? (\d+) (\d+)\b", body)
    expected = [
        (month_text(m.month), " (partial)" if m.partial else "", m.logged_days, m.headache_days)
        for m in report.months.months
    ]
    assert len(expected) == 24
    assert [(m, p, int(a), int(b)) for m, p, a, b in found] == expected
    assert f"{report.months.earlier} earlier months with entries" in body


# -- the command line ----------------------------------------------------------------------


@pytest.fixture
def journal_file(tmp_path: Path, demo: DemoJournal) -> Path:
    path = tmp_path / "journal.sqlite"
    repo = JournalRepository(open_journal(path, create=True))
    try:
        repo.save_profile(demo.profile)
        repo.import_records(demo.entries, demo.injections, replace=False)
    finally:
        repo.close()
    return path


def test_export_pdf_loads_no_module_of_the_window(journal_file: Path, tmp_path: Path) -> None:
    """The command line draws the report and its charts from journal_app.report and
    journal_app.charts: none of the window's modules (journal_app.ui) loads."""
    out = tmp_path / "report.pdf"
    script = textwrap.dedent(
        f"""
        import sys
        from journal_app import cli
        status = cli.main(["export-pdf", "--journal", {str(journal_file)!r}, "--out", {str(out)!r}])
        print(status)
        print(" ".join(sorted(sys.modules)))
        """
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=environment,
    )
    status, modules = result.stdout.splitlines()[-2:]
    assert status == str(cli.EXIT_OK) and out.stat().st_size > 0
    loaded = modules.split()
    assert "journal_app.report.chart_blocks" in loaded
    assert "journal_app.charts.timeline" in loaded
    assert [name for name in loaded if name.startswith("journal_app.ui")] == []


def test_the_reports_charts_draw_its_range_and_its_cycles(
    demo: DemoJournal, demo_report: Report
) -> None:
    timeline = demo_report.timeline
    span = timeline.span
    series = timeline_series(demo_report.analysis, span.start, span.days)
    assert (series.first_day, series.last_day) == (span.start, span.end)
    for metric in CHARTED_METRICS:
        read = METRICS[metric].daily_value
        logged = [e for e in demo.entries if e.day in span and read(e) is not None]
        assert np.isfinite(series.metrics[metric].values).sum() == len(logged)
    # v2: each track's sessions, and its windows until its next session (issue 11).
    tracks = demo_report.analysis.tracks
    assert len(series.sessions) == sum(len(track.sessions) for track in tracks)
    for overlay in demo_report.overlays:
        drawn = overlay_series(overlay.track.indication, overlay.cycles)
        curves = drawn.curves
        assert [c.session_day for c in curves] == [c.day for c in overlay.cycles]
        assert [c.is_latest for c in curves] == [False] * (len(curves) - 1) + [True]
        assert all(len(c.days) <= MAX_OVERLAY_DAYS for c in curves)
        # The course's reference, on the scale the track is shown in.
        scale = METRICS[overlay.track.metric].display_scale
        reference = overlay.cycles[-1].reference
        assert reference is not None
        assert drawn.reference == pytest.approx(reference.value * scale)


def test_the_monthly_chart_draws_the_reports_last_24_months(
    demo_report: Report, demo_pdf: PdfReader, pages: list[str]
) -> None:
    months = monthly_series(demo_report.months.months)
    assert len(months.months) == 24
    assert months.months[-1] == dt.date(TODAY.year, TODAY.month, 1)
    page = next(i for i, text in enumerate(pages) if "Headache days and acute" in text)
    text = pages[page]
    assert "Partial month (fewer than 21 days logged)" in text
    assert "Days logged" in text and "Medication not recorded" in text


def test_export_pdf_writes_the_range_asked_for(journal_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    argv = ["export-pdf", "--journal", str(journal_file), "--out", str(out)]
    status = cli.main([*argv, "--from", "2026-01-01", "--to", "2026-06-30"])
    assert status == cli.EXIT_OK
    first = text_of(PdfReader(out).pages[0])
    assert f"{short_date(dt.date(2026, 1, 1))} – {short_date(dt.date(2026, 6, 30))}" in first


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "2026-02-30"], "is not a date"),
        (["--from", "2026-06-01", "--to", "2026-01-01"], "after its end"),
    ],
)
def test_export_pdf_refuses_bad_dates(
    journal_file: Path, tmp_path: Path, capsys, extra: list[str], message: str
) -> None:
    out = tmp_path / "report.pdf"
    argv = ["export-pdf", "--journal", str(journal_file), "--out", str(out), *extra]
    assert cli.main(argv) == cli.EXIT_BAD_INPUT
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error
    assert not out.exists()


def test_export_pdf_of_a_missing_journal_is_bad_input(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nowhere.sqlite"
    argv = ["export-pdf", "--journal", str(missing), "--out", str(tmp_path / "r.pdf")]
    assert cli.main(argv) == cli.EXIT_BAD_INPUT
    assert "nowhere.sqlite" in capsys.readouterr().err
    assert not missing.exists()


def test_a_failed_report_leaves_the_earlier_file_as_it_was(tmp_path, monkeypatch) -> None:
    from journal_app import report as pdf
    from journal_app.report import document

    earlier = tmp_path / "report.pdf"
    earlier.write_bytes(b"%PDF- the report printed last month")

    def fail(*args: object) -> int:
        raise RuntimeError("drawing failed halfway")

    monkeypatch.setattr(document, "_write", fail)
    with pytest.raises(RuntimeError):
        pdf.write_pdf(None, earlier)  # type: ignore[arg-type]
    assert earlier.read_bytes() == b"%PDF- the report printed last month"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
