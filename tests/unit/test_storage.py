"""JournalRepository round trips, all-or-nothing writes and the schema's CHECK constraints."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from journal_app.domain.models import (
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
from journal_app.domain.windows import default_windows
from journal_app.storage.db import integrity_problems, open_journal
from journal_app.storage.errors import JournalWriteError
from journal_app.storage.repository import JournalRepository

from .test_csv_properties import entries as entries_strategy

DAY = dt.date(2024, 5, 1)
CHILD_TABLES = ("entry_medications", "entry_side_effects", "entry_triggers")


@pytest.fixture
def repo(journal_path: Path) -> Iterator[JournalRepository]:
    repository = JournalRepository(open_journal(journal_path, create=True))
    yield repository
    repository.close()


def full_entry(day: dt.date = DAY) -> Entry:
    return Entry(
        day=day,
        spasm_severity=7,
        headache_severity=0,
        headache_hours=3.25,
        spasm_episodes=12,
        medication=(
            MedicationDose(MedicationClass.TRIPTAN, 2),
            MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 1),
            MedicationDose(MedicationClass.OPIOID, 3),
        ),
        side_effects=(SideEffect.NECK_PAIN, SideEffect.DROOPING_EYELID, SideEffect.OTHER),
        side_effect_other="dry mouth",
        triggers=("weather", "stress", "red wine"),
        notes="Line one\nline two; with “quotes” and émoji 🙂",
    )


def an_injection(day: dt.date = DAY, **changes: Any) -> Injection:
    injection = Injection(
        day=day,
        product=Product.ABOBOTULINUMTOXIN_A,
        units=500.5,
        indication=Indication.CERVICAL_DYSTONIA,
        windows=ExpectedWindows(5, 21, 100, 130),
        sites="left sternocleidomastoid; right splenius",
        clinician="Dr Lindqvist",
        lot="DYS-2024-17",
        notes="tolerated well",
    )
    return replace(injection, **changes)


def child_rows(db: Database, day: dt.date) -> dict[str, int]:
    return {
        table: db.execute(
            f"SELECT count(*) FROM {table} WHERE date = ?", [day.isoformat()]
        ).fetchone()[0]
        for table in CHILD_TABLES
    }


def every_row(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to show that a failed write changed nothing."""
    return {
        table: db.execute(f"SELECT * FROM [{table}] ORDER BY rowid").fetchall()
        for table in db.table_names()
    }


# -- entries -------------------------------------------------------------------------------


def test_an_entry_round_trips_every_field(repo: JournalRepository) -> None:
    entry = full_entry()
    repo.save_entry(entry)
    assert repo.entry(DAY) == entry
    assert repo.entries() == [entry]


def test_an_entry_with_nothing_logged_round_trips(repo: JournalRepository) -> None:
    entry = Entry(day=DAY)
    repo.save_entry(entry)
    stored = repo.entry(DAY)
    assert stored == entry
    assert stored is not None and stored.spasm_severity is None
    assert stored.headache_severity is None


def test_medication_not_recorded_is_kept_apart_from_none_taken(repo: JournalRepository) -> None:
    none_taken = Entry(day=DAY, headache_severity=3)
    not_recorded = Entry(day=DAY + dt.timedelta(days=1), medication_recorded=False)
    repo.save_entry(none_taken)
    repo.save_entry(not_recorded)
    assert repo.entries() == [none_taken, not_recorded]
    assert [e.medication_recorded for e in repo.entries()] == [True, False]
    # Saved again, recorded: the flag is replaced like every other field of the day.
    repo.save_entry(replace(not_recorded, medication_recorded=True), saved=not_recorded)
    assert repo.entry(not_recorded.day) == replace(not_recorded, medication_recorded=True)


def test_import_with_replace_replaces_the_recorded_flag(repo: JournalRepository) -> None:
    repo.save_entry(Entry(day=DAY, medication=(MedicationDose(MedicationClass.TRIPTAN, 1),)))
    repo.import_records([Entry(day=DAY, medication_recorded=False)], [], replace=True)
    assert repo.entry(DAY) == Entry(day=DAY, medication_recorded=False)


def test_headache_severity_zero_is_kept_apart_from_not_logged(repo: JournalRepository) -> None:
    repo.save_entry(Entry(day=DAY, headache_severity=0))
    stored = repo.entry(DAY)
    assert stored is not None and stored.headache_severity == 0


def test_a_missing_day_has_no_entry(repo: JournalRepository) -> None:
    repo.save_entry(full_entry())
    assert repo.entry(DAY + dt.timedelta(days=1)) is None


def test_entries_come_oldest_first(repo: JournalRepository) -> None:
    days = [DAY + dt.timedelta(days=n) for n in (5, -3, 0, 40)]
    for day in days:
        repo.save_entry(full_entry(day))
    assert [e.day for e in repo.entries()] == sorted(days)
    assert repo.entry_days() == set(days)


def test_each_entry_keeps_its_own_children(repo: JournalRepository) -> None:
    first = full_entry(DAY)
    second = replace(
        full_entry(DAY + dt.timedelta(days=1)),
        medication=(MedicationDose(MedicationClass.OTHER, 1),),
        side_effects=(SideEffect.BACK_PAIN,),
        side_effect_other="",
        triggers=("heat",),
    )
    repo.save_entry(second)
    repo.save_entry(first)
    assert repo.entries() == [first, second]


def test_saving_a_day_again_replaces_it_and_its_children(repo: JournalRepository) -> None:
    repo.save_entry(full_entry())
    again = Entry(
        day=DAY,
        spasm_severity=2,
        medication=(MedicationDose(MedicationClass.COMBINATION_ANALGESIC, 4),),
        side_effects=(SideEffect.BLURRED_VISION,),
        triggers=("cold",),
        notes="better",
    )
    repo.save_entry(again)
    assert repo.entries() == [again]
    assert child_rows(repo.db, DAY) == {
        "entry_medications": 1,
        "entry_side_effects": 1,
        "entry_triggers": 1,
    }
    assert repo.counts() == (1, 0)


def test_saving_the_same_entry_twice_duplicates_nothing(repo: JournalRepository) -> None:
    entry = full_entry()
    repo.save_entry(entry)
    repo.save_entry(entry)
    assert repo.entries() == [entry]
    assert child_rows(repo.db, DAY) == {
        "entry_medications": len(entry.medication),
        "entry_side_effects": len(entry.side_effects),
        "entry_triggers": len(entry.triggers),
    }


def test_saving_an_entry_with_no_children_clears_the_old_ones(repo: JournalRepository) -> None:
    repo.save_entry(full_entry())
    repo.save_entry(Entry(day=DAY, spasm_severity=1))
    assert child_rows(repo.db, DAY) == dict.fromkeys(CHILD_TABLES, 0)


def statements_of(repo: JournalRepository, write: Callable[[], object]) -> list[str]:
    """The SQL statements ``write`` runs (BEGIN and COMMIT left out)."""
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        write()
    finally:
        repo.db.conn.set_trace_callback(None)
    return [sql for sql in statements if sql not in ("BEGIN", "COMMIT")]


def test_a_save_that_knows_the_saved_entry_writes_only_what_changed(
    repo: JournalRepository,
) -> None:
    saved = full_entry()
    repo.save_entry(saved)
    lighter = replace(saved, spasm_severity=3, triggers=("weather",))
    statements = statements_of(repo, lambda: repo.save_entry(lighter, saved=saved))
    assert [sql.split()[0:3] for sql in statements] == [
        ["INSERT", "INTO", "entries"],
        ["DELETE", "FROM", "entry_triggers"],
        ["INSERT", "INTO", "entry_triggers"],
    ]
    assert repo.entries() == [lighter]


def test_a_new_day_known_to_be_new_is_one_insert_per_table_used(repo: JournalRepository) -> None:
    entry = Entry(DAY, headache_severity=4, triggers=("stress",))
    statements = statements_of(repo, lambda: repo.save_entry(entry, saved=None))
    assert [sql.split()[0:3] for sql in statements] == [
        ["INSERT", "INTO", "entries"],
        ["INSERT", "INTO", "entry_triggers"],
    ]
    assert repo.entries() == [entry]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(0, 2), entries_strategy(DAY)), min_size=1, max_size=8))
def test_saves_that_know_the_saved_entry_leave_what_the_journal_reads_back(
    repo: JournalRepository, saves: list[tuple[int, Entry]]
) -> None:
    """Whatever was saved before on each day, children included, the last save is what is
    read back: writing only the differences loses or duplicates nothing."""
    for day in {*(e.day for e in repo.entries())}:
        repo.delete_entry(day)
    last: dict[dt.date, Entry] = {}
    for offset, drawn in saves:
        entry = replace(drawn, day=DAY + dt.timedelta(days=offset))
        repo.save_entry(entry, saved=last.get(entry.day))
        last[entry.day] = entry
    assert repo.entries() == [last[day] for day in sorted(last)]
    assert integrity_problems(repo.db) == []


def test_deleting_an_entry_deletes_its_children(repo: JournalRepository) -> None:
    other_day = DAY + dt.timedelta(days=1)
    repo.save_entry(full_entry(DAY))
    repo.save_entry(full_entry(other_day))
    repo.delete_entry(DAY)
    assert repo.entry(DAY) is None
    assert child_rows(repo.db, DAY) == dict.fromkeys(CHILD_TABLES, 0)
    assert repo.entries() == [full_entry(other_day)]
    assert integrity_problems(repo.db) == []


def test_deleting_a_missing_day_changes_nothing(repo: JournalRepository) -> None:
    repo.save_entry(full_entry())
    before = every_row(repo.db)
    repo.delete_entry(DAY - dt.timedelta(days=1))
    assert every_row(repo.db) == before


def test_a_refused_entry_leaves_the_old_one_intact(repo: JournalRepository) -> None:
    repo.save_entry(full_entry())
    before = every_row(repo.db)
    with pytest.raises(JournalWriteError):
        repo.save_entry(replace(full_entry(), spasm_severity=11, triggers=("x",)))
    assert every_row(repo.db) == before


def test_a_saved_entry_is_visible_to_another_connection_at_once(
    repo: JournalRepository, journal_path: Path
) -> None:
    repo.save_entry(full_entry())
    other = sqlite3.connect(journal_path)
    try:
        row = other.execute("SELECT date, spasm_severity FROM entries").fetchall()
        triggers = other.execute("SELECT count(*) FROM entry_triggers").fetchone()[0]
    finally:
        other.close()
    assert row == [(DAY.isoformat(), full_entry().spasm_severity)]
    assert triggers == len(full_entry().triggers)


# -- injections ----------------------------------------------------------------------------


def test_an_injection_round_trips_every_field(repo: JournalRepository) -> None:
    added = repo.add_injection(an_injection())
    assert added.id is not None
    stored = repo.injection(added.id)
    assert stored == an_injection()
    assert stored is not None and stored.id == added.id
    assert repo.injections() == [an_injection()]


@pytest.mark.parametrize("product", list(Product))
def test_every_product_is_stored(repo: JournalRepository, product: Product) -> None:
    added = repo.add_injection(an_injection(product=product))
    stored = repo.injection(added.id or 0)
    assert stored is not None and stored.product is product


@pytest.mark.parametrize("indication", list(Indication))
def test_every_indication_is_stored(repo: JournalRepository, indication: Indication) -> None:
    added = repo.add_injection(
        an_injection(indication=indication, windows=default_windows(indication))
    )
    assert repo.injection(added.id or 0) == an_injection(
        indication=indication, windows=default_windows(indication)
    )


def test_each_injection_gets_its_own_id(repo: JournalRepository) -> None:
    ids = [repo.add_injection(an_injection()).id for _ in range(3)]
    assert None not in ids
    assert len(set(ids)) == 3
    assert sorted(i.id or 0 for i in repo.injections()) == sorted(i or 0 for i in ids)


def test_an_injection_re_added_with_its_id_keeps_it(repo: JournalRepository) -> None:
    added = repo.add_injection(an_injection())
    assert added.id is not None
    repo.delete_injection(added.id)
    restored = repo.add_injection(added)
    assert restored.id == added.id
    stored = repo.injection(added.id)
    assert stored is not None and stored.id == added.id


def test_a_missing_injection_id_gives_none(repo: JournalRepository) -> None:
    added = repo.add_injection(an_injection())
    assert repo.injection((added.id or 0) + 1) is None


def test_updating_an_injection_changes_only_it(repo: JournalRepository) -> None:
    first = repo.add_injection(an_injection())
    second = repo.add_injection(an_injection(DAY + dt.timedelta(days=120)))
    changed = replace(
        first,
        day=DAY - dt.timedelta(days=2),
        product=Product.ONABOTULINUMTOXIN_A,
        units=155,
        indication=Indication.CHRONIC_MIGRAINE,
        windows=ExpectedWindows(10, 30, 80, 90),
        sites="31 sites (PREEMPT)",
        clinician="Dr Mensah",
        lot="B-77",
        notes="changed",
    )
    repo.update_injection(changed)
    assert repo.injection(first.id or 0) == changed
    assert repo.injection(second.id or 0) == second
    assert repo.counts() == (0, 2)


def test_updating_an_injection_without_id_is_a_programming_error(
    repo: JournalRepository,
) -> None:
    with pytest.raises(ValueError, match="id"):
        repo.update_injection(an_injection())


def test_deleting_an_injection_removes_only_it(repo: JournalRepository) -> None:
    first = repo.add_injection(an_injection())
    second = repo.add_injection(an_injection(notes="second"))
    repo.delete_injection(first.id or 0)
    assert repo.injection(first.id or 0) is None
    assert repo.injections() == [second]
    assert [i.id for i in repo.injections()] == [second.id]


def test_injections_come_by_date_then_in_the_order_recorded(repo: JournalRepository) -> None:
    later = DAY + dt.timedelta(days=100)
    recorded = [
        repo.add_injection(an_injection(later, sites="neck")),
        repo.add_injection(an_injection(DAY, sites="left")),
        repo.add_injection(an_injection(later, sites="shoulder")),
        repo.add_injection(an_injection(DAY, sites="right")),
    ]
    assert [i.sites for i in repo.injections()] == ["left", "right", "neck", "shoulder"]
    assert [i.id for i in repo.injections()] == [recorded[n].id for n in (1, 3, 0, 2)]


def test_a_refused_injection_is_not_recorded(repo: JournalRepository) -> None:
    repo.add_injection(an_injection())
    before = every_row(repo.db)
    with pytest.raises(JournalWriteError):
        repo.add_injection(an_injection(units=0))
    assert every_row(repo.db) == before


# -- import --------------------------------------------------------------------------------


def days_from(start: dt.date, count: int) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range(count)]


def test_import_writes_every_record(repo: JournalRepository) -> None:
    entries = [full_entry(day) for day in days_from(DAY, 5)]
    injections = [
        an_injection(DAY),
        an_injection(DAY, lot="second"),
        an_injection(DAY + dt.timedelta(days=3)),
    ]
    repo.import_records(entries, injections, replace=False)
    assert repo.entries() == entries
    assert repo.injections() == injections
    assert repo.counts() == (5, 3)


def test_import_accepts_generators(repo: JournalRepository) -> None:
    days = days_from(DAY, 3)
    repo.import_records(
        (full_entry(d) for d in days), (an_injection(d) for d in days), replace=False
    )
    assert repo.counts() == (3, 3)


def test_import_ignores_ids_given_with_injections(repo: JournalRepository) -> None:
    existing = repo.add_injection(an_injection())
    repo.import_records([], [replace(an_injection(), id=existing.id)], replace=False)
    assert repo.counts() == (0, 2)


@pytest.fixture
def filled(repo: JournalRepository) -> JournalRepository:
    """A journal with a few entries, injections and a profile already in it."""
    repo.save_profile(Profile("Alex", dt.date(1980, 1, 2), "ID-9", "Dr Ray", "note"))
    for day in days_from(DAY - dt.timedelta(days=10), 4):
        repo.save_entry(full_entry(day))
    repo.add_injection(an_injection(DAY - dt.timedelta(days=10)))
    repo.add_injection(an_injection(DAY - dt.timedelta(days=10), lot="2nd"))
    return repo


def test_a_bad_entry_in_the_middle_imports_nothing(filled: JournalRepository) -> None:
    before = every_row(filled.db)
    entries = [full_entry(day) for day in days_from(DAY, 6)]
    entries[3] = replace(entries[3], headache_severity=11)
    with pytest.raises(JournalWriteError):
        filled.import_records(entries, [an_injection(DAY)], replace=False)
    assert every_row(filled.db) == before


def test_a_bad_injection_in_the_middle_imports_nothing(filled: JournalRepository) -> None:
    before = every_row(filled.db)
    injections = [an_injection(day) for day in days_from(DAY, 5)]
    injections[2] = replace(injections[2], windows=ExpectedWindows(20, 10, 100, 130))
    entries = [full_entry(day) for day in days_from(DAY, 5)]
    with pytest.raises(JournalWriteError):
        filled.import_records(entries, injections, replace=True)
    assert every_row(filled.db) == before


def test_a_failed_import_leaves_the_journal_usable(
    filled: JournalRepository, journal_path: Path
) -> None:
    with pytest.raises(JournalWriteError):
        filled.import_records([Entry(day=DAY, spasm_severity=-1)], [], replace=False)
    filled.save_entry(full_entry(DAY))
    other = sqlite3.connect(journal_path)
    try:
        found = other.execute("SELECT count(*) FROM entries WHERE date = ?", [DAY.isoformat()])
        assert found.fetchone()[0] == 1
    finally:
        other.close()


def test_import_without_replace_refuses_a_day_already_logged(filled: JournalRepository) -> None:
    before = every_row(filled.db)
    taken = min(filled.entry_days())
    entries = [full_entry(DAY), replace(full_entry(taken), notes="new")]
    with pytest.raises(JournalWriteError):
        filled.import_records(entries, [], replace=False)
    assert every_row(filled.db) == before


def test_import_with_replace_replaces_days_and_their_injections(
    filled: JournalRepository,
) -> None:
    taken = min(filled.entry_days())
    old_injection_day = filled.injections()[0].day
    untouched = [e for e in filled.entries() if e.day != taken]
    new_entry = Entry(day=taken, spasm_severity=1, triggers=("new",))
    new_injection = an_injection(old_injection_day, lot="replacement")
    filled.import_records([new_entry], [new_injection], replace=True)
    assert filled.entry(taken) == new_entry
    assert child_rows(filled.db, taken) == {
        "entry_medications": 0,
        "entry_side_effects": 0,
        "entry_triggers": 1,
    }
    assert [e for e in filled.entries() if e.day != taken] == untouched
    assert filled.injections() == [new_injection]


def test_counts(repo: JournalRepository) -> None:
    assert repo.counts() == (0, 0)
    for day in days_from(DAY, 4):
        repo.save_entry(Entry(day=day))
    repo.add_injection(an_injection())
    repo.add_injection(an_injection())
    assert repo.counts() == (len(repo.entries()), len(repo.injections()))
    assert repo.counts() == (4, 2)
    repo.delete_entry(DAY)
    assert repo.counts() == (3, 2)


# -- profile -------------------------------------------------------------------------------


def test_a_new_journal_has_an_empty_profile(repo: JournalRepository) -> None:
    assert repo.profile() == Profile()


def test_a_profile_round_trips_with_a_birth_date(repo: JournalRepository) -> None:
    profile = Profile("Jo “JJ” Smith", dt.date(1975, 12, 31), "CL-0042", "Dr Osei", "likes tea")
    repo.save_profile(profile)
    assert repo.profile() == profile


def test_a_profile_round_trips_its_levels_before_treatment(repo: JournalRepository) -> None:
    profile = Profile("Jo", spasm_before_treatment=0, headache_days_before_treatment=31)
    repo.save_profile(profile)
    assert repo.profile() == profile
    repo.save_profile(Profile("Jo", spasm_before_treatment=7))
    assert repo.profile() == Profile("Jo", spasm_before_treatment=7)


def test_a_profile_round_trips_without_a_birth_date(repo: JournalRepository) -> None:
    repo.save_profile(Profile("Jo", dt.date(1975, 12, 31)))
    profile = Profile(name="Jo", clinician="Dr Osei")
    repo.save_profile(profile)
    assert repo.profile() == profile
    assert repo.db.execute("SELECT count(*) FROM profile").fetchone()[0] == 1


# -- CHECK constraints ---------------------------------------------------------------------


def insert(db: Database, table: str, **values: Any) -> None:
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))


def injection_row(**changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "date": "2024-05-01",
        "product": "onabotulinumtoxinA",
        "units": 155,
        "indication": "chronic_migraine",
        "onset_min_days": 14,
        "onset_max_days": 28,
        "reinjection_min_days": 70,
        "reinjection_max_days": 84,
    }
    return row | changes


def test_valid_raw_rows_are_accepted(repo: JournalRepository) -> None:
    insert(repo.db, "entries", date="2024-02-29", spasm_severity=10, headache_severity=0)
    insert(repo.db, "entry_medications", date="2024-02-29", **{"class": "opioid", "count": 1})
    insert(repo.db, "entry_side_effects", date="2024-02-29", code="excess_tearing")
    insert(repo.db, "injections", **injection_row())
    assert repo.counts() == (1, 1)
    assert integrity_problems(repo.db) == []


@pytest.mark.parametrize("column", ["spasm_severity", "headache_severity"])
@pytest.mark.parametrize("value", [11, -1])
def test_severity_outside_0_to_10_is_refused(
    repo: JournalRepository, column: str, value: int
) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "entries", date="2024-05-01", **{column: value})


@pytest.mark.parametrize(
    "text", ["yesterday", "2024/05/01", "2024-5-1", "2024-13-01", "2023-02-29", "2024-05-01T09:00"]
)
def test_bad_date_text_is_refused(repo: JournalRepository, text: str) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "entries", date=text)
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "injections", **injection_row(date=text))
    with pytest.raises(sqlite3.IntegrityError):
        repo.db.execute("UPDATE profile SET date_of_birth = ?", [text])
    assert repo.counts() == (0, 0)


def test_an_entry_needs_a_date(repo: JournalRepository) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "entries", date=None, spasm_severity=3)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("product", "botox"),
        ("product", "Botox"),
        ("indication", "tension_headache"),
        ("units", 0),
        ("units", -10),
        ("onset_max_days", 13),
        ("onset_min_days", -1),
        ("reinjection_min_days", 0),
        ("reinjection_max_days", 69),
    ],
)
def test_bad_injection_values_are_refused(
    repo: JournalRepository, column: str, value: object
) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "injections", **injection_row(**{column: value}))
    assert repo.counts() == (0, 0)


def test_unknown_side_effect_code_is_refused(repo: JournalRepository) -> None:
    insert(repo.db, "entries", date="2024-05-01")
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "entry_side_effects", date="2024-05-01", code="headache")


@pytest.mark.parametrize(("cls", "count"), [("ibuprofen", 1), ("triptan", 0)])
def test_unknown_medication_class_or_no_dose_is_refused(
    repo: JournalRepository, cls: str, count: int
) -> None:
    insert(repo.db, "entries", date="2024-05-01")
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "entry_medications", date="2024-05-01", **{"class": cls, "count": count})


def test_a_child_row_needs_its_entry(repo: JournalRepository) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "entry_triggers", date="2024-05-01", position=0, tag="stress")


def test_a_blank_trigger_tag_is_refused(repo: JournalRepository) -> None:
    insert(repo.db, "entries", date="2024-05-01")
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "entry_triggers", date="2024-05-01", position=0, tag="  ")


def test_a_second_entry_for_the_same_date_is_refused(repo: JournalRepository) -> None:
    insert(repo.db, "entries", date="2024-05-01", spasm_severity=2)
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "entries", date="2024-05-01", spasm_severity=5)
    assert repo.entries() == [Entry(day=DAY, spasm_severity=2)]


def test_there_is_only_one_profile_row(repo: JournalRepository) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        insert(repo.db, "profile", id=2, name="someone else")


# -- integrity -----------------------------------------------------------------------------


def test_a_new_journal_is_sound(repo: JournalRepository) -> None:
    assert integrity_problems(repo.db) == []


def test_a_journal_full_of_records_is_sound(filled: JournalRepository) -> None:
    filled.save_entry(full_entry(DAY))
    filled.delete_entry(DAY)
    assert integrity_problems(filled.db) == []


def test_integrity_problems_reports_an_orphan_row(repo: JournalRepository) -> None:
    repo.db.execute("PRAGMA foreign_keys = OFF")
    insert(repo.db, "entry_triggers", date="2024-05-01", position=0, tag="stress")
    repo.db.execute("PRAGMA foreign_keys = ON")
    problems = integrity_problems(repo.db)
    assert len(problems) == 1
    assert "entry_triggers" in problems[0]


def test_any_sqlite_failure_of_a_write_becomes_a_journal_write_error(
    repo: JournalRepository,
) -> None:
    repo.save_entry(full_entry())
    before = every_row(repo.db)
    # SQLite's length limit makes the insert fail with DataError, neither integrity nor I/O.
    repo.db.conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1000)
    with pytest.raises(JournalWriteError) as raised:
        repo.save_entry(replace(full_entry(), notes="x" * 2000))
    assert "not saved" in str(raised.value)
    assert isinstance(raised.value.__cause__, sqlite3.DataError)
    assert every_row(repo.db) == before


def test_a_disk_that_fails_under_the_journal_gets_its_own_message() -> None:
    import sqlite3

    from journal_app.storage.repository import write_failure

    message = str(write_failure("j.sqlite", sqlite3.OperationalError("disk I/O error")))
    assert "could not be written" in message and "try again" in message
