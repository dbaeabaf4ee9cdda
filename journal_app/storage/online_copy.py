"""Consistent copies of a journal through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from journal_app.messages import translatable
from journal_app.storage.errors import JournalError, JournalWriteError
from journal_app.storage.files import replaced
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
    except OSError as exc:
        template = translatable("errors", "Cannot write a backup to %1: %2.")
        raise JournalWriteError(out, template, str(out), exc) from exc
    with replaced(out, complete=_is_whole) as temp:
        try:
            _copy(db, temp)
        except sqlite3.Error as exc:
            template = translatable("errors", "The backup to %1 failed: %2.")
            raise JournalWriteError(out, template, str(out), exc) from exc


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


def _is_whole(copy: Path) -> bool:
    """A copy SQLite reads to its last page (a short write would cut it)."""
    try:
        conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        conn.close()
