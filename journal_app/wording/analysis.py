"""The v2 analytics in words (PRODUCT.md §4, §5): the window and the report say them alike.

Each sentence is one translatable template per case, never English pieces glued together,
so every language can order the sentence its own way. Facts only, never advice.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication, QLocale

from journal_app import messages
from journal_app.domain.analytics import (
    AsOf,
    CurrentTrack,
    MigraineResponse,
    ReferenceKind,
    ResponsePeriod,
    TrackSession,
    TrackSummary,
)
from journal_app.domain.analytics.cycles import OnsetStatus
from journal_app.domain.analytics.migraine import (
    EPISODIC_BELOW_DAYS,
    MIN_LOGGED_DAYS,
    RESPONSE_MARKS,
)
from journal_app.wording.labels import indication_in_text, indication_label
from journal_app.wording.text import countdown_text, format_number, month_year, short_date


def _fill(template: str, *args: object) -> str:
    return messages.fill(template, args, str)


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


def no_summary_sentence() -> str:
    """What stands for the track summary before a track has a complete cycle."""
    return QCoreApplication.translate(
        "analysis", "No complete cycle yet: the summary starts with the next injection."
    )


def no_current_track_sentence(latest: TrackSession | None) -> str:
    """A journal with no current course: no injection at all, or the latest one long past."""
    if latest is None:
        return QCoreApplication.translate("analysis", "No injection recorded yet.")
    return _fill(
        QCoreApplication.translate(
            "analysis",
            "No current course of treatment: the latest injection, for %1 on %2, is long past "
            "its re-injection window.",
        ),
        indication_in_text(latest.indication),
        short_date(latest.day),
    )


# -- the migraine response (§4): headache days per 28 days against the course's reference --


def _per_28(value: float) -> str:
    return format_number(QLocale(), round(value, 1))


def _whole_percent(change: float) -> int:
    """The change's size in whole percent, rounded down, so a shown 30% is a reached 30%."""
    return math.floor(abs(change) + 1e-9)


def reference_sentence(response: MigraineResponse) -> str:
    """ "Reference: 15 headache days per 28 days in the 4 weeks before this course (…)"."""
    value = response.reference_per_28
    if value is None or response.reference_kind is None:
        return QCoreApplication.translate(
            "analysis",
            "No reference to compare with: fewer than 7 days logged in the 4 weeks before this "
            "course, and no headache days before treatment in the profile.",
        )
    if response.reference_kind is ReferenceKind.PROFILE or response.reference_period is None:
        return _fill(
            QCoreApplication.translate(
                "analysis",
                "Reference: %1 headache days per 28 days before treatment, from the profile.",
            ),
            _per_28(value),
        )
    first, last = response.reference_period
    return _fill(
        QCoreApplication.translate(
            "analysis",
            "Reference: %1 headache days per 28 days in the 4 weeks before this course (%2 – %3).",
        ),
        _per_28(value),
        short_date(first),
        short_date(last),
    )


def response_period_sentence(name: str, period: ResponsePeriod) -> str:
    """One period's headache days per 28 days and its change against the 30% and 50% marks."""
    dates = (short_date(period.first), short_date(period.last))
    if period.per_28 is None:
        return _fill(
            QCoreApplication.translate(
                "analysis",
                "%1 (%2 – %3): too few days with headache logged to count (%4 of the %5 needed).",
            ),
            name,
            *dates,
            period.logged_days,
            MIN_LOGGED_DAYS,
        )
    per_28 = _per_28(period.per_28)
    change = period.change_pct
    if change is None:
        return _fill(
            QCoreApplication.translate(
                "analysis",
                "%1 (%2 – %3): %4 headache days per 28 days; no reference to compare with.",
            ),
            name,
            *dates,
            per_28,
        )
    percent = _whole_percent(change)
    nice, trials = RESPONSE_MARKS
    if period.meets(trials):
        template = QCoreApplication.translate(
            "analysis",
            "%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: past "
            "both the 30% mark (NICE TA260) and the 50% mark (trials).",
        )
    elif period.meets(nice):
        template = QCoreApplication.translate(
            "analysis",
            "%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: past "
            "the 30% mark (NICE TA260), short of the 50% mark (trials).",
        )
    elif percent == 0:
        template = QCoreApplication.translate(
            "analysis",
            "%1 (%2 – %3): %4 headache days per 28 days, about as many as the reference: short "
            "of the 30% mark (NICE TA260).",
        )
    elif change < 0:
        template = QCoreApplication.translate(
            "analysis",
            "%1 (%2 – %3): %4 headache days per 28 days, %5% fewer than the reference: short "
            "of the 30% mark (NICE TA260).",
        )
    else:
        template = QCoreApplication.translate(
            "analysis",
            "%1 (%2 – %3): %4 headache days per 28 days, %5% more than the reference.",
        )
    return _fill(template, name, *dates, per_28, percent)


def response_periods(response: MigraineResponse) -> list[tuple[str, ResponsePeriod]]:
    """The periods of a course judged against its reference, each with its name."""
    after_two, latest = response.after_two_cycles, response.latest_complete_cycle
    found: list[tuple[str, ResponsePeriod]] = []
    if after_two is not None and latest is not None and latest.first == after_two.first:
        found.append(
            (
                QCoreApplication.translate(
                    "analysis", "After two cycles, also the latest complete cycle"
                ),
                after_two,
            )
        )
    else:
        if after_two is not None:
            found.append((QCoreApplication.translate("analysis", "After two cycles"), after_two))
        if latest is not None:
            found.append((QCoreApplication.translate("analysis", "Latest complete cycle"), latest))
    if response.last_28_days is not None:
        found.append(
            (QCoreApplication.translate("analysis", "Last 28 days"), response.last_28_days)
        )
    return found


def nice_criteria_sentences(response: MigraineResponse) -> list[str]:
    """The NICE TA260 stopping criteria that hold, stated as facts."""
    found = []
    if response.under_30_after_two_cycles:
        found.append(
            QCoreApplication.translate(
                "analysis",
                "Less than 30% fewer headache days after two cycles: one of the stopping "
                "criteria of NICE TA260.",
            )
        )
    months = response.episodic_months
    if months:
        found.append(
            _fill(
                QCoreApplication.translate(
                    "analysis",
                    "Fewer than %1 headache days a month for %2 consecutive months, %3 – %4: "
                    "one of the stopping criteria of NICE TA260.",
                ),
                EPISODIC_BELOW_DAYS,
                len(months),
                month_year(months[0]),
                month_year(months[-1]),
            )
        )
    return found


def migraine_response_sentences(response: MigraineResponse) -> list[str]:
    """A chronic-migraine course's response in words: its reference, each period against it,
    then the NICE criteria that hold."""
    return [
        reference_sentence(response),
        *(response_period_sentence(name, period) for name, period in response_periods(response)),
        *nice_criteria_sentences(response),
    ]
