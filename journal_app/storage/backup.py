"""Consistent copies of a journal through SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from journal_app.domain.validation import translatable
from journal_app.storage.errors import JournalError, JournalWriteError
from journal_app.storage.sqlite import Database

# Files SQLite keeps beside a journal; overwriting one would damage the journal too.
_COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal")


class UnsafeBackupTarget(JournalError):
    """The backup would overwrite the journal itself (or one of its companion files)."""


def backup_journal(db: Database, out: Path) -> None:
    """Copy the open journal into ``out`` atomically: a failed backup leaves no partial file."""
    out = Path(out)
    _refuse_journal_itself(db, out)
    if out.is_dir():
        template = translatable("errors", "%1 is a folder; give the backup a file name.")
        raise UnsafeBackupTarget(out, template, str(out))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        template = translatable("errors", "Cannot write a backup to %1: %2.")
        raise JournalWriteError(out, template, str(out), exc) from exc
    temp = Path(temp_name)
    try:
        _copy(db, temp)
        os.replace(temp, out)
        sync_folder(out.parent)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        template = translatable("errors", "The backup to %1 failed: %2.")
        raise JournalWriteError(out, template, str(out), exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _journal_path(db: Database) -> Path | None:
    for _, name, filename in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(filename) if filename else None
    return None


def _refuse_journal_itself(db: Database, out: Path) -> None:
    journal = _journal_path(db)
    if journal is None:
        return
    target = out.resolve()
    for suffix in _COMPANION_SUFFIXES:
        companion = journal.with_name(journal.name + suffix)
        if target == companion.resolve() or _same_file(out, companion):
            template = translatable(
                "errors", "%1 is the journal itself; choose another file for the backup."
            )
            raise UnsafeBackupTarget(out, template, str(out))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _copy(db: Database, temp: Path) -> None:
    target = sqlite3.connect(temp)
    try:
        db.conn.backup(target)
        # The copy is one self-contained file, whatever journal mode the source uses.
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; other systems cannot open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
