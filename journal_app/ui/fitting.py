"""Windows that fit the screen they open on: scrolling content, clamped size and place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# Loaded with the main window: nothing here may import the domain or the pages.


class FittingScrollArea(QScrollArea):
    """Scrolls its content only when the window cannot be as large as the content wants.

    QScrollArea's own size hint stops at 36 × 24 lines of text, which would make every dialog
    scroll even on a large screen.
    """

    def __init__(
        self,
        content: QWidget,
        parent: QWidget | None = None,
        *,
        sideways: bool = False,
        screen_share: float = 0.0,
    ) -> None:
        super().__init__(parent)
        self._sideways = sideways
        # At least this share of the screen's height stays shown (when the content needs it).
        self._screen_share = screen_share
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QScrollArea watches its content only to move the scroll bars: a content that grows
        # or shrinks (a notice appearing) must change this area's hints too.
        from PySide6.QtCore import QEvent  # not before the window shows: a large enum set

        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, hint.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        # As narrow as the content allows, as short as a few lines: the rest scrolls.
        bar = self.verticalScrollBar().sizeHint().width()
        lines = self.fontMetrics().lineSpacing() * 4
        if self._screen_share and (screen := self.screen()) is not None:
            lines = max(lines, int(screen.availableGeometry().height() * self._screen_share))
        if self._sideways:  # a chart may scroll sideways too, rather than overflow the screen
            return QSize(lines, lines)
        # Content shorter than that (a strip of notices, none showing) asks for no more.
        shortest = min(lines, content.sizeHint().expandedTo(content.minimumSizeHint()).height())
        return QSize(content.minimumSizeHint().width() + bar, shortest)


def scroll_when_too_large(dialog: QWidget) -> None:
    """Put the whole of ``dialog`` in a scroll area if even its minimum overflows the screen.

    The app's own dialogs scroll their fields and keep their buttons in sight; this is for any
    other dialog (and a long message), so that none is ever larger than the screen.
    """
    screen = dialog.screen()
    layout = dialog.layout()
    if screen is None or layout is None or isinstance(dialog.findChild(_Wrapper), _Wrapper):
        return
    available = screen.availableGeometry().size()
    needed = dialog.minimumSizeHint()
    if needed.width() <= available.width() and needed.height() <= available.height():
        return
    body = QWidget()
    body.setLayout(layout)  # taken from the dialog, with every widget it lays out
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(_Wrapper(body, dialog))
    outer.activate()  # the old layout's minimum size goes with it


class _Wrapper(FittingScrollArea):
    """The scroll area scroll_when_too_large() put around a dialog's own layout."""


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that all of it, frame included, lies on its screen."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_width = frame.width() - window.width()
    extra_height = frame.height() - window.height()
    width = min(window.width(), available.width() - extra_width)
    height = min(window.height(), available.height() - extra_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, available.left()), max(y, available.top()))
