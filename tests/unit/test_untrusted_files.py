"""Untrusted files and hostile conditions (issue 14, PRODUCT.md §8 "Untrusted files").

Each case is built here (crafted journals with the sqlite3 module, FIFOs with os.mkfifo, a
full disk with RLIMIT_FSIZE) and run the way a user meets it, mostly through the command
line: each test checks the exit status, the message, that no traceback shows, and what became
of the journal (its bytes or its rows).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    Product,
    SideEffect,
)
from journal_app.domain.validation import entry_problems
from journal_app.storage import csv_columns, csv_io
from journal_app.storage.backups import (
    BackupReason,
    backup_folder,
    latest_good_backup,
    list_backups,
    restore_backup,
    take_backup,
    take_daily_backup_if_due,
)
from journal_app.storage.db import open_journal
from journal_app.storage.errors import (
    DamagedJournal,
    JournalLocked,
    JournalNotFound,
    JournalNotWritable,
    NotAJournal,
)
from journal_app.storage.lock import lock_path
from journal_app.storage.repository import JournalRepository

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files: FIFOs, links")

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2024, 3, 1)
UTC = dt.timezone.utc
WINDOWS = ExpectedWindows(14, 28, 70, 84)
INJECTION = Injection(DAY, Product.ONABOTULINUMTOXIN_A, 155, Indication.CHRONIC_MIGRAINE, WINDOWS)


# -- helpers -------------------------------------------------------------------------------


@contextmanager
def opened(path: Path, *, read_only: bool = True) -> Iterator[JournalRepository]:
    repo = JournalRepository(open_journal(path, read_only=read_only))
    try:
        yield repo
    finally:
        repo.close()


def make_journal(path: Path, days: int, *, first: dt.date = DAY, note: str = "") -> Path:
    repo = JournalRepository(open_journal(path, create=True))
    entries = [
        Entry(first + dt.timedelta(days=i), spasm_severity=i % 11, notes=note) for i in range(days)
    ]
    repo.import_records(entries, [INJECTION], replace=False)
    repo.close()
    return path


def days_of(path: Path) -> list[dt.date]:
    with opened(path) as repo:
        return [entry.day for entry in repo.entries()]


def folder_state(folder: Path) -> dict[str, bytes | str]:
    """Every file below ``folder`` (hidden ones too): its bytes, or where a link points."""
    state: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            state[name] = f"-> {os.readlink(path)}"
        elif path.is_file():
            state[name] = path.read_bytes()
    return state


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = cli.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def child(
    code: str, *, limit: int | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter; with ``limit``, files it writes stop at that size
    (RLIMIT_FSIZE: writing past it fails with EFBIG, as a full disk fails with ENOSPC)."""

    def limited() -> None:
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        preexec_fn=limited,
        check=False,
    )


def cli_child(*args: object, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    code = (
        f"import sys; from journal_app import cli; sys.exit(cli.main({[str(a) for a in args]!r}))"
    )
    return child(code, limit=limit)


def crashed_copy(journal: Path, into: Path, *, save: Entry) -> Path:
    """The files a crash of a writer of ``journal`` leaves, copied into ``into``: the journal,
    its log holding ``save`` (never folded into the file) and its lock file."""
    into.mkdir(parents=True, exist_ok=True)
    writer = JournalRepository(open_journal(journal))
    try:
        writer.save_entry(save)
        for name in (journal.name, f"{journal.name}-wal", lock_path(journal).name):
            shutil.copyfile(journal.with_name(name), into / name)
    finally:
        writer.close()
    return into / journal.name


# -- 1. a write-ahead log that is not the journal's own ------------------------------------


def test_1_a_log_from_another_journal_is_set_aside_not_replayed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    other = make_journal(tmp_path / "other" / "sam.sqlite", 40, first=dt.date(2010, 1, 1))
    crashed = crashed_copy(other, tmp_path / "crash", save=Entry(dt.date(2011, 1, 1)))
    foreign_log = Path(f"{crashed}-wal").read_bytes()
    Path(f"{journal}-wal").write_bytes(foreign_log)  # the other journal's log beside ours
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("date,spasm_severity\n2024-04-01,2\n", encoding="utf-8")

    status, _, err = run(capsys, "import-csv", "--journal", journal, csv_file)

    assert status == 0, err
    assert "was not its own" in err and "set aside as robin.sqlite-wal.set-aside-" in err
    [aside] = tmp_path.glob("robin.sqlite-wal.set-aside-*")
    assert aside.read_bytes() == foreign_log  # kept, never deleted
    expected = [DAY + dt.timedelta(days=i) for i in range(3)] + [dt.date(2024, 4, 1)]
    assert days_of(journal) == expected
    [backup] = list_backups(journal)  # the backup taken at that opening holds our journal
    assert (backup.entries, backup.injections) == (3, 1)


def test_1_a_backup_copied_over_a_crashed_journal_does_not_take_its_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 5)
    copy = tmp_path / "copy.sqlite"
    status, _, _ = run(capsys, "backup", "--journal", journal, "--out", copy)
    assert status == 0
    crashed = crashed_copy(journal, tmp_path / "crash", save=Entry(dt.date(2024, 5, 1)))
    shutil.copyfile(
        make_journal(tmp_path / "b" / "old.sqlite", 2, first=dt.date(2001, 1, 1)), crashed
    )

    status, out, err = run(capsys, "check", "--journal", crashed)  # read-only: leaves it

    assert status == 0 and out == "ok: 2 entries, 1 injections\n"
    assert "not its own" in err and "it was not read" in err
    with opened(crashed, read_only=False) as repo:  # for writing: set aside, then opened
        assert [e.day for e in repo.entries()] == [dt.date(2001, 1, 1), dt.date(2001, 1, 2)]
    assert len(list(crashed.parent.glob("robin.sqlite-wal.set-aside-*"))) == 1


def test_1_the_journals_own_log_after_a_crash_is_kept(tmp_path: Path) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    crashed = crashed_copy(journal, tmp_path / "elsewhere", save=Entry(dt.date(2024, 5, 1)))
    assert days_of(crashed)[-1] == dt.date(2024, 5, 1)  # read with its log, wherever it is
    with opened(crashed, read_only=False) as repo:
        assert repo.entry(dt.date(2024, 5, 1)) is not None
    assert list(crashed.parent.glob("*set-aside*")) == []


# -- 2. one writer, whatever the name ------------------------------------------------------


def test_2_a_hard_link_symlink_or_relative_path_meets_the_same_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    (tmp_path / "elsewhere").mkdir()
    hard = tmp_path / "elsewhere" / "hard.sqlite"
    os.link(journal, hard)
    soft = tmp_path / "elsewhere" / "soft.sqlite"
    soft.symlink_to(journal)
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("date,spasm_severity\n2024-04-01,2\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    writer = open_journal(journal)
    try:
        for name in (hard, soft, Path("robin.sqlite"), Path("elsewhere/../robin.sqlite")):
            with pytest.raises(JournalLocked):
                open_journal(name)
        status, _, err = run(capsys, "import-csv", "--journal", hard, csv_file)
        assert status == 1 and "is open for changes in another Relief Journal" in err
    finally:
        writer.close()
    assert len(days_of(journal)) == 3
    status, _, _ = run(capsys, "import-csv", "--journal", hard, csv_file)
    assert status == 0 and len(days_of(journal)) == 4


# -- 3. schema objects the app did not create ----------------------------------------------

FOREIGN_OBJECTS = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON entries BEGIN DELETE FROM entries; END",
    "view": "CREATE VIEW everything AS SELECT * FROM entries",
    "table": "CREATE TABLE extra (x)",
    "index": "CREATE INDEX by_notes ON entries(notes)",
    "changed table": "DROP TABLE entry_triggers; CREATE TABLE entry_triggers "
    "(date TEXT, position INTEGER, tag TEXT, PRIMARY KEY (date, position))",
}


@pytest.mark.parametrize("kind", list(FOREIGN_OBJECTS))
def test_3_a_journal_with_objects_the_app_did_not_make_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 30)
    conn = sqlite3.connect(journal)
    conn.executescript(FOREIGN_OBJECTS[kind])
    conn.close()
    before = folder_state(tmp_path)
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("date,spasm_severity\n2024-06-01,2\n", encoding="utf-8")
    before = folder_state(tmp_path)
    for command in (
        ["import-csv", "--journal", journal, csv_file],
        ["check", "--journal", journal],
    ):
        status, _, err = run(capsys, *command)
        assert status == 2
        assert "holds things Relief Journal does not make" in err
        assert "nothing stored in it may run" in err
    with pytest.raises(NotAJournal):
        open_journal(journal, read_only=True)
    assert folder_state(tmp_path) == before  # byte for byte, and no lock or backup left


# -- 4. a clock set wrong ------------------------------------------------------------------


@pytest.fixture
def history(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A journal with a daily backup for each of 20 days up to 2026-11-20."""
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    db = open_journal(journal, read_only=True)
    for day in range(20):
        moment = dt.datetime(2026, 11, 1, 9, tzinfo=UTC) + dt.timedelta(days=day)
        assert take_daily_backup_if_due(db, journal, now=moment) is None
    yield journal, db
    db.close()


def test_4_a_clock_set_back_does_not_thin_away_the_backup_it_takes(history) -> None:
    journal, db = history
    before = {b.path for b in list_backups(journal)}
    back = dt.datetime(2020, 1, 1, 9, tzinfo=UTC)
    assert take_daily_backup_if_due(db, journal, now=back) is None
    after = list_backups(journal)
    assert after[0].taken_at == back  # the last one taken comes first, and stays
    latest = latest_good_backup(journal)
    assert latest is not None and latest.path == after[0].path
    # It takes the place of the one taken just before it, no more.
    assert len(before - {b.path for b in after}) <= 1
    assert take_daily_backup_if_due(db, journal, now=back + dt.timedelta(days=1)) is None
    assert list_backups(journal)[0].taken_at == back + dt.timedelta(days=1)


def test_4_a_clock_set_to_2099_once_neither_keeps_nor_offers_that_backup(history) -> None:
    journal, db = history
    future = dt.datetime(2099, 1, 1, 9, tzinfo=UTC)
    assert take_daily_backup_if_due(db, journal, now=future) is None
    assert list_backups(journal)[0].taken_at == future
    corrected = dt.datetime(2026, 11, 21, 9, tzinfo=UTC)
    assert take_daily_backup_if_due(db, journal, now=corrected) is None
    listed = list_backups(journal)
    assert listed[0].taken_at == corrected
    assert all(b.taken_at.year < 2099 for b in listed)  # thinned at the next backup
    latest = latest_good_backup(journal)
    assert latest is not None and latest.taken_at == corrected


# -- 5. outputs on a full disk -------------------------------------------------------------

OUTPUTS = {
    "export-pdf": "report.pdf",
    "export-ics": "windows.ics",
    "backup": "copy.sqlite",
    "export-csv": "csv",
}


@pytest.mark.parametrize("command", list(OUTPUTS))
def test_5_an_output_that_does_not_fit_leaves_the_previous_one(
    tmp_path: Path, command: str
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 200, note="a note of some length " * 3)
    today = dt.date.today()
    with opened(journal, read_only=False) as repo:  # an upcoming window for the calendar
        repo.add_injection(replace(INJECTION, day=today))
    out = tmp_path / OUTPUTS[command]
    done = cli_child(command, "--journal", journal, "--out", out)
    assert done.returncode == 0, done.stderr
    previous = folder_state(out) if out.is_dir() else out.read_bytes()
    biggest = max(p.stat().st_size for p in ([*out.iterdir()] if out.is_dir() else [out]))
    journal_bytes = journal.read_bytes()

    # Room for half of the biggest file: writing it again runs out of space midway.
    failed = cli_child(command, "--journal", journal, "--out", out, limit=biggest // 2)

    assert failed.returncode == 1, failed.stderr
    assert "could not be written" in failed.stderr or "failed" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert (folder_state(out) if out.is_dir() else out.read_bytes()) == previous
    assert [p.name for p in out.parent.glob(".*.tmp")] == []
    assert journal.read_bytes() == journal_bytes


# -- 6. links the app did not make ---------------------------------------------------------


def test_6_a_link_planted_as_the_lock_file_is_never_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    victim = tmp_path / "precious.txt"
    victim.write_text("precious")
    lock_path(journal).symlink_to(victim)
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("date,spasm_severity\n2024-04-01,2\n", encoding="utf-8")
    before = journal.read_bytes()

    status, _, err = run(capsys, "import-csv", "--journal", journal, csv_file)

    assert status == 1
    assert "its lock file" in err and "is a link, which Relief Journal never follows" in err
    assert victim.read_text() == "precious"
    assert journal.read_bytes() == before
    with pytest.raises(JournalNotWritable):
        open_journal(journal)
    assert days_of(journal) == [DAY + dt.timedelta(days=i) for i in range(3)]  # reading works


def test_6_a_linked_backup_folder_is_neither_written_nor_thinned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for day in range(1, 20):  # files named as old backups would be, real journals even
        shutil.copyfile(journal, elsewhere / f"202001{day:02d}T000000Z-daily.sqlite")
    backup_folder(journal).symlink_to(elsewhere, target_is_directory=True)
    before = folder_state(elsewhere)
    csv_file = tmp_path / "more.csv"
    csv_file.write_text("date,spasm_severity\n2024-04-01,2\n", encoding="utf-8")

    status, _, err = run(capsys, "import-csv", "--journal", journal, csv_file)

    assert status == 0  # the journal opens; only its backup could not be taken
    assert "backup folder" in err and "is a link or not a folder" in err
    assert folder_state(elsewhere) == before
    assert list_backups(journal) == []


def test_6_only_copies_of_a_journal_are_ever_thinned(tmp_path: Path) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    folder = backup_folder(journal)
    folder.mkdir()
    victim = tmp_path / "victim.sqlite"
    shutil.copyfile(journal, victim)
    (folder / "20200101T000000Z-daily.sqlite").write_text("my notes, named like a backup")
    (folder / "20200102T000000Z-daily.sqlite").symlink_to(victim)
    shutil.copyfile(journal, folder / "20200103T000000Z-daily.sqlite")  # a real old copy
    db = open_journal(journal, read_only=True)
    try:
        assert (
            take_daily_backup_if_due(db, journal, now=dt.datetime(2026, 1, 1, tzinfo=UTC)) is None
        )
        for day in range(2, 40):  # enough days to thin every old one away
            moment = dt.datetime(2026, 1, 1, tzinfo=UTC) + dt.timedelta(days=day * 40)
            take_daily_backup_if_due(db, journal, now=moment)
    finally:
        db.close()
    names = {p.name for p in folder.iterdir()}
    assert "20200101T000000Z-daily.sqlite" in names  # not a journal: not ours to delete
    assert "20200102T000000Z-daily.sqlite" in names and victim.exists()
    assert "20200103T000000Z-daily.sqlite" not in names  # ours, thinned


# -- 7. formulas in CSV --------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\tx", "\rx"]


def test_7_text_that_a_spreadsheet_would_run_is_quoted_and_round_trips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.sqlite"
    entries = [
        Entry(DAY + dt.timedelta(days=i), notes=text, triggers=(text.strip() or "t",),
              side_effects=(SideEffect.OTHER,), side_effect_other=text)
        for i, text in enumerate([*FORMULAS, "'=already quoted", "'plain"])
    ]  # fmt: skip
    injections = [
        Injection(DAY, Product.OTHER, 10, Indication.SPASTICITY, ExpectedWindows(7, 28, 112, 140),
                  sites=text, clinician=text, lot=text, notes=text)
        for text in FORMULAS
    ]  # fmt: skip
    repo = JournalRepository(open_journal(source, create=True))
    repo.import_records(entries, injections, replace=False)
    repo.close()
    out = tmp_path / "csv"
    status, _, _ = run(capsys, "export-csv", "--journal", source, "--out", out)
    assert status == 0
    for name in ("entries.csv", "injections.csv"):
        with (out / name).open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        for row in rows[1:]:
            for column, cell in zip(header, row, strict=True):
                if column in csv_columns.TEXT_COLUMNS:
                    assert not cell.startswith(csv_columns.FORMULA_STARTS), (column, cell)
    target = tmp_path / "target.sqlite"
    status, _, err = run(
        capsys, "import-csv", "--journal", target, out / "entries.csv", out / "injections.csv"
    )
    assert status == 0, err
    assert records(target) == records(source)


def test_7_import_removes_exactly_the_quote_export_adds(tmp_path: Path, capsys) -> None:
    csv_file = tmp_path / "entries.csv"
    csv_file.write_text(
        "date,notes,triggers\n2024-01-01,'=1+1,'@home\n2024-01-02,''=x,'quoted\n", encoding="utf-8"
    )
    journal = tmp_path / "robin.sqlite"
    status, _, _ = run(capsys, "import-csv", "--journal", journal, csv_file)
    assert status == 0
    with opened(journal) as repo:
        first, second = repo.entries()
    assert (first.notes, first.triggers) == ("=1+1", ("@home",))
    assert (second.notes, second.triggers) == ("'=x", ("'quoted",))


def records(path: Path) -> tuple[list[Entry], list[Injection]]:
    with opened(path) as repo:
        return repo.entries(), repo.injections()


# -- 8. special files ----------------------------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("command", ["export-pdf", "export-ics", "backup"])
def test_8_a_fifo_as_output_is_refused_and_stays_a_fifo(
    tmp_path: Path, fifo: Path, command: str
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    done = cli_child(command, "--journal", journal, "--out", fifo)
    assert done.returncode == 2
    assert f"{fifo} is a FIFO (named pipe), not a regular file" in done.stderr
    assert "Traceback" not in done.stderr
    assert fifo.is_fifo()


def test_8_special_files_as_input_are_refused_without_waiting(
    tmp_path: Path, fifo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    before = journal.read_bytes()
    server = socket.socket(socket.AF_UNIX)
    sock = tmp_path / "sock"
    server.bind(str(sock))
    try:
        # A FIFO nobody writes to would block a plain open() for ever: a child, with a timeout.
        done = cli_child("import-csv", "--journal", journal, fifo)
        assert done.returncode == 2
        assert f"{fifo}: is a FIFO (named pipe), not a regular file." in done.stderr
        status, _, err = run(capsys, "import-csv", "--journal", journal, sock)
        assert status == 2 and f"{sock}: is a socket, not a regular file." in err
        done = cli_child("check", "--journal", fifo)
        assert done.returncode == 2 and "is a FIFO (named pipe), not a journal file" in done.stderr
    finally:
        server.close()
    assert journal.read_bytes() == before


def test_8_an_input_too_large_to_be_a_journals_csv_is_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_io, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.csv"
    big.write_text("date,notes\n" + "2024-01-01,x\n" * 200, encoding="utf-8")
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    status, _, err = run(capsys, "import-csv", "--journal", journal, big)
    assert status == 2 and f"{big}: is larger than" in err
    assert len(days_of(journal)) == 3


# -- 9. read-only opens leave nothing behind -----------------------------------------------


def test_9_reading_commands_leave_the_folder_as_they_found_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = make_journal(tmp_path / "journals" / "robin.sqlite", 30)
    folder = journal.parent
    before = folder_state(folder)
    outputs = tmp_path / "out"
    outputs.mkdir()
    for command in (
        ["check", "--journal", journal],
        ["export-csv", "--journal", journal, "--out", outputs / "csv"],
        ["export-ics", "--journal", journal, "--out", outputs / "w.ics"],
        ["backup", "--journal", journal, "--out", outputs / "copy.sqlite"],
    ):
        status, _, err = run(capsys, *command)
        assert status == 0, err
        assert folder_state(folder) == before, command
    done = cli_child("export-pdf", "--journal", journal, "--out", outputs / "r.pdf")
    assert done.returncode == 0, done.stderr
    assert folder_state(folder) == before
    with opened(journal):
        pass
    assert folder_state(folder) == before


# -- 10. values the schema does not allow --------------------------------------------------

#: Each breaks one rule of the schema, written past SQLite's CHECKs as a crafted file would.
_CHECKIN = "INSERT INTO checkins VALUES ('2024-02-20', 'cervical_dystonia',"
_GOAL = "INSERT INTO goals (indication, text, active) VALUES ('cervical_dystonia',"
CRAFTED = {
    "unknown product": "UPDATE injections SET product = 'snake_oil'",
    "unknown indication": "UPDATE injections SET indication = 'hiccups'",
    "unknown medication": "INSERT INTO entry_medications VALUES ('2024-03-01', 'aspirin', 1)",
    "unknown side effect": "INSERT INTO entry_side_effects VALUES ('2024-03-01', 'itch')",
    "text as severity": "UPDATE entries SET spasm_severity = 'high' WHERE date = '2024-03-02'",
    "text as units": "UPDATE injections SET units = 'lots'",
    "fraction as severity": "UPDATE entries SET spasm_severity = 3.5 WHERE date = '2024-03-02'",
    "garbage date": "UPDATE entries SET date = 'yesterday' WHERE date = '2024-03-02'",
    "impossible date": "UPDATE entries SET date = '2024-02-30' WHERE date = '2024-03-02'",
    "year 1": "UPDATE entries SET date = '0001-01-01' WHERE date = '2024-03-02'",
    "year 9999": "UPDATE entries SET date = '9999-12-31' WHERE date = '2024-03-02'",
    "garbage birth date": "UPDATE profile SET date_of_birth = 'soon'",
    "blob notes": "UPDATE entries SET notes = x'00ff10' WHERE date = '2024-03-02'",
    "not utf-8 notes": "UPDATE entries SET notes = CAST(x'61ff62' AS TEXT)",
    "negative episodes": "UPDATE entries SET spasm_episodes = -4 WHERE date = '2024-03-02'",
    "huge severity": "UPDATE entries SET headache_severity = 9223372036854775807",
    "hours past a day": "UPDATE entries SET headache_hours = 99",
    "no units": "UPDATE injections SET units = 0",
    "windows reversed": "UPDATE injections SET onset_max_days = 1, onset_min_days = 9",
    "tag with separator": "INSERT INTO entry_triggers VALUES ('2024-03-01', 0, 'a;b')",
    "other not marked": "UPDATE entries SET side_effect_other = 'itch' WHERE date = '2024-03-02'",
    "a second profile": "INSERT INTO profile (id, name) VALUES (2, 'someone else')",
    "a dropped table": "DROP TABLE entry_side_effects",
    "unknown impression": f"{_CHECKIN} 'week4', '2024-03-20', 'ecstatic', NULL, NULL)",
    "answered before the session": f"{_CHECKIN} 'week4', '2024-01-01', 'no_change', NULL, NULL)",
    "worn off on no day": f"{_CHECKIN} 'before_next', '2024-06-01', 'no_change', 'yes', NULL)",
    "week 4 asking if it wore off": f"{_CHECKIN} 'week4', '2024-03-20', 'no_change', 'no', NULL)",
    "blank goal": f"{_GOAL} ' ', 1)",
    "goal with spaces around": f"{_GOAL} ' drive', 1)",
    "four active goals": ";".join(f"{_GOAL} '{text}', 1)" for text in ("a", "b", "c", "d")),
    "rating out of range": f"{_GOAL} 'drive', 1); {_CHECKIN} 'week4', '2024-03-20', "
    "'no_change', NULL, NULL); INSERT INTO goal_ratings VALUES ('2024-02-20', "
    "'cervical_dystonia', 'week4', 1, 3)",
    "rating of no check-in": f"{_GOAL} 'drive', 1); INSERT INTO goal_ratings VALUES "
    "('2024-02-20', 'cervical_dystonia', 'week4', 1, 1)",
}


def craft(path: Path, change: str) -> Path:
    make_journal(path, 3)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.executescript(change)
    conn.close()
    return path


@pytest.mark.parametrize("name", list(CRAFTED))
def test_10_a_value_the_schema_does_not_allow_is_a_damaged_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    journal = craft(tmp_path / "robin.sqlite", CRAFTED[name])
    before = folder_state(tmp_path)
    for command in (
        ["check", "--journal", journal],
        ["export-csv", "--journal", journal, "--out", tmp_path / "out"],
        ["import-csv", "--journal", journal, tmp_path / "none.csv"],
    ):
        if command[0] == "import-csv":
            (tmp_path / "none.csv").write_text("date\n2024-05-05\n", encoding="utf-8")
            before = folder_state(tmp_path)
        status, _, err = run(capsys, *command)
        assert status == 2, (command, err)
        assert "robin.sqlite is damaged and cannot be read. Restore it from a backup." in err
    for read_only in (True, False):
        with pytest.raises(DamagedJournal):
            open_journal(journal, read_only=read_only)
    assert folder_state(tmp_path) == before


def test_10_check_names_the_rows_that_break_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = craft(tmp_path / "robin.sqlite", CRAFTED["year 1"] + ";" + CRAFTED["text as units"])
    status, _, err = run(capsys, "check", "--journal", journal)
    assert status == 2
    assert "entries '0001-01-01' breaks the journal's rules" in err
    assert "injections 1 breaks the journal's rules" in err
    assert "No sound automatic backup of it was found." in err


def test_10_a_year_1_entry_cannot_reach_the_report(tmp_path: Path) -> None:
    journal = craft(tmp_path / "robin.sqlite", CRAFTED["year 1"])
    done = cli_child("export-pdf", "--journal", journal, "--out", tmp_path / "r.pdf")
    assert done.returncode == 2, done.stderr  # refused, where pyqtgraph used to crash
    assert "is damaged" in done.stderr and not (tmp_path / "r.pdf").exists()


def test_10_the_rules_bound_every_stored_date() -> None:
    from journal_app.domain.validation import EARLIEST_DATE, LATEST_DATE

    assert entry_problems(Entry(LATEST_DATE), LATEST_DATE) == []
    assert entry_problems(Entry(EARLIEST_DATE), LATEST_DATE) == []
    assert entry_problems(Entry(dt.date(1, 1, 1)), LATEST_DATE)


# -- 11. huge numbers, other encodings, long texts -----------------------------------------


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("2024-01-01," + "7" * 5000 + ",",
         ":2:2: spasm_severity: '7777777777777777777…' is not a number between 0 and 10"),
        ("2024-01-01,," + "9" * 309,
         ":2:3: headache_hours: '9999999999999999999…' is not a number between 0 and 24"),
    ],
)  # fmt: skip
def test_11_a_huge_number_is_refused_with_its_place_and_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: str, expected: str
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    before = journal.read_bytes()
    csv_file = tmp_path / "entries.csv"
    csv_file.write_text(f"date,spasm_severity,headache_hours\n{row}\n", encoding="utf-8")
    status, _, err = run(capsys, "import-csv", "--journal", journal, csv_file)
    assert status == 2
    assert f"{csv_file}{expected}" in err
    assert journal.read_bytes() == before


def test_11_rules_judge_numbers_too_large_for_a_float() -> None:
    problems = entry_problems(Entry(DAY, spasm_severity=10**309, spasm_episodes=-(10**5000)), DAY)
    assert [p.field for p in problems] == ["spasm_severity", "spasm_episodes"]
    assert all(p.message for p in problems)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_11_a_file_in_another_encoding_is_named_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    csv_file = tmp_path / "entries.csv"
    csv_file.write_bytes("date,notes\n2024-01-01,hello\n".encode(encoding))
    journal = tmp_path / "robin.sqlite"
    status, _, err = run(capsys, "import-csv", "--journal", journal, csv_file)
    assert status == 2
    name = "UTF-32" if "32" in encoding else "UTF-16"
    assert f"{csv_file}: is not UTF-8 text (it looks like {name}); save it as CSV UTF-8" in err
    assert not journal.exists()


def test_11_a_megabyte_note_names_its_column_and_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "entries.csv"
    csv_file.write_text("date,notes\n2024-01-01," + "n" * 1_000_000 + "\n", encoding="utf-8")
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    status, _, err = run(capsys, "import-csv", "--journal", journal, csv_file)
    assert status == 2
    assert f"{csv_file}:2:2: notes: is longer than 10000 characters" in err
    assert len(days_of(journal)) == 3


# -- 12. a backup that vanished ------------------------------------------------------------


def test_12_restoring_a_backup_that_vanished_says_so(tmp_path: Path) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    with opened(journal) as repo:
        backup = take_backup(repo.db, journal, BackupReason.DAILY)
    backup.unlink()
    before = folder_state(tmp_path)
    with pytest.raises(JournalNotFound) as raised:
        restore_backup(backup, journal)
    assert str(raised.value) == (
        f"The backup {backup} is no longer there (it was removed or thinned meanwhile); "
        "nothing was restored."
    )
    assert folder_state(tmp_path) == before
