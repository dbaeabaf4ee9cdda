"""The Today view: the day form beside the status of the current cycle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.services.journal import JournalService
from journal_app.ui.widgets.day_form import DayForm
from journal_app.ui.widgets.form_helpers import set_tab_order
from journal_app.ui.widgets.reminders import ReminderBanner
from journal_app.ui.widgets.status_panel import StatusPanel


class TodayPage(QWidget):
    status_message = Signal(str)
    demo_requested = Signal()

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = DayForm(service, self)
        self.status = StatusPanel(service, self)
        self.form.status_message.connect(self.status_message)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: palette(alternate-base); padding: 8px; border-radius: 4px;"
        )
        self.banner.setVisible(service.read_only)
        if service.read_only:
            self.banner.setText(
                self.tr("This journal is open read-only: you can look, but not change anything.")
            )

        self.demo_offer = self._build_demo_offer()
        self.reminders = ReminderBanner(service, self)
        self.reminders.log_today_requested.connect(self.form.focus_today)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus, not the frame
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.demo_offer)
        layout.addWidget(self.reminders)
        layout.addLayout(columns)
        # Top to bottom: the offers and reminders above the form come before its fields.
        set_tab_order(
            [
                self.open_demo_button,
                self.no_thanks_button,
                self.reminders.log_button,
                self.reminders.dismiss_button,
                *self.form.inputs_in_order(),
            ]
        )

    def _build_demo_offer(self) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        text = QLabel(
            self.tr(
                "<b>Welcome to Relief Journal.</b> Log today on the left, or look around a demo "
                "journal with three years of generated data to see what the charts show."
            ),
            frame,
        )
        text.setWordWrap(True)
        self.open_demo_button = QPushButton(self.tr("Open the &demo journal"), frame)
        self.open_demo_button.clicked.connect(self.demo_requested)
        self.no_thanks_button = QPushButton(self.tr("No, thanks"), frame)
        self.no_thanks_button.clicked.connect(frame.hide)
        row.addWidget(text, 1)
        row.addWidget(self.open_demo_button)
        row.addWidget(self.no_thanks_button)
        frame.hide()
        return frame
