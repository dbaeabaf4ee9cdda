"""Every rule a journal record must satisfy, in one place (forms, CSV and storage share it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.domain.models import (
    PRODUCT_BRANDS,
    SEVERITY_MAX,
    SEVERITY_MIN,
    Entry,
    ExpectedWindows,
    Injection,
    Product,
    Profile,
    SideEffect,
)

MAX_HEADACHE_HOURS = 24
MAX_SPASM_EPISODES = 1000
MAX_DOSES_PER_CLASS = 50
MAX_UNITS = 20000
MAX_WINDOW_DAYS = 730
MAX_TEXT = 10000
EARLIEST_DATE = dt.date(1900, 1, 1)
LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Problem:
    """One broken rule: the field it concerns (a CSV column name) and what is wrong."""

    field: str
    message: str


class InvalidRecord(ValueError):
    """A record broke one or more rules; ``problems`` says which."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = tuple(problems)


def _date_problems(field: str, day: dt.date, today: dt.date, what: str) -> list[Problem]:
    if day > today:
        return [
            Problem(
                field,
                f"{day.isoformat()} is in the future; {what} can only be logged "
                "for today or earlier",
            )
        ]
    if day < EARLIEST_DATE:
        return [Problem(field, f"{day.isoformat()} is before {EARLIEST_DATE.year}")]
    return []


def _range_problem(field: str, value: float | None, low: float, high: float) -> list[Problem]:
    if value is None or low <= value <= high:
        return []
    return [Problem(field, f"{value:g} is outside {low:g}–{high:g}")]


def _text_problems(field: str, text: str) -> list[Problem]:
    return [Problem(field, f"is longer than {MAX_TEXT} characters")] if len(text) > MAX_TEXT else []


def entry_problems(entry: Entry, today: dt.date) -> list[Problem]:
    problems = _date_problems("date", entry.day, today, "a day")
    problems += _range_problem("spasm_severity", entry.spasm_severity, SEVERITY_MIN, SEVERITY_MAX)
    problems += _range_problem(
        "headache_severity", entry.headache_severity, SEVERITY_MIN, SEVERITY_MAX
    )
    problems += _range_problem("headache_hours", entry.headache_hours, 0, MAX_HEADACHE_HOURS)
    problems += _range_problem("spasm_episodes", entry.spasm_episodes, 0, MAX_SPASM_EPISODES)
    classes = [dose.medication_class for dose in entry.medication]
    if len(set(classes)) != len(classes):
        problems.append(Problem("medication", "names a medication class more than once"))
    for dose in entry.medication:
        if not 1 <= dose.count <= MAX_DOSES_PER_CLASS:
            problems.append(
                Problem(
                    "medication",
                    f"{dose.medication_class.value} count {dose.count} is outside "
                    f"1–{MAX_DOSES_PER_CLASS}",
                )
            )
    if len(set(entry.side_effects)) != len(entry.side_effects):
        problems.append(Problem("side_effects", "names a side effect more than once"))
    if entry.side_effect_other and SideEffect.OTHER not in entry.side_effects:
        problems.append(Problem("side_effects", "describes an other side effect not marked"))
    for tag in entry.triggers:
        if (
            not tag.strip()
            or LIST_SEPARATOR in tag
            or tag != tag.strip()
            or any(ord(char) < 32 for char in tag)
        ):
            problems.append(Problem("triggers", f"{tag!r} is not a valid trigger tag"))
    if len(set(entry.triggers)) != len(entry.triggers):
        problems.append(Problem("triggers", "names a trigger more than once"))
    problems += _text_problems("notes", entry.notes)
    problems += _text_problems("side_effects", entry.side_effect_other)
    return problems


def windows_problems(windows: ExpectedWindows) -> list[Problem]:
    problems: list[Problem] = []
    for name, value in vars(windows).items():
        problems += _range_problem(name, value, 0, MAX_WINDOW_DAYS)
    if windows.onset_max_days < windows.onset_min_days:
        problems.append(Problem("onset_max_days", "ends before the onset window starts"))
    if windows.reinjection_min_days < 1:
        problems.append(Problem("reinjection_min_days", "must be at least 1 day"))
    if windows.reinjection_max_days < windows.reinjection_min_days:
        problems.append(Problem("reinjection_max_days", "ends before the window starts"))
    return problems


def injection_problems(injection: Injection, today: dt.date) -> list[Problem]:
    problems = _date_problems("date", injection.day, today, "an injection")
    if not injection.units > 0:  # written so that NaN is refused too
        problems.append(Problem("units", "must be more than 0"))
    elif not injection.units <= MAX_UNITS:
        problems.append(Problem("units", f"{injection.units:g} is more than {MAX_UNITS} units"))
    for name in ("sites", "clinician", "lot", "notes"):
        problems += _text_problems(name, getattr(injection, name))
    return problems + windows_problems(injection.windows)


def profile_problems(profile: Profile, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    if profile.date_of_birth is not None:
        problems += _date_problems("date_of_birth", profile.date_of_birth, today, "a birth date")
    for name in ("name", "clinic_patient_id", "clinician", "notes"):
        problems += _text_problems(name, getattr(profile, name))
    return problems


def check_entry(entry: Entry, today: dt.date) -> None:
    if problems := entry_problems(entry, today):
        raise InvalidRecord(problems)


def check_injection(injection: Injection, today: dt.date) -> None:
    if problems := injection_problems(injection, today):
        raise InvalidRecord(problems)


def check_profile(profile: Profile, today: dt.date) -> None:
    if problems := profile_problems(profile, today):
        raise InvalidRecord(problems)


def product_from_text(text: str) -> Product | None:
    """A product from its code or a brand name, case-insensitively; None if unknown."""
    wanted = text.strip().casefold()
    for product in Product:
        names = (product.value, *PRODUCT_BRANDS[product])
        if wanted in (name.casefold() for name in names):
            return product
    return None
