"""Untrusted files met in the window (issue 14): what the user sees, and what is left on disk."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from journal_app.domain.models import Entry
from journal_app.settings import Settings
from journal_app.storage.backups import BackupReason, take_backup
from journal_app.storage.db import open_journal
from journal_app.storage.lock import lock_path
from journal_app.storage.repository import JournalRepository
from journal_app.ui.dialogs.restore_dialog import RestoreDialog
from journal_app.ui.main_window import MainWindow

from .conftest import TODAY


def make_journal(path: Path, days: int) -> Path:
    repo = JournalRepository(open_journal(path, create=True))
    entries = [Entry(TODAY - dt.timedelta(days=i), spasm_severity=i % 11) for i in range(days)]
    repo.import_records(entries, [], replace=False)
    repo.close()
    return path


def folder_state(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def new_window(qtbot, settings: Settings) -> MainWindow:
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    return window


def test_9_the_read_only_window_leaves_nothing_beside_the_journal(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    journal = make_journal(tmp_path / "journals" / "robin.sqlite", 40)
    before = folder_state(journal.parent)
    window = new_window(qtbot, settings)
    assert window.open_journal(journal, read_only=True)
    window.show()
    window.show_every_view()
    assert len(window.service.entries()) == 40
    assert folder_state(journal.parent) == before  # while open: read as immutable
    window.close()  # closes the journal
    assert window.service is None
    assert sorted(p.name for p in journal.parent.iterdir()) == ["robin.sqlite"]


def test_10_blob_notes_are_refused_before_the_journal_tab_sees_them(
    qtbot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 5)
    conn = sqlite3.connect(journal)
    conn.execute("UPDATE entries SET notes = x'00ff10'")  # BLOBs once crashed the Journal tab
    conn.commit()
    conn.close()
    before = folder_state(tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    window = new_window(qtbot, settings)
    assert not window.open_journal(journal)
    assert shown == ["robin.sqlite is damaged and cannot be read. Restore it from a backup."]
    assert window.service is None
    assert folder_state(tmp_path) == before


def test_1_a_log_set_aside_is_told_in_the_status_bar(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    other = make_journal(tmp_path / "other" / "sam.sqlite", 9)
    writer = JournalRepository(open_journal(other))
    try:
        writer.save_entry(Entry(TODAY - dt.timedelta(days=30), notes="only in sam's log"))
        shutil.copyfile(f"{other}-wal", f"{journal}-wal")
    finally:
        writer.close()
    window = new_window(qtbot, settings)
    assert window.open_journal(journal)
    message = window.statusBar().currentMessage()
    assert "A write-ahead log beside robin.sqlite was not its own" in message
    assert len(window.service.entries()) == 3
    assert [p.name for p in tmp_path.glob("robin.sqlite-wal.set-aside-*")] != []
    assert lock_path(journal).exists()


def test_12_a_backup_that_vanished_before_its_restore_is_explained(
    qtbot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = make_journal(tmp_path / "robin.sqlite", 3)
    reader = open_journal(journal, read_only=True)
    take_backup(reader, journal, BackupReason.DAILY)
    reader.close()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    window = new_window(qtbot, settings)
    assert window.open_journal(journal)
    before = window.service.entries()

    def pick_one_that_then_vanishes(dialog: RestoreDialog) -> int:
        chosen = dialog.chosen()
        assert chosen is not None
        chosen.path.unlink()  # thinned, or removed by hand, while the dialog was open
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", pick_one_that_then_vanishes)
    window.restore_from_backup()
    assert len(warnings) == 1
    assert (
        "is no longer there (it was removed or thinned meanwhile); nothing was restored"
        in (warnings[0])
    )
    assert window.service is not None and window.service.entries() == before
    assert list(tmp_path.glob("robin.replaced-*")) == []
