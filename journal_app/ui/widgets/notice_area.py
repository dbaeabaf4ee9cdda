"""The strip of notices above the Today form, whose height never shrinks under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class NoticeArea(QWidget):
    """Holds banners one above the other; the room they took stays theirs while the width does.

    A banner that goes (today logged, the welcome declined) leaves its room empty instead of
    pulling the form up under the pointer; one that comes back finds its room there. The
    room is measured afresh whenever the area is shown again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self._reserved = 0
        self._width = -1

    def add(self, notice: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, notice)
        self._refit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._refit()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Shown anew (the Today tab opened again): nothing here is under the pointer, so the
        # room of gone notices (an answered check-in card) is given back.
        self._width = -1
        self._layout.invalidate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit()

    def _refit(self) -> None:
        width = self.width()
        if self._layout.hasHeightForWidth() and width > 0:
            needed = self._layout.totalHeightForWidth(width)
        else:
            needed = self._layout.totalSizeHint().height()
        if width != self._width:
            self._width, self._reserved = width, needed  # new wrapping: measured afresh
        else:
            self._reserved = max(self._reserved, needed)
        if self.minimumHeight() != self._reserved:
            self.setMinimumHeight(self._reserved)
