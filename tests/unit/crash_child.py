"""The process test_crash.py kills: it writes a journal and reports each commit on stdout.

python -m tests.unit.crash_child entries JOURNAL FIRST_DAY
    saves one entry a day from FIRST_DAY on through the repository, one transaction each,
    printing the day after each commit, until killed.
python -m tests.unit.crash_child service JOURNAL FIRST_DAY
    the same through JournalService (validation, undo stack, signals), as the window saves.
python -m tests.unit.crash_child import JOURNAL CSV MIDWAY
    runs `relief-journal import-csv` on CSV, printing "midway" from inside its transaction once
    MIDWAY entries are written, and "imported" once the command has returned; then waits.
python -m tests.unit.crash_child backup JOURNAL
    takes backups of the journal into its backup folder, printing each one's path once taken.
python -m tests.unit.crash_child restore JOURNAL BACKUP
    restores BACKUP in place of the journal again and again, printing "restored" after each.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal_app.domain.models import Entry, MedicationClass, MedicationDose, SideEffect

TODAY = dt.date(2030, 12, 31)


def entry_for(day: dt.date) -> Entry:
    """The entry the child saves for ``day``: it spans four tables and, some days, many pages."""
    n = day.toordinal()
    return Entry(
        day,
        spasm_severity=n % 11,
        headache_severity=(n * 7) % 11,
        headache_hours=(n % 9) / 2,
        medication=(
            MedicationDose(MedicationClass.TRIPTAN, 1 + n % 3),
            MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 1 + n % 5),
        ),
        side_effects=(SideEffect.NECK_PAIN,) if n % 2 else (),
        triggers=("stress", f"tag {n % 13}"),
        notes=(f"day {n} " * 1200)[: 40 if n % 4 else 9000],
    )


def _say(text: str) -> None:
    print(text, flush=True)


def write_entries(journal: Path, first_day: dt.date) -> None:
    from journal_app.storage.db import open_journal
    from journal_app.storage.repository import JournalRepository

    _say("opening")
    repo = JournalRepository(open_journal(journal, create=True))
    _save_forever(repo.save_entry, first_day)


def _save_forever(save: Callable[[Entry], None], first_day: dt.date) -> None:
    _say("ready")
    day = first_day
    while True:
        save(entry_for(day))
        _say(day.isoformat())
        day += dt.timedelta(days=1)


def save_through_service(journal: Path, first_day: dt.date) -> None:
    from PySide6.QtCore import QCoreApplication

    from journal_app.services.journal import JournalService

    app = QCoreApplication([])  # noqa: F841  (signals want an application)
    _say("opening")
    service = JournalService.open(journal, create=True, clock=lambda: TODAY)
    _save_forever(service.save_entry, first_day)


def import_csv(journal: Path, csv_file: Path, midway: int) -> None:
    from journal_app import cli
    from journal_app.storage.repository import JournalRepository

    written = 0
    put_entry = JournalRepository._put_entry

    def put_and_count(self: JournalRepository, entry: Entry, **kwargs: Any) -> None:
        nonlocal written
        put_entry(self, entry, **kwargs)
        written += 1
        if written == midway:
            _say("midway")

    JournalRepository._put_entry = put_and_count  # type: ignore[method-assign]
    _say("importing")
    status = cli.main(["import-csv", "--journal", str(journal), str(csv_file)])
    _say("imported" if status == 0 else f"failed {status}")
    sys.stdin.readline()  # killed here


def take_backups(journal: Path) -> None:
    from journal_app.storage.backups import BackupReason, take_backup
    from journal_app.storage.db import open_journal

    db = open_journal(journal, read_only=True)
    _say("ready")
    while True:
        _say(str(take_backup(db, journal, BackupReason.DAILY)))


def restore(journal: Path, backup: Path) -> None:
    from journal_app.storage.backups import restore_backup

    _say("ready")
    while True:
        restore_backup(backup, journal)
        _say("restored")


def main(argv: list[str]) -> None:
    mode, journal = argv[0], Path(argv[1])
    if mode == "entries":
        write_entries(journal, dt.date.fromisoformat(argv[2]))
    elif mode == "service":
        save_through_service(journal, dt.date.fromisoformat(argv[2]))
    elif mode == "import":
        import_csv(journal, Path(argv[2]), int(argv[3]))
    elif mode == "backup":
        take_backups(journal)
    elif mode == "restore":
        restore(journal, Path(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
