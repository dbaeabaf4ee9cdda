"""The main window: undo and redo, read-only journals, several journals, the title bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from journal_app.domain.models import Entry, Indication, Injection, Product, Profile
from journal_app.domain.windows import default_windows
from journal_app.services.journal import JournalService
from journal_app.settings import Settings
from journal_app.ui.main_window import MainWindow

from .conftest import TODAY


def _injection(day: dt.date) -> Injection:
    return Injection(
        day,
        Product.ONABOTULINUMTOXIN_A,
        155,
        Indication.CHRONIC_MIGRAINE,
        default_windows(Indication.CHRONIC_MIGRAINE),
    )


def _select_entry(window: MainWindow, day: dt.date) -> None:
    page = window.journal_page
    page.entries_view.setFocus()
    page.entries_view.selectRow(page.entries_model.row_of(day))


def test_edit_delete_undo_redo(qtbot, window: MainWindow) -> None:
    service = window.service
    day = TODAY - dt.timedelta(days=3)
    service.save_entry(Entry(day, spasm_severity=5))
    service.save_entry(Entry(day, spasm_severity=2))
    window.tabs.setCurrentWidget(window.journal_page)
    _select_entry(window, day)
    assert window.delete_action.isEnabled()
    window.delete_action.trigger()
    assert service.entry(day) is None
    assert window.journal_page.entries_model.rowCount() == 0

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.entry(day) == Entry(day, spasm_severity=2)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert service.entry(day) == Entry(day, spasm_severity=5)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, shift_ctrl)
    qtbot.keyClick(window, Qt.Key.Key_Z, shift_ctrl)
    assert service.entry(day) is None
    assert window.journal_page.entries_model.rowCount() == 0


def test_undo_reaches_the_file(window: MainWindow, journal_path: Path) -> None:
    window.service.save_entry(Entry(TODAY, headache_severity=3))
    window.undo_action.trigger()
    reopened = JournalService.open(journal_path, read_only=True)
    try:
        assert reopened.entries() == []
    finally:
        reopened.close()


def test_record_edit_and_undo_an_injection(qtbot, window: MainWindow, monkeypatch) -> None:
    from journal_app.ui.dialogs.injection_dialog import InjectionDialog

    recorded = _injection(TODAY - dt.timedelta(days=10))
    monkeypatch.setattr(InjectionDialog, "exec", lambda self: 1)
    monkeypatch.setattr(InjectionDialog, "injection", lambda self: recorded)
    window.tabs.setCurrentWidget(window.journal_page)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    [saved] = window.service.injections()
    assert saved == recorded and saved.id is not None
    assert window.journal_page.injections_model.rowCount() == 1
    window.undo_action.trigger()
    assert window.service.injections() == []
    window.redo_action.trigger()
    assert [i.id for i in window.service.injections()] == [saved.id]


def test_read_only_journal_offers_no_edit_action(
    qtbot, settings: Settings, journal_path: Path
) -> None:
    seeded = JournalService.open(journal_path, create=True, clock=lambda: TODAY)
    seeded.save_entry(Entry(TODAY, spasm_severity=1))
    seeded.save_profile(Profile(name="Sam"))
    seeded.close()
    before = journal_path.read_bytes()

    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(journal_path, read_only=True)
    assert "read-only" in window.windowTitle() and "Sam" in window.windowTitle()
    assert window.today_page.banner.isVisibleTo(window)
    form = window.today_page.form
    assert form.spasm.isReadOnly() and form.notes.isReadOnly()
    assert form.save_button.isHidden() and not form.save()
    for action in (
        window.injection_action,
        window.edit_action,
        window.delete_action,
        window.profile_action,
        window.undo_action,
        window.redo_action,
    ):
        assert not action.isEnabled()
        assert not action.isVisible() or action in (window.undo_action, window.redo_action)
    window.record_injection()
    window.delete_selected()
    assert window.service.injections() == []
    assert journal_path.read_bytes() == before


def test_title_names_the_patient_and_the_app(window: MainWindow) -> None:
    assert window.windowTitle().endswith("Relief Journal")
    window.service.save_profile(Profile(name="Alex"))
    assert window.windowTitle() == "Alex — Relief Journal"


def test_open_another_journal_and_recent_list(
    qtbot, window: MainWindow, tmp_path: Path, settings: Settings
) -> None:
    other = tmp_path / "other.sqlite"
    assert window.open_journal(other, create=True)
    assert window.service.path == other
    recent = settings.recent_journals()
    assert recent[0] == other.resolve()
    assert len(recent) == 2


def test_a_file_that_is_not_a_journal_is_refused_unchanged(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: messages.append(a[2])))
    text_file = tmp_path / "notes.txt"
    text_file.write_text("shopping list\n" * 20)
    current = window.service
    assert not window.open_journal(text_file)
    assert messages and "not a Relief Journal" in messages[0]
    assert window.service is current
    assert text_file.read_text() == "shopping list\n" * 20


def test_without_a_journal_the_window_offers_to_create_one(
    qtbot, settings: Settings, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: None))
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    not_a_journal = tmp_path / "notes.txt"
    not_a_journal.write_text("shopping list\n")
    assert not window.open_journal(not_a_journal)
    window.show()
    no_journal = window.centralWidget().currentWidget()
    assert "No journal is open." in [label.text() for label in no_journal.findChildren(QLabel)]

    from journal_app.ui.dialogs.journal_dialogs import NewJournalDialog

    def name_it(dialog: NewJournalDialog) -> int:
        qtbot.keyClicks(dialog.name_edit, "Sam")
        dialog.file_edit.setText(str(tmp_path / "fresh.sqlite"))
        return 1

    monkeypatch.setattr(NewJournalDialog, "exec", name_it)
    qtbot.mouseClick(no_journal.create_button, Qt.MouseButton.LeftButton)
    assert window.service is not None and window.service.path == tmp_path / "fresh.sqlite"
    assert window.centralWidget().currentWidget() is window.tabs


def test_save_a_copy(window: MainWindow, tmp_path: Path) -> None:
    window.service.save_entry(Entry(TODAY, spasm_severity=9))
    copy = tmp_path / "copy.sqlite"
    window.service.save_copy(copy)
    reopened = JournalService.open(copy, read_only=True)
    try:
        assert reopened.entries() == [Entry(TODAY, spasm_severity=9)]
    finally:
        reopened.close()


def test_first_run_offers_a_demo_journal(qtbot, window: MainWindow) -> None:
    from journal_app.paths import demo_journal_path

    window.offer_demo()
    offer = window.today_page.demo_offer
    assert offer.isVisibleTo(window)
    with qtbot.waitSignal(window.journal_opened):
        window.today_page.demo_requested.emit()
    assert window.service.path == demo_journal_path()
    assert len(window.service.injections()) >= 8
    assert len(window.service.entries()) > 900
    assert window.windowTitle().startswith("Alex Demo")


def test_journal_tables_list_newest_first_and_sort_on_header_click(
    qtbot, window: MainWindow
) -> None:
    days = [TODAY - dt.timedelta(days=n) for n in (5, 1, 3)]
    for severity, day in enumerate(days):
        window.service.save_entry(Entry(day, spasm_severity=severity))
    window.tabs.setCurrentWidget(window.journal_page)
    model = window.journal_page.entries_model
    assert [model.entry_at(row).day for row in range(3)] == sorted(days, reverse=True)
    window.journal_page.entries_view.sortByColumn(model.COL_SPASM, Qt.SortOrder.AscendingOrder)
    assert [model.entry_at(row).spasm_severity for row in range(3)] == [0, 1, 2]
    window.service.save_entry(Entry(TODAY, spasm_severity=1))  # a reload keeps the order
    assert [model.entry_at(row).spasm_severity for row in range(4)] == [0, 1, 1, 2]


def test_trends_load_when_their_tab_is_first_opened(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.trends_tab is not None and window.trends_tab.page is None
    window.tabs.setCurrentWidget(window.trends_tab)
    from journal_app.ui.widgets.trends_page import TrendsPage

    assert isinstance(window.trends_tab.page, TrendsPage)
    # Opening another journal replaces every page, the built Trends page included.
    assert window.open_journal(tmp_path / "second.sqlite", create=True)
    assert window.trends_tab.page is None
    window.tabs.setCurrentWidget(window.trends_tab)
    assert isinstance(window.trends_tab.page, TrendsPage)


def test_delete_on_the_today_tab_deletes_nothing(qtbot, window: MainWindow) -> None:
    day = TODAY - dt.timedelta(days=1)
    window.service.save_entry(Entry(day, spasm_severity=5))
    window.tabs.setCurrentWidget(window.journal_page)
    _select_entry(window, day)
    window.go_to_today()
    qtbot.keyClick(window.today_page.form.save_button, Qt.Key.Key_Delete)
    window.delete_action.trigger()  # the Edit menu, with the Journal tab out of sight
    assert window.service.entry(day) == Entry(day, spasm_severity=5)
    window.tabs.setCurrentWidget(window.journal_page)
    window.journal_page.entries_view.setFocus()
    qtbot.keyClick(window.journal_page.entries_view, Qt.Key.Key_Delete)
    assert window.service.entry(day) is None


def test_opening_another_journal_asks_about_an_unsaved_day(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel)
    )
    window.today_page.form.spasm.set_severity(8)
    first = window.service
    assert not window.open_journal(tmp_path / "other.sqlite", create=True)
    assert window.service is first and window.today_page.form.spasm.severity() == 8
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Save)
    )
    assert window.open_journal(tmp_path / "other.sqlite", create=True)
    saved = JournalService.open(first.path, read_only=True)
    try:
        assert saved.entry(TODAY) == Entry(TODAY, spasm_severity=8)
    finally:
        saved.close()


def test_dialogs_are_deleted_once_used(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.dialogs.entry_dialog import EntryDialog

    window.service.save_entry(Entry(TODAY, spasm_severity=1))
    monkeypatch.setattr(EntryDialog, "exec", lambda self: 0)
    for _ in range(3):
        window.edit_entry(Entry(TODAY))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert window.findChildren(EntryDialog) == []


def test_tables_size_their_columns_after_the_first_record(qtbot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.journal_page)  # first shown empty
    QApplication.processEvents()
    view = window.journal_page.injections_view
    window.service.record_injection(_injection(TODAY - dt.timedelta(days=3)))
    for column in range(view.model().columnCount() - 1):  # the last one stretches
        assert view.columnWidth(column) >= view.sizeHintForColumn(column), column
