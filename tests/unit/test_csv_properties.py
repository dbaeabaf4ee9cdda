"""Property tests of the CSV round trip, and of imports of mangled files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    SideEffect,
)
from journal_app.domain.validation import entry_problems, injection_problems
from journal_app.storage.csv_io import CsvImportError, export_csv, import_csv_files
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

TODAY = dt.date(2025, 6, 30)
SETTINGS = settings(
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# 1900-01-01 is left free for the entry the mangled-import test puts in its journal first.
dates = st.dates(dt.date(1900, 1, 2), TODAY)
texts = st.text(st.characters(codec="utf-8"), max_size=30)
severities = st.none() | st.integers(0, 10)
# Control characters are not valid in tags (validation refuses them).
tags = (
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cc",), exclude_characters=";"),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)


@st.composite
def entries(draw: st.DrawFn, day: dt.date) -> Entry:
    side_effects = draw(st.lists(st.sampled_from(SideEffect), unique=True))
    other = draw(texts) if SideEffect.OTHER in side_effects else ""
    if other:
        # The format's one constraint: the free text of "other" runs to the end of the cell.
        side_effects = [*(s for s in side_effects if s is not SideEffect.OTHER), SideEffect.OTHER]
    classes = draw(st.lists(st.sampled_from(MedicationClass), unique=True, max_size=3))
    # A day without doses either recorded that none were taken or recorded nothing.
    recorded = bool(classes) or draw(st.booleans())
    return Entry(
        day=day,
        spasm_severity=draw(severities),
        headache_severity=draw(severities),
        headache_hours=draw(st.none() | st.floats(0, 24)),
        spasm_episodes=draw(st.none() | st.integers(0, 1000)),
        medication=tuple(MedicationDose(c, draw(st.integers(1, 50))) for c in classes),
        side_effects=tuple(side_effects),
        side_effect_other=other,
        triggers=tuple(draw(st.lists(tags, unique=True, max_size=3))),
        notes=draw(texts),
        medication_recorded=recorded,
    )


@st.composite
def windows(draw: st.DrawFn) -> ExpectedWindows:
    onset_min = draw(st.integers(0, 730))
    reinjection_min = draw(st.integers(1, 730))
    return ExpectedWindows(
        onset_min,
        draw(st.integers(onset_min, 730)),
        reinjection_min,
        draw(st.integers(reinjection_min, 730)),
    )


injections = st.builds(
    Injection,
    day=dates,
    product=st.sampled_from(Product),
    units=st.floats(0, 20000, exclude_min=True),
    indication=st.sampled_from(Indication),
    windows=windows(),
    sites=texts,
    clinician=texts,
    lot=texts,
    notes=texts,
)


@st.composite
def journals(draw: st.DrawFn) -> tuple[list[Entry], list[Injection]]:
    days = draw(st.lists(dates, unique=True, max_size=6))
    return [draw(entries(day)) for day in days], draw(st.lists(injections, max_size=4))


@contextmanager
def journal(folder: Path, name: str) -> Iterator[JournalRepository]:
    repo = JournalRepository(open_journal(folder / name, create=True))
    try:
        yield repo
    finally:
        repo.close()


def fill(repo: JournalRepository, records: tuple[list[Entry], list[Injection]]) -> None:
    repo.import_records(*records, replace=False)


@SETTINGS
@given(journals())
def test_any_valid_journal_round_trips(data: tuple[list[Entry], list[Injection]]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with journal(folder, "a.sqlite") as source, journal(folder, "b.sqlite") as target:
            fill(source, data)
            paths = export_csv(source, folder / "out")
            import_csv_files(target, paths, replace=False, today=TODAY)
            assert target.entries() == source.entries()
            assert target.injections() == source.injections()


def _replace_cell(content: bytes, row: int, column: int, junk: str) -> bytes:
    rows = list(csv.reader(io.StringIO(content.decode("utf-8"), newline="")))
    row %= len(rows)
    if rows[row]:
        rows[row][column % len(rows[row])] = junk
    out = io.StringIO(newline="")
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def _replace_bytes(content: bytes, at: int, junk: bytes) -> bytes:
    at %= len(content) + 1
    return content[:at] + junk + content[at + len(junk) :]


mangles = st.one_of(
    st.tuples(st.just("cell"), st.integers(0, 50), st.integers(0, 20), texts),
    st.tuples(
        st.just("cell"),
        st.integers(0, 50),
        st.integers(0, 20),
        st.sampled_from(
            ["", "-1", "11", "1e3", "2999-01-01", "other:x;other", "triptan:0", "botox", ";", '"']
        ),
    ),
    st.tuples(
        st.just("bytes"), st.integers(0, 10_000), st.just(0), st.binary(min_size=1, max_size=6)
    ),
)


@SETTINGS
@given(journals(), mangles, st.booleans())
def test_a_mangled_file_is_refused_cleanly_or_imports_valid_rows(
    data: tuple[list[Entry], list[Injection]],
    mangle: tuple[str, int, int, str | bytes],
    mangle_injections: bool,
) -> None:
    kind, where, column, junk = mangle
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with journal(folder, "a.sqlite") as source, journal(folder, "b.sqlite") as target:
            fill(source, data)
            paths = export_csv(source, folder / "out")
            victim = paths[1] if mangle_injections else paths[0]
            content = victim.read_bytes()
            if kind == "cell":
                assert isinstance(junk, str)
                victim.write_bytes(_replace_cell(content, where, column, junk))
            else:
                assert isinstance(junk, bytes)
                victim.write_bytes(_replace_bytes(content, where, junk))
            target.save_entry(Entry(day=dt.date(1900, 1, 1), notes="already here"))
            before = (target.entries(), target.injections())
            try:
                import_csv_files(target, paths, replace=False, today=TODAY)
            except CsvImportError as refused:
                assert refused.problems
                for problem in refused.problems:
                    assert re.match(rf"{re.escape(str(victim))}:[1-9]\d*:[1-9]\d*: \S", problem)
                assert (target.entries(), target.injections()) == before
                return
            after_entries, after_injections = target.entries(), target.injections()
            assert before[0][0] in after_entries
            for entry in after_entries:
                assert entry_problems(entry, TODAY) == []
            for injection in after_injections:
                assert injection_problems(injection, TODAY) == []
