"""The Journal's read-only table of injections."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from journal_app.domain.models import ExpectedWindows, Injection
from journal_app.messages import translatable
from journal_app.ui.models.record_table import (
    Column,
    RecordTableModel,
    date_column,
    notes_column,
    text_column,
)
from journal_app.wording.labels import indication_label, product_label
from journal_app.wording.text import format_number

#: Window sort values combine start and end as start * _WINDOW_SORT_BASE + end (end < base).
_WINDOW_SORT_BASE = 100_000


def _window_column(
    name: str, header: str, days: Callable[[ExpectedWindows], tuple[int, int]]
) -> Column[Injection]:
    """A window as "first–last days", sorted by its first day, then its last."""

    def text(injection: Injection, locale: QLocale) -> str:
        first, last = days(injection.windows)
        template = QCoreApplication.translate("InjectionsTableModel", "%1–%2 days")
        return template.replace("%1", locale.toString(first)).replace("%2", locale.toString(last))

    def sort(injection: Injection) -> int:
        first, last = days(injection.windows)
        return first * _WINDOW_SORT_BASE + last

    return Column(name, header, text, sort)


class InjectionsTableModel(RecordTableModel[Injection]):
    """One row per injection, newest or oldest first as the view asks."""

    COLUMNS = (
        date_column("date", translatable("InjectionsTableModel", "Date"), lambda i: i.day),
        text_column(
            "product",
            translatable("InjectionsTableModel", "Product"),
            lambda i: product_label(i.product),
        ),
        Column(
            "units",
            translatable("InjectionsTableModel", "Units"),
            lambda injection, locale: format_number(locale, injection.units),
            lambda injection: float(injection.units),
            number=True,
        ),
        text_column(
            "indication",
            translatable("InjectionsTableModel", "Indication"),
            lambda i: indication_label(i.indication),
        ),
        text_column("sites", translatable("InjectionsTableModel", "Sites"), lambda i: i.sites),
        text_column(
            "clinician", translatable("InjectionsTableModel", "Clinician"), lambda i: i.clinician
        ),
        text_column("lot", translatable("InjectionsTableModel", "Lot"), lambda i: i.lot),
        _window_column(
            "onset",
            translatable("InjectionsTableModel", "Expected onset"),
            lambda w: (w.onset_min_days, w.onset_max_days),
        ),
        _window_column(
            "reinjection",
            translatable("InjectionsTableModel", "Re-injection window"),
            lambda w: (w.reinjection_min_days, w.reinjection_max_days),
        ),
        notes_column(translatable("InjectionsTableModel", "Notes")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
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

    def _record_key(self, injection: Injection) -> Hashable:
        # Unsaved injections (no id) never reach a table; id() keeps them apart if one did.
        return injection.id if injection.id is not None else id(injection)
