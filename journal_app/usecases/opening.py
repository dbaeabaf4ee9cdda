"""Opening a journal for a use: its backup policy, SQLite's own errors as journal errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journal_app.messages import translatable
from journal_app.storage.backups import BackupPolicy
from journal_app.storage.db import JournalDatabase, open_journal
from journal_app.storage.errors import JournalError
from journal_app.storage.probe import damaged
from journal_app.storage.repository import JournalRepository


def open_repository(
    path: Path,
    *,
    read_only: bool = False,
    create: bool = False,
    backups: BackupPolicy | None = None,
) -> JournalRepository:
    """The journal at ``path``, checked, locked for writing unless ``read_only``, migrated and
    backed up as ``backups`` says (None: beside it, the default numbers)."""
    with sqlite_errors(path):
        db = open_journal(path, read_only=read_only, create=create, backups=backups)
    return JournalRepository(db)


@contextmanager
def opened(
    path: Path,
    *,
    read_only: bool = False,
    create: bool = False,
    backups: BackupPolicy | None = None,
) -> Iterator[JournalRepository]:
    """:func:`open_repository` for one use, closed afterwards, SQLite's errors worded."""
    repo = open_repository(path, read_only=read_only, create=create, backups=backups)
    try:
        with sqlite_errors(path):
            yield repo
    finally:
        repo.close()


def notices(repo: JournalRepository) -> list[JournalError]:
    """What the user should know about the opening: a log set aside, a failed backup."""
    return list(repo.db.notices) if isinstance(repo.db, JournalDatabase) else []


@contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    """SQLite's own errors while using the journal at ``path``, as journal errors."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        template = translatable("errors", "%1 could not be used: %2.")
        raise JournalError(path, template, str(path), exc) from exc
    except sqlite3.DatabaseError as exc:
        raise damaged(path) from exc
