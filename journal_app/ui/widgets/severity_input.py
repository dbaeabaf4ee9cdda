"""A 0–10 severity input that is quick from the keyboard and can say "not logged"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from journal_app.domain.models import SEVERITY_MAX, SEVERITY_MIN

NOT_LOGGED = SEVERITY_MIN - 1
# Okabe–Ito blue: the chosen value must stand out in light and dark themes alike.
_CHECKED_STYLE = "QPushButton:checked { background: #0072B2; color: white; font-weight: bold; }"


class SeveritySpinBox(QSpinBox):
    """Typing a number 0–10 sets it; Delete or Backspace on a selected value clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_LOGGED, SEVERITY_MAX)
        self.setSpecialValueText(self.tr("not logged"))
        self.setValue(NOT_LOGGED)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        # Wide enough for the special text in every language ("nicht erfasst", "sin registrar").
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.specialValueText()) + 48)

    def severity(self) -> int | None:
        return None if self.value() == NOT_LOGGED else self.value()

    def set_severity(self, severity: int | None) -> None:
        self.setValue(NOT_LOGGED if severity is None else severity)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            # Whatever brought the focus here from the keyboard, the next digit replaces it.
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        clears = key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if clears and (self.lineEdit().hasSelectedText() or self.value() == NOT_LOGGED):
            self.setValue(NOT_LOGGED)
            self.selectAll()
            return
        if self.value() == NOT_LOGGED and event.text().isdigit():
            # The special text "not logged" is not numeric; start a fresh number.
            self.lineEdit().setText(event.text())
            self.interpretText()
            return
        super().keyPressEvent(event)


class SeverityScale(QWidget):
    """Eleven buttons 0–10 beside a severity spin box, for pointing instead of typing."""

    picked = Signal(int)

    def __init__(self, spin_box: SeveritySpinBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._buttons: list[QPushButton] = []
        for value in range(SEVERITY_MIN, SEVERITY_MAX + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setStyleSheet(_CHECKED_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("10") + 16)
            button.setAccessibleName(self.tr("Severity %1").replace("%1", str(value)))
            button.clicked.connect(lambda _=False, v=value: spin_box.setValue(v))
            layout.addWidget(button)
            self._buttons.append(button)
        layout.addStretch(1)
        spin_box.valueChanged.connect(self._show)
        self._show(spin_box.value())

    def _show(self, value: int) -> None:
        for index, button in enumerate(self._buttons):
            button.setChecked(index == value)
