"""The Journal's read-only table of daily entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from journal_app.domain.models import Entry, SideEffect
from journal_app.messages import translatable
from journal_app.ui.models.record_table import (
    SORT_ROLE,
    Column,
    RecordTableModel,
    date_column,
    notes_column,
    shortened_notes,
)
from journal_app.wording.labels import medication_label, side_effect_label
from journal_app.wording.text import format_number

__all__ = ["SORT_ROLE", "EntriesTableModel", "shortened_notes"]

NOT_LOGGED = "—"
#: Sorting value of a number that was not logged: below every logged value (all are >= 0).
_NOT_LOGGED_SORT = -1


def _number_column(name: str, header: str, value: Callable[[Entry], float | None]) -> Column[Entry]:
    def text(entry: Entry, locale: QLocale) -> str:
        number = value(entry)
        return NOT_LOGGED if number is None else format_number(locale, number)

    def sort(entry: Entry) -> float:
        number = value(entry)
        return float(_NOT_LOGGED_SORT if number is None else number)

    return Column(name, header, text, sort, number=True)


def _medication_text(entry: Entry, _locale: QLocale) -> str:
    if not entry.medication_recorded:
        return NOT_LOGGED
    return ", ".join(
        f"{medication_label(dose.medication_class)} ×{dose.count}" for dose in entry.medication
    )


def _medication_sort(entry: Entry) -> int:
    if not entry.medication_recorded:
        return _NOT_LOGGED_SORT
    return sum(dose.count for dose in entry.medication)


def _side_effect_text(entry: Entry, side_effect: SideEffect) -> str:
    if side_effect is SideEffect.OTHER and entry.side_effect_other:
        other = QCoreApplication.translate("EntriesTableModel", "Other: %1")
        return other.replace("%1", entry.side_effect_other)
    return side_effect_label(side_effect)


class EntriesTableModel(RecordTableModel[Entry]):
    """One row per daily entry, newest or oldest first as the view asks."""

    COLUMNS = (
        date_column("date", translatable("EntriesTableModel", "Date"), lambda entry: entry.day),
        _number_column(
            "spasm", translatable("EntriesTableModel", "Spasm"), lambda e: e.spasm_severity
        ),
        _number_column(
            "headache", translatable("EntriesTableModel", "Headache"), lambda e: e.headache_severity
        ),
        _number_column(
            "headache_hours",
            translatable("EntriesTableModel", "Headache hours"),
            lambda e: e.headache_hours,
        ),
        _number_column(
            "spasm_episodes",
            translatable("EntriesTableModel", "Spasm episodes"),
            lambda e: e.spasm_episodes,
        ),
        Column(
            "medication",
            translatable("EntriesTableModel", "Medication"),
            _medication_text,
            _medication_sort,
        ),
        Column(
            "side_effects",
            translatable("EntriesTableModel", "Side effects"),
            lambda entry, _locale: ", ".join(
                _side_effect_text(entry, code) for code in entry.side_effects
            ),
        ),
        Column(
            "triggers",
            translatable("EntriesTableModel", "Triggers"),
            lambda entry, _locale: ", ".join(entry.triggers),
        ),
        notes_column(translatable("EntriesTableModel", "Notes")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._rows_by_day: dict[dt.date, int] = {}

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.set_rows(entries)

    def entry_at(self, row: int) -> Entry:
        return self.record_at(row)

    def row_of(self, day: dt.date) -> int | None:
        return self._rows_by_day.get(day)

    def _reindex(self) -> None:
        self._rows_by_day = {entry.day: row for row, entry in enumerate(self._rows)}

    def _record_key(self, entry: Entry) -> Hashable:
        return entry.day
