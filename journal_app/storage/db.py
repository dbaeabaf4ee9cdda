"""Opening a journal file safely: checks first, then the writer's lock, pragmas and migrations."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.domain.validation import translatable
from journal_app.storage.errors import (
    DamagedJournal,
    JournalError,
    JournalNotFound,
    JournalNotWritable,
    NewerJournal,
    NotAJournal,
)
from journal_app.storage.lock import JournalLock
from journal_app.storage.migrations import APPLICATION_ID, known_names, migrations
from journal_app.storage.sqlite import Database, Migrations

if TYPE_CHECKING:
    from journal_app.storage.backups import BackupPolicy

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class JournalDatabase(Database):
    """An open journal. Closing it also frees the writer's lock, once SQLite has let go."""

    def __init__(self, conn: sqlite3.Connection, lock: JournalLock | None) -> None:
        super().__init__(conn)
        self.lock = lock
        # Why today's automatic backup could not be taken (None when it was, or was not due).
        self.backup_problem: JournalError | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.lock is not None:
                self.lock.release()


def _header(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(100)


def _check_header(path: Path) -> bytes:
    """Refuse files that are not SQLite or that belong to another application."""
    header = _header(path)
    if not header:
        return header  # an empty file is a journal not yet written
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAJournal(
            path,
            translatable("errors", "%1 is not a Relief Journal file (not a SQLite database)."),
            path.name,
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise _foreign(path)
    return header


def _check_length(path: Path, header: bytes) -> None:
    """A file cut short (a copy or download interrupted) is damaged, even where SQLite reads on.

    Only valid without a write-ahead log: a log holds pages the file does not have yet.
    """
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged(path)
    size = path.stat().st_size
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is only kept up to date when these two counters agree.
    counted = header[24:28] == header[92:96] and pages > 0
    if size % page_size or (counted and size < pages * page_size):
        raise damaged(path)


def _uri(path: Path, mode: str, *, immutable: bool = False) -> str:
    return path.resolve().as_uri() + f"?mode={mode}" + ("&immutable=1" if immutable else "")


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    conn = _connection(_uri(path, "ro" if read_only else "rw"))
    if read_only and not _has_wal(path):
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            conn.close()
            if "unable to open" not in str(exc):
                raise
            # A read-only folder or medium: SQLite cannot make the WAL index beside the file.
            # Nobody can write there either, so the file may be read as immutable.
            conn = _connection(_uri(path, "ro", immutable=True))
    return conn


def _connection(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _is_blank(db: Database) -> bool:
    return not db.table_names()


def _check_schema(db: Database, path: Path) -> None:
    """A journal must be ours and no newer than this version."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    tables = set(db.table_names())
    if app_id != APPLICATION_ID or Migrations.migrations_table not in tables:
        raise _foreign(path)
    applied = {m.name for m in migrations.applied(db)}
    if applied - known_names():
        raise NewerJournal(
            path,
            translatable(
                "errors",
                "%1 was written by a newer version of Relief Journal. "
                "Install the latest version to open it; the file has not been changed.",
            ),
            path.name,
        )


def _foreign(path: Path) -> NotAJournal:
    return NotAJournal(
        path,
        translatable("errors", "%1 is a database of another application, not a Relief Journal."),
        path.name,
    )


def damaged(path: Path) -> DamagedJournal:
    """The message for a journal SQLite cannot read, or whose values break the schema."""
    return DamagedJournal(
        path,
        translatable("errors", "%1 is damaged and cannot be read. Restore it from a backup."),
        path.name,
    )


def probe_journal(path: Path) -> bool:
    """Check a file before it is opened for real; True if it holds a journal, False if blank.

    Raises NotAJournal, NewerJournal or DamagedJournal (SQLite's ``quick_check``). The file is
    read, never written. Without a write-ahead log beside it, the file is the whole database and
    is read as immutable, which creates no ``-shm`` file beside a file that may not be ours. With
    one (a journal in use, or left by a crash), the log is part of the journal and is read too.
    """
    header = _check_header(path)
    immutable = not _has_wal(path)
    if header and immutable:
        _check_length(path, header)
    try:
        conn = sqlite3.connect(_uri(path, "ro", immutable=immutable), uri=True)
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
    try:
        db = Database(conn)
        if _is_blank(db):
            return False
        _check_schema(db, path)
        if [row[0] for row in conn.execute("PRAGMA quick_check")] != ["ok"]:
            raise damaged(path)
        return True
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
    finally:
        conn.close()


def open_journal(
    path: Path | str,
    *,
    read_only: bool = False,
    create: bool = False,
    backups: BackupPolicy | None = None,
) -> Database:
    """Open (and with ``create``, make) a journal, checking it before anything is written.

    Opened for writing, the journal is locked against other writers until the database is
    closed, backed up before any migration, and backed up once a day (``backups`` says where
    and how many to keep). Raises a :class:`JournalError` subclass whose message tells the user
    what to do; a refused file is left exactly as it was.
    """
    path = Path(path)
    if not path.exists():
        if not create or read_only:
            raise JournalNotFound(
                path, translatable("errors", "There is no journal at %1."), str(path)
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        except OSError as exc:
            template = translatable("errors", "Cannot create %1: %2.")
            raise JournalError(path, template, str(path), exc) from exc
    if path.is_dir():
        template = translatable("errors", "%1 is a folder, not a journal file.")
        raise NotAJournal(path, template, str(path))
    holds_journal = probe_journal(path)
    if read_only and not holds_journal:
        template = translatable("errors", "%1 is empty: there is no journal in it yet.")
        raise NotAJournal(path, template, path.name)
    lock = None if read_only else _lock_for_writing(path)
    try:
        conn = _connect(path, read_only)
    except sqlite3.DatabaseError as exc:
        if lock is not None:
            lock.release()
        raise _explain(path, exc) from exc
    db = JournalDatabase(conn, lock)
    try:
        if not read_only:
            _prepare_for_writing(db, path, holds_journal, backups)
        db.execute("PRAGMA foreign_keys = ON")
        return db
    except BaseException as exc:
        # A refused file must not stay open (and locked) behind the user's back.
        db.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise _explain(path, exc) from exc
        raise


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
        os.close(os.open(path, os.O_RDWR))
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
    # backups opens journals through this module, so it is imported only when needed here.
    from journal_app.storage import backups

    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    if not holds_journal:
        # A new journal is created whole or not at all, even if the process dies meanwhile.
        with db.atomic():
            migrations.apply(db)
        return
    if migrations.pending(db):
        backups.take_backup(db, path, backups.BackupReason.MIGRATION, policy=policy)
        migrations.apply(db)
    db.backup_problem = backups.take_daily_backup_if_due(db, path, policy=policy)


def _explain(path: Path, exc: sqlite3.DatabaseError) -> JournalError:
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return damaged(path)
    not_writable = translatable("errors", "%1 cannot be opened for writing. Open it read-only.")
    if "readonly" in text or "read-only" in text:
        return JournalNotWritable(path, not_writable, str(path))
    if "unable to open" in text:
        return JournalError(path, not_writable, str(path))
    if "locked" in text or "busy" in text:
        busy = translatable("errors", "%1 is busy in another program. Try again.")
        return JournalError(path, busy, path.name)
    return JournalError(path, translatable("errors", "%1 could not be opened: %2."), path.name, exc)


def integrity_problems(db: Database) -> list[str]:
    """What SQLite's integrity and foreign-key checks report; empty when the journal is sound."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    problems += [
        f"entry {row[0]} row {row[1]} refers to a missing {row[2]}"
        for row in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems
