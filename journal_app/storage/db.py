"""Opening a journal file safely: checks first, then the writer's lock, pragmas and migrations."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.messages import translatable
from journal_app.storage import wal
from journal_app.storage.errors import (
    DamagedJournal,
    JournalError,
    JournalNotFound,
    JournalNotWritable,
    NewerJournal,
    NotAJournal,
)
from journal_app.storage.files import kind_of
from journal_app.storage.lock import JournalLock
from journal_app.storage.migrations import APPLICATION_ID, known_names, migrations
from journal_app.storage.schema import bad_rows, schema_differences
from journal_app.storage.sqlite import Database, Migrations

if TYPE_CHECKING:
    from journal_app.storage.backups import BackupPolicy

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
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


# -- what the file is --------------------------------------------------------------------


def _require_regular(path: Path) -> None:
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        template = translatable("errors", "%1 is a folder, not a journal file.")
        raise NotAJournal(path, template, str(path))
    if not stat.S_ISREG(mode):
        template = translatable("errors", "%1 is a %2, not a journal file.")
        raise NotAJournal(path, template, str(path), kind_of(mode))


def _header(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        return os.read(fd, 100)
    finally:
        os.close(fd)


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
    return path.as_uri() + f"?mode={mode}" + ("&immutable=1" if immutable else "")


def _connection(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Functions with side effects never run from the schema (views, triggers, defaults).
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


@contextmanager
def _reading(path: Path, *, immutable: bool) -> Iterator[sqlite3.Connection]:
    try:
        conn = _connection(_uri(path, "ro", immutable=immutable))
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
    try:
        yield conn
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
    finally:
        conn.close()


def _check_contents(conn: sqlite3.Connection, path: Path) -> bool:
    """True if ``conn`` reads a sound journal, False if a blank file; raises otherwise.

    The schema must be exactly the app's (a foreign object, e.g. a trigger, makes the file
    foreign), no newer than this version, pass ``quick_check``, and every row the rules.
    """
    db = Database(conn)
    if not db.table_names():
        return False
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID or Migrations.migrations_table not in db.table_names():
        raise _foreign(path)
    applied = [m.name for m in migrations.applied(db)]
    if set(applied) - known_names():
        raise NewerJournal(
            path,
            translatable(
                "errors",
                "%1 was written by a newer version of Relief Journal. "
                "Install the latest version to open it; the file has not been changed.",
            ),
            path.name,
        )
    foreign, missing = schema_differences(conn, applied)
    if foreign:
        template = translatable(
            "errors",
            "%1 holds things Relief Journal does not make (%2), so it is not opened: nothing "
            "stored in it may run. The file has not been changed.",
        )
        raise NotAJournal(path, template, path.name, ", ".join(foreign))
    if missing or [row[0] for row in conn.execute("PRAGMA quick_check")] != ["ok"]:
        raise damaged(path, missing)
    if bad := bad_rows(conn):
        raise damaged(path, bad)
    return True


@dataclass(frozen=True)
class _Inspection:
    holds_journal: bool
    log: wal.Log


def _inspect(path: Path) -> _Inspection:
    """Read the file (never write it) and refuse it unless it is a sound journal or blank.

    A log that is the journal's own (or another program's live one) is read with the file;
    any other log is left out: the file is read alone, as immutable, which creates no
    ``-shm`` beside a file that may not be ours.
    """
    header = _check_header(path)
    log = wal.judge(path)
    with_log = log in (wal.Log.OWN, wal.Log.LIVE)
    if header and not with_log:
        _check_length(path, header)
    with _reading(path, immutable=not with_log) as conn:
        holds = _check_contents(conn, path)
    if log is wal.Log.FOREIGN and not holds and header:
        # A database page with no journal in it and a log that is not its own: whatever
        # this is, it is not ours to change.
        raise _foreign(path)
    return _Inspection(holds, log)


def probe_journal(path: Path) -> bool:
    """Check a file before it is opened for real; True if it holds a journal, False if blank.

    Raises NotAJournal, NewerJournal or DamagedJournal (SQLite's ``quick_check``, and rows the
    rules refuse). The file is read, never written.
    """
    path = Path(path)
    try:
        _require_regular(path)
    except FileNotFoundError as exc:
        raise _vanished(path) from exc
    return _inspect(path.resolve()).holds_journal


def _vanished(path: Path) -> JournalNotFound:
    template = translatable("errors", "%1 is no longer there; it was moved or removed.")
    return JournalNotFound(path, template, str(path))


def _foreign(path: Path) -> NotAJournal:
    return NotAJournal(
        path,
        translatable("errors", "%1 is a database of another application, not a Relief Journal."),
        path.name,
    )


def damaged(path: Path, details: list[str] | None = None) -> DamagedJournal:
    """The message for a journal SQLite cannot read, or whose values break the schema.

    ``details`` (e.g. "entries '2024-02-30'") say where, for `relief-journal check`.
    """
    error = DamagedJournal(
        path,
        translatable("errors", "%1 is damaged and cannot be read. Restore it from a backup."),
        path.name,
    )
    error.details = tuple(details or ())
    return error


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
    _require_regular(real)
    inspection = _inspect(real)
    if read_only:
        return _open_reader(real, inspection)
    lock = _lock_for_writing(real)
    try:
        if wal.judge(real) is not inspection.log:  # it changed before the lock was ours
            inspection = _inspect(real)
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
            raise _explain(real, exc) from exc
        raise


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644))
    except OSError as exc:
        template = translatable("errors", "Cannot create %1: %2.")
        raise JournalError(path, template, str(path), exc) from exc


def _open_reader(path: Path, inspection: _Inspection) -> JournalDatabase:
    if not inspection.holds_journal:
        template = translatable("errors", "%1 is empty: there is no journal in it yet.")
        raise NotAJournal(path, template, path.name)
    # Without a live log of its own the file is the whole journal: read as immutable, which
    # leaves nothing (no -wal, no -shm) beside a journal that was closed cleanly.
    with_log = inspection.log in (wal.Log.OWN, wal.Log.LIVE)
    try:
        conn = _connection(_uri(path, "ro", immutable=not with_log))
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
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
    path: Path, inspection: _Inspection, lock: JournalLock, now: dt.datetime
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
        conn = _connection(_uri(path, "rw"))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        # The file then changes only when the log is folded in at close (see storage/wal.py).
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
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
    # backups opens journals through this module, so it is imported only when needed here.
    from journal_app.storage import backups

    db.execute("PRAGMA foreign_keys = ON")
    if not holds_journal:
        # A new journal is created whole or not at all, even if the process dies meanwhile.
        with db.atomic():
            migrations.apply(db)
        return
    if migrations.pending(db):
        backups.take_backup(db, path, backups.BackupReason.MIGRATION, policy=policy)
        migrations.apply(db)
    if problem := backups.take_daily_backup_if_due(db, path, policy=policy):
        db.notices.append(problem)


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
