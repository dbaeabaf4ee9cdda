"""The main window: menus, actions and the views of the open journal. Wiring only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from journal_app import APP_NAME
from journal_app.settings import Settings
from journal_app.storage.errors import JournalError
from journal_app.ui.dialogs.dialog_loop import disposed, save_until_done
from journal_app.ui.fitting import fit_to_screen
from journal_app.ui.journal_files import JournalFiles, error_text
from journal_app.ui.widgets.lazy_page import LazyPage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # its QEvent enums cost start-up 3 ms

    from journal_app.domain.models import Entry, Injection
    from journal_app.services.journal import JournalService
    from journal_app.ui.dialogs.injection_dialog import InjectionDialog
    from journal_app.ui.input_guard import InputGuard
    from journal_app.ui.widgets.journal_page import JournalPage
    from journal_app.ui.widgets.no_journal_page import NoJournalPage
    from journal_app.ui.widgets.today_page import TodayPage

# Only what the empty window needs is imported above: the pages, dialogs and the journal
# service (with SQLite behind it) load once the window is on screen. See benchmarks/startup.py.

Clock = Callable[[], dt.date]


class MainWindow(QMainWindow):
    """Holds at most one open journal; File › Open swaps it for another."""

    journal_opened = Signal()

    def __init__(
        self, settings: Settings, *, clock: Clock = dt.date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._clock = clock
        self.service: JournalService | None = None
        self.today_page: TodayPage | None = None
        self.journal_page: JournalPage | None = None
        self.trends_tab: LazyPage | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.tabBar().setAccessibleName(self.tr("Views"))
        # Until a journal opens, the tabs stand empty; if none does, show_no_journal() says so.
        self._no_journal: NoJournalPage | None = None
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.tabs)
        self.setCentralWidget(self._stack)
        self.files = JournalFiles(self, self, settings, clock)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        # Made now, not with the first message: appearing then, it would move Save up.
        self.statusBar()
        self._update_actions()
        self._update_title()
        self.resize(1100, 760)
        if not settings.window_geometry().isEmpty():
            self.restoreGeometry(settings.window_geometry())
        self._fitted = False
        self._guard: InputGuard | None = None

    # -- building ------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut is not None:
            # setShortcuts, not setShortcut: resolving the latter's overloads has PySide build
            # the whole Qt namespace's enums, ~20 ms before the window can show.
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New journal…"), self.files.new_journal, "Ctrl+N")
        self.open_action = self._action(self.tr("&Open…"), self.files.choose_journal, "Ctrl+O")
        self.open_read_only_action = self._action(
            self.tr("Open &read-only…"), lambda: self.files.choose_journal(read_only=True)
        )
        self.demo_action = self._action(self.tr("Open the &demo journal"), self.files.open_demo)
        self.save_copy_action = self._action(
            self.tr("Save a &copy…"), self.files.save_copy, "Ctrl+Shift+S"
        )
        self.restore_action = self._action(
            self.tr("Restore from &backup…"), self.restore_from_backup
        )
        self.report_action = self._action(
            self.tr("Export &report (PDF)…"), self.export_report, "Ctrl+P"
        )
        self.print_action = self._action(
            self.tr("&Print report…"), lambda: self.export_report(printing=True)
        )
        self.calendar_action = self._action(
            self.tr("Export &calendar (.ics)…"), self.export_calendar
        )
        self.fhir_action = self._action(self.tr("Export for c&linics (FHIR)…"), self.export_fhir)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.undo_action = self._action(self.tr("&Undo"), self._undo, "Ctrl+Z")
        self.redo_action = self._action(self.tr("&Redo"), self._redo, "Ctrl+Shift+Z")
        self.edit_action = self._action(self.tr("&Edit selected…"), self.edit_selected)
        self.delete_action = self._action(
            self.tr("&Delete selected"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        # Delete acts on the Journal tables only: the page holds it (see show_journal).
        self.removeAction(self.delete_action)
        self.profile_action = self._action(self.tr("Patient &profile…"), self.edit_profile)
        self.goals_action = self._action(self.tr("&Goals…"), self.edit_goals)
        self.preferences_action = self._action(
            self.tr("Pre&ferences…"), self.show_preferences, "Ctrl+,"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.today_action = self._action(self.tr("&Today"), self.go_to_today, "Ctrl+T")
        self.injection_action = self._action(
            self.tr("Record &injection…"), self.record_injection, "Ctrl+I"
        )
        self.about_action = self._action(self.tr("&About Relief Journal"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.guide_action = self._action(self.tr("&User guide"), self.show_user_guide, "F1")
        self.onset_help_action = self._action(
            self.tr("&Onset, wear-off and the windows"), self.show_onset_help
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action, self.open_read_only_action])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.report_action, self.print_action, self.calendar_action, self.fhir_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.profile_action)
        edit_menu.addAction(self.goals_action)
        edit_menu.addAction(self.preferences_action)
        journal_menu = bar.addMenu(self.tr("&Journal"))
        journal_menu.addActions([self.today_action, self.injection_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.onset_help_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)  # its actions have no icons: every style shows their text
        toolbar.addActions([self.today_action, self.injection_action])
        toolbar.addSeparator()
        toolbar.addActions([self.edit_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])

    def show_no_journal(self) -> None:
        """The window without a journal: say so and offer to create or open one."""
        from journal_app.ui.widgets.no_journal_page import NoJournalPage

        if self._no_journal is None:
            self._no_journal = NoJournalPage(self)
            self._no_journal.create_requested.connect(self.files.new_journal)
            self._no_journal.open_requested.connect(self.files.choose_journal)
            self._stack.addWidget(self._no_journal)
        self._stack.setCurrentWidget(self._no_journal)

    # -- the open journal -----------------------------------------------------------------

    def open_journal(self, path: Path, *, read_only: bool = False, create: bool = False) -> bool:
        """Open ``path`` in this window, replacing the open journal; False if it failed."""
        opened = self.files.open(path, read_only=read_only, create=create)
        if self.service is None:
            self.show_no_journal()
        return opened

    def may_leave_journal(self) -> bool:
        """Whether the open journal may go (asks about an unsaved day first)."""
        return self.today_page is None or self.today_page.form.may_close()

    def show_journal(self, service: JournalService) -> None:
        """Show the pages of ``service``, the journal just opened."""
        self._guard_input()
        self.service = service
        from journal_app.ui.widgets.journal_page import JournalPage
        from journal_app.ui.widgets.today_page import TodayPage

        self.today_page = TodayPage(service, self.settings, self)
        self.journal_page = JournalPage(service, self)
        self.journal_page.hold_action(self.delete_action)
        self.tabs.addTab(self.today_page, self.tr("Today"))
        self.tabs.addTab(self.journal_page, self.tr("Journal"))
        self.trends_tab = LazyPage(lambda parent: _trends_page(service, parent), self)
        self.tabs.addTab(self.trends_tab, self.tr("Trends"))
        self._stack.setCurrentWidget(self.tabs)
        service.profile_changed.connect(self._update_title)
        service.write_failed.connect(self._show_write_failure)
        service.undo_stack.indexChanged.connect(self._update_actions)
        self.today_page.status_message.connect(self.show_status)
        self.today_page.demo_requested.connect(self.files.open_demo)
        self.journal_page.edit_entry_requested.connect(self.edit_entry)
        self.journal_page.edit_injection_requested.connect(self.edit_injection)
        self.journal_page.selection_changed.connect(self._update_actions)
        self._update_title()
        self._update_actions()
        self.journal_opened.emit()

    def _guard_input(self) -> None:
        """Undo and redo mean the journal from anywhere in this window, a text field too; the
        wheel turns no value it is not focused on (see InputGuard). Installed with the first
        journal, not before the window shows: its event types would cost start-up ~20 ms."""
        from journal_app.ui.input_guard import InputGuard

        app = QApplication.instance()
        if self._guard is not None or app is None:
            return
        guard = self._guard = InputGuard(self, self._journal_keys, self)
        app.installEventFilter(guard)
        self.destroyed.connect(lambda: app.removeEventFilter(guard))

    def close_journal(self) -> None:
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        if self.service is not None:
            self.service.close()
            self.service.deleteLater()
        self.service = self.today_page = self.journal_page = self.trends_tab = None

    def offer_demo(self) -> None:
        """First run: invite the newcomer to look around a demo journal."""
        if self.today_page is not None:
            self.today_page.offer_demo()

    def restore_from_backup(self) -> None:
        self.files.restore_from_backup()

    # -- editing -------------------------------------------------------------------------

    def show_every_view(self) -> None:
        """Bring each tab on screen once (benchmarks and screenshots measure the whole app)."""
        for index in range(self.tabs.count()):
            self.tabs.setCurrentIndex(index)
            QApplication.processEvents()
        self.tabs.setCurrentIndex(0)

    def go_to_today(self) -> None:
        if self.today_page is None:
            return
        self.tabs.setCurrentWidget(self.today_page)
        self.today_page.form.focus_today()

    def record_injection(self) -> None:
        service = self.service
        if service is None or service.read_only:
            return
        failed = self.tr("Injection not saved")
        dialog = self._injection_dialog(None)
        if save_until_done(dialog, lambda d: service.record_injection(d.injection()), failed):
            self.show_status(self.tr("Injection recorded."))

    def edit_injection(self, injection: Injection) -> None:
        service = self.service
        if service is None or service.read_only:
            return
        failed = self.tr("Injection not saved")
        dialog = self._injection_dialog(injection)
        save_until_done(dialog, lambda d: service.update_injection(d.injection()), failed)

    def _injection_dialog(self, injection: Injection | None) -> InjectionDialog:
        from journal_app.ui.dialogs.injection_dialog import InjectionDialog

        assert self.service is not None
        return InjectionDialog(
            self,
            today=self.service.today(),
            existing=self.service.injections(),
            windows_for=self.service.default_windows,
            injection=injection,
        )

    def edit_entry(self, entry: Entry) -> None:
        if self.service is None or self.service.read_only:
            return
        from journal_app.ui.dialogs.entry_dialog import EntryDialog

        with disposed(EntryDialog(self.service, entry.day, self)) as dialog:
            dialog.exec()

    def edit_selected(self) -> None:
        from journal_app.domain.models import Entry, Injection

        selected = self.journal_page.current_selection() if self.journal_page else None
        if isinstance(selected, Entry):
            self.edit_entry(selected)
        elif isinstance(selected, Injection):
            self.edit_injection(selected)

    def delete_selected(self) -> None:
        from journal_app.domain.checkins import CheckIn
        from journal_app.domain.models import Entry, Injection

        if self.service is None or self.service.read_only or self.journal_page is None:
            return
        if self.tabs.currentWidget() is not self.journal_page:
            return  # nothing on screen is selected: never delete what the user cannot see
        selected = self.journal_page.current_selection()
        try:
            if isinstance(selected, Entry):
                self.service.delete_entry(selected.day)
                what = self.tr("the entry of %1").replace("%1", short_date(selected.day))
            elif isinstance(selected, Injection) and selected.id is not None:
                self.service.delete_injection(selected.id)
                what = self.tr("the injection of %1").replace("%1", short_date(selected.day))
            elif isinstance(selected, CheckIn):
                self.service.delete_checkin(selected.key)
                what = self.tr("the check-in of the injection of %1").replace(
                    "%1", short_date(selected.session_date)
                )
            else:
                return
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        self.show_status(self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", what))

    def edit_profile(self) -> None:
        service = self.service
        if service is None or service.read_only:
            return
        from journal_app.ui.dialogs.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self, service.profile(), service.today())
        save_until_done(
            dialog, lambda d: service.save_profile(d.profile()), self.tr("Profile not saved")
        )

    def edit_goals(self) -> None:
        """Each track's personal goals, saved as one step that Ctrl+Z undoes."""
        from journal_app.ui.dialogs.goals_dialog import GoalsDialog

        service = self.service
        if service is not None and not service.read_only:
            dialog = GoalsDialog(self, service.goal_tracks(), service.all_goals())
            failed = self.tr("Goals not saved")
            save_until_done(dialog, lambda d: service.save_all_goals(d.changes()), failed)

    def _journal_keys(self) -> list[QKeySequence]:
        return [*self.undo_action.shortcuts(), *self.redo_action.shortcuts()]

    def _undo(self) -> None:
        service = self.service
        if service is None or service.read_only or not service.undo_stack.canUndo():
            return
        what = service.undo_stack.undoText()
        service.undo_stack.undo()
        self.show_status(self.tr("Undone: %1.").replace("%1", what))

    def _redo(self) -> None:
        service = self.service
        if service is None or service.read_only or not service.undo_stack.canRedo():
            return
        what = service.undo_stack.redoText()
        service.undo_stack.redo()
        self.show_status(self.tr("Redone: %1.").replace("%1", what))

    # -- state ---------------------------------------------------------------------------

    def export_report(self, *, printing: bool = False) -> None:
        """The clinician report: choose its range and sections, then save or print it."""
        if self.service is None:
            return
        from journal_app.ui.dialogs.report_dialog import ReportDialog

        with disposed(ReportDialog(self.service, self, printing=printing)) as dialog:
            if dialog.exec() and dialog.saved_path is not None:
                self.show_status(
                    self.tr("Saved the report to %1.").replace("%1", str(dialog.saved_path))
                )

    def export_calendar(self) -> None:
        if self.service is None:
            return
        from journal_app.ui.dialogs.report_dialog import export_calendar

        message = export_calendar(self, self.service)
        if message:
            self.show_status(message)

    def export_fhir(self) -> None:
        """The whole journal as a FHIR file for a clinic's records system."""
        if self.service is None:
            return
        from journal_app.ui.dialogs.fhir_export import export_fhir

        message = export_fhir(self, self.service)
        if message:
            self.show_status(message)

    def _update_actions(self) -> None:
        service = self.service
        writable = service is not None and not service.read_only
        for action in (self.injection_action, self.profile_action, self.goals_action):
            action.setEnabled(writable)
            action.setVisible(service is None or not service.read_only)
        selected = self.journal_page.current_selection() if self.journal_page else None
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(writable and selected is not None)
            action.setVisible(service is None or not service.read_only)
        # A check-in is answered again on Today's card, not edited here.
        self.edit_action.setEnabled(self.edit_action.isEnabled() and _editable(selected))
        stack = service.undo_stack if service else None
        self.undo_action.setEnabled(writable and stack is not None and stack.canUndo())
        self.redo_action.setEnabled(writable and stack is not None and stack.canRedo())
        if stack is not None:
            self.undo_action.setToolTip(self.tr("Undo: %1").replace("%1", stack.undoText()))
            self.redo_action.setToolTip(self.tr("Redo: %1").replace("%1", stack.redoText()))
        self.save_copy_action.setEnabled(service is not None)
        self.restore_action.setEnabled(writable)
        self.today_action.setEnabled(service is not None)
        exports = (self.report_action, self.print_action, self.calendar_action, self.fhir_action)
        for action in exports:
            action.setEnabled(service is not None)

    def _update_title(self) -> None:
        if self.service is None:
            self.setWindowTitle(APP_NAME)
            return
        name = self.service.profile().name or self.service.path.name
        suffix = self.tr(" (read-only)") if self.service.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — {APP_NAME}")

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _show_write_failure(self, error: JournalError) -> None:
        QMessageBox.warning(self, self.tr("Change not saved"), error_text(error))

    # -- help ----------------------------------------------------------------------------

    def show_about(self) -> None:
        from journal_app.ui.dialogs.about_dialog import AboutDialog

        with disposed(AboutDialog(self)) as dialog:
            dialog.exec()

    def show_preferences(self) -> None:
        """Edit › Preferences: a new theme shows at once, a new language from the next start."""
        from journal_app.i18n import restart_note
        from journal_app.ui.dialogs.preferences_dialog import PreferencesDialog
        from journal_app.ui.theme import apply_theme

        language = self.settings.language()
        with disposed(PreferencesDialog(self, self.settings)) as dialog:
            if not dialog.exec():
                return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme())
        if self.settings.language() != language:
            self.show_status(restart_note())

    def show_user_guide(self) -> None:
        from journal_app.ui.dialogs.help_dialog import user_guide

        with disposed(user_guide(self)) as dialog:
            dialog.exec()

    def show_onset_help(self) -> None:
        from journal_app.ui.dialogs.help_dialog import onset_help

        with disposed(onset_help(self)) as dialog:
            dialog.exec()

    def show_shortcuts(self) -> None:
        from journal_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        with disposed(ShortcutsDialog(self, self)) as dialog:
            dialog.exec()

    def setVisible(self, visible: bool) -> None:
        # Not showEvent: wrapping its event for Python would cost start-up its QEvent enums.
        super().setVisible(visible)
        if visible and not self._fitted:
            # A geometry saved on a larger screen, or at another scale, must not overflow.
            self._fitted = True
            fit_to_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.today_page is not None and not self.today_page.form.may_close():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.close_journal()
        event.accept()


def _trends_page(service: JournalService, parent: QWidget) -> QWidget:
    # pyqtgraph (and numpy) load here, when the Trends tab is first opened, not at start-up.
    from journal_app.ui.widgets.trends_page import TrendsPage

    return TrendsPage(service, parent)


# The text helpers pull in the domain's rules and analytics: loaded when needed.


def _editable(selected: object) -> bool:
    """Whether Edit selected… opens a dialog for ``selected`` (check-ins are answered again
    on Today's card instead)."""
    from journal_app.domain.models import Entry, Injection

    return isinstance(selected, (Entry, Injection))


def short_date(day: dt.date) -> str:
    from journal_app.wording.text import short_date as formatted

    return formatted(day)
