"""Files the app writes or reads for the user: only regular files, outputs replaced whole.

Every output (report, CSV, calendar, backup) is written to a new file beside its target,
flushed, synced to disk, checked, and only then renamed over the target, and the folder is
synced: a full disk or a crash leaves the previous file as it was, never half of a new one.
A target or input that is not a regular file (a FIFO, a device, a socket) is refused:
writing would replace or block on it, reading could hang or never end.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from journal_app.messages import Word, translatable
from journal_app.storage.errors import JournalError, JournalWriteError


class UnsafeOutput(JournalError):
    """An output cannot go where it was asked to (not a regular file, or no such folder)."""


class NotARegularFile(JournalError):
    """An input is a FIFO, a device, a socket or a folder rather than a file, or too big."""


def kind_of(mode: int) -> Word:
    """What a non-regular file is, as a word for the messages."""
    if stat.S_ISDIR(mode):
        return Word(translatable("errors", "folder"))
    if stat.S_ISFIFO(mode):
        return Word(translatable("errors", "FIFO (named pipe)"))
    if stat.S_ISSOCK(mode):
        return Word(translatable("errors", "socket"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Word(translatable("errors", "device"))
    return Word(translatable("errors", "special file"))


def check_output(target: Path) -> None:
    """Refuse a target that exists and is not a regular file, or whose folder is missing."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise _write_failed(target, exc) from exc
    if mode is not None and not stat.S_ISREG(mode):
        template = translatable(
            "errors", "%1 is a %2, not a regular file; choose a file name to write to."
        )
        raise UnsafeOutput(target, template, str(target), kind_of(mode))
    if not target.parent.is_dir():
        template = translatable("errors", "%1 does not exist; create the folder or choose another.")
        raise UnsafeOutput(target, template, str(target.parent))


@contextlib.contextmanager
def replaced(target: Path, *, complete: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """A new empty file beside ``target`` for the block to write; afterwards it replaces it.

    When the block ends without error, the new file is synced to disk, checked (it must exist,
    hold at least one byte and pass ``complete``, e.g. end with a PDF's trailer), renamed over
    ``target`` and the folder synced; a failure raises JournalWriteError. On any failure the
    new file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    check_output(target)
    try:
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise _write_failed(target, exc) from exc
    temp = Path(name)
    try:
        yield temp
        _sync(temp)
        if temp.stat().st_size == 0 or (complete is not None and not complete(temp)):
            template = translatable("errors", "%1 could not be written completely.")
            raise JournalWriteError(target, template, str(target))
        check_output(target)  # still not a FIFO or device put there meanwhile
        os.replace(temp, target)
        sync_folder(target.parent)
    except OSError as exc:
        raise _write_failed(target, exc) from exc
    finally:
        temp.unlink(missing_ok=True)


def write_bytes(target: Path, data: bytes) -> None:
    """Replace ``target`` by ``data``, whole or not at all."""
    with replaced(target, complete=lambda temp: temp.stat().st_size == len(data)) as temp:
        temp.write_bytes(data)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; other systems cannot open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_failed(target: Path, exc: OSError) -> JournalWriteError:
    template = translatable("errors", "%1 could not be written: %2.")
    return JournalWriteError(target, template, str(target), exc)


def _require_regular_input(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        template = translatable("errors", "%1 is a %2, not a regular file.")
        raise NotARegularFile(path, template, str(path), kind_of(mode))


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Opened without blocking, so a FIFO cannot hang the program; refused unless it is a
    regular file, so a device cannot feed it without end. Raises NotARegularFile, or OSError
    when it cannot be read; a file larger than ``limit`` is refused as NotARegularFile too.
    """
    _require_regular_input(path, os.stat(path).st_mode)  # a socket cannot even be opened
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        _require_regular_input(path, os.fstat(fd).st_mode)  # the very file opened
        with open(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        template = translatable(
            "errors", "%1 is larger than %2 MB, more than this kind of file holds."
        )
        raise NotARegularFile(path, template, str(path), limit // 1_000_000)
    return data
