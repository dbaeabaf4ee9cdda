"""What the clinician report says (domain/report.py, v2): ranges, sections, page 1 and tables."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.analytics import Analysis, Overuse, ReferenceKind
from journal_app.domain.demo import DemoJournal, generate_demo
from journal_app.domain.episodes import side_effect_episodes
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    Product,
    Profile,
    SideEffect,
)
from journal_app.domain.report import (
    DEFAULT_SECTIONS,
    FULL_CYCLES,
    SHOWN_MONTHS,
    DateRange,
    Report,
    ReportOptions,
    ReportRangeError,
    Section,
    build_report,
    calendar_months,
    cycle_day,
    injection_days,
    report_range,
)
from tests.unit import report_journals as hand
from tests.unit.report_journals import TODAY, HandMade

EVERY_SECTION = ReportOptions(sections=frozenset(Section))


@pytest.fixture(scope="module")
def demo() -> DemoJournal:
    return generate_demo(end=TODAY, years=3)


def report_of(journal: DemoJournal | HandMade, options: ReportOptions = EVERY_SECTION) -> Report:
    return build_report(journal.profile, journal.entries, journal.injections, options, today=TODAY)


# -- the range -----------------------------------------------------------------------------


def test_an_open_range_runs_from_the_first_record_to_today() -> None:
    entries = [Entry(dt.date(2025, 3, 4), spasm_severity=3)]
    injections = [hand.shot(dt.date(2025, 2, 1), Indication.CHRONIC_MIGRAINE, 155)]
    span = report_range(ReportOptions(), entries, injections, TODAY)
    assert span == DateRange(dt.date(2025, 2, 1), TODAY)


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    options = ReportOptions(start=dt.date(2026, 6, 1), end=dt.date(2026, 1, 1))
    with pytest.raises(ReportRangeError, match="2026-06-01"):
        report_range(options, [], [], TODAY)


def test_an_empty_journal_still_makes_a_report() -> None:
    report = build_report(Profile(name="Sam"), [], [], EVERY_SECTION, today=TODAY)
    summary = report.summary
    assert summary.tracks == () and summary.episodes_since is None
    assert summary.as_of.last_entry is None and not summary.as_of.quiet
    assert report.cycles == () and report.injections == () and report.notes == ()
    assert report.months.months == () and report.calendar == ()


# -- sections ------------------------------------------------------------------------------


def test_notes_are_left_out_unless_asked_for_and_come_most_recent_first(
    demo: DemoJournal,
) -> None:
    assert Section.NOTES not in DEFAULT_SECTIONS
    assert report_of(demo, ReportOptions()).notes == ()
    expected = [e.day for e in demo.entries if e.notes.strip()]
    assert [row.day for row in report_of(demo).notes] == expected[::-1]


def test_unchosen_sections_are_empty_and_page_one_stays(demo: DemoJournal) -> None:
    report = report_of(demo, ReportOptions(sections=frozenset({Section.INJECTIONS})))
    assert report.injections and report.summary.tracks
    assert report.cycles == report.overlays == report.calendar == report.side_effects == ()
    assert report.months.months == ()


# -- page 1: the as-of day -----------------------------------------------------------------


def test_a_journal_quiet_for_a_year_is_judged_on_its_last_entry() -> None:
    journal = hand.quiet_for_a_year()
    report = report_of(journal)
    summary = report.summary
    last = journal.entries[-1].day
    assert summary.as_of.quiet and summary.as_of.day == last == summary.as_of.last_entry
    (track,) = summary.tracks
    assert track.current is not None  # judged on its last entry, the course is still current
    assert track.current.day_number == (last - track.latest_session.day).days
    # The window opens after the last entry: not "overdue by a year" against today.
    assert track.current.reinjection.opens > last
    assert summary.last_28_span == DateRange(last - dt.timedelta(days=27), last)
    # The timeline is the year up to the last entry, not an empty year to today.
    assert report.timeline.span == DateRange(last - dt.timedelta(days=364), last)
    assert report.timeline.as_of == last


def test_a_range_in_the_past_is_judged_on_its_end_and_sees_nothing_after(
    demo: DemoJournal,
) -> None:
    end = dt.date(2025, 6, 30)
    report = report_of(demo, ReportOptions(end=end, sections=frozenset(Section)))
    summary = report.summary
    assert summary.as_of.day == end and not summary.as_of.quiet
    earlier = Analysis.of(
        [e for e in demo.entries if e.day <= end],
        [i for i in demo.injections if i.day <= end],
        demo.profile,
        TODAY,
        range_end=end,
    )
    for track in summary.tracks:
        assert track.latest_session.day <= end
        assert track.latest_session == earlier.track(track.track.indication).sessions[-1]
        assert track.summary == earlier.summary(track.track.indication)
    assert all(row.injection.day <= end for row in report.injections)
    assert report.timeline.span.end == end


# -- page 1: per track ---------------------------------------------------------------------


def test_a_session_of_two_indications_gives_each_track_its_own_figures() -> None:
    journal = hand.two_indications()
    report = report_of(journal)
    migraine, dystonia = report.summary.tracks
    assert migraine.track.indication is Indication.CHRONIC_MIGRAINE
    assert dystonia.track.indication is Indication.CERVICAL_DYSTONIA
    assert migraine.latest_session.day == dystonia.latest_session.day
    assert [i.units for i in migraine.latest_session.injections] == [155]
    assert [i.units for i in dystonia.latest_session.injections] == [100]
    # Each track's own windows: 70–84 days for migraine, 112–140 for dystonia.
    assert migraine.current is not None and dystonia.current is not None
    day = migraine.latest_session.day
    assert migraine.current.reinjection.opens == day + dt.timedelta(days=70)
    assert dystonia.current.reinjection.opens == day + dt.timedelta(days=112)
    assert migraine.migraine is not None and dystonia.migraine is None
    # The interval of each injection is to its own track's previous session.
    assert {row.interval_days for row in report.injections} == {None, 91}


def test_side_effects_are_episodes_after_the_day_of_both_injections() -> None:
    journal = hand.two_indications()
    summary = report_of(journal).summary
    (item,) = summary.episodes
    session = journal.injections[-1].day
    assert item.episode.side_effect is SideEffect.DROOPING_EYELID
    assert item.after is not None and item.after.session.day == session
    assert [i.indication for i in item.after.session.injections] == [
        Indication.CHRONIC_MIGRAINE,
        Indication.CERVICAL_DYSTONIA,
    ]
    assert (item.after.day, item.last_day_number) == (3, 10)


def test_the_migraine_block_gives_the_latest_courses_periods_and_facts() -> None:
    journal = hand.two_indications()
    summary = report_of(journal).summary
    response = summary.tracks[0].migraine
    assert response is not None
    assert response.reference_kind is ReferenceKind.BEFORE_COURSE
    last_28 = response.last_28_days
    assert last_28 is not None and (last_28.first, last_28.last) == (
        summary.last_28_span.start,
        summary.last_28_span.end,
    )
    # Triptans on 10 days of each of the last 4 months: persisting overuse, on page 1.
    (run,) = summary.persisting_overuse
    assert run.flag is Overuse.TRIPTAN and run.months[0] == dt.date(2026, 8, 1)
    assert summary.last_28_days.acute_medication_days == 10


def test_a_migraine_course_restarted_after_a_pause_is_judged_on_its_own_reference() -> None:
    journal = hand.restarted_migraine()
    (track,) = report_of(journal).summary.tracks
    first_of_second = dt.date(2024, 1, 8) + dt.timedelta(days=3 * 84 + 300)
    assert track.course.number == 2 and track.course.first_day == first_of_second
    assert track.pause_days == 300
    assert track.reference_period == (
        first_of_second - dt.timedelta(days=28),
        first_of_second - dt.timedelta(days=1),
    )
    response = track.migraine
    assert response is not None and response.course == 2
    assert response.reference_period == track.reference_period
    after_two = response.after_two_cycles
    assert after_two is not None
    assert after_two.first == first_of_second + dt.timedelta(days=84 + 1)
    assert track.summary is not None and track.summary.course == 2


def test_dose_against_response_appears_only_when_the_dose_changed() -> None:
    sessions = hand.every(dt.date(2025, 1, 6), 6, 100)
    units = [100, 100, 150, 150, 150, 150]
    entries = [
        Entry(d, spasm_severity=hand.spasm(d, sessions))
        for d in hand.days(dt.date(2024, 12, 1), TODAY)
    ]
    injections = [
        hand.shot(s, Indication.CERVICAL_DYSTONIA, u, Product.INCOBOTULINUMTOXIN_A)
        for s, u in zip(sessions, units, strict=True)
    ]
    changed = report_of(HandMade(tuple(entries), tuple(injections))).summary.tracks[0]
    assert [(d.units, d.cycles) for d in changed.doses] == [(100, 2), (150, 3)]
    assert all(d.median_onset_day == 7 for d in changed.doses)
    same = [hand.shot(s, Indication.CERVICAL_DYSTONIA, 100) for s in sessions]
    assert report_of(HandMade(tuple(entries), tuple(same))).summary.tracks[0].doses == ()


def test_a_track_that_ended_before_the_range_is_not_on_page_one(demo: DemoJournal) -> None:
    old = hand.shot(dt.date(2021, 3, 1), Indication.BLEPHAROSPASM, 25)
    journal = HandMade(demo.entries, (old, *demo.injections), demo.profile)
    options = ReportOptions(start=demo.entries[0].day)
    indications = [t.track.indication for t in report_of(journal, options).summary.tracks]
    assert Indication.BLEPHAROSPASM not in indications
    everything = [t.track.indication for t in report_of(journal).summary.tracks]
    assert Indication.BLEPHAROSPASM in everything  # its session is in the range
    assert indications == [Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA]


# -- detail pages --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def twenty_years() -> Report:
    journal = generate_demo(end=TODAY, years=20)
    return report_of(journal)


def test_twenty_years_show_the_last_cycles_in_full_and_the_rest_in_a_line(
    twenty_years: Report,
) -> None:
    analysis = twenty_years.analysis
    for table in twenty_years.cycles:
        cycles = analysis.cycles(table.track.indication)
        assert table.cycles == tuple(reversed(cycles[-FULL_CYCLES:]))
        assert table.earlier is not None and table.earlier.count == len(cycles) - FULL_CYCLES
        assert table.earlier.last == cycles[-FULL_CYCLES - 1].day
    assert twenty_years.timeline.span.days == 365


def test_twenty_years_chart_the_last_24_months_that_hold_data(twenty_years: Report) -> None:
    months = twenty_years.months
    held = twenty_years.analysis.monthly
    assert len(months.months) == SHOWN_MONTHS
    assert [m.month for m in months.months] == [m.month for m in held[-SHOWN_MONTHS:]]
    assert months.earlier == len(held) - SHOWN_MONTHS
    assert months.earlier_span == (held[0].month, held[-SHOWN_MONTHS - 1].month)


def test_cycles_and_injections_come_most_recent_first(demo: DemoJournal) -> None:
    report = report_of(demo)
    for table in report.cycles:
        days = [c.day for c in table.cycles]
        assert days == sorted(days, reverse=True)
        assert table.running  # the demo's tracks are current: their latest cycle runs
    days = [row.injection.day for row in report.injections]
    assert days == sorted(days, reverse=True)
    assert len(days) == len(demo.injections)


def test_the_overlay_holds_each_tracks_latest_course(demo: DemoJournal) -> None:
    report = report_of(demo)
    for overlay in report.overlays:
        cycles = report.analysis.cycles(overlay.track.indication)
        latest = [c for c in cycles if c.course == cycles[-1].course]
        assert overlay.cycles == tuple(latest)


def test_a_short_interval_is_judged_by_its_tracks_window() -> None:
    migraine = Indication.CHRONIC_MIGRAINE
    first = dt.date(2026, 1, 5)
    injections = [
        hand.shot(first, migraine, 155),
        hand.shot(first + dt.timedelta(days=75), migraine, 155),  # past day 70: fine
        hand.shot(first + dt.timedelta(days=75 + 65), migraine, 155),  # too soon
        hand.shot(first, Indication.CERVICAL_DYSTONIA, 100),
        hand.shot(first + dt.timedelta(days=80), Indication.CERVICAL_DYSTONIA, 100),
    ]
    report = report_of(HandMade((), tuple(injections)))
    flagged = {
        (row.injection.indication, row.interval_days): row.short_interval
        for row in report.injections
    }
    assert flagged == {
        (migraine, 65): True,
        (migraine, 75): False,
        (migraine, None): False,
        (Indication.CERVICAL_DYSTONIA, 80): True,
        (Indication.CERVICAL_DYSTONIA, None): False,
    }


def test_side_effect_episodes_are_grouped_by_the_session_they_followed() -> None:
    sessions = [dt.date(2026, 3, 1), dt.date(2026, 6, 1)]
    injections = [hand.shot(d, Indication.CERVICAL_DYSTONIA, 100) for d in sessions]
    neck = (SideEffect.NECK_PAIN,)
    entries = [
        Entry(dt.date(2026, 2, 20), spasm_severity=5, side_effects=neck),
        Entry(dt.date(2026, 3, 4), spasm_severity=5, side_effects=neck),
        Entry(dt.date(2026, 3, 5), spasm_severity=5, side_effects=neck),
        Entry(dt.date(2026, 3, 6), spasm_severity=5),  # logged without it: the episode ends
        Entry(dt.date(2026, 3, 7), spasm_severity=5, side_effects=neck),
        Entry(dt.date(2026, 6, 3), spasm_severity=5, side_effects=neck),
    ]
    report = report_of(HandMade(tuple(entries), tuple(injections)))
    groups = [
        (
            None if g.session is None else g.session.day,
            [(e.episode.first, e.episode.last) for e in g.episodes],
        )
        for g in report.side_effects
    ]
    assert groups == [
        (sessions[1], [(dt.date(2026, 6, 3), dt.date(2026, 6, 3))]),
        (
            sessions[0],
            [
                (dt.date(2026, 3, 4), dt.date(2026, 3, 5)),
                (dt.date(2026, 3, 7), dt.date(2026, 3, 7)),
            ],
        ),
        (None, [(dt.date(2026, 2, 20), dt.date(2026, 2, 20))]),
    ]


def test_an_episode_bridges_a_few_days_not_logged() -> None:
    eyelid = (SideEffect.DROOPING_EYELID,)
    entries = [
        Entry(dt.date(2026, 3, 4), side_effects=eyelid),
        Entry(dt.date(2026, 3, 8), side_effects=eyelid),  # 3 days not logged between
        Entry(dt.date(2026, 3, 13), side_effects=eyelid),  # 4: a new episode
        Entry(
            dt.date(2026, 3, 14),
            side_effects=(SideEffect.OTHER,),
            side_effect_other="metallic taste",
        ),
    ]
    episodes = side_effect_episodes(entries)
    assert [(e.side_effect, e.first.day, e.last.day, e.other_texts) for e in episodes] == [
        (SideEffect.DROOPING_EYELID, 4, 8, ()),
        (SideEffect.DROOPING_EYELID, 13, 13, ()),
        (SideEffect.OTHER, 14, 14, ("metallic taste",)),
    ]


def test_notes_and_episodes_say_which_injection_day_they_followed() -> None:
    injections = [
        hand.shot(dt.date(2026, 3, 1), Indication.CHRONIC_MIGRAINE, 155),
        hand.shot(dt.date(2026, 3, 1), Indication.CERVICAL_DYSTONIA, 100),
        hand.shot(dt.date(2026, 6, 1), Indication.CHRONIC_MIGRAINE, 155),
    ]
    days = injection_days(injections)
    assert [len(d.injections) for d in days] == [2, 1]
    assert cycle_day(dt.date(2026, 2, 27), days) is None
    found = cycle_day(dt.date(2026, 6, 4), days)
    assert found is not None and (found.session.day, found.day) == (dt.date(2026, 6, 1), 3)


def test_the_calendar_holds_the_months_with_data_only() -> None:
    span = DateRange(dt.date(2024, 2, 10), dt.date(2024, 6, 5))
    entries = [
        Entry(dt.date(2024, 2, 9), spasm_severity=9),  # before the range
        Entry(dt.date(2024, 2, 29), spasm_severity=4, headache_severity=0),
        Entry(dt.date(2024, 6, 5), headache_severity=7),
    ]
    injection: Injection = hand.shot(dt.date(2024, 4, 1), Indication.CHRONIC_MIGRAINE, 155)
    months = calendar_months(entries, [injection], span)
    assert [m.month for m in months] == [
        dt.date(2024, 2, 1),
        dt.date(2024, 4, 1),
        dt.date(2024, 6, 1),
    ]
    february, april, june = months
    assert february.in_range == (10, 29) and june.in_range == (1, 5)
    assert april.injection_days == frozenset({1})


def test_the_overlay_draws_each_tracks_latest_course_in_the_range() -> None:
    # v2 (issue 11): one overlay per track, against one course's reference; v1 drew one per
    # symptom across every session. Dystonia pauses 200 days (a new course), migraine does not.
    first = dt.date(2025, 1, 6)
    entries = [
        Entry(first + dt.timedelta(days=i), spasm_severity=5, headache_severity=i % 3)
        for i in range(600)
    ]
    dystonia = [first + dt.timedelta(days=d) for d in (30, 130, 330, 430)]
    migraine = [first + dt.timedelta(days=d) for d in (40, 120, 200)]
    injections = [hand.shot(d, Indication.CERVICAL_DYSTONIA, 100) for d in dystonia]
    injections += [hand.shot(d, Indication.CHRONIC_MIGRAINE, 155) for d in migraine]
    options = ReportOptions(start=first + dt.timedelta(days=100), sections=frozenset(Section))
    report = build_report(Profile(), entries, injections, options, today=TODAY)
    by_track = {o.track.indication: o for o in report.overlays}
    assert list(by_track) == [Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA]
    assert [c.day for c in by_track[Indication.CERVICAL_DYSTONIA].cycles] == dystonia[2:]
    assert {c.course for c in by_track[Indication.CERVICAL_DYSTONIA].cycles} == {2}
    assert [c.day for c in by_track[Indication.CHRONIC_MIGRAINE].cycles] == migraine[1:]


def test_the_summary_timeline_is_the_last_year_that_holds_data() -> None:
    # §6 v2: a journal gone quiet shows its last year of entries, not an empty year to today.
    first = dt.date(2024, 1, 1)
    entries = [Entry(first + dt.timedelta(days=i), spasm_severity=4) for i in range(500)]
    last = entries[-1].day
    report = build_report(Profile(), entries, [], EVERY_SECTION, today=TODAY)
    assert report.timeline.as_of == last
    assert report.timeline.span == DateRange(last - dt.timedelta(days=364), last)
    current = build_report(Profile(), entries, [], EVERY_SECTION, today=last)
    assert current.timeline.span.end == last


def test_the_monthly_chart_takes_the_last_24_months_that_hold_data(demo: DemoJournal) -> None:
    report = report_of(demo)
    months = [m.month for m in report.months.months]
    assert len(months) == 24 and months == sorted(months)
    assert months[-1] == dt.date(TODAY.year, TODAY.month, 1)
    assert all(m.logged_days > 0 for m in report.months.months)


# -- properties ----------------------------------------------------------------------------


_PROPERTY_DEMO = generate_demo(end=TODAY, years=3, seed=11)


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=0, max_value=1000),
    length=st.integers(min_value=0, max_value=400),
)
def test_tables_hold_exactly_the_records_inside_any_range(first: int, length: int) -> None:
    demo = _PROPERTY_DEMO
    start = demo.entries[0].day + dt.timedelta(days=first)
    end = min(start + dt.timedelta(days=length), TODAY)
    report = report_of(demo, ReportOptions(start=start, end=end, sections=frozenset(Section)))
    span = report.summary.range
    inside = [e for e in demo.entries if e.day in span]
    injected = sorted((i for i in demo.injections if i.day in span), key=lambda i: i.day)
    assert sorted((r.injection for r in report.injections), key=lambda i: i.day) == injected
    assert report.summary.logged_days == len(inside)
    held = {e.day.replace(day=1) for e in inside} | {i.day.replace(day=1) for i in injected}
    assert [m.month for m in report.calendar] == sorted(held)
    shown = report.months
    assert len(shown.months) + shown.earlier == len({e.day.replace(day=1) for e in inside})
    assert report.summary.as_of.day <= end
