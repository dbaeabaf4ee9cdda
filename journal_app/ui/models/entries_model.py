"""The Journal's read-only table of daily entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence

from PySide6.QtCore import QObject

from journal_app.domain.models import Entry, SideEffect
from journal_app.ui.models.record_table import SORT_ROLE, RecordTableModel
from journal_app.wording.labels import medication_label, side_effect_label
from journal_app.wording.text import format_number, table_date

__all__ = ["SORT_ROLE", "EntriesTableModel", "shortened_notes"]

NOT_LOGGED = "—"
#: Notes longer than this (or on several lines) are shortened in the cell and shown in full as a
#: tooltip.
NOTES_CELL_CHARS = 60

#: Sorting value of a number that was not logged: below every logged value (all are >= 0).
_NOT_LOGGED_SORT = -1


def shortened_notes(notes: str) -> str:
    """The first line of the notes, cut to NOTES_CELL_CHARS characters."""
    first_line = notes.strip().split("\n", 1)[0]
    if len(first_line) > NOTES_CELL_CHARS:
        return first_line[: NOTES_CELL_CHARS - 1].rstrip() + "…"
    if first_line != notes.strip():
        return first_line + " …"
    return first_line


class EntriesTableModel(RecordTableModel[Entry]):
    """One row per daily entry, newest or oldest first as the view asks."""

    COL_SPASM = 1
    COL_HEADACHE = 2
    COL_HEADACHE_HOURS = 3
    COL_SPASM_EPISODES = 4
    COL_MEDICATION = 5
    COL_SIDE_EFFECTS = 6
    COL_TRIGGERS = 7
    COL_NOTES = 8

    NUMBER_COLUMNS = frozenset({COL_SPASM, COL_HEADACHE, COL_HEADACHE_HOURS, COL_SPASM_EPISODES})

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [
            self.tr("Date"),
            self.tr("Spasm"),
            self.tr("Headache"),
            self.tr("Headache hours"),
            self.tr("Spasm episodes"),
            self.tr("Medication"),
            self.tr("Side effects"),
            self.tr("Triggers"),
            self.tr("Notes"),
        ]
        super().__init__(headers, parent)
        self._rows_by_day: dict[dt.date, int] = {}

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.set_rows(entries)

    def entry_at(self, row: int) -> Entry:
        return self.record_at(row)

    def row_of(self, day: dt.date) -> int | None:
        return self._rows_by_day.get(day)

    def _reindex(self) -> None:
        self._rows_by_day = {entry.day: row for row, entry in enumerate(self._rows)}

    def _tooltip(self, entry: Entry, column: int) -> str | None:
        if column == self.COL_NOTES and shortened_notes(entry.notes) != entry.notes:
            return entry.notes
        return None

    def _display_text(self, entry: Entry, column: int) -> str:
        if column == self.COL_DATE:
            return table_date(self._locale, entry.day)
        if column in self.NUMBER_COLUMNS:
            value = self._number(entry, column)
            return NOT_LOGGED if value is None else format_number(self._locale, value)
        if column == self.COL_MEDICATION:
            if not entry.medication_recorded:
                return NOT_LOGGED
            return ", ".join(
                f"{medication_label(dose.medication_class)} ×{dose.count}"
                for dose in entry.medication
            )
        if column == self.COL_SIDE_EFFECTS:
            return ", ".join(self._side_effect_text(entry, code) for code in entry.side_effects)
        if column == self.COL_TRIGGERS:
            return ", ".join(entry.triggers)
        if column == self.COL_NOTES:
            return shortened_notes(entry.notes)
        return ""

    def _side_effect_text(self, entry: Entry, side_effect: SideEffect) -> str:
        if side_effect is SideEffect.OTHER and entry.side_effect_other:
            return self.tr("Other: %1").replace("%1", entry.side_effect_other)
        return side_effect_label(side_effect)

    def _number(self, entry: Entry, column: int) -> float | None:
        return {
            self.COL_SPASM: entry.spasm_severity,
            self.COL_HEADACHE: entry.headache_severity,
            self.COL_HEADACHE_HOURS: entry.headache_hours,
            self.COL_SPASM_EPISODES: entry.spasm_episodes,
        }[column]

    def _record_key(self, entry: Entry) -> Hashable:
        return entry.day

    def _sort_value(self, entry: Entry, column: int) -> int | float | str:
        if column == self.COL_DATE:
            return entry.day.toordinal()
        if column in self.NUMBER_COLUMNS:
            value = self._number(entry, column)
            return float(_NOT_LOGGED_SORT if value is None else value)
        if column == self.COL_MEDICATION:
            if not entry.medication_recorded:
                return _NOT_LOGGED_SORT
            return sum(dose.count for dose in entry.medication)
        return self._display_text(entry, column).casefold()
