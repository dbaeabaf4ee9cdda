"""What a journal that cannot be used can be restored from, and how to say so."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from journal_app.messages import Count, Message, translatable
from journal_app.storage.backups import BackupInfo, latest_good_backup


@dataclass(frozen=True)
class Recovery:
    """The newest sound backup of a journal in trouble (None if there is none), in words."""

    backup: BackupInfo | None
    message: Message


def recovery(journal: Path) -> Recovery:
    """Where the newest sound automatic backup of ``journal`` is, for the user to restore it."""
    latest = latest_good_backup(journal)
    if latest is None:
        none = translatable("recovery", "No sound automatic backup of it was found.")
        return Recovery(None, Message("recovery", none))
    template = translatable("recovery", "Its latest sound backup, taken %1 with %2 and %3, is %4.")
    arguments = (
        latest.taken_at,
        Count(latest.entries or 0, "%Ln entries", "%Ln entry"),
        Count(latest.injections or 0, "%Ln injections", "%Ln injection"),
        latest.path,
    )
    return Recovery(latest, Message("recovery", template, arguments))
