"""The dialog that picks one of a journal's automatic backups to restore."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.storage.backups import BackupInfo, BackupReason
from journal_app.ui.models.record_table import AnyIndex, RecordTableModel
from journal_app.ui.widgets.form_helpers import caption_label, moment_text


class BackupsTableModel(RecordTableModel[BackupInfo]):
    """One row per backup, newest first; a copy that cannot be read cannot be chosen."""

    COL_TAKEN = 0
    COL_KIND = 1
    COL_ENTRIES = 2
    COL_INJECTIONS = 3
    NUMBER_COLUMNS = frozenset({COL_ENTRIES, COL_INJECTIONS})

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [self.tr("Taken"), self.tr("Kind"), self.tr("Entries"), self.tr("Injections")]
        super().__init__(parent, headers=headers)
        self._order = (self.COL_TAKEN, Qt.SortOrder.DescendingOrder)

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        self.set_rows(backups)

    def backup_at(self, row: int) -> BackupInfo:
        return self.record_at(row)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if index.isValid() and not self.record_at(index.row()).readable:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def _tooltip(self, info: BackupInfo, column: int) -> str | None:
        if not info.readable:
            return self.tr("This copy cannot be read, so it cannot be restored.")
        return str(info.path)

    def _record_key(self, info: BackupInfo) -> Hashable:
        return info.path

    def _sort_value(self, info: BackupInfo, column: int) -> int | float | str:
        if column == self.COL_TAKEN:  # the order of taking: a clock set wrong cannot change it
            return info.order
        if column in self.NUMBER_COLUMNS:
            count = info.entries if column == self.COL_ENTRIES else info.injections
            return -1 if count is None else count
        return self._display_text(info, column)

    def _display_text(self, info: BackupInfo, column: int) -> str:
        if column == self.COL_TAKEN:
            return taken_text(info)
        if column == self.COL_KIND:
            return self.reason_label(info.reason)
        count = info.entries if column == self.COL_ENTRIES else info.injections
        return self.tr("unreadable") if count is None else self._locale.toString(count)

    def reason_label(self, reason: BackupReason) -> str:
        if reason is BackupReason.MIGRATION:
            return self.tr("Before an upgrade")
        return self.tr("Daily")


class RestoreDialog(QDialog):
    """Lists the backups of ``journal``; :meth:`chosen` is the one to restore once accepted."""

    def __init__(
        self, parent: QWidget | None, journal: Path, backups: Sequence[BackupInfo]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(560)
        self.model = BackupsTableModel(self)
        self.model.set_backups(backups)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(
            self.tr(
                "There are no backups of this journal yet. One is taken automatically each "
                "day the journal is opened."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        self.view.doubleClicked.connect(lambda _index: self._accept_if_chosen())
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption_label(
                self.tr(
                    "Choose a copy to put in place of %1. The journal as it is now is kept "
                    "beside it as a separate file, so nothing is lost."
                ).replace("%1", journal.name)
            )
        )
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.view.setVisible(bool(backups))
        self.empty_label.setVisible(not backups)
        self._select_newest_readable()
        self._update_button()

    def chosen(self) -> BackupInfo | None:
        """The selected backup, if a readable one is selected."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.model.backup_at(rows[0].row())
        return info if info.readable else None

    def _select_newest_readable(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.backup_at(row).readable:
                self.view.selectRow(row)
                return

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _accept_if_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()


def taken_text(info: BackupInfo) -> str:
    """When a backup was taken, in the user's time zone and locale."""
    return moment_text(info.taken_at)
