"""Opening a journal file safely: checks first, then the writer's lock, pragmas and migrations."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

from journal_app.messages import translatable
from journal_app.storage import wal
from journal_app.storage.backups import (
    BackupPolicy,
    BackupReason,
    take_backup,
    take_daily_backup_if_due,
)
from journal_app.storage.errors import (
    JournalError,
    JournalNotFound,
    JournalNotWritable,
    NotAJournal,
)
from journal_app.storage.lock import JournalLock
from journal_app.storage.migrations import migrations
from journal_app.storage.probe import (
    Inspection,
    connect,
    explain,
    inspect,
    require_regular,
    uri,
)
from journal_app.storage.schema import bad_rows
from journal_app.storage.sqlite import Database

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class JournalDatabase(Database):
    """An open journal. Closing it also frees the writer's lock, once SQLite has let go."""

    def __init__(self, conn: sqlite3.Connection, lock: JournalLock | None) -> None:
        super().__init__(conn)
        self.lock = lock
        # What the user should be told about this opening: a log set aside, a failed backup.
        self.notices: list[JournalError] = []

    def close(self) -> None:
        lock, self.lock = self.lock, None
        if lock is None:
            super().close()
            return
        try:
            # From here the file changes under the log: only the log completes it.
            wal.record_closing(lock)
            self.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (JournalError, sqlite3.Error):
            pass  # SQLite checkpoints again as it closes, or the log stays for next time
        finally:
            super().close()
            _let_go(lock)


def _let_go(lock: JournalLock) -> None:
    """Free the lock; a log other readers kept from being folded in stays bound to the file."""
    try:
        if wal.has_frames(lock.journal):
            wal.record_base(lock)
            lock.release(keep_file=True)
            return
    except (JournalError, OSError):
        lock.release(keep_file=True)
        return
    lock.release()


# -- opening -------------------------------------------------------------------------------


def open_journal(
    path: Path | str,
    *,
    read_only: bool = False,
    create: bool = False,
    backups: BackupPolicy | None = None,
    now: dt.datetime | None = None,
) -> JournalDatabase:
    """Open (and with ``create``, make) a journal, checking it before anything is written.

    Opened for writing, the journal is locked against other writers until the database is
    closed, backed up before any migration, and backed up once a day (``backups`` says where
    and how many to keep). Raises a :class:`JournalError` subclass whose message tells the user
    what to do; a refused file is left exactly as it was. ``notices`` on the result say what
    the user should know (a write-ahead log that was not the journal's own, a failed backup).
    """
    path = Path(path)
    if not os.path.lexists(path):
        if not create or read_only:
            raise JournalNotFound(
                path, translatable("errors", "There is no journal at %1."), str(path)
            )
        _create(path)
    try:
        real = path.resolve(strict=True)
    except (FileNotFoundError, RuntimeError) as exc:  # a dangling link, or a loop of links
        raise JournalNotFound(
            path, translatable("errors", "There is no journal at %1."), str(path)
        ) from exc
    require_regular(real)
    inspection = inspect(real)
    if read_only:
        return _open_reader(real, inspection)
    lock = _lock_for_writing(real)
    try:
        if wal.judge(real) is not inspection.log:  # it changed before the lock was ours
            inspection = inspect(real)
        db = _open_writer(real, inspection, lock, now or dt.datetime.now(dt.timezone.utc))
    except BaseException:
        lock.release()
        raise
    try:
        _prepare_for_writing(db, real, inspection.holds_journal, backups)
        return db
    except BaseException as exc:
        # A refused file must not stay open (and locked) behind the user's back.
        db.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise explain(real, exc) from exc
        raise


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644))
    except OSError as exc:
        template = translatable("errors", "Cannot create %1: %2.")
        raise JournalError(path, template, str(path), exc) from exc


def _open_reader(path: Path, inspection: Inspection) -> JournalDatabase:
    if not inspection.holds_journal:
        template = translatable("errors", "%1 is empty: there is no journal in it yet.")
        raise NotAJournal(path, template, path.name)
    # Without a live log of its own the file is the whole journal: read as immutable, which
    # leaves nothing (no -wal, no -shm) beside a journal that was closed cleanly.
    with_log = inspection.log in (wal.Log.OWN, wal.Log.LIVE)
    try:
        conn = connect(uri(path, "ro", immutable=not with_log))
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from exc
    db = JournalDatabase(conn, None)
    if inspection.log is wal.Log.FOREIGN:
        template = translatable(
            "errors",
            "%1 has a write-ahead log beside it that is not its own (%2); it was not read. "
            "Opening the journal for changes sets it aside.",
        )
        db.notices.append(JournalError(path, template, path.name, wal.log_path(path).name))
    return db


def _open_writer(
    path: Path, inspection: Inspection, lock: JournalLock, now: dt.datetime
) -> JournalDatabase:
    notices: list[JournalError] = []
    if inspection.log is wal.Log.LIVE:
        busy = translatable("errors", "%1 is busy in another program. Try again.")
        raise JournalError(path, busy, path.name)
    if inspection.log is wal.Log.FOREIGN:
        try:
            aside = wal.set_aside(path, now)
        except OSError as exc:
            template = translatable("errors", "%1 cannot be opened for changes: %2.")
            raise JournalNotWritable(path, template, path.name, exc) from exc
        template = translatable(
            "errors",
            "A write-ahead log beside %1 was not its own (left by another copy of the file, "
            "or by another journal); it was set aside as %2, unread.",
        )
        notices.append(JournalError(path, template, path.name, aside.name))
    try:
        conn = connect(uri(path, "rw"))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        # The file then changes only when the log is folded in at close (see storage/wal.py).
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from exc
    db = JournalDatabase(conn, None)
    try:
        wal.record_base(lock)
    except BaseException:
        db.close()
        raise
    db.lock = lock
    db.notices += notices
    return db


def _lock_for_writing(path: Path) -> JournalLock:
    lock = JournalLock.acquire(path)
    try:
        _require_writable_file(path)
    except BaseException:
        lock.release()
        raise
    return lock


def _require_writable_file(path: Path) -> None:
    """SQLite would quietly open a write-protected file read-only; say so at once instead."""
    try:
        os.close(os.open(path, os.O_RDWR | getattr(os, "O_NONBLOCK", 0)))
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            template = translatable("errors", "%1 could not be opened: %2.")
            raise JournalError(path, template, path.name, exc) from exc
        raise JournalNotWritable(
            path,
            translatable(
                "errors", "%1 is read-only, so changes cannot be saved. Open it read-only."
            ),
            path.name,
        ) from exc


def _prepare_for_writing(
    db: JournalDatabase, path: Path, holds_journal: bool, policy: BackupPolicy | None
) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if not holds_journal:
        # A new journal is created whole or not at all, even if the process dies meanwhile.
        with db.atomic():
            migrations.apply(db)
        return
    if migrations.pending(db):
        take_backup(db, path, BackupReason.MIGRATION, policy=policy)
        migrations.apply(db)
    if problem := take_daily_backup_if_due(db, path, policy=policy):
        db.notices.append(problem)


def integrity_problems(db: Database, *, every_row: bool = True) -> list[str]:
    """What SQLite's integrity and foreign-key checks report, and every row the domain's rules
    refuse (judged one by one in Python); empty when the journal is sound."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    problems += [
        f"entry {row[0]} row {row[1]} refers to a missing {row[2]}"
        for row in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    if every_row and not problems:
        problems += [
            f"{where} breaks the journal's rules" for where in bad_rows(db.conn, exhaustive=True)
        ]
    return problems
