"""Small journals and palettes the chart tests share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from journal_app.charts.chart_data import ChartData
from journal_app.domain.analytics import Analysis
from journal_app.domain.checkins import NO_REPORTS, PatientReports
from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    Profile,
)

ChartWidget = TypeVar("ChartWidget", bound=QWidget)

TODAY = dt.date(2026, 11, 21)
START = TODAY - dt.timedelta(days=199)
MIGRAINE = ExpectedWindows(14, 28, 70, 84)
DYSTONIA = ExpectedWindows(7, 28, 112, 140)
FIRST = START + dt.timedelta(days=40)
SECOND = FIRST + dt.timedelta(days=90)


def plus(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def spasm_of(i: int) -> int:
    return 3 + (i * 7) % 5


def headache_of(i: int) -> int:
    return (i * 5) % 9


def entries() -> list[Entry]:
    """200 days ending today; every 6th day unlogged, medication on headache days ≥ 6."""
    logged = []
    for i in range(200):
        if i % 6 == 5:
            continue
        headache = headache_of(i)
        meds = (MedicationDose(MedicationClass.TRIPTAN, 1),) if headache >= 6 else ()
        logged.append(
            Entry(
                plus(START, i),
                spasm_severity=spasm_of(i),
                headache_severity=headache,
                medication=meds,
            )
        )
    return logged


def botox(day: dt.date, indication: Indication = Indication.CHRONIC_MIGRAINE) -> Injection:
    windows = MIGRAINE if indication is Indication.CHRONIC_MIGRAINE else DYSTONIA
    return Injection(day, Product.ONABOTULINUMTOXIN_A, 155.0, indication, windows)


def xeomin(day: dt.date, units: float = 180.0) -> Injection:
    return Injection(
        day, Product.INCOBOTULINUMTOXIN_A, units, Indication.CERVICAL_DYSTONIA, DYSTONIA
    )


def injections() -> list[Injection]:
    """Migraine on FIRST; migraine and dystonia (Botox and Xeomin) on SECOND."""
    return [botox(FIRST), botox(SECOND), xeomin(SECOND)]


def chart_data(
    logged: Sequence[Entry],
    given: Sequence[Injection],
    *,
    today: dt.date = TODAY,
    profile: Profile | None = None,
    patient: PatientReports = NO_REPORTS,
) -> ChartData:
    return ChartData(Analysis.of(logged, given, profile or Profile(), today, patient=patient))


def shown(qtbot, chart: ChartWidget, *, dark: bool = False) -> ChartWidget:
    """``chart`` on screen at 1000 × 600, in a dark palette if asked."""
    qtbot.addWidget(chart)
    if dark:
        chart.setPalette(dark_palette())
    chart.resize(1000, 600)
    chart.show()
    return chart


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#262626"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1c1c1c"),
        (QPalette.ColorRole.Text, "#eeeeee"),
    ):
        palette.setColor(role, QColor(colour))
    return palette
