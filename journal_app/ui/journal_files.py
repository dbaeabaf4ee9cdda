"""The File menu's flows: new, open, open read-only, recent, demo, save a copy, restore."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from journal_app.paths import demo_journal_path
from journal_app.settings import Settings
from journal_app.storage.errors import (
    DamagedJournal,
    JournalError,
    JournalLocked,
    JournalNotWritable,
)
from journal_app.ui.dialogs.dialog_loop import disposed

if TYPE_CHECKING:
    from journal_app.services.journal import JournalService
    from journal_app.storage.backups import BackupPolicy

# Only what the empty window needs is imported above: the journal service (with SQLite behind
# it) and the dialogs load once the window is on screen. See benchmarks/startup.py.

JOURNAL_PATTERNS = "Relief Journal (*.sqlite *.relief)"


class JournalHost(Protocol):
    """What the controller asks of the window that shows the open journal."""

    service: JournalService | None

    def may_leave_journal(self) -> bool: ...

    def close_journal(self) -> None: ...

    def show_journal(self, service: JournalService) -> None: ...

    def show_status(self, message: str) -> None: ...


class JournalFiles(QObject):
    """Opens, creates, copies and restores journal files for ``host``, asking what it must."""

    def __init__(
        self,
        host: JournalHost,
        parent: QWidget,
        settings: Settings,
        clock: Callable[[], dt.date],
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._window = parent
        self._settings = settings
        self._clock = clock

    # -- opening -------------------------------------------------------------------------

    def open(self, path: Path, *, read_only: bool = False, create: bool = False) -> bool:
        """Open ``path`` in place of the open journal; False if it failed or was cancelled."""
        if not self._host.may_leave_journal():
            return False  # the user chose to stay with an unsaved day
        if not read_only and self._holds_for_writing(path):
            self._host.close_journal()  # its lock would refuse this window its own journal
        try:
            from journal_app.services.journal import JournalService

            service = JournalService.open(
                path,
                read_only=read_only,
                create=create,
                clock=self._clock,
                windows_for=self._settings.expected_windows,
                backups=self._backup_policy(),
                parent=self._window,
            )
        except (JournalLocked, JournalNotWritable) as exc:
            if not read_only:
                return self._offer_read_only(path, exc)
            self._cannot_open(exc)
            return False
        except DamagedJournal as exc:
            return self._offer_restore(path, exc, read_only=read_only)
        except JournalError as exc:
            self._cannot_open(exc)
            return False
        self._host.close_journal()
        self._host.show_journal(service)
        self._settings.add_recent_journal(path)
        self._remember_patient(service)
        service.profile_changed.connect(lambda: self._remember_patient(service))
        if service.notices:
            self._host.show_status("\n".join(error_text(notice) for notice in service.notices))
        return True

    def _remember_patient(self, service: JournalService) -> None:
        self._settings.remember_patient(service.path, service.profile().name)

    def known_journals(self) -> list[tuple[str, Path]]:
        """The recent journals as (patient name, path), most recent first."""
        return [(self._settings.patient_name(p), p) for p in self._settings.recent_journals()]

    def _cannot_open(self, exc: JournalError) -> None:
        QMessageBox.critical(self._window, self.tr("Cannot open journal"), error_text(exc))

    def _backup_policy(self) -> BackupPolicy:
        """Which automatic backups are kept, as set in Preferences."""
        from journal_app.storage.backups import BackupPolicy

        kept = self._settings.backup_retention()
        return BackupPolicy(daily=kept.daily, weekly=kept.weekly, monthly=kept.monthly)

    def _holds_for_writing(self, path: Path) -> bool:
        service = self._host.service
        if service is None or service.read_only:
            return False
        try:
            return service.path.samefile(path)
        except OSError:
            return False

    def new_journal(self) -> None:
        """File › New: whose journal it is, then a file named after them."""
        from journal_app.domain.models import Profile
        from journal_app.ui.dialogs.journal_dialogs import NewJournalDialog

        dialog = NewJournalDialog(self._window, self._suggested_folder(), self._journal_filter())
        with disposed(dialog):
            if not dialog.exec():
                return
            target, patient = dialog.path(), dialog.patient()
        if target.exists():
            QMessageBox.warning(
                self._window,
                self.tr("New journal"),
                self.tr(
                    "%1 already exists. Choose another name, or open it with File › Open."
                ).replace("%1", str(target)),
            )
            return
        if self.open(target, create=True) and self._host.service is not None:
            try:
                self._host.service.save_profile(Profile(name=patient))
            except JournalError as exc:
                QMessageBox.warning(self._window, self.tr("New journal"), error_text(exc))
            self._host.service.undo_stack.clear()  # naming the journal is not an edit to undo

    def choose_journal(self, *, read_only: bool = False) -> None:
        """File › Open: the journals opened before, by patient; or any other file."""
        known = self.known_journals()
        if known:
            from journal_app.ui.dialogs.journal_dialogs import OpenJournalDialog

            with disposed(OpenJournalDialog(self._window, known)) as dialog:
                dialog.read_only_check.setChecked(read_only)
                if not dialog.exec():
                    return
                chosen, browse = dialog.chosen, dialog.browse_requested
                read_only = dialog.read_only_check.isChecked()
            if not browse and chosen is not None:
                self.open_recent(chosen, read_only=read_only)
                return
        self._browse_for_journal(read_only=read_only)

    def _browse_for_journal(self, *, read_only: bool) -> None:
        title = self.tr("Open journal read-only") if read_only else self.tr("Open journal")
        path, _ = QFileDialog.getOpenFileName(
            self._window, title, str(self._suggested_folder()), self._journal_filter()
        )
        if path:
            self.open(Path(path), read_only=read_only)

    def open_demo(self) -> None:
        """Open the demo journal, generating it ending today if it is not there yet."""
        from journal_app.services.demo import create_demo_journal

        path = demo_journal_path()
        if not path.exists():
            try:
                create_demo_journal(path, self._clock())
            except (JournalError, OSError) as exc:
                QMessageBox.warning(self._window, self.tr("Demo journal"), error_text(exc))
                return
        if self.open(path):
            self._host.show_status(self.tr("This is generated demo data, not a real patient's."))

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.known_journals()
        for name, path in recent:
            action = menu.addAction(f"{name} — {path}" if name else str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not recent:
            menu.addAction(self.tr("No recent journals")).setEnabled(False)

    def open_recent(self, path: Path, *, read_only: bool = False) -> None:
        if not path.exists():
            self._settings.remove_recent_journal(path)
            QMessageBox.information(
                self._window,
                self.tr("Open recent"),
                self.tr("%1 is no longer there; it was removed from the list.").replace(
                    "%1", str(path)
                ),
            )
            return
        self.open(path, read_only=read_only)

    # -- copies and backups --------------------------------------------------------------

    def save_copy(self) -> None:
        service = self._host.service
        if service is None:
            return
        suggested = self._suggested_folder() / f"{service.path.stem}-copy.sqlite"
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save a copy"), str(suggested), self._journal_filter()
        )
        if not path:
            return
        try:
            service.save_copy(Path(path))
        except (JournalError, OSError) as exc:
            QMessageBox.warning(self._window, self.tr("Copy not saved"), error_text(exc))
            return
        self._host.show_status(self.tr("Saved a copy to %1.").replace("%1", path))

    def restore_from_backup(self) -> None:
        """File › Restore from backup: put a chosen backup in place of the open journal."""
        service = self._host.service
        if service is None or service.read_only:
            return
        from journal_app.storage.backups import list_backups
        from journal_app.ui.dialogs.restore_dialog import RestoreDialog

        path = service.path
        with disposed(RestoreDialog(self._window, path, list_backups(path))) as dialog:
            chosen = dialog.chosen() if dialog.exec() else None
        if chosen is None or not self._host.may_leave_journal():
            return
        self._host.close_journal()  # frees the journal's lock for the restore
        if not self._restore(path, chosen.path) and self._host.service is None:
            self.open(path)  # the journal as it was

    def _restore(self, journal: Path, backup: Path, *, label: str = "replaced") -> bool:
        """Put ``backup`` in place of ``journal`` (not open here), then open it; True if both."""
        from journal_app.storage.backups import restore_backup

        try:
            kept = restore_backup(backup, journal, label=label)
        except JournalError as exc:
            QMessageBox.warning(self._window, self.tr("Backup not restored"), error_text(exc))
            return False
        if not self.open(journal):
            return False
        note = self.tr("Restored the backup %1.").replace("%1", backup.name)
        if kept is not None:
            note += " " + self.tr("The journal it replaced is kept as %1.").replace("%1", str(kept))
        self._host.show_status(note)
        return True

    # -- locked and damaged journals -----------------------------------------------------

    def _ask(
        self,
        title: str,
        text: str,
        accept_text: str,
        icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    ) -> bool:
        """A question whose yes names what it does; True if the user chose it."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, self._window)
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
        return self.open(path, read_only=True)

    def _offer_restore(self, path: Path, exc: DamagedJournal, *, read_only: bool) -> bool:
        from journal_app.ui.errors import message_text
        from journal_app.usecases.recovery import recovery

        found = None if read_only else recovery(path)
        if found is None or found.backup is None:
            self._cannot_open(exc)
            return False
        question = "\n\n".join(
            [
                error_text(exc),
                message_text(found.message),
                self.tr("Restore it? The damaged file is kept beside it."),
            ]
        )
        title, accept = self.tr("Damaged journal"), self.tr("&Restore backup")
        if not self._ask(title, question, accept, QMessageBox.Icon.Warning):
            return False
        return self._restore(path, found.backup.path, label="damaged")

    def _journal_filter(self) -> str:
        return JOURNAL_PATTERNS + ";;" + self.tr("All files (*)")

    def _suggested_folder(self) -> Path:
        service = self._host.service
        return service.path.parent if service is not None else Path.home()


# The error helpers pull in the domain's rules and analytics: loaded when needed.
def error_text(exc: BaseException) -> str:
    from journal_app.ui.errors import error_text as translated

    return translated(exc)
