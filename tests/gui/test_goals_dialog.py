"""Edit › Goals…: typed by keyboard, at most three active, never empty, undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from journal_app.domain.checkins import Goal
from journal_app.domain.models import Indication, Injection, Product
from journal_app.domain.windows import default_windows
from journal_app.ui.dialogs.goals_dialog import GoalsDialog
from journal_app.ui.main_window import MainWindow

CD = Indication.CERVICAL_DYSTONIA
CM = Indication.CHRONIC_MIGRAINE


def record_session(window: MainWindow, indication: Indication, day: dt.date) -> None:
    assert window.service is not None
    window.service.record_injection(
        Injection(day, Product.ONABOTULINUMTOXIN_A, 155, indication, default_windows(indication))
    )


def goals_dialog(qtbot, goals: list[Goal], tracks: list[Indication] | None = None) -> GoalsDialog:
    dialog = GoalsDialog(None, tracks or [CD], goals)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_goals_is_in_the_edit_menu_with_a_mnemonic(window: MainWindow) -> None:
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.goals_action in edit_menu.actions()
    text = window.goals_action.text()
    assert "&" in text
    letters = [
        a.text().split("&", 1)[1][:1].lower() for a in edit_menu.actions() if "&" in a.text()
    ]
    assert letters.count(text.split("&", 1)[1][:1].lower()) == 1


def test_a_goal_typed_by_keyboard_is_saved_and_ctrl_z_undoes_it(
    qtbot, window: MainWindow, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_session(window, CD, today - dt.timedelta(days=10))
    service = window.service
    assert service is not None

    def type_a_goal(dialog: GoalsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.current().indication is CD  # the journal's only track
        dialog.add_button.setFocus()
        qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
        typed_into = dialog.focusWidget()
        assert isinstance(typed_into, QLineEdit)
        qtbot.keyClicks(typed_into, "turn my head to drive")
        qtbot.keyClick(typed_into, Qt.Key.Key_Tab)
        checkbox = dialog.focusWidget()
        assert checkbox is dialog.current().rows[0].active_check
        qtbot.keyClick(checkbox, Qt.Key.Key_Return)  # Save is the default button
        return dialog.result()

    monkeypatch.setattr(GoalsDialog, "exec", type_a_goal)
    window.goals_action.trigger()
    assert service.goals(CD) == [Goal(CD, "turn my head to drive", True)]
    window.today_page.form.spasm.setFocus()
    qtbot.keyClick(window.today_page.form.spasm, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.goals(CD) == []


def test_a_fourth_active_goal_is_refused_with_a_message_that_says_what_to_do(qtbot) -> None:
    goals = [Goal(CD, text, True, id=n) for n, text in enumerate(("drive", "read", "walk"), 1)]
    dialog = goals_dialog(qtbot, [*goals, Goal(CD, "swim", False, id=4)])
    assert not dialog.message_label.isVisible()
    fourth = dialog.current().rows[3].active_check
    fourth.setFocus()
    qtbot.keyClick(fourth, Qt.Key.Key_Space)
    assert not fourth.isChecked()
    assert dialog.message_label.isVisible()
    assert "untick Active on one of them first" in dialog.message_label.text()
    # A goal added now waits, inactive, for room.
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.current().rows[4].active_check.isChecked()
    # Setting one aside makes room.
    dialog.current().rows[0].active_check.setChecked(False)
    fourth.setChecked(True)
    assert fourth.isChecked()


def test_an_empty_goal_is_refused_and_what_was_typed_is_kept(qtbot) -> None:
    dialog = goals_dialog(qtbot, [Goal(CD, "drive", True, id=1)])
    row = dialog.current().rows[0]
    row.text_edit.clear()
    qtbot.keyClick(row.text_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message_label.isVisible()
    assert "goal 1" in dialog.message_label.text()
    assert "Type the goal, or remove it." in dialog.message_label.text()
    row.text_edit.setText("drive to work")
    qtbot.keyClick(row.text_edit, Qt.Key.Key_Return)
    assert dialog.result() == 1
    assert dialog.changes() == {CD: [Goal(CD, "drive to work", True, id=1)]}


def test_the_same_goal_twice_is_refused(qtbot) -> None:
    dialog = goals_dialog(qtbot, [Goal(CD, "drive", True, id=1)])
    dialog.current().add_goal().text_edit.setText("drive")
    dialog.accept()
    assert dialog.result() == 0
    assert "own words" in dialog.message_label.text()
    # The track by its name, not its code.
    assert "'drive' is a goal of Cervical dystonia more than once" in dialog.message_label.text()


def test_edit_set_aside_and_remove_reach_the_journal_as_one_undo_step(
    qtbot, window: MainWindow, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_session(window, CD, today - dt.timedelta(days=10))
    record_session(window, CM, today - dt.timedelta(days=10))
    service = window.service
    assert service is not None
    service.save_goals(CD, [Goal(CD, "drive"), Goal(CD, "read"), Goal(CD, "walk")])
    before = service.all_goals()
    ids = [goal.id for goal in service.goals(CD)]

    def change(dialog: GoalsDialog) -> int:
        assert list(dialog.tracks) == [CM, CD]
        dialog.track_combo.setCurrentIndex(1)
        rows = dialog.current().rows
        rows[0].text_edit.setText("drive to work")
        rows[1].active_check.setChecked(False)
        rows[2].remove_button.click()
        dialog.track_combo.setCurrentIndex(0)
        dialog.current().add_goal().text_edit.setText("a day at the office")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(GoalsDialog, "exec", change)
    window.edit_goals()
    assert service.goals(CD) == [Goal(CD, "drive to work"), Goal(CD, "read", active=False)]
    assert [goal.id for goal in service.goals(CD)] == ids[:2]  # edited, not replaced
    assert service.goals(CM) == [Goal(CM, "a day at the office")]
    assert service.undo_stack.undoText() == "Edit goals"
    service.undo_stack.undo()
    assert service.all_goals() == before


def test_the_tracks_offered_are_the_journals_or_all_of_them(
    window: MainWindow, today: dt.date
) -> None:
    service = window.service
    assert service is not None
    assert service.goal_tracks() == list(Indication)
    record_session(window, CD, today - dt.timedelta(days=10))
    assert service.goal_tracks() == [CD]


def test_a_read_only_journal_offers_no_goals(window: MainWindow) -> None:
    window._update_actions()
    assert window.goals_action.isEnabled()
    service = window.service
    assert service is not None
    service.read_only = True
    window._update_actions()
    assert not window.goals_action.isEnabled()
