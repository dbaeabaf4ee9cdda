"""Hand-made journals for the GUI tests: days counted back from the tests' TODAY."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from journal_app.domain.models import Entry, Indication, Injection, Product, Profile
from journal_app.domain.windows import default_windows
from journal_app.services.journal import JournalService
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

TODAY = dt.date(2026, 11, 21)
W = TypeVar("W", bound=QWidget)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def injection(days_ago: int, indication: Indication = Indication.CERVICAL_DYSTONIA) -> Injection:
    """Botox, 100 U, with the indication's default windows."""
    return Injection(
        ago(days_ago), Product.ONABOTULINUMTOXIN_A, 100, indication, default_windows(indication)
    )


def inject(service: JournalService, days_ago: int, indication: Indication) -> None:
    service.record_injection(injection(days_ago, indication))


def write_journal(path: Path, entries: Sequence[Entry], injections: Sequence[Injection]) -> None:
    """A journal file holding these records, written in one go (faster than the service)."""
    repository = JournalRepository(open_journal(path, create=True))
    try:
        repository.save_profile(Profile(name="Alex"))
        repository.import_records(entries, injections, replace=False)
    finally:
        repository.close()


def shown(qtbot: object, widget: W, width: int, height: int, palette: QPalette | None = None) -> W:
    """``widget`` on screen at this size (in this palette), closed with the test."""
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    if palette is not None:
        widget.setPalette(palette)
    widget.resize(width, height)
    widget.show()
    return widget
