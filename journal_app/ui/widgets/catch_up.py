"""The recent days not logged yet, each opened with one click or Enter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from journal_app.services.journal import JournalService
from journal_app.ui.widgets.form_helpers import MIN_TARGET, make_label, to_qdate

#: How many days back the list looks (PRODUCT.md §5, Reminders).
CATCH_UP_DAYS = 14
_VISIBLE_ROWS = 5


def first_record_day(service: JournalService) -> dt.date | None:
    """The day of the journal's first entry or injection; None for an empty journal."""
    starts = [records[0].day for records in (service.entries(), service.injections()) if records]
    return min(starts, default=None)


def days_not_logged(service: JournalService, today: dt.date) -> list[dt.date]:
    """The days of the last CATCH_UP_DAYS before today with no entry, newest first.

    Days before the journal's first entry or injection are not asked for.
    """
    first = first_record_day(service)
    if first is None:
        return []
    days = (today - dt.timedelta(days=back) for back in range(1, CATCH_UP_DAYS + 1))
    return [day for day in days if day >= first and service.entry(day) is None]


class CatchUpList(QWidget):
    """A short list of the recent days not logged; choosing one opens it in the form."""

    day_chosen = Signal(object)  # dt.date

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.list = QListWidget(self)
        heading = make_label(self.tr("Not logged yet"), self.list)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.list.itemClicked.connect(self._open)
        self.list.itemActivated.connect(self._open)  # Enter, or a double click
        self.all_logged = QLabel(self)
        self.all_logged.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list)
        layout.addWidget(self.all_logged)
        service.entries_changed.connect(self.refresh)
        service.injections_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        days = days_not_logged(self._service, self._service.today())
        self.list.clear()
        locale = QLocale()
        for day in days:
            text = locale.toString(to_qdate(day), self.tr("dddd d MMMM"))
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, day)
            item.setSizeHint(QSize(0, MIN_TARGET))
        if days:
            self.list.setCurrentRow(0)
        rows = min(len(days), _VISIBLE_ROWS)
        self.list.setFixedHeight(rows * MIN_TARGET + 2 * self.list.frameWidth())
        self.list.setVisible(bool(days))
        self.all_logged.setText(self._all_logged_text())
        self.all_logged.setVisible(not days)
        # A journal with nothing in it yet has nothing to catch up on.
        self.setVisible(first_record_day(self._service) is not None)

    def _all_logged_text(self) -> str:
        first, today = first_record_day(self._service), self._service.today()
        if first is not None and (today - first).days < CATCH_UP_DAYS:
            since = QLocale().toString(to_qdate(first), self.tr("dddd d MMMM"))
            return self.tr("Every day since %1 is logged.").replace("%1", since)
        return self.tr("Every one of the last %1 days is logged.").replace("%1", str(CATCH_UP_DAYS))

    def days(self) -> list[dt.date]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def _open(self, item: QListWidgetItem) -> None:
        self.day_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
