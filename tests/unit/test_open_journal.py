"""open_journal: pragmas, and files it must refuse without changing them (PRODUCT.md §8)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    Product,
    Profile,
)
from journal_app.storage.db import integrity_problems, open_journal
from journal_app.storage.errors import (
    DamagedJournal,
    JournalError,
    JournalNotFound,
    JournalWriteError,
    NotAJournal,
)
from journal_app.storage.migrations import APPLICATION_ID
from journal_app.storage.repository import JournalRepository

DAY = dt.date(2024, 2, 29)
ENTRY = Entry(day=DAY, spasm_severity=5, headache_severity=2, triggers=("stress",))
INJECTION = Injection(
    day=DAY,
    product=Product.ONABOTULINUMTOXIN_A,
    units=155,
    indication=Indication.CHRONIC_MIGRAINE,
    windows=ExpectedWindows(14, 28, 70, 84),
)


def pragma(db: Database, name: str) -> object:
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def make_journal(path: Path) -> None:
    """A closed journal holding one entry, one injection and a profile."""
    repo = JournalRepository(open_journal(path, create=True))
    repo.save_entry(ENTRY)
    repo.add_injection(INJECTION)
    repo.save_profile(Profile("Robin"))
    repo.close()


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file of a folder and its bytes: a refused open must change none of them."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def db(journal_path: Path) -> Iterator[Database]:
    database = open_journal(journal_path, create=True)
    yield database
    database.close()


# -- pragmas -------------------------------------------------------------------------------


def test_journal_mode_is_wal(db: Database) -> None:
    assert pragma(db, "journal_mode") == "wal"


def test_synchronous_is_full(db: Database) -> None:
    assert pragma(db, "synchronous") == 2


def test_foreign_keys_are_on(db: Database) -> None:
    assert pragma(db, "foreign_keys") == 1


def test_busy_timeout_is_set(db: Database) -> None:
    timeout = pragma(db, "busy_timeout")
    assert isinstance(timeout, int) and timeout > 0


def test_application_id_marks_a_relief_journal(db: Database) -> None:
    assert pragma(db, "application_id") == APPLICATION_ID == 0x524A4E4C


def test_wal_and_application_id_are_stored_in_the_file(journal_path: Path) -> None:
    make_journal(journal_path)
    with journal_path.open("rb") as f:
        header = f.read(100)
    assert int.from_bytes(header[68:72], "big") == 0x524A4E4C
    assert header[18:20] == b"\x02\x02"  # file format versions 2 = WAL
    other = sqlite3.connect(journal_path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()


def test_pragmas_hold_when_a_journal_is_reopened(journal_path: Path) -> None:
    make_journal(journal_path)
    db = open_journal(journal_path)
    try:
        found = [pragma(db, name) for name in ("journal_mode", "synchronous", "foreign_keys")]
        assert found == ["wal", 2, 1]
    finally:
        db.close()


def test_a_write_is_durable_without_another_commit(journal_path: Path) -> None:
    repo = JournalRepository(open_journal(journal_path, create=True))
    try:
        repo.save_entry(ENTRY)
        assert not repo.db.conn.in_transaction
        other = sqlite3.connect(journal_path)
        try:
            rows = other.execute("SELECT date, spasm_severity FROM entries").fetchall()
        finally:
            other.close()
    finally:
        repo.close()
    assert rows == [(DAY.isoformat(), ENTRY.spasm_severity)]


def test_integrity_problems_of_a_sound_journal_is_empty(journal_path: Path) -> None:
    make_journal(journal_path)
    db = open_journal(journal_path)
    try:
        assert integrity_problems(db) == []
    finally:
        db.close()


# -- creating ------------------------------------------------------------------------------


def test_a_missing_file_without_create_is_not_found_and_not_created(journal_path: Path) -> None:
    with pytest.raises(JournalNotFound) as raised:
        open_journal(journal_path)
    assert not journal_path.exists()
    assert raised.value.path == journal_path
    assert str(journal_path) in str(raised.value)


def test_a_missing_folder_is_not_created_without_create(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "journal.sqlite"
    with pytest.raises(JournalNotFound):
        open_journal(path)
    assert not path.parent.exists()


@pytest.mark.parametrize("create", [False, True])
def test_read_only_never_creates_a_missing_file(journal_path: Path, create: bool) -> None:
    with pytest.raises(JournalNotFound):
        open_journal(journal_path, read_only=True, create=create)
    assert not journal_path.exists()


def test_create_makes_a_journal_in_a_new_folder(tmp_path: Path) -> None:
    path = tmp_path / "patients" / "robin" / "journal.sqlite"
    db = open_journal(path, create=True)
    try:
        assert pragma(db, "application_id") == APPLICATION_ID
        assert JournalRepository(db).counts() == (0, 0)
    finally:
        db.close()
    assert path.is_file()


def test_create_on_an_existing_journal_keeps_its_data(journal_path: Path) -> None:
    make_journal(journal_path)
    repo = JournalRepository(open_journal(journal_path, create=True))
    try:
        assert repo.entries() == [ENTRY]
        assert repo.injections() == [INJECTION]
    finally:
        repo.close()


def test_an_empty_file_becomes_a_journal_when_opened_for_writing(journal_path: Path) -> None:
    journal_path.write_bytes(b"")
    repo = JournalRepository(open_journal(journal_path))
    try:
        assert pragma(repo.db, "application_id") == APPLICATION_ID
        assert pragma(repo.db, "journal_mode") == "wal"
        repo.save_entry(ENTRY)
        assert repo.entries() == [ENTRY]
    finally:
        repo.close()
    assert journal_path.stat().st_size > 0


def test_an_empty_file_opened_read_only_is_refused_and_left_empty(journal_path: Path) -> None:
    journal_path.write_bytes(b"")
    with pytest.raises(NotAJournal):
        open_journal(journal_path, read_only=True)
    assert journal_path.read_bytes() == b""


# -- refusing other files ------------------------------------------------------------------

OPENINGS: dict[str, Callable[[Path], Database]] = {
    "write": lambda path: open_journal(path),
    "create": lambda path: open_journal(path, create=True),
    "read_only": lambda path: open_journal(path, read_only=True),
}


def other_application_db(path: Path, application_id: int, *, wal: bool = False) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipes (title) VALUES ('bread')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("how", list(OPENINGS))
@pytest.mark.parametrize("application_id", [0, 0x47504B47, 0x524A4E4D])
def test_another_applications_database_is_refused_unchanged(
    tmp_path: Path, journal_path: Path, how: str, application_id: int
) -> None:
    other_application_db(journal_path, application_id)
    before = folder_state(tmp_path)
    with pytest.raises(NotAJournal) as raised:
        OPENINGS[how](journal_path)
    assert folder_state(tmp_path) == before
    assert journal_path.name in str(raised.value)


@pytest.mark.parametrize("how", list(OPENINGS))
def test_another_applications_wal_database_is_refused_unchanged(
    tmp_path: Path, journal_path: Path, how: str
) -> None:
    other_application_db(journal_path, 0, wal=True)
    before = folder_state(tmp_path)
    with pytest.raises(NotAJournal):
        OPENINGS[how](journal_path)
    after = folder_state(tmp_path)
    assert after[journal_path.name] == before[journal_path.name]
    if how != "read_only":
        # A read-only SQLite connection to a WAL file must create -shm and cannot remove it.
        assert after == before


def test_a_database_with_our_id_but_no_migrations_is_refused(
    tmp_path: Path, journal_path: Path
) -> None:
    other_application_db(journal_path, APPLICATION_ID)
    before = folder_state(tmp_path)
    with pytest.raises(NotAJournal):
        open_journal(journal_path)
    assert folder_state(tmp_path) == before


@pytest.mark.parametrize("how", list(OPENINGS))
@pytest.mark.parametrize(
    "content",
    [
        b"date,spasm_severity\n2024-01-01,3\n",
        ("Dear diary, " * 40).encode(),
        b"SQLite format 3\x00 but far too short",
        bytes(range(256)) * 8,
    ],
    ids=["short-csv", "long-text", "short-sqlite-header", "binary"],
)
def test_a_file_that_is_not_sqlite_is_refused_unchanged(
    tmp_path: Path, journal_path: Path, how: str, content: bytes
) -> None:
    journal_path.write_bytes(content)
    with pytest.raises(NotAJournal) as raised:
        OPENINGS[how](journal_path)
    assert folder_state(tmp_path) == {journal_path.name: content}
    assert raised.value.path == journal_path


def test_a_folder_is_not_a_journal(tmp_path: Path) -> None:
    with pytest.raises(NotAJournal):
        open_journal(tmp_path, create=True)


@pytest.mark.parametrize("how", list(OPENINGS))
def test_a_damaged_journal_is_refused_unchanged(
    tmp_path: Path, journal_path: Path, how: str
) -> None:
    make_journal(journal_path)
    data = bytearray(journal_path.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)  # the schema on page 1
    journal_path.write_bytes(bytes(data))
    before = folder_state(tmp_path)
    with pytest.raises(DamagedJournal) as raised:
        OPENINGS[how](journal_path)
    assert journal_path.read_bytes() == before[journal_path.name]
    assert "backup" in str(raised.value)


def test_every_refusal_is_a_journal_error_with_a_message(journal_path: Path) -> None:
    journal_path.write_text("not a journal", encoding="utf-8")
    with pytest.raises(JournalError) as raised:
        open_journal(journal_path)
    assert str(raised.value).strip()


# -- read-only -----------------------------------------------------------------------------


@pytest.fixture
def read_only_repo(journal_path: Path) -> Iterator[JournalRepository]:
    make_journal(journal_path)
    repo = JournalRepository(open_journal(journal_path, read_only=True))
    yield repo
    repo.close()


def test_a_read_only_journal_can_be_read(read_only_repo: JournalRepository) -> None:
    assert read_only_repo.entries() == [ENTRY]
    assert read_only_repo.injections() == [INJECTION]
    assert read_only_repo.profile() == Profile("Robin")
    assert integrity_problems(read_only_repo.db) == []


WRITES: dict[str, Callable[[JournalRepository], object]] = {
    "save_entry": lambda r: r.save_entry(Entry(day=DAY, spasm_severity=1)),
    "delete_entry": lambda r: r.delete_entry(DAY),
    "add_injection": lambda r: r.add_injection(INJECTION),
    "update_injection": lambda r: r.update_injection(r.injections()[0]),
    "delete_injection": lambda r: r.delete_injection(r.injections()[0].id or 0),
    "save_profile": lambda r: r.save_profile(Profile("someone")),
    "import_records": lambda r: r.import_records([ENTRY], [INJECTION], replace=True),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_a_read_only_journal_refuses_writes_with_a_clear_message(
    read_only_repo: JournalRepository, journal_path: Path, write: str
) -> None:
    before = journal_path.read_bytes()
    with pytest.raises(JournalWriteError) as raised:
        WRITES[write](read_only_repo)
    assert "read-only" in str(raised.value)
    assert "not saved" in str(raised.value)
    assert journal_path.read_bytes() == before
    assert read_only_repo.entries() == [ENTRY]
    assert not read_only_repo.db.conn.in_transaction


def test_a_read_only_journal_is_not_migrated_or_retuned(journal_path: Path) -> None:
    make_journal(journal_path)
    before = journal_path.read_bytes()
    db = open_journal(journal_path, read_only=True)
    try:
        assert pragma(db, "foreign_keys") == 1
        with pytest.raises(sqlite3.OperationalError):
            db.execute("PRAGMA user_version = 7")
    finally:
        db.close()
    assert journal_path.read_bytes() == before
