"""Saving an entry through the app against a bare sqlite3 insert and commit, same pragmas."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.results import Result
from journal_app.domain.models import Entry, MedicationClass, MedicationDose
from journal_app.services.journal import JournalService

REPEATS = 200
TODAY = dt.date(2026, 11, 21)


def _bare_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute(
        "CREATE TABLE entries (date TEXT PRIMARY KEY, spasm INTEGER, headache INTEGER, notes TEXT)"
    )
    return conn


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure(journal: Path, scratch: Path) -> list[Result]:
    copy = scratch / "save-bench.sqlite"
    shutil.copy(journal, copy)
    conn = _bare_connection(scratch / "bare.sqlite")
    service = JournalService.open(copy, clock=lambda: TODAY)
    bare, app = [], []
    try:
        # Interleaved, one of each in turn, so that the disk's moods hit both alike.
        for n in range(REPEATS):
            day = TODAY - dt.timedelta(days=n)

            def insert(day: dt.date = day) -> None:
                conn.execute("BEGIN")
                conn.execute(
                    "INSERT OR REPLACE INTO entries VALUES (?, 4, 6, 'bench')", [day.isoformat()]
                )
                conn.execute("COMMIT")

            entry = Entry(
                day,
                spasm_severity=4,
                headache_severity=6,
                medication=(MedicationDose(MedicationClass.TRIPTAN, 1),),
                notes="bench",
            )
            bare.append(_ms(insert))
            app.append(_ms(lambda entry=entry: service.save_entry(entry)))
    finally:
        conn.close()
        service.close()
    return [
        Result(
            "saving an entry (20-year journal)",
            statistics.median(app),
            "ms",
            limit=1.5,
            floor=statistics.median(bare),
        )
    ]


def measure_in_window(journal: Path, scratch: Path) -> list[Result]:
    """The same save as the user waits for it: written, then the tab on screen redrawn."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.settings import Settings
    from journal_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    copy = scratch / "save-window.sqlite"
    shutil.copy(journal, copy)
    settings = Settings(QSettings(str(scratch / "save.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, clock=lambda: TODAY)
    window.resize(1100, 760)
    window.show()
    window.open_journal(copy)
    app.processEvents()
    service = window.service
    assert service is not None

    def save(day: dt.date, severity: int) -> None:
        service.save_entry(Entry(day, spasm_severity=severity))
        app.processEvents()

    results = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        app.processEvents()
        times = [
            _ms(lambda n=n, tab=tab: save(TODAY - dt.timedelta(days=n), (n + tab) % 10))
            for n in range(REPEATS // 10)
        ]
        name = window.tabs.tabText(tab)
        results.append(
            Result(
                f"saving an entry, {name} tab redrawn (our bar, not §8's)",
                statistics.median(times),
                "ms",
                limit=100,
            )
        )
    window.close()
    return results
