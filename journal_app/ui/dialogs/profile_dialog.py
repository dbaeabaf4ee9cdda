"""The dialog that edits who the journal belongs to."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.models import SEVERITY_MAX, SEVERITY_MIN, Profile
from journal_app.domain.validation import MAX_HEADACHE_DAYS_A_MONTH, profile_problems
from journal_app.ui.fitting import FittingScrollArea
from journal_app.ui.widgets.form_helpers import (
    add_form_row,
    caption_label,
    grow_to_fit,
    make_date_edit,
    plain_label_text,
    problem_label,
    problem_lines,
    set_tab_order,
    to_date,
)

#: Shown in the (disabled) date field while the date of birth is not known.
PLACEHOLDER_BIRTH_DATE = dt.date(1970, 1, 1)
NOTES_LINES = 4
_WHOLE = re.compile(r"[+-]?[0-9]+")
# The levels before treatment: each field's range (PRODUCT.md §3).
LEVEL_RANGES = {
    "spasm_before_treatment": (SEVERITY_MIN, SEVERITY_MAX),
    "headache_days_before_treatment": (0, MAX_HEADACHE_DAYS_A_MONTH),
}


class ProfileDialog(QDialog):
    """Edits a Profile; a future date of birth is refused inline, with no upper bound imposed."""

    def __init__(self, parent: QWidget | None, profile: Profile, today: dt.date) -> None:
        super().__init__(parent)
        self._today = today
        self.setWindowTitle(self.tr("Patient profile"))
        self.setMinimumWidth(480)
        self._build_fields(profile)
        self._build_layout()
        self.dob_known_check.toggled.connect(self.dob_edit.setEnabled)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        # Once problems are listed, each goes as soon as its field is put right.
        for edit in self.level_edits.values():
            edit.textChanged.connect(self._recheck)
        self.dob_edit.dateChanged.connect(self._recheck)
        self.dob_known_check.toggled.connect(self._recheck)

    def _build_fields(self, profile: Profile) -> None:
        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setPlaceholderText(self.tr("A nickname is fine"))
        known = profile.date_of_birth is not None
        self.dob_known_check = QCheckBox(self.tr("Date of birth &known"))
        self.dob_known_check.setAccessibleName(plain_label_text(self.dob_known_check.text()))
        self.dob_known_check.setChecked(known)
        # No maximum: a future date stays visible and is refused by validation, never clamped.
        self.dob_edit = make_date_edit(profile.date_of_birth or PLACEHOLDER_BIRTH_DATE)
        self.dob_edit.setEnabled(known)
        self.clinic_id_edit = QLineEdit(profile.clinic_patient_id)
        self.clinician_edit = QLineEdit(profile.clinician)
        # Text fields, empty when not entered: no wheel can change them, and what does not
        # fit is kept and explained rather than clamped.
        self.level_edits: dict[str, QLineEdit] = {}
        for name in LEVEL_RANGES:
            value = getattr(profile, name)
            edit = QLineEdit("" if value is None else str(value))
            edit.setPlaceholderText(self.tr("not entered"))
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 48)
            self.level_edits[name] = edit
        self.notes_edit = QPlainTextEdit(profile.notes)
        self.notes_edit.setTabChangesFocus(True)
        line_height = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setFixedHeight(line_height * NOTES_LINES + 12)
        self.problems_label = problem_label()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, QLabel] = {
            "name": add_form_row(form, self.tr("Patient &name:"), self.name_edit)
        }
        form.addRow("", self.dob_known_check)
        self._labels |= {
            "date_of_birth": add_form_row(form, self.tr("&Date of birth:"), self.dob_edit),
            "clinic_patient_id": add_form_row(
                form, self.tr("Clinic &patient ID:"), self.clinic_id_edit
            ),
            "clinician": add_form_row(form, self.tr("Treating &clinician:"), self.clinician_edit),
            "notes": add_form_row(form, self.tr("N&otes:"), self.notes_edit),
        }
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(form)
        fields.addWidget(self._levels_group())
        fields.addWidget(
            caption_label(
                self.tr(
                    "Nothing else personal is asked for; everything stays in this journal "
                    "file on this computer."
                )
            )
        )
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(FittingScrollArea(body, self), 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.button_box)
        chain: list[QWidget] = [
            self.name_edit,
            self.dob_known_check,
            self.dob_edit,
            self.clinic_id_edit,
            self.clinician_edit,
            self.notes_edit,
            *self.level_edits.values(),
            self.button_box,
        ]
        set_tab_order(chain)

    def _levels_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Before treatment began (optional)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, text in (
            ("spasm_before_treatment", self.tr("Usual &spasm severity (0–10):")),
            ("headache_days_before_treatment", self.tr("&Headache days a month (0–31):")),
        ):
            self._labels[name] = add_form_row(form, text, self.level_edits[name])
        stack = QVBoxLayout(group)
        stack.addWidget(
            caption_label(
                self.tr(
                    "For treatment that began before this journal: cycles are judged against "
                    "these levels when too few days were logged before the first injection."
                )
            )
        )
        stack.addLayout(form)
        return group

    def profile(self) -> Profile:
        """The profile as typed; the date of birth only if marked as known, and a level only
        if it is a whole number (see :meth:`problems`)."""
        known = self.dob_known_check.isChecked()
        return Profile(
            name=self.name_edit.text().strip(),
            date_of_birth=to_date(self.dob_edit.date()) if known else None,
            clinic_patient_id=self.clinic_id_edit.text().strip(),
            clinician=self.clinician_edit.text().strip(),
            notes=self.notes_edit.toPlainText(),
            spasm_before_treatment=self._level("spasm_before_treatment"),
            headache_days_before_treatment=self._level("headache_days_before_treatment"),
        )

    def _level(self, name: str) -> int | None:
        text = self.level_edits[name].text().strip()
        if not _WHOLE.fullmatch(text):
            return None
        try:
            return int(text)
        except ValueError:  # thousands of digits: Python refuses to read them
            return None

    def problems(self) -> list[tuple[str, str]]:
        """What stops the profile from being saved: each field and a line saying what is wrong."""
        names = {field: plain_label_text(label.text()) for field, label in self._labels.items()}
        found = []
        for name, (low, high) in LEVEL_RANGES.items():
            text = self.level_edits[name].text().strip()
            if text and self._level(name) is None:
                why = (
                    self.tr(
                        "“%1” is not a whole number: type one from %2 to %3, or leave it empty."
                    )
                    .replace("%1", text)
                    .replace("%2", str(low))
                    .replace("%3", str(high))
                )
                found.append((name, f"{names[name]}: {why}"))
        problems = profile_problems(self.profile(), self._today)
        found += zip([p.field for p in problems], problem_lines(problems, names), strict=True)
        order = list(self._labels)
        return sorted(found, key=lambda problem: order.index(problem[0]))

    def _show_problems(self) -> list[tuple[str, str]]:
        problems = self.problems()
        self.problems_label.setText("\n".join(line for _, line in problems))
        self.problems_label.setVisible(bool(problems))
        grow_to_fit(self)
        return problems

    def _recheck(self) -> None:
        if self.problems_label.isVisible():
            self._show_problems()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def accept(self) -> None:
        """Saves only a valid profile; otherwise lists the problems and keeps what was typed."""
        problems = self._show_problems()
        if problems:
            label = self._labels.get(problems[0][0])
            if label is not None and label.buddy() is not None:
                label.buddy().setFocus()
            return
        super().accept()
