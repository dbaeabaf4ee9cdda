"""The Today view: the day form beside the status of the current cycle."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from journal_app.services.journal import JournalService
from journal_app.ui.widgets.day_form import DayForm
from journal_app.ui.widgets.status_panel import StatusPanel


class TodayPage(QWidget):
    status_message = Signal(str)

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

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
