"""Rolling backups of a journal: taken, thinned, listed, and restored in place of the journal.

Backups live in a hidden folder beside the journal, ``.<journal name>.backups/``, one file per
copy named after the UTC moment it was taken and why: ``20261121T083015Z-daily.sqlite``. Each
is a self-contained SQLite file made through the online backup API (storage/backup.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from journal_app.domain.validation import translatable
from journal_app.storage.backup import backup_journal, sync_folder
from journal_app.storage.db import probe_journal
from journal_app.storage.errors import JournalError, JournalWriteError, NotAJournal
from journal_app.storage.lock import JournalLock
from journal_app.storage.sqlite import Database

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
BACKUP_SUFFIX = ".sqlite"
# Files SQLite may keep beside a journal that belong to it (the -shm index is rebuilt).
_DATA_COMPANIONS = ("-wal", "-journal")
_ALL_COMPANIONS = ("-wal", "-shm", "-journal")


class BackupReason(str, Enum):
    DAILY = "daily"
    MIGRATION = "migration"


_NAME_RE = re.compile(
    r"^(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>"
    + "|".join(reason.value for reason in BackupReason)
    + r")(?:-\d+)?"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)


@dataclass(frozen=True)
class BackupPolicy:
    """Where a journal's backups go (None: beside it) and how many daily ones are kept.

    Thinning keeps the newest backup of each of the last ``daily`` days, ``weekly`` ISO weeks
    and ``monthly`` months that have one; backups taken before a migration are always kept.
    """

    folder: Path | None = None
    daily: int = 7
    weekly: int = 5
    monthly: int = 12


DEFAULT_POLICY = BackupPolicy()


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; the counts are None when the copy cannot be read."""

    path: Path
    taken_at: dt.datetime
    reason: BackupReason
    entries: int | None
    injections: int | None

    @property
    def readable(self) -> bool:
        return self.entries is not None


def backup_folder(journal: Path, policy: BackupPolicy | None = None) -> Path:
    """The folder holding ``journal``'s backups."""
    policy = policy or DEFAULT_POLICY
    if policy.folder is not None:
        return policy.folder
    return journal.with_name(f".{journal.name}.backups")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


# -- taking --------------------------------------------------------------------------------


def take_backup(
    db: Database,
    journal: Path,
    reason: BackupReason,
    *,
    policy: BackupPolicy | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Copy the open journal into its backup folder; raises JournalWriteError if it failed."""
    folder = backup_folder(journal, policy)
    stamp = (now or utc_now()).astimezone(dt.timezone.utc).strftime(STAMP_FORMAT)
    out = _unused(folder, f"{stamp}-{reason.value}", BACKUP_SUFFIX)
    backup_journal(db, out)
    return out


def take_daily_backup_if_due(
    db: Database,
    journal: Path,
    *,
    policy: BackupPolicy | None = None,
    now: dt.datetime | None = None,
) -> JournalError | None:
    """Take today's backup (UTC day) unless there is one, then thin the older ones.

    Never raises: a backup that cannot be taken must not keep the journal closed. Returns why
    it failed, for the user to see, or None.
    """
    now = (now or utc_now()).astimezone(dt.timezone.utc)
    folder = backup_folder(journal, policy)
    try:
        if any(
            named.reason is BackupReason.DAILY and named.taken_at.date() == now.date()
            for named in _named_backups(folder)
        ):
            return None
        _remove_leftovers(folder)
        take_backup(db, journal, BackupReason.DAILY, policy=policy, now=now)
        thin_backups(journal, policy=policy)
    except (JournalError, OSError) as exc:
        if isinstance(exc, OSError):
            template = translatable("errors", "Cannot write a backup to %1: %2.")
            exc = JournalWriteError(folder, template, str(folder), exc)
        template = translatable("errors", "Today's automatic backup of %1 could not be taken: %2")
        return JournalWriteError(journal, template, journal.name, exc)
    return None


def _unused(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _remove_leftovers(folder: Path) -> None:
    """Partial copies of an interrupted backup (only the lock's holder takes backups)."""
    for leftover in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


# -- thinning ------------------------------------------------------------------------------


def backups_to_keep(moments: Iterable[dt.datetime], policy: BackupPolicy) -> set[dt.datetime]:
    """Which of ``moments`` survive thinning: the newest of each recent day, week and month."""
    newest_first = sorted(set(moments), reverse=True)
    buckets: list[tuple[int, Callable[[dt.datetime], Hashable]]] = [
        (policy.daily, lambda moment: moment.date()),
        (policy.weekly, lambda moment: moment.isocalendar()[:2]),
        (policy.monthly, lambda moment: (moment.year, moment.month)),
    ]
    keep: set[dt.datetime] = set()
    for count, bucket_of in buckets:
        kept, last = 0, None
        for moment in newest_first:
            if kept == count:
                break
            if (bucket := bucket_of(moment)) != last:
                keep.add(moment)
                kept, last = kept + 1, bucket
    return keep


def thin_backups(journal: Path, *, policy: BackupPolicy | None = None) -> list[Path]:
    """Delete the daily backups :func:`backups_to_keep` lets go; returns what was deleted."""
    policy = policy or DEFAULT_POLICY
    daily = [
        info
        for info in _named_backups(backup_folder(journal, policy))
        if info.reason is BackupReason.DAILY
    ]
    keep = backups_to_keep((info.taken_at for info in daily), policy)
    removed = []
    for info in daily:
        if info.taken_at not in keep:
            with contextlib.suppress(OSError):  # kept for now; the next thinning tries again
                info.path.unlink(missing_ok=True)
                removed.append(info.path)
    return removed


# -- listing -------------------------------------------------------------------------------


def list_backups(journal: Path, *, policy: BackupPolicy | None = None) -> list[BackupInfo]:
    """Every backup of ``journal``, newest first, with its entry and injection counts.

    Cheap: each copy is opened read-only as immutable and only counted, not checked.
    """
    return [
        BackupInfo(info.path, info.taken_at, info.reason, *_counts(info.path))
        for info in _named_backups(backup_folder(journal, policy))
    ]


def latest_good_backup(journal: Path, *, policy: BackupPolicy | None = None) -> BackupInfo | None:
    """The newest backup that passes the checks a journal passes on opening, if any."""
    for info in list_backups(journal, policy=policy):
        if info.readable and _is_sound(info.path):
            return info
    return None


def _is_sound(path: Path) -> bool:
    try:
        return probe_journal(path)
    except JournalError:
        return False


class _Named(NamedTuple):
    path: Path
    taken_at: dt.datetime
    reason: BackupReason


def _named_backups(folder: Path) -> list[_Named]:
    """Backup files of ``folder`` by their names alone, newest first."""
    try:
        paths = [path for path in folder.iterdir() if path.is_file()]
    except OSError:  # no folder yet, or something else in its place
        return []
    found = []
    for path in paths:
        match = _NAME_RE.match(path.name)
        if match is not None:
            taken_at = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
            reason = BackupReason(match["reason"])
            found.append(_Named(path, taken_at.replace(tzinfo=dt.timezone.utc), reason))
    return sorted(found, key=lambda named: (named.taken_at, named.path.name), reverse=True)


def _counts(path: Path) -> tuple[int | None, int | None]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None, None
    try:
        entries, injections = conn.execute(
            "SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM injections)"
        ).fetchone()
        return int(entries), int(injections)
    except sqlite3.Error:
        return None, None
    finally:
        conn.close()


# -- restoring -----------------------------------------------------------------------------


def restore_backup(
    backup: Path, journal: Path, *, label: str = "replaced", now: dt.datetime | None = None
) -> Path | None:
    """Put a copy of ``backup`` in place of ``journal``; returns where the old journal was kept.

    The journal must not be open for writing: its lock is taken for the whole restore. The
    journal being replaced (with its write-ahead log) is first copied beside it as
    ``<stem>.<label>-<UTC stamp><suffix>``; nothing is deleted. A failure before that copy is
    made leaves the journal as it was; any failure raises JournalError saying why.
    """
    if not probe_journal(backup):
        template = translatable("errors", "%1 holds no journal; there is nothing to restore.")
        raise NotAJournal(backup, template, backup.name)
    with JournalLock.acquire(journal):
        staged = journal.with_name(f".{journal.name}.restoring")
        source = Database(sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True))
        try:
            backup_journal(source, staged)
        finally:
            source.close()
        try:
            kept = set_aside(journal, label, now or utc_now())
            for suffix in _ALL_COMPANIONS:
                journal.with_name(journal.name + suffix).unlink(missing_ok=True)
            os.replace(staged, journal)
        except OSError as exc:
            template = translatable("errors", "The backup could not be restored: %1.")
            raise JournalWriteError(journal, template, exc) from exc
        finally:
            staged.unlink(missing_ok=True)
        sync_folder(journal.parent)
    return kept


def set_aside(journal: Path, label: str, now: dt.datetime) -> Path | None:
    """Copy ``journal`` and its write-ahead log beside it under a new name; None if it is gone."""
    if not journal.exists():
        return None
    stamp = now.astimezone(dt.timezone.utc).strftime(STAMP_FORMAT)
    kept = _unused(journal.parent, f"{journal.stem}.{label}-{stamp}", journal.suffix)
    copies = []
    try:
        for suffix in ("", *_DATA_COMPANIONS):
            original = journal.with_name(journal.name + suffix)
            if original.exists():
                copy = kept.with_name(kept.name + suffix)
                copies.append(copy)
                _copy_durably(original, copy)
    except OSError:
        for copy in copies:
            copy.unlink(missing_ok=True)
        raise
    return kept


def _copy_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as f:
        os.fsync(f.fileno())
