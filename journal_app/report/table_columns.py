"""The columns of the report's tables, and the cells of a month in the monthly table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from journal_app.domain.models import MedicationClass
from journal_app.domain.report import MonthRow
from journal_app.domain.trends import HEADACHE_DAY_THRESHOLDS
from journal_app.report.tables import Cells, Column
from journal_app.report.text import month_text
from journal_app.wording.labels import medication_label

_RIGHT = Qt.AlignmentFlag.AlignRight


def cycle_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Injection"), 58),
        Column(QCoreApplication.translate("report", "Indication"), 68, wrap=True),
        Column(QCoreApplication.translate("report", "Product"), 60, wrap=True),
        Column(QCoreApplication.translate("report", "Cycle days"), 40, _RIGHT, wrap=True),
        Column(QCoreApplication.translate("report", "Baseline"), 38, _RIGHT),
        Column(QCoreApplication.translate("report", "Onset"), 38, _RIGHT),
        Column(QCoreApplication.translate("report", "Onset status (expected days)"), 84, wrap=True),
        Column(QCoreApplication.translate("report", "Peak"), 32, _RIGHT),
        Column(QCoreApplication.translate("report", "Wear-off"), 42, _RIGHT),
    )


def injection_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Date"), 56),
        Column(QCoreApplication.translate("report", "Product"), 92, wrap=True),
        Column(QCoreApplication.translate("report", "Units"), 28, _RIGHT),
        Column(QCoreApplication.translate("report", "Indication"), 56, wrap=True),
        Column(QCoreApplication.translate("report", "Sites"), 100, wrap=True, longest_word=70),
        Column(QCoreApplication.translate("report", "Clinician"), 46, wrap=True),
        Column(QCoreApplication.translate("report", "Lot"), 44),
        Column(QCoreApplication.translate("report", "Gap (days)"), 40),
    )


def side_effect_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Date"), 1.0),
        Column(QCoreApplication.translate("report", "Day of cycle"), 1.6),
        Column(QCoreApplication.translate("report", "Side effects"), 2.4, wrap=True),
        Column(QCoreApplication.translate("report", "Details"), 2.4, wrap=True),
    )


def note_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Date"), 1.0),
        Column(QCoreApplication.translate("report", "Day of cycle"), 1.6),
        Column(QCoreApplication.translate("report", "Note"), 4.8, wrap=True),
    )


def month_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Month"), 1.2),
        Column(QCoreApplication.translate("report", "Days logged"), 0.9, _RIGHT, wrap=True),
        Column(QCoreApplication.translate("report", "Headache days"), 0.9, _RIGHT, wrap=True),
        *(Column(medication_label(cls), 1.0, _RIGHT, wrap=True) for cls in MedicationClass),
    )


def month_cells(month: MonthRow) -> Cells:
    classes = list(MedicationClass)
    logged = QCoreApplication.translate("report", "%1 of %2").replace("%1", str(month.logged_days))
    logged = logged.replace("%2", str(month.calendar_days))
    warn = {3 + classes.index(cls) for cls in month.overused}
    if month.headache_days >= HEADACHE_DAY_THRESHOLDS[1]:
        warn.add(2)
    return Cells(
        (
            month_text(month.month),
            logged,
            str(month.headache_days),
            *(str(month.medication_days[cls]) for cls in classes),
        ),
        warn=frozenset(warn),
    )
