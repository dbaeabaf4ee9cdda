"""The command line (PRODUCT.md §7): exit statuses, messages, and which commands create journals."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from journal_app import __version__, cli
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
from journal_app.storage.db import open_journal
from journal_app.storage.errors import JournalWriteError
from journal_app.storage.online_copy import UnsafeBackupTarget, backup_journal
from journal_app.storage.repository import JournalRepository

ROOT = Path(__file__).resolve().parents[2]
ENTRIES_CSV = (
    "date,spasm_severity,headache_severity,medication,side_effects,notes\r\n"
    '2024-03-01,4,2,triptan:1,other:itchy,"line one\nline two"\r\n'
    "2024-03-02,5,0,,,\r\n"
)
INJECTIONS_CSV = "date,product,units,indication\r\n2024-02-20,Botox,155,chronic_migraine\r\n"
BAD_ENTRIES_CSV = "date,spasm_severity\r\n2024-03-01,4\r\n2024-03-02,11\r\n"


@contextmanager
def opened(
    path: Path, *, read_only: bool = True, create: bool = False
) -> Iterator[JournalRepository]:
    repo = JournalRepository(open_journal(path, read_only=read_only, create=create))
    try:
        yield repo
    finally:
        repo.close()


def records(path: Path) -> tuple[list[Entry], list[Injection]]:
    with opened(path) as repo:
        return repo.entries(), repo.injections()


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture
def filled(journal_path: Path) -> Path:
    """A journal holding two entries and two injections."""
    with opened(journal_path, read_only=False, create=True) as repo:
        repo.save_entry(
            Entry(
                day=dt.date(2024, 1, 5),
                spasm_severity=3,
                medication=(MedicationDose(MedicationClass.OPIOID, 2),),
                side_effects=(SideEffect.NECK_PAIN,),
                notes='a "quoted", note',
            )
        )
        repo.save_entry(Entry(day=dt.date(2024, 1, 6), headache_hours=2.5))
        for units in (100.0, 55.5):
            repo.add_injection(
                Injection(
                    dt.date(2024, 1, 1),
                    Product.INCOBOTULINUMTOXIN_A,
                    units,
                    Indication.BLEPHAROSPASM,
                    ExpectedWindows(5, 20, 90, 120),
                )
            )
    return journal_path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


# -- parsing -----------------------------------------------------------------------------


def test_no_command_means_the_window() -> None:
    args = cli.parse_args([])
    assert (args.command, args.journal, args.read_only) == (None, None, False)
    args = cli.parse_args(["--journal", "some/where.sqlite", "--read-only"])
    assert (args.command, args.journal, args.read_only) == (None, Path("some/where.sqlite"), True)


def test_subcommands_parse_their_arguments() -> None:
    args = cli.parse_args(["import-csv", "--journal", "j", "--replace", "a.csv", "b.csv"])
    assert (args.command, args.journal, args.replace) == ("import-csv", Path("j"), True)
    assert args.files == [Path("a.csv"), Path("b.csv")]
    args = cli.parse_args(["backup", "--journal", "j", "--out", "copy.sqlite"])
    assert (args.command, args.out) == ("backup", Path("copy.sqlite"))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"relief-journal {__version__}\n", "")


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["export-csv", "--journal", "j.sqlite"],
        ["import-csv", "--journal", "j.sqlite"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.startswith("usage: relief-journal") or "give a command" in err


# -- import-csv --------------------------------------------------------------------------


def test_import_creates_a_missing_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, journal_path: Path
) -> None:
    entries = write(tmp_path / "entries.csv", ENTRIES_CSV)
    injections = write(tmp_path / "injections.csv", INJECTIONS_CSV)
    status, out, err = run(capsys, "import-csv", "--journal", journal_path, entries, injections)
    assert (status, err) == (0, "")
    assert out == f"Imported 2 entries and 1 injection into {journal_path}.\n"
    saved_entries, saved_injections = records(journal_path)
    assert [e.day for e in saved_entries] == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]
    assert saved_entries[0].side_effect_other == "itchy"
    assert saved_entries[0].notes == "line one\nline two"
    assert [(i.product, i.units) for i in saved_injections] == [(Product.ONABOTULINUMTOXIN_A, 155)]


def test_a_refused_import_does_not_create_the_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, journal_path: Path
) -> None:
    bad = write(tmp_path / "entries.csv", BAD_ENTRIES_CSV)
    status, out, err = run(capsys, "import-csv", "--journal", journal_path, bad)
    assert (status, out) == (2, "")
    assert err.splitlines() == [
        f"{bad}:3:2: spasm_severity: 11 is outside 0–10",
        "relief-journal: nothing was imported (1 problem); the journal is unchanged.",
    ]
    assert not journal_path.exists()


def test_a_refused_import_leaves_the_journal_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, filled: Path
) -> None:
    before = records(filled)
    good = write(tmp_path / "injections.csv", INJECTIONS_CSV)
    bad = write(tmp_path / "entries.csv", BAD_ENTRIES_CSV)
    status, _, err = run(capsys, "import-csv", "--journal", filled, good, bad)
    assert status == 2
    assert f"{bad}:3:2: spasm_severity" in err
    assert records(filled) == before


def test_a_day_already_in_the_journal_needs_replace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, filled: Path
) -> None:
    clash = write(tmp_path / "entries.csv", "date,spasm_severity\n2024-01-06,9\n")
    status, _, err = run(capsys, "import-csv", "--journal", filled, clash)
    assert status == 2
    assert f"{clash}:2:1: date: 2024-01-06 already has an entry in the journal" in err
    assert records(filled)[0][1] == Entry(day=dt.date(2024, 1, 6), headache_hours=2.5)
    status, out, _ = run(capsys, "import-csv", "--journal", filled, "--replace", clash)
    assert status == 0
    assert out.startswith("Imported 1 entry and 0 injections")
    # The file has no headache_hours column: the day keeps its 2.5 hours.
    assert records(filled)[0][1] == Entry(
        day=dt.date(2024, 1, 6), spasm_severity=9, headache_hours=2.5
    )


def test_import_into_a_file_that_is_not_a_journal_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_journal = write(tmp_path / "notes.txt", "shopping list\n" * 20)
    entries = write(tmp_path / "entries.csv", ENTRIES_CSV)
    status, _, err = run(capsys, "import-csv", "--journal", not_journal, entries)
    assert status == 2
    assert "notes.txt is not a Relief Journal file" in err
    assert not_journal.read_text() == "shopping list\n" * 20


def test_a_failed_write_exits_1(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(self: JournalRepository, *args: object, **kwargs: object) -> None:
        raise JournalWriteError(journal_path, "The disk is full, so the change was not saved.")

    monkeypatch.setattr(JournalRepository, "import_records", disk_full)
    entries = write(tmp_path / "entries.csv", ENTRIES_CSV)
    status, _, err = run(capsys, "import-csv", "--journal", journal_path, entries)
    assert status == 1
    assert err == "relief-journal: The disk is full, so the change was not saved.\n"


# -- commands that never create a journal ------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["export-csv", "--out", "exported"], ["backup", "--out", "copy.sqlite"], ["check"]],
)
def test_a_missing_journal_is_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, journal_path: Path, argv: list[str]
) -> None:
    argv = [str(tmp_path / a) if a in ("exported", "copy.sqlite") else a for a in argv]
    status, out, err = run(capsys, argv[0], "--journal", journal_path, *argv[1:])
    assert (status, out) == (2, "")
    assert err == f"relief-journal: There is no journal at {journal_path}.\n"
    assert sorted(tmp_path.iterdir()) == []


# -- export-csv --------------------------------------------------------------------------


def test_export_then_import_through_the_command_line_round_trips(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, filled: Path
) -> None:
    out_dir = tmp_path / "exported"
    status, out, _ = run(capsys, "export-csv", "--journal", filled, "--out", out_dir)
    assert status == 0
    assert out == (
        "Exported entries.csv, injections.csv, checkins.csv, goals.csv, goal_ratings.csv,"
        f" cycles.csv, monthly.csv into {out_dir}.\n"
    )
    copy = tmp_path / "copy.sqlite"
    files = [out_dir / "entries.csv", out_dir / "injections.csv"]
    assert run(capsys, "import-csv", "--journal", copy, *files)[0] == 0
    assert records(copy) == records(filled)


def test_export_into_a_file_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, filled: Path
) -> None:
    target = write(tmp_path / "taken.txt", "keep me")
    status, _, err = run(capsys, "export-csv", "--journal", filled, "--out", target)
    assert status == 2
    assert f"{target} is a file" in err
    assert target.read_text() == "keep me"


# -- backup ------------------------------------------------------------------------------


def test_backup_makes_a_journal_with_the_same_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, filled: Path
) -> None:
    copy = tmp_path / "backups" / "copy.sqlite"
    status, out, _ = run(capsys, "backup", "--journal", filled, "--out", copy)
    assert status == 0
    assert out == f"Backed up {filled} to {copy}.\n"
    assert records(copy) == records(filled)
    assert [p.name for p in copy.parent.iterdir()] == ["copy.sqlite"]


def test_backup_includes_changes_not_yet_checkpointed(filled: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    with opened(filled, read_only=False) as repo:
        repo.save_entry(Entry(day=dt.date(2024, 2, 1), notes="still in the WAL"))
        backup_journal(repo.db, copy)
        expected = repo.entries()
    assert records(copy)[0] == expected


def test_backup_refuses_to_overwrite_the_journal(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    before = filled.read_bytes()
    for target in (filled, filled.parent / "." / filled.name, Path(f"{filled}-wal")):
        status, _, err = run(capsys, "backup", "--journal", filled, "--out", target)
        assert status == 2
        assert "is the journal itself" in err
    assert filled.read_bytes() == before


def test_backup_refuses_the_journal_through_a_link(filled: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.sqlite"
    link.symlink_to(filled)
    with opened(filled) as repo, pytest.raises(UnsafeBackupTarget):
        backup_journal(repo.db, link)


def test_a_failed_backup_leaves_no_file(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with opened(filled) as repo:
        monkeypatch.setattr(repo.db, "conn", _FailingBackup(repo.db.conn))
        with pytest.raises(JournalWriteError, match="disk I/O error"):
            backup_journal(repo.db, tmp_path / "copy.sqlite")
        monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir() if "copy" in p.name] == []


class _FailingBackup:
    """A connection whose backup fails halfway, as a full disk would make it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)

    def backup(self, target: sqlite3.Connection, **kwargs: object) -> None:
        target.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("disk I/O error")


# -- check -------------------------------------------------------------------------------


def test_check_a_sound_journal(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    entries, injections = records(filled)
    status, out, err = run(capsys, "check", "--journal", filled)
    assert (status, err) == (0, "")
    assert out == f"ok: {len(entries)} entries, {len(injections)} injections\n"


def test_check_refuses_a_side_effect_of_a_day_the_journal_does_not_have(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    """A list row without its day breaks the schema's foreign key: the damaged-file message,
    naming the day, as for any row the schema would not allow (PRODUCT.md §8)."""
    conn = sqlite3.connect(filled)
    conn.execute("INSERT INTO entry_side_effects (date, code) VALUES ('2023-05-05', 'neck_pain')")
    conn.commit()
    conn.close()
    status, out, err = run(capsys, "check", "--journal", filled)
    assert (status, out) == (2, "")
    assert "is damaged and cannot be read" in err
    assert "entries '2023-05-05' breaks the journal's rules" in err


def test_check_a_file_that_is_not_a_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    status, _, err = run(capsys, "check", "--journal", foreign)
    assert status == 2
    assert "other.db is a database of another application" in err


def test_check_a_newer_journal(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    conn = sqlite3.connect(filled)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('journal_app', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    status, _, err = run(capsys, "check", "--journal", filled)
    assert status == 2
    assert "written by a newer version of Relief Journal" in err


def test_check_a_damaged_journal(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    with opened(filled, read_only=False) as repo:
        repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(filled.read_bytes())
    data[4096:] = b"\x5a" * (len(data) - 4096)
    filled.write_bytes(bytes(data))
    status, _, err = run(capsys, "check", "--journal", filled)
    assert status == 2
    assert "is damaged" in err


# -- as a program ------------------------------------------------------------------------


def _program(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journal_app.cli", *map(str, argv)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_the_program_prints_its_version_without_loading_qt() -> None:
    done = _program("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"relief-journal {__version__}\n", "")
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, journal_app.cli; print('PySide6' in sys.modules)"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    assert probe.stdout == "False\n"


def test_the_program_refuses_a_bad_csv_without_a_traceback(
    tmp_path: Path, journal_path: Path
) -> None:
    bad = write(tmp_path / "entries.csv", BAD_ENTRIES_CSV)
    done = _program("import-csv", "--journal", journal_path, bad)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(f"{bad}:3:2: spasm_severity: 11 is outside 0–10\n")
    assert "Traceback" not in done.stderr
    assert not journal_path.exists()


def test_replace_changes_only_the_columns_the_file_has(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, journal_path: Path
) -> None:
    day = dt.date(2024, 3, 1)
    kept = Entry(
        day,
        spasm_severity=6,
        headache_severity=2,
        medication=(MedicationDose(MedicationClass.TRIPTAN, 1),),
        notes="neck stiff",
    )
    with opened(journal_path, read_only=False, create=True) as repo:
        repo.save_entry(kept)
    headaches = tmp_path / "headaches.csv"
    headaches.write_text("date,headache_severity\n2024-03-01,7\n", encoding="utf-8")
    assert run(capsys, "import-csv", "--journal", journal_path, "--replace", headaches)[0] == 0
    [entry], _ = records(journal_path)
    assert entry == Entry(
        day,
        spasm_severity=6,
        headache_severity=7,
        medication=kept.medication,
        notes="neck stiff",
    )
