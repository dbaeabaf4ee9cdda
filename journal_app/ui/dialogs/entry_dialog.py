"""Editing a past day's entry from the Journal table, with the same form as Today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from journal_app.services.journal import JournalService
from journal_app.ui.widgets.day_form import DayForm


class EntryDialog(QDialog):
    """The day form in a dialog; it closes once the entry is saved."""

    def __init__(self, service: JournalService, day: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit entry"))
        self.form = DayForm(service, self)
        self.form.show_day(day)
        self.form.saved.connect(lambda _day: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
