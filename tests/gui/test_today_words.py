"""Today in words (PRODUCT.md §5): each current track's cycle, next window and summary, the
as-of notice of a quiet journal, and a journal with no current track, light and dark."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QPalette

from journal_app.domain.models import Entry, Indication
from journal_app.services.journal import JournalService
from journal_app.ui.theme import MIN_TEXT_CONTRAST, contrast, dark_palette, light_palette
from journal_app.ui.widgets.reminders import reminders
from journal_app.ui.widgets.status_panel import StatusPanel

from .conftest import TODAY
from .journals import ago, injection, shown


def daily(first_ago: int, last_ago: int, **values: int) -> list[Entry]:
    return [Entry(ago(n), **values) for n in range(first_ago, last_ago - 1, -1)]


def panel_of(qtbot, service: JournalService, palette: QPalette | None = None) -> StatusPanel:
    return shown(qtbot, StatusPanel(service), 360, 600, palette)


def test_a_quiet_journal_a_year_old_is_told_as_of_its_last_day(
    qtbot, hand_made, palette: QPalette
) -> None:
    service = hand_made(daily(600, 365, spasm_severity=6), [injection(395)])
    said = panel_of(qtbot, service, palette).shown_texts()
    assert said[0] == "No entries since 21 Nov 2025; figures are as of that day."
    # Day 30 of the cycle on the last logged day, not day 395 judged on today.
    assert said[1].startswith("Cervical dystonia: day 30 after your injection of 22 Oct 2025")
    assert said[2] == (
        "Next injection window 11 Feb 2026 – 11 Mar 2026, opens in 82 days; check-up 14 Jan 2026."
    )
    assert not any("395" in text or "overdue" in text for text in said)
    # The banner's reminders are of real dates: that cycle's window is no reminder now.
    assert reminders(service, TODAY) == ["Today is not logged yet."]


def test_two_tracks_each_on_its_own_sessions(qtbot, hand_made, palette: QPalette) -> None:
    service = hand_made(
        daily(140, 0, spasm_severity=6, headache_severity=3),
        [injection(100), injection(20, Indication.CHRONIC_MIGRAINE)],
    )
    panel = panel_of(qtbot, service, palette)
    cards = [card.texts() for card in panel.cards if not card.isHidden()]
    assert [texts[0].split(":")[0] for texts in cards] == ["Chronic migraine", "Cervical dystonia"]
    migraine, dystonia = cards
    assert migraine[0].startswith("Chronic migraine: day 20 after your injection of 1 Nov 2026")
    # The later migraine session does not cut the dystonia cycle short.
    assert dystonia[0].startswith("Cervical dystonia: day 100 after your injection of 13 Aug")
    assert migraine[1] == "Next injection window 10 Jan 2027 – 24 Jan 2027, opens in 50 days."
    assert dystonia[1] == (
        "Next injection window 3 Dec 2026 – 31 Dec 2026, opens in 12 days; check-up 5 Nov 2026."
    )
    assert [texts[2] for texts in cards] == [
        "No complete cycle yet: the summary starts with the next injection."
    ] * 2
    assert panel.as_of.isHidden()


def test_a_session_of_two_indications_gives_two_tracks(qtbot, hand_made, palette: QPalette) -> None:
    session = [injection(30), injection(30, Indication.CHRONIC_MIGRAINE)]
    service = hand_made(daily(80, 0, spasm_severity=5, headache_severity=2), session)
    panel = panel_of(qtbot, service, palette)
    cards = [card for card in panel.cards if not card.isHidden()]
    assert len(cards) == 2
    migraine, dystonia = (card.texts()[1] for card in cards)
    assert migraine == "Next injection window 31 Dec 2026 – 14 Jan 2027, opens in 40 days."
    assert dystonia.endswith("opens in 82 days; check-up 14 Jan 2027.")


def test_the_summary_sentence_of_a_track_with_complete_cycles(
    qtbot, hand_made, palette: QPalette
) -> None:
    # Spasm 8 before each session, 2 from day 8 to 80: relief from about day 5, worn off by 84.
    entries = [
        Entry(ago(n), spasm_severity=8 if (300 - n) % 100 < 8 or (300 - n) % 100 > 80 else 2)
        for n in range(330, -1, -1)
    ]
    service = hand_made(entries, [injection(300), injection(200), injection(100)])
    panel = panel_of(qtbot, service, palette)
    (card,) = [card for card in panel.cards if not card.isHidden()]
    summary = card.texts()[2]
    assert summary.startswith("Relief usually starts around day ")
    assert "injections have come every 100 days" in summary


def test_an_overdue_window_reads_in_both_themes(qtbot, hand_made, palette: QPalette) -> None:
    service = hand_made(daily(170, 0, spasm_severity=4), [injection(150)])
    panel = panel_of(qtbot, service, palette)
    (card,) = [card for card in panel.cards if not card.isHidden()]
    assert "overdue by 10 days" in card.texts()[1]
    colour = card.next_colour()
    background = card.palette().color(QPalette.ColorRole.Window)
    assert colour != card.palette().color(QPalette.ColorRole.WindowText)
    assert contrast(colour, background) >= MIN_TEXT_CONTRAST
    # Another theme recolours it for the other background.
    light = palette.color(QPalette.ColorRole.Window).lightness() >= 128
    panel.setPalette(dark_palette() if light else light_palette())
    background = card.palette().color(QPalette.ColorRole.Window)
    assert contrast(card.next_colour(), background) >= MIN_TEXT_CONTRAST


def test_no_current_track_says_so_and_what_to_do(qtbot, hand_made, palette: QPalette) -> None:
    service = hand_made(daily(40, 0, spasm_severity=4), [])
    panel = panel_of(qtbot, service, palette)
    assert panel.shown_texts() == ["No injection recorded yet. Record one with Ctrl+I."]
    service.record_injection(injection(400))
    assert panel.shown_texts() == [
        "No current course of treatment: the latest injection, for cervical dystonia on "
        "17 Oct 2025, is long past its re-injection window. Record the next injection with "
        "Ctrl+I when it is given."
    ]
    service.record_injection(injection(3))
    assert panel.shown_texts()[0].startswith("Cervical dystonia: day 3 after your injection")


def test_a_read_only_journal_asks_for_nothing(qtbot, hand_made) -> None:
    service = hand_made(daily(40, 0, spasm_severity=4), [], read_only=True)
    panel = panel_of(qtbot, service)
    assert panel.shown_texts() == ["No injection recorded yet."]


def test_off_screen_the_panel_waits_and_saving_builds_no_analysis(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.domain.analytics import Analysis

    built: list[dt.date] = []
    of = Analysis.of

    def counted(*args, **kwargs) -> Analysis:
        analysis = of(*args, **kwargs)
        built.append(analysis.today)
        return analysis

    monkeypatch.setattr(Analysis, "of", counted)
    panel = window.today_page.status
    window.tabs.setCurrentIndex(1)  # the Journal tab: nothing on screen speaks of the analysis
    window.service.record_injection(injection(10))
    window.service.save_entry(Entry(TODAY, spasm_severity=4))
    assert built == []
    assert panel.shown_texts() == ["No injection recorded yet. Record one with Ctrl+I."]
    window.tabs.setCurrentIndex(0)
    assert built == [TODAY]
    assert panel.shown_texts()[0].startswith("Cervical dystonia: day 10 after your injection")
