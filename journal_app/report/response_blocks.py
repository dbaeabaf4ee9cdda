"""Page 1's migraine response: headache days per 28 days by period, and the facts that hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from journal_app.domain.analytics import MigraineResponse, Overuse, ReferenceKind, ResponsePeriod
from journal_app.domain.analytics.migraine import RESPONSE_MARKS
from journal_app.domain.analytics.monthly import MULTIPLE_CLASSES_DAYS, OVERUSE_THRESHOLDS
from journal_app.domain.models import MedicationClass
from journal_app.domain.report import OveruseRun, Summary, TrackReport
from journal_app.report.flow import Para, paint_paras, paras_height
from journal_app.report.ink import BODY, INK, WARNING, Ink
from journal_app.report.pages import Block, Frame, Item
from journal_app.report.tables import Cells, Column, days_logged_column, figure_column, text_table
from journal_app.report.text import (
    DASH,
    ReportCounts,
    change_text,
    dates_text,
    fill,
    integer_text,
    months_text,
    number_text,
)

_GAP = 14.0


def migraine_items(ink: Ink, frame: Frame, item: TrackReport, summary: Summary) -> list[Item]:
    """The response table of the track's latest course, then the facts in two columns: the
    NICE criteria that hold at the left, the last 28 days and overuse at the right."""
    response = item.migraine
    if response is None:
        return []
    title = QCoreApplication.translate("report", "Migraine response")
    rows = [_reference_cells(response), *_period_rows(response)]
    table = text_table(ink, frame, _columns(), rows, title)
    font, bold = ink.font(BODY), ink.font(BODY, bold=True)
    nice = [Para(fact, bold, WARNING, 3) for fact in _nice_facts(response)]
    recent = [
        Para(_last_28_text(summary), font, INK, 3),
        Para(_overuse_text(summary.persisting_overuse), font, INK, 2),
    ]
    half = (frame.width - _GAP) / 2
    height = max(paras_height(ink, nice, half), paras_height(ink, recent, half)) + 4

    def paint(ink: Ink, rect: QRectF) -> None:
        paint_paras(ink, nice, rect.left(), rect.top(), half)
        paint_paras(ink, recent, rect.left() + half + _GAP, rect.top(), half)

    return [table, Block(height, paint)]


def _columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Migraine response (PREEMPT)"), 1.6, wrap=True),
        Column(QCoreApplication.translate("report", "Dates"), 2.0),
        days_logged_column(),
        figure_column(QCoreApplication.translate("report", "Headache days per 28 days"), 1.0),
        figure_column(QCoreApplication.translate("report", "Change"), 0.8),
        Column(QCoreApplication.translate("report", "30% fewer (NICE TA260)"), 1.5, wrap=True),
        Column(QCoreApplication.translate("report", "50% fewer (trials)"), 1.5, wrap=True),
    )


def _reference_cells(response: MigraineResponse) -> Cells:
    if response.reference_kind is ReferenceKind.PROFILE:
        period = QCoreApplication.translate("report", "Before treatment (profile)")
    else:
        period = QCoreApplication.translate("report", "Before the course")
    dates = DASH if response.reference_period is None else dates_text(*response.reference_period)
    per_28 = (
        DASH if response.reference_per_28 is None else number_text(response.reference_per_28, 1)
    )
    return Cells((period, dates, DASH, per_28, DASH, DASH, DASH))


def _period_rows(response: MigraineResponse) -> list[Cells]:
    named = (
        (
            QCoreApplication.translate("report", "After two cycles"),
            response.after_two_cycles,
        ),
        (
            QCoreApplication.translate("report", "Latest complete cycle"),
            response.latest_complete_cycle,
        ),
        (QCoreApplication.translate("report", "Last 28 days"), response.last_28_days),
    )
    return [_period_cells(name, period) for name, period in named]


def _mark_text(period: ResponsePeriod, mark: int) -> str:
    if period.change_pct is None:
        return DASH
    if period.meets(mark):
        return QCoreApplication.translate("report", "yes")
    return QCoreApplication.translate("report", "no")


def _period_cells(name: str, period: ResponsePeriod | None) -> Cells:
    if period is None:
        not_yet = QCoreApplication.translate("report", "not yet")
        return Cells((name, not_yet, DASH, DASH, DASH, DASH, DASH))
    logged = integer_text(period.logged_days)
    if period.per_28 is None:
        logged = QCoreApplication.translate("report", "%1 (needs 14)").replace("%1", logged)
    warn = (
        frozenset({5})
        if period.change_pct is not None and not period.meets(RESPONSE_MARKS[0])
        else frozenset()
    )
    return Cells(
        (
            name,
            dates_text(period.first, period.last),
            logged,
            DASH if period.per_28 is None else number_text(period.per_28, 1),
            change_text(period.change_pct),
            _mark_text(period, RESPONSE_MARKS[0]),
            _mark_text(period, RESPONSE_MARKS[1]),
        ),
        warn=warn,
    )


def _nice_facts(response: MigraineResponse) -> list[str]:
    facts = []
    after_two = response.after_two_cycles
    if response.under_30_after_two_cycles and after_two is not None:
        facts.append(
            fill(
                QCoreApplication.translate(
                    "report",
                    "NICE TA260: less than 30% fewer headache days after two cycles (%1, %2).",
                ),
                change_text(after_two.change_pct),
                dates_text(after_two.first, after_two.last),
            )
        )
    months = response.episodic_months
    if months:
        facts.append(
            fill(
                QCoreApplication.translate(
                    "report",
                    "NICE TA260: fewer than 15 headache days a month for %1 consecutive months "
                    "(%2).",
                ),
                str(len(months)),
                months_text(months[0], months[-1]),
            )
        )
    if response.reference_per_28 is None:
        facts.append(
            QCoreApplication.translate(
                "report",
                "No reference: too few days logged in the 28 days before the course (needs 7).",
            )
        )
    elif not facts:
        facts.append(
            QCoreApplication.translate("report", "Neither NICE TA260 stopping criterion holds.")
        )
    return facts


def _last_28_text(summary: Summary) -> str:
    figures, span = summary.last_28_days, summary.last_28_span
    dates = dates_text(span.start, span.end)
    if figures.acute_medication_days is None:
        return fill(
            QCoreApplication.translate(
                "report",
                "Last 28 days (%1): %2 moderate or severe headache days (4–10) of %3 logged; "
                "acute medication not recorded.",
            ),
            dates,
            str(figures.moderate_severe_days),
            str(figures.logged_days),
        )
    return fill(
        QCoreApplication.translate(
            "report",
            "Last 28 days (%1): %2 moderate or severe headache days (4–10) of %3 logged; %4 "
            "acute medication days.",
        ),
        dates,
        str(figures.moderate_severe_days),
        str(figures.logged_days),
        str(figures.acute_medication_days),
    )


def overuse_name(flag: Overuse) -> str:
    """ "triptans on 10 or more days a month": a flag and its ICHD-3 threshold."""
    names = {
        Overuse.SIMPLE_ANALGESIC: QCoreApplication.translate(
            "report", "simple analgesics on %1 or more days a month"
        ),
        Overuse.TRIPTAN: QCoreApplication.translate(
            "report", "triptans on %1 or more days a month"
        ),
        Overuse.COMBINATION_ANALGESIC: QCoreApplication.translate(
            "report", "combination analgesics on %1 or more days a month"
        ),
        Overuse.OPIOID: QCoreApplication.translate("report", "opioids on %1 or more days a month"),
        Overuse.MULTIPLE_CLASSES: QCoreApplication.translate(
            "report", "acute medication of several classes on %1 or more days a month"
        ),
    }
    if flag is Overuse.MULTIPLE_CLASSES:
        days = MULTIPLE_CLASSES_DAYS
    else:
        days = OVERUSE_THRESHOLDS[MedicationClass(flag.value)]
    return names[flag].replace("%1", str(days))


def _overuse_text(runs: tuple[OveruseRun, ...]) -> str:
    if not runs:
        return QCoreApplication.translate(
            "report", "No medication overuse held for 3 months or more in the last 12 months."
        )
    parts = [
        fill(
            QCoreApplication.translate("report", "%1, %2 (%3)"),
            overuse_name(run.flag),
            months_text(run.months[0], run.months[-1]),
            ReportCounts().months(len(run.months)),
        )
        for run in runs
    ]
    return QCoreApplication.translate(
        "report", "Medication overuse that persisted (ICHD-3 8.2): %1."
    ).replace("%1", "; ".join(parts))
