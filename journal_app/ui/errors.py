"""What went wrong, in the user's language: journal errors, form problems and system reasons.

Storage and the domain stay free of Qt and keep their messages in English (the command line
prints them). Domain problems carry templates (see form_helpers.problem_text); storage messages
are recognised here by their shape and said again from a translated template.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from journal_app.domain.validation import InvalidRecord, translatable
from journal_app.ui.widgets.form_helpers import problem_text

#: The storage layer's messages (journal_app/storage), as a pattern and a template whose %1,
#: %2 … are the pattern's groups. Reasons from the system are translated on their own.
_MESSAGES: tuple[tuple[str, str], ...] = (
    (
        r"(.+) is not a Relief Journal file \(not a SQLite database\)\.",
        translatable("errors", "%1 is not a Relief Journal file (not a SQLite database)."),
    ),
    (
        r"(.+) is a database of another application, not a Relief Journal\.",
        translatable("errors", "%1 is a database of another application, not a Relief Journal."),
    ),
    (
        r"(.+) was written by a newer version of Relief Journal\. Install the latest version "
        r"to open it; the file has not been changed\.",
        translatable(
            "errors",
            "%1 was written by a newer version of Relief Journal. Install the latest version "
            "to open it; the file has not been changed.",
        ),
    ),
    (
        r"(.+) is damaged and cannot be read\. Restore it from a backup\.",
        translatable("errors", "%1 is damaged and cannot be read. Restore it from a backup."),
    ),
    (
        r"There is no journal at (.+)\.",
        translatable("errors", "There is no journal at %1."),
    ),
    (
        r"Cannot create (.+): (.+?)\.",
        translatable("errors", "Cannot create %1: %2."),
    ),
    (
        r"(.+) is a folder, not a journal file\.",
        translatable("errors", "%1 is a folder, not a journal file."),
    ),
    (
        r"(.+) is empty: there is no journal in it yet\.",
        translatable("errors", "%1 is empty: there is no journal in it yet."),
    ),
    (
        r"(.+) is read-only, so changes cannot be saved\. Open it read-only\.",
        translatable("errors", "%1 is read-only, so changes cannot be saved. Open it read-only."),
    ),
    (
        r"(.+) cannot be opened for writing\. Open it read-only\.",
        translatable("errors", "%1 cannot be opened for writing. Open it read-only."),
    ),
    (
        r"(.+) is busy in another program\. Try again\.",
        translatable("errors", "%1 is busy in another program. Try again."),
    ),
    (
        r"(.+) is open for changes in another Relief Journal \(process (\d+) on (.+)\); "
        r"close it there first\.",
        translatable(
            "errors",
            "%1 is open for changes in another Relief Journal (process %2 on %3); "
            "close it there first.",
        ),
    ),
    (
        r"(.+) is open for changes in another Relief Journal; close it there first\.",
        translatable(
            "errors", "%1 is open for changes in another Relief Journal; close it there first."
        ),
    ),
    (
        r"(.+) cannot be changed: its folder (.+) is read-only\. Open it read-only to look at it\.",
        translatable(
            "errors",
            "%1 cannot be changed: its folder %2 is read-only. Open it read-only to look at it.",
        ),
    ),
    (
        r"(.+) cannot be opened for changes: (.+?)\.",
        translatable("errors", "%1 cannot be opened for changes: %2."),
    ),
    (
        r"(.+) could not be opened: (.+?)\.",
        translatable("errors", "%1 could not be opened: %2."),
    ),
    (
        r"Cannot write a backup to (.+): (.+?)\.",
        translatable("errors", "Cannot write a backup to %1: %2."),
    ),
    (
        r"The backup to (.+) failed: (.+?)\.+",
        translatable("errors", "The backup to %1 failed: %2."),
    ),
    (
        r"The disk is full, so the change was not saved\. Free some space and try again\.",
        translatable(
            "errors",
            "The disk is full, so the change was not saved. Free some space and try again.",
        ),
    ),
    (
        r"The journal file or its folder is read-only, so the change was not saved\.",
        translatable(
            "errors", "The journal file or its folder is read-only, so the change was not saved."
        ),
    ),
    (
        r"The journal is busy in another program, so the change was not saved\. Try again\.",
        translatable(
            "errors",
            "The journal is busy in another program, so the change was not saved. Try again.",
        ),
    ),
    (
        r"The journal's disk could not be written \(was it removed or made read-only\?\), "
        r"so the change was not saved\. Check the disk and try again\.",
        translatable(
            "errors",
            "The journal's disk could not be written (was it removed or made read-only?), "
            "so the change was not saved. Check the disk and try again.",
        ),
    ),
    (
        r"The journal refused the change: (.+?)\.",
        translatable("errors", "The journal refused the change: %1."),
    ),
    (
        r"The change was not saved: (.+?)\.",
        translatable("errors", "The change was not saved: %1."),
    ),
    (
        r"(.+) holds no journal; there is nothing to restore\.",
        translatable("errors", "%1 holds no journal; there is nothing to restore."),
    ),
    (
        r"The backup could not be restored: (.+?)\.?",
        translatable("errors", "The backup could not be restored: %1."),
    ),
    (
        r"Today's automatic backup of (.+) could not be taken: (.+?)\.?",
        translatable("errors", "Today's automatic backup of %1 could not be taken: %2."),
    ),
)

#: The system's reasons (strerror) the messages above most often carry.
_REASONS: dict[str, str] = {
    "Permission denied": translatable("errors", "Permission denied"),
    "No space left on device": translatable("errors", "No space left on device"),
    "Read-only file system": translatable("errors", "Read-only file system"),
    "No such file or directory": translatable("errors", "No such file or directory"),
    "Is a directory": translatable("errors", "Is a directory"),
    "File exists": translatable("errors", "File exists"),
    "Device or resource busy": translatable("errors", "Device or resource busy"),
    "Input/output error": translatable("errors", "Input/output error"),
    "Disk quota exceeded": translatable("errors", "Disk quota exceeded"),
    "Operation not permitted": translatable("errors", "Operation not permitted"),
}

_COMPILED = tuple((re.compile(pattern, re.DOTALL), template) for pattern, template in _MESSAGES)


def _translate(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def reason_text(reason: str) -> str:
    """A system reason ("Permission denied") in the user's language, when it is a known one."""
    bare = reason.strip().rstrip(".")
    return _translate(_REASONS[bare]) if bare in _REASONS else reason


def message_text(message: str) -> str:
    """A storage message in the user's language; one of unknown shape as it is."""
    for pattern, template in _COMPILED:
        match = pattern.fullmatch(message.strip())
        if match is None:
            continue
        text = _translate(template)
        groups = [reason_text(group) for group in match.groups()]
        for number, value in reversed(list(enumerate(groups, start=1))):
            text = text.replace(f"%{number}", value)
        return text
    return message


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``: form problems, journal errors, system errors."""
    if isinstance(error, InvalidRecord):
        return "\n".join(problem_text(problem) for problem in error.problems)
    if isinstance(error, OSError) and error.strerror:
        reason = reason_text(error.strerror)
        return f"{error.filename}: {reason}" if error.filename else reason
    return message_text(str(error))
