"""What can go wrong with a journal file, each with a message a patient can act on.

Like the domain's problems, every error carries a fixed English template with %1, %2 …
(marked with ``translatable("errors", …)`` where it is raised) and the arguments that fill
it: ``str(error)`` is the English message the command line prints; the window translates the
template and writes the arguments in the user's language. An argument may be an OSError (its
system reason) or another JournalError (its whole message).
"""

from __future__ import annotations

from pathlib import Path

from journal_app.messages import fill


class JournalError(Exception):
    """A journal could not be opened, read or written. ``str()`` is the user's message."""

    def __init__(self, path: Path | str, template: str, *arguments: object) -> None:
        super().__init__(fill(template, arguments))
        self.path = Path(path)
        self.template = template
        self.arguments = arguments


class JournalNotFound(JournalError):
    """The file does not exist and the caller did not ask to create it."""


class NotAJournal(JournalError):
    """The file is not SQLite, or is a SQLite database of another application."""


class NewerJournal(JournalError):
    """The journal was written by a newer version of Relief Journal."""


class DamagedJournal(JournalError):
    """SQLite reports the file as corrupt, or it holds values the schema does not allow."""

    #: Where, when known (e.g. "entries '2024-02-30'"): `relief-journal check` lists them.
    details: tuple[str, ...] = ()


class JournalWriteError(JournalError):
    """A change could not be saved (disk full, read-only file or folder, busy)."""


class JournalLocked(JournalError):
    """Another running Relief Journal has the journal open for changes."""


class JournalNotWritable(JournalError):
    """The file or its folder cannot be written; the journal can still be opened read-only."""
