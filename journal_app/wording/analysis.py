"""The v2 analytics in words (PRODUCT.md §4, §5): the window and the report say them alike.

Each sentence is one translatable template per case, never English pieces glued together,
so every language can order the sentence its own way. Facts only, never advice.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from journal_app.domain.analytics import AsOf, CurrentTrack, TrackSummary
from journal_app.domain.analytics.cycles import OnsetStatus
from journal_app.wording.labels import indication_label
from journal_app.wording.text import countdown_text, format_number, short_date


def _fill(template: str, *args: object) -> str:
    # From the last: %1 must not eat the start of %10.
    for number, arg in reversed(list(enumerate(args, start=1))):
        template = template.replace(f"%{number}", str(arg))
    return template


def _day(value: float) -> str:
    """A median day: whole days as they are, a half day as the locale writes 9.5."""
    return format_number(QLocale(), value)


def as_of_notice(as_of: AsOf) -> str | None:
    """ "No entries since 30 Nov 2025; figures are as of that day." when the journal is quiet."""
    if not as_of.quiet or as_of.last_entry is None:
        return None
    return _fill(
        QCoreApplication.translate("analysis", "No entries since %1; figures are as of that day."),
        short_date(as_of.last_entry),
    )


def track_summary_sentence(summary: TrackSummary | None) -> str | None:
    """The §4 track summary as a fact, or None before a track has a complete cycle."""
    if summary is None or summary.cycles == 0 or summary.interval_days is None:
        return None
    interval = _day(summary.interval_days)
    onset, wear_off = summary.onset_day, summary.wear_off_day
    gap = summary.days_without_relief
    if onset is None:
        return _fill(
            QCoreApplication.translate(
                "analysis",
                "No lasting relief was detected in the latest cycles; injections have come "
                "every %1 days.",
            ),
            interval,
        )
    if wear_off is None or not gap:
        return _fill(
            QCoreApplication.translate(
                "analysis",
                "Relief usually starts around day %1 and holds until the next injection; "
                "injections have come every %2 days.",
            ),
            _day(onset),
            interval,
        )
    return _fill(
        QCoreApplication.translate(
            "analysis",
            "Relief usually starts around day %1 and wears off around day %2; injections have "
            "come every %3 days, leaving about %4 days without relief.",
        ),
        _day(onset),
        _day(wear_off),
        interval,
        _day(gap),
    )


def current_cycle_sentence(track: CurrentTrack, as_of: dt.date) -> str:
    """ "Cervical dystonia: day 23 after your injection of 12 Mar; relief started on day 9"."""
    name, day = indication_label(track.indication), track.day_number
    session = short_date(track.session.day)
    verdict = track.cycle.verdict
    if verdict.onset_status is OnsetStatus.CARRIED_OVER:
        return _fill(
            QCoreApplication.translate(
                "analysis",
                "%1: day %2 after your injection of %3; relief from the last injection was "
                "still holding when it was given.",
            ),
            name,
            day,
            session,
        )
    if verdict.onset_day is not None and verdict.wear_off_day is not None:
        return _fill(
            QCoreApplication.translate(
                "analysis",
                "%1: day %2 after your injection of %3; relief started on day %4 and wore off "
                "on day %5.",
            ),
            name,
            day,
            session,
            verdict.onset_day,
            verdict.wear_off_day,
        )
    if verdict.onset_day is not None:
        return _fill(
            QCoreApplication.translate(
                "analysis", "%1: day %2 after your injection of %3; relief started on day %4."
            ),
            name,
            day,
            session,
            verdict.onset_day,
        )
    first, last = track.session.onset_window
    opens = track.session.day + dt.timedelta(days=first)
    closes = track.session.day + dt.timedelta(days=last)
    if as_of <= closes:
        return _fill(
            QCoreApplication.translate(
                "analysis",
                "%1: day %2 after your injection of %3; relief is expected to start %4 – %5.",
            ),
            name,
            day,
            session,
            short_date(opens),
            short_date(closes),
        )
    return _fill(
        QCoreApplication.translate(
            "analysis", "%1: day %2 after your injection of %3; no lasting relief detected yet."
        ),
        name,
        day,
        session,
    )


def next_window_sentence(track: CurrentTrack) -> str:
    """ "Next injection window 10 Jun – 8 Jul 2026, opens in 12 days; check-up 2 Jun 2026"."""
    window = track.reinjection
    if track.checkup is None:
        return _fill(
            QCoreApplication.translate("analysis", "Next injection window %1 – %2, %3."),
            short_date(window.opens),
            short_date(window.closes),
            countdown_text(window),
        )
    return _fill(
        QCoreApplication.translate("analysis", "Next injection window %1 – %2, %3; check-up %4."),
        short_date(window.opens),
        short_date(window.closes),
        countdown_text(window),
        short_date(track.checkup),
    )
