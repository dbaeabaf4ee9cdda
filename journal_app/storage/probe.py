"""Checking a file before it is opened for real: what it is, its log, its schema and rows.

Everything here reads, never writes: a file that is not a sound journal is refused exactly as
it was found. storage/db.py opens what passes; storage/backups.py checks its copies here too.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

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
from journal_app.storage.migrations import APPLICATION_ID, known_names, migrations
from journal_app.storage.schema import bad_rows, schema_differences
from journal_app.storage.sqlite import Database, Migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def require_regular(path: Path) -> None:
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


def uri(path: Path, mode: str, *, immutable: bool = False) -> str:
    return path.as_uri() + f"?mode={mode}" + ("&immutable=1" if immutable else "")


def connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Functions with side effects never run from the schema (views, triggers, defaults).
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


@contextmanager
def _reading(path: Path, *, immutable: bool) -> Iterator[sqlite3.Connection]:
    try:
        conn = connect(uri(path, "ro", immutable=immutable))
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from exc
    try:
        yield conn
    except sqlite3.DatabaseError as exc:
        raise explain(path, exc) from exc
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
class Inspection:
    holds_journal: bool
    log: wal.Log


def inspect(path: Path) -> Inspection:
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
    return Inspection(holds, log)


def probe_journal(path: Path) -> bool:
    """Check a file before it is opened for real; True if it holds a journal, False if blank.

    Raises NotAJournal, NewerJournal or DamagedJournal (SQLite's ``quick_check``, and rows the
    rules refuse). The file is read, never written.
    """
    path = Path(path)
    try:
        require_regular(path)
    except FileNotFoundError as exc:
        raise _vanished(path) from exc
    return inspect(path.resolve()).holds_journal


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


def explain(path: Path, exc: sqlite3.DatabaseError) -> JournalError:
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
