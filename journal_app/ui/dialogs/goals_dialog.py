"""The Goals dialog (Edit › Goals…): each track's personal goals, at most three active."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.checkins import MAX_ACTIVE_GOALS, Goal
from journal_app.domain.models import Indication
from journal_app.domain.validation import MAX_GOAL_TEXT, goal_problems, goals_problems
from journal_app.ui.fitting import FittingScrollArea
from journal_app.ui.widgets.form_helpers import (
    caption_label,
    grow_to_fit,
    problem_label,
    problem_text,
    set_tab_order,
)
from journal_app.wording.labels import indication_label


class _GoalRow(QWidget):
    """One goal: its text, whether it is active, and a button that removes it."""

    def __init__(self, goal: Goal, number: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.goal_id = goal.id
        self.text_edit = QLineEdit(goal.text, self)
        self.text_edit.setMaxLength(MAX_GOAL_TEXT)
        self.text_edit.setPlaceholderText(self.tr("e.g. turn my head to drive"))
        self.active_check = QCheckBox(self.tr("Active"), self)
        self.active_check.setChecked(goal.active)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.renumber(number)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.active_check)
        layout.addWidget(self.remove_button)

    def renumber(self, number: int) -> None:
        self.number = number
        name = self.tr("Goal %1").replace("%1", str(number))
        self.text_edit.setAccessibleName(name)
        self.active_check.setAccessibleName(self.tr("%1 active").replace("%1", name))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", name))

    def goal(self, indication: Indication) -> Goal:
        text = self.text_edit.text().strip()
        return Goal(indication, text, self.active_check.isChecked(), id=self.goal_id)


class _TrackGoals(QWidget):
    """The goals of one track, in the order set."""

    def __init__(self, dialog: GoalsDialog, indication: Indication, goals: Sequence[Goal]) -> None:
        super().__init__()
        self._dialog = dialog
        self.indication = indication
        self.saved = list(goals)
        self.rows: list[_GoalRow] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self.tr("No goals yet for this track."), self)
        self._list.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        layout.addStretch(1)
        for goal in goals:
            self._add_row(goal)

    def goals(self) -> list[Goal]:
        return [row.goal(self.indication) for row in self.rows]

    def changed(self) -> bool:
        saved = [(goal, goal.id) for goal in self.saved]
        return [(goal, goal.id) for goal in self.goals()] != saved

    def add_goal(self) -> _GoalRow:
        """A new, empty goal: active while the track has room for one more."""
        active = sum(goal.active for goal in self.goals()) < MAX_ACTIVE_GOALS
        row = self._add_row(Goal(self.indication, "", active))
        if not active:
            self._dialog.say(self._dialog.too_many_active_text(self.indication))
        return row

    def _add_row(self, goal: Goal) -> _GoalRow:
        row = _GoalRow(goal, len(self.rows) + 1, self)
        self.rows.append(row)
        self._list.addWidget(row)
        row.show()  # now, not when the layout gets round to it: Tab must find it at once
        self.empty_label.hide()
        row.active_check.toggled.connect(lambda on, r=row: self._activated(r, on))
        row.remove_button.clicked.connect(lambda _checked=False, r=row: self.remove(r))
        self._dialog.chain_tabs()
        return row

    def _activated(self, row: _GoalRow, on: bool) -> None:
        if on and any(p.field == "active" for p in goals_problems(self.goals())):
            row.active_check.setChecked(False)  # refused: the domain allows three at most
            self._dialog.say(self._dialog.too_many_active_text(self.indication))

    def remove(self, row: _GoalRow) -> None:
        index = self.rows.index(row)
        self.rows.pop(index)
        self._list.removeWidget(row)
        row.hide()  # gone from view now; deleted once its click is handled
        row.deleteLater()
        for number, later in enumerate(self.rows, 1):
            later.renumber(number)
        self.empty_label.setVisible(not self.rows)
        self._dialog.chain_tabs()
        focus = self.rows[min(index, len(self.rows) - 1)].text_edit if self.rows else None
        if focus is not None:
            focus.setFocus()
        else:
            self._dialog.add_button.setFocus()


class GoalsDialog(QDialog):
    """Edits the goals of each track; Save hands every changed track to :meth:`changes`."""

    def __init__(
        self,
        parent: QWidget | None,
        tracks: Sequence[Indication],
        goals: Sequence[Goal],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Goals"))
        self.track_combo = QComboBox(self)
        self.pages = QStackedWidget(self)
        self.tracks: dict[Indication, _TrackGoals] = {}
        self._built = False
        self.add_button = QPushButton(self.tr("&Add goal"), self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for indication in tracks:
            own = [goal for goal in goals if goal.indication is indication]
            self.tracks[indication] = _TrackGoals(self, indication, own)
            self.track_combo.addItem(indication_label(indication))
            self.pages.addWidget(self.tracks[indication])
        self.track_combo.currentIndexChanged.connect(self._show_track)
        track_label = QLabel(self.tr("&Track:"), self)
        track_label.setBuddy(self.track_combo)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        self.message_label = problem_label()
        self.message_label.setParent(self)
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(track_label)
        top.addWidget(self.track_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            caption_label(
                self.tr(
                    "Goals you want the treatment to help with, in your own words. Each "
                    "check-in asks how far you got with the active ones (at most %1 a track). "
                    "Untick Active to set a goal aside and keep its ratings; Remove deletes it "
                    "with its ratings."
                ).replace("%1", str(MAX_ACTIVE_GOALS))
            )
        )
        layout.addWidget(FittingScrollArea(self.pages, self), 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(min(520, self.screen().availableGeometry().width() - 40))
        self._built = True
        self._show_track()

    def current(self) -> _TrackGoals:
        """The goals of the track chosen (the combo box keeps the tracks' order)."""
        return list(self.tracks.values())[self.track_combo.currentIndex()]

    def _show_track(self) -> None:
        self.pages.setCurrentWidget(self.current())
        self.message_label.hide()
        self.chain_tabs()

    def chain_tabs(self) -> None:
        """Tab goes down the goals shown, row by row, then to Add goal and the buttons."""
        if not self._built:
            return
        rows = self.current().rows
        fields = [w for r in rows for w in (r.text_edit, r.active_check, r.remove_button)]
        set_tab_order([self.track_combo, *fields, self.add_button, self.button_box])

    def _add(self) -> None:
        self.current().add_goal().text_edit.setFocus()

    def too_many_active_text(self, indication: Indication) -> str:
        template = self.tr(
            "%1 has %2 active goals already: untick Active on one of them first, "
            "or keep this one inactive."
        )
        return template.replace("%1", indication_label(indication)).replace(
            "%2", str(MAX_ACTIVE_GOALS)
        )

    def say(self, text: str) -> None:
        """Show ``text`` above the buttons."""
        self.message_label.setText(text)
        self.message_label.show()
        grow_to_fit(self)

    def changes(self) -> dict[Indication, list[Goal]]:
        """Every track whose goals were changed, with its goals as they are now."""
        return {
            indication: track.goals()
            for indication, track in self.tracks.items()
            if track.changed()
        }

    def problems(self) -> list[str]:
        """What stops the goals from being saved, each line saying what to do about it."""
        lines = []
        for indication, track in self.tracks.items():
            own = []
            for row in track.rows:
                for problem in goal_problems(row.goal(indication)):
                    own.append(problem)
                    line = self.tr("%1, goal %2: %3. Type the goal, or remove it.")
                    lines.append(
                        line.replace("%1", indication_label(indication))
                        .replace("%2", str(row.number))
                        .replace("%3", problem_text(problem))
                    )
            for problem in goals_problems(track.goals()):
                if problem.field == "active":
                    lines.append(self.too_many_active_text(indication))
                elif problem not in own:  # the same goal twice
                    line = self.tr("%1. Give each goal of a track its own words.")
                    lines.append(line.replace("%1", problem_text(problem)))
        return lines

    def accept(self) -> None:
        """Saves only goals the domain accepts; otherwise says what to put right."""
        lines = self.problems()
        if lines:
            self.say("\n".join(lines))
            return
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)
