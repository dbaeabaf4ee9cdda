"""A due check-in (PRODUCT.md §4) as a small card on Today: keys 1–7, Ctrl+Return, never modal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.analytics.checkins_due import CheckInSlot
from journal_app.domain.checkins import (
    RATING_MAX,
    RATING_MIN,
    CheckIn,
    CheckInKind,
    GoalRating,
    Impression,
    WornOff,
)
from journal_app.services.journal import JournalService
from journal_app.settings import Settings
from journal_app.storage.errors import JournalError
from journal_app.ui.errors import error_text
from journal_app.ui.widgets.date_field import DateField
from journal_app.ui.widgets.flow_layout import FlowLayout
from journal_app.wording.labels import (
    impression_label,
    indication_label,
    rating_number,
    worn_off_label,
)
from journal_app.wording.text import short_date


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _choices(parent: QWidget, labels: list[str], layout: QLayout, row: int = 0) -> QButtonGroup:
    group = QButtonGroup(parent)
    group.setExclusive(True)
    for index, label in enumerate(labels):
        button = QPushButton(label, parent)
        button.setCheckable(True)
        button.setAccessibleName(label)
        group.addButton(button, index)
        if isinstance(layout, QGridLayout):
            layout.addWidget(button, row, index + 1)
        else:
            layout.addWidget(button)
    return group


def _slot_name(slot: CheckInSlot) -> str:
    """The check-in as the settings name it: its session, track and kind."""
    key = slot.key
    return f"{key.session_date.isoformat()}/{key.indication.value}/{key.kind.value}"


class CheckInCard(QFrame):
    """The first due check-in not dismissed today; hidden when there is none."""

    def __init__(
        self, service: JournalService, settings: Settings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        # "Not today" outlives a restart through the settings; without them, this session only.
        self._settings = settings
        self._dismissed: set[str] = set()
        self.slot: CheckInSlot | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QVBoxLayout(self)
        self._body: QWidget | None = None
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        for number in range(1, len(Impression) + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self._choose_impression(n - 1))
        for signal in (service.checkins_changed, service.injections_changed):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        today = self._service.today()
        due = [slot for slot in self._service.due_checkins() if not self._is_dismissed(slot, today)]
        self.slot = due[0] if due and not self._service.read_only else None
        if self._body is not None:
            # Out of the layout and hidden now: deleted later, it must not take room meanwhile.
            self._layout.removeWidget(self._body)
            self._body.hide()
            self._body.deleteLater()
            self._body = None
        self.setVisible(self.slot is not None)
        if self.slot is not None:
            self._body = self._build(self.slot)
            self._layout.addWidget(self._body)
            self._body.show()  # now, not when the layout gets round to it

    def _build(self, slot: CheckInSlot) -> QWidget:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        key = slot.key
        template = (
            self.tr("Check-in for %1: four weeks after your injection of %2")
            if key.kind is CheckInKind.WEEK4
            else self.tr("Check-in for %1: before your next injection (the last was on %2)")
        )
        text = template.replace("%2", short_date(key.session_date))
        title = QLabel("<b>" + text.replace("%1", indication_label(key.indication)) + "</b>", body)
        title.setWordWrap(True)
        # The buttons beside the title: in view whenever the card is, even where it scrolls.
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        layout.addLayout(heading)
        question = (
            self.tr("Compared with just before this injection, how are your headaches now?")
            if key.indication.is_migraine
            else self.tr("Compared with just before this injection, how are your spasms now?")
        )
        asked = QLabel(question + " " + self.tr("(keys 1–7)"), body)
        asked.setWordWrap(True)
        layout.addWidget(asked)
        # The seven answers wrap onto two rows in a narrow window rather than widen it.
        flow = FlowLayout()
        names = [
            f"{n} {impression_label(impression)}" for n, impression in enumerate(Impression, 1)
        ]
        self.impression = _choices(body, names, flow)
        layout.addLayout(flow)
        self.worn_off: QButtonGroup | None = None
        self.worn_off_date: DateField | None = None
        if key.kind is CheckInKind.BEFORE_NEXT:
            layout.addWidget(QLabel(self.tr("Has the effect worn off?"), body))
            row = QHBoxLayout()
            self.worn_off = _choices(body, [worn_off_label(answer) for answer in WornOff], row)
            today = self._service.today()
            self.worn_off_date = DateField(_qdate(today), body)
            self.worn_off_date.setMinimumDate(_qdate(key.session_date + dt.timedelta(days=1)))
            self.worn_off_date.setMaximumDate(_qdate(today))
            self.worn_off_date.setAccessibleName(self.tr("Day it wore off"))
            row.addWidget(self.worn_off_date)
            row.addStretch(1)
            layout.addLayout(row)
        self.goal_ratings: dict[str, QButtonGroup] = {}
        goals = [g for g in self._service.goals(key.indication) if g.active]
        if goals:
            grid = QGridLayout()
            layout.addWidget(
                QLabel(self.tr("Your goals, −2 (much less than expected) to +2:"), body)
            )
            labels = [rating_number(value) for value in range(RATING_MIN, RATING_MAX + 1)]
            grid.setColumnStretch(0, 1)
            for index, goal in enumerate(goals):
                name = QLabel(goal.text, body)
                name.setWordWrap(True)  # a long goal wraps; the rating buttons keep their room
                grid.addWidget(name, index, 0)
                self.goal_ratings[goal.text] = _choices(body, labels, grid, index)
            layout.addLayout(grid)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.insertWidget(1, self.message)  # under the buttons that bring it up
        self.save_button = QPushButton(self.tr("Save check-in"), body)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Return)"))
        self.save_button.clicked.connect(self.save)
        self.dismiss_button = QPushButton(self.tr("Not today"), body)
        self.dismiss_button.clicked.connect(self.dismiss)
        heading.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        return body

    def _choose_impression(self, index: int) -> None:
        if self.slot is not None:
            self.impression.button(index).setChecked(True)

    def answer(self) -> tuple[CheckIn, list[GoalRating]] | None:
        """The card's answer, or None (with a message shown) while the impression is missing."""
        assert self.slot is not None
        key = self.slot.key
        chosen = self.impression.checkedId()
        if chosen < 0:
            self._show(self.tr("Choose how you are now: a button, or a key from 1 to 7."))
            return None
        worn_off = None
        worn_off_date = None
        if self.worn_off is not None and self.worn_off_date is not None:
            if self.worn_off.checkedId() < 0:
                self._show(self.tr("Say whether the effect has worn off."))
                return None
            worn_off = list(WornOff)[self.worn_off.checkedId()]
            if worn_off is WornOff.YES:
                picked = self.worn_off_date.date()
                worn_off_date = dt.date(picked.year(), picked.month(), picked.day())
        checkin = CheckIn(
            key.session_date,
            key.indication,
            key.kind,
            self._service.today(),
            list(Impression)[chosen],
            worn_off,
            worn_off_date,
        )
        ratings = [
            GoalRating(
                key.session_date, key.indication, key.kind, text, RATING_MIN + group.checkedId()
            )
            for text, group in self.goal_ratings.items()
            if group.checkedId() >= 0
        ]
        return checkin, ratings

    def save(self) -> None:
        if self.slot is None:
            return
        answer = self.answer()
        if answer is None:
            return
        try:
            self._service.save_checkin(*answer)
        except (ValueError, JournalError) as exc:
            self._show(error_text(exc))

    def dismiss(self) -> None:
        """Hide this check-in until tomorrow; it stays due while its days last."""
        if self.slot is None:
            return
        today = self._service.today()
        self._dismissed.add(f"{_slot_name(self.slot)}|{today.isoformat()}")
        if self._settings is not None:
            self._settings.dismiss_checkin(self._service.path, _slot_name(self.slot), today)
        self.refresh()

    def _is_dismissed(self, slot: CheckInSlot, today: dt.date) -> bool:
        name = _slot_name(slot)
        if f"{name}|{today.isoformat()}" in self._dismissed:
            return True
        return self._settings is not None and self._settings.checkin_dismissed(
            self._service.path, name, today
        )

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
