"""A killed process loses nothing it reported as saved, and an import is all or nothing.

A child process (crash_child.py) writes the journal and prints each commit; it is killed with
SIGKILL at moments picked by a seeded random generator, many times over. After each kill the
journal must pass SQLite's integrity check (and every row the domain's rules), hold every
reported entry exactly, and reopen for writing: the dead child's lock is recovered without
anyone's help. One run of this file kills 100 children (marked slow): 36 saving through the
repository, 20 through JournalService, 16 running `import-csv`, 14 taking backups and 14
restoring one.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.domain.models import Entry
from journal_app.storage.backups import backup_folder, list_backups
from journal_app.storage.csv_io import write_entries_csv
from journal_app.storage.db import integrity_problems, open_journal
from journal_app.storage.lock import lock_path
from journal_app.storage.probe import probe_journal
from journal_app.storage.repository import JournalRepository

from .crash_child import entry_for

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL is POSIX; Windows has no signal that cannot be caught"
)

ROOT = Path(__file__).resolve().parents[2]
FIRST_DAY = dt.date(2020, 1, 1)
KILLS = 36
SERVICE_KILLS = 20
IMPORT_KILLS = 16
BACKUP_KILLS = 14
RESTORE_KILLS = 14
IMPORT_DAYS = 1500


class Child:
    """The writing process, read line by line: waiting on its reports, never on the clock."""

    def __init__(self, *args: str | Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.unit.crash_child", *map(str, args)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self.reported: list[str] = []

    def read_until(self, wanted: str) -> None:
        """Collect reported lines up to and including ``wanted``."""
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            if not line:
                _, errors = self.process.communicate(timeout=60)
                pytest.fail(f"the child ended before reporting {wanted!r}:\n{errors}")
            self.reported.append(line.rstrip("\n"))
            if self.reported[-1] == wanted:
                return

    def read_lines(self, count: int) -> None:
        for _ in range(count):
            assert self.process.stdout is not None
            line = self.process.stdout.readline()
            assert line, "the child stopped writing"
            self.reported.append(line.rstrip("\n"))

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        out, _ = self.process.communicate(timeout=60)
        assert self.process.returncode == -signal.SIGKILL
        # Lines written before the kill but not yet read were reported too.
        self.reported += out.splitlines()

    def committed_days(self) -> list[dt.date]:
        return [dt.date.fromisoformat(line) for line in self.reported if line[:1].isdigit()]


def survivors(journal: Path, *, for_writing: bool) -> list[Entry]:
    """Every entry after a crash, read as the next instance would open the journal."""
    repo = JournalRepository(open_journal(journal, read_only=not for_writing, create=for_writing))
    try:
        assert integrity_problems(repo.db) == []
        return repo.entries()
    finally:
        repo.close()


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "kills"), [("entries", KILLS), ("service", SERVICE_KILLS)])
def test_killed_writers_lose_no_reported_entry(journal_path: Path, mode: str, kills: int) -> None:
    rng = random.Random(20261121)
    reported: list[dt.date] = []
    next_day = FIRST_DAY
    for kill in range(kills):
        child = Child(mode, journal_path, next_day.isoformat())
        if kill == 0 or rng.random() < 0.2:
            child.read_until("opening")  # killed while it opens (the first time: creates)
        else:
            child.read_until("ready")
            child.read_lines(rng.randint(0, 12))
        child.kill()
        reported += child.committed_days()
        # Half the time as a reader (recovering the log read-only), half as the next writer;
        # until something is saved, as the next writer, who must find (or make) a journal.
        entries = survivors(journal_path, for_writing=kill % 2 == 1 or not reported)
        saved = {entry.day: entry for entry in entries}
        assert set(reported) <= saved.keys(), f"kill {kill} lost a reported entry"
        assert all(entry == entry_for(entry.day) for entry in entries), "a changed entry"
        days = sorted(saved)
        assert days == [FIRST_DAY + dt.timedelta(days=i) for i in range(len(days))]
        next_day = days[-1] + dt.timedelta(days=1) if days else FIRST_DAY
    assert len(reported) > kills  # the kills did land between and within many commits


def test_the_lock_of_a_killed_writer_is_taken_over(journal_path: Path) -> None:
    child = Child("entries", journal_path, FIRST_DAY.isoformat())
    child.read_until("ready")
    child.read_lines(3)
    with pytest.raises(Exception, match="open for changes in another Relief Journal"):
        open_journal(journal_path)
    child.kill()
    assert lock_path(journal_path).exists()
    db = open_journal(journal_path)
    db.close()
    assert set(child.committed_days()) <= {e.day for e in survivors(journal_path, for_writing=True)}


@pytest.fixture
def import_file(tmp_path: Path) -> Path:
    path = tmp_path / "entries.csv"
    days = [FIRST_DAY + dt.timedelta(days=i) for i in range(IMPORT_DAYS)]
    write_entries_csv([entry_for(day) for day in days], path)
    return path


@pytest.mark.slow
def test_an_import_killed_midway_leaves_none_of_it(journal_path: Path, import_file: Path) -> None:
    rng = random.Random(7)
    outcomes = []
    for kill in range(IMPORT_KILLS):
        if kill == 0 or outcomes[-1]:  # a journal without the import, to interrupt again
            for leftover in journal_path.parent.glob(f"*{journal_path.name}*"):
                shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
            open_journal(journal_path, create=True).close()
        midway = rng.randint(1, IMPORT_DAYS - 1)
        child = Child("import", journal_path, import_file, midway)
        # Killed from inside the open transaction, or at whatever moment follows the start.
        child.read_until("midway" if kill % 2 == 0 else "importing")
        child.kill()
        entries = survivors(journal_path, for_writing=kill % 3 == 0)
        if "imported" in child.reported:
            assert len(entries) == IMPORT_DAYS
        if kill % 2 == 0:
            assert entries == [], "the import was killed inside its transaction"
        assert len(entries) in (0, IMPORT_DAYS), f"kill {kill}: a partial import"
        assert all(entry == entry_for(entry.day) for entry in entries)
        outcomes.append(len(entries))
    assert 0 in outcomes


def test_a_completed_import_survives_a_kill(journal_path: Path, import_file: Path) -> None:
    open_journal(journal_path, create=True).close()
    child = Child("import", journal_path, import_file, IMPORT_DAYS + 1)
    child.read_until("imported")
    child.kill()
    entries = survivors(journal_path, for_writing=False)
    assert [entry.day for entry in entries] == [
        FIRST_DAY + dt.timedelta(days=i) for i in range(IMPORT_DAYS)
    ]
    assert all(entry == entry_for(entry.day) for entry in entries)


def small_journal(path: Path, first: dt.date, days: int) -> list[Entry]:
    entries = [entry_for(first + dt.timedelta(days=i)) for i in range(days)]
    repo = JournalRepository(open_journal(path, create=True))
    repo.import_records(entries, [], replace=False)
    repo.close()
    return entries


@pytest.mark.slow
def test_a_killed_backup_leaves_the_journal_and_only_whole_copies(journal_path: Path) -> None:
    rng = random.Random(11)
    entries = small_journal(journal_path, FIRST_DAY, 300)
    before = journal_path.read_bytes()
    taken: list[Path] = []
    for _ in range(BACKUP_KILLS):
        child = Child("backup", journal_path)
        child.read_until("ready")
        child.read_lines(rng.randint(0, 3))
        child.kill()
        taken += [Path(line) for line in child.reported if line.endswith(".sqlite")]
        assert journal_path.read_bytes() == before
        assert survivors(journal_path, for_writing=False) == entries
        listed = list_backups(journal_path)
        assert {path for path in taken} <= {info.path for info in listed}
        for info in listed:  # whatever carries a backup's name is a whole, sound copy
            assert probe_journal(info.path) and (info.entries, info.injections) == (300, 0)
        hidden = {p.name for p in backup_folder(journal_path).iterdir()} - {
            info.path.name for info in listed
        }
        assert all(name.startswith(".") and ".tmp" in name for name in hidden), hidden
    assert len(taken) >= BACKUP_KILLS // 2
    open_journal(journal_path).close()  # the next writer removes what the killed ones left
    names = [p.name for p in backup_folder(journal_path).iterdir()]
    assert [name for name in names if name.startswith(".")] == []


@pytest.mark.slow
def test_a_killed_restore_leaves_one_whole_journal_and_loses_neither(
    journal_path: Path, tmp_path: Path
) -> None:
    rng = random.Random(13)
    old = small_journal(journal_path, FIRST_DAY, 120)
    backup = tmp_path / "backup.sqlite"
    new = small_journal(backup, dt.date(2010, 1, 1), 80)
    restored = 0
    for _ in range(RESTORE_KILLS):
        child = Child("restore", journal_path, backup)
        child.read_until("ready")
        child.read_lines(rng.randint(0, 2))
        child.kill()
        restored += child.reported.count("restored")
        now = survivors(journal_path, for_writing=rng.random() < 0.5)
        assert now in (old, new), "the journal is neither the old one nor the backup"
        kept = [survivors(p, for_writing=False) for p in tmp_path.glob("journal.replaced-*.sqlite")]
        assert old in [now, *kept], "the journal that was replaced is gone"
        assert all(copy in (old, new) for copy in kept)
    assert restored > 0
