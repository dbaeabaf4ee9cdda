"""CSV import of the 20-year journal into a new journal (§8: under 1 s)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from benchmarks.results import Result, median_ms
from journal_app.storage.csv_io import export_csv, import_csv_files
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

REPEATS = 3


def measure(journal: Path, scratch: Path) -> list[Result]:
    source = JournalRepository(open_journal(journal, read_only=True))
    try:
        files = export_csv(source, scratch / "csv")
    finally:
        source.close()
    counter = itertools.count()

    def import_all() -> None:
        target = JournalRepository(
            open_journal(scratch / f"import-{next(counter)}.sqlite", create=True)
        )
        try:
            import_csv_files(target, files, replace=False, today=dt.date(2026, 11, 21))
        finally:
            target.close()

    return [Result("CSV import of 20 years", median_ms(import_all, REPEATS), "ms", limit=1000)]
