"""The in-app reminder banner: today not logged, the re-injection window, a check-up near."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from journal_app.domain.windows import WindowState
from journal_app.services.journal import JournalService
from journal_app.ui.widgets.on_screen import RedrawnOnScreen
from journal_app.wording.labels import indication_label
from journal_app.wording.text import countdown_text, in_days_text, short_date

#: How far ahead a window opening or a check-up is worth a reminder.
REMIND_DAYS_AHEAD = 7


def reminders(service: JournalService, today: dt.date) -> list[str]:
    """The reminders that apply today, most pressing first.

    Each track current on the real day speaks for itself: a migraine session never cuts a
    dystonia cycle short, and a track whose course has ended is not announced.
    """
    found: list[str] = []
    for current in service.analysis.current_tracks_on(today):
        name = indication_label(current.indication)
        window = current.reinjection
        soon = window.state is WindowState.OPENS_IN and window.days <= REMIND_DAYS_AHEAD
        if window.state is not WindowState.OPENS_IN or soon:
            found.append(
                QCoreApplication.translate("reminders", "%1: re-injection window %2 – %3, %4.")
                .replace("%4", countdown_text(window))
                .replace("%3", short_date(window.closes))
                .replace("%2", short_date(window.opens))
                .replace("%1", name)
            )
        checkup = current.checkup
        if checkup is not None and 0 <= (checkup - today).days <= REMIND_DAYS_AHEAD:
            days = (checkup - today).days
            when = (
                QCoreApplication.translate("reminders", "today")
                if days == 0
                else in_days_text(days)
            )
            found.append(
                QCoreApplication.translate(
                    "reminders", "%1: check-up with your clinician due %2 (%3)."
                )
                .replace("%3", short_date(checkup))
                .replace("%2", when)
                .replace("%1", name)
            )
    if service.entry(today) is None:
        found.insert(0, QCoreApplication.translate("reminders", "Today is not logged yet."))
    return found


class ReminderBanner(RedrawnOnScreen, QFrame):
    """Above the Today view: what needs the patient's attention, or that nothing does.

    It stays on screen either way (a read-only journal has none), so that logging the day
    never pulls the form up under the pointer.
    """

    log_today_requested = Signal()

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("reminders")
        row = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Reminders"))
        self.log_button = QPushButton(self.tr("Log today"), self)
        self.log_button.clicked.connect(self.log_today_requested)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        self._dismissed_on: dt.date | None = None
        row.addWidget(self.text, 1)
        row.addWidget(self.log_button)
        row.addWidget(self.dismiss_button)
        self.pending = False
        service.entries_changed.connect(self.journal_changed)
        service.injections_changed.connect(self.journal_changed)
        self.refresh()

    def refresh(self) -> None:
        today = self._service.today()
        found = reminders(self._service, today) if self._dismissed_on != today else []
        self.pending = bool(found)
        if found:
            self.text.setText("  ".join(found))
        elif self._dismissed_on == today:
            self.text.setText(self.tr("Reminders dismissed for today."))
        else:
            self.text.setText(self.tr("Today is logged; nothing else is due."))
        self.log_button.setVisible(self._service.entry(today) is None)
        self.dismiss_button.setVisible(bool(found))
        self.setStyleSheet(
            # The left edge alone is not drawn without a border all round.
            "#reminders { border: 1px solid palette(mid); border-left: 4px solid %s; }"
            % ("#E69F00" if found else "#009E73")
        )
        self.setVisible(not self._service.read_only)

    def dismiss(self) -> None:
        """Quiet until tomorrow; the banner keeps its place."""
        self._dismissed_on = self._service.today()
        self.refresh()
