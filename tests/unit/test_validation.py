"""Every rule of journal_app.domain.validation (PRODUCT.md §3), one broken rule at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from journal_app.domain.models import (
    PRODUCT_BRANDS,
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    Profile,
    SideEffect,
)
from journal_app.domain.validation import (
    EARLIEST_DATE,
    MAX_DOSES_PER_CLASS,
    MAX_HEADACHE_DAYS_A_MONTH,
    MAX_HEADACHE_HOURS,
    MAX_SPASM_EPISODES,
    MAX_TEXT,
    MAX_UNITS,
    MAX_WINDOW_DAYS,
    InvalidRecord,
    Problem,
    check_entry,
    check_injection,
    check_profile,
    entry_problems,
    injection_problems,
    product_from_text,
    profile_problems,
    windows_problems,
)

TODAY = dt.date(2024, 6, 15)
TOMORROW = TODAY + dt.timedelta(days=1)
TOO_LONG = "x" * (MAX_TEXT + 1)
WINDOWS = ExpectedWindows(
    onset_min_days=7, onset_max_days=28, reinjection_min_days=112, reinjection_max_days=140
)


def fields(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


def full_entry(**changes: Any) -> Entry:
    entry = Entry(
        day=TODAY,
        spasm_severity=4,
        headache_severity=0,
        headache_hours=2.5,
        spasm_episodes=3,
        medication=(
            MedicationDose(MedicationClass.TRIPTAN, 1),
            MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 2),
        ),
        side_effects=(SideEffect.NECK_PAIN, SideEffect.OTHER),
        side_effect_other="itchy skin",
        triggers=("stress", "poor sleep"),
        notes="a fair day",
    )
    return replace(entry, **changes)


def injection(**changes: Any) -> Injection:
    base = Injection(
        day=TODAY,
        product=Product.ONABOTULINUMTOXIN_A,
        units=155,
        indication=Indication.CHRONIC_MIGRAINE,
        windows=WINDOWS,
        sites="forehead, temples",
        clinician="Dr Okafor",
        lot="C1234",
        notes="",
    )
    return replace(base, **changes)


# -- entries -------------------------------------------------------------------------------


def test_a_complete_valid_entry_has_no_problems() -> None:
    assert entry_problems(full_entry(), TODAY) == []
    check_entry(full_entry(), TODAY)


def test_an_entry_with_nothing_logged_is_valid() -> None:
    assert entry_problems(Entry(day=TODAY), TODAY) == []


def test_today_is_allowed_and_tomorrow_refused() -> None:
    assert entry_problems(Entry(day=TODAY), TODAY) == []
    problems = entry_problems(Entry(day=TOMORROW), TODAY)
    assert fields(problems) == ["date"]
    assert TOMORROW.isoformat() in problems[0].message
    assert "future" in problems[0].message


def test_a_past_day_is_allowed_but_not_before_the_earliest_date() -> None:
    assert entry_problems(Entry(day=EARLIEST_DATE), TODAY) == []
    before = EARLIEST_DATE - dt.timedelta(days=1)
    assert fields(entry_problems(Entry(day=before), TODAY)) == ["date"]


@pytest.mark.parametrize("name", ["spasm_severity", "headache_severity"])
@pytest.mark.parametrize("value", [0, 10])
def test_severity_bounds_are_allowed(name: str, value: int) -> None:
    assert entry_problems(full_entry(**{name: value}), TODAY) == []


@pytest.mark.parametrize("name", ["spasm_severity", "headache_severity"])
@pytest.mark.parametrize("value", [-1, 11])
def test_severity_outside_0_to_10_is_refused(name: str, value: int) -> None:
    problems = entry_problems(full_entry(**{name: value}), TODAY)
    assert fields(problems) == [name]
    assert str(value) in problems[0].message


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        ("headache_hours", [0, 0.5, MAX_HEADACHE_HOURS], [-0.5, MAX_HEADACHE_HOURS + 0.5]),
        ("spasm_episodes", [0, MAX_SPASM_EPISODES], [-1, MAX_SPASM_EPISODES + 1]),
    ],
)
def test_hours_and_episodes_ranges(name: str, good: list[float], bad: list[float]) -> None:
    for value in good:
        assert entry_problems(full_entry(**{name: value}), TODAY) == [], value
    for value in bad:
        assert fields(entry_problems(full_entry(**{name: value}), TODAY)) == [name], value


def test_a_medication_class_named_twice_is_refused() -> None:
    doses = (
        MedicationDose(MedicationClass.OPIOID, 1),
        MedicationDose(MedicationClass.OPIOID, 2),
    )
    assert fields(entry_problems(full_entry(medication=doses), TODAY)) == ["medication"]


def test_none_taken_and_not_recorded_are_both_valid_without_doses() -> None:
    assert entry_problems(full_entry(medication=()), TODAY) == []
    assert entry_problems(full_entry(medication=(), medication_recorded=False), TODAY) == []


def test_doses_on_a_day_whose_medication_was_not_recorded_are_refused() -> None:
    problems = entry_problems(full_entry(medication_recorded=False), TODAY)
    assert fields(problems) == ["medication"]
    assert "not recorded" in problems[0].message


@pytest.mark.parametrize("count", [1, MAX_DOSES_PER_CLASS])
def test_dose_count_bounds_are_allowed(count: int) -> None:
    doses = (MedicationDose(MedicationClass.OTHER, count),)
    assert entry_problems(full_entry(medication=doses), TODAY) == []


@pytest.mark.parametrize("count", [0, -1, MAX_DOSES_PER_CLASS + 1])
def test_dose_count_outside_its_range_is_refused(count: int) -> None:
    doses = (MedicationDose(MedicationClass.TRIPTAN, count),)
    problems = entry_problems(full_entry(medication=doses), TODAY)
    assert fields(problems) == ["medication"]
    assert "triptan" in problems[0].message


def test_a_side_effect_named_twice_is_refused() -> None:
    effects = (SideEffect.BLURRED_VISION, SideEffect.BLURRED_VISION)
    entry = full_entry(side_effects=effects, side_effect_other="")
    assert fields(entry_problems(entry, TODAY)) == ["side_effects"]


def test_other_side_effect_text_needs_the_other_code() -> None:
    entry = full_entry(side_effects=(SideEffect.NECK_PAIN,), side_effect_other="rash")
    assert fields(entry_problems(entry, TODAY)) == ["side_effects"]
    marked = full_entry(side_effects=(SideEffect.OTHER,), side_effect_other="rash")
    assert entry_problems(marked, TODAY) == []


def test_every_side_effect_code_is_accepted() -> None:
    entry = full_entry(side_effects=tuple(SideEffect))
    assert entry_problems(entry, TODAY) == []


@pytest.mark.parametrize("tag", ["", "   ", "a;b", " stress", "stress "])
def test_an_invalid_trigger_tag_is_refused(tag: str) -> None:
    problems = entry_problems(full_entry(triggers=("cheese", tag)), TODAY)
    assert fields(problems) == ["triggers"]
    assert repr(tag) in problems[0].message


def test_a_trigger_named_twice_is_refused() -> None:
    problems = entry_problems(full_entry(triggers=("wine", "wine")), TODAY)
    assert fields(problems) == ["triggers"]


def test_a_trigger_may_contain_inner_spaces() -> None:
    assert entry_problems(full_entry(triggers=("bright light",)), TODAY) == []


@pytest.mark.parametrize(
    ("name", "field"), [("notes", "notes"), ("side_effect_other", "side_effects")]
)
def test_entry_text_longer_than_the_limit_is_refused(name: str, field: str) -> None:
    assert entry_problems(full_entry(**{name: "x" * MAX_TEXT}), TODAY) == []
    assert fields(entry_problems(full_entry(**{name: TOO_LONG}), TODAY)) == [field]


def test_every_broken_rule_is_reported_at_once() -> None:
    entry = full_entry(day=TOMORROW, spasm_severity=11, headache_severity=-1, notes=TOO_LONG)
    found = fields(entry_problems(entry, TODAY))
    assert sorted(found) == sorted(["date", "spasm_severity", "headache_severity", "notes"])


def test_check_entry_raises_with_every_problem() -> None:
    entry = full_entry(day=TOMORROW, spasm_severity=11)
    with pytest.raises(InvalidRecord) as raised:
        check_entry(entry, TODAY)
    assert raised.value.problems == tuple(entry_problems(entry, TODAY))
    assert "spasm_severity" in str(raised.value)
    assert isinstance(raised.value, ValueError)


# -- windows -------------------------------------------------------------------------------


def test_sensible_windows_have_no_problems() -> None:
    assert windows_problems(WINDOWS) == []


def test_zero_width_windows_are_allowed() -> None:
    windows = ExpectedWindows(0, 0, 1, 1)
    assert windows_problems(windows) == []


@pytest.mark.parametrize(
    "name", ["onset_min_days", "onset_max_days", "reinjection_min_days", "reinjection_max_days"]
)
def test_each_window_bound_must_be_within_range(name: str) -> None:
    too_far = replace(
        ExpectedWindows(MAX_WINDOW_DAYS, MAX_WINDOW_DAYS, MAX_WINDOW_DAYS, MAX_WINDOW_DAYS),
        **{name: MAX_WINDOW_DAYS + 1},
    )
    assert name in fields(windows_problems(too_far))
    assert windows_problems(replace(too_far, **{name: MAX_WINDOW_DAYS})) == []


def test_a_negative_onset_is_refused() -> None:
    assert "onset_min_days" in fields(windows_problems(replace(WINDOWS, onset_min_days=-1)))


def test_onset_window_must_not_end_before_it_starts() -> None:
    windows = replace(WINDOWS, onset_min_days=20, onset_max_days=19)
    assert fields(windows_problems(windows)) == ["onset_max_days"]
    assert windows_problems(replace(windows, onset_max_days=20)) == []


def test_reinjection_window_must_start_at_least_one_day_after() -> None:
    windows = ExpectedWindows(0, 0, 0, 10)
    assert fields(windows_problems(windows)) == ["reinjection_min_days"]


def test_reinjection_window_must_not_end_before_it_starts() -> None:
    windows = replace(WINDOWS, reinjection_min_days=120, reinjection_max_days=119)
    assert fields(windows_problems(windows)) == ["reinjection_max_days"]


# -- injections ----------------------------------------------------------------------------


def test_a_valid_injection_has_no_problems() -> None:
    assert injection_problems(injection(), TODAY) == []
    check_injection(injection(), TODAY)


def test_injection_today_allowed_tomorrow_refused() -> None:
    assert injection_problems(injection(day=TODAY), TODAY) == []
    problems = injection_problems(injection(day=TOMORROW), TODAY)
    assert fields(problems) == ["date"]
    assert "future" in problems[0].message


def test_injection_before_the_earliest_date_is_refused() -> None:
    day = EARLIEST_DATE - dt.timedelta(days=1)
    assert fields(injection_problems(injection(day=day), TODAY)) == ["date"]


@pytest.mark.parametrize("units", [0.5, 1, MAX_UNITS])
def test_units_within_range_are_allowed(units: float) -> None:
    assert injection_problems(injection(units=units), TODAY) == []


@pytest.mark.parametrize("units", [0, -5, MAX_UNITS + 1, float("nan")])
def test_units_outside_range_are_refused(units: float) -> None:
    assert fields(injection_problems(injection(units=units), TODAY)) == ["units"]


@pytest.mark.parametrize("name", ["sites", "clinician", "lot", "notes"])
def test_injection_text_longer_than_the_limit_is_refused(name: str) -> None:
    assert fields(injection_problems(injection(**{name: TOO_LONG}), TODAY)) == [name]


def test_injection_problems_include_its_windows() -> None:
    bad = replace(WINDOWS, onset_min_days=30, onset_max_days=10)
    assert fields(injection_problems(injection(windows=bad), TODAY)) == ["onset_max_days"]


def test_check_injection_raises_invalid_record() -> None:
    with pytest.raises(InvalidRecord) as raised:
        check_injection(injection(units=0, day=TOMORROW), TODAY)
    assert sorted(p.field for p in raised.value.problems) == ["date", "units"]


# -- profile -------------------------------------------------------------------------------


def test_an_empty_profile_is_valid() -> None:
    assert profile_problems(Profile(), TODAY) == []


def test_a_full_profile_is_valid() -> None:
    profile = Profile("Sam", dt.date(1970, 3, 1), "NHS-123", "Dr Okafor", "prefers mornings")
    assert profile_problems(profile, TODAY) == []
    check_profile(profile, TODAY)


@pytest.mark.parametrize(
    ("name", "high"),
    [("spasm_before_treatment", 10), ("headache_days_before_treatment", MAX_HEADACHE_DAYS_A_MONTH)],
)
def test_levels_before_treatment_are_checked_against_their_ranges(name: str, high: int) -> None:
    for value in (None, 0, high):
        assert profile_problems(Profile(**{name: value}), TODAY) == [], value
    for value in (-1, high + 1):
        problems = profile_problems(Profile(**{name: value}), TODAY)
        assert fields(problems) == [name], value
        assert f"0–{high}" in problems[0].message


def test_birth_date_today_allowed_tomorrow_refused() -> None:
    assert profile_problems(Profile(date_of_birth=TODAY), TODAY) == []
    problems = profile_problems(Profile(date_of_birth=TOMORROW), TODAY)
    assert fields(problems) == ["date_of_birth"]


def test_birth_date_before_the_earliest_date_is_refused() -> None:
    day = EARLIEST_DATE - dt.timedelta(days=1)
    assert fields(profile_problems(Profile(date_of_birth=day), TODAY)) == ["date_of_birth"]


@pytest.mark.parametrize("name", ["name", "clinic_patient_id", "clinician", "notes"])
def test_profile_text_longer_than_the_limit_is_refused(name: str) -> None:
    changes: dict[str, Any] = {name: TOO_LONG}
    assert fields(profile_problems(replace(Profile(), **changes), TODAY)) == [name]


def test_check_profile_raises_invalid_record() -> None:
    with pytest.raises(InvalidRecord):
        check_profile(Profile(date_of_birth=TOMORROW), TODAY)


# -- product names -------------------------------------------------------------------------


@pytest.mark.parametrize("product", list(Product))
def test_every_product_code_is_recognised_in_any_case(product: Product) -> None:
    code = product.value
    for text in (code, code.upper(), code.lower(), f"  {code}\t"):
        assert product_from_text(text) is product


BRANDS = [(brand, product) for product, brands in PRODUCT_BRANDS.items() for brand in brands]


def test_every_product_but_other_has_a_brand() -> None:
    assert {product for _, product in BRANDS} == set(Product) - {Product.OTHER}


@pytest.mark.parametrize(("brand", "product"), BRANDS)
def test_every_brand_is_recognised_case_insensitively(brand: str, product: Product) -> None:
    for text in (brand, brand.upper(), brand.lower(), brand.swapcase(), f" {brand} "):
        assert product_from_text(text) is product


def test_both_rimabotulinumtoxin_b_brands_are_known() -> None:
    assert product_from_text("myobloc") is Product.RIMABOTULINUMTOXIN_B
    assert product_from_text("NEUROBLOC") is Product.RIMABOTULINUMTOXIN_B


@pytest.mark.parametrize("text", ["", "  ", "botulinum", "Botox 100", "onabotulinumtoxin", "B"])
def test_unknown_product_text_gives_none(text: str) -> None:
    assert product_from_text(text) is None
