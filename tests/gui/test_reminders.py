"""The reminder banner: today not logged, a re-injection window near or open, a check-up near."""

from __future__ import annotations

import datetime as dt

from journal_app.domain.models import Entry, Indication, Injection, Product
from journal_app.domain.windows import default_windows
from journal_app.services.journal import JournalService
from journal_app.ui.widgets.reminders import ReminderBanner, reminders

from .conftest import TODAY


def _inject(service: JournalService, days_ago: int, indication: Indication) -> None:
    service.record_injection(
        Injection(
            TODAY - dt.timedelta(days=days_ago),
            Product.ONABOTULINUMTOXIN_A,
            100,
            indication,
            default_windows(indication),
        )
    )


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
    _inject(service, 30, Indication.CHRONIC_MIGRAINE)  # opens in 40 days: too far to mention
    assert reminders(service, TODAY) == []
    _inject(service, 65, Indication.CHRONIC_MIGRAINE)
    # The latest session counts; this one is older, so still nothing. Now the later one:
    service.delete_injection(service.injections()[-1].id)
    assert any("opens in 5 days" in text for text in reminders(service, TODAY))
    assert any(
        "open now, closes in 2 days" in text
        for text in reminders(service, TODAY + dt.timedelta(days=17))
    )


def test_checkup_near_for_spasm_only(service: JournalService) -> None:
    service.save_entry(Entry(TODAY, spasm_severity=3))
    _inject(service, 80, Indication.CERVICAL_DYSTONIA)
    [checkup] = reminders(service, TODAY)
    assert "Check-up" in checkup and "in 4 days" in checkup
