"""cycles.csv and monthly.csv (PRODUCT.md §7): the analytics of §4 as export-only tables."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from journal_app.domain.models import MedicationClass
from journal_app.domain.trends import JournalTrends, monthly_counts
from journal_app.storage.csv_columns import format_decimal
from journal_app.storage.csv_io import EXPORTS, CsvExport
from journal_app.storage.repository import JournalRepository

CYCLE_COLUMNS = (
    "injection_date",
    "indication",
    "product",
    "units",
    "metric",
    "cycle_days",
    "baseline",
    "onset_day",
    "onset_status",
    "peak_improvement_pct",
    "wear_off_day",
)
MONTHLY_COLUMNS = (
    "month",
    "logged_days",
    "headache_days",
    *(f"{medication_class.value}_days" for medication_class in MedicationClass),
)


def _fixed(value: float | None, decimals: int) -> str:
    # Adding 0.0 turns a negative zero into "0.0" rather than "-0.0".
    return "" if value is None else f"{round(value, decimals) + 0.0:.{decimals}f}"


def _whole(value: int | None) -> str:
    return "" if value is None else str(value)


def cycle_rows(repo: JournalRepository) -> Iterator[Sequence[str]]:
    """One row per session and metric, oldest session first, spasm before headache."""
    for cycle in JournalTrends(repo.entries(), repo.injections()).all_cycles():
        yield (
            cycle.session.day.isoformat(),
            cycle.injection.indication.value,
            cycle.injection.product.value,
            format_decimal(cycle.units),
            cycle.metric.value,
            str(cycle.length_days),
            _fixed(cycle.baseline, 2),
            _whole(cycle.onset_day),
            cycle.onset_status.value,
            _fixed(cycle.peak_improvement_pct, 1),
            _whole(cycle.wear_off_day),
        )


def monthly_rows(repo: JournalRepository) -> Iterator[Sequence[str]]:
    for month in monthly_counts(repo.entries()):
        yield (
            f"{month.month.year:04d}-{month.month.month:02d}",
            str(month.logged_days),
            str(month.headache_days),
            *(str(month.medication_days[cls]) for cls in MedicationClass),
        )


CYCLES_EXPORT = CsvExport("cycles.csv", CYCLE_COLUMNS, cycle_rows)
MONTHLY_EXPORT = CsvExport("monthly.csv", MONTHLY_COLUMNS, monthly_rows)
#: Everything `export-csv` writes: the two importable tables, then the two analyses.
FULL_EXPORT: tuple[CsvExport, ...] = (*EXPORTS, CYCLES_EXPORT, MONTHLY_EXPORT)
