"""The Today view: notices above, the day form beside the recent gaps and the current cycle."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.journal import JournalService
from journal_app.settings import Settings
from journal_app.ui.fitting import FittingScrollArea
from journal_app.ui.widgets.catch_up import CatchUpList
from journal_app.ui.widgets.checkin_card import CheckInCard
from journal_app.ui.widgets.day_form import DayForm
from journal_app.ui.widgets.form_helpers import enlarge_targets, set_tab_order
from journal_app.ui.widgets.notice_area import NoticeArea
from journal_app.ui.widgets.reminders import ReminderBanner
from journal_app.ui.widgets.status_panel import StatusPanel

#: The notices (a check-in card among them) keep this share of the screen's height in view
#: when the window is too small for them and the form: the form's Save row needs the rest.
NOTICES_SCREEN_SHARE = 0.3
#: … and take at most this share of the page, however long they are.
NOTICES_PAGE_SHARE = 0.5


class _NoticesScroll(FittingScrollArea):
    """The notices' scroll area: as tall as the room they keep (see NoticeArea) at this width,
    so that the form below stays put when a notice goes or comes back."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        notices = self.widget()
        width = self.viewport().width()
        if notices is None or not self.isVisible() or width <= 0:
            return hint
        height = max(notices.minimumHeight(), notices.heightForWidth(width))
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        return QSize(least.width(), min(least.height(), self.sizeHint().height()))


class TodayPage(QWidget):
    status_message = Signal(str)
    demo_requested = Signal()

    def __init__(
        self, service: JournalService, settings: Settings | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.form = DayForm(service, self)
        self.status = StatusPanel(service, self)
        self.catch_up = CatchUpList(service, self)
        self.catch_up.day_chosen.connect(self.form.go_to_day)
        self.form.status_message.connect(self.status_message)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.catch_up)
        side_layout.addWidget(self.status, 1)
        self.form.set_side(side)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: palette(alternate-base); padding: 8px; border-radius: 4px;"
        )
        self.banner.setVisible(service.read_only)
        if service.read_only:
            self.banner.setText(
                self.tr(
                    "This journal is open read-only: you can look at every day, but not change "
                    "anything."
                )
            )

        self.demo_offer = self._build_demo_offer()
        self.reminders = ReminderBanner(service, self)
        self.reminders.log_today_requested.connect(self.form.focus_today)
        self.notices = NoticeArea(self)
        self.checkin_card = CheckInCard(service, settings, self)
        for notice in (self.banner, self.demo_offer, self.reminders, self.checkin_card):
            self.notices.add(notice)
        service.entries_changed.connect(self._welcome_done_once_logged)
        service.injections_changed.connect(self._welcome_done_once_logged)

        # In a small window (800 × 600, or 1366 × 768 at 200%) a check-in card and the form do
        # not both fit: the notices scroll, the form keeps its room and its Save button.
        self._notices_scroll = _NoticesScroll(self.notices, self, screen_share=NOTICES_SCREEN_SHARE)
        self._notices_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(self._notices_scroll)
        layout.addWidget(self.form, 1)
        enlarge_targets(self.notices)
        # Top to bottom: the offers and reminders above the form come before its fields.
        set_tab_order(
            [
                self.open_demo_button,
                self.no_thanks_button,
                self.reminders.log_button,
                self.reminders.dismiss_button,
                *self.form.inputs_in_order(),
                self.catch_up.list,
            ]
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A maximum only: it never stops the window from shrinking, as a minimum would.
        self._notices_scroll.setMaximumHeight(int(event.size().height() * NOTICES_PAGE_SHARE))
        super().resizeEvent(event)

    def offer_demo(self) -> None:
        """The welcome, with the demo journal, for a journal that holds nothing yet."""
        if not self._service.entries() and not self._service.injections():
            self.demo_offer.show()

    def _welcome_done_once_logged(self) -> None:
        if self._service.entries() or self._service.injections():
            self.demo_offer.hide()

    def _build_demo_offer(self) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        text = QLabel(
            self.tr(
                "<b>Welcome to Relief Journal.</b> Log today below, or look around a demo "
                "journal with three years of generated data to see what the charts show."
            ),
            frame,
        )
        text.setWordWrap(True)
        # No mnemonic: Alt+D belongs to the date field.
        self.open_demo_button = QPushButton(self.tr("Open the demo journal"), frame)
        self.open_demo_button.clicked.connect(self.demo_requested)
        self.no_thanks_button = QPushButton(self.tr("No, thanks"), frame)
        self.no_thanks_button.clicked.connect(frame.hide)
        row.addWidget(text, 1)
        row.addWidget(self.open_demo_button)
        row.addWidget(self.no_thanks_button)
        frame.hide()
        return frame
