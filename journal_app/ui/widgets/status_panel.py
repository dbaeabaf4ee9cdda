"""Where the patient stands, per current track, in words (PRODUCT.md §5 Today)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from journal_app.domain.analytics import Analysis, CurrentTrack
from journal_app.domain.windows import WindowState
from journal_app.services.journal import JournalService
from journal_app.ui.theme import readable_on
from journal_app.ui.widgets.on_screen import RedrawnOnScreen
from journal_app.wording.analysis import (
    as_of_notice,
    current_cycle_sentence,
    next_window_sentence,
    no_current_track_sentence,
    no_summary_sentence,
    track_summary_sentence,
)

# Okabe–Ito vermillion for an overdue window (made readable on the theme's background),
# and orange for the as-of notice's mark.
OVERDUE_COLOUR = QColor("#D55E00")
NOTICE_COLOUR = "#E69F00"


def _text(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    return label


class TrackCard(QFrame):
    """One current track: its cycle, its next window and check-up, and its summary."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.cycle = _text(self, self.tr("This cycle"))
        font = self.cycle.font()
        font.setBold(True)
        self.cycle.setFont(font)
        self.next = _text(self, self.tr("Next injection"))
        self.summary = _text(self, self.tr("Track summary"))
        for label in (self.cycle, self.next, self.summary):
            layout.addWidget(label)
        self.overdue = False

    def show_track(self, track: CurrentTrack, analysis: Analysis) -> None:
        self.cycle.setText(current_cycle_sentence(track, analysis.as_of.day))
        self.next.setText(next_window_sentence(track))
        self.overdue = track.reinjection.state is WindowState.OVERDUE
        self._colour_next()
        summary = track_summary_sentence(analysis.summary(track.indication))
        self.summary.setText(summary or no_summary_sentence())

    def texts(self) -> list[str]:
        return [self.cycle.text(), self.next.text(), self.summary.text()]

    def next_colour(self) -> QColor:
        """The colour the next window is written in."""
        self.next.ensurePolished()
        return self.next.palette().color(QPalette.ColorRole.WindowText)

    def _colour_next(self) -> None:
        if not self.overdue:
            self.next.setStyleSheet("")
            return
        background = self.palette().color(QPalette.ColorRole.Window)
        self.next.setStyleSheet(f"color: {readable_on(OVERDUE_COLOUR, background).name()};")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_next()


class StatusPanel(RedrawnOnScreen, QFrame):
    """Recomputed from the journal's one analysis whenever entries, injections or profile change.

    Every "now" in it is the analysis's as-of day: today, or the last logged day of a journal
    that has gone quiet, which the notice at the top then says.
    """

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        title = self.tr("Current treatment")
        heading = QLabel(f"<b>{title}</b>", self)
        layout.addWidget(heading)
        self.as_of = _text(self, self.tr("Figures as of"))
        # Spelled out: Qt draws no "border-left" shorthand on a label without a border style.
        self.as_of.setStyleSheet(
            f"border-style: solid; border-color: {NOTICE_COLOUR}; border-width: 0 0 0 4px;"
            " padding-left: 6px;"
        )
        layout.addWidget(self.as_of)
        self.no_track = _text(self, title)
        layout.addWidget(self.no_track)
        self._cards_layout = QVBoxLayout()
        self._cards_layout.setSpacing(6)
        layout.addLayout(self._cards_layout)
        self.cards: list[TrackCard] = []
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
        service.entries_changed.connect(self.journal_changed)
        service.injections_changed.connect(self.journal_changed)
        service.profile_changed.connect(self.journal_changed)
        self.refresh()

    def refresh(self) -> None:
        analysis = self._service.analysis
        notice = as_of_notice(analysis.as_of)
        self.as_of.setText(notice or "")
        self.as_of.setVisible(notice is not None)
        current = analysis.current_tracks
        while len(self.cards) < len(current):
            card = TrackCard(self)
            self._cards_layout.addWidget(card)
            self.cards.append(card)
        for card, track in zip(self.cards, current, strict=False):
            card.show_track(track, analysis)
        for index, card in enumerate(self.cards):
            card.setVisible(index < len(current))
        self.no_track.setVisible(not current)
        if not current:
            self.no_track.setText(self._no_track_text(analysis))

    def _no_track_text(self, analysis: Analysis) -> str:
        # As of a quiet journal's last logged day, as everything else the panel says.
        sessions = [
            session
            for track in analysis.tracks
            for session in track.sessions
            if session.day <= analysis.as_of.day
        ]
        latest = max(sessions, key=lambda session: session.day) if sessions else None
        said = no_current_track_sentence(latest)
        if self._service.read_only:
            return said
        if latest is None:
            what_to_do = self.tr("Record one with Ctrl+I.")
        else:
            what_to_do = self.tr("Record the next injection with Ctrl+I when it is given.")
        return f"{said} {what_to_do}"

    def shown_texts(self) -> list[str]:
        """What the panel says, top to bottom (for tests and screen readers alike)."""
        found = [self.as_of.text()] if not self.as_of.isHidden() else []
        if not self.no_track.isHidden():
            found.append(self.no_track.text())
        for card in self.cards:
            if not card.isHidden():
                found.extend(card.texts())
        return found
