"""The dialog that edits who the journal belongs to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.models import Profile
from journal_app.domain.validation import profile_problems
from journal_app.ui.fitting import FittingScrollArea
from journal_app.ui.widgets.form_helpers import (
    add_form_row,
    caption_label,
    grow_to_fit,
    make_date_edit,
    plain_label_text,
    problem_label,
    set_tab_order,
    show_problems,
    to_date,
)

#: Shown in the (disabled) date field while the date of birth is not known.
PLACEHOLDER_BIRTH_DATE = dt.date(1970, 1, 1)
NOTES_LINES = 4


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
            self.button_box,
        ]
        set_tab_order(chain)

    def profile(self) -> Profile:
        """The profile as typed; the date of birth only if marked as known."""
        known = self.dob_known_check.isChecked()
        return Profile(
            name=self.name_edit.text().strip(),
            date_of_birth=to_date(self.dob_edit.date()) if known else None,
            clinic_patient_id=self.clinic_id_edit.text().strip(),
            clinician=self.clinician_edit.text().strip(),
            notes=self.notes_edit.toPlainText(),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def accept(self) -> None:
        """Saves only a valid profile; otherwise lists the problems and keeps what was typed."""
        problems = profile_problems(self.profile(), self._today)
        names = {field: plain_label_text(label.text()) for field, label in self._labels.items()}
        show_problems(self.problems_label, problems, names)
        grow_to_fit(self)
        if problems:
            label = self._labels.get(problems[0].field)
            if label is not None and label.buddy() is not None:
                label.buddy().setFocus()
            return
        super().accept()
