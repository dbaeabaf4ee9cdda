"""One writer per journal: an OS lock on a small file beside it, freed if its holder dies."""

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

from journal_app.domain.validation import translatable
from journal_app.storage.errors import JournalLocked, JournalNotWritable

# Errors that mean the folder cannot take a new file (read-only folder, disk or medium).
_NOT_WRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS)
# Errors of file systems that do not lock at all (some network shares).
_NO_LOCKING = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS)
# Windows locks a byte range other processes then cannot read: lock a byte far past the text.
_WINDOWS_LOCK_OFFSET = 1 << 30
# How often to retry when the previous holder removed the file between our open and lock.
_ATTEMPTS = 5


@dataclass(frozen=True)
class LockOwner:
    """Who holds a journal's lock, as the holder wrote it."""

    pid: int
    host: str


def lock_path(journal: Path) -> Path:
    """The lock file of ``journal``: hidden, beside it, e.g. ``.journal.sqlite.lock``."""
    return journal.with_name(f".{journal.name}.lock")


class JournalLock:
    """Held while a journal is open for writing; :meth:`release` (or closing the process) frees it.

    The lock is ``flock`` on POSIX and ``msvcrt.locking`` on Windows: the system frees it when
    the holding process ends in any way, so a lock left by a crash is recovered by simply taking
    it again. The file's text (pid and host) only serves the message shown to a second instance.
    """

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd
        # A lock dropped without release() (a database never closed) still frees the journal.
        self._on_collect = weakref.finalize(self, os.close, fd) if fd is not None else None

    @classmethod
    def acquire(cls, journal: Path) -> JournalLock:
        """Lock ``journal`` for writing, or raise JournalLocked / JournalNotWritable."""
        path = lock_path(journal)
        for _ in range(_ATTEMPTS):
            fd = _open_lock_file(path, journal)
            try:
                locked = _try_lock(fd)
            except BaseException:
                os.close(fd)
                raise
            if locked is None:  # the file system cannot lock: one writer is not enforced
                os.close(fd)
                return cls(path, None)
            if not locked:
                owner = _read_owner(fd)
                os.close(fd)
                raise _locked(journal, owner)
            if _still_names(path, fd):
                _write_owner(fd)
                return cls(path, fd)
            os.close(fd)  # the holder removed this file as we opened it: take the new one
        raise _locked(journal, None)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Free the lock and remove its file; calling it twice does nothing."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if self._on_collect is not None:
            self._on_collect.detach()
        if sys.platform != "win32":
            # Removed while still locked, so a newcomer never locks a file about to vanish
            # (it checks after locking that the path still names its file).
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        os.close(fd)

    def __enter__(self) -> JournalLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def lock_owner(journal: Path) -> LockOwner | None:
    """Who the lock file says holds ``journal``'s lock (None if nobody wrote it)."""
    try:
        text = lock_path(journal).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return _parse_owner(text)


def _open_lock_file(path: Path, journal: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno in _NOT_WRITABLE:
            template = translatable(
                "errors",
                "%1 cannot be changed: its folder %2 is read-only. "
                "Open it read-only to look at it.",
            )
            raise JournalNotWritable(journal, template, journal.name, str(journal.parent)) from exc
        template = translatable("errors", "%1 cannot be opened for changes: %2.")
        raise JournalNotWritable(journal, template, journal.name, exc) from exc


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


def _still_names(path: Path, fd: int) -> bool:
    """Whether ``path`` is still the file locked through ``fd`` (not unlinked meanwhile)."""
    if sys.platform == "win32":
        return True
    try:
        return os.path.samestat(os.stat(path), os.fstat(fd))
    except OSError:
        return False


def _write_owner(fd: int) -> None:
    text = f"{os.getpid()} {socket.gethostname()}\n".encode()
    with contextlib.suppress(OSError):  # the text is informative only
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text)
        os.ftruncate(fd, len(text))


def _read_owner(fd: int) -> LockOwner | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 512).decode("utf-8", errors="replace")
    except OSError:
        return None
    return _parse_owner(text)


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
