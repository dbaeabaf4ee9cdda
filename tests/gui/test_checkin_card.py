"""The due check-in card on Today: answered by keyboard alone, undone with Ctrl+Z, dismissed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication

from journal_app.domain.checkins import (
    CheckIn,
    CheckInKind,
    Goal,
    GoalRating,
    Impression,
    WornOff,
)
from journal_app.domain.models import Indication, Injection, Product
from journal_app.domain.windows import default_windows
from journal_app.settings import Settings
from journal_app.ui.main_window import MainWindow

CD = Indication.CERVICAL_DYSTONIA


def record_session(window: MainWindow, today: dt.date, days_ago: int) -> dt.date:
    service = window.service
    assert service is not None
    day = today - dt.timedelta(days=days_ago)
    service.record_injection(
        Injection(day, Product.INCOBOTULINUMTOXIN_A, 200, CD, default_windows(CD))
    )
    return day


def test_a_week4_check_in_is_answered_by_keyboard_alone_and_undone(
    qtbot, window: MainWindow, today: dt.date
) -> None:
    service = window.service
    assert service is not None
    service.save_goals(CD, [Goal(CD, "turn my head to drive")])
    session = record_session(window, today, 30)
    card = window.today_page.checkin_card
    assert card.isVisible()
    assert card.slot is not None and card.slot.key.kind is CheckInKind.WEEK4
    card.save_button.setFocus()
    qtbot.keyClick(card.save_button, Qt.Key.Key_2)
    group = card.goal_ratings["turn my head to drive"]
    group.button(3).setFocus()  # the goal's +1, reached by Tab in real use
    qtbot.keyClick(group.button(3), Qt.Key.Key_Space)
    with qtbot.waitSignal(service.checkins_changed):
        qtbot.keyClick(card.save_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert service.checkins() == [
        CheckIn(session, CD, CheckInKind.WEEK4, today, Impression.MUCH_BETTER)
    ]
    assert service.goal_ratings() == [
        GoalRating(session, CD, CheckInKind.WEEK4, "turn my head to drive", 1)
    ]
    assert not card.isVisible()
    # Ctrl+Z from the day form undoes the check-in through the window's undo.
    window.today_page.form.spasm.setFocus()
    qtbot.keyClick(window.today_page.form.spasm, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.checkins() == []
    assert card.isVisible()


def test_before_next_asks_whether_it_wore_off_and_when(
    qtbot, window: MainWindow, today: dt.date
) -> None:
    service = window.service
    assert service is not None
    session = record_session(window, today, 110)
    card = window.today_page.checkin_card
    assert card.slot is not None and card.slot.key.kind is CheckInKind.BEFORE_NEXT
    assert card.worn_off is not None and card.worn_off_date is not None
    card.save_button.setFocus()
    qtbot.keyClick(card.save_button, Qt.Key.Key_5)
    qtbot.keyClick(card.save_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert service.checkins() == []
    assert card.message.isVisibleTo(card)  # says the wear-off answer is missing
    card.worn_off.button(1).click()  # yes
    wore_off = today - dt.timedelta(days=6)
    card.worn_off_date.setDate(QDate(wore_off.year, wore_off.month, wore_off.day))
    qtbot.keyClick(card.save_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (saved,) = service.checkins()
    assert (saved.impression, saved.worn_off, saved.worn_off_date) == (
        Impression.A_LITTLE_WORSE,
        WornOff.YES,
        wore_off,
    )
    assert saved.reported_wear_off_day == (wore_off - session).days


def test_a_dismissed_check_in_waits_until_tomorrow(
    qtbot, window: MainWindow, today: dt.date
) -> None:
    record_session(window, today, 30)
    card = window.today_page.checkin_card
    assert card.isVisible()
    # Laid out in the notices' scroll area once the events of the new card are handled.
    qtbot.waitUntil(lambda: not card.dismiss_button.visibleRegion().isEmpty())
    qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    service = window.service
    assert service is not None
    service.today = lambda: today + dt.timedelta(days=1)
    card.refresh()
    assert card.isVisible()
    assert service.checkins() == []


def _restarted(qtbot, settings: Settings, journal: Path, day: dt.date) -> MainWindow:
    """The app started again on ``day``: new settings read from the same file."""
    reread = Settings(QSettings(settings.file_name(), QSettings.Format.IniFormat))
    window = MainWindow(reread, clock=lambda: day)
    qtbot.addWidget(window)
    assert window.open_journal(journal)
    return window


def test_not_today_survives_a_restart_and_the_next_day_asks_again(
    qtbot, window: MainWindow, settings: Settings, journal_path: Path, today: dt.date
) -> None:
    record_session(window, today, 30)
    card = window.today_page.checkin_card
    assert card.slot is not None
    qtbot.waitUntil(lambda: not card.dismiss_button.visibleRegion().isEmpty())
    qtbot.mouseClick(card.dismiss_button, Qt.MouseButton.LeftButton)
    assert card.slot is None
    window.close()
    later_today = _restarted(qtbot, settings, journal_path, today)
    assert later_today.today_page.checkin_card.slot is None
    later_today.close()
    tomorrow = _restarted(qtbot, settings, journal_path, today + dt.timedelta(days=1))
    assert tomorrow.today_page.checkin_card.slot is not None
    # Another journal's check-in of the same session is not hidden by this one's dismissal.
    assert not settings.checkin_dismissed(journal_path.with_name("other.sqlite"), "x", today)


def test_an_answered_card_gives_its_room_back_when_today_is_opened_again(
    qtbot, window: MainWindow, today: dt.date
) -> None:
    record_session(window, today, 30)
    window.resize(1100, 740)
    window.show()
    qtbot.waitExposed(window)
    card, form = window.today_page.checkin_card, window.today_page.form

    def form_top() -> int:
        return form.spasm.mapTo(window, form.spasm.rect().topLeft()).y()

    qtbot.waitUntil(card.isVisible)
    # A notice that comes takes two layout passes: the notices' room, then their scroll area's.
    QApplication.processEvents()
    QApplication.processEvents()
    with_card = form_top()
    card.save_button.setFocus()
    qtbot.keyClick(card.save_button, Qt.Key.Key_2)
    qtbot.keyClick(card.save_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not card.isVisible()
    assert form_top() == with_card  # the form stays put under the pointer …
    window.tabs.setCurrentIndex(1)
    window.tabs.setCurrentIndex(0)
    # … and takes the card's room once Today is opened again.
    qtbot.waitUntil(lambda: form_top() < with_card - 50)


def test_goal_ratings_are_written_with_a_real_minus_sign(
    window: MainWindow, today: dt.date
) -> None:
    service = window.service
    assert service is not None
    service.save_goals(CD, [Goal(CD, "drive")])
    record_session(window, today, 30)
    group = window.today_page.checkin_card.goal_ratings["drive"]
    assert [button.text() for button in group.buttons()] == ["−2", "−1", "0", "+1", "+2"]
