"""Schema migrations: recorded once, never re-applied, and newer journals left untouched."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from journal_app.domain.models import Entry, Profile
from journal_app.storage.db import integrity_problems, open_journal
from journal_app.storage.errors import NewerJournal
from journal_app.storage.migrations import MIGRATION_SET, known_names, migrations
from journal_app.storage.repository import JournalRepository

ENTRY = Entry(day=dt.date(2024, 1, 31), spasm_severity=6, notes="kept")
TABLES = {"profile", "entries", "entry_medications", "entry_side_effects", "entry_triggers"}


def recorded(db: Database) -> list[tuple[str, str, str]]:
    return db.execute(
        "SELECT migration_set, name, applied_at FROM _sqlite_migrations ORDER BY id"
    ).fetchall()


def make_journal(path: Path) -> None:
    repo = JournalRepository(open_journal(path, create=True))
    repo.save_entry(ENTRY)
    repo.save_profile(Profile("Kim"))
    repo.close()


def mark_as_newer(path: Path, name: str = "m999_from_the_future") -> None:
    """Record a migration this version has never heard of, as a newer version would."""
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, name, "2031-01-01 00:00:00+00:00"],
    )
    conn.commit()
    conn.close()


def test_known_names_lists_every_registered_migration() -> None:
    names = known_names()
    assert "m001_initial" in names
    assert names == {m.name for m in migrations.pending(Database(memory=True))}


def test_a_fresh_journal_records_every_migration(journal_path: Path) -> None:
    db = open_journal(journal_path, create=True)
    try:
        rows = recorded(db)
        assert {name for _, name, _ in rows} == known_names()
        assert len(rows) == len(known_names())
        assert {migration_set for migration_set, _, _ in rows} == {MIGRATION_SET}
        assert migrations.pending(db) == []
        assert set(db.table_names()) >= TABLES | {"injections", "_sqlite_migrations"}
    finally:
        db.close()


def test_migrations_are_recorded_in_their_declared_order(journal_path: Path) -> None:
    db = open_journal(journal_path, create=True)
    try:
        declared = [m.name for m in migrations.pending(Database(memory=True))]
        assert [name for _, name, _ in recorded(db)] == declared
    finally:
        db.close()


def test_reopening_applies_nothing_and_keeps_the_data(journal_path: Path) -> None:
    make_journal(journal_path)
    first = sqlite3.connect(journal_path)
    before = first.execute("SELECT * FROM _sqlite_migrations ORDER BY id").fetchall()
    first.close()
    for _ in range(2):
        repo = JournalRepository(open_journal(journal_path))
        try:
            assert (
                repo.db.execute("SELECT * FROM _sqlite_migrations ORDER BY id").fetchall() == before
            )
            assert repo.entries() == [ENTRY]
            assert repo.profile() == Profile("Kim")
            assert integrity_problems(repo.db) == []
        finally:
            repo.close()


def test_reopening_with_create_applies_nothing(journal_path: Path) -> None:
    make_journal(journal_path)
    db = open_journal(journal_path)
    before = recorded(db)
    db.close()
    db = open_journal(journal_path, create=True)
    try:
        assert recorded(db) == before
    finally:
        db.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_newer_journal_is_refused_and_left_byte_for_byte(
    tmp_path: Path, journal_path: Path, read_only: bool
) -> None:
    make_journal(journal_path)
    mark_as_newer(journal_path)
    before = journal_path.read_bytes()
    with pytest.raises(NewerJournal) as raised:
        open_journal(journal_path, read_only=read_only)
    assert journal_path.read_bytes() == before
    assert journal_path.name in str(raised.value)
    assert "newer version" in str(raised.value)
    if not read_only:
        # The refused connection was closed, so it left no WAL files behind.
        assert [p.name for p in tmp_path.iterdir()] == [journal_path.name]


def test_a_newer_journal_is_refused_even_with_create(journal_path: Path) -> None:
    make_journal(journal_path)
    mark_as_newer(journal_path, "m002_something_new")
    before = journal_path.read_bytes()
    with pytest.raises(NewerJournal):
        open_journal(journal_path, create=True)
    assert journal_path.read_bytes() == before


def test_a_newer_journal_stays_openable_by_sqlite(journal_path: Path) -> None:
    make_journal(journal_path)
    mark_as_newer(journal_path)
    with pytest.raises(NewerJournal):
        open_journal(journal_path)
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("SELECT notes FROM entries").fetchall() == [("kept",)]
    finally:
        conn.close()


def test_migrations_of_another_set_do_not_make_a_journal_newer(journal_path: Path) -> None:
    make_journal(journal_path)
    conn = sqlite3.connect(journal_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        ["some_plugin", "m001_plugin", "2024-01-01 00:00:00+00:00"],
    )
    conn.commit()
    conn.close()
    repo = JournalRepository(open_journal(journal_path))
    try:
        assert repo.entries() == [ENTRY]
    finally:
        repo.close()


# -- m002: levels before treatment, medication recorded ---------------------------------

M002 = "m002_levels_before_treatment_and_medication_recorded"


def make_journal_at_m001(path: Path) -> None:
    """A journal as the version before m002 left it: a day with doses, one without."""
    db = Database(path)
    migrations.apply(db, stop_before=M002)
    db.execute("UPDATE profile SET name = 'Kim', clinician = 'Dr Ruiz'")
    db.execute("INSERT INTO entries (date, headache_severity) VALUES ('2024-01-30', 5)")
    db.execute("INSERT INTO entries (date, headache_severity) VALUES ('2024-01-31', 0)")
    db.execute("INSERT INTO entry_medications VALUES ('2024-01-30', 'triptan', 1)")
    db.conn.commit()
    db.close()


def test_m002_keeps_every_day_as_recorded_and_the_profile_levels_unknown(
    journal_path: Path,
) -> None:
    from journal_app.domain.models import MedicationClass, MedicationDose
    from journal_app.storage.backups import BackupReason, list_backups

    make_journal_at_m001(journal_path)
    repo = JournalRepository(open_journal(journal_path))
    try:
        assert migrations.pending(repo.db) == []
        assert repo.entries() == [
            Entry(
                dt.date(2024, 1, 30),
                headache_severity=5,
                medication=(MedicationDose(MedicationClass.TRIPTAN, 1),),
            ),
            Entry(dt.date(2024, 1, 31), headache_severity=0),
        ]
        # Days saved before the migration count as recorded: the second day is "none taken".
        assert all(entry.medication_recorded for entry in repo.entries())
        assert repo.profile() == Profile("Kim", clinician="Dr Ruiz")
        assert integrity_problems(repo.db) == []
    finally:
        repo.close()
    # Taken after a backup, as every migration (test_backups.py shows the backup's contents).
    assert BackupReason.MIGRATION in {backup.reason for backup in list_backups(journal_path)}


def test_m002_columns_hold_what_the_domain_allows(journal_path: Path) -> None:
    make_journal_at_m001(journal_path)
    repo = JournalRepository(open_journal(journal_path))
    try:
        for statement in (
            "UPDATE profile SET spasm_before_treatment = 11",
            "UPDATE profile SET spasm_before_treatment = -1",
            "UPDATE profile SET headache_days_before_treatment = 32",
            "UPDATE entries SET medication_recorded = 2",
            "UPDATE entries SET medication_recorded = NULL",
        ):
            with pytest.raises(sqlite3.IntegrityError):
                repo.db.execute(statement)
        repo.db.execute(
            "UPDATE profile SET spasm_before_treatment = 10, headache_days_before_treatment = 31"
        )
        repo.db.execute("INSERT INTO entries (date) VALUES ('2024-02-01')")
        repo.db.conn.commit()
        assert repo.profile().spasm_before_treatment == 10
        assert repo.profile().headache_days_before_treatment == 31
        assert repo.entry(dt.date(2024, 2, 1)) == Entry(dt.date(2024, 2, 1))
    finally:
        repo.close()
