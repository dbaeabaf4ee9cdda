"""The reminder banner: today not logged, a re-injection window near or open, a check-up near."""

from __future__ import annotations

import datetime as dt

from journal_app.domain.models import Entry, Indication
from journal_app.services.journal import JournalService
from journal_app.ui.widgets.reminders import ReminderBanner, reminders

from .conftest import TODAY
from .journals import inject


def test_today_not_logged_until_it_is(qtbot, service: JournalService) -> None:
    banner = ReminderBanner(service)
    qtbot.addWidget(banner)
    assert banner.pending and not banner.isHidden()
    assert "Today is not logged yet." in banner.text.text()
    service.save_entry(Entry(TODAY, spasm_severity=2))
    # It stays, saying so: a banner that went would pull the form up under the pointer.
    assert not banner.pending and not banner.isHidden()
    assert banner.text.text() == "Today is logged; nothing else is due."
    assert banner.log_button.isHidden() and banner.dismiss_button.isHidden()


def test_reinjection_window_shown_a_week_ahead_and_while_open(service: JournalService) -> None:
    service.save_entry(Entry(TODAY, headache_severity=0))
    inject(service, 30, Indication.CHRONIC_MIGRAINE)  # opens in 40 days: too far to mention
    assert reminders(service, TODAY) == []
    inject(service, 65, Indication.CHRONIC_MIGRAINE)
    # The latest session counts; this one is older, so still nothing. Now the later one:
    service.delete_injection(service.injections()[-1].id)
    assert reminders(service, TODAY) == [
        "Chronic migraine: re-injection window 26 Nov 2026 – 10 Dec 2026, opens in 5 days."
    ]
    assert any(
        "open now, closes in 2 days" in text
        for text in reminders(service, TODAY + dt.timedelta(days=17))
    )


def test_checkup_near_for_spasm_only(service: JournalService) -> None:
    service.save_entry(Entry(TODAY, spasm_severity=3))
    inject(service, 80, Indication.CERVICAL_DYSTONIA)
    assert reminders(service, TODAY) == [
        "Cervical dystonia: check-up with your clinician due in 4 days (25 Nov 2026)."
    ]


def test_a_migraine_session_does_not_cut_the_dystonia_cycle_short(
    service: JournalService,
) -> None:
    service.save_entry(Entry(TODAY, spasm_severity=3, headache_severity=0))
    inject(service, 110, Indication.CERVICAL_DYSTONIA)  # its window opens in 2 days
    inject(service, 10, Indication.CHRONIC_MIGRAINE)  # its own opens in 60: not yet
    assert reminders(service, TODAY) == [
        "Cervical dystonia: re-injection window 23 Nov 2026 – 21 Dec 2026, opens in 2 days."
    ]


def test_a_course_that_has_ended_is_not_announced(service: JournalService) -> None:
    # Its window closed 260 days ago, more than 90: no longer a current course.
    inject(service, 400, Indication.CERVICAL_DYSTONIA)
    assert reminders(service, TODAY) == ["Today is not logged yet."]
    # Within 90 days of its window's end it still is, and the window is overdue.
    inject(service, 200, Indication.CERVICAL_DYSTONIA)
    assert reminders(service, TODAY)[1:] == [
        "Cervical dystonia: re-injection window 25 Aug 2026 – 22 Sep 2026, overdue by 60 days."
    ]


def test_a_quiet_journal_reminds_of_real_dates_only(service: JournalService) -> None:
    """Entries stopped a year ago: nothing of that year's cycle is announced as due now."""
    year_ago = TODAY - dt.timedelta(days=365)
    service.save_entry(Entry(year_ago, spasm_severity=4))
    inject(service, 420, Indication.CERVICAL_DYSTONIA)
    assert service.analysis.as_of.quiet
    assert reminders(service, TODAY) == ["Today is not logged yet."]
