"""A date field that takes dates typed in the locale's format or in ISO; it says what it refuses."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from journal_app.ui.widgets.form_helpers import MIN_TARGET, locale_date_format, problem_label

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
#: A two-digit year names 19yy from here on, else 20yy.
TWO_DIGIT_YEARS_FROM = 1950


def parse_typed_date(text: str, locale: QLocale) -> QDate | None:
    """The day ``text`` names, in ISO (2026-12-04) or the locale's short format (4/12/2026,
    04.12.26); None if it names none."""
    if match := _ISO.match(text):
        day = QDate(int(match[1]), int(match[2]), int(match[3]))
        return day if day.isValid() else None
    cleaned = text.strip()
    for pattern in _locale_patterns(locale):
        day = locale.toDate(cleaned, pattern)
        if day.isValid():
            if "yyyy" not in pattern and day.year() < TWO_DIGIT_YEARS_FROM:
                day = day.addYears(100)  # Qt reads "26" as 1926; a journal means 2026
            return day
    return None


def _locale_patterns(locale: QLocale) -> list[str]:
    """The locale's short format with four- and two-digit years, and with one-digit fields."""
    full = locale_date_format(locale)
    patterns = [full, full.replace("yyyy", "yy")]
    loose = full.replace("dd", "d").replace("MM", "M")
    patterns += [loose, loose.replace("yyyy", "yy")]
    return list(dict.fromkeys(patterns))


class DateField(QWidget):
    """A line for typing a date, a calendar button beside it, and a line saying what is wrong.

    The date changes when the typed text is complete (Enter, Tab, focus elsewhere); a date
    outside the allowed range or text that is no date is refused, with a message.
    """

    # Named as QDateEdit's, which it replaces; both say the same here.
    dateChanged = Signal(QDate)
    userDateChanged = Signal(QDate)

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = day
        self._minimum = QDate(1900, 1, 1)
        self._maximum = QDate(9999, 12, 31)
        self.edit = _DateLine(self)
        self.edit.committed.connect(self._commit)
        self.edit.popup_requested.connect(self.show_calendar)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it too
        self.calendar_button.setMinimumSize(MIN_TARGET, MIN_TARGET)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.message = problem_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its label's Alt+key gives it the focus
        self.edit.setMinimumHeight(MIN_TARGET)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 40)
        self._show_date()

    # -- QDateEdit's interface, as the forms use it ----------------------------------------

    def date(self) -> QDate:
        return self._date

    def setDate(self, day: QDate) -> None:
        day = max(self._minimum, min(self._maximum, day))
        changed = day != self._date
        self._date = day
        self._show_date()
        self.message.hide()
        if changed:
            self.dateChanged.emit(day)
            self.userDateChanged.emit(day)

    def minimumDate(self) -> QDate:
        return self._minimum

    def setMinimumDate(self, day: QDate) -> None:
        self._minimum = day

    def maximumDate(self) -> QDate:
        return self._maximum

    def setMaximumDate(self, day: QDate) -> None:
        self._maximum = day

    def calendarPopup(self) -> bool:
        return True

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setReadOnly(self, read_only: bool) -> None:
        """A read-only date can still be changed: it chooses which day is shown, not data."""

    # -- typing ----------------------------------------------------------------------------

    def _text(self, day: QDate) -> str:
        return self.locale().toString(day, locale_date_format(self.locale()))

    def _show_date(self) -> None:
        self.edit.setText(self._text(self._date))

    def _commit(self) -> None:
        typed = self.edit.text()
        day = parse_typed_date(typed, self.locale())
        if day is None:
            self._refuse(self._not_a_date(typed.strip()))
        elif day > self._maximum:
            self._refuse(
                self.tr("%1 is in the future: a day can be logged once it has come.").replace(
                    "%1", self._long(day)
                )
            )
        elif day < self._minimum:
            self._refuse(
                self.tr("%1 is too early: the earliest date is %2.")
                .replace("%1", self._long(day))
                .replace("%2", self._long(self._minimum))
            )
        elif day != self._date:
            self.setDate(day)
        else:
            self._show_date()
            self.message.hide()

    def _not_a_date(self, typed: str) -> str:
        """The refusal, with the form's own day as the example in each format it takes."""
        local, iso = self._text(self._date), self._date.toString("yyyy-MM-dd")
        if local == iso:
            return (
                self.tr("“%1” is not a date: type it like %2.")
                .replace("%1", typed)
                .replace("%2", iso)
            )
        return (
            self.tr("“%1” is not a date: type it like %2 or %3.")
            .replace("%1", typed)
            .replace("%2", local)
            .replace("%3", iso)
        )

    def _refuse(self, message: str) -> None:
        self._show_date()  # the day shown stays the day the form holds
        self.edit.selectAll()  # the next try replaces it
        self.message.setText(message)
        self.message.show()

    def _long(self, day: QDate) -> str:
        return self.locale().toString(day, QLocale.FormatType.LongFormat)

    def show_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setSelectedDate(self._date)
        calendar.setDateRange(self._minimum, self._maximum)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def picked(day: QDate) -> None:
            menu.close()
            self.setDate(day)

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.setFocus()


class _DateLine(QLineEdit):
    """The date's text: Enter or leaving it commits it, Alt+Down or F4 opens the calendar."""

    committed = Signal()
    popup_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt_down = key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or key == Qt.Key.Key_F4:
            self.popup_requested.emit()
            return
        super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            event.accept()  # Enter in the date goes to that day; it does not save the form

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.committed.emit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()  # typing replaces the whole date
