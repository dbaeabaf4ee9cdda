"""Views that follow the journal but redraw only while on screen, so that saving stays quick."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent  # at run time its QEvent enums would slow start-up


class RedrawnOnScreen:
    """Mixed into a widget (before its Qt class): ``journal_changed`` redraws it now while it is
    on screen, else the next time it is shown."""

    _stale = False

    if TYPE_CHECKING:

        def isVisible(self) -> bool: ...

    def refresh(self) -> None:
        raise NotImplementedError

    def journal_changed(self) -> None:
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._stale = False
            self.refresh()
