"""Rolling backups: one a day and one before each migration, thinned, listed and restored."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from journal_app.domain.models import Entry, ExpectedWindows, Indication, Injection, Product
from journal_app.storage.backups import (
    BackupPolicy,
    BackupReason,
    backup_folder,
    backups_to_keep,
    latest_good_backup,
    list_backups,
    restore_backup,
    take_backup,
    take_daily_backup_if_due,
    thin_backups,
)
from journal_app.storage.db import open_journal
from journal_app.storage.errors import DamagedJournal, JournalLocked, JournalWriteError
from journal_app.storage.lock import lock_path
from journal_app.storage.migrations import migrations
from journal_app.storage.repository import JournalRepository

UTC = dt.timezone.utc
NOON = dt.datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
DAY = dt.date(2026, 3, 1)
INJECTION = Injection(
    DAY,
    Product.ONABOTULINUMTOXIN_A,
    155,
    Indication.CHRONIC_MIGRAINE,
    ExpectedWindows(14, 28, 70, 84),
)


def entries(count: int) -> list[Entry]:
    return [Entry(DAY + dt.timedelta(days=i), spasm_severity=i % 11) for i in range(count)]


def make_journal(path: Path, count: int, *, injections: int = 0) -> None:
    repo = JournalRepository(open_journal(path, create=True))
    repo.import_records(entries(count), [INJECTION] * injections, replace=False)
    repo.close()


def contents(path: Path) -> tuple[list[Entry], list[Injection]]:
    repo = JournalRepository(open_journal(path, read_only=True))
    try:
        return repo.entries(), repo.injections()
    finally:
        repo.close()


@pytest.fixture
def journal(journal_path: Path) -> Path:
    make_journal(journal_path, 3, injections=1)
    return journal_path


@pytest.fixture
def db(journal: Path) -> Iterator[Database]:
    database = Database(sqlite3.connect(journal))
    yield database
    database.close()


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


# -- taking --------------------------------------------------------------------------------


def test_the_folder_is_hidden_beside_the_journal_unless_given(tmp_path: Path) -> None:
    journal = tmp_path / "robin.sqlite"
    assert backup_folder(journal) == tmp_path / ".robin.sqlite.backups"
    elsewhere = tmp_path / "elsewhere"
    assert backup_folder(journal, BackupPolicy(folder=elsewhere)) == elsewhere


def test_a_backup_is_named_by_its_utc_moment_and_reason(journal: Path, db: Database) -> None:
    local = dt.datetime(2026, 3, 31, 14, 5, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    path = take_backup(db, journal, BackupReason.MIGRATION, now=local)
    assert path == backup_folder(journal) / "20260331T120509Z-migration-n1.sqlite"
    assert contents(path) == contents(journal)
    again = take_backup(db, journal, BackupReason.MIGRATION, now=local)
    assert again.name == "20260331T120509Z-migration-n2.sqlite"  # the order of taking


def test_opening_an_existing_journal_takes_todays_backup_once(journal: Path) -> None:
    assert names(backup_folder(journal)) == []  # creating the journal took none
    for _ in range(3):
        open_journal(journal).close()
    [only] = list_backups(journal)
    assert only.reason is BackupReason.DAILY
    assert only.taken_at.date() == dt.datetime.now(UTC).date()
    assert (only.entries, only.injections) == (3, 1)


def test_opening_read_only_takes_no_backup(journal: Path) -> None:
    open_journal(journal, read_only=True).close()
    assert not backup_folder(journal).exists()


def test_one_daily_backup_per_utc_day(journal: Path, db: Database) -> None:
    moments = [
        dt.datetime(2026, 3, 30, 23, 59, tzinfo=UTC),
        dt.datetime(2026, 3, 31, 0, 1, tzinfo=UTC),
        dt.datetime(2026, 3, 31, 18, 0, tzinfo=UTC),
        dt.datetime(2026, 4, 1, 8, 0, tzinfo=UTC),
    ]
    for moment in moments:
        assert take_daily_backup_if_due(db, journal, now=moment) is None
    taken = [info.taken_at for info in list_backups(journal)]
    assert taken == [moments[3], moments[1], moments[0]]


def test_a_backup_that_cannot_be_written_does_not_stop_the_journal(
    journal: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be")
    db = open_journal(journal, backups=BackupPolicy(folder=blocker))
    try:
        [problem] = db.notices
        assert "could not be taken" in str(problem)
        JournalRepository(db).save_entry(Entry(DAY, headache_severity=1))
    finally:
        db.close()


def test_leftovers_of_an_interrupted_backup_are_removed(journal: Path, db: Database) -> None:
    folder = backup_folder(journal)
    folder.mkdir()
    (folder / ".20260330T000000Z-daily.sqlite.abc123.tmp").write_bytes(b"SQLite for")
    (folder / ".notes.tmp").write_bytes(b"not a copy of ours")  # left alone: not ours
    take_daily_backup_if_due(db, journal, now=NOON)
    assert names(folder) == [".notes.tmp", "20260331T120000Z-daily-n1.sqlite"]


# -- before migrations ---------------------------------------------------------------------


@pytest.fixture
def new_migration(monkeypatch: pytest.MonkeyPatch) -> str:
    """A migration this version gains, as a later release would add one."""
    name = "m999_add_reminders"

    def add_reminders(db: Database) -> None:
        db.execute("CREATE TABLE reminders (id INTEGER PRIMARY KEY, text TEXT)")

    monkeypatch.setattr(
        migrations,
        "_migrations",
        [*migrations._migrations, Migrations._Migration(name, add_reminders)],
    )
    return name


def test_a_backup_is_taken_before_a_migration(journal: Path, new_migration: str) -> None:
    before = contents(journal)
    db = open_journal(journal)
    try:
        assert "reminders" in db.table_names()
    finally:
        db.close()
    [migration] = [b for b in list_backups(journal) if b.reason is BackupReason.MIGRATION]
    copy = sqlite3.connect(migration.path)
    try:
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
        applied = {row[0] for row in copy.execute("SELECT name FROM _sqlite_migrations")}
    finally:
        copy.close()
    assert "reminders" not in tables and new_migration not in applied
    assert (migration.entries, migration.injections) == (len(before[0]), len(before[1]))


def test_a_new_journal_is_not_backed_up_before_its_first_migrations(
    journal_path: Path, new_migration: str
) -> None:
    open_journal(journal_path, create=True).close()
    assert list_backups(journal_path) == []


def test_no_migration_without_its_backup(journal: Path, new_migration: str, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(JournalWriteError):
        open_journal(journal, backups=BackupPolicy(folder=blocker))
    conn = sqlite3.connect(journal)
    try:
        applied = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
    finally:
        conn.close()
    assert new_migration not in applied


# -- thinning ------------------------------------------------------------------------------


def test_thinning_keeps_recent_days_weeks_and_months() -> None:
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(90)]  # to 31 March
    moments = [dt.datetime(d.year, d.month, d.day, 9, tzinfo=UTC) for d in days]
    kept = sorted(moments[i].date() for i in backups_to_keep(moments, BackupPolicy()))
    last_seven = [dt.date(2026, 3, d) for d in range(25, 32)]
    # Newest of each ISO week: 31 March is a Tuesday, the weeks before end on Sundays.
    weeks = [dt.date(2026, 3, 8), dt.date(2026, 3, 15), dt.date(2026, 3, 22), dt.date(2026, 3, 29)]
    months = [dt.date(2026, 1, 31), dt.date(2026, 2, 28)]
    assert kept == sorted({*last_seven, *weeks, *months})


def test_thinning_keeps_the_newest_of_a_day_and_every_migration_backup(
    journal: Path, db: Database
) -> None:
    policy = BackupPolicy(daily=2, weekly=0, monthly=0)
    take_backup(db, journal, BackupReason.MIGRATION, now=NOON - dt.timedelta(days=30))
    take_backup(db, journal, BackupReason.DAILY, now=NOON - dt.timedelta(days=2))
    take_backup(db, journal, BackupReason.DAILY, now=NOON - dt.timedelta(days=1))
    for hour in (6, 9, 12):
        take_backup(db, journal, BackupReason.DAILY, now=NOON.replace(hour=hour))
    removed = thin_backups(journal, policy=policy)
    assert len(removed) == 3 and not any(path.exists() for path in removed)
    assert names(backup_folder(journal)) == [
        "20260301T120000Z-migration-n1.sqlite",
        "20260330T120000Z-daily-n3.sqlite",
        "20260331T120000Z-daily-n6.sqlite",
    ]


# -- listing -------------------------------------------------------------------------------


def test_list_backups_newest_first_with_counts(journal: Path, db: Database) -> None:
    older = take_backup(db, journal, BackupReason.DAILY, now=NOON - dt.timedelta(days=1))
    JournalRepository(db).import_records(entries(10)[3:], [INJECTION], replace=False)
    newer = take_backup(db, journal, BackupReason.DAILY, now=NOON)
    (backup_folder(journal) / "notes.txt").write_text("not a backup")
    listed = list_backups(journal)
    assert [(b.path, b.entries, b.injections) for b in listed] == [(newer, 10, 2), (older, 3, 1)]


def test_an_unreadable_backup_is_listed_without_counts(journal: Path, db: Database) -> None:
    take_backup(db, journal, BackupReason.DAILY, now=NOON - dt.timedelta(days=1))
    broken = backup_folder(journal) / "20260331T120000Z-daily-n2.sqlite"
    broken.write_bytes(b"\x00" * 4096)
    newest = list_backups(journal)[0]
    assert newest.path == broken
    assert (newest.entries, newest.injections, newest.readable) == (None, None, False)


def test_the_latest_good_backup_skips_damaged_copies(journal: Path, db: Database) -> None:
    good = take_backup(db, journal, BackupReason.DAILY, now=NOON - dt.timedelta(days=2))
    damaged = take_backup(db, journal, BackupReason.DAILY, now=NOON - dt.timedelta(days=1))
    data = bytearray(damaged.read_bytes())
    data[4096:8192] = b"\x5a" * 4096  # a page of the tables, past the schema
    damaged.write_bytes(bytes(data))
    assert list_backups(journal)[0].readable  # cheap listing does not check pages
    latest = latest_good_backup(journal)
    assert latest is not None and latest.path == good


def test_no_backup_means_no_latest(journal: Path) -> None:
    assert list_backups(journal) == []
    assert latest_good_backup(journal) is None


# -- restoring -----------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_the_journal_aside(
    journal: Path, db: Database
) -> None:
    backup = take_backup(db, journal, BackupReason.DAILY, now=NOON)
    JournalRepository(db).import_records(entries(8)[3:], [], replace=False)
    db.close()
    before = contents(journal)
    kept = restore_backup(backup, journal, now=NOON)
    assert kept == journal.with_name("journal.replaced-20260331T120000Z.sqlite")
    assert contents(journal) == (entries(3), [INJECTION])
    assert contents(kept) == before
    assert backup.exists()  # the backup itself stays for another time


def test_restore_keeps_changes_still_in_the_write_ahead_log(
    journal: Path, db: Database, tmp_path: Path
) -> None:
    backup = take_backup(db, journal, BackupReason.DAILY, now=NOON)
    db.close()
    # A journal whose last change sits in its log only, as a crash leaves it: copy the
    # files (the lock file binds the log to the journal) while the writer has it open.
    writer = JournalRepository(open_journal(journal))
    writer.save_entry(Entry(dt.date(2026, 3, 20), spasm_severity=7))
    crashed = tmp_path / "crashed" / journal.name
    crashed.parent.mkdir()
    for suffix in ("", "-wal"):
        Path(f"{crashed}{suffix}").write_bytes(Path(f"{journal}{suffix}").read_bytes())
    lock_path(crashed).write_bytes(lock_path(journal).read_bytes())
    writer.close()
    kept = restore_backup(backup, crashed, now=NOON)
    assert kept is not None and Path(f"{kept}-wal").exists()
    assert not Path(f"{crashed}-wal").exists()
    assert Entry(dt.date(2026, 3, 20), spasm_severity=7) in contents(kept)[0]
    assert contents(crashed) == (entries(3), [INJECTION])


def test_restore_refuses_a_journal_open_for_writing(journal: Path, db: Database) -> None:
    backup = take_backup(db, journal, BackupReason.DAILY, now=NOON)
    writer = open_journal(journal)
    try:
        before = journal.read_bytes()
        with pytest.raises(JournalLocked):
            restore_backup(backup, journal)
        assert journal.read_bytes() == before
    finally:
        writer.close()
    assert [p.name for p in journal.parent.glob("journal.replaced-*")] == []


def test_restore_refuses_a_damaged_backup(journal: Path, db: Database) -> None:
    backup = take_backup(db, journal, BackupReason.DAILY, now=NOON)
    data = bytearray(backup.read_bytes())
    data[4096:] = bytes(len(data) - 4096)
    backup.write_bytes(bytes(data))
    db.close()
    before = journal.read_bytes()
    with pytest.raises(DamagedJournal):
        restore_backup(backup, journal)
    assert journal.read_bytes() == before


def test_restore_over_a_missing_journal_sets_nothing_aside(journal: Path, db: Database) -> None:
    backup = take_backup(db, journal, BackupReason.DAILY, now=NOON)
    db.close()
    journal.unlink()
    assert restore_backup(backup, journal) is None
    assert contents(journal) == (entries(3), [INJECTION])


def test_something_else_where_the_folder_goes_lists_no_backups(journal: Path) -> None:
    backup_folder(journal).write_text("not a folder")
    assert list_backups(journal) == []
    assert latest_good_backup(journal) is None
