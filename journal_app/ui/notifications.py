"""Reminders outside the window: a daily nudge to log the day, and a week's notice of a
re-injection window, shown by the desktop while the window is closed (tray icon, autostart)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from journal_app.domain.models import Indication
from journal_app.settings import Settings
from journal_app.wording.labels import indication_in_text
from journal_app.wording.text import in_days_text

if TYPE_CHECKING:
    from journal_app.services.journal import JournalService

#: A re-injection window is announced this many days before it opens.
NOTICE_DAYS = 7
CHECK_EVERY_MS = 60_000


class Notifier(Protocol):
    """Shows a message outside the window: the tray icon in the app, a recorder in tests."""

    def notify(self, title: str, message: str) -> None: ...


@dataclass(frozen=True)
class TrackWindow:
    """A current track's re-injection window."""

    indication: Indication
    opens: dt.date
    closes: dt.date


@dataclass(frozen=True)
class ReminderFacts:
    """What the reminders need to know of the journal on a day."""

    day_logged: bool
    # The re-injection window of each track current on the day, whether ahead, open or past.
    windows: tuple[TrackWindow, ...] = ()


def facts_of(service: JournalService, today: dt.date) -> ReminderFacts:
    """Each track current on ``today`` gives its own window (PRODUCT.md §4 v2)."""
    return ReminderFacts(
        day_logged=service.entry(today) is not None,
        windows=tuple(
            TrackWindow(current.indication, current.reinjection.opens, current.reinjection.closes)
            for current in service.analysis.current_tracks_on(today)
        ),
    )


def facts_of_file(path: Path, today: dt.date) -> ReminderFacts | None:
    """The facts of the journal at ``path``, opened read-only for a moment; None if it cannot
    be read (the reminder then stays silent rather than guess)."""
    from journal_app.services.journal import JournalService
    from journal_app.storage.errors import JournalError

    if not path.exists():
        return None
    try:
        service = JournalService.open(path, read_only=True, clock=lambda: today)
    except JournalError:
        return None
    try:
        return facts_of(service, today)
    finally:
        service.close()


class ReminderScheduler(QObject):
    """Checks once a minute whether a reminder is due, and sends each at most once."""

    def __init__(
        self,
        settings: Settings,
        notifier: Notifier,
        facts: Callable[[dt.date], ReminderFacts | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._notifier = notifier
        self._facts = facts
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(lambda: self.check(dt.datetime.now()))

    def start(self) -> None:
        self._timer.start()
        self.check(dt.datetime.now())

    def check(self, now: dt.datetime) -> list[str]:
        """Send what is due at ``now``; the messages sent."""
        settings = self._settings
        if not (settings.daily_reminder() or settings.reinjection_reminder()):
            return []
        today = now.date()
        facts = self._facts(today)
        if facts is None:
            return []
        sent: list[str] = []
        due = now.time() >= settings.reminder_time()
        if settings.daily_reminder() and due and settings.last_daily_reminder() != today:
            settings.set_last_daily_reminder(today)  # once a day, sent or not
            if not facts.day_logged:  # silent when the day is logged
                sent.append(
                    QCoreApplication.translate(
                        "ReminderScheduler", "Today is not logged yet. A few seconds will do."
                    )
                )
        if settings.reinjection_reminder():
            sent.extend(self._windows_opening(facts, today))
        for message in sent:
            self._notifier.notify("Relief Journal", message)
        return sent

    def _windows_opening(self, facts: ReminderFacts, today: dt.date) -> list[str]:
        """A week's notice of each track's window, once per opening day."""
        announced = self._settings.announced_windows()
        sent = []
        for window in facts.windows:
            days = (window.opens - today).days
            if not 0 < days <= NOTICE_DAYS or window.opens in announced:
                continue
            self._settings.add_announced_window(window.opens)
            sent.append(
                QCoreApplication.translate(
                    "ReminderScheduler", "Your re-injection window for %1 opens on %2 (%3)."
                )
                .replace("%3", in_days_text(days))
                .replace("%2", _long_date(window.opens))
                .replace("%1", indication_in_text(window.indication))
            )
        return sent


def _long_date(day: dt.date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
