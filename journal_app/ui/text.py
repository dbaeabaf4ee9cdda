"""Sentences the window and the report share: dates, countdowns and cycle verdicts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal_app.domain.models import Metric
from journal_app.domain.trends import Cycle, OnsetStatus
from journal_app.domain.windows import Countdown, WindowState


def _tr(text: str) -> str:
    return QCoreApplication.translate("text", text)


def days_text(count: int) -> str:
    """ "1 day", "12 days"."""
    return _tr("1 day") if count == 1 else _tr("%1 days").replace("%1", str(count))


def short_date(day: dt.date) -> str:
    """A date as the user's locale writes it briefly, e.g. "12 Mar 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def table_date(locale: QLocale, day: dt.date) -> str:
    """A date in a table cell: the locale's short format, or ISO in the bare C locale."""
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def countdown_text(state: Countdown) -> str:
    """ "opens in 12 days", "open now, closes in 9 days", "overdue by 3 days"."""
    days = days_text(state.days)
    if state.state is WindowState.OPENS_IN:
        return _tr("opens in %1").replace("%1", days)
    if state.state is WindowState.OPEN:
        if state.days == 0:
            return _tr("open now, closes today")
        return _tr("open now, closes in %1").replace("%1", days)
    return _tr("overdue by %1").replace("%1", days)


def metric_noun(metric: Metric) -> str:
    return _tr("Headache") if metric is Metric.HEADACHE else _tr("Spasms")


def verdict_text(cycle: Cycle) -> str:
    """One line on whether a cycle worked, e.g. "Headache: relief from day 16 (as expected)…"."""
    noun = metric_noun(cycle.metric)
    if cycle.baseline is None:
        return _tr("%1: too few days logged in the 4 weeks before the injection to judge.").replace(
            "%1", noun
        )
    if cycle.baseline == 0:
        return _tr("%1: none in the 4 weeks before the injection, nothing to improve.").replace(
            "%1", noun
        )
    if cycle.onset_day is None:
        return _tr("%1: no lasting 30% improvement detected yet.").replace("%1", noun)
    status = {
        OnsetStatus.EARLY: _tr("earlier than expected"),
        OnsetStatus.EXPECTED: _tr("as expected"),
        OnsetStatus.LATE: _tr("later than expected"),
    }[cycle.onset_status]
    text = _tr("%1: relief from day %2 (%3), at best %4% better").replace("%1", noun)
    text = text.replace("%2", str(cycle.onset_day)).replace("%3", status)
    text = text.replace("%4", f"{cycle.peak_improvement_pct or 0:.0f}")
    if cycle.wear_off_day is not None:
        text += _tr(", wore off on day %1").replace("%1", str(cycle.wear_off_day))
    return text + "."
