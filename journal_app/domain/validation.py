"""Every rule a journal record must satisfy, in one place (forms, CSV and storage share it)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from journal_app.domain.checkins import (
    MAX_ACTIVE_GOALS,
    RATING_MAX,
    RATING_MIN,
    CheckIn,
    CheckInKind,
    Goal,
    GoalRating,
    WornOff,
)
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
from journal_app.messages import fill, translatable

MAX_HEADACHE_HOURS = 24
MAX_HEADACHE_DAYS_A_MONTH = 31
MAX_SPASM_EPISODES = 1000
MAX_DOSES_PER_CLASS = 50
MAX_UNITS = 20000
MAX_WINDOW_DAYS = 730
MAX_TEXT = 10000
MAX_GOAL_TEXT = 200
EARLIEST_DATE = dt.date(1900, 1, 1)
#: The latest date a stored record may carry, whatever today is on the machine reading it
#: (a clock set back or another time zone must not make a journal unreadable).
LATEST_DATE = dt.date(2199, 12, 31)
LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Problem:
    """One broken rule: the field it concerns (a CSV column name) and what is wrong.

    ``template`` is fixed English with %1, %2 … standing for ``args`` (dates, numbers, codes,
    text). The window translates the template (context "validation") before filling in the
    arguments in the user's locale; ``message`` is the English text the CSV import reports.
    """

    field: str
    template: str
    args: tuple[object, ...] = ()

    @property
    def message(self) -> str:
        return fill(self.template, self.args)


class InvalidRecord(ValueError):
    """A record broke one or more rules; ``problems`` says which."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = tuple(problems)


FUTURE_DAY = translatable(
    "validation", "%1 is in the future; a day can only be logged for today or earlier"
)
FUTURE_INJECTION = translatable(
    "validation", "%1 is in the future; an injection can only be logged for today or earlier"
)
FUTURE_BIRTH_DATE = translatable(
    "validation", "%1 is in the future; a date of birth must be today or earlier"
)


def _date_problems(field: str, day: dt.date, today: dt.date, future: str) -> list[Problem]:
    if day > today:
        return [Problem(field, future, (day,))]
    if day < EARLIEST_DATE:
        # The year as text: a year is not a quantity to group into thousands.
        template = translatable("validation", "%1 is before %2")
        return [Problem(field, template, (day, str(EARLIEST_DATE.year)))]
    return []


def _range_problem(field: str, value: float | None, low: float, high: float) -> list[Problem]:
    if value is None or low <= value <= high:
        return []
    template = translatable("validation", "%1 is outside %2–%3")
    return [Problem(field, template, (_as_float(value), float(low), float(high)))]


def _as_float(value: float) -> float:
    """``value`` as a float; an integer too large for one as an infinity of its sign."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def _text_problems(field: str, text: str) -> list[Problem]:
    if len(text) <= MAX_TEXT:
        return []
    return [Problem(field, translatable("validation", "is longer than %1 characters"), (MAX_TEXT,))]


def entry_problems(entry: Entry, today: dt.date) -> list[Problem]:
    problems = _date_problems("date", entry.day, today, FUTURE_DAY)
    problems += _range_problem("spasm_severity", entry.spasm_severity, SEVERITY_MIN, SEVERITY_MAX)
    problems += _range_problem(
        "headache_severity", entry.headache_severity, SEVERITY_MIN, SEVERITY_MAX
    )
    problems += _range_problem("headache_hours", entry.headache_hours, 0, MAX_HEADACHE_HOURS)
    problems += _range_problem("spasm_episodes", entry.spasm_episodes, 0, MAX_SPASM_EPISODES)
    classes = [dose.medication_class for dose in entry.medication]
    if len(set(classes)) != len(classes):
        template = translatable("validation", "names a medication class more than once")
        problems.append(Problem("medication", template))
    if entry.medication and not entry.medication_recorded:
        template = translatable("validation", "names medication taken on a day it was not recorded")
        problems.append(Problem("medication", template))
    for dose in entry.medication:
        if not 1 <= dose.count <= MAX_DOSES_PER_CLASS:
            template = translatable("validation", "%1 count %2 is outside 1–%3")
            args = (dose.medication_class, _as_float(dose.count), MAX_DOSES_PER_CLASS)
            problems.append(Problem("medication", template, args))
    if len(set(entry.side_effects)) != len(entry.side_effects):
        template = translatable("validation", "names a side effect more than once")
        problems.append(Problem("side_effects", template))
    if entry.side_effect_other and SideEffect.OTHER not in entry.side_effects:
        template = translatable("validation", "describes an other side effect not marked")
        problems.append(Problem("side_effects", template))
    for tag in entry.triggers:
        if (
            not tag.strip()
            or LIST_SEPARATOR in tag
            or tag != tag.strip()
            or any(ord(char) < 32 for char in tag)
        ):
            template = translatable("validation", "%1 is not a valid trigger tag")
            problems.append(Problem("triggers", template, (repr(tag),)))
    if len(set(entry.triggers)) != len(entry.triggers):
        template = translatable("validation", "names a trigger more than once")
        problems.append(Problem("triggers", template))
    problems += _text_problems("notes", entry.notes)
    problems += _text_problems("side_effects", entry.side_effect_other)
    return problems


def windows_problems(windows: ExpectedWindows) -> list[Problem]:
    problems: list[Problem] = []
    for name, value in vars(windows).items():
        problems += _range_problem(name, value, 0, MAX_WINDOW_DAYS)
    if windows.onset_max_days < windows.onset_min_days:
        template = translatable("validation", "ends before the onset window starts")
        problems.append(Problem("onset_max_days", template))
    if windows.reinjection_min_days < 1:
        template = translatable("validation", "must be at least 1 day")
        problems.append(Problem("reinjection_min_days", template))
    if windows.reinjection_max_days < windows.reinjection_min_days:
        template = translatable("validation", "ends before the window starts")
        problems.append(Problem("reinjection_max_days", template))
    return problems


def injection_problems(injection: Injection, today: dt.date) -> list[Problem]:
    problems = _date_problems("date", injection.day, today, FUTURE_INJECTION)
    if not injection.units > 0:  # written so that NaN is refused too
        problems.append(Problem("units", translatable("validation", "must be more than 0")))
    elif not injection.units <= MAX_UNITS:
        template = translatable("validation", "%1 is more than %2 units")
        problems.append(Problem("units", template, (_as_float(injection.units), MAX_UNITS)))
    for name in ("sites", "clinician", "lot", "notes"):
        problems += _text_problems(name, getattr(injection, name))
    return problems + windows_problems(injection.windows)


def profile_problems(profile: Profile, today: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    if profile.date_of_birth is not None:
        problems += _date_problems("date_of_birth", profile.date_of_birth, today, FUTURE_BIRTH_DATE)
    for name in ("name", "clinic_patient_id", "clinician", "notes"):
        problems += _text_problems(name, getattr(profile, name))
    problems += _range_problem(
        "spasm_before_treatment", profile.spasm_before_treatment, SEVERITY_MIN, SEVERITY_MAX
    )
    problems += _range_problem(
        "headache_days_before_treatment",
        profile.headache_days_before_treatment,
        0,
        MAX_HEADACHE_DAYS_A_MONTH,
    )
    return problems


FUTURE_ANSWER = translatable(
    "validation", "%1 is in the future; a check-in can only be answered today or earlier"
)


def checkin_problems(
    checkin: CheckIn, session_days: Collection[dt.date], today: dt.date
) -> list[Problem]:
    """``session_days``: the days of the check-in's track sessions."""
    problems = _date_problems("answered", checkin.answered, today, FUTURE_ANSWER)
    session = checkin.session_date
    if session not in session_days:
        template = translatable("validation", "%1 is not a day with an injection for %2")
        problems.append(Problem("session_date", template, (session, checkin.indication)))
    elif checkin.answered < session:
        template = translatable("validation", "%1 is before the injection of %2")
        problems.append(Problem("answered", template, (checkin.answered, session)))
    if checkin.kind is CheckInKind.WEEK4 and checkin.worn_off is not None:
        template = translatable("validation", "is asked only before the next injection")
        problems.append(Problem("worn_off", template))
    if checkin.kind is CheckInKind.BEFORE_NEXT and checkin.worn_off is None:
        template = translatable(
            "validation", "must say no, yes or not_sure before the next injection"
        )
        problems.append(Problem("worn_off", template))
    worn_off_date = checkin.worn_off_date
    if checkin.worn_off is WornOff.YES and worn_off_date is None:
        template = translatable("validation", "must give the day the effect wore off")
        problems.append(Problem("worn_off_date", template))
    if worn_off_date is None:
        return problems
    if checkin.worn_off is not WornOff.YES:
        template = translatable("validation", "is given only when the effect wore off")
        problems.append(Problem("worn_off_date", template))
    elif worn_off_date <= session:
        template = translatable("validation", "%1 is not after the injection of %2")
        problems.append(Problem("worn_off_date", template, (worn_off_date, session)))
    elif worn_off_date > checkin.answered:
        template = translatable("validation", "%1 is after the check-in was answered, on %2")
        problems.append(Problem("worn_off_date", template, (worn_off_date, checkin.answered)))
    return problems


def rating_problems(rating: GoalRating, goal_texts: Collection[str]) -> list[Problem]:
    """``goal_texts``: the goals of the rating's track."""
    problems = _range_problem("rating", rating.rating, RATING_MIN, RATING_MAX)
    if rating.goal not in goal_texts:
        template = translatable("validation", "%1 is not a goal of %2")
        problems.append(Problem("goal", template, (repr(rating.goal), rating.indication)))
    return problems


def goal_problems(goal: Goal) -> list[Problem]:
    if not goal.text.strip():
        return [Problem("goal", translatable("validation", "must not be empty"))]
    if goal.text != goal.text.strip() or any(ord(char) < 32 for char in goal.text):
        template = translatable("validation", "%1 has spaces around it or a control character")
        return [Problem("goal", template, (repr(goal.text),))]
    if len(goal.text) > MAX_GOAL_TEXT:
        template = translatable("validation", "is longer than %1 characters")
        return [Problem("goal", template, (MAX_GOAL_TEXT,))]
    return []


def goals_problems(goals: Sequence[Goal]) -> list[Problem]:
    """Every goal's own problems, then the rules over a track's goals together."""
    problems = [problem for goal in goals for problem in goal_problems(goal)]
    seen: set[tuple[object, str]] = set()
    for goal in goals:
        if (goal.indication, goal.text) in seen:
            template = translatable("validation", "%1 is a goal of %2 more than once")
            problems.append(Problem("goal", template, (repr(goal.text), goal.indication)))
        seen.add((goal.indication, goal.text))
    for indication in dict.fromkeys(goal.indication for goal in goals):
        active = sum(1 for goal in goals if goal.indication is indication and goal.active)
        if active > MAX_ACTIVE_GOALS:
            template = translatable("validation", "%1 has %2 active goals; at most %3 are allowed")
            problems.append(Problem("active", template, (indication, active, MAX_ACTIVE_GOALS)))
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


def check_checkin(checkin: CheckIn, session_days: Collection[dt.date], today: dt.date) -> None:
    if problems := checkin_problems(checkin, session_days, today):
        raise InvalidRecord(problems)


def check_goals(goals: Sequence[Goal]) -> None:
    if problems := goals_problems(goals):
        raise InvalidRecord(problems)


def product_from_text(text: str) -> Product | None:
    """A product from its code or a brand name, case-insensitively; None if unknown."""
    wanted = text.strip().casefold()
    for product in Product:
        names = (product.value, *PRODUCT_BRANDS[product])
        if wanted in (name.casefold() for name in names):
            return product
    return None
