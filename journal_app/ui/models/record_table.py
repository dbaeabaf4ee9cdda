"""What every read-only table of journal records shares: rows, sorting, headers, roles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from journal_app.wording.text import table_date

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

#: The role whose data sorts a column correctly (also usable on a QSortFilterProxyModel).
SORT_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SortValue = int | float | str
#: Notes longer than this (or on several lines) are shortened in the cell and shown in full as a
#: tooltip.
NOTES_CELL_CHARS = 60


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a record table: how a record reads, sorts and explains itself in it."""

    #: The model gets a ``COL_<NAME>`` attribute holding the column's number.
    name: str
    #: Marked with ``translatable("<the model's class name>", …)``: the model translates it.
    header: str
    text: Callable[[R, QLocale], str]
    #: None: the text, case-folded.
    sort: Callable[[R], SortValue] | None = None
    #: Numbers are aligned right.
    number: bool = False
    tooltip: Callable[[R], str | None] | None = None


def text_column(name: str, header: str, text: Callable[[R], str]) -> Column[R]:
    """Text that reads the same in every locale, sorted as written (ignoring case)."""
    return Column(name, header, lambda record, _locale: text(record))


def date_column(name: str, header: str, day: Callable[[R], dt.date]) -> Column[R]:
    """A date as the locale writes it in a table, sorted by the day."""
    return Column(
        name,
        header,
        lambda record, locale: table_date(locale, day(record)),
        lambda record: day(record).toordinal(),
    )


def shortened_notes(notes: str) -> str:
    """The first line of the notes, cut to NOTES_CELL_CHARS characters."""
    first_line = notes.strip().split("\n", 1)[0]
    if len(first_line) > NOTES_CELL_CHARS:
        return first_line[: NOTES_CELL_CHARS - 1].rstrip() + "…"
    if first_line != notes.strip():
        return first_line + " …"
    return first_line


class _Noted(Protocol):
    @property
    def notes(self) -> str: ...


def notes_column(header: str) -> Column[_Noted]:
    """A record's notes, shortened in the cell and whole in the tooltip."""
    return Column(
        "notes",
        header,
        lambda record, _locale: shortened_notes(record.notes),
        tooltip=lambda record: (
            record.notes if shortened_notes(record.notes) != record.notes else None
        ),
    )


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind of record, kept sorted as the view last asked (see :meth:`sort`).

    Subclasses list their ``COLUMNS`` (the first one the date) and say what identifies a
    record (``_record_key``). A table that cannot be put as columns gives its headers and
    overrides ``_display_text``, ``_sort_value`` and ``_tooltip`` instead.
    """

    SORT_ROLE = SORT_ROLE
    COL_DATE = 0
    COLUMNS: ClassVar[tuple[Column[Any], ...]] = ()
    #: Columns whose cells are numbers, aligned right.
    NUMBER_COLUMNS: frozenset[int] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.COLUMNS:
            for number, column in enumerate(cls.COLUMNS):
                setattr(cls, f"COL_{column.name.upper()}", number)
            cls.NUMBER_COLUMNS = frozenset(
                number for number, column in enumerate(cls.COLUMNS) if column.number
            )

    def __init__(
        self, parent: QObject | None = None, *, headers: Sequence[str] | None = None
    ) -> None:
        super().__init__(parent)
        if headers is None:
            context = type(self).__name__
            headers = [QCoreApplication.translate(context, c.header) for c in self.COLUMNS]
        self._headers = list(headers)
        self._rows: list[R] = []
        self._order = (self.COL_DATE, Qt.SortOrder.AscendingOrder)
        self._locale = QLocale()

    @property
    def COLUMN_COUNT(self) -> int:
        return len(self._headers)

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows`` (sorted as the view asks). Where they differ from the rows shown by
        one run of neighbouring rows (a save, an undo, a delete), only that run is changed,
        so the view keeps its selection and scroll position; anything else resets it."""
        new = self._sorted(rows)
        old = self._rows
        head = _common_length(old, new)
        tail = _common_length(old[head:][::-1], new[head:][::-1])
        old_run, new_run = len(old) - head - tail, len(new) - head - tail
        if old_run == new_run == 0:
            return
        if old_run == new_run:
            self._change_run(new, head, new_run)
        elif old_run == 0:
            self.beginInsertRows(QModelIndex(), head, head + new_run - 1)
            self._rows = new
            self._reindex()
            self.endInsertRows()
        elif new_run == 0:
            self.beginRemoveRows(QModelIndex(), head, head + old_run - 1)
            self._rows = new
            self._reindex()
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self._rows = new
            self._reindex()
            self.endResetModel()

    def _change_run(self, new: list[R], first: int, count: int) -> None:
        """Rows ``first`` … ``first + count - 1`` hold other records, as many as before."""
        keys = [self._record_key(record) for record in self._rows[first : first + count]]
        if keys == [self._record_key(record) for record in new[first : first + count]]:
            self._rows = new  # the same records, changed in place (a save)
            self._reindex()
            last = first + count - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))
        else:
            self._relayout(new)  # records moved (a save under another column's sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorting the Python list once is far cheaper than a proxy model asking data() for
        # every comparison: 20 years of entries sort in milliseconds instead of a second.
        self._order = (column, order)
        self._relayout(self._sorted(self._rows))

    def _relayout(self, new: list[R]) -> None:
        """Show ``new`` in place of rows in another order: selections and current cells move
        with their records (QPersistentModelIndex); a record gone takes its cell with it."""
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = new
        self._reindex()
        row_now = {self._record_key(record): row for row, record in enumerate(new)}
        held = self.persistentIndexList()
        moved = []
        for index in held:
            row = row_now.get(self._record_key(before[index.row()]))
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(held, moved)
        self.layoutChanged.emit()

    def _sorted(self, rows: Sequence[R]) -> list[R]:
        column, order = self._order
        return sorted(
            rows,
            key=lambda record: self._sort_value(record, column),
            reverse=order is Qt.SortOrder.DescendingOrder,
        )

    def record_at(self, row: int) -> R:
        return self._rows[row]

    def _reindex(self) -> None:
        """Rebuild any look-up from a record's key to its row (after every change of rows)."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

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
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(record, column)
        if role == SORT_ROLE:
            return self._sort_value(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return _RIGHT
        return None

    def _display_text(self, record: R, column: int) -> str:
        return str(self.COLUMNS[column].text(record, self._locale))

    def _sort_value(self, record: R, column: int) -> SortValue:
        sort = self.COLUMNS[column].sort
        return self._display_text(record, column).casefold() if sort is None else sort(record)

    def _record_key(self, record: R) -> Hashable:
        """What stays the same when a record is edited (its day, its id)."""
        raise NotImplementedError

    def _tooltip(self, record: R, column: int) -> str | None:
        tooltip = self.COLUMNS[column].tooltip if self.COLUMNS else None
        return None if tooltip is None else tooltip(record)


def _common_length(first: Sequence[object], second: Sequence[object]) -> int:
    """How many leading items the two hold in common: the very same objects (the service
    keeps every record it did not change), so comparing is by identity, not by value."""
    count = 0
    for a, b in zip(first, second, strict=False):
        if a is not b:
            break
        count += 1
    return count
