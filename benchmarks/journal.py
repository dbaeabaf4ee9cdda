"""The 20-year journal every benchmark uses, generated deterministically into a folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal_app.domain.demo import generate_demo
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

END = dt.date(2026, 11, 21)
YEARS = 20


def make_journal(folder: Path, name: str = "twenty-years.sqlite") -> Path:
    path = folder / name
    demo = generate_demo(end=END, years=YEARS)
    repository = JournalRepository(open_journal(path, create=True))
    try:
        repository.save_profile(demo.profile)
        repository.import_records(demo.entries, demo.injections, replace=False)
    finally:
        repository.close()
    return path


def describe(path: Path) -> str:
    repository = JournalRepository(open_journal(path, read_only=True))
    try:
        entries, injections = repository.counts()
    finally:
        repository.close()
    return f"{entries:,} entries and {injections} injections over {YEARS} years"
