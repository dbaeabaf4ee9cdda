"""Trends' answer in words above the charts (PRODUCT.md §5): each track's summary, the migraine
response and the as-of notice, on hand-made journals, light and dark."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from journal_app.domain.models import Entry, Indication
from journal_app.services.journal import JournalService
from journal_app.ui.theme import MIN_TEXT_CONTRAST, contrast
from journal_app.ui.widgets.trends_words import MOST_SHARE, TrendsWords

from .journals import ago, injection, shown

MIGRAINE, DYSTONIA = Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA


def migraine_days(first_ago: int, last_ago: int, every: int) -> list[Entry]:
    """A headache on one day in ``every`` (severity 5), none on the others."""
    return [
        Entry(ago(n), headache_severity=5 if n % every == 0 else 0)
        for n in range(first_ago, last_ago - 1, -1)
    ]


def words_of(qtbot, service: JournalService, palette: QPalette | None = None) -> TrendsWords:
    return shown(qtbot, TrendsWords(service), 1000, 300, palette)


def test_a_quiet_migraine_journal_is_told_as_of_its_last_day(
    qtbot, hand_made, palette: QPalette
) -> None:
    # Headache every other day before the course, every 4th after; nothing for the last year.
    entries = migraine_days(560, 501, 2) + migraine_days(500, 365, 4)
    sessions = [injection(n, MIGRAINE) for n in (500, 416, 332)]
    words = words_of(qtbot, hand_made(entries, sessions), palette)
    lines = words.text().splitlines()
    assert lines[0] == "No entries since 21 Nov 2025; figures are as of that day."
    assert lines[1].startswith("Chronic migraine: Relief usually starts around day ")
    assert lines[2] == (
        "Chronic migraine, headache days per 28 days: Reference: 14 headache days per 28 days in "
        "the 4 weeks before this course (11 Jun 2025 – 8 Jul 2025)."
    )
    # The last 28 days end on the last logged day, not today.
    assert any(
        line.startswith("Last 28 days (25 Oct 2025 – 21 Nov 2025): 7 headache days per 28 days")
        for line in lines
    )


def test_two_tracks_each_summarised_on_their_own_sessions(
    qtbot, hand_made, palette: QPalette
) -> None:
    """Migraine sessions between dystonia ones leave the dystonia interval at 100 days."""
    spasm = {n: 8 if n % 100 > 90 or n % 100 < 5 else 2 for n in range(330, -1, -1)}
    entries = [
        Entry(ago(n), spasm_severity=spasm[n], headache_severity=int(n % 3 == 0))
        for n in range(330, -1, -1)
    ]
    sessions = [injection(n) for n in (300, 200, 100)]
    sessions += [injection(n, MIGRAINE) for n in (250, 160, 70)]
    words = words_of(qtbot, hand_made(entries, sessions), palette)
    headings = [heading for heading, _ in words.blocks]
    assert headings == [
        "Chronic migraine",
        "Cervical dystonia",
        "Chronic migraine, headache days per 28 days",
    ]
    dystonia = words.blocks[1][1][0]
    assert "injections have come every 100 days" in dystonia
    assert "injections have come every 90 days" in words.blocks[0][1][0]


def test_a_session_of_two_indications_starts_two_tracks(
    qtbot, hand_made, palette: QPalette
) -> None:
    entries = [Entry(ago(n), spasm_severity=5, headache_severity=n % 2) for n in range(60, -1, -1)]
    session = [injection(30), injection(30, MIGRAINE)]
    words = words_of(qtbot, hand_made(entries, session), palette)
    assert words.blocks[:2] == [
        (
            "Chronic migraine",
            ["No complete cycle yet: the summary starts with the next injection."],
        ),
        (
            "Cervical dystonia",
            ["No complete cycle yet: the summary starts with the next injection."],
        ),
    ]
    response = words.blocks[2][1]
    # A headache on odd days: 14 in the 28 before the session.
    assert response[0] == (
        "Reference: 14 headache days per 28 days in the 4 weeks before this course "
        "(24 Sep 2026 – 21 Oct 2026)."
    )
    assert response[1].startswith("Last 28 days (25 Oct 2026 – 21 Nov 2026): 14 headache days")


def test_no_injection_no_words(qtbot, hand_made, palette: QPalette) -> None:
    words = words_of(qtbot, hand_made([Entry(ago(1), spasm_severity=3)], []), palette)
    assert words.blocks == [] and words.text() == ""
    assert words.sizeHint().height() == 0


def test_the_words_read_in_both_themes(qtbot, hand_made, palette: QPalette) -> None:
    service = hand_made([Entry(ago(1), spasm_severity=3)], [injection(10)])
    words = words_of(qtbot, service, palette)
    shown = words.label.palette()
    assert shown.color(QPalette.ColorRole.Window) == palette.color(QPalette.ColorRole.Window)
    text = shown.color(QPalette.ColorRole.WindowText)
    assert contrast(text, shown.color(QPalette.ColorRole.Window)) >= MIN_TEXT_CONTRAST


def test_the_words_follow_the_journal_and_wait_while_hidden(qtbot, hand_made) -> None:
    service = hand_made([Entry(ago(1), spasm_severity=3)], [])
    words = words_of(qtbot, service)
    service.record_injection(injection(10))
    assert [heading for heading, _ in words.blocks] == ["Cervical dystonia"]
    words.hide()
    service.record_injection(injection(5, MIGRAINE))
    assert len(words.blocks) == 1  # not redrawn off screen
    words.show()
    assert len(words.blocks) == 3


def test_the_words_sit_above_the_charts_and_leave_them_room(qtbot, hand_made) -> None:
    from journal_app.ui.widgets.trends_page import TrendsPage

    entries = migraine_days(400, 0, 3)
    sessions = [injection(n, MIGRAINE) for n in (360, 270, 180, 90)]
    page = TrendsPage(hand_made(entries, sessions))
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    words = page.words
    assert words.geometry().bottom() < page.view_tabs.geometry().top()
    assert 0 < words.height() <= page.height() * MOST_SHARE + 1
    assert "NICE TA260" in words.text()
