"""Running a dialog: deleted once used, and shown again, as typed, until what it holds is saved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QMessageBox

DialogT = TypeVar("DialogT", bound=QDialog)


@contextmanager
def disposed(dialog: DialogT) -> Iterator[DialogT]:
    """A dialog that is deleted once used (a child of the window would otherwise live on)."""
    try:
        yield dialog
    finally:
        dialog.deleteLater()


def save_until_done(dialog: DialogT, save: Callable[[DialogT], object], failure_title: str) -> bool:
    """Show ``dialog`` and ``save`` what it holds once accepted; True once saved.

    A save the journal refuses says why, and the same dialog comes back still holding what was
    typed; Cancel ends it, saving nothing. The dialog is deleted afterwards.
    """
    # The domain's rules and the error wording load with the first dialog, not at start-up.
    from journal_app.domain.validation import InvalidRecord
    from journal_app.storage.errors import JournalError
    from journal_app.ui.errors import error_text

    with disposed(dialog):
        while dialog.exec():
            try:
                save(dialog)
            except (InvalidRecord, JournalError) as exc:
                QMessageBox.warning(dialog.parentWidget(), failure_title, error_text(exc))
                continue
            return True
    return False
