"""What went wrong, in the user's language: journal errors, form problems and system reasons.

Storage and the domain stay free of Qt: their errors and problems carry an English template
and its arguments. Here the template is translated and the arguments written as the user's
locale writes them; nothing is parsed out of English text.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject

from journal_app.domain.validation import InvalidRecord
from journal_app.messages import Count, Message, Word, fill, translatable
from journal_app.storage.errors import JournalError
from journal_app.ui.widgets.form_helpers import argument_text, moment_text, problem_text

#: The system's reasons (strerror) that journal errors most often carry.
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


def _translate(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def reason_text(reason: str) -> str:
    """A system reason ("Permission denied") in the user's language, when it is a known one."""
    bare = reason.strip().rstrip(".")
    return _translate(_REASONS[bare]) if bare in _REASONS else reason


def journal_error_text(error: JournalError) -> str:
    """A journal error's template in the user's language, its arguments filled in."""
    return fill(_translate(error.template), error.arguments, _argument)


def message_text(message: Message) -> str:
    """A message in the user's language, its arguments as the user's locale writes them."""
    template = QCoreApplication.translate(message.context, message.template)
    return fill(template, message.arguments, _argument)


def _argument(arg: object) -> str:
    if isinstance(arg, Word):
        return _translate(arg)
    if isinstance(arg, Count):
        return _MessageCounts().text(arg)
    if isinstance(arg, dt.datetime):
        return moment_text(arg)
    if isinstance(arg, OSError):
        return reason_text(arg.strerror) if arg.strerror else str(arg)
    if isinstance(arg, BaseException):
        return error_text(arg)
    return argument_text(arg)


class _MessageCounts(QObject):
    """The counted phrases of messages, in plural forms: lupdate files tr(text, "", n) as such,
    so each is written out here."""

    def text(self, count: Count) -> str:
        n = count.number
        phrases = {
            "%Ln entries": lambda: self.tr("%Ln entries", "", n),
            "%Ln injections": lambda: self.tr("%Ln injections", "", n),
        }
        return phrases[count.plural]()


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``: form problems, journal errors, system errors."""
    if isinstance(error, InvalidRecord):
        return "\n".join(problem_text(problem) for problem in error.problems)
    if isinstance(error, JournalError):
        return journal_error_text(error)
    if isinstance(error, OSError) and error.strerror:
        reason = reason_text(error.strerror)
        return f"{error.filename}: {reason}" if error.filename else reason
    return str(error)
