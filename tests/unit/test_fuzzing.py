"""Generated inputs by the thousand: CSV files, records and stored rows, none crashing anything.

The quick runs go with every test run; the same properties at 10,000 inputs each are marked
slow (`make test` runs them too). Stored rows are written past SQLite's CHECKs, as a crafted
journal holds them, and the quick check every opening runs (one SQL query per table, then the
domain's rules on what it lists) must find exactly what judging every row in Python finds.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.domain.checkins import CheckInKind, Impression, WornOff
from journal_app.domain.models import Indication, MedicationClass, Product, SideEffect
from journal_app.domain.validation import (
    MAX_TEXT,
    entry_problems,
    injection_problems,
    profile_problems,
)
from journal_app.storage.csv_io import prepare_import
from journal_app.storage.db import open_journal
from journal_app.storage.schema import bad_rows

from .test_safety_properties import (
    TODAY,
    any_text,
    csv_files,
    one_in,
    wild_entries,
    wild_injections,
    wild_profiles,
)

QUICK, THOROUGH = 100, 10_000


def examples(count: int) -> settings:
    return settings(
        max_examples=count,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


def both(test: Callable[..., None], strategy: st.SearchStrategy) -> tuple[Callable, Callable]:
    """``test`` run on a quick number of inputs, and on 10,000 under the slow marker."""
    quick = examples(QUICK)(given(strategy)(test))
    thorough = pytest.mark.slow(examples(THOROUGH)(given(strategy)(test)))
    return quick, thorough


# -- CSV files -----------------------------------------------------------------------------

formula_cells = st.sampled_from(["=1+1", "+cmd|' /C calc'!A0", "-2", "@SUM(A1)", "'=x", "''@"])
huge_numbers = st.integers(16, 6000).map(lambda digits: "9" * digits)


@st.composite
def hostile_csv(draw: st.DrawFn) -> bytes:
    """A file of the formats, with the cells and encodings that once gave tracebacks."""
    data = draw(csv_files())
    if one_in(draw, 4):  # a cell replaced by a formula or a number of thousands of digits
        rows = list(csv.reader(io.StringIO(data.decode("utf-8", "replace"), newline="")))
        if len(rows) > 1 and rows[1]:
            column = draw(st.integers(0, len(rows[1]) - 1))
            rows[1][column] = draw(formula_cells | huge_numbers)
            out = io.StringIO(newline="")
            csv.writer(out).writerows(rows)
            data = out.getvalue().encode("utf-8")
    if one_in(draw, 10):
        data = data.decode("utf-8", "replace").encode(draw(st.sampled_from(["utf-16", "utf-32"])))
    return data


_PROBLEM = re.compile(r"^(?P<file>.+?)(?::[1-9]\d*:[1-9]\d*)?: \S")


def _a_file_is_read_or_explained(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "file.csv"
        path.write_bytes(data)
        plan = prepare_import([path], TODAY)  # must not raise, whatever the bytes
        for problem in plan.problems:
            text = str(problem)
            match = _PROBLEM.match(text)
            assert match and match["file"] == str(path), text
            assert len(text) < 500, "a problem quotes a whole cell"


test_every_csv_file_is_read_or_explained, test_every_csv_file_is_read_or_explained_10000 = both(
    _a_file_is_read_or_explained, hostile_csv()
)


# -- records against the rules -------------------------------------------------------------

wild_records = st.tuples(
    wild_entries(st.integers(), any_text),
    wild_injections(st.integers(), any_text),
    wild_profiles(any_text),
)


def _the_rules_judge_anything(records: tuple) -> None:
    entry, injection, profile = records
    for problems in (
        entry_problems(entry, TODAY),
        injection_problems(injection, TODAY),
        profile_problems(profile, TODAY),
    ):
        assert all(problem.field and problem.message for problem in problems)


test_the_rules_judge_any_record, test_the_rules_judge_any_record_10000 = both(
    _the_rules_judge_anything, wild_records
)


# -- stored rows against the quick check ---------------------------------------------------


def _codes(enum: type) -> list[str]:
    return [member.value for member in enum]


texts = st.one_of(
    st.text(max_size=8),
    st.text(st.characters(codec="ascii"), max_size=8),
    st.just("x" * MAX_TEXT),
    st.just("é" * MAX_TEXT),
    st.just("y" * (MAX_TEXT + 1)),
    st.binary(max_size=6),
)
values = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.integers(-3, 30),
    st.floats(allow_nan=False),
    st.floats(-1, 30),
    texts,
)
days = st.one_of(
    st.dates(dt.date(1899, 12, 25), dt.date(1900, 1, 5)).map(dt.date.isoformat),
    st.dates(dt.date(2199, 12, 25), dt.date(2200, 1, 5)).map(dt.date.isoformat),
    st.dates().map(dt.date.isoformat),
    st.sampled_from(["2024-02-30", "2023-13-01", "yesterday", "20240101", " 2024-01-01"]),
    values,
)
goal_texts = st.one_of(
    st.sampled_from(["drive", " drive", "read\x01", "x" * 200, "x" * 201, "é" * 200]), texts
)
tags = st.one_of(st.sampled_from(["stress", " stress", "a;b", "red wine", "\x01x", "x\x7f"]), texts)


@st.composite
def stored_rows(draw: st.DrawFn) -> list[tuple[str, tuple]]:
    """Rows of every table, each value as anything SQLite can hold."""
    day = draw(st.one_of(st.just("2024-03-01"), days))

    def code(enum: type) -> object:
        return draw(st.one_of(st.sampled_from(_codes(enum)), values))

    rows: list[tuple[str, tuple]] = [
        (
            "entries",
            (
                day,
                *(draw(values) for _ in range(4)),
                draw(texts | st.just("")),
                draw(texts),
                draw(st.sampled_from([1, 0]) | values),
            ),
        ),
    ]
    for _ in range(draw(st.integers(0, 2))):
        rows.append(("entry_medications", (day, code(MedicationClass), draw(values))))
    for _ in range(draw(st.integers(0, 2))):
        rows.append(("entry_side_effects", (day, code(SideEffect))))
    for position in range(draw(st.integers(0, 3))):
        rows.append(("entry_triggers", (day, draw(st.just(position) | values), draw(tags))))
    if one_in(draw, 2):
        rows.append(
            (
                "injections",
                (
                    draw(days),
                    code(Product),
                    draw(values),
                    code(Indication),
                    *(draw(texts) for _ in range(4)),
                    *(draw(st.integers(-2, 800) | values) for _ in range(4)),
                ),
            )
        )
    if one_in(draw, 4):
        rows.append(
            (
                "profile",
                (
                    draw(texts),
                    draw(days),
                    *(draw(texts) for _ in range(3)),
                    *(draw(st.integers(-2, 40) | values) for _ in range(2)),
                ),
            )
        )
    if one_in(draw, 2):
        rows += draw(checkin_rows())
    return rows


# Sound check-ins (week 4; worn off; not sure), each field of which may be made wild.
_CHECKINS = (
    ("2024-02-20", "cervical_dystonia", "week4", "2024-03-20", "much_better", None, None),
    ("2024-02-20", "blepharospasm", "before_next", "2024-06-01", "no_change", "yes", "2024-05-15"),
    ("2024-02-20", "cervical_dystonia", "before_next", "2024-06-01", "no_change", "not_sure", None),
)


@st.composite
def checkin_rows(draw: st.DrawFn) -> list[tuple[str, tuple]]:
    """A check-in, goals (some of its track) and ratings, each value mostly sound."""

    def mostly(value: object, wild: st.SearchStrategy) -> object:
        return draw(wild) if one_in(draw, 6) else value

    codes = [st.sampled_from(_codes(enum)) | values for enum in (Indication, CheckInKind)]
    wild = (days, codes[0], codes[1], days, st.sampled_from(_codes(Impression)) | values)
    wild += (st.sampled_from(_codes(WornOff)) | values, days)
    checkin = tuple(
        mostly(value, w) for value, w in zip(draw(st.sampled_from(_CHECKINS)), wild, strict=True)
    )
    rows: list[tuple[str, tuple]] = [("checkins", checkin)]
    for _ in range(draw(st.integers(0, 5))):
        text = mostly(draw(st.sampled_from(["drive", "read", "walk", "sleep"])), goal_texts)
        goal = (mostly(checkin[1], codes[0]), text, mostly(1, st.just(0) | values))
        rows.append(("goals", goal))
    for _ in range(draw(st.integers(0, 3))):
        rating = (mostly(draw(st.integers(1, 5)), values), mostly(draw(st.integers(-2, 2)), values))
        rows.append(
            (
                "goal_ratings",
                (*(mostly(v, w) for v, w in zip(checkin[:3], wild[:3], strict=True)), *rating),
            )
        )
    return rows


_INSERTS = {
    "entries": "INSERT OR IGNORE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "entry_medications": "INSERT OR IGNORE INTO entry_medications VALUES (?, ?, ?)",
    "entry_side_effects": "INSERT OR IGNORE INTO entry_side_effects VALUES (?, ?)",
    "entry_triggers": "INSERT OR IGNORE INTO entry_triggers VALUES (?, ?, ?)",
    "injections": "INSERT INTO injections (date, product, units, indication, sites, clinician, "
    "lot, notes, onset_min_days, onset_max_days, reinjection_min_days, reinjection_max_days) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "checkins": "INSERT OR IGNORE INTO checkins VALUES (?, ?, ?, ?, ?, ?, ?)",
    "goals": "INSERT OR IGNORE INTO goals (indication, text, active) VALUES (?, ?, ?)",
    "goal_ratings": "INSERT OR IGNORE INTO goal_ratings VALUES (?, ?, ?, ?, ?)",
    "profile": "UPDATE profile SET name = ?, date_of_birth = ?, clinic_patient_id = ?, "
    "clinician = ?, notes = ?, spasm_before_treatment = ?, headache_days_before_treatment = ?",
}


@pytest.fixture(scope="module")
def crafted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """A journal's connection that writes past its CHECKs, each example rolled back."""
    path = tmp_path_factory.mktemp("crafted") / "journal.sqlite"
    open_journal(path, create=True).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    yield conn
    conn.close()


def _the_quick_check_finds_every_broken_row(
    crafted: sqlite3.Connection, rows: list[tuple[str, tuple]]
) -> None:
    crafted.execute("BEGIN")
    try:
        for table, row in rows:
            with contextlib.suppress(sqlite3.IntegrityError):  # NOT NULL and keys still hold
                crafted.execute(_INSERTS[table], row)
        assert bad_rows(crafted) == bad_rows(crafted, exhaustive=True)
    finally:
        crafted.execute("ROLLBACK")


def test_the_quick_check_finds_every_broken_row(crafted: sqlite3.Connection) -> None:
    quick = examples(QUICK)(given(stored_rows())(_the_quick_check_finds_every_broken_row))
    quick(crafted)


@pytest.mark.slow
def test_the_quick_check_finds_every_broken_row_10000(crafted: sqlite3.Connection) -> None:
    thorough = examples(THOROUGH)(given(stored_rows())(_the_quick_check_finds_every_broken_row))
    thorough(crafted)
