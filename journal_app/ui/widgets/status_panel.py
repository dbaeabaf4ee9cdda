"""Where the patient stands today: current cycle, check-up, next injection, latest verdict."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from journal_app.domain import trends
from journal_app.domain.windows import WindowState
from journal_app.services.journal import JournalService
from journal_app.wording.text import (
    countdown_text,
    days_ago_text,
    in_days_text,
    short_date,
    verdict_text,
)


def _section(title: str, parent: QWidget) -> tuple[QLabel, QLabel]:
    heading = QLabel(f"<b>{title}</b>", parent)
    body = QLabel(parent)
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    body.setAccessibleName(title)
    return heading, body


class StatusPanel(QFrame):
    """Recomputed from the journal whenever entries or injections change."""

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        self.bodies: dict[str, QLabel] = {}
        for key, title in (
            ("cycle", self.tr("This cycle")),
            ("checkup", self.tr("Check-up")),
            ("next", self.tr("Next injection")),
            ("verdict", self.tr("Latest cycle")),
        ):
            heading, body = _section(title, self)
            layout.addWidget(heading)
            layout.addWidget(body)
            layout.addSpacing(6)
            self.bodies[key] = body
        layout.addStretch(1)
        source = QLabel(
            self.tr(
                "Expected windows: patient guidance on botulinum toxin treatment. "
                "This journal is not medical advice."
            ),
            self,
        )
        source.setWordWrap(True)
        source.setEnabled(False)
        layout.addWidget(source)
        service.entries_changed.connect(self.refresh)
        service.injections_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        today = self._service.today()
        analysis = self._service.trends()
        current = analysis.current_cycle(today)
        if current is None:
            self.bodies["cycle"].setText(
                self.tr("No injection recorded yet.")
                if self._service.read_only
                else self.tr("No injection recorded yet. Record one with Ctrl+I.")
            )
            for key in ("checkup", "next", "verdict"):
                self.bodies[key].setText("—")
            return
        self.bodies["cycle"].setText(self._cycle_text(current))
        checkup = current.checkup
        self.bodies["checkup"].setText(
            self._checkup_text(checkup, today) if checkup else self.tr("None due for migraine.")
        )
        window = current.reinjection
        text = self.tr("%1 – %2: %3").replace("%1", short_date(window.opens))
        text = text.replace("%2", short_date(window.closes)).replace("%3", countdown_text(window))
        self.bodies["next"].setText(text)
        self.bodies["next"].setStyleSheet(
            "color: #D55E00;" if window.state is WindowState.OVERDUE else ""
        )
        verdict = analysis.latest_verdict()
        self.bodies["verdict"].setText(
            verdict_text(verdict) if verdict else self.tr("Not enough days logged yet.")
        )

    def _cycle_text(self, current: trends.CurrentCycle) -> str:
        text = self.tr("Day %1 after your injection of %2; expected onset %3 – %4.")
        for marker, value in (
            ("%1", str(current.day_number)),
            ("%2", short_date(current.session.day)),
            ("%3", short_date(current.onset_opens)),
            ("%4", short_date(current.onset_closes)),
        ):
            text = text.replace(marker, value)
        return text

    def _checkup_text(self, checkup: dt.date, today: dt.date) -> str:
        days = (checkup - today).days
        if days > 0:
            when = in_days_text(days)
        elif days == 0:
            when = self.tr("today")
        else:
            when = days_ago_text(-days)
        return f"{short_date(checkup)} ({when})"
