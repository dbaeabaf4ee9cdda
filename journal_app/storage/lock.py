"""One writer per journal file, whatever name it is opened by; freed if its holder dies.

On POSIX the lock is ``flock`` on the journal file itself, so every name of the file (a
symbolic link, a hard link, a relative path) meets the same lock. A small hidden file beside
the journal, ``.<name>.lock``, says who holds it (for the message a second instance shows) and
which database file the holder's write-ahead log was started on (storage/wal.py). Windows
locks a byte of that file instead (the journal's own bytes are SQLite's to lock there).
Neither file is ever opened through a link: the lock file is created with ``O_NOFOLLOW``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import sys
import weakref
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from journal_app.messages import translatable
from journal_app.storage.errors import JournalError, JournalLocked, JournalNotWritable

# Errors that mean the folder cannot take a new file (read-only folder, disk or medium).
_NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)
# Errors of file systems that do not lock at all (some network shares).
_NO_LOCKING = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS)
# Windows locks a byte range other processes then cannot read: lock a byte far past the text.
_WINDOWS_LOCK_OFFSET = 1 << 30
# How often to retry when the file was replaced between our open and lock.
_ATTEMPTS = 5
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_OWN_FILE_LOCK = sys.platform != "win32"


@dataclass(frozen=True)
class LockOwner:
    """Who holds a journal's lock, as the holder wrote it."""

    pid: int
    host: str


def lock_path(journal: Path) -> Path:
    """The lock file of ``journal``: hidden, beside it, e.g. ``.journal.sqlite.lock``."""
    return journal.with_name(f".{journal.name}.lock")


class JournalLock:
    """Held while a journal is open for writing; :meth:`release` (or the process ending) frees
    it. Acquire it with the journal's resolved path: the lock file lives beside the real file.
    """

    def __init__(self, journal: Path, fd: int | None, info_fd: int) -> None:
        self.journal = journal
        self.path = lock_path(journal)
        self._fd = fd  # the descriptor holding the OS lock (None: the file system has none)
        self._info_fd: int | None = info_fd
        self._on_collect = weakref.finalize(self, _close_all, *_distinct(fd, info_fd))
        self._record: dict[str, str] = {}

    @classmethod
    def acquire(cls, journal: Path) -> JournalLock:
        """Lock ``journal`` for writing, or raise JournalLocked / JournalNotWritable."""
        journal = Path(journal)
        for _ in range(_ATTEMPTS):
            info_fd = _open_lock_file(journal)
            try:
                fd = _lockable(journal, info_fd)
                locked = _try_lock(fd)
            except BaseException:
                os.close(info_fd)
                raise
            if locked is None:  # the file system cannot lock: one writer is not enforced
                _close_unless(fd, info_fd)
                return cls(journal, None, info_fd)
            if not locked:
                owner = _read_owner(info_fd)
                _close_all(*_distinct(fd, info_fd))
                raise _locked(journal, owner)
            if _still_names(journal, fd, info_fd):
                lock = cls(journal, fd, info_fd)
                # What the last holder recorded about its log stays true until replaced.
                lock._record = _parse(_read_text(info_fd))
                lock._record["owner"] = f"{os.getpid()} {socket.gethostname()}"
                lock._write()
                return lock
            _close_all(*_distinct(fd, info_fd))  # replaced as we locked it
        raise _locked(journal, None)

    @property
    def held(self) -> bool:
        return self._info_fd is not None

    @property
    def journal_fd(self) -> int | None:
        """A descriptor open on the journal file itself while held (POSIX), else None.

        Read the journal through it while SQLite has the file open: closing any other
        descriptor of the file would drop SQLite's own POSIX locks on it.
        """
        return self._fd if _OWN_FILE_LOCK and self._fd is not None else None

    def note(self, key: str, value: str | None) -> None:
        """Record (or with None, drop) a line of the lock file, synced to disk at once."""
        if value is None:
            self._record.pop(key, None)
        else:
            self._record[key] = value
        self._write(sync=True)

    def release(self, *, keep_file: bool = False) -> None:
        """Free the lock, removing its file unless ``keep_file``; twice does nothing."""
        info_fd, self._info_fd = self._info_fd, None
        if info_fd is None:
            return
        self._on_collect.detach()
        if not keep_file and sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        _close_all(*_distinct(self._fd, info_fd))
        self._fd = None

    def _write(self, *, sync: bool = False) -> None:
        if self._info_fd is None:
            return
        text = "".join(f"{key} {value}\n" for key, value in self._record.items()).encode()
        try:
            os.lseek(self._info_fd, 0, os.SEEK_SET)
            os.write(self._info_fd, text)
            os.ftruncate(self._info_fd, len(text))
            if sync:
                os.fsync(self._info_fd)
        except OSError as exc:
            if sync:  # what the write-ahead log's safety rests on must reach the disk
                template = translatable("errors", "%1 cannot be opened for changes: %2.")
                raise JournalNotWritable(self.journal, template, self.journal.name, exc) from exc

    def __enter__(self) -> JournalLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def read_lock_file(journal: Path) -> dict[str, str]:
    """The lines of ``journal``'s lock file by their first word; empty if there is none.

    Never follows a link: a link in the lock file's place reads as no lock file.
    """
    try:
        fd = os.open(lock_path(journal), os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
    except OSError:
        return {}
    try:
        text = os.read(fd, 4096).decode("utf-8", errors="replace")
    except OSError:
        return {}
    finally:
        os.close(fd)
    return _parse(text)


def lock_owner(journal: Path) -> LockOwner | None:
    """Who the lock file says holds ``journal``'s lock (None if nobody wrote it)."""
    return _parse_owner(read_lock_file(journal).get("owner", ""))


def _open_lock_file(journal: Path) -> int:
    path = lock_path(journal)
    flags = os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC
    try:
        return os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP or path.is_symlink():
            template = translatable(
                "errors",
                "%1 cannot be opened for changes: its lock file %2 is a link, which Relief "
                "Journal never follows. Remove the link and try again.",
            )
            raise JournalNotWritable(journal, template, journal.name, str(path)) from exc
        if exc.errno in _NOT_WRITABLE:
            template = translatable(
                "errors",
                "%1 cannot be changed: its folder %2 is read-only. "
                "Open it read-only to look at it.",
            )
            raise JournalNotWritable(journal, template, journal.name, str(journal.parent)) from exc
        template = translatable("errors", "%1 cannot be opened for changes: %2.")
        raise JournalNotWritable(journal, template, journal.name, exc) from exc


def _lockable(journal: Path, info_fd: int) -> int:
    """The descriptor to lock: the journal itself on POSIX (if it exists), else the lock file."""
    if not _OWN_FILE_LOCK:
        return info_fd
    try:
        return os.open(journal, os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
    except FileNotFoundError:
        return info_fd  # no journal yet (a restore in place of a vanished one)
    except OSError as exc:
        raise JournalError(
            journal, translatable("errors", "%1 could not be opened: %2."), journal.name, exc
        ) from exc


def _try_lock(fd: int) -> bool | None:
    """True if locked, False if another holds it, None if this file system cannot lock."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _NO_LOCKING:
            return None
        if isinstance(exc, BlockingIOError) or exc.errno in (errno.EACCES, errno.EDEADLK):
            return False
        raise
    return True


def _still_names(journal: Path, fd: int, info_fd: int) -> bool:
    """Whether the paths still name the files locked (not replaced or unlinked meanwhile)."""
    if sys.platform == "win32":
        return True
    try:
        named = os.stat(lock_path(journal), follow_symlinks=False)
        if not os.path.samestat(named, os.fstat(info_fd)):
            return False
        return fd == info_fd or os.path.samestat(os.stat(journal), os.fstat(fd))
    except OSError:
        return False


def _close_unless(fd: int, keep: int) -> None:
    if fd != keep:
        os.close(fd)


def _distinct(fd: int | None, info_fd: int) -> tuple[int, ...]:
    return (info_fd,) if fd is None or fd == info_fd else (fd, info_fd)


def _close_all(*fds: int) -> None:
    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)


def _read_text(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 4096).decode("utf-8", errors="replace")
    except OSError:
        return ""


def _read_owner(fd: int) -> LockOwner | None:
    return _parse_owner(_parse(_read_text(fd)).get("owner", ""))


def _parse(text: str) -> dict[str, str]:
    lines = (line.split(maxsplit=1) for line in text.splitlines())
    return {parts[0]: parts[1].strip() for parts in lines if len(parts) == 2}


def _parse_owner(text: str) -> LockOwner | None:
    parts = text.split(maxsplit=1)
    if len(parts) != 2 or not parts[0].isdigit():
        return None
    return LockOwner(int(parts[0]), parts[1].strip())


def _locked(journal: Path, owner: LockOwner | None) -> JournalLocked:
    if owner is None:
        template = translatable(
            "errors", "%1 is open for changes in another Relief Journal; close it there first."
        )
        return JournalLocked(journal, template, journal.name)
    template = translatable(
        "errors",
        "%1 is open for changes in another Relief Journal (process %2 on %3); "
        "close it there first.",
    )
    return JournalLocked(journal, template, journal.name, str(owner.pid), owner.host)
