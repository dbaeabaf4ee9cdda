"""The process test_crash.py kills: it writes a journal and reports each commit on stdout.

python -m tests.unit.crash_child entries JOURNAL FIRST_DAY
    saves one entry a day from FIRST_DAY on, one transaction each, printing the day after
    each commit, until killed.
python -m tests.unit.crash_child import JOURNAL CSV MIDWAY
    imports CSV in one transaction, printing "midway" from inside it once MIDWAY entries are
    written, and "imported" once it is committed; then waits, the journal open, to be killed.
"""

from __future__ import annotations

import datetime as dt
import sys
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
    _say("ready")
    day = first_day
    while True:
        repo.save_entry(entry_for(day))
        _say(day.isoformat())
        day += dt.timedelta(days=1)


def import_csv(journal: Path, csv_file: Path, midway: int) -> None:
    from journal_app.storage.csv_io import apply_import, prepare_import
    from journal_app.storage.db import open_journal
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
    plan = prepare_import([csv_file], TODAY)
    repo = JournalRepository(open_journal(journal, create=True))
    _say("importing")
    apply_import(repo, plan, replace=False)
    _say("imported")
    sys.stdin.readline()  # killed here, the journal still open, its log not checkpointed


def main(argv: list[str]) -> None:
    mode, journal = argv[0], Path(argv[1])
    if mode == "entries":
        write_entries(journal, dt.date.fromisoformat(argv[2]))
    elif mode == "import":
        import_csv(journal, Path(argv[2]), int(argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
