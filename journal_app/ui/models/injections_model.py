"""The Journal's read-only table of injections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from journal_app.domain.models import Injection
from journal_app.ui.labels import indication_label, product_label
from journal_app.ui.models.entries_model import (
    SORT_ROLE,
    AnyIndex,
    format_number,
    shortened_notes,
)
from journal_app.ui.text import table_date

#: Window sort values combine start and end as start * _WINDOW_SORT_BASE + end (end < base).
_WINDOW_SORT_BASE = 100_000


class InjectionsTableModel(QAbstractTableModel):
    """One row per injection, in the order given; sort through a proxy with SORT_ROLE."""

    COL_DATE = 0
    COL_PRODUCT = 1
    COL_UNITS = 2
    COL_INDICATION = 3
    COL_SITES = 4
    COL_CLINICIAN = 5
    COL_LOT = 6
    COL_ONSET = 7
    COL_REINJECTION = 8
    COL_NOTES = 9
    COLUMN_COUNT = 10

    SORT_ROLE = SORT_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._injections: list[Injection] = []
        self._rows_by_id: dict[int, int] = {}
        self._order = (self.COL_DATE, Qt.SortOrder.AscendingOrder)
        self._locale = QLocale()
        self._headers = [
            self.tr("Date"),
            self.tr("Product"),
            self.tr("Units"),
            self.tr("Indication"),
            self.tr("Sites"),
            self.tr("Clinician"),
            self.tr("Lot"),
            self.tr("Expected onset"),
            self.tr("Re-injection window"),
            self.tr("Notes"),
        ]

    def set_injections(self, injections: Sequence[Injection]) -> None:
        """Show ``injections``, kept in the order the view last asked for (see :meth:`sort`)."""
        self.beginResetModel()
        column, order = self._order
        self._injections = sorted(
            injections,
            key=lambda injection: self._sort_value(injection, column),
            reverse=order is Qt.SortOrder.DescendingOrder,
        )
        self._rows_by_id = {
            injection.id: row
            for row, injection in enumerate(self._injections)
            if injection.id is not None
        }
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self.set_injections(self._injections)

    def injection_at(self, row: int) -> Injection:
        return self._injections[row]

    def row_of_id(self, injection_id: int) -> int | None:
        return self._rows_by_id.get(injection_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._injections)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._injections):
            return None
        injection = self._injections[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(injection, column)
        if role == self.SORT_ROLE:
            return self._sort_value(injection, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NOTES:
            notes = injection.notes
            return notes if shortened_notes(notes) != notes else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_UNITS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _display_text(self, injection: Injection, column: int) -> str:
        windows = injection.windows
        if column == self.COL_DATE:
            return table_date(self._locale, injection.day)
        if column == self.COL_PRODUCT:
            return product_label(injection.product)
        if column == self.COL_UNITS:
            return format_number(self._locale, injection.units)
        if column == self.COL_INDICATION:
            return indication_label(injection.indication)
        if column == self.COL_ONSET:
            return self._days_range(windows.onset_min_days, windows.onset_max_days)
        if column == self.COL_REINJECTION:
            return self._days_range(windows.reinjection_min_days, windows.reinjection_max_days)
        if column == self.COL_NOTES:
            return shortened_notes(injection.notes)
        return {
            self.COL_SITES: injection.sites,
            self.COL_CLINICIAN: injection.clinician,
            self.COL_LOT: injection.lot,
        }.get(column, "")

    def _days_range(self, first: int, last: int) -> str:
        text = self.tr("%1–%2 days").replace("%1", self._locale.toString(first))
        return text.replace("%2", self._locale.toString(last))

    def _sort_value(self, injection: Injection, column: int) -> int | float | str:
        windows = injection.windows
        if column == self.COL_DATE:
            return injection.day.toordinal()
        if column == self.COL_UNITS:
            return float(injection.units)
        if column == self.COL_ONSET:
            return windows.onset_min_days * _WINDOW_SORT_BASE + windows.onset_max_days
        if column == self.COL_REINJECTION:
            return windows.reinjection_min_days * _WINDOW_SORT_BASE + windows.reinjection_max_days
        return self._display_text(injection, column).casefold()
