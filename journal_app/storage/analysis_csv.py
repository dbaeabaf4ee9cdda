"""cycles.csv and monthly.csv (PRODUCT.md §7): the analytics of §4 as export-only tables."""

from __future__ import annotations

import datetime as dt
from functools import cache

from journal_app.domain.analysis_rows import (
    CYCLE_COLUMNS,
    MONTHLY_COLUMNS,
    cycle_rows,
    monthly_rows,
)
from journal_app.domain.analytics import Analysis
from journal_app.storage.csv_io import EXPORTS, CsvExport
from journal_app.storage.repository import JournalRepository


def full_export(today: dt.date) -> tuple[CsvExport, ...]:
    """Everything `export-csv` writes: the two importable tables, then the two analyses,
    both from one analysis of the journal on ``today``."""

    @cache
    def analysed(repo: JournalRepository) -> Analysis:
        return Analysis.of(repo.entries(), repo.injections(), repo.profile(), today)

    return (
        *EXPORTS,
        CsvExport("cycles.csv", CYCLE_COLUMNS, lambda repo: cycle_rows(analysed(repo))),
        CsvExport("monthly.csv", MONTHLY_COLUMNS, lambda repo: monthly_rows(analysed(repo))),
    )
