"""Page 1 of the clinician PDF, read back with pypdf, on hand-made journals (PRODUCT.md §6)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.domain.demo import generate_demo
from journal_app.domain.models import Indication
from journal_app.domain.report import Report, ReportOptions, Section, build_report
from journal_app.report import Paper, write_pdf
from journal_app.report.text import dates_text, months_text, number_text
from journal_app.wording.text import short_date
from tests.unit import report_journals as hand
from tests.unit.report_journals import TODAY, HandMade

from .test_pdf import text_of


def report_of(journal, options: ReportOptions | None = None) -> Report:
    options = options or ReportOptions(sections=frozenset(Section))
    return build_report(journal.profile, journal.entries, journal.injections, options, today=TODAY)


def pages_of(report: Report, path: Path) -> list[str]:
    write_pdf(report, path, paper=Paper.A4)
    return [text_of(page) for page in PdfReader(path).pages]


def days_after(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


# -- a journal gone quiet for a year -------------------------------------------------------


@pytest.fixture(scope="module")
def quiet(qapp, tmp_path_factory) -> tuple[HandMade, list[str]]:
    journal = hand.quiet_for_a_year()
    return journal, pages_of(report_of(journal), tmp_path_factory.mktemp("q") / "q.pdf")


def test_a_quiet_journal_says_so_and_is_judged_on_its_last_entry(quiet) -> None:
    journal, pages = quiet
    first = pages[0]
    last = journal.entries[-1].day
    session = journal.injections[-1].day
    assert f"Last entry {short_date(last)}" in first
    assert f"No entries since {short_date(last)}; figures are as of that day." in first
    day = (last - session).days
    assert f"Latest session {short_date(session)} · day {day}" in first
    opens, closes = days_after(session, 112), days_after(session, 140)
    countdown = f"opens in {(opens - last).days} days"
    assert (
        f"Next injection window {short_date(opens)} – {short_date(closes)}, {countdown}; "
        f"check-up {short_date(days_after(session, 84))}." in first
    )
    assert "overdue" not in first and "still holding" not in first
    year = dates_text(last - dt.timedelta(days=364), last)
    assert f"Timeline, {year}" in first


def test_a_quiet_journal_gives_its_latest_complete_cycle(quiet) -> None:
    journal, pages = quiet
    first = pages[0]
    sessions = sorted({i.day for i in journal.injections})
    complete = sessions[-2]  # the last session's cycle has no next session yet
    assert f"SESSION {short_date(complete).upper()}" in first
    # Relief from day 8 of the rhythm: its centred 7-day level is improved from day 7, and
    # no longer from day 72; the cycle ends on day 99, the day before the next session.
    assert "ONSET day 7 as expected (7–28)" in first
    assert "WEAR-OFF day 72" in first
    assert "RELIEF 65 days" in first and "WITHOUT RELIEF 28 days" in first
    assert (
        "Relief usually starts around day 7 and wears off around day 72; injections have come "
        "every 100 days, leaving about 28 days without relief." in first
    )


# -- a range in the past ---------------------------------------------------------------------


def test_a_range_in_the_past_is_judged_on_its_end(qapp, tmp_path: Path) -> None:
    demo = generate_demo(end=TODAY, years=3)
    end = dt.date(2025, 6, 30)
    options = ReportOptions(start=dt.date(2024, 1, 1), end=end, sections=frozenset())
    first = pages_of(report_of(demo, options), tmp_path / "past.pdf")[0]
    assert f"Figures are as of {short_date(end)}, the range's end." in first
    assert f"Range {short_date(dt.date(2024, 1, 1))} – {short_date(end)}" in first
    for indication in (Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA):
        latest = max(i.day for i in demo.injections if i.indication is indication and i.day <= end)
        day = (end - latest).days
        assert f"Latest session {short_date(latest)} · day {day}" in first
    later = [i.day for i in demo.injections if i.day > end]
    assert not any(f"Latest session {short_date(day)}" in first for day in later)
    assert f"Last 28 days ({dates_text(days_after(end, -27), end)})" in first
    assert f"Timeline, {dates_text(days_after(end, -364), end)}" in first


# -- a session of two indications ----------------------------------------------------------


@pytest.fixture(scope="module")
def two(qapp, tmp_path_factory) -> tuple[HandMade, list[str]]:
    journal = hand.two_indications()
    return journal, pages_of(report_of(journal), tmp_path_factory.mktemp("t") / "t.pdf")


def test_a_session_of_two_indications_gives_each_track_its_dose_and_window(two) -> None:
    journal, pages = two
    first = pages[0]
    session = journal.injections[-1].day
    day = (TODAY - session).days
    assert first.count(f"Latest session {short_date(session)} · day {day}") == 2
    assert "Botox 155 U · 31 sites, PREEMPT" in first
    assert "Botox 100 U · left SCM" in first
    migraine = f"{short_date(days_after(session, 70))} – {short_date(days_after(session, 84))}"
    closes_in = (days_after(session, 84) - TODAY).days
    assert f"Next injection window {migraine}, open now, closes in {closes_in} days." in first
    dystonia = f"{short_date(days_after(session, 112))} – {short_date(days_after(session, 140))}"
    opens_in = (days_after(session, 112) - TODAY).days
    assert f"Next injection window {dystonia}, opens in {opens_in} days; check-up" in first
    assert first.index("Chronic migraine") < first.index("Cervical dystonia")


def test_side_effects_on_page_one_are_episodes_after_a_session(two) -> None:
    journal, pages = two
    session = journal.injections[-1].day
    assert f"SIDE EFFECTS SINCE {short_date(session).upper()}" in pages[0]
    assert (
        f"Drooping eyelid, days 3–10 after Botox 155 U + Botox 100 U on {short_date(session)}"
        in pages[0]
    )
    assert " on 8 days" not in pages[0]  # no tally


def test_page_one_gives_the_last_28_days_and_persisting_overuse(two) -> None:
    _, pages = two
    first = pages[0]
    span = dates_text(days_after(TODAY, -27), TODAY)
    assert f"Last 28 days ({span}): " in first
    assert "10 acute medication days." in first
    months = months_text(dt.date(2026, 8, 1), dt.date(2026, 11, 1))
    assert (
        "Medication overuse that persisted (ICHD-3 8.2): triptans on 10 or more days a month, "
        f"{months} (4 months)." in first
    )


# -- a migraine course restarted after a pause ----------------------------------------------


def test_a_restarted_migraine_course_is_judged_against_its_own_reference(
    qapp, tmp_path: Path
) -> None:
    journal = hand.restarted_migraine()
    report = report_of(journal, ReportOptions(sections=frozenset()))
    first = pages_of(report, tmp_path / "restart.pdf")[0]
    restart = sorted({i.day for i in journal.injections})[4]
    before = dates_text(days_after(restart, -28), days_after(restart, -1))
    assert f"Course 2 since {short_date(restart)}, after a pause of 300 days" in first
    (track,) = report.summary.tracks
    response = track.migraine
    assert response is not None and response.reference_per_28 is not None
    reference = number_text(response.reference_per_28, 1)
    assert f"reference {reference} (headache days per 28 days) over {before}" in first
    assert f"Before the course {before} — {reference}" in first
    # After two cycles: the course's second cycle, from the day after its second session.
    second = days_after(restart, 84)
    after_two = dates_text(days_after(second, 1), days_after(second, 83))
    assert f"After two cycles {after_two} 83 " in first
    period = response.after_two_cycles
    assert period is not None and period.per_28 is not None
    assert f"{number_text(period.per_28, 1)} −{number_text(abs(period.change_pct or 0))}%" in first
    assert "NICE TA260: less than 30%" not in first  # more than 30% fewer


# -- twenty years ----------------------------------------------------------------------------


def test_twenty_years_keep_page_one_to_the_last_year_and_summarise_earlier_cycles(
    qapp, tmp_path: Path
) -> None:
    demo = generate_demo(end=TODAY, years=20)
    options = ReportOptions(sections=frozenset({Section.CYCLES, Section.MONTHLY}))
    report = report_of(demo, options)
    pages = pages_of(report, tmp_path / "twenty.pdf")
    first = pages[0]
    assert f"Timeline, {dates_text(days_after(TODAY, -364), TODAY)}" in first
    assert f"Last entry {short_date(demo.entries[-1].day)}" in first
    # A NICE criterion about the course's second cycle, 20 years ago, says when that was.
    response = report.summary.tracks[0].migraine
    assert response is not None and response.under_30_after_two_cycles
    period = response.after_two_cycles
    assert period is not None and period.change_pct is not None
    assert (
        "NICE TA260: less than 30% fewer headache days after two cycles "
        f"(−{number_text(abs(period.change_pct))}%, {dates_text(period.first, period.last)})."
        in first
    )
    rest = " ".join(pages[1:])
    for table in report.cycles:
        assert table.earlier is not None
        assert f"Earlier in the range: {table.earlier.count} cycles from" in rest
    assert f"{report.months.earlier} earlier months with entries" in rest
