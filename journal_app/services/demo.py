"""The demo journal a newcomer can open to see charts at once: generated, never real data."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal_app.domain.demo import DemoJournal, generate_demo
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

DEMO_YEARS = 3


def create_demo_journal(path: Path, today: dt.date, *, years: float = DEMO_YEARS) -> None:
    """Write a new demo journal ending today at ``path``, which must not exist yet."""
    if path.exists():
        raise FileExistsError(path)
    demo = in_user_language(generate_demo(end=today, years=years))
    repository = JournalRepository(open_journal(path, create=True))
    try:
        repository.save_profile(demo.profile)
        repository.import_records(
            demo.entries,
            demo.injections,
            replace=False,
            checkins=demo.checkins,
            goals=demo.goals,
            ratings=demo.ratings,
        )
    finally:
        repository.close()


def in_user_language(demo: DemoJournal) -> DemoJournal:
    """The demo's notes, sites, triggers and goals in the language the app speaks (context
    "demo")."""

    def say(text: str) -> str:
        return QCoreApplication.translate("demo", text) if text else text

    entries = tuple(
        replace(
            entry,
            notes=say(entry.notes),
            side_effect_other=say(entry.side_effect_other),
            triggers=tuple(say(tag) for tag in entry.triggers),
        )
        for entry in demo.entries
    )
    injections = tuple(
        replace(injection, sites=say(injection.sites), notes=say(injection.notes))
        for injection in demo.injections
    )
    return replace(
        demo,
        profile=replace(demo.profile, notes=say(demo.profile.notes)),
        entries=entries,
        injections=injections,
        goals=tuple(replace(goal, text=say(goal.text)) for goal in demo.goals),
        ratings=tuple(replace(rating, goal=say(rating.goal)) for rating in demo.ratings),
    )
