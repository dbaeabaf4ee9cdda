"""Rolling backups of a journal: taken, thinned, listed, and restored in place of the journal.

Backups live in a hidden folder beside the journal, ``.<journal name>.backups/``, one file per
copy named after the UTC moment it was taken, why, and its place in the order of taking:
``20261121T083015Z-daily-n42.sqlite`` (copies from before the number, ``…-daily.sqlite``,
come first in that order). Each is a self-contained SQLite file made through the online
backup API (storage/online_copy.py).

The clock is not trusted: the newest backup is the last one taken, whatever its stamp says,
and thinning judges each backup no earlier than the one taken before it, so a clock set back
cannot make today's backup the first to go, and a stamp in 2099 neither outlives the backups
taken after it nor is offered first. The folder is never reached through a link, and only
files that are SQLite copies of a Relief Journal are ever deleted from it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from journal_app.messages import translatable
from journal_app.storage import wal
from journal_app.storage.errors import JournalError, JournalNotFound, JournalWriteError, NotAJournal
from journal_app.storage.files import sync_folder
from journal_app.storage.lock import JournalLock, lock_path
from journal_app.storage.migrations import APPLICATION_ID
from journal_app.storage.online_copy import backup_journal
from journal_app.storage.probe import SQLITE_HEADER, probe_journal
from journal_app.storage.sqlite import Database

STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
BACKUP_SUFFIX = ".sqlite"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BEFORE_NUMBERING = 2**40
# The first bytes of SQLite's rollback journal (the one a copy being written keeps).
_ROLLBACK_MAGIC = bytes.fromhex("d9d505f920a163d7")


class BackupReason(str, Enum):
    DAILY = "daily"
    MIGRATION = "migration"


_NAME_RE = re.compile(
    r"^(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>"
    + "|".join(reason.value for reason in BackupReason)
    + r")(?:-n(?P<number>\d{1,9})|-\d+)?"
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
    """One backup file; the counts are None when the copy cannot be read.

    ``order`` is its place in the order of taking (higher is later), which the clock that
    stamped ``taken_at`` cannot change: its number, or for a copy from before numbering
    (which all come first) its stamp in seconds, less 2**40.
    """

    path: Path
    taken_at: dt.datetime
    reason: BackupReason
    entries: int | None
    injections: int | None
    order: int = 0

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


@contextlib.contextmanager
def _opened_folder(folder: Path) -> Iterator[int | None]:
    """The backup folder as a descriptor, never through a link; None if there is none."""
    try:
        fd = os.open(folder, os.O_RDONLY | _DIRECTORY | _NOFOLLOW)
    except OSError:
        yield None
        return
    try:
        yield fd if stat.S_ISDIR(os.fstat(fd).st_mode) else None
    finally:
        os.close(fd)


def _require_folder(folder: Path) -> None:
    """Make the backup folder if need be; refuse a link or anything else in its place."""
    with contextlib.suppress(FileExistsError):
        folder.mkdir(parents=True)
    mode = os.lstat(folder).st_mode
    if not stat.S_ISDIR(mode):
        template = translatable(
            "errors",
            "The backup folder %1 is a link or not a folder; Relief Journal does not write "
            "backups through it.",
        )
        raise JournalWriteError(folder, template, str(folder))


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
    try:
        _require_folder(folder)
    except OSError as exc:
        template = translatable("errors", "Cannot write a backup to %1: %2.")
        raise JournalWriteError(folder, template, str(folder), exc) from exc
    stamp = (now or utc_now()).astimezone(dt.timezone.utc).strftime(STAMP_FORMAT)
    number = max((named.order for named in _named_backups(folder)), default=0)
    out = folder / f"{stamp}-{reason.value}-n{max(number, 0) + 1}{BACKUP_SUFFIX}"
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
        _remove_leftovers(folder)
        if any(
            named.reason is BackupReason.DAILY and named.taken_at.date() == now.date()
            for named in _named_backups(folder)
        ):
            return None
        take_backup(db, journal, BackupReason.DAILY, policy=policy, now=now)
        thin_backups(journal, policy=policy)
    except (JournalError, OSError) as exc:
        if isinstance(exc, OSError):
            template = translatable("errors", "Cannot write a backup to %1: %2.")
            exc = JournalWriteError(folder, template, str(folder), exc)
        template = translatable("errors", "Today's automatic backup of %1 could not be taken: %2")
        return JournalWriteError(journal, template, journal.name, exc)
    return None


def _remove_leftovers(folder: Path) -> None:
    """Partial copies of an interrupted backup (only the lock's holder takes backups)."""
    with _opened_folder(folder) as fd:
        if fd is None:
            return
        for name in os.listdir(fd):
            if not name.startswith("."):
                continue
            if (name.endswith(".tmp") and _is_copy(fd, name, partial=True)) or (
                name.endswith(".tmp-journal") and _starts_with(fd, name, _ROLLBACK_MAGIC)
            ):
                with contextlib.suppress(OSError):
                    os.unlink(name, dir_fd=fd)


def _starts_with(folder_fd: int, name: str, magic: bytes) -> bool:
    """Whether ``name`` is a regular file starting with ``magic`` (or zeros: SQLite writes the
    magic number of a journal last)."""
    try:
        fd = os.open(name, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=folder_fd)
    except OSError:
        return False
    try:
        start = os.read(fd, len(magic))
        return stat.S_ISREG(os.fstat(fd).st_mode) and start in (
            magic[: len(start)],
            bytes(len(start)),
        )
    except OSError:
        return False
    finally:
        os.close(fd)


def _is_copy(folder_fd: int, name: str, *, partial: bool = False) -> bool:
    """Whether ``name`` is a regular file holding a SQLite copy of a Relief Journal (or, with
    ``partial``, the start of one): the only files thinning may delete."""
    try:
        fd = os.open(name, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=folder_fd)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        header = os.read(fd, 100)
    except OSError:
        return False
    finally:
        os.close(fd)
    if partial and len(header) < 100:
        return SQLITE_HEADER.startswith(header[:16])
    app_id = int.from_bytes(header[68:72], "big")
    return len(header) == 100 and header.startswith(SQLITE_HEADER) and app_id == APPLICATION_ID


# -- thinning ------------------------------------------------------------------------------


def judged_times(stamps: Sequence[dt.datetime]) -> list[dt.datetime]:
    """The moment thinning judges each backup by, given their stamps in the order taken.

    A backup cannot be older than the one taken before it: a stamp earlier than that (a
    clock set back) is judged as that one's moment, and a stamp in the future carries the
    backups taken after it along until it is thinned away.
    """
    judged: list[dt.datetime] = []
    for stamp in stamps:
        judged.append(max(stamp, judged[-1]) if judged else stamp)
    return judged


def backups_to_keep(stamps: Sequence[dt.datetime], policy: BackupPolicy) -> set[int]:
    """Which backups survive thinning, by their index in ``stamps`` (oldest taken first):
    the newest of each recent day, ISO week and month, judged by :func:`judged_times`."""
    judged = judged_times(stamps)
    newest_first = sorted(range(len(judged)), key=lambda i: (judged[i], i), reverse=True)
    buckets: list[tuple[int, Callable[[dt.datetime], Hashable]]] = [
        (policy.daily, lambda moment: moment.date()),
        (policy.weekly, lambda moment: moment.isocalendar()[:2]),
        (policy.monthly, lambda moment: (moment.year, moment.month)),
    ]
    keep: set[int] = set()
    for count, bucket_of in buckets:
        kept, last = 0, None
        for index in newest_first:
            if kept == count:
                break
            if (bucket := bucket_of(judged[index])) != last:
                keep.add(index)
                kept, last = kept + 1, bucket
    return keep


def thin_backups(journal: Path, *, policy: BackupPolicy | None = None) -> list[Path]:
    """Delete the daily backups :func:`backups_to_keep` lets go; returns what was deleted."""
    policy = policy or DEFAULT_POLICY
    folder = backup_folder(journal, policy)
    oldest_first = [
        named for named in reversed(_named_backups(folder)) if named.reason is BackupReason.DAILY
    ]
    keep = backups_to_keep([named.taken_at for named in oldest_first], policy)
    removed = []
    with _opened_folder(folder) as fd:
        if fd is None:
            return []
        for index, named in enumerate(oldest_first):
            if index in keep or not _is_copy(fd, named.path.name):
                continue
            with contextlib.suppress(OSError):  # kept for now; the next thinning tries again
                os.unlink(named.path.name, dir_fd=fd)
                removed.append(named.path)
    return removed


# -- listing -------------------------------------------------------------------------------


def list_backups(journal: Path, *, policy: BackupPolicy | None = None) -> list[BackupInfo]:
    """Every backup of ``journal``, last taken first, with its entry and injection counts.

    Cheap: each copy is opened read-only as immutable and only counted, not checked.
    """
    return [
        BackupInfo(info.path, info.taken_at, info.reason, *_counts(info.path), order=info.order)
        for info in _named_backups(backup_folder(journal, policy))
    ]


def latest_good_backup(journal: Path, *, policy: BackupPolicy | None = None) -> BackupInfo | None:
    """The last backup taken that passes the checks a journal passes on opening, if any."""
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
    order: int


def _named_backups(folder: Path) -> list[_Named]:
    """Backup files of ``folder`` (regular files, by their names alone), last taken first."""
    with _opened_folder(folder) as fd:
        if fd is None:  # no folder yet, a link, or something else in its place
            return []
        entries = [entry.name for entry in os.scandir(fd) if entry.is_file(follow_symlinks=False)]
    found = []
    for name in entries:
        match = _NAME_RE.match(name)
        if match is not None:
            taken_at = dt.datetime.strptime(match["stamp"], STAMP_FORMAT)
            taken_at = taken_at.replace(tzinfo=dt.timezone.utc)
            # Numbered copies come after the ones from before numbering, which go by stamp.
            number = match["number"]
            order = int(number) if number else int(taken_at.timestamp()) - _BEFORE_NUMBERING
            found.append(_Named(folder / name, taken_at, BackupReason(match["reason"]), order))
    return sorted(found, key=lambda named: (named.order, named.path.name), reverse=True)


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
    except (sqlite3.Error, TypeError, ValueError):
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
    gone = translatable(
        "errors",
        "The backup %1 is no longer there (it was removed or thinned meanwhile); nothing was "
        "restored.",
    )
    if not backup.is_file():
        raise JournalNotFound(backup, gone, str(backup))
    if not probe_journal(backup):
        template = translatable("errors", "%1 holds no journal; there is nothing to restore.")
        raise NotAJournal(backup, template, backup.name)
    journal = journal.resolve()
    now = now or utc_now()
    with JournalLock.acquire(journal):
        staged = journal.with_name(f".{journal.name}.restoring")
        try:
            source = Database(sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True))
        except sqlite3.Error as exc:
            raise JournalNotFound(backup, gone, str(backup)) from exc
        try:
            backup_journal(source, staged)
        finally:
            source.close()
        try:
            kept = set_aside(journal, label, now)
            for suffix in ("-wal", "-shm", "-journal"):
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
    """Copy ``journal`` and its write-ahead log beside it under a new name; None if it is gone.

    A log that is the journal's own goes with the copy (and the copy's lock file binds it to
    the copy); one that is not is renamed out of the way beside the journal (storage/wal.py).
    """
    if not journal.exists():
        return None
    stamp = now.astimezone(dt.timezone.utc).strftime(STAMP_FORMAT)
    kept = _unused(journal.parent, f"{journal.stem}.{label}-{stamp}", journal.suffix)
    log = wal.judge(journal)
    if log is wal.Log.FOREIGN:
        wal.set_aside(journal, now)
    suffixes = ("", "-wal", "-journal") if log is wal.Log.OWN else ("", "-journal")
    copies = []
    try:
        for suffix in suffixes:
            original = journal.with_name(journal.name + suffix)
            if original.exists():
                copy = kept.with_name(kept.name + suffix)
                copies.append(copy)
                _copy_durably(original, copy)
        if log is wal.Log.OWN:
            copies.append(lock_path(kept))
            record = f"{wal.RECORD_KEY} {wal.digest(kept)}\n"
            lock_path(kept).write_text(record, encoding="utf-8")
    except OSError:
        for copy in copies:
            copy.unlink(missing_ok=True)
        raise
    return kept


def _unused(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while os.path.lexists(candidate):
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _copy_durably(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as f:
        os.fsync(f.fileno())
