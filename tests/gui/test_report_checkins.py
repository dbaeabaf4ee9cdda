"""The patient's own view of each cycle in the clinician PDF (PRODUCT.md §6), read back with
pypdf: page 1's latest sessions and the check-in table per track."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from journal_app import cli
from journal_app.charts.chart_data import overlay_series
from journal_app.domain.checkins import CheckInKind
from journal_app.domain.models import Indication
from journal_app.domain.report import Report, ReportOptions, Section, build_report
from journal_app.report import Paper, write_pdf
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository
from journal_app.wording.text import short_date
from tests.unit import checkin_journals as hand
from tests.unit import report_journals
from tests.unit.checkin_journals import DRIVE, READ
from tests.unit.report_journals import TODAY, HandMade

from .test_pdf import text_of


def report_of(journal: HandMade, options: ReportOptions | None = None) -> Report:
    options = options or ReportOptions(sections=frozenset(Section))
    return build_report(
        journal.profile,
        journal.entries,
        journal.injections,
        options,
        today=TODAY,
        patient=journal.patient,
    )


def pages_of(report: Report, path: Path, paper: Paper = Paper.A4) -> list[str]:
    write_pdf(report, path, paper=paper)
    return [text_of(page) for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def checked(qapp, tmp_path_factory) -> tuple[HandMade, list[str]]:
    journal = hand.checked_in()
    return journal, pages_of(report_of(journal), tmp_path_factory.mktemp("c") / "c.pdf")


def _sessions(journal: HandMade) -> list[dt.date]:
    return sorted({injection.day for injection in journal.injections})


def test_page_one_gives_the_patients_view_of_the_latest_sessions(checked) -> None:
    journal, pages = checked
    first = pages[0]
    s4, s5 = _sessions(journal)[-2:]
    assert "THE PATIENT'S VIEW OF THE LATEST SESSIONS" in first
    assert f"Goal: {DRIVE}" in first and f"Goal: {READ}" in first
    # The latest session: week 4 answered, its before-next asked now and not yet answered.
    assert f"{short_date(s5)} Very much better due, not yet answered" in first
    assert "+1 more than expected" in first
    # The one before: both answered, the effect reported worn off a week before it was seen.
    assert f"{short_date(s4)} Much better A little better reported day 65, detected day 72" in first
    assert "0 as expected → −1 less than expected" in first
    assert "+1 more than expected → +2 much more than expected" in first
    # Page 1 keeps to the latest two sessions; the detail table has them all.
    earlier = [short_date(day) for day in _sessions(journal)[:3]]
    assert not any(f"{day} " in first.split("THE PATIENT'S VIEW")[1] for day in earlier)


def test_the_check_in_table_lists_every_session_most_recent_first(checked) -> None:
    journal, pages = checked
    s1, s2, s3, s4, s5 = (short_date(day) for day in _sessions(journal))
    detail = " ".join(pages[1:])
    assert "Check-ins: Cervical dystonia" in detail
    rows = [
        f"{s5} Very much better due, not yet answered detected day 72 +1 more than expected "
        "not rated",
        f"{s4} Much better A little better reported day 65, detected day 72",
        f"{s3} no check-in no check-in detected day 72",
        f"{s2} No change A little worse reported not sure, detected day 72 −1 less than "
        "expected not rated",
        f"{s1} no check-in A little better reported not worn off, detected day 72 not rated "
        "not rated",
    ]
    found = [detail.find(row) for row in rows]
    assert all(at >= 0 for at in found), list(zip(rows, found, strict=True))
    assert found == sorted(found)


def test_a_journal_without_check_ins_says_so_once(qapp, tmp_path: Path) -> None:
    pages = pages_of(report_of(report_journals.two_indications()), tmp_path / "none.pdf")
    line = "The patient's view: no check-in recorded for the latest sessions."
    assert pages[0].count(line) == 1
    assert pages[0].count("THE PATIENT'S VIEW") == 0
    assert " ".join(pages[1:]).count("No check-in in the range.") == 2


def test_a_track_without_check_ins_names_its_sessions(qapp, tmp_path: Path) -> None:
    journal = hand.two_indications_one_checked_in()
    pages = pages_of(report_of(journal), tmp_path / "one.pdf")
    sessions = sorted({injection.day for injection in journal.injections})
    # Chronic migraine asks before the next injection from day 63: the last two sessions asked.
    latest = ", ".join(short_date(day) for day in sessions[-2:])
    assert f"The patient's view: no check-in for the sessions of {latest}." in pages[0]
    # Cervical dystonia asks before the next injection from day 105: after the last session
    # on a day to come, after the one before never (the next session came on day 91).
    opens = short_date(sessions[-1] + dt.timedelta(days=105))
    assert f"{short_date(sessions[-1])} Much better asked from {opens}" in pages[0]
    assert f"{short_date(sessions[-2])} no check-in not asked" in pages[0]


def test_a_report_of_the_past_leaves_out_later_answers(qapp, tmp_path: Path) -> None:
    journal = hand.checked_in()
    s5 = _sessions(journal)[-1]
    week4 = next(
        c for c in journal.patient.checkins if c.session_date == s5 and c.kind is CheckInKind.WEEK4
    )
    end = week4.answered - dt.timedelta(days=1)
    report = report_of(journal, ReportOptions(end=end, sections=frozenset()))
    latest = report.summary.tracks[0].patient.sessions[0]
    assert latest.day == s5 and latest.said.week4 is None


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
@pytest.mark.parametrize("language", ["en", "de", "es"], indirect=True)
def test_page_one_of_the_demo_with_check_ins_still_fits_one_page(
    language: str, paper: Paper, tmp_path: Path
) -> None:
    demo = hand.demo_checked_in()
    report = report_of(demo, ReportOptions(sections=frozenset()))
    first = pages_of(report, tmp_path / "p.pdf", paper)[0]
    label = QCoreApplication.translate("report", "The patient's view of the latest sessions")
    assert first.count(label.upper()) == 2
    side_effects = QCoreApplication.translate("report", "Side effects since %1").split("%1")[0]
    assert side_effects.strip().upper() in first
    for indication in (Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA):
        latest = max(i.day for i in demo.injections if i.indication is indication)
        assert short_date(latest) in first


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_patients_view_too_long_for_page_one_gives_way_to_the_latest_session(
    language: str, tmp_path: Path
) -> None:
    goals = [
        "Den Kopf beim Autofahren weit genug drehen, um über die Schulter zu sehen",
        "Eine Stunde lang lesen, ohne den Kopf mit der Hand zu stützen",
        "Wieder eine ganze Nacht durchschlafen, ohne vom Ziehen im Nacken zu erwachen",
    ]
    demo = hand.demo_checked_in(goals_of_spasm=goals)
    report = report_of(demo, ReportOptions(sections=frozenset()))
    first = pages_of(report, tmp_path / "long.pdf", Paper.LETTER)[0]
    side_effects = QCoreApplication.translate("report", "Side effects since %1").split("%1")[0]
    assert side_effects.strip().upper() in first
    view = report.summary.tracks[1].patient
    assert len(view.sessions) == 2
    latest, before = (short_date(session.day) for session in view.sessions)
    shown = first.split(goals[0])[-1]
    assert latest in shown and before not in shown


def test_export_pdf_reads_the_journals_check_ins(qapp, tmp_path: Path, capsys) -> None:
    journal = hand.checked_in()
    path = tmp_path / "journal.sqlite"
    db = open_journal(path, create=True)
    repo = JournalRepository(db)
    repo.save_profile(journal.profile)
    for entry in journal.entries:
        repo.save_entry(entry)
    for injection in journal.injections:
        repo.add_injection(injection)
    repo.put_goals(Indication.CERVICAL_DYSTONIA, journal.patient.goals)
    for checkin in journal.patient.checkins:
        ratings = [r for r in journal.patient.ratings if r.key == checkin.key]
        repo.save_checkin(checkin, ratings)
    db.close()
    out = tmp_path / "report.pdf"
    assert cli.main(["export-pdf", "--journal", str(path), "--out", str(out)]) == 0
    first = text_of(PdfReader(out).pages[0])
    assert "reported day 65, detected day" in first


def test_the_reports_overlay_marks_the_wear_off_day_the_patient_reported(qapp) -> None:
    journal = hand.checked_in()
    (overlay,) = report_of(journal).overlays
    series = overlay_series(overlay.track.indication, overlay.cycles, overlay.patient)
    reported = {curve.reported_wear_off_day for curve in series.curves} - {None}
    assert reported == {65}
