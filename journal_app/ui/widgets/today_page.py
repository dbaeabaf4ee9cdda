"""The Today view: the day form beside the status of the current cycle."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.demo_offer)
        layout.addWidget(self.reminders)
        layout.addLayout(columns)

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
        open_demo = QPushButton(self.tr("Open the &demo journal"), frame)
        open_demo.clicked.connect(self.demo_requested)
        dismiss = QPushButton(self.tr("No, thanks"), frame)
        dismiss.clicked.connect(frame.hide)
        row.addWidget(text, 1)
        row.addWidget(open_demo)
        row.addWidget(dismiss)
        frame.hide()
        return frame
