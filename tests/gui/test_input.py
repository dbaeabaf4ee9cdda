"""Input that cannot go wrong (PRODUCT.md §5): real keystrokes in four locales, wheel, Enter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from journal_app.domain.models import Entry
from journal_app.settings import Settings
from journal_app.ui.main_window import MainWindow
from journal_app.ui.widgets.form_helpers import MIN_TARGET, locale_date_format, to_qdate

from .conftest import TODAY

LOCALES = ["en_US", "en_GB", "de_DE", "es_ES"]
#: Before TODAY, and a different day read either way round (4 October, or 10 April).
AMBIGUOUS = dt.date(2026, 10, 4)


@pytest.fixture
def locale_window(qtbot, request, settings: Settings, journal_path) -> Iterator[MainWindow]:
    """The window built under the locale named by the test's parameter."""
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(journal_path, create=True)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QLocale.setDefault(previous)


def _type_date(qtbot, window: MainWindow, text: str) -> None:
    field = window.today_page.form.date_edit
    field.edit.setFocus(Qt.FocusReason.TabFocusReason)  # selects all: the typing replaces it
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("locale_window", LOCALES, indirect=True)
def test_a_date_typed_in_the_locales_format_lands_on_that_day(qtbot, locale_window) -> None:
    window = locale_window
    locale = QLocale()
    typed = locale.toString(QDate(2026, 10, 4), locale_date_format(locale))
    _type_date(qtbot, window, typed)
    assert window.today_page.form.day() == AMBIGUOUS, typed
    # The short form with one-digit fields and a two-digit year lands there too.
    short = locale.toString(QDate(2026, 10, 4), locale_date_format(locale))
    short = short.replace("2026", "26").replace("04", "4")
    _type_date(qtbot, window, short)
    assert window.today_page.form.day() == AMBIGUOUS, short


@pytest.mark.parametrize("locale_window", LOCALES, indirect=True)
def test_an_iso_date_lands_on_that_day_whatever_the_locale(qtbot, locale_window) -> None:
    window = locale_window
    window.service.save_entry(Entry(AMBIGUOUS, spasm_severity=3))
    _type_date(qtbot, window, "2026-10-04")
    form = window.today_page.form
    assert form.day() == AMBIGUOUS
    assert form.spasm.severity() == 3  # the saved day is shown, not a stray one
    assert QLocale().toString(QDate(2026, 10, 4), locale_date_format(QLocale())) in (
        form.date_edit.edit.text()
    )


@pytest.mark.parametrize("locale_window", [*LOCALES, "C"], indirect=True)
def test_text_that_is_no_date_is_refused_with_the_formats_that_work(qtbot, locale_window) -> None:
    window = locale_window
    field = window.today_page.form.date_edit
    _type_date(qtbot, window, "31/31/2026")
    local = QLocale().toString(to_qdate(TODAY), locale_date_format(QLocale()))
    message = field.message.text()
    assert "31/31/2026" in message
    assert local in message and TODAY.isoformat() in message
    assert window.today_page.form.day() == TODAY
    # What it names as the locale's format is taken.
    _type_date(qtbot, window, local)
    assert window.today_page.form.day() == TODAY and not field.message.isVisibleTo(window)


@pytest.mark.parametrize("locale_window", LOCALES, indirect=True)
def test_a_future_date_is_refused_with_a_message(qtbot, locale_window) -> None:
    window = locale_window
    form = window.today_page.form
    _type_date(qtbot, window, "2026-12-04")
    assert form.day() == TODAY
    assert form.date_edit.message.isVisibleTo(window)
    assert form.date_edit.message.text()
    _type_date(qtbot, window, "not a day")
    assert form.day() == TODAY and form.date_edit.message.isVisibleTo(window)
    _type_date(qtbot, window, "2026-11-20")
    assert form.day() == dt.date(2026, 11, 20)
    assert not form.date_edit.message.isVisibleTo(window)


def test_alt_d_gives_the_date_field(qtbot, window: MainWindow) -> None:
    window.offer_demo()  # its button once took Alt+D
    window.go_to_today()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.today_page.form.date_edit.edit
    assert window.service.path.exists() and window.service.entries() == []


def test_yesterday_and_previous_day(qtbot, window: MainWindow) -> None:
    form = window.today_page.form
    qtbot.mouseClick(form.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.previous_button, Qt.MouseButton.LeftButton)
    assert form.day() == TODAY - dt.timedelta(days=2)
    qtbot.mouseClick(form.yesterday_button, Qt.MouseButton.LeftButton)
    assert form.day() == TODAY - dt.timedelta(days=1)


# -- severities ----------------------------------------------------------------------------


@pytest.mark.parametrize("locale_window", LOCALES, indirect=True)
def test_a_severity_outside_0_to_10_never_changes_what_is_saved(qtbot, locale_window) -> None:
    window = locale_window
    window.service.save_entry(Entry(TODAY, spasm_severity=6, headache_severity=2))
    form = window.today_page.form
    form.show_day(TODAY)
    message = form.severity_messages["spasm"]
    # "11": its first 1 is a severity, the second is refused.
    for typed, kept in (("-1", 6), ("x", 6), ("-", 6), ("11", 1)):
        form.spasm.setFocus(Qt.FocusReason.TabFocusReason)
        form.notes.setFocus()
        form.spasm.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(form.spasm, typed)
        assert message.isVisibleTo(window), typed
        assert typed in message.text()
        assert form.spasm.severity() == kept, typed
        qtbot.keyClick(form.spasm, Qt.Key.Key_Return)
        saved = window.service.entry(TODAY)
        assert saved == Entry(TODAY, spasm_severity=kept, headache_severity=2), typed
    qtbot.keyClick(form.spasm, Qt.Key.Key_Backspace)  # starts again: the value is selected
    qtbot.keyClicks(form.spasm, "7")
    assert not message.isVisibleTo(window)
    qtbot.keyClick(form.spasm, Qt.Key.Key_Return)
    assert window.service.entry(TODAY) == Entry(TODAY, spasm_severity=7, headache_severity=2)


def test_pasted_minus_one_is_not_taken(qtbot, window: MainWindow) -> None:
    form = window.today_page.form
    form.spasm.set_severity(4)
    form.spasm.lineEdit().selectAll()
    form.spasm.lineEdit().insert("-1")
    form.spasm.interpretText()
    assert form.spasm.severity() == 4


def test_clicking_the_chosen_severity_again_keeps_it_chosen(qtbot, window: MainWindow) -> None:
    form = window.today_page.form
    five = form.scales["spasm"]._buttons[5]
    qtbot.mouseClick(five, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(five, Qt.MouseButton.LeftButton)
    assert form.spasm.severity() == 5 and five.isChecked()


# -- wheel and Enter -----------------------------------------------------------------------


def _wheel(widget: QWidget, steps: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_field_scrolls_the_form_not_the_value(
    qtbot, window: MainWindow
) -> None:
    window.resize(800, 500)
    form = window.today_page.form
    form.spasm.set_severity(4)
    form.notes.setFocus()
    bar = form.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    spins = [w for w in form.findChildren(QAbstractSpinBox) if w.isVisibleTo(form)]
    assert len(spins) >= 9
    values = [spin.text() for spin in spins]
    for spin in spins:
        _wheel(spin.lineEdit() if spin.lineEdit() else spin, -1)
    assert [spin.text() for spin in spins] == values
    assert bar.value() > 0  # the wheel scrolled the form instead
    for spin in spins:
        assert spin.focusPolicy() != Qt.FocusPolicy.WheelFocus  # the wheel gives no focus
    form.spasm.setFocus()
    _wheel(form.spasm, 1)
    assert form.spasm.severity() == 5  # with the focus, the wheel is the user's choice


def test_combo_boxes_of_a_dialog_ignore_the_wheel_unfocused(qtbot, window: MainWindow) -> None:
    from journal_app.ui.dialogs.injection_dialog import InjectionDialog

    dialog = InjectionDialog(
        window, today=TODAY, existing=[], windows_for=window.service.default_windows
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.sites_edit.setFocus()
    combos = dialog.findChildren(QComboBox)
    before = [combo.currentIndex() for combo in combos]
    for combo in combos:
        _wheel(combo, -1)
    assert [combo.currentIndex() for combo in combos] == before


def test_enter_saves_outside_the_notes_only(qtbot, window: MainWindow) -> None:
    form = window.today_page.form
    window.go_to_today()
    qtbot.keyClicks(form.spasm, "3")
    qtbot.keyClicks(form.notes, "first line")
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)
    qtbot.keyClicks(form.notes, "second line")
    assert window.service.entry(TODAY) is None
    assert form.notes.toPlainText() == "first line\nsecond line"
    qtbot.keyClick(form.triggers, Qt.Key.Key_Return)
    assert window.service.entry(TODAY) == Entry(
        TODAY, spasm_severity=3, notes="first line\nsecond line"
    )


# -- targets and banners -------------------------------------------------------------------


def test_every_target_of_the_today_page_is_at_least_32_px(qtbot, window: MainWindow) -> None:
    window.offer_demo()
    page = window.today_page
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
    small = [
        f"{type(w).__name__} {w.accessibleName() or w.objectName()} {w.width()}×{w.height()}"
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(page)
        and not isinstance(w.parentWidget(), kinds)
        and (w.width() < MIN_TARGET or w.height() < MIN_TARGET)
    ]
    assert small == []


def _where(widget: QWidget, window: MainWindow) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def test_nothing_moves_when_a_banner_goes_or_comes_back(qtbot, window: MainWindow) -> None:
    window.offer_demo()
    # A notice that comes takes two passes: the notices' room, then their scroll area's.
    QApplication.processEvents()
    QApplication.processEvents()
    form = window.today_page.form
    assert window.today_page.demo_offer.isVisibleTo(window)
    assert window.today_page.reminders.pending
    before = [_where(w, window) for w in (form.spasm, form.save_button, form.date_edit)]
    form.spasm.set_severity(2)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not window.today_page.demo_offer.isVisibleTo(window)  # data is logged: it goes
    assert not window.today_page.reminders.pending
    assert [_where(w, window) for w in (form.spasm, form.save_button, form.date_edit)] == before
    window.undo_action.trigger()
    QApplication.processEvents()
    assert window.today_page.reminders.pending
    assert [_where(w, window) for w in (form.spasm, form.save_button, form.date_edit)] == before
