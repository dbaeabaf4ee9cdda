"""Input that cannot go wrong: no value changed by a stray wheel, undo that means the journal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QDialog, QWidget

from journal_app.ui.fitting import fit_to_screen, scroll_when_too_large

_WHEEL = QEvent.Type.Wheel
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
_POLISH = QEvent.Type.Polish
_SHOW = QEvent.Type.Show
_VALUE_INPUTS = (QAbstractSpinBox, QComboBox)


class InputGuard(QObject):
    """An application event filter for the main window ``window``.

    - The wheel over a spin box or combo box without the focus scrolls the form around it and
      never changes the value (a patient scrolling the form must not change a severity).
    - A dialog opens no larger than the screen it opens on.
    - The keys of ``journal_keys`` (undo, redo) reach the window's actions even from a text
      field, which would otherwise keep them for its own undo; text fields still offer their
      own undo in their context menu.
    """

    def __init__(
        self, window: QWidget, journal_keys: Callable[[], list[QKeySequence]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._journal_keys = journal_keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _WHEEL:
            return self._wheel(watched, event)  # type: ignore[arg-type]
        if kind == _SHORTCUT_OVERRIDE:
            return self._shortcut_override(watched, event)  # type: ignore[arg-type]
        if kind == _SHOW and isinstance(watched, QDialog):
            # No dialog larger than the screen: they scroll inside.
            scroll_when_too_large(watched)
            fit_to_screen(watched)
        elif kind == _POLISH and isinstance(watched, _VALUE_INPUTS):
            # Qt gives the focus to what the wheel turns before any filter sees the wheel.
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False

    def _wheel(self, watched: QObject, event: QWheelEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        value_input = _value_input(watched)
        if value_input is None or value_input.hasFocus():
            return False
        area = _scroll_area_around(value_input)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True  # the value stays as it was

    def _shortcut_override(self, watched: QObject, event: QKeyEvent) -> bool:
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        if any(pressed.matches(keys) == exact for keys in self._journal_keys()):
            event.ignore()  # not the text field's: the window's shortcut takes it
            return True
        return False


def _value_input(widget: QWidget) -> QWidget | None:
    """The spin box or combo box ``widget`` is, or is part of (its text field, its list)."""
    current: QWidget | None = widget
    for _ in range(3):
        if current is None:
            return None
        if isinstance(current, _VALUE_INPUTS):
            return current
        current = current.parentWidget()
    return None


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
