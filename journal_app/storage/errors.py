"""What can go wrong with a journal file, each with a message a patient can act on."""

from __future__ import annotations

from pathlib import Path


class JournalError(Exception):
    """A journal could not be opened, read or written. ``str()`` is the user's message."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)


class JournalNotFound(JournalError):
    """The file does not exist and the caller did not ask to create it."""


class NotAJournal(JournalError):
    """The file is not SQLite, or is a SQLite database of another application."""


class NewerJournal(JournalError):
    """The journal was written by a newer version of Relief Journal."""


class DamagedJournal(JournalError):
    """SQLite reports the file as corrupt."""


class JournalWriteError(JournalError):
    """A change could not be saved (disk full, read-only file or folder, busy)."""


class JournalLocked(JournalError):
    """Another running Relief Journal has the journal open for changes."""


class JournalNotWritable(JournalError):
    """The file or its folder cannot be written; the journal can still be opened read-only."""
