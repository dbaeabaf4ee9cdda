"""Saving an entry through the app against a bare sqlite3 insert and commit, same pragmas."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import sqlite3
from pathlib import Path

from benchmarks.results import Result, median_ms
from journal_app.domain.models import Entry, MedicationClass, MedicationDose
from journal_app.services.journal import JournalService

REPEATS = 60


def _bare_sqlite(path: Path) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(
        "CREATE TABLE entries (date TEXT PRIMARY KEY, spasm INTEGER, headache INTEGER, notes TEXT)"
    )
    days = itertools.count()

    def insert() -> None:
        day = (dt.date(2000, 1, 1) + dt.timedelta(days=next(days))).isoformat()
        conn.execute("BEGIN")
        conn.execute("INSERT OR REPLACE INTO entries VALUES (?, 4, 6, 'bench')", [day])
        conn.execute("COMMIT")

    try:
        return median_ms(insert, REPEATS)
    finally:
        conn.close()


def _app_save(journal: Path) -> float:
    service = JournalService.open(journal, clock=lambda: dt.date(2026, 11, 21))
    days = itertools.count()

    def save() -> None:
        day = dt.date(2026, 11, 21) - dt.timedelta(days=next(days))
        service.save_entry(
            Entry(
                day,
                spasm_severity=4,
                headache_severity=6,
                medication=(MedicationDose(MedicationClass.TRIPTAN, 1),),
                notes="bench",
            )
        )

    try:
        return median_ms(save, REPEATS)
    finally:
        service.close()


def measure(journal: Path, scratch: Path) -> list[Result]:
    copy = scratch / "save-bench.sqlite"
    shutil.copy(journal, copy)
    bare = _bare_sqlite(scratch / "bare.sqlite")
    app = _app_save(copy)
    return [Result("saving an entry (20-year journal)", app, "ms", limit=1.5, floor=bare)]
