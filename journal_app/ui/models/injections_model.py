"""The Journal's read-only table of injections."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from PySide6.QtCore import QObject

from journal_app.domain.models import Injection
from journal_app.ui.models.entries_model import shortened_notes
from journal_app.ui.models.record_table import RecordTableModel
from journal_app.wording.labels import indication_label, product_label
from journal_app.wording.text import format_number, table_date

#: Window sort values combine start and end as start * _WINDOW_SORT_BASE + end (end < base).
_WINDOW_SORT_BASE = 100_000


class InjectionsTableModel(RecordTableModel[Injection]):
    """One row per injection, newest or oldest first as the view asks."""

    COL_PRODUCT = 1
    COL_UNITS = 2
    COL_INDICATION = 3
    COL_SITES = 4
    COL_CLINICIAN = 5
    COL_LOT = 6
    COL_ONSET = 7
    COL_REINJECTION = 8
    COL_NOTES = 9
    NUMBER_COLUMNS = frozenset({COL_UNITS})

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [
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
        super().__init__(headers, parent)
        self._rows_by_id: dict[int, int] = {}

    def set_injections(self, injections: Sequence[Injection]) -> None:
        self.set_rows(injections)

    def injection_at(self, row: int) -> Injection:
        return self.record_at(row)

    def row_of_id(self, injection_id: int) -> int | None:
        return self._rows_by_id.get(injection_id)

    def _reindex(self) -> None:
        self._rows_by_id = {
            injection.id: row
            for row, injection in enumerate(self._rows)
            if injection.id is not None
        }

    def _tooltip(self, injection: Injection, column: int) -> str | None:
        if column == self.COL_NOTES and shortened_notes(injection.notes) != injection.notes:
            return injection.notes
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

    def _record_key(self, injection: Injection) -> Hashable:
        # Unsaved injections (no id) never reach a table; id() keeps them apart if one did.
        return injection.id if injection.id is not None else id(injection)

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
