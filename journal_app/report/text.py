"""How the report words things: counts, numbers, dates, doses and verdicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from journal_app import messages
from journal_app.domain.analytics import OnsetStatus
from journal_app.domain.metrics import METRICS
from journal_app.domain.models import PRODUCT_BRANDS, Injection, Metric, Product
from journal_app.domain.report import CycleDay
from journal_app.wording.labels import product_label
from journal_app.wording.text import short_date

DASH = "—"


def fill(template: str, *args: object) -> str:
    """A translated template with %1, %2, … replaced by ``args`` (journal_app.messages.fill)."""
    return messages.fill(template, args, str)


class ReportCounts(QObject):
    """The report's phrases with a count, in each language's plural forms.

    A QObject for its tr(): lupdate files tr(text, "", n) as plural forms, but not translate().
    """

    def days(self, count: int) -> str:
        return self.tr("%Ln days", "", count)

    def logged_share(self, logged: int, days: int, share: str) -> str:
        text = self.tr("%1 of %Ln days logged in the range (%2)", "", days)
        return text.replace("%1", integer_text(logged)).replace("%2", share)

    def cycles(self, count: int) -> str:
        return self.tr("%Ln cycles", "", count)

    def months(self, count: int) -> str:
        return self.tr("%Ln months", "", count)


def number_text(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def integer_text(value: int) -> str:
    return QLocale().toString(int(value))


def units_text(units: float) -> str:
    return integer_text(int(units)) if float(units).is_integer() else number_text(units, 1)


def percent_text(value: float) -> str:
    return QCoreApplication.translate("report", "%1%").replace("%1", number_text(value))


def change_text(change: float | None) -> str:
    """ "−46%", "+12%": a change against the reference, signed."""
    if change is None:
        return DASH
    sign = "+" if change > 0.5 else "−" if change < -0.5 else ""
    return sign + percent_text(abs(change))


def median_text(value: float | None) -> str:
    """A median day or count: whole, or with the half it can have."""
    if value is None:
        return DASH
    return number_text(value, 0 if float(value).is_integer() else 1)


def brand_name(product: Product) -> str:
    brands = PRODUCT_BRANDS[product]
    return brands[0] if brands else product_label(product)


def dose_text(products: Sequence[Product], units: float) -> str:
    """ "Botox 155 U": the brands of a session's products and its units."""
    return fill(
        QCoreApplication.translate("report", "%1 %2 U"),
        " + ".join(brand_name(p) for p in products),
        units_text(units),
    )


def injections_text(injections: Sequence[Injection]) -> str:
    """ "Botox 155 U + Xeomin 200 U": every injection of a day."""
    return " + ".join(dose_text((i.product,), i.units) for i in injections)


def status_text(status: OnsetStatus) -> str:
    return {
        OnsetStatus.EARLY: QCoreApplication.translate("report", "early"),
        OnsetStatus.EXPECTED: QCoreApplication.translate("report", "as expected"),
        OnsetStatus.LATE: QCoreApplication.translate("report", "late"),
        OnsetStatus.NOT_DETECTED: QCoreApplication.translate("report", "not detected"),
        OnsetStatus.CARRIED_OVER: QCoreApplication.translate("report", "carried over"),
    }[status]


def day_text(day: int | None) -> str:
    return (
        DASH
        if day is None
        else QCoreApplication.translate("report", "day %1").replace("%1", str(day))
    )


def day_span_text(first: int, last: int) -> str:
    """ "day 3" or "days 3–10" after an injection."""
    if first == last:
        return day_text(first)
    return fill(QCoreApplication.translate("report", "days %1–%2"), str(first), str(last))


def cycle_day_text(cycle_day: CycleDay | None) -> str:
    if cycle_day is None:
        return QCoreApplication.translate("report", "before the first injection")
    return fill(
        QCoreApplication.translate("report", "day %1 after %2"),
        str(cycle_day.day),
        short_date(cycle_day.session.day),
    )


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def dates_text(first: dt.date, last: dt.date) -> str:
    """ "10 Jan – 6 Feb 2024", "28 Dec 2023 – 24 Jan 2024", or the one date."""
    if first == last:
        return short_date(first)
    if first.year != last.year:
        return f"{short_date(first)} – {short_date(last)}"
    #: A QDate format: day and abbreviated month, without the year (German: "d. MMM").
    pattern = QCoreApplication.translate("report", "d MMM")
    return f"{QLocale().toString(_qdate(first), pattern)} – {short_date(last)}"


def month_text(month: dt.date) -> str:
    return QLocale().toString(_qdate(month), "MMM yyyy")


def months_text(first: dt.date, last: dt.date) -> str:
    """ "May – Jul 2026", "Nov 2025 – Jan 2026", or the one month."""
    if first == last:
        return month_text(first)
    if first.year != last.year:
        return f"{month_text(first)} – {month_text(last)}"
    return f"{QLocale().toString(_qdate(first), 'MMM')} – {month_text(last)}"


def window_text(window: tuple[int, int]) -> str:
    return f"{window[0]}–{window[1]}"


def days_text(count: int) -> str:
    return ReportCounts().days(count)


def level_text(value: float | None, metric: Metric) -> str:
    """A daily mean as shown: a severity, or headache days per 28 days."""
    if value is None:
        return DASH
    return number_text(value * METRICS[metric].display_scale, 1)


def unit_of(metric: Metric) -> str:
    """What a level of ``metric`` is given in, after its number."""
    if METRICS[metric].display_scale == 1:
        return QCoreApplication.translate("report", "severity 0–10")
    return QCoreApplication.translate("report", "headache days per 28 days")
