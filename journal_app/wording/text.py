"""Sentences the window and the report share: dates, countdowns and cycle verdicts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from journal_app.domain.windows import Countdown, WindowState


class CountedText(QObject):
    """Phrases with a count, in each language's plural forms (resources/i18n has English's).

    A QObject for its tr(): lupdate files tr(text, "", n) as plural forms, but not translate().
    """

    def days(self, count: int) -> str:
        return self.tr("%n days", "", count)

    def in_days(self, count: int) -> str:
        return self.tr("in %n days", "", count)

    def days_ago(self, count: int) -> str:
        return self.tr("%n days ago", "", count)

    def opens_in(self, count: int) -> str:
        return self.tr("opens in %n days", "", count)

    def closes_in(self, count: int) -> str:
        return self.tr("open now, closes in %n days", "", count)

    def overdue_by(self, count: int) -> str:
        return self.tr("overdue by %n days", "", count)

    def events_written(self, count: int, path: str) -> str:
        return self.tr("Wrote %n calendar events to %1.", "", count).replace("%1", path)


_counted: CountedText | None = None


def counted() -> CountedText:
    global _counted
    if _counted is None:
        _counted = CountedText()
    return _counted


def days_text(count: int) -> str:
    """ "1 day", "12 days"."""
    return counted().days(count)


def in_days_text(count: int) -> str:
    """ "in 1 day", "in 12 days"."""
    return counted().in_days(count)


def days_ago_text(count: int) -> str:
    """ "1 day ago", "12 days ago"."""
    return counted().days_ago(count)


def short_date(day: dt.date) -> str:
    """A date as the user's locale writes it briefly, e.g. "12 Mar 2026"."""
    #: A QDate format: day, abbreviated month, year (German: "d. MMM yyyy").
    pattern = QCoreApplication.translate("text", "d MMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def month_year(month: dt.date) -> str:
    """A month in full with its year, e.g. "March 2026" (Spanish: "marzo de 2026")."""
    #: A QDate format: the month's full name and the year (Spanish: "MMMM 'de' yyyy").
    pattern = QCoreApplication.translate("text", "MMMM yyyy")
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


def format_number(locale: QLocale, value: float) -> str:
    """A number in the locale's digits, without a trailing ".0" (2.5 -> "2.5", 3.0 -> "3")."""
    return locale.toString(
        float(value), "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    )


def one_decimal(value: float) -> str:
    """A mean as the charts' read-outs give it: one decimal, in the locale's digits."""
    return QLocale().toString(float(value), "f", 1)


def table_date(locale: QLocale, day: dt.date) -> str:
    """A date in a table cell: the locale's short format, or ISO in the bare C locale."""
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def countdown_text(state: Countdown) -> str:
    """ "opens in 12 days", "open now, closes in 9 days", "overdue by 3 days"."""
    if state.state is WindowState.OPENS_IN:
        return counted().opens_in(state.days)
    if state.state is WindowState.OPEN:
        if state.days == 0:
            return QCoreApplication.translate("text", "open now, closes today")
        return counted().closes_in(state.days)
    return counted().overdue_by(state.days)
