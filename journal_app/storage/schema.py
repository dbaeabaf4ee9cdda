"""What a journal may hold: exactly the schema the app made, and rows the domain's rules allow.

A journal may come from anyone, so before anything writes to it the file is compared with the
schema its applied migrations make (a trigger, view, table or index the app did not create,
or a table whose definition differs, makes it a foreign file: opening it never runs code stored
in it), and every row is checked, because SQLite does not verify CHECK constraints or column
types on read. The rows are checked in two steps, to keep opening a 20-year journal fast: one
SQL query per table lists the rows that might break a rule (its conditions are stricter than
the rules, never looser: e.g. any text that is not plain ASCII is listed), then each listed
row is read as the domain reads it and judged by the domain's own rules (domain/validation).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

from journal_app.domain import checkins, models
from journal_app.domain import validation as rules
from journal_app.storage.migrations import is_date, migrations
from journal_app.storage.repository import JournalRepository
from journal_app.storage.sqlite import Database, Migrations

# Tables SQLite itself makes on request (ANALYZE): statistics, no code.
_SQLITE_OWN = re.compile(r"sqlite_stat\d")


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


@functools.cache
def _expected(applied: tuple[str, ...]) -> frozenset[tuple[str, str, str, str | None]]:
    """sqlite_master as the app makes it once ``applied`` migrations have run."""
    db = Database(memory=True)
    pending = [m.name for m in migrations.pending(db) if m.name not in applied]
    migrations.apply(db, stop_before=pending[:1] or None)
    return _objects(db.conn)


def _objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str, str | None]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    found = set()
    for kind, name, table, sql in rows:
        if _SQLITE_OWN.fullmatch(str(name)):
            continue
        if table == Migrations.migrations_table and kind == "table":
            # sqlite-utils writes this table's definition; its text may vary by version.
            columns = [row[1:3] for row in conn.execute(f"PRAGMA table_info({table})")]
            sql = repr(columns)
        found.add((str(kind), str(name), str(table), _normal(sql)))
    return frozenset(found)


def schema_differences(
    conn: sqlite3.Connection, applied: Iterable[str]
) -> tuple[list[str], list[str]]:
    """What the file holds that the app did not make, and what it lacks, as "kind name"."""
    expected = _expected(tuple(applied))
    actual = _objects(conn)
    foreign = sorted(f"{kind} {name}" for kind, name, _, _ in actual - expected)
    missing_names = {name for _, name, _, _ in expected - actual} - {
        name for _, name, _, _ in actual
    }
    missing = sorted(f"{kind} {name}" for kind, name, _, _ in expected if name in missing_names)
    return foreign, missing


# -- rows ----------------------------------------------------------------------------------


# Any character outside ASCII 1-127 (SQLite reads a byte that is not UTF-8 as U+FFFD).
_NOT_ASCII = "'*[^" + chr(1) + "-" + chr(127) + "]*'"


def _text(column: str) -> str:
    # Plain ASCII without NUL (as many characters as bytes, none outside 1-127) and short
    # enough in bytes: any other text is listed for the domain to judge (its length in
    # characters, whether it is UTF-8 at all).
    return (
        f"(typeof({column}) = 'text' AND length(CAST({column} AS BLOB)) <= {rules.MAX_TEXT}"
        f" AND length({column}) = length(CAST({column} AS BLOB))"
        f" AND NOT {column} GLOB {_NOT_ASCII})"
    )


def _day(column: str) -> str:
    return (
        f"(typeof({column}) = 'text' AND {is_date(column)}"
        f" AND {column} BETWEEN '{rules.EARLIEST_DATE}' AND '{rules.LATEST_DATE}')"
    )


def _whole(column: str, low: int, high: int) -> str:
    return f"(typeof({column}) = 'integer' AND {column} BETWEEN {low} AND {high})"


def _number(column: str, low: float, high: float) -> str:
    return f"(typeof({column}) IN ('integer', 'real') AND {column} BETWEEN {low} AND {high})"


def _optional(column: str, condition: str) -> str:
    return f"({column} IS NULL OR {condition})"


def _code(column: str, enum: type[Enum]) -> str:
    codes = ", ".join(f"'{member.value}'" for member in enum)
    return f"(typeof({column}) = 'text' AND {column} IN ({codes}))"


def _trimmed(column: str) -> str:
    """Plain text with no spaces around it and no control character (and so not empty)."""
    controls = "".join(chr(code) for code in range(1, 32))
    return (
        f"({_text(column)} AND {column} GLOB '[!-~]*' AND {column} GLOB '*[!-~]'"
        f" AND NOT {column} GLOB '*[{controls}]*')"
    )


def _tag(column: str) -> str:
    return f"({_trimmed(column)} AND instr({column}, '{rules.LIST_SEPARATOR}') = 0)"


def _of_a_day(table: str) -> str:
    """A day's list row belongs to an entry of that day (a crafted file may hold orphans)."""
    return f"EXISTS (SELECT 1 FROM entries e WHERE e.date = {table}.date)"


_ANY_INTEGER = (-(2**63), 2**63 - 1)
_SEVERITY = (models.SEVERITY_MIN, models.SEVERITY_MAX)
_WINDOW = (0, rules.MAX_WINDOW_DAYS)

#: Per table: the key that names a row, and what every row must satisfy.
_ROW_RULES: dict[str, tuple[str, list[str]]] = {
    "profile": (
        "id",
        [
            "(typeof(id) = 'integer' AND id = 1)",
            *(_text(c) for c in ("name", "clinic_patient_id", "clinician", "notes")),
            _optional("date_of_birth", _day("date_of_birth")),
            _optional("spasm_before_treatment", _whole("spasm_before_treatment", *_SEVERITY)),
            _optional(
                "headache_days_before_treatment",
                _whole("headache_days_before_treatment", 0, rules.MAX_HEADACHE_DAYS_A_MONTH),
            ),
        ],
    ),
    "entries": (
        "date",
        [
            _day("date"),
            _optional("spasm_severity", _whole("spasm_severity", *_SEVERITY)),
            _optional("headache_severity", _whole("headache_severity", *_SEVERITY)),
            _optional("headache_hours", _number("headache_hours", 0, rules.MAX_HEADACHE_HOURS)),
            _optional("spasm_episodes", _whole("spasm_episodes", 0, rules.MAX_SPASM_EPISODES)),
            _text("side_effect_other"),
            _text("notes"),
            _whole("medication_recorded", 0, 1),
            # Doses on a day whose medication was not recorded contradict each other.
            "(medication_recorded = 1 OR NOT EXISTS (SELECT 1 FROM entry_medications m"
            " WHERE m.date = entries.date))",
            "(side_effect_other = '' OR EXISTS (SELECT 1 FROM entry_side_effects s"
            f" WHERE s.date = entries.date AND s.code = '{models.SideEffect.OTHER.value}'))",
        ],
    ),
    "entry_medications": (
        "date",
        [
            "typeof(date) = 'text'",
            _of_a_day("entry_medications"),
            _code("class", models.MedicationClass),
            _whole("count", 1, rules.MAX_DOSES_PER_CLASS),
        ],
    ),
    "entry_side_effects": (
        "date",
        [
            "typeof(date) = 'text'",
            _of_a_day("entry_side_effects"),
            _code("code", models.SideEffect),
        ],
    ),
    "entry_triggers": (
        "date",
        [
            "typeof(date) = 'text'",
            _of_a_day("entry_triggers"),
            _whole("position", *_ANY_INTEGER),
            _tag("tag"),
        ],
    ),
    "injections": (
        "id",
        [
            "typeof(id) = 'integer'",
            _day("date"),
            _code("product", models.Product),
            f"({_number('units', 0, rules.MAX_UNITS)} AND units > 0)",
            _code("indication", models.Indication),
            *(_text(c) for c in ("sites", "clinician", "lot", "notes")),
            _whole("onset_min_days", *_WINDOW),
            _whole("onset_max_days", *_WINDOW),
            _whole("reinjection_min_days", 1, rules.MAX_WINDOW_DAYS),
            _whole("reinjection_max_days", *_WINDOW),
            "onset_max_days >= onset_min_days",
            "reinjection_max_days >= reinjection_min_days",
        ],
    ),
    "checkins": (
        "rowid",
        [
            _day("session_date"),
            _code("indication", models.Indication),
            _code("kind", checkins.CheckInKind),
            _day("answered"),
            "answered >= session_date",
            _code("impression", checkins.Impression),
            _optional("worn_off", _code("worn_off", checkins.WornOff)),
            _optional("worn_off_date", _day("worn_off_date")),
            f"((kind IS '{checkins.CheckInKind.WEEK4.value}') = (worn_off IS NULL))",
            f"((worn_off IS '{checkins.WornOff.YES.value}') = (worn_off_date IS NOT NULL))",
            "(worn_off_date IS NULL OR"
            " (worn_off_date > session_date AND worn_off_date <= answered))",
        ],
    ),
    "goals": (
        "id",
        [
            "typeof(id) = 'integer'",
            _code("indication", models.Indication),
            f"({_trimmed('text')} AND length(text) <= {rules.MAX_GOAL_TEXT})",
            _whole("active", 0, 1),
        ],
    ),
    "goal_ratings": (
        "rowid",
        [
            _day("session_date"),
            _code("indication", models.Indication),
            _code("kind", checkins.CheckInKind),
            "typeof(goal_id) = 'integer'",
            _whole("rating", checkins.RATING_MIN, checkins.RATING_MAX),
            "EXISTS (SELECT 1 FROM checkins c WHERE c.session_date = goal_ratings.session_date"
            " AND c.indication = goal_ratings.indication AND c.kind = goal_ratings.kind)",
            "EXISTS (SELECT 1 FROM goals g WHERE g.id = goal_ratings.goal_id"
            " AND g.indication = goal_ratings.indication)",
        ],
    ),
}
# Two triggers of a day with the same tag (each passes on its own).
_REPEATED_TAGS = (
    "SELECT date FROM entry_triggers GROUP BY date HAVING count(*) != count(DISTINCT tag)"
)

# The goals of a track with more active goals than allowed (each passes on its own).
_CROWDED_TRACKS = (
    "SELECT id FROM goals WHERE indication IN (SELECT indication FROM goals WHERE active = 1"
    f" GROUP BY indication HAVING count(*) > {checkins.MAX_ACTIVE_GOALS})"
)

# Columns later migrations add: a journal opened before its migrations has none of them yet.
_ADDED_COLUMNS = ("spasm_before_treatment", "headache_days_before_treatment", "medication_recorded")


def _applicable(conn: sqlite3.Connection, table: str, conditions: list[str]) -> list[str]:
    """The conditions that speak only of columns the table already has."""
    present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    missing = [column for column in _ADDED_COLUMNS if column not in present]
    return [c for c in conditions if not any(column in c for column in missing)]


def _suspects(conn: sqlite3.Connection, exhaustive: bool) -> dict[str, set[object]]:
    """The keys of the rows that might break a rule, per table (every row if ``exhaustive``)."""
    found: dict[str, set[object]] = {}
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table, (key, conditions) in _ROW_RULES.items():
        if table not in tables:  # a journal before the migration that adds it
            found[table] = set()
            continue
        passes = " AND ".join(_applicable(conn, table, conditions))
        where = "" if exhaustive else f" WHERE NOT coalesce(({passes}), 0)"
        found[table] = {row[0] for row in conn.execute(f"SELECT {key} FROM {table}{where}")}
    found["entry_triggers"] |= {row[0] for row in conn.execute(_REPEATED_TAGS)}
    if "goals" in tables:
        found["goals"] |= {row[0] for row in conn.execute(_CROWDED_TRACKS)}
    return found


def bad_rows(conn: sqlite3.Connection, *, exhaustive: bool = False) -> list[str]:
    """The rows the domain's rules (or the column types) refuse, e.g. "entries 2024-02-30".

    Dates are judged against ``rules.LATEST_DATE``, not today: a clock set back, or another
    time zone, must not make a journal unreadable. ``exhaustive`` judges every row in Python.
    """
    suspects = _suspects(conn, exhaustive)
    repo = JournalRepository(Database(conn))
    days = suspects["entries"] | suspects["entry_medications"]
    days |= suspects["entry_side_effects"] | suspects["entry_triggers"]
    bad = [f"entries {day!r}" for day in _unsound_days(repo, days, exhaustive)]
    bad += [
        f"injections {injection_id!r}"
        for injection_id in sorted(suspects["injections"], key=repr)
        if not _injection_is_sound(repo, injection_id)
    ]
    if suspects["profile"] and not _profile_is_sound(repo, suspects["profile"]):
        bad.append("profile")
    return bad + _bad_checkin_rows(conn, suspects)


def _unsound_days(repo: JournalRepository, days: set[object], exhaustive: bool) -> list[object]:
    if exhaustive:
        try:  # every entry at once, as the window reads them, when every row can be read
            entries = {entry.day.isoformat(): entry for entry in repo.entries()}
        except (ValueError, KeyError, TypeError, sqlite3.Error):
            pass
        else:
            return sorted(
                (day for day in days if day not in entries or not _sound(entries[day])),
                key=repr,
            )
    return [day for day in sorted(days, key=repr) if not _entry_is_sound(repo, day)]


def _entry_is_sound(repo: JournalRepository, day: object) -> bool:
    try:
        entry = repo.entry(dt.date.fromisoformat(day)) if isinstance(day, str) else None
    except (ValueError, KeyError, TypeError, sqlite3.Error):
        return False
    # None: a day's list rows without the day (or a key that is not a date).
    return entry is not None and _sound(entry)


def _sound(entry: models.Entry) -> bool:
    return _well_typed(entry) and not rules.entry_problems(entry, rules.LATEST_DATE)


def _injection_is_sound(repo: JournalRepository, injection_id: object) -> bool:
    if not isinstance(injection_id, int):
        return False
    try:
        injection = repo.injection(injection_id)
    except (ValueError, KeyError, TypeError, sqlite3.Error):
        return False
    return (
        injection is not None
        and _well_typed(injection)
        and not rules.injection_problems(injection, rules.LATEST_DATE)
    )


def _profile_is_sound(repo: JournalRepository, ids: set[object]) -> bool:
    if ids != {1}:
        return False
    try:
        profile = repo.profile()
    except (ValueError, TypeError, sqlite3.Error):
        return False
    return _well_typed(profile) and not rules.profile_problems(profile, rules.LATEST_DATE)


Check = Callable[[object], bool]
# Per record class, each field's name and the test of its type, made on first use.
_FIELD_CHECKS: dict[type, tuple[tuple[str, Check], ...]] = {}


def _well_typed(record: Any) -> bool:
    """Whether each field of a dataclass holds a value of its declared type."""
    cls = type(record)
    if cls not in _FIELD_CHECKS:
        hints = typing.get_type_hints(cls)
        _FIELD_CHECKS[cls] = tuple((f.name, _check_for(hints[f.name])) for f in fields(cls))
    return all(check(getattr(record, name)) for name, check in _FIELD_CHECKS[cls])


@functools.cache
def _check_for(hint: Any) -> Check:
    """A test of whether a value is of type ``hint``, built once per type."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_check_for(option) for option in typing.get_args(hint)]
        return lambda value: any(check(value) for check in options)
    if origin is tuple:
        item = _check_for(typing.get_args(hint)[0])
        return lambda value: isinstance(value, tuple) and all(item(v) for v in value)
    if hint is type(None):
        return lambda value: value is None
    if hint in (int, float):  # SQLite gives no bools; a whole number is a float's value too
        kinds = (int,) if hint is int else (int, float)
        return lambda value: isinstance(value, kinds)
    if isinstance(hint, type) and is_dataclass(hint):
        return lambda value: isinstance(value, hint) and _well_typed(value)
    return lambda value: isinstance(value, hint)


# -- check-ins, goals and goal ratings: each suspect row read as it is stored ---------------

_CHECKIN_ROW = (
    "SELECT session_date, indication, kind, answered, impression, worn_off, worn_off_date"
    " FROM checkins WHERE rowid = ?"
)
_GOAL_ROW = "SELECT id, indication, text, active FROM goals WHERE id = ?"
_RATING_ROW = (
    "SELECT session_date, indication, kind, goal_id, rating FROM goal_ratings WHERE rowid = ?"
)


def _bad_checkin_rows(conn: sqlite3.Connection, suspects: dict[str, set[object]]) -> list[str]:
    bad = []
    for rowid in sorted(suspects["checkins"], key=repr):
        row = conn.execute(_CHECKIN_ROW, [rowid]).fetchone()
        if not _checkin_is_sound(row):
            bad.append(f"checkins {row[0]!r} {row[1]!r} {row[2]!r}")
    for goal_id in sorted(suspects["goals"], key=repr):
        if not _goal_is_sound(conn, conn.execute(_GOAL_ROW, [goal_id]).fetchone()):
            bad.append(f"goals {goal_id!r}")
    for rowid in sorted(suspects["goal_ratings"], key=repr):
        row = conn.execute(_RATING_ROW, [rowid]).fetchone()
        if not _rating_is_sound(conn, row):
            bad.append(f"goal_ratings {row[0]!r} {row[1]!r} {row[2]!r} goal {row[3]!r}")
    return bad


def _day_of(value: object) -> dt.date | None:
    """A stored date: YYYY-MM-DD text of a day the rules allow, else None."""
    if not isinstance(value, str):
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    sound = day.isoformat() == value and rules.EARLIEST_DATE <= day <= rules.LATEST_DATE
    return day if sound else None


def _member(enum: type[Enum], value: object) -> Any:
    return enum(value) if isinstance(value, str) and value in {m.value for m in enum} else None


def _checkin_is_sound(row: tuple[Any, ...]) -> bool:
    session, indication, kind, answered, impression, worn_off, worn_off_date = row
    read: tuple[Any, ...] = (
        _day_of(session),
        _member(models.Indication, indication),
        _member(checkins.CheckInKind, kind),
        _day_of(answered),
        _member(checkins.Impression, impression),
        None if worn_off is None else _member(checkins.WornOff, worn_off),
        None if worn_off_date is None else _day_of(worn_off_date),
    )
    # A value read as None that was stored as something: a cell the domain cannot read.
    if any(value is None and raw is not None for value, raw in zip(read, row, strict=True)):
        return False
    checkin = checkins.CheckIn(*read)
    return not rules.checkin_problems(checkin, {checkin.session_date}, rules.LATEST_DATE)


def _goal_is_sound(conn: sqlite3.Connection, row: tuple[Any, ...]) -> bool:
    goal_id, code, text, active = row
    indication = _member(models.Indication, code)
    if not isinstance(goal_id, int) or indication is None or not isinstance(text, str):
        return False
    if type(active) is not int or active not in (0, 1):
        return False
    if rules.goal_problems(checkins.Goal(indication, text, active == 1)):
        return False
    active_goals = conn.execute(
        "SELECT count(*) FROM goals WHERE indication = ? AND active = 1", [code]
    ).fetchone()[0]
    return bool(active_goals <= checkins.MAX_ACTIVE_GOALS)


def _rating_is_sound(conn: sqlite3.Connection, row: tuple[Any, ...]) -> bool:
    session, indication, kind, goal_id, rating = row
    day, track, which = (
        _day_of(session),
        _member(models.Indication, indication),
        _member(checkins.CheckInKind, kind),
    )
    if day is None or track is None or which is None:
        return False
    if type(goal_id) is not int or type(rating) is not int:
        return False
    checkin = conn.execute(
        "SELECT 1 FROM checkins WHERE session_date = ? AND indication = ? AND kind = ?",
        [session, indication, kind],
    ).fetchone()
    goal = conn.execute(
        "SELECT text FROM goals WHERE id = ? AND indication = ?", [goal_id, indication]
    ).fetchone()
    if checkin is None or goal is None:
        return False
    return not rules.rating_problems(
        checkins.GoalRating(day, track, which, goal[0], rating), {goal[0]}
    )
