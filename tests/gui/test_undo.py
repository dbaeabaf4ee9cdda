"""Ctrl+Z and Ctrl+Shift+Z undo and redo the last journal change from anywhere in the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from journal_app.domain.models import Entry
from journal_app.ui.main_window import MainWindow

from .conftest import TODAY

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_in_a_text_field_undoes_the_save_not_the_typing(qtbot, window: MainWindow) -> None:
    form = window.today_page.form
    window.go_to_today()
    qtbot.keyClicks(form.spasm, "4")
    qtbot.keyClicks(form.triggers, "stress")
    qtbot.keyClick(form.triggers, Qt.Key.Key_Return)
    assert window.service.entry(TODAY) == Entry(TODAY, spasm_severity=4, triggers=("stress",))
    assert "Saved" in window.statusBar().currentMessage()

    qtbot.keyClick(form.triggers, Qt.Key.Key_Z, CTRL)
    assert window.service.entry(TODAY) is None
    # The form shows the journal as it now is, and the stale "Saved" is gone.
    assert form.spasm.severity() is None and form.triggers.text() == ""
    assert "Saved" not in window.statusBar().currentMessage()
    assert "Undone" in window.statusBar().currentMessage()

    qtbot.keyClick(form.notes, Qt.Key.Key_Z, CTRL_SHIFT)
    assert window.service.entry(TODAY) == Entry(TODAY, spasm_severity=4, triggers=("stress",))
    assert form.spasm.severity() == 4 and form.triggers.text() == "stress"
    assert "Redone" in window.statusBar().currentMessage()


def test_undo_keeps_what_was_typed_and_not_saved(qtbot, window: MainWindow) -> None:
    yesterday = TODAY - dt.timedelta(days=1)
    window.service.save_entry(Entry(TODAY, spasm_severity=2, headache_severity=1))
    window.service.save_entry(Entry(TODAY, spasm_severity=5, headache_severity=1))
    window.service.save_entry(Entry(yesterday, spasm_severity=1))
    form = window.today_page.form
    form.show_day(TODAY)
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "typed, not saved")
    window.undo_action.trigger()  # yesterday's save: today's form is untouched
    assert form.notes.toPlainText() == "typed, not saved"
    qtbot.keyClick(form.notes, Qt.Key.Key_Z, CTRL)  # today's second save
    assert window.service.entry(TODAY) == Entry(TODAY, spasm_severity=2, headache_severity=1)
    assert form.spasm.severity() == 2  # shown as undone
    assert form.notes.toPlainText() == "typed, not saved"  # the typing stays


def test_dialog_text_fields_keep_their_own_undo(qtbot, window: MainWindow) -> None:
    from journal_app.ui.dialogs.profile_dialog import ProfileDialog

    window.service.save_entry(Entry(TODAY, spasm_severity=3))
    dialog = ProfileDialog(window, window.service.profile(), TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Sam")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Z, CTRL)
    assert dialog.name_edit.text() == ""
    assert window.service.entry(TODAY) == Entry(TODAY, spasm_severity=3)
