"""The profile dialog: round trips, the optional date of birth, inline validation, names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from journal_app.domain.models import Profile
from journal_app.ui.dialogs.profile_dialog import ProfileDialog
from journal_app.ui.widgets.date_field import DateField
from journal_app.ui.widgets.form_helpers import to_qdate

# The offscreen platform warns whenever a shown window's size hints change.

TODAY = dt.date(2026, 11, 21)

FULL_PROFILE = Profile(
    name="Sam",
    date_of_birth=dt.date(1980, 4, 2),
    clinic_patient_id="NHS 943 476 5919",
    clinician="Dr Okafor",
    notes="Prefers morning appointments.\nAllergic to latex.",
    spasm_before_treatment=0,
    headache_days_before_treatment=18,
)


def make_dialog(qtbot, profile: Profile = FULL_PROFILE) -> ProfileDialog:
    dialog = ProfileDialog(None, profile, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_ok(qtbot, dialog: ProfileDialog) -> None:
    ok = dialog.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def strip_label(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":")


@pytest.mark.parametrize(
    "profile",
    [FULL_PROFILE, Profile(name="Grandad", clinician="Dr Ames"), Profile()],
    ids=["full", "no-date-of-birth", "empty"],
)
def test_a_profile_comes_back_unchanged(qtbot, profile: Profile) -> None:
    dialog = make_dialog(qtbot, profile)
    assert dialog.dob_known_check.isChecked() == (profile.date_of_birth is not None)
    assert dialog.dob_edit.isEnabled() == (profile.date_of_birth is not None)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.profile() == profile


def test_typed_profile_with_a_date_of_birth(qtbot) -> None:
    dialog = make_dialog(qtbot, Profile())
    qtbot.keyClicks(dialog.name_edit, "  Robin ")
    qtbot.keyClick(dialog.dob_known_check, Qt.Key.Key_Space)
    assert dialog.dob_edit.isEnabled()
    dialog.dob_edit.setDate(to_qdate(dt.date(1961, 12, 24)))
    qtbot.keyClicks(dialog.clinic_id_edit, "A-77")
    qtbot.keyClicks(dialog.clinician_edit, "Dr Ng")
    qtbot.keyClicks(dialog.notes_edit, "Caregiver logs on weekends.")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.profile() == Profile(
        name="Robin",
        date_of_birth=dt.date(1961, 12, 24),
        clinic_patient_id="A-77",
        clinician="Dr Ng",
        notes="Caregiver logs on weekends.",
    )


def test_unticking_date_of_birth_known_forgets_it(qtbot) -> None:
    dialog = make_dialog(qtbot)
    qtbot.keyClick(dialog.dob_known_check, Qt.Key.Key_Space)
    assert not dialog.dob_edit.isEnabled()
    assert dialog.profile().date_of_birth is None
    assert dialog.profile().name == FULL_PROFILE.name


def test_future_date_of_birth_is_refused_inline(qtbot) -> None:
    dialog = make_dialog(qtbot)
    future = TODAY + dt.timedelta(days=1)
    dialog.dob_edit.setDate(to_qdate(future))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problems_label.isVisible()
    assert "Date of birth" in dialog.problems_label.text()
    assert future.isoformat() in dialog.problems_label.text()
    assert dialog.profile().date_of_birth == future
    dialog.dob_edit.setDate(to_qdate(TODAY))
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.profile().date_of_birth == TODAY


def test_a_future_date_is_fine_while_it_is_not_known(qtbot) -> None:
    dialog = make_dialog(qtbot)
    dialog.dob_edit.setDate(to_qdate(TODAY + dt.timedelta(days=30)))
    qtbot.keyClick(dialog.dob_known_check, Qt.Key.Key_Space)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_caption_says_nothing_else_personal_is_asked(qtbot) -> None:
    dialog = make_dialog(qtbot)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert (
        "Nothing else personal is asked for; everything stays in this journal file on this "
        "computer." in texts
    )


def test_escape_cancels(qtbot) -> None:
    dialog = make_dialog(qtbot)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_every_input_is_named_after_its_visible_label(qtbot) -> None:
    dialog = make_dialog(qtbot)
    labels = {
        label.buddy(): strip_label(label.text())
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None
    }
    # A date field (its text and calendar button) is one input, named by its label.
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractButton, DateField)
    containers = (QAbstractSpinBox, QComboBox, QCalendarWidget, QDialogButtonBox, DateField)

    def inside_a_container(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not dialog:
            if isinstance(parent, containers):
                return True
            parent = parent.parentWidget()
        return False

    inputs = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds) and not inside_a_container(w)
    ]
    names = {w.accessibleName() for w in inputs}
    assert names == {
        "Patient name",
        "Date of birth known",
        "Date of birth",
        "Clinic patient ID",
        "Treating clinician",
        "Notes",
        "Usual spasm severity (0–10)",
        "Headache days a month (0–31)",
    }
    for widget in inputs:
        expected = labels.get(widget) or strip_label(widget.text())
        assert widget.accessibleName() == expected


# -- levels before treatment -------------------------------------------------------------


def test_levels_before_treatment_are_optional_whole_numbers(qtbot) -> None:
    dialog = make_dialog(qtbot, Profile(name="Kim"))
    spasm = dialog.level_edits["spasm_before_treatment"]
    days = dialog.level_edits["headache_days_before_treatment"]
    assert (spasm.text(), days.text()) == ("", "")
    assert spasm.placeholderText() == days.placeholderText() == "not entered"
    qtbot.keyClicks(spasm, " 10 ")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.profile() == Profile(name="Kim", spasm_before_treatment=10)


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("spasm_before_treatment", "11", "Usual spasm severity (0–10): 11 is outside 0–10"),
        (
            "spasm_before_treatment",
            "6.5",
            "Usual spasm severity (0–10): “6.5” is not a whole number: type one from 0 to 10, "
            "or leave it empty.",
        ),
        (
            "headache_days_before_treatment",
            "32",
            "Headache days a month (0–31): 32 is outside 0–31",
        ),
        (
            "headache_days_before_treatment",
            "-1",
            "Headache days a month (0–31): -1 is outside 0–31",
        ),
        (
            "headache_days_before_treatment",
            "ten",
            "Headache days a month (0–31): “ten” is not a whole number: type one from 0 to 31, "
            "or leave it empty.",
        ),
    ],
)
def test_a_level_that_does_not_fit_is_refused_with_a_message(
    qtbot, field: str, typed: str, message: str
) -> None:
    dialog = make_dialog(qtbot)
    edit = dialog.level_edits[field]
    edit.setText(typed)
    click_ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problems_label.text() == message
    assert dialog.focusWidget() is edit
    assert edit.text() == typed  # kept as typed, never clamped
    # The message goes as soon as the field is put right; an empty field is fine.
    edit.clear()
    assert not dialog.problems_label.isVisible()
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert getattr(dialog.profile(), field) is None


def test_levels_reach_the_journal_through_the_window(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: ProfileDialog) -> int:
        dialog.level_edits["spasm_before_treatment"].setText("7")
        dialog.level_edits["headache_days_before_treatment"].setText("20")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ProfileDialog, "exec", fill)
    window.edit_profile()
    saved = window.service.profile()
    assert (saved.spasm_before_treatment, saved.headache_days_before_treatment) == (7, 20)
