"""The columns of the report's detail tables, and the cells of their rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from journal_app.domain.analytics import Cycle, MonthFigures, Overuse
from journal_app.domain.analytics.migraine import EPISODIC_BELOW_DAYS
from journal_app.domain.models import MedicationClass
from journal_app.domain.report import InjectionRow, SessionEpisode
from journal_app.report.tables import Cells, Column, days_logged_column, figure_column
from journal_app.report.text import (
    DASH,
    dates_text,
    day_span_text,
    day_text,
    dose_text,
    fill,
    integer_text,
    level_text,
    month_text,
    percent_text,
    status_text,
    units_text,
    window_text,
)
from journal_app.wording.labels import (
    indication_label,
    medication_label,
    product_label,
    side_effect_label,
)
from journal_app.wording.text import short_date

_RIGHT = Qt.AlignmentFlag.AlignRight


# -- cycles ----------------------------------------------------------------------------------


def cycle_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Session"), 58),
        Column(QCoreApplication.translate("report", "Dose"), 60),
        Column(QCoreApplication.translate("report", "Course / cycle"), 34, _RIGHT),
        Column(QCoreApplication.translate("report", "Days"), 26, _RIGHT, wrap=True),
        Column(QCoreApplication.translate("report", "Reference"), 36, _RIGHT),
        Column(QCoreApplication.translate("report", "Before the session"), 40, _RIGHT),
        Column(QCoreApplication.translate("report", "Onset"), 34, _RIGHT),
        Column(QCoreApplication.translate("report", "Onset status (expected days)"), 70, wrap=True),
        Column(QCoreApplication.translate("report", "Peak"), 30, _RIGHT),
        Column(QCoreApplication.translate("report", "Wear-off"), 36, _RIGHT),
        Column(QCoreApplication.translate("report", "Relief days"), 32, _RIGHT),
        Column(QCoreApplication.translate("report", "Days without relief"), 38, _RIGHT),
    )


def _wear_off_cell(cycle: Cycle) -> str:
    verdict = cycle.verdict
    if verdict.wear_off_day is not None:
        return day_text(verdict.wear_off_day)
    if verdict.onset_day is not None and cycle.complete:
        # As page 1 says it: relief held until the next session.
        return QCoreApplication.translate("report", "none")
    return DASH


def cycle_cells(cycle: Cycle, *, latest: bool) -> Cells:
    """A cycle's row; ``latest``: the track's cycle still running on the as-of day."""
    verdict, metric = cycle.verdict, cycle.metric
    judged = cycle.reference is not None and cycle.reference.value > 0
    days = integer_text(cycle.length_days)
    if latest:
        days = QCoreApplication.translate("report", "%1 so far").replace("%1", days)
    status = DASH
    if judged:
        status = fill(
            QCoreApplication.translate("report", "%1 (%2)"),
            status_text(verdict.onset_status),
            window_text(cycle.session.onset_window),
        )
    peak = verdict.peak_improvement_pct
    return Cells(
        (
            short_date(cycle.day),
            dose_text(cycle.session.products, cycle.session.units),
            f"{cycle.course} / {cycle.number}",
            days,
            level_text(None if cycle.reference is None else cycle.reference.value, metric),
            level_text(cycle.pre_injection_level, metric),
            day_text(verdict.onset_day) if judged else DASH,
            status,
            DASH if peak is None or not judged else percent_text(peak),
            _wear_off_cell(cycle),
            DASH if verdict.relief_days is None else integer_text(verdict.relief_days),
            DASH
            if verdict.days_without_relief is None
            else integer_text(verdict.days_without_relief),
        ),
        emphasis=latest,
    )


# -- injections ------------------------------------------------------------------------------


def injection_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Date"), 56),
        Column(QCoreApplication.translate("report", "Product"), 92, wrap=True),
        Column(QCoreApplication.translate("report", "Units"), 28, _RIGHT),
        Column(QCoreApplication.translate("report", "Indication"), 56, wrap=True),
        Column(QCoreApplication.translate("report", "Sites"), 100, wrap=True, longest_word=70),
        Column(QCoreApplication.translate("report", "Clinician"), 46, wrap=True),
        Column(QCoreApplication.translate("report", "Lot"), 44, wrap=True),
        Column(
            QCoreApplication.translate("report", "Days since the track's previous session"),
            48,
            _RIGHT,
            wrap=True,
        ),
    )


def injection_cells(row: InjectionRow) -> Cells:
    injection = row.injection
    interval = DASH if row.interval_days is None else integer_text(row.interval_days)
    if row.short_interval:
        least = min(84, injection.windows.reinjection_min_days)
        interval = fill(QCoreApplication.translate("report", "%1 (under %2)"), interval, str(least))
    return Cells(
        (
            short_date(injection.day),
            product_label(injection.product),
            units_text(injection.units),
            indication_label(injection.indication),
            injection.sites,
            injection.clinician,
            injection.lot,
            interval,
        ),
        warn=frozenset({7}) if row.short_interval else frozenset(),
        note=injection.notes.strip(),
    )


# -- months ----------------------------------------------------------------------------------


def month_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Month"), 1.3, wrap=True),
        days_logged_column(),
        figure_column(QCoreApplication.translate("report", "Headache days"), 0.9),
        figure_column(QCoreApplication.translate("report", "Moderate or severe (4–10)"), 0.9),
        figure_column(QCoreApplication.translate("report", "4 hours or more"), 0.8),
        *(figure_column(medication_label(c), 0.9) for c in MedicationClass),
        figure_column(QCoreApplication.translate("report", "Acute medication days"), 0.9),
        Column(QCoreApplication.translate("report", "Overuse (ICHD-3 8.2)"), 1.6, wrap=True),
    )


def overuse_flag_name(flag: Overuse) -> str:
    if flag is Overuse.MULTIPLE_CLASSES:
        return QCoreApplication.translate("report", "several classes")
    return medication_label(MedicationClass(flag.value))


def month_cells(month: MonthFigures) -> Cells:
    classes = list(MedicationClass)
    name = month_text(month.month)
    if month.partial:
        name = QCoreApplication.translate("report", "%1 (partial)").replace("%1", name)
    days = month.medication_days
    flags = []
    for flag in month.overuse:
        text = overuse_flag_name(flag)
        if flag in month.persisting:
            text = QCoreApplication.translate("report", "%1, persisting").replace("%1", text)
        flags.append(text)
    warn = {
        5 + classes.index(MedicationClass(f.value))
        for f in month.overuse
        if f is not Overuse.MULTIPLE_CLASSES
    }
    if month.overuse:
        warn.add(5 + len(classes) + 1)
    if month.headache_days >= EPISODIC_BELOW_DAYS:
        warn.add(2)
    return Cells(
        (
            name,
            integer_text(month.logged_days),
            integer_text(month.headache_days),
            integer_text(month.moderate_severe_days),
            DASH if month.headache_days_4h is None else integer_text(month.headache_days_4h),
            *(DASH if days is None else integer_text(days[c]) for c in classes),
            DASH
            if month.acute_medication_days is None
            else integer_text(month.acute_medication_days),
            "; ".join(flags),
        ),
        warn=frozenset(warn),
        emphasis=False,
    )


# -- side effects and notes ------------------------------------------------------------------


def episode_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "After the session"), 2.2, wrap=True),
        Column(QCoreApplication.translate("report", "Side effect"), 1.6, wrap=True),
        Column(QCoreApplication.translate("report", "Days after it"), 1.0, wrap=True),
        Column(QCoreApplication.translate("report", "Dates"), 1.8, wrap=True),
        Column(QCoreApplication.translate("report", "Details"), 1.8, wrap=True),
    )


def episode_cells(item: SessionEpisode, session: str) -> Cells:
    episode = item.episode
    after = item.after
    days = DASH
    if after is not None and item.last_day_number is not None:
        days = day_span_text(after.day, item.last_day_number)
    return Cells(
        (
            session,
            side_effect_label(episode.side_effect),
            days,
            dates_text(episode.first, episode.last),
            "; ".join(episode.other_texts),
        )
    )


def session_text(day_text: str, injections_text: str) -> str:
    return fill(QCoreApplication.translate("report", "%1: %2"), day_text, injections_text)


def note_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("report", "Date"), 1.0),
        Column(QCoreApplication.translate("report", "Day of cycle"), 1.6, wrap=True),
        Column(QCoreApplication.translate("report", "Note"), 4.8, wrap=True),
    )
