"""The recent days not logged (PRODUCT.md §5, Reminders): listed, and one key or click away."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from journal_app.domain.models import Entry
from journal_app.ui.main_window import MainWindow

from .conftest import TODAY


def _days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_an_empty_journal_shows_no_catch_up_list(window: MainWindow) -> None:
    assert not window.today_page.catch_up.isVisibleTo(window)


def test_the_unlogged_days_of_the_last_two_weeks_newest_first(qtbot, window: MainWindow) -> None:
    for n in (30, 1, 2, 4, 14):
        window.service.save_entry(Entry(_days_ago(n), spasm_severity=3))
    catch_up = window.today_page.catch_up
    assert catch_up.isVisibleTo(window)
    expected = [_days_ago(n) for n in range(1, 15) if n not in (1, 2, 4, 14)]
    assert catch_up.days() == expected
    # Enter on the chosen row opens that day in the form; logging it takes it off the list.
    catch_up.list.setFocus()
    catch_up.list.setCurrentRow(1)
    qtbot.keyClick(catch_up.list, Qt.Key.Key_Return)
    assert window.today_page.form.day() == _days_ago(5)
    window.service.save_entry(Entry(_days_ago(5), spasm_severity=2))
    assert _days_ago(5) not in catch_up.days()


def test_a_journal_begun_days_ago_with_every_day_logged_says_since_when(
    window: MainWindow,
) -> None:
    for n in range(0, 4):
        window.service.save_entry(Entry(_days_ago(n), spasm_severity=3))
    catch_up = window.today_page.catch_up
    assert catch_up.days() == []
    assert catch_up.all_logged.isVisibleTo(window)
    assert "since" in catch_up.all_logged.text()
    window.service.save_entry(Entry(_days_ago(20), spasm_severity=3))
    assert catch_up.days() == [_days_ago(n) for n in range(4, 15)]
