"""Messages as templates with arguments: marked for translation, filled in English here.

Kept free of other imports: storage's errors use it, and they load with the window (a
module of its own, not the domain's, which loads only once a journal is opened).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

_PLACEHOLDER = re.compile(r"%([1-9][0-9]*)")


class Word(str):
    """An argument that is itself a marked word (e.g. "folder"): translated with its message."""


@dataclass(frozen=True)
class Count:
    """A number of things as an argument: ``Count(3, "%Ln entries", "%Ln entry")``.

    English writes ``one`` for a single thing; the window translates ``plural`` in each
    language's plural forms (ui/errors.py lists the phrases, as lupdate needs them written out).
    """

    number: int
    plural: str
    one: str


@dataclass(frozen=True)
class Message:
    """A template marked for translation in ``context`` and the arguments that fill it."""

    context: str
    template: str
    arguments: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, self.arguments)


def translatable(context: str, text: str) -> str:
    """Returns ``text``. Marks it for translation: resources/i18n/update.py has lupdate read
    this as QT_TRANSLATE_NOOP, and the window translates it, while the domain stays Qt-free."""
    return text


def fill(
    template: str, args: Sequence[object], text_of: Callable[[object], str] | None = None
) -> str:
    """``template`` with %1, %2 … replaced by ``args`` as ``text_of`` writes them (English by
    default). One pass: an argument's own text is never searched for placeholders."""
    write = text_of or english

    def replace(match: re.Match[str]) -> str:
        number = int(match[1])
        return write(args[number - 1]) if number <= len(args) else match[0]

    return _PLACEHOLDER.sub(replace, template)


def english(arg: object) -> str:
    """An argument as the English messages write it."""
    if isinstance(arg, dt.datetime):
        return arg.strftime("%Y-%m-%d %H:%M %Z").rstrip()
    if isinstance(arg, dt.date):
        return arg.isoformat()
    if isinstance(arg, Count):
        return (arg.one if arg.number == 1 else arg.plural).replace("%Ln", str(arg.number))
    if isinstance(arg, Enum):
        return str(arg.value)
    if isinstance(arg, float):
        return f"{arg:g}"
    if isinstance(arg, OSError):  # the system's reason, e.g. "No space left on device"
        return arg.strerror or str(arg)
    return str(arg)
