"""The Journal view: entries, injections and check-ins as sortable tables, with edit and delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.checkins import CheckIn
from journal_app.domain.models import Entry, Injection
from journal_app.services.journal import JournalService
from journal_app.ui.models.checkins_model import CheckInsTableModel
from journal_app.ui.models.entries_model import EntriesTableModel
from journal_app.ui.models.injections_model import InjectionsTableModel
from journal_app.ui.models.record_table import RecordTableModel


def _table(model: RecordTableModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)  # the models sort themselves: see EntriesTableModel.sort
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)  # a long cell ends in "…" (its tooltip has it all), not cut mid-line
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Column widths from the first rows only: measuring 7,300 rows takes over a second.
    header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
    # The header and one row at the least: three tables must fit a window 384 points tall
    # (1366 × 768 at 200%), where the scroll area's own minimum of 70 would not.
    view.setMinimumHeight(header.sizeHint().height() + view.verticalHeader().defaultSectionSize())
    return view


RESIZE_PRECISION_ROWS = 200


class JournalPage(QWidget):
    """The three tables, newest first. Editing is asked of the window, which owns the dialogs;
    check-ins are deleted here and answered again on Today's card, not edited."""

    edit_entry_requested = Signal(object)  # Entry
    edit_injection_requested = Signal(object)  # Injection
    selection_changed = Signal()

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.entries_model = EntriesTableModel(self)
        self.injections_model = InjectionsTableModel(self)
        self.entries_view = _table(self.entries_model, self.tr("Daily entries"))
        self.injections_view = _table(self.injections_model, self.tr("Injections"))
        self.checkins_model = CheckInsTableModel(self)
        self.checkins_view = _table(self.checkins_model, self.tr("Check-ins"))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for title, view in (
            (self.tr("Daily entries"), self.entries_view),
            (self.tr("Injections"), self.injections_view),
            (self.tr("Check-ins"), self.checkins_view),
        ):
            box = QWidget(splitter)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{title}</b>", box)
            heading.setBuddy(view)
            layout.addWidget(heading)
            layout.addWidget(view)
            view.setParent(box)
            view.doubleClicked.connect(self._edit_at)
            view.selectionModel().selectionChanged.connect(self._selected)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        service.entries_changed.connect(self._reload_entries)
        service.injections_changed.connect(self._reload_injections)
        service.checkins_changed.connect(self._reload_checkins)
        self._last_focused: QTableView = self.entries_view
        self._filled = False

    def showEvent(self, event: QShowEvent) -> None:
        # Filled when first shown, so that opening a long journal does not wait for the tables.
        if not self._filled:
            self._filled = True
            self._reload_entries()
            self._reload_injections()
            self._reload_checkins()
            for view in (self.entries_view, self.injections_view, self.checkins_view):
                view.resizeColumnsToContents()
        super().showEvent(event)

    def hold_action(self, action: QAction) -> None:
        """Make ``action``'s shortcut work only while the focus is inside this page: Delete
        typed anywhere else (a text box, the Today form) must delete nothing here."""
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)

    def _reload_entries(self) -> None:
        if self._filled:
            was_empty = self.entries_model.rowCount() == 0
            self.entries_model.set_entries(self._service.entries())
            if was_empty:  # columns sized to an empty table fit only their headers
                self.entries_view.resizeColumnsToContents()

    def _reload_injections(self) -> None:
        if self._filled:
            was_empty = self.injections_model.rowCount() == 0
            self.injections_model.set_injections(self._service.injections())
            if was_empty:
                self.injections_view.resizeColumnsToContents()

    def _reload_checkins(self) -> None:
        if self._filled:
            was_empty = self.checkins_model.rowCount() == 0
            self.checkins_model.set_checkins(self._service.checkins(), self._service.goal_ratings())
            if was_empty:
                self.checkins_view.resizeColumnsToContents()

    def _selected(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QTableView):
            self._last_focused = focused
        self.selection_changed.emit()

    def _selected_row(self, view: QTableView) -> int | None:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_entry(self) -> Entry | None:
        row = self._selected_row(self.entries_view)
        return self.entries_model.entry_at(row) if row is not None else None

    def selected_injection(self) -> Injection | None:
        row = self._selected_row(self.injections_view)
        return self.injections_model.injection_at(row) if row is not None else None

    def selected_checkin(self) -> CheckIn | None:
        row = self._selected_row(self.checkins_view)
        return self.checkins_model.checkin_at(row) if row is not None else None

    def current_selection(self) -> Entry | Injection | CheckIn | None:
        """What the user last selected, in the table that last had the focus."""
        if self._last_focused is self.injections_view:
            return self.selected_injection()
        if self._last_focused is self.checkins_view:
            return self.selected_checkin()
        return self.selected_entry()

    def _edit_at(self, index: QModelIndex) -> None:
        if self._service.read_only:
            return
        view = self.sender()
        if view is self.injections_view:
            self._last_focused = self.injections_view
            if (injection := self.selected_injection()) is not None:
                self.edit_injection_requested.emit(injection)
        elif view is self.checkins_view:
            self._last_focused = self.checkins_view
        elif (entry := self.selected_entry()) is not None:
            self._last_focused = self.entries_view
            self.edit_entry_requested.emit(entry)
