"""The v2 analytics in words: the summary sentence, the as-of notice and a current cycle."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from journal_app.domain.analytics import (
    AsOf,
    MigraineResponse,
    ReferenceKind,
    ResponsePeriod,
    TrackSummary,
)
from journal_app.domain.models import Indication
from journal_app.wording.analysis import (
    as_of_notice,
    current_cycle_sentence,
    migraine_response_sentences,
    next_window_sentence,
    reference_sentence,
    response_period_sentence,
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


# -- the migraine response ------------------------------------------------------------------


def period(per_28: float | None, change: float | None, logged: int = 80) -> ResponsePeriod:
    return ResponsePeriod(dt.date(2025, 4, 21), dt.date(2025, 7, 12), logged, 30, per_28, change)


def response(**fields: object) -> MigraineResponse:
    values: dict[str, object] = {
        "course": 1,
        "first_session": dt.date(2025, 1, 23),
        "reference_per_28": 15.0,
        "reference_kind": ReferenceKind.BEFORE_COURSE,
        "reference_period": (dt.date(2024, 12, 26), dt.date(2025, 1, 22)),
        "after_two_cycles": None,
        "latest_complete_cycle": None,
        "last_28_days": None,
        "under_30_after_two_cycles": False,
        "episodic_months": (),
    }
    values.update(fields)
    return MigraineResponse(**values)  # type: ignore[arg-type]


def test_each_reference_says_where_it_comes_from() -> None:
    assert reference_sentence(response()) == (
        "Reference: 15 headache days per 28 days in the 4 weeks before this course "
        "(26 Dec 2024 – 22 Jan 2025)."
    )
    profile = response(
        reference_per_28=18.666, reference_kind=ReferenceKind.PROFILE, reference_period=None
    )
    assert reference_sentence(profile) == (
        "Reference: 18.7 headache days per 28 days before treatment, from the profile."
    )
    none = reference_sentence(response(reference_per_28=None, reference_kind=None))
    assert none.startswith("No reference to compare with: fewer than 7 days logged")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            -62.4,
            "62% fewer than the reference: past both the 30% mark (NICE TA260) and the 50% "
            "mark (trials).",
        ),
        (
            -45.6,
            "45% fewer than the reference: past the 30% mark (NICE TA260), short of the 50% "
            "mark (trials).",
        ),
        # Whole percent rounded down: a shown 30% is a reached 30%, never 29.96%.
        (-29.96, "29% fewer than the reference: short of the 30% mark (NICE TA260)."),
        (
            -30 + 1e-12,
            "30% fewer than the reference: past the 30% mark (NICE TA260), short of "
            "the 50% mark (trials).",
        ),
        (-0.4, "about as many as the reference: short of the 30% mark (NICE TA260)."),
        (12.5, "12% more than the reference."),
    ],
)
def test_a_period_against_the_30_and_50_percent_marks(change: float, said: str) -> None:
    assert response_period_sentence("After two cycles", period(8.25, change)) == (
        f"After two cycles (21 Apr 2025 – 12 Jul 2025): 8.2 headache days per 28 days, {said}"
    )


def test_a_period_too_thin_or_without_a_reference_says_so() -> None:
    assert response_period_sentence("Last 28 days", period(None, None, logged=9)) == (
        "Last 28 days (21 Apr 2025 – 12 Jul 2025): too few days with headache logged to count "
        "(9 of the 14 needed)."
    )
    assert response_period_sentence("Last 28 days", period(10.0, None)) == (
        "Last 28 days (21 Apr 2025 – 12 Jul 2025): 10 headache days per 28 days; no reference "
        "to compare with."
    )


def test_the_whole_response_with_the_nice_facts_that_hold() -> None:
    second = period(13.0, -13.3)
    latest = ResponsePeriod(dt.date(2025, 10, 1), dt.date(2025, 12, 20), 80, 25, 8.75, -41.7)
    last = ResponsePeriod(dt.date(2026, 1, 1), dt.date(2026, 1, 28), 28, 4, 4.0, -73.3)
    said = migraine_response_sentences(
        response(
            after_two_cycles=second,
            latest_complete_cycle=latest,
            last_28_days=last,
            under_30_after_two_cycles=True,
            episodic_months=(dt.date(2025, 10, 1), dt.date(2025, 11, 1), dt.date(2025, 12, 1)),
        )
    )
    assert [sentence.split(" (")[0] for sentence in said[1:4]] == [
        "After two cycles",
        "Latest complete cycle",
        "Last 28 days",
    ]
    assert said[4:] == [
        "Less than 30% fewer headache days after two cycles: one of the stopping criteria of "
        "NICE TA260.",
        "Fewer than 15 headache days a month for 3 consecutive months, October 2025 – December "
        "2025: one of the stopping criteria of NICE TA260.",
    ]
    # A course of three sessions: its second cycle is also its latest complete one.
    once = migraine_response_sentences(
        response(after_two_cycles=second, latest_complete_cycle=second)
    )
    assert len(once) == 2
    assert once[1].startswith("After two cycles, also the latest complete cycle (21 Apr 2025")


def test_the_response_of_a_hand_made_journal() -> None:
    # 20 headache days in 28 before the course; then 6 in every 28 days.
    before = {n: int(n % 7 < 5) for n in range(-28, 0)}
    after = {n: int(n % 28 < 6) for n in range(0, 200)}
    entries = journal_entries(headache={**before, **after})
    migraine = sessions([0, 84, 168], Indication.CHRONIC_MIGRAINE)
    analysis = analyse(entries, migraine, today=199)
    (course,) = analysis.migraine_responses(Indication.CHRONIC_MIGRAINE)
    said = migraine_response_sentences(course)
    assert said[0] == (
        "Reference: 20 headache days per 28 days in the 4 weeks before this course "
        "(2 Feb 2024 – 29 Feb 2024)."
    )
    # Days 85–167: 17 headache days in 83 logged, × 28 = 5.73, 71.3% under 20.
    assert said[1] == (
        "After two cycles, also the latest complete cycle (25 May 2024 – 15 Aug 2024): 5.7 "
        "headache days per 28 days, 71% fewer than the reference: past both the 30% mark "
        "(NICE TA260) and the 50% mark (trials)."
    )
