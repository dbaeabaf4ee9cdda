"""File › Restore from backup: the list of backups, and the restore it leads to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from journal_app.domain.models import Entry
from journal_app.services.journal import JournalService
from journal_app.storage.backups import BackupPolicy, BackupReason, list_backups, take_backup
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository
from journal_app.ui.dialogs.restore_dialog import BackupsTableModel, RestoreDialog
from journal_app.ui.main_window import MainWindow

from .conftest import TODAY

UTC = dt.timezone.utc
#: When the three backups were taken: a month ago before an upgrade, then two daily ones.
MOMENTS = [
    (dt.datetime(2026, 10, 21, 6, 15, tzinfo=UTC), BackupReason.MIGRATION, 1),
    (dt.datetime(2026, 11, 19, 7, 30, tzinfo=UTC), BackupReason.DAILY, 2),
    (dt.datetime(2026, 11, 20, 8, 45, tzinfo=UTC), BackupReason.DAILY, 3),
]


def entries(count: int) -> list[Entry]:
    """The first ``count`` entries written, oldest first."""
    return [Entry(TODAY - dt.timedelta(days=20 - i), spasm_severity=i) for i in range(count)]


@pytest.fixture
def backed_up(journal_path: Path, tmp_path: Path) -> Path:
    """A journal of three entries with three backups, of one, two and three entries."""
    elsewhere = BackupPolicy(folder=tmp_path / "automatic")  # keeps today's out of the list
    for moment, reason, count in MOMENTS:
        repo = JournalRepository(open_journal(journal_path, create=True, backups=elsewhere))
        repo.import_records(entries(count)[count - 1 :], [], replace=False)
        take_backup(repo.db, journal_path, reason, now=moment)
        repo.close()
    return journal_path


@pytest.fixture
def dialog(qtbot, backed_up: Path) -> RestoreDialog:
    restore = RestoreDialog(None, backed_up, list_backups(backed_up))
    qtbot.addWidget(restore)
    return restore


def cell(model: BackupsTableModel, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_backups_are_listed_newest_first_with_their_counts(dialog: RestoreDialog) -> None:
    model = dialog.model
    assert model.rowCount() == 3
    for row, (moment, reason, count) in enumerate(reversed(MOMENTS)):
        local = moment.astimezone()
        taken = cell(model, row, model.COL_TAKEN)
        assert local.strftime("%H:%M") in taken and str(local.year) in taken
        assert cell(model, row, model.COL_KIND) == model.reason_label(reason)
        assert cell(model, row, model.COL_ENTRIES) == str(count)
        assert cell(model, row, model.COL_INJECTIONS) == "0"
    assert model.reason_label(BackupReason.MIGRATION) != model.reason_label(BackupReason.DAILY)


def test_the_newest_backup_is_chosen_until_another_is_picked(qtbot, dialog: RestoreDialog) -> None:
    newest = dialog.chosen()
    assert newest is not None and newest.taken_at == MOMENTS[-1][0]
    assert dialog.restore_button.isEnabled()
    dialog.view.selectRow(2)
    oldest = dialog.chosen()
    assert oldest is not None and oldest.reason is BackupReason.MIGRATION
    with qtbot.waitSignal(dialog.accepted):
        dialog.view.doubleClicked.emit(dialog.model.index(2, 0))


def test_an_unreadable_backup_cannot_be_chosen(qtbot, backed_up: Path) -> None:
    newest = list_backups(backed_up)[0].path
    newest.write_bytes(b"not a database any more" * 200)
    restore = RestoreDialog(None, backed_up, list_backups(backed_up))
    qtbot.addWidget(restore)
    model = restore.model
    assert cell(model, 0, model.COL_ENTRIES) == "unreadable"
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    chosen = restore.chosen()
    assert chosen is not None and chosen.taken_at == MOMENTS[1][0]
    restore.view.selectRow(0)
    assert restore.chosen() is None or restore.chosen().path != newest


def test_no_backups_says_so(qtbot, tmp_path: Path) -> None:
    restore = RestoreDialog(None, tmp_path / "journal.sqlite", [])
    qtbot.addWidget(restore)
    assert restore.empty_label.isVisibleTo(restore)
    assert not restore.view.isVisibleTo(restore)
    assert not restore.restore_button.isEnabled()
    assert restore.chosen() is None


def test_the_model_is_a_well_behaved_table(qtmodeltester, dialog: RestoreDialog) -> None:
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount(dialog.model.index(0, 0)) == 0
    assert dialog.model.data(QModelIndex()) is None


def test_the_table_is_named_for_screen_readers(dialog: RestoreDialog) -> None:
    assert dialog.view.accessibleName() == "Backups"
    assert dialog.restore_button.text().replace("&", "") == "Restore"


def test_restore_from_the_file_menu(
    qtbot,
    settings,
    backed_up: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(backed_up)
    window.service.save_entry(Entry(TODAY, headache_severity=9, notes="after the backups"))
    before = window.service.entries()
    oldest_first = list(reversed(list_backups(backed_up)))
    picked = next(info for info in oldest_first if info.reason is BackupReason.DAILY)

    def pick_the_older_daily(dialog: RestoreDialog) -> int:
        row = next(r for r in range(dialog.model.rowCount()) if dialog.model.backup_at(r) == picked)
        dialog.view.selectRow(row)
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", pick_the_older_daily)
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    assert window.service is not None and not window.service.read_only
    assert window.service.entries() == entries(2)
    [kept] = backed_up.parent.glob("journal.replaced-*.sqlite")
    replaced = JournalService.open(kept, read_only=True)
    try:
        assert replaced.entries() == before
    finally:
        replaced.close()
    assert str(kept) in window.statusBar().currentMessage()


def test_cancelling_the_dialog_changes_nothing(
    qtbot, window: MainWindow, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.service.save_entry(Entry(TODAY, spasm_severity=3))
    service = window.service
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: 0)
    window.restore_from_backup()
    assert window.service is service
    assert list(journal_path.parent.glob("journal.replaced-*")) == []


def test_a_read_only_journal_offers_no_restore(qtbot, settings, backed_up: Path) -> None:
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(backed_up, read_only=True)
    assert not window.restore_action.isEnabled()


def test_screenshot(qtbot, dialog: RestoreDialog, tmp_path: Path) -> None:
    dialog.resize(620, 320)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    assert not image.isNull() and image.width() >= 600
    assert image.save(str(tmp_path / "restore-dialog.png"))


def test_a_restore_that_fails_reopens_the_journal_as_it_was(
    qtbot, settings, backed_up: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(backed_up)
    before = window.service.entries()

    def pick_a_copy_that_then_breaks(dialog: RestoreDialog) -> int:
        chosen = dialog.chosen()
        assert chosen is not None
        chosen.path.write_bytes(chosen.path.read_bytes()[:5000])  # cut short meanwhile
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", pick_a_copy_that_then_breaks)
    window.restore_from_backup()
    assert len(warnings) == 1 and "is damaged" in warnings[0]
    assert window.service is not None and not window.service.read_only
    assert window.service.entries() == before
    assert list(backed_up.parent.glob("journal.replaced-*")) == []
