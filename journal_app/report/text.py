"""How the report words things: counts, numbers, dates and verdicts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from journal_app.domain.models import (
    PRODUCT_BRANDS,
    Product,
)
from journal_app.domain.report import CycleDay
from journal_app.domain.trends import OnsetStatus
from journal_app.wording.labels import product_label
from journal_app.wording.text import short_date


class ReportCounts(QObject):
    """The report's phrases with a count, in each language's plural forms.

    A QObject for its tr(): lupdate files tr(text, "", n) as plural forms, but not translate().
    """

    def days(self, count: int) -> str:
        return self.tr("%Ln days", "", count)

    def logged_share(self, logged: int, days: int, share: str) -> str:
        text = self.tr("%1 of %Ln days logged in the range (%2)", "", days)
        return text.replace("%1", integer_text(logged)).replace("%2", share)

    def cycle_in_range(self, start: str, days: int) -> str:
        text = self.tr("latest cycle in the range from %1, %n days", "", days)
        return text.replace("%1", start)


def number_text(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def integer_text(value: int) -> str:
    return QLocale().toString(int(value))


def units_text(units: float) -> str:
    return integer_text(int(units)) if float(units).is_integer() else number_text(units, 1)


def percent_text(value: float) -> str:
    return QCoreApplication.translate("report", "%1%").replace("%1", number_text(value))


def brand_name(product: Product) -> str:
    brands = PRODUCT_BRANDS[product]
    return brands[0] if brands else product_label(product)


def status_text(status: OnsetStatus) -> str:
    return {
        OnsetStatus.EARLY: QCoreApplication.translate("report", "early"),
        OnsetStatus.EXPECTED: QCoreApplication.translate("report", "as expected"),
        OnsetStatus.LATE: QCoreApplication.translate("report", "late"),
        OnsetStatus.NOT_DETECTED: QCoreApplication.translate("report", "not detected"),
    }[status]


def day_text(day: int | None) -> str:
    return (
        "—"
        if day is None
        else QCoreApplication.translate("report", "day %1").replace("%1", str(day))
    )


def cycle_day_text(cycle_day: CycleDay | None) -> str:
    if cycle_day is None:
        return QCoreApplication.translate("report", "before the first injection")
    return (
        QCoreApplication.translate("report", "day %1 after %2")
        .replace("%1", str(cycle_day.day))
        .replace("%2", short_date(cycle_day.session_day))
    )


def month_text(month: dt.date) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy")


def short_month_text(month: dt.date) -> str:
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM")


def window_text(window: tuple[int, int]) -> str:
    return f"{window[0]}–{window[1]}"


def days_text(count: int) -> str:
    return ReportCounts().days(count)
