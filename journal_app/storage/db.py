"""Opening a journal file safely: checks first, then pragmas and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

from journal_app.storage.errors import (
    DamagedJournal,
    JournalError,
    JournalNotFound,
    NewerJournal,
    NotAJournal,
)
from journal_app.storage.migrations import APPLICATION_ID, known_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _header(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(100)


def _check_header(path: Path) -> None:
    """Refuse files that are not SQLite or that belong to another application."""
    header = _header(path)
    if not header:
        return  # an empty file is a journal not yet written
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAJournal(
            path, f"{path.name} is not a Relief Journal file (not a SQLite database)."
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise NotAJournal(
            path, f"{path.name} is a database of another application, not a Relief Journal."
        )


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _is_blank(db: Database) -> bool:
    return not db.table_names()


def _check_schema(db: Database, path: Path) -> None:
    """A journal must be ours and no newer than this version."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    tables = set(db.table_names())
    if app_id != APPLICATION_ID or Migrations.migrations_table not in tables:
        raise NotAJournal(
            path, f"{path.name} is a database of another application, not a Relief Journal."
        )
    applied = {m.name for m in migrations.applied(db)}
    if applied - known_names():
        raise NewerJournal(
            path,
            f"{path.name} was written by a newer version of Relief Journal. "
            "Install the latest version to open it; the file has not been changed.",
        )


def open_journal(path: Path | str, *, read_only: bool = False, create: bool = False) -> Database:
    """Open (and with ``create``, make) a journal, checking it before anything is written.

    Raises a :class:`JournalError` subclass whose message tells the user what to do.
    """
    path = Path(path)
    if not path.exists():
        if not create or read_only:
            raise JournalNotFound(path, f"There is no journal at {path}.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        except OSError as exc:
            raise JournalError(path, f"Cannot create {path}: {exc.strerror}.") from exc
    if path.is_dir():
        raise NotAJournal(path, f"{path} is a folder, not a journal file.")
    _check_header(path)
    try:
        conn = _connect(path, read_only)
    except sqlite3.DatabaseError as exc:
        raise _explain(path, exc) from exc
    try:
        return _checked_database(conn, path, read_only)
    except BaseException as exc:
        # A refused file must not stay open (and locked) behind the user's back.
        conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise _explain(path, exc) from exc
        raise


def _checked_database(conn: sqlite3.Connection, path: Path, read_only: bool) -> Database:
    db = Database(conn)
    blank = _is_blank(db)
    if blank and read_only:
        raise NotAJournal(path, f"{path.name} is empty: there is no journal in it yet.")
    if not blank:
        _check_schema(db, path)
    if not read_only:
        _prepare_for_writing(db, path)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _prepare_for_writing(db: Database, path: Path) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    if migrations.pending(db):
        migrations.apply(db)


def _explain(path: Path, exc: sqlite3.DatabaseError) -> JournalError:
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DamagedJournal(
            path, f"{path.name} is damaged and cannot be read. Restore it from a backup."
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return JournalError(path, f"{path} cannot be opened for writing. Open it read-only.")
    if "locked" in text or "busy" in text:
        return JournalError(path, f"{path.name} is busy in another program. Try again.")
    return JournalError(path, f"{path.name} could not be opened: {exc}.")


def integrity_problems(db: Database) -> list[str]:
    """What SQLite's integrity and foreign-key checks report; empty when the journal is sound."""
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    problems += [
        f"entry {row[0]} row {row[1]} refers to a missing {row[2]}"
        for row in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems
