"""What the clinician report says (domain/report.py): ranges, sections, summary and tables."""

from __future__ import annotations

import datetime as dt
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.demo import DemoJournal, generate_demo
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Metric,
    Product,
    Profile,
    SideEffect,
)
from journal_app.domain.report import (
    DEFAULT_SECTIONS,
    DateRange,
    ReportOptions,
    ReportRangeError,
    Section,
    build_report,
    calendar_months,
    cycle_day,
    injection_rows,
    month_rows,
    report_range,
)
from journal_app.domain.trends import JournalTrends, own_metric
from journal_app.domain.windows import default_windows

TODAY = dt.date(2026, 11, 21)
EVERY_SECTION = ReportOptions(sections=frozenset(Section))


@pytest.fixture(scope="module")
def demo() -> DemoJournal:
    return generate_demo(end=TODAY, years=3)


def injection(day: dt.date, indication: Indication = Indication.CHRONIC_MIGRAINE) -> Injection:
    return Injection(
        day=day,
        product=Product.ONABOTULINUMTOXIN_A,
        units=155,
        indication=indication,
        windows=default_windows(indication),
    )


def report_of(demo: DemoJournal, options: ReportOptions = EVERY_SECTION):
    return build_report(demo.profile, demo.entries, demo.injections, options, today=TODAY)


# -- the range -----------------------------------------------------------------------------


def test_an_open_range_runs_from_the_first_record_to_today() -> None:
    entries = [Entry(dt.date(2025, 3, 4), spasm_severity=3)]
    injections = [injection(dt.date(2025, 2, 1))]
    span = report_range(ReportOptions(), entries, injections, TODAY)
    assert span == DateRange(dt.date(2025, 2, 1), TODAY)


def test_an_empty_journal_reports_on_today_alone() -> None:
    assert report_range(ReportOptions(), [], [], TODAY) == DateRange(TODAY, TODAY)


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    options = ReportOptions(start=dt.date(2026, 6, 1), end=dt.date(2026, 1, 1))
    with pytest.raises(ReportRangeError, match="2026-06-01"):
        report_range(options, [], [], TODAY)


def test_an_empty_journal_still_makes_a_report() -> None:
    report = build_report(Profile(name="Sam"), [], [], EVERY_SECTION, today=TODAY)
    summary = report.summary
    assert summary.latest_session is None and summary.next_injection is None
    assert summary.indications == () and summary.migraine_response is None
    assert report.cycles == () and report.injections == () and report.notes == ()


# -- sections ------------------------------------------------------------------------------


def test_notes_are_left_out_unless_asked_for(demo: DemoJournal) -> None:
    assert Section.NOTES not in DEFAULT_SECTIONS
    assert report_of(demo, ReportOptions()).notes == ()
    with_notes = report_of(demo)
    expected = [e.day for e in demo.entries if e.notes.strip()]
    assert [row.day for row in with_notes.notes] == expected


def test_unchosen_sections_are_empty_and_the_summary_stays(demo: DemoJournal) -> None:
    report = report_of(demo, ReportOptions(sections=frozenset({Section.INJECTIONS})))
    assert report.injections and report.summary.indications
    assert report.cycles == report.overlays == report.months == report.calendar == ()
    assert report.side_effects == ()


# -- the summary ---------------------------------------------------------------------------


def test_the_summary_names_the_latest_session_and_its_window(demo: DemoJournal) -> None:
    summary = report_of(demo).summary
    expected = JournalTrends([], demo.injections).current_cycle(TODAY)
    assert expected is not None and summary.next_injection is not None
    assert summary.latest_session == expected.session
    assert summary.next_injection.window == expected.reinjection
    assert summary.logged_days == len(demo.entries)


def test_each_indication_shows_its_own_latest_cycle(demo: DemoJournal) -> None:
    summary = report_of(demo).summary
    trends = JournalTrends(demo.entries, demo.injections)
    assert [s.indication for s in summary.indications] == [
        Indication.CHRONIC_MIGRAINE,
        Indication.CERVICAL_DYSTONIA,
    ]
    for item in summary.indications:
        metric = Metric.HEADACHE if item.indication.is_migraine else Metric.SPASM
        treated = [
            i
            for i, s in enumerate(trends.sessions)
            if any(inj.indication is item.indication for inj in s.injections)
        ]
        cycles = [trends.cycles(metric)[i] for i in treated]
        latest = cycles[-1]
        assert item.metric is metric
        assert item.session_day == latest.session.day
        assert (item.onset_day, item.wear_off_day) == (latest.onset_day, latest.wear_off_day)
        assert item.baseline == latest.baseline
        judged = [c for c in cycles if c.baseline]
        onsets = [c.onset_day for c in judged if c.onset_day is not None]
        assert item.judged_cycles == len(judged)
        assert item.onsets_detected == len(onsets)
        assert item.median_onset_day == statistics.median(onsets)


def test_the_report_sees_the_journal_as_it_stood_at_the_ranges_end(demo: DemoJournal) -> None:
    end = dt.date(2025, 6, 30)
    report = report_of(demo, ReportOptions(end=end, sections=frozenset(Section)))
    earlier = [e for e in demo.entries if e.day <= end]
    injections = [i for i in demo.injections if i.day <= end]
    trends = JournalTrends(earlier, injections)
    latest = trends.cycles(Metric.HEADACHE)[-1]
    migraine = report.summary.indications[0]
    assert migraine.session_day == latest.session.day <= end
    assert migraine.cycle_days == latest.length_days
    assert report.summary.as_of == end
    assert all(row.injection.day <= end for row in report.injections)


def test_recent_months_are_the_last_six_of_the_range(demo: DemoJournal) -> None:
    months = report_of(demo).summary.recent_months
    assert [m.month for m in months] == [dt.date(2026, m, 1) for m in range(6, 12)]
    november = [e for e in demo.entries if e.day >= dt.date(2026, 11, 1)]
    assert months[-1].calendar_days == 21
    assert months[-1].logged_days == sum(e.headache_severity is not None for e in november)


def test_side_effects_are_tallied_by_days_most_frequent_first(demo: DemoJournal) -> None:
    tallies = report_of(demo).summary.side_effects
    for tally in tallies:
        days = [e.day for e in demo.entries if tally.side_effect in e.side_effects]
        assert (tally.days, tally.last_day) == (len(days), max(days))
    assert [t.days for t in tallies] == sorted((t.days for t in tallies), reverse=True)


# -- tables --------------------------------------------------------------------------------


def test_cycle_rows_give_each_session_the_symptoms_its_indications_treat(
    demo: DemoJournal,
) -> None:
    report = report_of(demo)
    trends = JournalTrends(demo.entries, demo.injections)
    expected = []
    for i, session in enumerate(trends.sessions):
        treated = {inj.indication.is_migraine for inj in session.injections}
        if False in treated:
            expected.append((session.day, Metric.SPASM, trends.cycles(Metric.SPASM)[i].onset_day))
        if True in treated:
            cycle = trends.cycles(Metric.HEADACHE)[i]
            expected.append((session.day, Metric.HEADACHE, cycle.onset_day))
    assert [(c.session.day, c.metric, c.onset_day) for c in report.cycles] == expected
    # Only the latest session's rows (one per symptom it treats) are the latest.
    latest = [c for c in report.cycles if c.is_latest]
    assert {c.session.day for c in latest} == {trends.sessions[-1].day}
    assert len(latest) == len({own_metric(inj) for inj in trends.sessions[-1].injections})


def test_injection_rows_count_days_since_the_previous_session() -> None:
    days = [dt.date(2026, 1, 5), dt.date(2026, 1, 5), dt.date(2026, 3, 20), dt.date(2026, 7, 1)]
    injections = [
        injection(days[0]),
        injection(days[1], Indication.CERVICAL_DYSTONIA),
        injection(days[2]),
        injection(days[3]),
    ]
    rows = injection_rows(injections, DateRange(dt.date(2026, 1, 1), TODAY))
    assert [r.days_since_previous for r in rows] == [None, None, 74, 103]
    assert [r.short_interval for r in rows] == [False, False, True, False]


def test_side_effects_and_notes_say_where_in_the_cycle_they_fell() -> None:
    sessions = [dt.date(2026, 3, 1), dt.date(2026, 6, 1)]
    assert cycle_day(dt.date(2026, 2, 27), sessions) is None
    found = cycle_day(dt.date(2026, 6, 4), sessions)
    assert found is not None and (found.session_day, found.day) == (sessions[1], 3)
    same_day = cycle_day(sessions[0], sessions)
    assert same_day is not None and same_day.day == 0


def test_month_rows_count_only_the_days_inside_the_range() -> None:
    span = DateRange(dt.date(2026, 1, 20), dt.date(2026, 2, 10))
    entries = [
        Entry(dt.date(2026, 1, 19), headache_severity=5),  # before the range
        Entry(dt.date(2026, 1, 20), headache_severity=4, medication=(triptan(1),)),
        Entry(dt.date(2026, 1, 21), headache_severity=0),
        Entry(dt.date(2026, 2, 10), headache_severity=2, medication=(triptan(2),)),
        Entry(dt.date(2026, 2, 11), headache_severity=6),  # after it
    ]
    january, february = month_rows(entries, span)
    assert (january.calendar_days, january.logged_days, january.headache_days) == (12, 2, 1)
    assert (february.calendar_days, february.logged_days, february.headache_days) == (10, 1, 1)
    assert january.medication_days[MedicationClass.TRIPTAN] == 1
    assert february.medication_days[MedicationClass.TRIPTAN] == 1


def triptan(count: int) -> MedicationDose:
    return MedicationDose(MedicationClass.TRIPTAN, count)


def test_ten_triptan_days_in_a_month_are_overuse() -> None:
    span = DateRange(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    entries = [
        Entry(dt.date(2026, 3, d), headache_severity=3, medication=(triptan(1),))
        for d in range(1, 11)
    ]
    (march,) = month_rows(entries, span)
    assert march.overused == frozenset({MedicationClass.TRIPTAN})
    (fewer,) = month_rows(entries[:9], span)
    assert fewer.overused == frozenset()


def test_the_calendar_holds_every_day_of_every_month_touched() -> None:
    span = DateRange(dt.date(2024, 2, 10), dt.date(2024, 3, 5))
    entries = [
        Entry(dt.date(2024, 2, 9), spasm_severity=9),
        Entry(dt.date(2024, 2, 29), spasm_severity=4, headache_severity=0),
        Entry(dt.date(2024, 3, 5), headache_severity=7),
    ]
    february, march = calendar_months(entries, [injection(dt.date(2024, 3, 1))], span)
    spasm, headache = Metric.SPASM, Metric.HEADACHE
    assert (len(february.severities[spasm]), len(march.severities[headache])) == (29, 31)
    assert february.severities[spasm][8] is None  # before the range
    assert (february.severities[spasm][28], february.severities[headache][28]) == (4, 0)
    assert march.severities[headache][4] == 7
    assert (february.injection_days, march.injection_days) == (frozenset(), frozenset({1}))
    assert (february.in_range, march.in_range) == ((10, 29), (1, 5))


def test_side_effect_rows_list_each_day_with_side_effects(demo: DemoJournal) -> None:
    rows = report_of(demo).side_effects
    expected = [(e.day, e.side_effects) for e in demo.entries if e.side_effects]
    assert [(r.day, r.side_effects) for r in rows] == expected
    other = [r for r in rows if SideEffect.OTHER in r.side_effects]
    assert other and all(r.other_text for r in other)


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
    injections = [injection(d, Indication.CERVICAL_DYSTONIA) for d in dystonia]
    injections += [injection(d) for d in migraine]
    options = ReportOptions(start=first + dt.timedelta(days=100), sections=frozenset(Section))
    report = build_report(Profile(), entries, injections, options, today=TODAY)
    by_track = {o.indication: o for o in report.overlays}
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
    months = [m.month for m in report.chart_months]
    assert len(months) == 24 and months == sorted(months)
    assert months[-1] == dt.date(TODAY.year, TODAY.month, 1)
    assert all(m.logged_days > 0 for m in report.chart_months)


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
    report = build_report(
        demo.profile,
        demo.entries,
        demo.injections,
        ReportOptions(start=start, end=end, sections=frozenset(Section)),
        today=TODAY,
    )
    span = report.summary.range
    inside = [e for e in demo.entries if e.day in span]
    assert [r.injection for r in report.injections] == [i for i in demo.injections if i.day in span]
    assert sum(m.headache_days for m in report.months) == sum(
        (e.headache_severity or 0) >= 1 for e in inside
    )
    assert sum(m.calendar_days for m in report.months) == span.days
    assert report.summary.logged_days == len(inside)
    assert len(report.calendar) == len(report.months)
