"""Help › Keyboard shortcuts: read from the window's actions themselves, so the list stays true."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ShortcutActions(Protocol):
    """The window's actions whose keys the list names."""

    today_action: QAction
    injection_action: QAction
    report_action: QAction
    undo_action: QAction
    redo_action: QAction
    delete_action: QAction
    open_action: QAction
    new_action: QAction
    save_copy_action: QAction
    preferences_action: QAction
    quit_action: QAction
    guide_action: QAction


def _keys(*actions: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(action.shortcut().toString(native) for action in actions)


def _key(text: str) -> str:
    return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """A two-column table, keys then what they do; it scrolls where the screen is short."""

    def __init__(self, parent: QWidget | None, actions: ShortcutActions) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = "".join(
            f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in self.rows(actions)
        )
        self.listing = QLabel(f"<table cellspacing='6'>{table}</table>", self)
        self.listing.setTextFormat(Qt.TextFormat.RichText)
        self.listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.listing.setAccessibleName(self.tr("Keyboard shortcuts"))
        scroll = QScrollArea(self)
        scroll.setWidget(self.listing)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        hint = self.listing.sizeHint()
        self.resize(hint.width() + 48, hint.height() + buttons.sizeHint().height() + 48)

    def rows(self, actions: ShortcutActions) -> list[tuple[str, str]]:
        a = actions
        return [
            (_keys(a.today_action), self.tr("Go to today's form, spasm severity focused")),
            (self.tr("0 – 10"), self.tr("Type a number to set the focused severity")),
            (_key("Del"), self.tr("Clear the focused severity (not logged)")),
            (_key("Tab"), self.tr("Move from spasm to headache severity, and on through the form")),
            (_key("Alt+D"), self.tr("Type a date: in your usual format or as 2026-11-21")),
            (
                _key("Return") + " / " + _key("Ctrl+Return"),
                self.tr("Save the day (Enter outside the notes, Ctrl+Return anywhere)"),
            ),
            (_keys(a.injection_action), self.tr("Record an injection")),
            (_keys(a.report_action), self.tr("Export the clinician report (PDF)")),
            (_keys(a.undo_action, a.redo_action), self.tr("Undo / redo")),
            (_keys(a.delete_action), self.tr("Delete the selected entry or injection")),
            (_keys(a.open_action, a.new_action), self.tr("Open / new journal")),
            (_keys(a.save_copy_action), self.tr("Save a copy of the journal")),
            (_keys(a.preferences_action), self.tr("Preferences")),
            (
                self.tr("Arrow keys, Page Up / Page Down, Home"),
                self.tr(
                    "In the Trends calendar: move a day, a week or a month; Home goes to today"
                ),
            ),
            (_keys(a.guide_action), self.tr("User guide")),
            (_keys(a.quit_action), self.tr("Quit")),
        ]
