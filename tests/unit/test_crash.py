"""A killed process loses nothing it reported as saved, and an import is all or nothing.

A child process (crash_child.py) writes the journal and prints each commit; it is killed with
SIGKILL at moments picked by a seeded random generator, many times over. After each kill the
journal must pass SQLite's integrity check, hold every reported entry exactly, and reopen for
writing: the dead child's lock is recovered without anyone's help.
"""

from __future__ import annotations

import datetime as dt
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.domain.models import Entry
from journal_app.storage.csv_io import write_entries_csv
from journal_app.storage.db import integrity_problems, open_journal
from journal_app.storage.lock import lock_path
from journal_app.storage.repository import JournalRepository

from .crash_child import entry_for

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL is POSIX; Windows has no signal that cannot be caught"
)

ROOT = Path(__file__).resolve().parents[2]
FIRST_DAY = dt.date(2020, 1, 1)
KILLS = 25
IMPORT_KILLS = 8
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


def test_killed_writers_lose_no_reported_entry(journal_path: Path) -> None:
    rng = random.Random(20261121)
    reported: list[dt.date] = []
    next_day = FIRST_DAY
    for kill in range(KILLS):
        child = Child("entries", journal_path, next_day.isoformat())
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
    assert len(reported) > KILLS  # the kills did land between and within many commits


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


def test_an_import_killed_midway_leaves_none_of_it(journal_path: Path, import_file: Path) -> None:
    rng = random.Random(7)
    open_journal(journal_path, create=True).close()
    outcomes = []
    for kill in range(IMPORT_KILLS):
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
        if entries:
            break  # the import went through before the kill; nothing left to interrupt
    assert 0 in outcomes


def test_a_completed_import_survives_a_kill(journal_path: Path, import_file: Path) -> None:
    child = Child("import", journal_path, import_file, IMPORT_DAYS + 1)
    child.read_until("imported")
    child.kill()
    entries = survivors(journal_path, for_writing=False)
    assert [entry.day for entry in entries] == [
        FIRST_DAY + dt.timedelta(days=i) for i in range(IMPORT_DAYS)
    ]
    assert all(entry == entry_for(entry.day) for entry in entries)
