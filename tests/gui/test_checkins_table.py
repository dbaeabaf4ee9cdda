"""The Journal tab's check-ins table: what it shows, how it sorts, and delete with undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from journal_app.domain.checkins import CheckIn, CheckInKind, Goal, GoalRating, Impression, WornOff
from journal_app.domain.models import Indication, Injection, Product
from journal_app.domain.windows import default_windows
from journal_app.ui.main_window import MainWindow
from journal_app.ui.models.checkins_model import CheckInsTableModel

# The table texts below are US English: the fixture pins the locale.
from .test_table_models import us_english  # noqa: F401

CD = Indication.CERVICAL_DYSTONIA
DISPLAY = Qt.ItemDataRole.DisplayRole
SESSION = dt.date(2026, 6, 1)
WEEK4 = CheckIn(SESSION, CD, CheckInKind.WEEK4, dt.date(2026, 7, 1), Impression.MUCH_BETTER)
BEFORE_NEXT = CheckIn(
    SESSION,
    CD,
    CheckInKind.BEFORE_NEXT,
    dt.date(2026, 8, 20),
    Impression.A_LITTLE_WORSE,
    WornOff.YES,
    dt.date(2026, 8, 10),
)
RATINGS = [
    GoalRating(SESSION, CD, CheckInKind.BEFORE_NEXT, "drive", 1),
    GoalRating(SESSION, CD, CheckInKind.BEFORE_NEXT, "read", -2),
]


def texts(model: CheckInsTableModel, row: int) -> list[str]:
    return [model.index(row, column).data(DISPLAY) for column in range(model.columnCount())]


@pytest.mark.parametrize("force_py", [False, True])
def test_the_model_passes_the_model_tester(qtmodeltester, force_py: bool) -> None:
    model = CheckInsTableModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_checkins([WEEK4, BEFORE_NEXT], RATINGS)
    model.set_checkins([WEEK4], [])
    model.set_checkins([], [])


def test_each_check_in_shows_its_answers_and_goal_ratings() -> None:
    model = CheckInsTableModel()
    model.set_checkins([WEEK4, BEFORE_NEXT], RATINGS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Session",
        "Track",
        "Check-in",
        "Answered",
        "Impression",
        "Worn off",
        "Goal ratings",
    ]
    model.sort(model.COL_ANSWERED, Qt.SortOrder.AscendingOrder)
    assert texts(model, 0) == [
        "6/1/26",
        "Cervical dystonia",
        "Week 4",
        "7/1/26",
        "Much better",
        "—",
        "",
    ]
    assert texts(model, 1)[2:] == [
        "Before the next injection",
        "8/20/26",
        "A little worse",
        "Yes, on 8/10/26 (day 70)",
        "drive: +1; read: -2",
    ]
    ratings = model.index(1, model.COL_RATINGS)
    assert ratings.data(Qt.ItemDataRole.ToolTipRole) == (
        "drive: +1 more than expected\nread: \u22122 much less than expected"
    )
    assert model.index(0, model.COL_RATINGS).data(Qt.ItemDataRole.ToolTipRole) is None


def test_columns_sort_by_meaning_not_by_text() -> None:
    model = CheckInsTableModel()
    later = CheckIn(
        dt.date(2026, 9, 1), CD, CheckInKind.WEEK4, dt.date(2026, 10, 1), Impression.NO_CHANGE
    )
    model.set_checkins([WEEK4, BEFORE_NEXT, later], RATINGS)
    model.sort(model.COL_IMPRESSION, Qt.SortOrder.AscendingOrder)
    column = [model.index(row, model.COL_IMPRESSION).data(DISPLAY) for row in range(3)]
    assert column == ["Much better", "No change", "A little worse"]  # best first
    model.sort(model.COL_WORN_OFF, Qt.SortOrder.DescendingOrder)
    assert model.checkin_at(0) == BEFORE_NEXT
    model.sort(model.COL_RATINGS, Qt.SortOrder.DescendingOrder)
    assert model.checkin_at(0) == BEFORE_NEXT
    model.sort(model.COL_DATE, Qt.SortOrder.DescendingOrder)
    assert model.checkin_at(0) == later


def test_a_check_in_is_deleted_from_the_journal_tab_and_ctrl_z_brings_it_back(
    qtbot, window: MainWindow
) -> None:
    service = window.service
    assert service is not None
    service.record_injection(
        Injection(SESSION, Product.INCOBOTULINUMTOXIN_A, 200, CD, default_windows(CD))
    )
    service.save_goals(CD, [Goal(CD, "drive"), Goal(CD, "read")])
    service.save_checkin(BEFORE_NEXT, RATINGS)
    window.tabs.setCurrentWidget(window.journal_page)
    page = window.journal_page
    assert page is not None
    view = page.checkins_view
    assert page.checkins_model.rowCount() == 1
    view.setFocus()
    view.selectRow(0)
    assert page.current_selection() == BEFORE_NEXT
    assert window.delete_action.isEnabled()
    assert not window.edit_action.isEnabled()  # answered again on Today, not edited here
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert service.checkins() == []
    assert service.goal_ratings() == []
    assert page.checkins_model.rowCount() == 0
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.checkins() == [BEFORE_NEXT]
    assert service.goal_ratings() == RATINGS
    assert page.checkins_model.rowCount() == 1
