"""The use cases the command line and the window share: opening a journal, its recovery."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from journal_app.domain.models import Entry
from journal_app.messages import Count, english
from journal_app.storage.backups import BackupPolicy, BackupReason, list_backups, take_backup
from journal_app.storage.errors import DamagedJournal, JournalError
from journal_app.usecases.opening import open_repository, opened
from journal_app.usecases.recovery import recovery

MOMENT = dt.datetime(2026, 11, 20, 7, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite"
    with opened(path, create=True) as repo:
        repo.save_entry(Entry(dt.date(2026, 11, 19), spasm_severity=4))
    return path


def test_sqlite_errors_in_use_become_journal_errors(journal: Path) -> None:
    with pytest.raises(JournalError) as raised, opened(journal, read_only=True) as repo:
        repo.db.execute("SELECT * FROM no_such_table")
    assert not isinstance(raised.value, DamagedJournal)
    assert str(raised.value).startswith(f"{journal} could not be used: ")
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)


def test_a_database_error_in_use_says_the_journal_is_damaged(journal: Path) -> None:
    with pytest.raises(DamagedJournal, match=r"journal\.sqlite is damaged"):  # noqa: SIM117
        with opened(journal, read_only=True):
            raise sqlite3.DatabaseError("database disk image is malformed")


def test_opened_closes_the_journal_and_frees_its_lock(journal: Path) -> None:
    with opened(journal) as repo:
        assert repo.entries()
    again = open_repository(journal)  # a lock still held would refuse this
    again.close()


def test_the_backup_policy_says_where_backups_go(journal: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "kept"
    policy = BackupPolicy(folder=elsewhere)
    open_repository(journal, backups=policy).close()
    assert [info.path.parent for info in list_backups(journal, policy=policy)] == [elsewhere]


def test_no_backup_is_said_plainly(journal: Path) -> None:
    found = recovery(journal)
    assert found.backup is None
    assert str(found.message) == "No sound automatic backup of it was found."


def test_the_latest_sound_backup_is_named_with_its_counts(journal: Path) -> None:
    repo = open_repository(journal, read_only=True)
    try:
        backup = take_backup(repo.db, journal, BackupReason.DAILY, now=MOMENT)
    finally:
        repo.close()
    found = recovery(journal)
    assert found.backup is not None and found.backup.path == backup
    assert str(found.message) == (
        f"Its latest sound backup, taken 2026-11-20 07:30 UTC with 1 entry and 0 injections, "
        f"is {backup}."
    )


def test_counts_are_english_in_the_singular_and_the_plural() -> None:
    entries = [Count(n, "%Ln entries", "%Ln entry") for n in (0, 1, 2)]
    assert [english(count) for count in entries] == ["0 entries", "1 entry", "2 entries"]
