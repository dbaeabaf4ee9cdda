"""cycles.csv and monthly.csv of PRODUCT.md §7 (version 2) as rows of text, from an Analysis."""

from __future__ import annotations

from journal_app.domain.analytics import Analysis, Cycle, MonthFigures
from journal_app.domain.decimals import fixed, plain, whole
from journal_app.domain.metrics import METRICS
from journal_app.domain.models import MedicationClass
from journal_app.domain.validation import LIST_SEPARATOR

CYCLE_COLUMNS = (
    "indication",
    "session_date",
    "products",
    "units",
    "metric",
    "course",
    "cycle",
    "cycle_days",
    "complete",
    "reference",
    "reference_kind",
    "pre_injection_level",
    "onset_day",
    "onset_status",
    "peak_improvement_pct",
    "wear_off_day",
    "relief_days",
    "days_without_relief",
)
MONTHLY_COLUMNS = (
    "month",
    "logged_days",
    "headache_days",
    "moderate_severe_days",
    "headache_days_4h",
    *(f"{medication_class.value}_days" for medication_class in MedicationClass),
    "acute_medication_days",
    "overuse",
    "partial",
)
LEVEL_DECIMALS = 2
PERCENT_DECIMALS = 1


def _flag(value: bool) -> str:
    return "1" if value else "0"


def cycle_row(cycle: Cycle) -> list[str]:
    """A cycle in CYCLE_COLUMNS; levels as shown (headache days per 28 days)."""
    scale = METRICS[cycle.metric].display_scale
    reference, verdict = cycle.reference, cycle.verdict

    def level(value: float | None) -> str:
        return fixed(None if value is None else value * scale, LEVEL_DECIMALS)

    return [
        cycle.session.indication.value,
        cycle.day.isoformat(),
        LIST_SEPARATOR.join(product.value for product in cycle.session.products),
        plain(cycle.session.units),
        cycle.metric.value,
        str(cycle.course),
        str(cycle.number),
        str(cycle.length_days),
        _flag(cycle.complete),
        level(None if reference is None else reference.value),
        "" if reference is None else reference.kind.value,
        level(cycle.pre_injection_level),
        whole(verdict.onset_day),
        verdict.onset_status.value,
        fixed(verdict.peak_improvement_pct, PERCENT_DECIMALS),
        whole(verdict.wear_off_day),
        whole(verdict.relief_days),
        whole(verdict.days_without_relief),
    ]


def month_row(month: MonthFigures) -> list[str]:
    """A month in MONTHLY_COLUMNS."""
    days = month.medication_days
    return [
        f"{month.month.year:04d}-{month.month.month:02d}",
        str(month.logged_days),
        str(month.headache_days),
        str(month.moderate_severe_days),
        whole(month.headache_days_4h),
        *(whole(None if days is None else days[c]) for c in MedicationClass),
        whole(month.acute_medication_days),
        LIST_SEPARATOR.join(flag.value for flag in month.overuse),
        _flag(month.partial),
    ]


def cycle_rows(analysis: Analysis) -> list[list[str]]:
    """One row per track session: track by track, oldest session first."""
    return [cycle_row(cycle) for cycle in analysis.all_cycles()]


def monthly_rows(analysis: Analysis) -> list[list[str]]:
    """One row per calendar month holding any entry, oldest first."""
    return [month_row(month) for month in analysis.monthly]
