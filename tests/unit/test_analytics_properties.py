"""The §4 v2 analytics on random journals agree with the brute force of analytics_reference."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.domain.analytics import Analysis, Cycle, MonthFigures
from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Metric,
    Product,
    Profile,
)
from tests.unit import analytics_reference as reference

START = dt.date(2024, 1, 1)
TODAY = dt.date(2025, 6, 30)
Journal = tuple[list[Entry], list[Injection], Profile]
INDICATIONS = [Indication.CHRONIC_MIGRAINE, Indication.CERVICAL_DYSTONIA, Indication.BLEPHAROSPASM]
MEDICATION_PATTERNS: tuple[tuple[MedicationClass, ...] | None, ...] = (
    None,  # not recorded
    (),  # none taken
    (MedicationClass.TRIPTAN,),
    (MedicationClass.SIMPLE_ANALGESIC,),
    (MedicationClass.TRIPTAN, MedicationClass.SIMPLE_ANALGESIC),
    (MedicationClass.COMBINATION_ANALGESIC,),
    (MedicationClass.OPIOID,),
    (MedicationClass.OTHER,),
)


@st.composite
def segments(draw: st.DrawFn, values: st.SearchStrategy, span: int) -> list:
    """``span`` days of values that hold for a while, then change (so cycles really move)."""
    out: list = []
    while len(out) < span:
        out += [draw(values)] * draw(st.integers(1, 60))
    return out[:span]


@st.composite
def injections(draw: st.DrawFn) -> list[Injection]:
    """Sessions of up to three tracks: some the same day, some a course's pause apart."""
    found = []
    day = START + dt.timedelta(days=draw(st.integers(-10, 90)))
    for _ in range(draw(st.integers(0, 8))):
        onset_min, reinjection_min = draw(st.integers(0, 30)), draw(st.integers(1, 120))
        windows = ExpectedWindows(
            onset_min,
            onset_min + draw(st.integers(0, 30)),
            reinjection_min,
            reinjection_min + draw(st.integers(0, 40)),
        )
        found.append(
            Injection(
                day=day,
                product=draw(st.sampled_from([Product.ONABOTULINUMTOXIN_A, Product.OTHER])),
                units=float(draw(st.integers(1, 400))),
                indication=draw(st.sampled_from(INDICATIONS)),
                windows=windows,
            )
        )
        gap = draw(st.one_of(st.integers(0, 30), st.integers(60, 100), st.integers(175, 190)))
        day += dt.timedelta(days=gap)
    return found


@st.composite
def journals(draw: st.DrawFn) -> Journal:
    span = draw(st.integers(1, 500))
    severities = st.integers(0, 10)
    spasm = draw(segments(st.one_of(st.none(), severities), span))
    headache = draw(segments(st.one_of(st.none(), st.sampled_from([0, 0, 1, 3, 4, 8])), span))
    medication = draw(segments(st.sampled_from(MEDICATION_PATTERNS), span))
    hours = draw(segments(st.sampled_from([None, 1.0, 4.0, 6.5]), span))
    skipped = draw(st.sets(st.integers(0, span - 1), max_size=span // 3))
    entries = []
    for i in range(span):
        if i in skipped:
            continue
        taken = medication[i]
        entries.append(
            Entry(
                day=START + dt.timedelta(days=i),
                spasm_severity=spasm[i],
                headache_severity=headache[i],
                headache_hours=hours[i] if headache[i] else None,
                medication=tuple(MedicationDose(c, 1 + i % 2) for c in taken or ()),
                medication_recorded=taken is not None,
            )
        )
    profile = Profile(
        spasm_before_treatment=draw(st.one_of(st.none(), st.integers(0, 10))),
        headache_days_before_treatment=draw(st.one_of(st.none(), st.integers(0, 31))),
    )
    return entries, draw(injections()), profile


def as_row(cycle: Cycle) -> dict:
    verdict, ref = cycle.verdict, cycle.reference
    return {
        "indication": cycle.session.indication,
        "course": cycle.course,
        "number": cycle.number,
        "day": cycle.day,
        "metric": cycle.metric.value,
        "length": cycle.length_days,
        "complete": cycle.complete,
        "reference": None if ref is None else ref.value,
        "reference_kind": None if ref is None else ref.kind.value,
        "pre_injection": cycle.pre_injection_level,
        "units": cycle.session.units,
        "onset": verdict.onset_day,
        "status": verdict.onset_status.value,
        "peak": verdict.peak_improvement_pct,
        "wear_off": verdict.wear_off_day,
        "relief": verdict.relief_days,
        "without": verdict.days_without_relief,
    }


def as_month(figures: MonthFigures) -> dict:
    days = figures.medication_days
    return {
        "month": figures.month,
        "logged": figures.logged_days,
        "headache": figures.headache_days,
        "moderate_severe": figures.moderate_severe_days,
        "long": figures.headache_days_4h,
        "partial": figures.partial,
        "overuse": [flag.value for flag in figures.overuse],
        **{c.value: None if days is None else days[c] for c in MedicationClass},
        "acute": figures.acute_medication_days,
        "persisting": [flag.value for flag in figures.persisting],
    }


@settings(max_examples=150, deadline=None)
@given(journals())
def test_every_cycle_field_matches_the_brute_force(journal: Journal) -> None:
    entries, injected, profile = journal
    analysis = Analysis.of(entries, injected, profile, TODAY)
    expected = reference.cycles(entries, injected, profile)
    assert [as_row(cycle) for cycle in analysis.all_cycles()] == expected
    for track in analysis.tracks:
        found = analysis.summary(track.indication)
        wanted = reference.summary(expected, track.indication)
        assert found is not None and wanted is not None
        assert (
            found.cycles,
            found.onset_day,
            found.wear_off_day,
            found.interval_days,
            found.days_without_relief,
        ) == tuple(wanted.values())


@settings(max_examples=150, deadline=None)
@given(journals())
def test_every_monthly_figure_matches_the_brute_force(journal: Journal) -> None:
    entries, _, _ = journal
    analysis = Analysis.of(entries, [], Profile(), TODAY)
    assert [as_month(month) for month in analysis.monthly] == reference.months(entries)


@settings(max_examples=60, deadline=None)
@given(journals(), st.sampled_from(["spasm", "headache", "headache_day"]))
def test_levels_match_the_brute_force(journal: Journal, metric_name: str) -> None:
    entries, _, _ = journal
    metric = Metric(metric_name)
    series = Analysis.of(entries, [], Profile(), TODAY).series(metric)
    values = reference.daily_values(entries, metric_name)
    for offset in range(-10, 520):
        day = START + dt.timedelta(days=offset)
        assert series.level(day) == reference.level(values, metric_name, day), day
