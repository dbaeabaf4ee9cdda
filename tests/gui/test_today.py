"""The Today form: keyboard-only logging, validation, and what is kept when a save fails."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal_app.domain.models import Entry, MedicationClass, MedicationDose, SideEffect
from journal_app.ui.main_window import MainWindow


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_log_today_with_the_keyboard_alone(qtbot, window: MainWindow, today: dt.date) -> None:
    window.tabs.setCurrentIndex(1)  # start elsewhere: Ctrl+T must bring the form back
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    form = window.today_page.form
    assert window.tabs.currentWidget() is window.today_page
    assert QApplication.focusWidget() is form.spasm

    _type(qtbot, "7")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.headache
    _type(qtbot, "10")
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )

    saved = window.service.entry(today)
    assert saved == Entry(today, spasm_severity=7, headache_severity=10)
    model = window.journal_page.entries_model
    assert model.rowCount() == 1
    assert model.entry_at(0) == saved


def test_typing_replaces_a_severity_and_delete_clears_it(qtbot, window: MainWindow) -> None:
    form = window.today_page.form
    window.go_to_today()
    _type(qtbot, "3")
    assert form.spasm.severity() == 3
    form.spasm.selectAll()
    _type(qtbot, "0")
    assert form.spasm.severity() == 0
    form.spasm.selectAll()
    qtbot.keyClick(form.spasm, Qt.Key.Key_Delete)
    assert form.spasm.severity() is None


def test_every_field_of_the_day_is_saved(qtbot, window: MainWindow, today: dt.date) -> None:
    form = window.today_page.form
    form.spasm.set_severity(4)
    form.headache.set_severity(0)
    form.headache_hours.setValue(2.5)
    form.spasm_episodes.setValue(3)
    form.medication[MedicationClass.TRIPTAN].setValue(1)
    form.medication[MedicationClass.SIMPLE_ANALGESIC].setValue(2)
    form.side_effects[SideEffect.NECK_PAIN].setChecked(True)
    qtbot.keyClicks(form.side_effect_other, "itchy skin")
    qtbot.keyClicks(form.triggers, "stress; poor sleep; stress")
    qtbot.keyClicks(form.notes, "A long day.")
    assert form.save()
    assert window.service.entry(today) == Entry(
        today,
        spasm_severity=4,
        headache_severity=0,
        headache_hours=2.5,
        spasm_episodes=3,
        medication=(
            MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 2),
            MedicationDose(MedicationClass.TRIPTAN, 1),
        ),
        side_effects=(SideEffect.NECK_PAIN, SideEffect.OTHER),
        side_effect_other="itchy skin",
        triggers=("stress", "poor sleep"),
        notes="A long day.",
    )


def test_the_date_picker_stops_at_today_and_loads_past_days(
    qtbot, window: MainWindow, today: dt.date
) -> None:
    yesterday = today - dt.timedelta(days=1)
    window.service.save_entry(Entry(yesterday, spasm_severity=2))
    form = window.today_page.form
    assert form.date_edit.maximumDate().toPython() == today
    form.date_edit.setDate(form.date_edit.date().addDays(-1))
    assert form.spasm.severity() == 2
    form.date_edit.setDate(form.date_edit.date().addDays(5))
    assert form.day() == today


def test_an_empty_form_is_not_saved(window: MainWindow, today: dt.date) -> None:
    form = window.today_page.form
    assert not form.save()
    assert form.problems.isVisibleTo(form)
    assert window.service.entry(today) is None


def test_a_failed_write_keeps_what_was_typed(
    qtbot, window: MainWindow, today: dt.date, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    # A full disk: SQLite may not grow the file by a single page, and the note needs several.
    db = window.service._repo.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    note = "typed before the disk filled up " * 200
    form = window.today_page.form
    form.spasm.set_severity(6)
    form.notes.setPlainText(note)
    assert not form.save()
    assert warnings and "disk is full" in warnings[0]
    assert form.spasm.severity() == 6
    assert form.notes.toPlainText() == note
    assert window.service.entry(today) is None


def test_every_input_is_named_after_its_visible_label(window: MainWindow) -> None:
    from PySide6.QtWidgets import QCheckBox, QLabel

    from journal_app.ui.widgets.form_helpers import plain_label_text

    form = window.today_page.form
    labelled = [label for label in form.findChildren(QLabel) if label.buddy() is not None]
    assert len(labelled) >= 12
    for label in labelled:
        assert label.buddy().accessibleName() == plain_label_text(label.text())
    for check in form.findChildren(QCheckBox):
        assert check.accessibleName() == plain_label_text(check.text())


def _answer(monkeypatch, button) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: button))


def test_picking_another_day_saves_the_typed_values_on_their_own_day(
    window: MainWindow, today: dt.date, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    earlier = today - dt.timedelta(days=2)
    window.service.save_entry(Entry(earlier, spasm_severity=1, notes="kept"))
    form = window.today_page.form
    form.spasm.set_severity(9)
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    form.date_edit.setDate(form.date_edit.date().addDays(-2))
    assert window.service.entry(today) == Entry(today, spasm_severity=9)
    assert window.service.entry(earlier) == Entry(earlier, spasm_severity=1, notes="kept")
    assert (form.day(), form.spasm.severity()) == (earlier, 1)


def test_cancel_keeps_the_day_and_what_was_typed(
    window: MainWindow, today: dt.date, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    form = window.today_page.form
    form.spasm.set_severity(9)
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    form.date_edit.setDate(form.date_edit.date().addDays(-1))
    assert (form.day(), form.spasm.severity()) == (today, 9)
    assert window.service.entry(today - dt.timedelta(days=1)) is None


def test_a_day_the_form_cannot_show_exactly_is_left_as_it_was(
    window: MainWindow, today: dt.date
) -> None:
    imported = Entry(
        today,
        headache_severity=4,
        headache_hours=1.333,
        medication=(
            MedicationDose(MedicationClass.TRIPTAN, 1),
            MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 2),
        ),
        triggers=("heat, humidity",),
        notes="  indented, with a trailing space ",
    )
    window.service.save_entry(imported)
    form = window.today_page.form
    form.show_day(today)
    assert not form.has_unsaved_changes()
    assert form.current_entry() == imported
    form.headache.set_severity(5)
    assert form.has_unsaved_changes()
    assert form.save()
    saved = window.service.entry(today)
    assert saved.headache_severity == 5 and saved.triggers == ("heat, humidity",)
    assert saved.notes == imported.notes


# -- medication: none taken, or not recorded ---------------------------------------------


def test_a_day_saved_by_the_form_records_its_medication(window: MainWindow, today: dt.date) -> None:
    form = window.today_page.form
    assert not form.medication_not_recorded.isVisibleTo(form)
    form.spasm.set_severity(3)
    assert form.save()
    # All doses at 0, as shown: recorded, none taken.
    assert window.service.entry(today) == Entry(today, spasm_severity=3)
    assert window.service.entry(today).medication_recorded


def test_a_day_imported_without_medication_stays_not_recorded_until_told(
    qtbot, window: MainWindow, today: dt.date
) -> None:
    imported = Entry(today, spasm_severity=5, medication_recorded=False)
    window.service.save_entry(imported)
    form = window.today_page.form
    form.show_day(today)
    assert form.medication_not_recorded.isVisibleTo(form)
    assert form.none_taken_button.isVisibleTo(form)
    assert not form.has_unsaved_changes()
    assert form.current_entry() == imported
    # Saving another field keeps "not recorded": the form never invents "none taken".
    form.spasm.set_severity(6)
    assert form.save()
    assert window.service.entry(today) == Entry(today, spasm_severity=6, medication_recorded=False)
    # "None taken" records it, and the notice goes without moving the fields below it.
    spin = form.medication[MedicationClass.TRIPTAN]
    before = spin.mapTo(form, spin.rect().topLeft())
    triggers_before = form.triggers.mapTo(form, form.triggers.rect().topLeft())
    qtbot.mouseClick(form.none_taken_button, Qt.MouseButton.LeftButton)
    assert not form.medication_not_recorded.isVisibleTo(form)
    assert form.has_unsaved_changes()
    assert spin.mapTo(form, spin.rect().topLeft()) == before
    assert form.triggers.mapTo(form, form.triggers.rect().topLeft()) == triggers_before
    assert form.save()
    assert window.service.entry(today) == Entry(today, spasm_severity=6)


def test_typing_a_dose_on_a_not_recorded_day_records_it(window: MainWindow, today: dt.date) -> None:
    window.service.save_entry(Entry(today, headache_severity=7, medication_recorded=False))
    form = window.today_page.form
    form.show_day(today)
    form.medication[MedicationClass.TRIPTAN].setValue(1)
    assert not form.medication_not_recorded.isVisibleTo(form)
    assert form.save()
    assert window.service.entry(today) == Entry(
        today, headache_severity=7, medication=(MedicationDose(MedicationClass.TRIPTAN, 1),)
    )
    # Revert shows the day as saved: recorded.
    form.revert()
    assert not form.medication_not_recorded.isVisibleTo(form)
