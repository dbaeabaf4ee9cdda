"""The v2 analytics in words: the summary sentence, the as-of notice and a current cycle."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from journal_app.domain.analytics import AsOf, TrackSummary
from journal_app.domain.models import Indication
from journal_app.wording.analysis import (
    as_of_notice,
    current_cycle_sentence,
    next_window_sentence,
    track_summary_sentence,
)
from tests.unit.analytics_journals import analyse, day, journal_entries, runs, sessions


@pytest.fixture(autouse=True)
def english(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


def summary(**medians: float | None) -> TrackSummary:
    values = {"onset_day": 9, "wear_off_day": 86, "interval_days": 119, "days_without_relief": 33}
    values.update(medians)
    return TrackSummary(Indication.CERVICAL_DYSTONIA, course=1, cycles=4, **values)


def test_the_summary_states_onset_wear_off_interval_and_the_gap() -> None:
    assert track_summary_sentence(summary()) == (
        "Relief usually starts around day 9 and wears off around day 86; injections have come "
        "every 119 days, leaving about 33 days without relief."
    )


def test_the_summary_of_relief_that_holds_or_never_came() -> None:
    held = track_summary_sentence(summary(wear_off_day=None, days_without_relief=0, onset_day=9.5))
    assert held == (
        "Relief usually starts around day 9.5 and holds until the next injection; injections "
        "have come every 119 days."
    )
    none = track_summary_sentence(summary(onset_day=None, wear_off_day=None))
    assert none is not None and none.startswith("No lasting relief was detected")
    assert track_summary_sentence(None) is None
    assert track_summary_sentence(summary(interval_days=None)) is None


def test_the_as_of_notice_speaks_only_for_a_quiet_journal() -> None:
    last = dt.date(2025, 11, 30)
    assert as_of_notice(AsOf(last, last, quiet=True)) == (
        "No entries since 30 Nov 2025; figures are as of that day."
    )
    assert as_of_notice(AsOf(dt.date(2025, 12, 10), last, quiet=False)) is None


def test_a_current_cycle_with_relief_and_its_next_window() -> None:
    entries = journal_entries(spasm=runs((-30, -1, 8), (0, 4, 8), (5, 40, 2)))
    analysis = analyse(entries, sessions([0]), today=40)
    (track,) = analysis.current_tracks
    sentence = current_cycle_sentence(track, analysis.as_of.day)
    onset = track.cycle.verdict.onset_day
    assert onset is not None
    assert sentence == (
        f"Cervical dystonia: day 40 after your injection of 1 Mar 2024; relief started on day "
        f"{onset}."
    )
    assert next_window_sentence(track) == (
        "Next injection window 21 Jun 2024 – 19 Jul 2024, opens in 72 days; check-up 24 May 2024."
    )


def test_a_current_cycle_before_its_onset_window_closes_says_when_relief_is_expected() -> None:
    entries = journal_entries(spasm=runs((-30, 5, 8)))
    analysis = analyse(entries, sessions([0]), today=5)
    (track,) = analysis.current_tracks
    assert current_cycle_sentence(track, day(5)) == (
        "Cervical dystonia: day 5 after your injection of 1 Mar 2024; relief is expected to "
        "start 8 Mar 2024 – 29 Mar 2024."
    )
    assert "no lasting relief detected yet" in current_cycle_sentence(track, day(60))
