"""A tab whose page is built the first time it is shown (keeps heavy modules off start-up)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from journal_app.ui.fitting import FittingScrollArea

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent  # at run time its QEvent enums would slow start-up


class LazyPage(QWidget):
    """Holds nothing until first shown; then ``build`` makes the real page inside it."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._build = build
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.page is None:
            self.page = self._build(self)
            # On a small screen the page scrolls rather than push the window past its edge.
            self._layout.addWidget(FittingScrollArea(self.page, self, sideways=True))
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)
