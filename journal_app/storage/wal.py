"""Whether the write-ahead log beside a journal is its own, and setting aside one that is not.

SQLite keeps recent changes in ``<journal>-wal`` and replays any valid log it finds beside a
database. Nothing in the log names that database: its 32-byte header holds a magic number,
the format version, the page size, a checkpoint counter, two random salts and a checksum, and
each frame repeats the salts and chains its checksum from that header, not from the database.
A log left by a crash of another copy of the file, or beside a file replaced by hand, is
replayed over pages it was never meant for: the journal silently becomes another one, or is
damaged.

So the writer binds its log to the database file's bytes. Automatic checkpoints are off, so
while a journal is open for writing its file is not written at all: every change goes to the
log. Before anything is written, the writer records in its lock file (storage/lock.py) a hash
of the file's bytes (``wal-base blake2b:…``); while it checkpoints the log into the file at
close, the record says ``wal-base closing`` (the file is then part-way updated and only the
log completes it). A log beside a journal is its own exactly when the record is there and
says ``closing``, or names the hash the file still has. Any other log with frames is set aside
under a new name, never deleted, before SQLite opens the file; a reader leaves it where it is
and reads the file without it. A log some other program has open right now (its SQLite holds
the shared-memory index's lock) is that program's live log: it is read, never set aside.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import hashlib
import os
import struct
import sys
from pathlib import Path

from journal_app.storage.lock import JournalLock, read_lock_file

_HEADER = 32
_FRAME_HEADER = 24
_MAGICS = (0x377F0682, 0x377F0683)
_VERSION = 3007000
# SQLite's unix VFS: every connection holds a shared lock on this byte of the -shm file.
_DMS_BYTE = 128
_CHUNK = 1 << 20
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
RECORD_KEY = "wal-base"
CLOSING = "closing"


class Log(enum.Enum):
    """What the log beside a journal is."""

    EMPTY = "empty"  # none, or no frame SQLite would replay
    OWN = "own"
    LIVE = "live"  # another program's SQLite has it open
    FOREIGN = "foreign"


def log_path(journal: Path) -> Path:
    return journal.with_name(journal.name + "-wal")


def has_frames(journal: Path) -> bool:
    """Whether the log holds a frame SQLite would replay (a valid header, a matching frame)."""
    try:
        fd = os.open(log_path(journal), os.O_RDONLY | _NOFOLLOW)
    except OSError:
        return False
    try:
        header = os.pread(fd, _HEADER + _FRAME_HEADER, 0)
    finally:
        os.close(fd)
    if len(header) < _HEADER + _FRAME_HEADER:
        return False
    magic, version, page_size = struct.unpack(">III", header[:12])
    valid_size = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if magic not in _MAGICS or version != _VERSION or not valid_size:
        return False
    return header[16:24] == header[_HEADER + 8 : _HEADER + 16]  # the first frame's salts


def judge(journal: Path) -> Log:
    """Whose is the log beside ``journal`` (its resolved path)."""
    if not has_frames(journal):
        return Log.EMPTY
    base = read_lock_file(journal).get(RECORD_KEY)
    if base == CLOSING or (base is not None and base == digest(journal)):
        return Log.OWN
    return Log.LIVE if _is_open_elsewhere(journal) else Log.FOREIGN


def digest(journal: Path, fd: int | None = None) -> str:
    """The hash the lock file records for the database file's bytes.

    ``fd``, when given, is read instead of opening the file (see JournalLock.journal_fd).
    """
    own = fd is None
    if fd is None:
        fd = os.open(journal, os.O_RDONLY)
    try:
        hashed, offset = hashlib.blake2b(digest_size=20), 0
        while chunk := os.pread(fd, _CHUNK, offset):
            hashed.update(chunk)
            offset += len(chunk)
    finally:
        if own:
            os.close(fd)
    return f"blake2b:{hashed.hexdigest()}"


def record_base(lock: JournalLock) -> None:
    """Bind the log the writer is about to write to the file as it is now."""
    lock.note(RECORD_KEY, digest(lock.journal, lock.journal_fd))


def record_closing(lock: JournalLock) -> None:
    lock.note(RECORD_KEY, CLOSING)


def set_aside(journal: Path, now: dt.datetime) -> Path:
    """Rename a foreign log out of SQLite's way, e.g. ``journal.sqlite-wal.set-aside-…``."""
    stamp = now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    source = log_path(journal)
    target = source.with_name(f"{source.name}.set-aside-{stamp}")
    number = 2
    while target.exists() or target.is_symlink():
        target = source.with_name(f"{source.name}.set-aside-{stamp}-{number}")
        number += 1
    os.rename(source, target)
    return target


def _is_open_elsewhere(journal: Path) -> bool:
    """Whether another process's SQLite has the journal open (it holds the -shm lock)."""
    if sys.platform == "win32":
        return False
    import fcntl

    try:
        fd = os.open(journal.with_name(journal.name + "-shm"), os.O_RDWR | _NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _DMS_BYTE)
    except OSError:
        return True
    else:
        with contextlib.suppress(OSError):
            fcntl.lockf(fd, fcntl.LOCK_UN, 1, _DMS_BYTE)
        return False
    finally:
        os.close(fd)
