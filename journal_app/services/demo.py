"""The demo journal a newcomer can open to see charts at once: generated, never real data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal_app.domain.demo import generate_demo
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

DEMO_YEARS = 3


def create_demo_journal(path: Path, today: dt.date, *, years: float = DEMO_YEARS) -> None:
    """Write a new demo journal ending today at ``path``, which must not exist yet."""
    if path.exists():
        raise FileExistsError(path)
    demo = generate_demo(end=today, years=years)
    repository = JournalRepository(open_journal(path, create=True))
    try:
        repository.save_profile(demo.profile)
        repository.import_records(demo.entries, demo.injections, replace=False)
    finally:
        repository.close()
