"""The day form: one calendar day's severities and details, quick to fill from the keyboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.models import Entry, MedicationClass, MedicationDose, SideEffect
from journal_app.domain.validation import MAX_DOSES_PER_CLASS, InvalidRecord
from journal_app.services.journal import JournalService
from journal_app.storage.errors import JournalError
from journal_app.ui.errors import error_text
from journal_app.ui.fitting import FittingScrollArea
from journal_app.ui.widgets.form_helpers import (
    enlarge_targets,
    make_date_edit,
    make_label,
    plain_label_text,
    problem_label,
    problem_lines,
    set_tab_order,
    to_date,
    to_qdate,
)
from journal_app.ui.widgets.severity_input import SeverityScale, SeveritySpinBox
from journal_app.wording.labels import medication_label, side_effect_label

_TRIGGER_SEPARATOR = ";"  # as in the CSV: a tag may hold a comma ("heat, humidity")


class DayForm(QWidget):
    """Shows and saves the entry of one day. Widgets of the form never write: the service does.

    The fields scroll; Save stays in sight below them whatever the window's size. A widget
    set with :meth:`set_side` stands beside the fields, or below them when the form is narrow.
    In a read-only journal every day can still be chosen and read; nothing can be changed.
    """

    saved = Signal(object)  # the date saved
    status_message = Signal(str)

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._loaded: Entry | None = None
        # False while the form shows a day whose medication was never recorded (an import).
        self._medication_recorded = True
        self._showing = False  # the form is being filled, not edited
        self._shown_day: dt.date = service.today()
        self._side: QWidget | None = None
        self._build()
        self.show_day(service.today())
        service.entries_changed.connect(self._show_changes_from_elsewhere)
        if service.read_only:
            self._make_read_only()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        today = self._service.today()
        self.fields = QWidget(self)
        self.date_edit = make_date_edit(today, maximum=today)
        self.date_edit.dateChanged.connect(self._date_picked)
        self.yesterday_button = QPushButton(self.tr("Yesterday"), self)
        self.yesterday_button.clicked.connect(
            lambda: self.go_to_day(self._service.today() - dt.timedelta(days=1))
        )
        self.previous_button = QPushButton(self.tr("Previous day"), self)
        self.previous_button.clicked.connect(
            lambda: self.go_to_day(self.day() - dt.timedelta(days=1))
        )

        self.spasm = SeveritySpinBox(self)
        self.headache = SeveritySpinBox(self)
        self.headache_hours = QDoubleSpinBox(self)
        self.headache_hours.setRange(-0.5, 24)
        self.headache_hours.setSingleStep(0.5)
        self.headache_hours.setDecimals(2)
        self.headache_hours.setSpecialValueText(self.tr("not logged"))
        self.spasm_episodes = QSpinBox(self)
        self.spasm_episodes.setRange(-1, 1000)
        self.spasm_episodes.setSpecialValueText(self.tr("not logged"))
        for spin in (self.headache_hours, self.spasm_episodes):
            # Wide enough for "not logged" beside the arrows, also at 200% and in translation.
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(spin.specialValueText()) + 48)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._add_row(
            form, self.tr("&Date"), self.date_edit, self.yesterday_button, self.previous_button
        )
        self.scales = {
            "spasm": SeverityScale(self.spasm),
            "headache": SeverityScale(self.headache),
        }
        self.severity_messages = {"spasm": problem_label(), "headache": problem_label()}
        for key, label, spin in (
            ("spasm", self.tr("&Spasm severity"), self.spasm),
            ("headache", self.tr("He&adache severity"), self.headache),
        ):
            self._add_severity_row(form, label, spin, key)
        hint = QLabel(self.tr("0 = no spasms or no headache that day; 10 = the worst."), self)
        hint.setEnabled(False)
        form.addRow("", hint)
        self._add_row(form, self.tr("Hours of headache"), self.headache_hours)
        self._add_row(form, self.tr("Spasm episodes"), self.spasm_episodes)

        layout = QVBoxLayout(self.fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        # Side by side when there is room, one under the other on a narrow window.
        self._details = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._details.addWidget(self._build_medication())
        self._details.addWidget(self._build_side_effects())
        layout.addLayout(self._details)

        more = QFormLayout()
        self.triggers = QLineEdit(self)
        self.triggers.setPlaceholderText(self.tr("e.g. stress; poor sleep"))
        self._add_row(more, self.tr("T&riggers"), self.triggers)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._add_row(more, self.tr("&Notes"), self.notes)
        layout.addLayout(more)
        layout.addStretch(1)

        self.content = QWidget(self)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.content)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.addWidget(self.fields, 3)
        self.scroll_area = FittingScrollArea(self.content, self)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus

        self.problems = problem_label()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save day"), self)
        self.save_button.setToolTip(self.tr("Save (Enter, or Ctrl+Return in the notes)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for button in (self.revert_button, self.save_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bar = QHBoxLayout()
        bar.addWidget(self.problems, 1)
        bar.addStretch(0)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(bar)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        for key, spin in (("spasm", self.spasm), ("headache", self.headache)):
            spin.refused.connect(lambda text, k=key: self._show_severity_message(k, text))
        enlarge_targets(self)
        set_tab_order(self.inputs_in_order())

    def set_side(self, side: QWidget) -> None:
        """Put ``side`` beside the fields (below them when the form is narrow)."""
        self._side = side
        side.setParent(self.content)
        self._columns.addWidget(side, 1)
        self._reflow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Columns side by side where they fit; one under the other where they do not."""
        room = self.scroll_area.viewport().width()
        details = [self._details.itemAt(i) for i in range(self._details.count())]
        details_width = sum(item.minimumSize().width() for item in details if item) + 24
        self._details.setDirection(
            QBoxLayout.Direction.LeftToRight
            if details_width <= room
            else QBoxLayout.Direction.TopToBottom
        )
        if self._side is None:
            return
        fields = self.fields.minimumSizeHint().width()
        wanted = fields + self._side.minimumSizeHint().width() + self._columns.spacing()
        self._columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wanted <= room else QBoxLayout.Direction.TopToBottom
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves the day from any field but the notes (where it starts a new line)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self._service.read_only and not event.modifiers():
            self.save()
            return
        super().keyPressEvent(event)

    def inputs_in_order(self) -> list[QWidget]:
        """Every input of the form as it reads, top to bottom and left to right: Tab's order."""
        return [
            self.date_edit,
            self.yesterday_button,
            self.previous_button,
            self.spasm,
            self.headache,
            self.headache_hours,
            self.spasm_episodes,
            *self.medication.values(),
            self.none_taken_button,
            *self.side_effects.values(),
            self.side_effect_other,
            self.triggers,
            self.notes,
            self.revert_button,
            self.save_button,
        ]

    def _add_row(self, form: QFormLayout, label: str, field: QWidget, *extra: QWidget) -> None:
        caption = make_label(label, field)
        if not extra:
            form.addRow(caption, field)
            return
        row = QHBoxLayout()
        row.addWidget(field, 0, Qt.AlignmentFlag.AlignTop)
        for widget in extra:
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        form.addRow(caption, row)

    def _add_severity_row(
        self, form: QFormLayout, label: str, spin: SeveritySpinBox, key: str
    ) -> None:
        """The number, the 0–10 buttons under it, and a line saying what was refused."""
        caption = make_label(label, spin)
        column = QVBoxLayout()
        column.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(spin)
        top.addWidget(self.severity_messages[key], 1)
        top.addStretch(0)
        column.addLayout(top)
        column.addWidget(self.scales[key])
        form.addRow(caption, column)

    def _show_severity_message(self, key: str, text: str) -> None:
        message = self.severity_messages[key]
        message.setText(text)
        message.setVisible(bool(text))

    def _build_medication(self) -> QGroupBox:
        box = QGroupBox(self.tr("Acute medication taken (doses)"), self)
        grid = QGridLayout(box)
        self.medication: dict[MedicationClass, QSpinBox] = {}
        for row, medication_class in enumerate(MedicationClass):
            spin = QSpinBox(box)
            spin.setRange(0, MAX_DOSES_PER_CLASS)
            label = make_label(medication_label(medication_class), spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            self.medication[medication_class] = spin
            spin.valueChanged.connect(self._medication_edited)
        # A day imported without medication shows it as not recorded, not as "none taken",
        # until a dose is typed or "None taken" is pressed. The row keeps its room while
        # hidden, so nothing moves under the pointer when it goes.
        self.medication_not_recorded = QLabel(self.tr("Not recorded for this day."), box)
        self.none_taken_button = QPushButton(self.tr("None taken"), box)
        self.none_taken_button.setAccessibleName(self.tr("None taken"))
        self.none_taken_button.setToolTip(
            self.tr("Record that no acute medication was taken on this day")
        )
        self.none_taken_button.clicked.connect(lambda: self._show_medication_recorded(True))
        for widget in (self.medication_not_recorded, self.none_taken_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        grid.addWidget(self.medication_not_recorded, len(MedicationClass), 0)
        grid.addWidget(self.none_taken_button, len(MedicationClass), 1)
        grid.setColumnStretch(2, 1)
        return box

    def _medication_edited(self) -> None:
        if not self._showing:
            self._show_medication_recorded(True)

    def _show_medication_recorded(self, recorded: bool) -> None:
        self._medication_recorded = recorded
        self.medication_not_recorded.setVisible(not recorded)
        self.none_taken_button.setVisible(not recorded and not self._service.read_only)

    def _build_side_effects(self) -> QGroupBox:
        box = QGroupBox(self.tr("Side effects"), self)
        grid = QGridLayout(box)
        self.side_effects: dict[SideEffect, QCheckBox] = {}
        for index, side_effect in enumerate(SideEffect):
            check = QCheckBox(side_effect_label(side_effect), box)
            check.setAccessibleName(plain_label_text(check.text()))
            grid.addWidget(check, index // 2, index % 2)
            self.side_effects[side_effect] = check
        self.side_effect_other = QLineEdit(box)
        self.side_effect_other.setPlaceholderText(self.tr("Describe the other side effect"))
        self.side_effect_other.setAccessibleName(self.tr("Other side effect"))
        self.side_effect_other.textEdited.connect(
            lambda text: self.side_effects[SideEffect.OTHER].setChecked(bool(text.strip()))
        )
        grid.addWidget(self.side_effect_other, len(SideEffect) // 2 + 1, 0, 1, 2)
        return box

    # -- showing and reading -------------------------------------------------------------

    def day(self) -> dt.date:
        return to_date(self.date_edit.date())

    def show_day(self, day: dt.date) -> None:
        """Show the saved entry of ``day`` (or an empty form), discarding unsaved edits."""
        self.date_edit.setMaximumDate(to_qdate(self._service.today()))
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.blockSignals(False)
        self._shown_day = day
        self._loaded = self._service.entry(day)
        self._show_entry(self._loaded or Entry(day))

    def _show_entry(self, entry: Entry) -> None:
        self._showing = True
        try:
            self._fill(entry)
        finally:
            self._showing = False

    def _fill(self, entry: Entry) -> None:
        self.spasm.set_severity(entry.spasm_severity)
        self.headache.set_severity(entry.headache_severity)
        hours = entry.headache_hours
        self.headache_hours.setValue(self.headache_hours.minimum() if hours is None else hours)
        episodes = entry.spasm_episodes
        self.spasm_episodes.setValue(-1 if episodes is None else episodes)
        for medication_class, spin in self.medication.items():
            spin.setValue(entry.medication_count(medication_class))
        self._show_medication_recorded(entry.medication_recorded)
        for side_effect, check in self.side_effects.items():
            check.setChecked(side_effect in entry.side_effects)
        self.side_effect_other.setText(entry.side_effect_other)
        self.triggers.setText("; ".join(entry.triggers))
        self.notes.setPlainText(entry.notes)
        self._show_problems([])
        for key in self.severity_messages:
            self._show_severity_message(key, "")

    def current_entry(self) -> Entry:
        """The entry as typed, whether or not it is valid."""
        hours = self.headache_hours.value()
        episodes = self.spasm_episodes.value()
        tags = [t.strip() for t in self.triggers.text().split(_TRIGGER_SEPARATOR)]
        typed = Entry(
            day=self.day(),
            spasm_severity=self.spasm.severity(),
            headache_severity=self.headache.severity(),
            headache_hours=None if hours < 0 else hours,
            spasm_episodes=None if episodes < 0 else episodes,
            medication=tuple(
                MedicationDose(cls, spin.value())
                for cls, spin in self.medication.items()
                if spin.value() > 0
            ),
            side_effects=tuple(
                code for code, check in self.side_effects.items() if check.isChecked()
            ),
            side_effect_other=_text(self.side_effect_other.text())
            if self.side_effects[SideEffect.OTHER].isChecked()
            else "",
            triggers=tuple(dict.fromkeys(tag for tag in tags if tag)),
            notes=_text(self.notes.toPlainText()),
            medication_recorded=self._medication_recorded,
        )
        # An untouched form gives back the saved entry itself, so that saving it changes
        # nothing the widgets cannot show exactly (order of doses, 1.333 hours).
        if self._loaded is not None and _comparable(typed) == _comparable(self._loaded):
            return self._loaded
        return typed

    def has_unsaved_changes(self) -> bool:
        return self._dirty()

    # -- actions -------------------------------------------------------------------------

    def focus_today(self) -> None:
        """Ctrl+T: today's entry, spasm severity focused and ready for a number."""
        self.go_to_day(self._service.today())

    def go_to_day(self, day: dt.date) -> bool:
        """Show ``day`` (after asking about unsaved edits), spasm severity focused."""
        if day != self.day():
            if not self._may_leave_day():
                return False
            self.show_day(day)
        self.spasm.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.spasm.selectAll()
        return True

    def revert(self) -> None:
        """Throw away what was typed: the day as saved."""
        self.show_day(self.day())

    def save(self) -> bool:
        if self._service.read_only:
            return False
        entry = self.current_entry()
        if entry == Entry(entry.day) and self._loaded is None:
            self._show_problems([self.tr("Nothing to save yet: fill in at least one field.")])
            return False
        try:
            self._service.save_entry(entry)
        except InvalidRecord as exc:
            self._show_problems(problem_lines(exc.problems, self._field_names()))
            return False
        except JournalError as exc:
            # The form keeps everything typed, so nothing is lost; the user can retry.
            self._show_problems([error_text(exc)])
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        self._loaded = entry
        self._show_problems([])
        self.status_message.emit(self.tr("Saved %1.").replace("%1", _long_date(entry.day)))
        self.saved.emit(entry.day)
        return True

    def may_close(self) -> bool:
        """Whether the form may go away (asks about unsaved edits first)."""
        return self._service.read_only or self._may_leave_day()

    def _date_picked(self, qdate: QDate) -> None:
        day = to_date(qdate)
        # The typed values belong to the day shown until now: put its date back while asking,
        # so that "Save" saves them there and "Cancel" leaves the form as it was.
        self._set_date_quietly(self._shown_day)
        if self._may_leave_day():
            self.show_day(day)

    def _set_date_quietly(self, day: dt.date) -> None:
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(to_qdate(day))
        self.date_edit.blockSignals(False)

    def _may_leave_day(self) -> bool:
        """Ask before unsaved edits are dropped; True if the form may show another day."""
        if not self._dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1 first?").replace("%1", _long_date(self.day())),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _dirty(self) -> bool:
        return _comparable(self.current_entry()) != _comparable(self._loaded or Entry(self.day()))

    def _show_changes_from_elsewhere(self) -> None:
        """Another change (undo, redo, an edit in the journal table) reached this day: show it.

        What was typed here and not saved yet stays; every other field shows the new state.
        """
        saved = self._service.entry(self.day())
        if saved == self._loaded:
            return
        before = _comparable(self._loaded or Entry(self.day()))
        typed = _comparable(self.current_entry())
        after = saved or Entry(self.day())
        merged = {
            field.name: getattr(
                typed if getattr(typed, field.name) != getattr(before, field.name) else after,
                field.name,
            )
            for field in fields(Entry)
        }
        self._loaded = saved
        self._show_entry(Entry(**merged))

    def _make_read_only(self) -> None:
        """Every day can be chosen and read in full; nothing can be typed, ticked or saved."""
        for spin in (self.spasm, self.headache, self.headache_hours, self.spasm_episodes):
            spin.setReadOnly(True)
        for spin in self.medication.values():
            spin.setReadOnly(True)
        for scale in self.scales.values():
            scale.set_read_only(True)
        for check in self.side_effects.values():
            check.setEnabled(False)
        for edit in (self.side_effect_other, self.triggers):
            edit.setReadOnly(True)
        self.notes.setReadOnly(True)
        self.save_button.hide()
        self.revert_button.hide()

    def _field_names(self) -> dict[str, str]:
        """The visible label of each field a rule can name, as the problems list shows it."""
        names = {
            "date": self.tr("&Date"),
            "spasm_severity": self.tr("&Spasm severity"),
            "headache_severity": self.tr("He&adache severity"),
            "headache_hours": self.tr("Hours of headache"),
            "spasm_episodes": self.tr("Spasm episodes"),
            "medication": self.tr("Acute medication taken (doses)"),
            "side_effects": self.tr("Side effects"),
            "triggers": self.tr("T&riggers"),
            "notes": self.tr("&Notes"),
        }
        return {field: plain_label_text(text) for field, text in names.items()}

    def _show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))


def _text(typed: str) -> str:
    """Free text as typed; only a text of nothing but spaces counts as empty."""
    return typed if typed.strip() else ""


def _comparable(entry: Entry) -> Entry:
    """``entry`` as the form can show it: doses and side effects in the form's order, hours
    to the form's two decimals. Two entries equal here look the same in the form."""
    medication_order = list(MedicationClass)
    side_effect_order = list(SideEffect)
    hours = entry.headache_hours
    return replace(
        entry,
        medication=tuple(
            sorted(entry.medication, key=lambda d: medication_order.index(d.medication_class))
        ),
        side_effects=tuple(sorted(entry.side_effects, key=side_effect_order.index)),
        headache_hours=None if hours is None else round(hours, 2),
    )


def _long_date(day: dt.date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
