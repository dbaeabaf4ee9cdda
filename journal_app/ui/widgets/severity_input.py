"""A 0–10 severity input that is quick from the keyboard and can say "not logged"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from journal_app.domain.models import SEVERITY_MAX, SEVERITY_MIN
from journal_app.ui.widgets.form_helpers import MIN_TARGET

NOT_LOGGED = SEVERITY_MIN - 1
# Okabe–Ito blue: the chosen value must stand out in light and dark themes alike.
_CHECKED_STYLE = "QPushButton:checked { background: #0072B2; color: white; font-weight: bold; }"


class SeveritySpinBox(QSpinBox):
    """Typing a number 0–10 sets it; Delete or Backspace on a selected value clears it.

    Anything else typed (a minus sign, a letter, 11) is refused: the value stays as it was and
    ``refused`` says why. "Not logged" is reached only by Delete, never by typing -1.
    """

    #: Why a keystroke was refused (empty once a valid one follows).
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_LOGGED, SEVERITY_MAX)
        self.setSpecialValueText(self.tr("not logged"))
        self.setValue(NOT_LOGGED)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        # Wide enough for the special text in every language ("nicht erfasst", "sin registrar").
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.specialValueText()) + 48)
        self.setMinimumHeight(MIN_TARGET)
        #: What has been typed since a keystroke was refused ("-1"): all of it is refused.
        self._refused_text = ""

    def severity(self) -> int | None:
        return None if self.value() == NOT_LOGGED else self.value()

    def set_severity(self, severity: int | None) -> None:
        self.setValue(NOT_LOGGED if severity is None else severity)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._refused_text = ""
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            # Whatever brought the focus here from the keyboard, the next digit replaces it.
            self.selectAll()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # Pasted or dropped text passes here too: only 0–10 or "not logged" get in.
        state = _typed_state(text, self.specialValueText())
        return state, text, pos

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        clears = key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if clears and self._refused_text:
            self._stop_refusing()
            return
        if clears and (self.lineEdit().hasSelectedText() or self.value() == NOT_LOGGED):
            self.setValue(NOT_LOGGED)
            self.selectAll()
            self.refused.emit("")
            return
        typed = event.text()
        if not typed or not typed.isprintable() or self.isReadOnly():
            super().keyPressEvent(event)
            return
        after = typed if self.value() == NOT_LOGGED else self._text_after(typed)
        valid = typed.isdigit() and _typed_state(after, "") is QValidator.State.Acceptable
        if self._refused_text or not valid:
            # "-1" is refused whole: the 1 after a refused minus must not become the value.
            self._refused_text += typed
            shown = after if typed.isdigit() and len(self._refused_text) == 1 else None
            self.refused.emit(
                self.tr("“%1” is not a severity: type a whole number from 0 to 10.").replace(
                    "%1", shown or self._refused_text
                )
            )
            self.selectAll()  # the next number typed replaces the value, once this is cleared
            return
        self.refused.emit("")
        if self.value() == NOT_LOGGED:
            # The special text "not logged" is not numeric; start a fresh number.
            self.lineEdit().setText(typed)
            self.interpretText()
            return
        super().keyPressEvent(event)

    def _stop_refusing(self) -> None:
        """Backspace or Delete after a refusal: start again from the value as it stands."""
        self._refused_text = ""
        self.refused.emit("")
        self.selectAll()

    def _text_after(self, typed: str) -> str:
        """The field's text if ``typed`` were inserted where the cursor is."""
        edit = self.lineEdit()
        text = edit.text()
        if edit.hasSelectedText():
            start = edit.selectionStart()
            return text[:start] + typed + text[start + len(edit.selectedText()) :]
        cursor = edit.cursorPosition()
        return text[:cursor] + typed + text[cursor:]


def _typed_state(text: str, special: str) -> QValidator.State:
    if text == special and special:
        return QValidator.State.Acceptable
    if text == "":
        return QValidator.State.Intermediate
    if text.isdigit() and SEVERITY_MIN <= int(text) <= SEVERITY_MAX:
        return QValidator.State.Acceptable
    return QValidator.State.Invalid


class SeverityScale(QWidget):
    """Eleven buttons 0–10 under a severity spin box, for pointing instead of typing.

    Clicking the chosen number again keeps it chosen (a second tap by a shaky hand must not
    look like clearing it).
    """

    picked = Signal(int)

    def __init__(self, spin_box: SeveritySpinBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._spin_box = spin_box
        self._buttons: list[QPushButton] = []
        width = max(MIN_TARGET, self.fontMetrics().horizontalAdvance("10") + 16)
        for value in range(SEVERITY_MIN, SEVERITY_MAX + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setStyleSheet(_CHECKED_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(width, MIN_TARGET)
            button.setAccessibleName(self.tr("Severity %1").replace("%1", str(value)))
            button.clicked.connect(lambda _=False, v=value: self._pick(v))
            layout.addWidget(button)
            self._buttons.append(button)
        layout.addStretch(1)
        spin_box.valueChanged.connect(self._show)
        self._show(spin_box.value())

    def _pick(self, value: int) -> None:
        self._spin_box.setValue(value)
        self._show(self._spin_box.value())  # a checked button clicked again unchecks itself

    def set_read_only(self, read_only: bool) -> None:
        for button in self._buttons:
            button.setEnabled(not read_only)

    def _show(self, value: int) -> None:
        for index, button in enumerate(self._buttons):
            button.setChecked(index == value)
