"""What the window shows when no journal is open: the way to create or open one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class NoJournalPage(QWidget):
    create_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        message = QLabel(self.tr("No journal is open."), self)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(message)
        self.create_button = QPushButton(self.tr("Create a new journal…"), self)
        self.open_button = QPushButton(self.tr("Open a journal…"), self)
        for button, signal in (
            (self.create_button, self.create_requested),
            (self.open_button, self.open_requested),
        ):
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
