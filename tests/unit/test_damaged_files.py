"""Damaged, foreign and newer files: each refused with its own message, never modified.

test_open_journal.py covers files that are not SQLite and other applications' databases opened
every way; here the file is a real journal, damaged as disks and interrupted copies damage
files, and the checks run on every way in: the window's open, read-only, and `check`.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.domain.models import Entry
from journal_app.storage.backups import BackupReason, take_backup
from journal_app.storage.db import open_journal
from journal_app.storage.errors import DamagedJournal, JournalError, NewerJournal, NotAJournal
from journal_app.storage.migrations import MIGRATION_SET
from journal_app.storage.probe import probe_journal
from journal_app.storage.repository import JournalRepository
from journal_app.storage.sqlite import Database

PAGE = 4096
FIRST_DAY = dt.date(2024, 1, 1)
DAYS = 400

OPENINGS: dict[str, Callable[[Path], object]] = {
    "write": lambda path: open_journal(path).close(),
    "create": lambda path: open_journal(path, create=True).close(),
    "read_only": lambda path: open_journal(path, read_only=True).close(),
    "probe": probe_journal,
}


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def sound_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A closed journal of many pages (no log beside it), as bytes to damage."""
    path = tmp_path_factory.mktemp("sound") / "journal.sqlite"
    repo = JournalRepository(open_journal(path, create=True))
    repo.import_records(
        [
            Entry(FIRST_DAY + dt.timedelta(days=i), spasm_severity=i % 11, notes="n" * (i % 90))
            for i in range(DAYS)
        ],
        [],
        replace=False,
    )
    repo.close()
    data = path.read_bytes()
    assert len(data) % PAGE == 0 and len(data) // PAGE > 20
    return data


def refused(
    tmp_path: Path, journal_path: Path, content: bytes, how: str, expected: type[JournalError]
) -> JournalError:
    """Open ``content`` as ``how`` says; the error, once checked the folder did not change."""
    journal_path.write_bytes(content)
    before = folder_state(tmp_path)
    with pytest.raises(expected) as raised:
        OPENINGS[how](journal_path)
    assert folder_state(tmp_path) == before  # byte for byte, and no new file beside it
    return raised.value


def pages_of(data: bytes) -> int:
    return len(data) // PAGE


# -- damaged -------------------------------------------------------------------------------


@pytest.mark.parametrize("how", list(OPENINGS))
@pytest.mark.parametrize("keep", ["half", "2 pages", "1 page", "1000 bytes", "header", "-1 page"])
def test_a_truncated_journal_is_refused_as_damaged(
    tmp_path: Path, journal_path: Path, sound_bytes: bytes, how: str, keep: str
) -> None:
    length = {
        "half": len(sound_bytes) // 2,
        "2 pages": 2 * PAGE,
        "1 page": PAGE,
        "1000 bytes": 1000,
        "header": 100,
        "-1 page": len(sound_bytes) - PAGE,
    }[keep]
    error = refused(tmp_path, journal_path, sound_bytes[:length], how, DamagedJournal)
    assert str(error) == (
        f"{journal_path.name} is damaged and cannot be read. Restore it from a backup."
    )


@pytest.mark.parametrize("cut", [1, 100, PAGE - 1])
def test_a_journal_missing_part_of_its_last_page_is_damaged(
    tmp_path: Path, journal_path: Path, sound_bytes: bytes, cut: int
) -> None:
    # SQLite itself reads on through a short last page; the length check does not.
    refused(tmp_path, journal_path, sound_bytes[:-cut], "read_only", DamagedJournal)


def test_a_journal_cut_below_its_header_is_not_sqlite(
    tmp_path: Path, journal_path: Path, sound_bytes: bytes
) -> None:
    error = refused(tmp_path, journal_path, sound_bytes[:99], "write", NotAJournal)
    assert "not a SQLite database" in str(error)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("filler", ["random", "zeros"])
def test_an_overwritten_page_is_found_by_the_quick_check(
    tmp_path: Path, journal_path: Path, sound_bytes: bytes, seed: int, filler: str
) -> None:
    rng = random.Random(seed)
    page = rng.randrange(2, pages_of(sound_bytes))  # a page of the entries, past the schema
    data = bytearray(sound_bytes)
    garbage = rng.randbytes(PAGE) if filler == "random" else bytes(PAGE)
    data[(page - 1) * PAGE : page * PAGE] = garbage
    how = ["write", "create", "read_only", "probe"][seed % 4]
    refused(tmp_path, journal_path, bytes(data), how, DamagedJournal)


@pytest.mark.parametrize("seed", range(4))
def test_random_bytes_after_a_sound_header_are_damage(
    tmp_path: Path, journal_path: Path, sound_bytes: bytes, seed: int
) -> None:
    rng = random.Random(seed)
    data = sound_bytes[:100] + rng.randbytes(len(sound_bytes) - 100)
    refused(tmp_path, journal_path, data, "write", DamagedJournal)


@pytest.mark.parametrize("seed", range(4))
def test_random_bytes_are_not_a_journal(tmp_path: Path, journal_path: Path, seed: int) -> None:
    data = random.Random(seed).randbytes(PAGE * (1 + seed))
    error = refused(tmp_path, journal_path, data, "write", NotAJournal)
    assert "not a SQLite database" in str(error)


def test_the_quick_check_catches_what_reading_the_schema_does_not(
    tmp_path: Path, journal_path: Path, sound_bytes: bytes
) -> None:
    data = bytearray(sound_bytes)
    last = pages_of(sound_bytes)
    data[(last - 1) * PAGE : last * PAGE] = bytes(PAGE)
    journal_path.write_bytes(bytes(data))
    plain = sqlite3.connect(f"{journal_path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        # What telling ours from others reads still reads: only the quick check can tell.
        plain.execute("SELECT name FROM sqlite_master").fetchall()
        plain.execute("SELECT name FROM _sqlite_migrations").fetchall()
        with pytest.raises(sqlite3.DatabaseError):
            if plain.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check found damage")
    finally:
        plain.close()
    refused(tmp_path, journal_path, bytes(data), "write", DamagedJournal)


# -- foreign and newer ---------------------------------------------------------------------


def test_a_foreign_database_left_mid_write_keeps_its_bytes(tmp_path: Path) -> None:
    """Another application's database with a live log: read, never written or checkpointed."""
    foreign = tmp_path / "recipes.db"
    conn = sqlite3.connect(foreign)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE recipes (title TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('bread')")
    conn.commit()
    main, wal = foreign.read_bytes(), Path(f"{foreign}-wal").read_bytes()
    try:
        for how in OPENINGS:
            with pytest.raises(NotAJournal):
                OPENINGS[how](foreign)
            assert foreign.read_bytes() == main
            assert Path(f"{foreign}-wal").read_bytes() == wal
    finally:
        conn.close()


def mark_newer(path: Path, *, in_log_only: bool = False) -> Database | None:
    """Record a migration from the future, as a newer version would (in the log only: through
    a writer that binds its log to the file, as this version's and any later one's does)."""
    db = open_journal(path) if in_log_only else Database(sqlite3.connect(path))
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "m900_from_the_future", "2031-01-01 00:00:00+00:00"],
    )
    db.conn.commit()
    if in_log_only:
        return db  # kept open: closing would fold the log into the file
    db.close()
    return None


@pytest.mark.parametrize("how", list(OPENINGS))
def test_a_journal_of_a_newer_version_is_refused_unchanged(
    tmp_path: Path, journal_path: Path, sound_bytes: bytes, how: str
) -> None:
    journal_path.write_bytes(sound_bytes)
    mark_newer(journal_path)
    error = refused(tmp_path, journal_path, journal_path.read_bytes(), how, NewerJournal)
    assert "newer version of Relief Journal" in str(error)
    assert "has not been changed" in str(error)


def test_a_newer_migration_still_in_the_log_is_seen(journal_path: Path, sound_bytes: bytes) -> None:
    journal_path.write_bytes(sound_bytes)
    newer = mark_newer(journal_path, in_log_only=True)
    assert newer is not None
    try:
        assert Path(f"{journal_path}-wal").stat().st_size > 0
        main = journal_path.read_bytes()
        with pytest.raises(NewerJournal):
            open_journal(journal_path)
        assert journal_path.read_bytes() == main
    finally:
        newer.close()


# -- check on the command line -------------------------------------------------------------


def run_check(capsys: pytest.CaptureFixture[str], journal: Path) -> tuple[int, str, str]:
    status = cli.main(["check", "--journal", str(journal)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: data[: len(data) // 2], "is damaged and cannot be read"),
        (lambda data: random.Random(1).randbytes(len(data)), "is not a Relief Journal file"),
        (lambda data: data[:100] + bytes(len(data) - 100), "is damaged and cannot be read"),
    ],
    ids=["truncated", "random", "zeroed"],
)
def test_check_exits_2_with_the_message_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    journal_path: Path,
    sound_bytes: bytes,
    damage: Callable[[bytes], bytes],
    message: str,
) -> None:
    journal_path.write_bytes(damage(sound_bytes))
    before = folder_state(tmp_path)
    status, out, err = run_check(capsys, journal_path)
    assert (status, out) == (2, "")
    assert err.startswith(f"relief-journal: {journal_path.name} {message}")
    assert folder_state(tmp_path) == before


def test_check_of_a_damaged_journal_names_its_latest_sound_backup(
    capsys: pytest.CaptureFixture[str], journal_path: Path, sound_bytes: bytes
) -> None:
    journal_path.write_bytes(sound_bytes)
    db = open_journal(journal_path, read_only=True)
    moment = dt.datetime(2026, 11, 20, 7, 30, tzinfo=dt.timezone.utc)
    try:
        backup = take_backup(db, journal_path, BackupReason.DAILY, now=moment)
    finally:
        db.close()
    journal_path.write_bytes(sound_bytes[: len(sound_bytes) // 2])
    status, _, err = run_check(capsys, journal_path)
    assert status == 2
    assert f"taken 2026-11-20 07:30 UTC with {DAYS} entries and 0 injections, is {backup}" in err


def test_check_of_a_damaged_journal_without_backups_says_so(
    capsys: pytest.CaptureFixture[str], journal_path: Path, sound_bytes: bytes
) -> None:
    journal_path.write_bytes(sound_bytes[: 3 * PAGE])
    status, _, err = run_check(capsys, journal_path)
    assert status == 2
    assert "No sound automatic backup of it was found." in err
