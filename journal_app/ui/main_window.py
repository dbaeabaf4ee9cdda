"""The main window: menus, actions and the views of the open journal. Wiring only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from journal_app import APP_NAME
from journal_app.paths import demo_journal_path
from journal_app.settings import Settings
from journal_app.storage.errors import (
    DamagedJournal,
    JournalError,
    JournalLocked,
    JournalNotWritable,
)
from journal_app.ui.widgets.lazy_page import LazyPage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # its QEvent enums cost start-up 3 ms

    from journal_app.domain.models import Entry, Injection
    from journal_app.services.journal import JournalService
    from journal_app.storage.backups import BackupPolicy
    from journal_app.ui.dialogs.injection_dialog import InjectionDialog
    from journal_app.ui.widgets.journal_page import JournalPage
    from journal_app.ui.widgets.no_journal_page import NoJournalPage
    from journal_app.ui.widgets.today_page import TodayPage

# Only what the empty window needs is imported above: the pages, dialogs and the journal
# service (with SQLite behind it) load once the window is on screen. See benchmarks/startup.py.

Clock = Callable[[], dt.date]

JOURNAL_PATTERNS = "Relief Journal (*.sqlite *.relief)"


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
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._update_actions()
        self._update_title()
        self.resize(1100, 760)
        if not settings.window_geometry().isEmpty():
            self.restoreGeometry(settings.window_geometry())

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
        self.new_action = self._action(self.tr("&New journal…"), self.new_journal, "Ctrl+N")
        self.open_action = self._action(self.tr("&Open…"), self.choose_journal, "Ctrl+O")
        self.open_read_only_action = self._action(
            self.tr("Open &read-only…"), lambda: self.choose_journal(read_only=True)
        )
        self.demo_action = self._action(self.tr("Open the &demo journal"), self.open_demo)
        self.save_copy_action = self._action(
            self.tr("Save a &copy…"), self.save_copy, "Ctrl+Shift+S"
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
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.undo_action = self._action(self.tr("&Undo"), self._undo, "Ctrl+Z")
        self.redo_action = self._action(self.tr("&Redo"), self._redo, "Ctrl+Shift+Z")
        self.edit_action = self._action(self.tr("&Edit selected…"), self.edit_selected)
        self.delete_action = self._action(
            self.tr("&Delete selected"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        # Delete acts on the Journal tables only: the page holds it (see open_journal).
        self.removeAction(self.delete_action)
        self.profile_action = self._action(self.tr("Patient &profile…"), self.edit_profile)
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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action, self.open_read_only_action])
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addActions([self.report_action, self.print_action, self.calendar_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.delete_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.profile_action)
        edit_menu.addAction(self.preferences_action)
        journal_menu = bar.addMenu(self.tr("&Journal"))
        journal_menu.addActions([self.today_action, self.injection_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

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
            self._no_journal.create_requested.connect(self.new_journal)
            self._no_journal.open_requested.connect(self.choose_journal)
            self._stack.addWidget(self._no_journal)
        self._stack.setCurrentWidget(self._no_journal)

    # -- opening journals ----------------------------------------------------------------

    def open_journal(self, path: Path, *, read_only: bool = False, create: bool = False) -> bool:
        """Open ``path`` in this window, replacing the open journal; False if it failed."""
        opened = self._open_journal(path, read_only=read_only, create=create)
        if self.service is None:
            self.show_no_journal()
        return opened

    def _open_journal(self, path: Path, *, read_only: bool, create: bool) -> bool:
        if self.today_page is not None and not self.today_page.form.may_close():
            return False  # the user chose to stay with an unsaved day
        if not read_only and self._holds_for_writing(path):
            self._close_service()  # its lock would refuse this window its own journal
        try:
            from journal_app.services.journal import JournalService

            service = JournalService.open(
                path,
                read_only=read_only,
                create=create,
                clock=self._clock,
                windows_for=self.settings.expected_windows,
                backups=self._backup_policy(),
                parent=self,
            )
        except (JournalLocked, JournalNotWritable) as exc:
            if not read_only:
                return self._offer_read_only(path, exc)
            QMessageBox.critical(self, self.tr("Cannot open journal"), error_text(exc))
            return False
        except DamagedJournal as exc:
            return self._offer_restore(path, exc, read_only=read_only)
        except JournalError as exc:
            QMessageBox.critical(self, self.tr("Cannot open journal"), error_text(exc))
            return False
        self._close_service()
        self.service = service
        from journal_app.ui.widgets.journal_page import JournalPage
        from journal_app.ui.widgets.today_page import TodayPage

        self.today_page = TodayPage(service, self)
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
        self.today_page.status_message.connect(self._show_status)
        self.today_page.demo_requested.connect(self.open_demo)
        self.journal_page.edit_entry_requested.connect(self.edit_entry)
        self.journal_page.edit_injection_requested.connect(self.edit_injection)
        self.journal_page.selection_changed.connect(self._update_actions)
        self.settings.add_recent_journal(path)
        self._update_title()
        self._update_actions()
        if service.notices:
            self._show_status("\n".join(error_text(notice) for notice in service.notices))
        self.journal_opened.emit()
        return True

    def _backup_policy(self) -> BackupPolicy:
        """Which automatic backups are kept, as set in Preferences."""
        from journal_app.storage.backups import BackupPolicy

        kept = self.settings.backup_retention()
        return BackupPolicy(daily=kept.daily, weekly=kept.weekly, monthly=kept.monthly)

    def _close_service(self) -> None:
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        if self.service is not None:
            self.service.close()
            self.service.deleteLater()
        self.service = self.today_page = self.journal_page = self.trends_tab = None

    def new_journal(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New journal"),
            str(self._suggested_folder() / "journal.sqlite"),
            self._journal_filter(),
        )
        if not path:
            return
        target = Path(path)
        if target.exists():
            QMessageBox.warning(
                self,
                self.tr("New journal"),
                self.tr(
                    "%1 already exists. Choose another name, or open it with File › Open."
                ).replace("%1", str(target)),
            )
            return
        self.open_journal(target, create=True)

    def choose_journal(self, *, read_only: bool = False) -> None:
        title = self.tr("Open journal read-only") if read_only else self.tr("Open journal")
        path, _ = QFileDialog.getOpenFileName(
            self, title, str(self._suggested_folder()), self._journal_filter()
        )
        if path:
            self.open_journal(Path(path), read_only=read_only)

    def offer_demo(self) -> None:
        """First run: invite the newcomer to look around a demo journal."""
        if self.today_page is not None:
            self.today_page.demo_offer.show()

    def open_demo(self) -> None:
        """Open the demo journal, generating it ending today if it is not there yet."""
        from journal_app.services.demo import create_demo_journal

        path = demo_journal_path()
        if not path.exists():
            try:
                create_demo_journal(path, self._clock())
            except (JournalError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Demo journal"), error_text(exc))
                return
        if self.open_journal(path):
            self._show_status(self.tr("This is generated demo data, not a real patient's."))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_journals()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent journals")).setEnabled(False)

    def _open_recent(self, path: Path) -> None:
        if not path.exists():
            self.settings.remove_recent_journal(path)
            QMessageBox.information(
                self,
                self.tr("Open recent"),
                self.tr("%1 is no longer there; it was removed from the list.").replace(
                    "%1", str(path)
                ),
            )
            return
        self.open_journal(path)

    def save_copy(self) -> None:
        if self.service is None:
            return
        suggested = self._suggested_folder() / f"{self.service.path.stem}-copy.sqlite"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(suggested), self._journal_filter()
        )
        if not path:
            return
        try:
            self.service.save_copy(Path(path))
        except (JournalError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Copy not saved"), error_text(exc))
            return
        self._show_status(self.tr("Saved a copy to %1.").replace("%1", path))

    def _journal_filter(self) -> str:
        return JOURNAL_PATTERNS + ";;" + self.tr("All files (*)")

    def _suggested_folder(self) -> Path:
        if self.service is not None:
            return self.service.path.parent
        return Path.home()

    # -- locked, damaged and restored journals --------------------------------------------

    def _holds_for_writing(self, path: Path) -> bool:
        if self.service is None or self.service.read_only:
            return False
        try:
            return self.service.path.samefile(path)
        except OSError:
            return False

    def _ask(
        self,
        title: str,
        text: str,
        accept_text: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    ) -> bool:
        """A question whose yes names what it does; True if the user chose it."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, self)
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(accept)
        box.exec()
        return box.clickedButton() is accept

    def _offer_read_only(self, path: Path, exc: JournalError) -> bool:
        question = self.tr(
            "%1\n\nOpen it read-only instead? You can look at everything but change nothing."
        ).replace("%1", error_text(exc))
        if not self._ask(self.tr("Journal in use"), question, self.tr("Open &read-only")):
            return False
        return self.open_journal(path, read_only=True)

    def _offer_restore(self, path: Path, exc: DamagedJournal, *, read_only: bool) -> bool:
        from journal_app.storage.backups import latest_good_backup
        from journal_app.ui.dialogs.restore_dialog import taken_text

        latest = None if read_only else latest_good_backup(path)
        if latest is None:
            QMessageBox.critical(self, self.tr("Cannot open journal"), error_text(exc))
            return False
        question = (
            self.tr(
                "%1\n\nRestore its latest sound backup, taken %2 with %3 and %4? The damaged "
                "file is kept beside it."
            )
            .replace("%1", error_text(exc))
            .replace("%2", taken_text(latest))
            .replace("%3", self.tr("%Ln entries", "", latest.entries or 0))
            .replace("%4", self.tr("%Ln injections", "", latest.injections or 0))
        )
        title, accept = self.tr("Damaged journal"), self.tr("&Restore backup")
        if not self._ask(title, question, accept, QMessageBox.Icon.Warning):
            return False
        return self._restore(path, latest.path, label="damaged")

    def restore_from_backup(self) -> None:
        """File › Restore from backup: put a chosen backup in place of the open journal."""
        if self.service is None or self.service.read_only:
            return
        from journal_app.storage.backups import list_backups
        from journal_app.ui.dialogs.restore_dialog import RestoreDialog

        path = self.service.path
        with disposed(RestoreDialog(self, path, list_backups(path))) as dialog:
            chosen = dialog.chosen() if dialog.exec() else None
        if chosen is None:
            return
        if self.today_page is not None and not self.today_page.form.may_close():
            return
        self._close_service()  # frees the journal's lock for the restore
        if not self._restore(path, chosen.path) and self.service is None:
            self.open_journal(path)  # the journal as it was

    def _restore(self, journal: Path, backup: Path, *, label: str = "replaced") -> bool:
        """Put ``backup`` in place of ``journal`` (not open here), then open it; True if both."""
        from journal_app.storage.backups import restore_backup

        try:
            kept = restore_backup(backup, journal, label=label)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Backup not restored"), error_text(exc))
            return False
        if not self.open_journal(journal):
            return False
        note = self.tr("Restored the backup %1.").replace("%1", backup.name)
        if kept is not None:
            note += " " + self.tr("The journal it replaced is kept as %1.").replace("%1", str(kept))
        self._show_status(note)
        return True

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
        from journal_app.domain.validation import InvalidRecord

        if self.service is None or self.service.read_only:
            return
        with disposed(self._injection_dialog(None)) as dialog:
            while dialog.exec():
                try:
                    self.service.record_injection(dialog.injection())
                except (InvalidRecord, JournalError) as exc:
                    QMessageBox.warning(self, self.tr("Injection not saved"), error_text(exc))
                    continue
                self._show_status(self.tr("Injection recorded."))
                return

    def edit_injection(self, injection: Injection) -> None:
        from journal_app.domain.validation import InvalidRecord

        if self.service is None or self.service.read_only:
            return
        with disposed(self._injection_dialog(injection)) as dialog:
            while dialog.exec():
                try:
                    self.service.update_injection(dialog.injection())
                except (InvalidRecord, JournalError) as exc:
                    QMessageBox.warning(self, self.tr("Injection not saved"), error_text(exc))
                    continue
                return

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
            else:
                return
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        self._show_status(self.tr("Deleted %1. Undo with Ctrl+Z.").replace("%1", what))

    def edit_profile(self) -> None:
        from journal_app.domain.validation import InvalidRecord

        if self.service is None or self.service.read_only:
            return
        from journal_app.ui.dialogs.profile_dialog import ProfileDialog

        profile_dialog = ProfileDialog(self, self.service.profile(), self.service.today())
        # On failure the same dialog comes back, still holding what was typed.
        with disposed(profile_dialog) as dialog:
            while dialog.exec():
                try:
                    self.service.save_profile(dialog.profile())
                except (InvalidRecord, JournalError) as exc:
                    QMessageBox.warning(self, self.tr("Profile not saved"), error_text(exc))
                    continue
                return

    def _undo(self) -> None:
        if self.service is not None and not self.service.read_only:
            self.service.undo_stack.undo()

    def _redo(self) -> None:
        if self.service is not None and not self.service.read_only:
            self.service.undo_stack.redo()

    # -- state ---------------------------------------------------------------------------

    def export_report(self, *, printing: bool = False) -> None:
        """The clinician report: choose its range and sections, then save or print it."""
        if self.service is None:
            return
        from journal_app.ui.dialogs.report_dialog import ReportDialog

        with disposed(ReportDialog(self.service, self, printing=printing)) as dialog:
            if dialog.exec() and dialog.saved_path is not None:
                self._show_status(
                    self.tr("Saved the report to %1.").replace("%1", str(dialog.saved_path))
                )

    def export_calendar(self) -> None:
        if self.service is None:
            return
        from journal_app.ui.dialogs.report_dialog import export_calendar

        message = export_calendar(self, self.service)
        if message:
            self._show_status(message)

    def _update_actions(self) -> None:
        service = self.service
        writable = service is not None and not service.read_only
        for action in (self.injection_action, self.profile_action):
            action.setEnabled(writable)
            action.setVisible(service is None or not service.read_only)
        has_selection = bool(self.journal_page and self.journal_page.current_selection())
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(writable and has_selection)
            action.setVisible(service is None or not service.read_only)
        stack = service.undo_stack if service else None
        self.undo_action.setEnabled(writable and stack is not None and stack.canUndo())
        self.redo_action.setEnabled(writable and stack is not None and stack.canRedo())
        if stack is not None:
            self.undo_action.setToolTip(self.tr("Undo: %1").replace("%1", stack.undoText()))
            self.redo_action.setToolTip(self.tr("Redo: %1").replace("%1", stack.redoText()))
        self.save_copy_action.setEnabled(service is not None)
        self.restore_action.setEnabled(writable)
        self.today_action.setEnabled(service is not None)
        for action in (self.report_action, self.print_action, self.calendar_action):
            action.setEnabled(service is not None)

    def _update_title(self) -> None:
        if self.service is None:
            self.setWindowTitle(APP_NAME)
            return
        name = self.service.profile().name or self.service.path.name
        suffix = self.tr(" (read-only)") if self.service.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — {APP_NAME}")

    def _show_status(self, message: str) -> None:
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
            self._show_status(restart_note())

    def show_shortcuts(self) -> None:
        """Help › Keyboard shortcuts: read from the actions themselves, so the list stays true."""

        def keys(*actions: QAction) -> str:
            native = QKeySequence.SequenceFormat.NativeText
            return " / ".join(action.shortcut().toString(native) for action in actions)

        def key(text: str) -> str:
            return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)

        rows = [
            (keys(self.today_action), self.tr("Go to today's form, spasm severity focused")),
            (self.tr("0 – 10"), self.tr("Type a number to set the focused severity")),
            (key("Del"), self.tr("Clear the focused severity (not logged)")),
            (key("Tab"), self.tr("Move from spasm to headache severity, and on through the form")),
            (key("Ctrl+Return"), self.tr("Save the day (in the day form)")),
            (keys(self.injection_action), self.tr("Record an injection")),
            (keys(self.report_action), self.tr("Export the clinician report (PDF)")),
            (keys(self.undo_action, self.redo_action), self.tr("Undo / redo")),
            (keys(self.delete_action), self.tr("Delete the selected entry or injection")),
            (keys(self.open_action, self.new_action), self.tr("Open / new journal")),
            (keys(self.save_copy_action), self.tr("Save a copy of the journal")),
            (keys(self.preferences_action), self.tr("Preferences")),
            (
                self.tr("Arrow keys, Page Up / Page Down, Home"),
                self.tr(
                    "In the Trends calendar: move a day, a week or a month; Home goes to today"
                ),
            ),
            (keys(self.quit_action), self.tr("Quit")),
        ]
        table = "".join(
            f"<tr><td><b>{shortcut}</b></td><td>{what}</td></tr>" for shortcut, what in rows
        )
        QMessageBox.information(
            self, self.tr("Keyboard shortcuts"), f"<table cellspacing='6'>{table}</table>"
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.today_page is not None and not self.today_page.form.may_close():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self._close_service()
        event.accept()


def _trends_page(service: JournalService, parent: QWidget) -> QWidget:
    # pyqtgraph (and numpy) load here, when the Trends tab is first opened, not at start-up.
    from journal_app.ui.widgets.trends_page import TrendsPage

    return TrendsPage(service, parent)


# The error and text helpers pull in the domain's rules and analytics: loaded when needed.
def error_text(exc: BaseException) -> str:
    from journal_app.ui.errors import error_text as translated

    return translated(exc)


def short_date(day: dt.date) -> str:
    from journal_app.ui.text import short_date as formatted

    return formatted(day)


DialogT = TypeVar("DialogT", bound=QDialog)


@contextmanager
def disposed(dialog: DialogT) -> Iterator[DialogT]:
    """A dialog that is deleted once used (a child of the window would otherwise live on)."""
    try:
        yield dialog
    finally:
        dialog.deleteLater()
