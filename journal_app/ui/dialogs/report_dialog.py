"""The Report dialog: range, sections and paper of the clinician PDF; save, open or print it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QRectF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPalette, QPicture
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.models import MedicationClass, Metric
from journal_app.domain.report import (
    DEFAULT_SECTIONS,
    MonthRow,
    OverlaySeries,
    Report,
    ReportOptions,
    Section,
    TimelineSeries,
    build_report,
)
from journal_app.domain.trends import IMPROVEMENT_RATIO, WINDOW_DAYS, Session
from journal_app.services.ics import write_ics
from journal_app.services.journal import JournalService
from journal_app.services.pdf import (
    PDF_RESOLUTION,
    Paper,
    ReportWording,
    paint_report,
    paper_for_locale,
    prepare_printer,
    write_pdf,
)
from journal_app.ui import labels, text
from journal_app.ui.charts import series as chart_series
from journal_app.ui.errors import error_text
from journal_app.ui.widgets.form_helpers import (
    add_form_row,
    caption_label,
    make_date_edit,
    to_date,
    to_qdate,
)

if TYPE_CHECKING:
    from journal_app.ui.charts.base import ChartCanvas


def report_wording() -> ReportWording:
    """The window's own names for dates, countdowns and codes, for the report and calendar."""
    return ReportWording(
        date=text.short_date,
        countdown=text.countdown_text,
        product=labels.product_label,
        indication=labels.indication_label,
        indication_in_text=labels.indication_in_text,
        side_effect=labels.side_effect_label,
        medication=labels.medication_label,
    )


# -- the window's charts in the report -----------------------------------------------------

#: Chart widgets are laid out at 96 pixels per inch: one pixel is 0.75 pt on paper.
_PIXELS_PER_POINT = 96 / 72
_HALF_DAY = chart_series.SECONDS_PER_DAY / 2


def _light_palette() -> QPalette:
    """Paper is white: the report's charts always take the light theme."""
    palette = QPalette(QColor("#f0f0f0"))
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#1b1b1f"),
        (QPalette.ColorRole.Text, "#1b1b1f"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


class WindowCharts:
    """The Trends tab's pyqtgraph charts, drawn into the report as vectors, light theme.

    The chart modules (and pyqtgraph) load when a report is drawn, not when the window opens.
    """

    def timeline(self, painter: QPainter, target: QRectF, series: TimelineSeries) -> None:
        from journal_app.ui.charts.timeline import TimelineChart

        chart = TimelineChart()
        self._prepare(chart, target)
        chart.set_series(_timeline_series(series))
        # A little room after the range's end shows the upcoming window and keeps the label
        # of a recent injection whole, as the window's own range presets do.
        ahead = dt.timedelta(days=max(7, series.span.days // 12))
        first = chart_series.day_timestamp(series.span.start) - _HALF_DAY
        last = chart_series.day_timestamp(series.span.end + ahead) + _HALF_DAY
        chart.view.setXRange(first, last, padding=0)
        _render(chart, painter, target)

    def overlay(self, painter: QPainter, target: QRectF, series: OverlaySeries) -> None:
        from journal_app.ui.charts.overlay import OverlayChart

        chart = OverlayChart()
        self._prepare(chart, target)
        chart.set_series(_overlay_series(series))
        _render(chart, painter, target)

    def monthly(self, painter: QPainter, target: QRectF, months: Sequence[MonthRow]) -> None:
        from journal_app.ui.charts.monthly import MonthlyChart

        chart = MonthlyChart()
        self._prepare(chart, target)
        monthly = _monthly_series(months)
        chart.set_series(monthly)
        if len(monthly.months):
            first = float(monthly.centres[0] - monthly.widths[0] / 2)
            last = float(monthly.centres[-1] + monthly.widths[-1] / 2)
            chart.headache_plot.setXRange(first, last, padding=0)
        _render(chart, painter, target)

    @staticmethod
    def _prepare(chart: ChartCanvas, target: QRectF) -> None:
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        chart.setPalette(_light_palette())
        chart.resize(
            round(target.width() * _PIXELS_PER_POINT), round(target.height() * _PIXELS_PER_POINT)
        )
        chart.show()
        QCoreApplication.sendPostedEvents()


def _render(chart: ChartCanvas, painter: QPainter, target: QRectF) -> None:
    """Record the chart's scene in export mode (symbols as paths, not cached pixmaps), then
    replay it into ``target``: a QPicture keeps the chart's own 96-dpi text metrics."""
    from pyqtgraph.exporters.Exporter import Exporter

    QCoreApplication.sendPostedEvents()
    item = chart.export_target()
    source = item.sceneBoundingRect()
    picture = QPicture()
    recorder = QPainter(picture)
    recorder.setRenderHint(QPainter.RenderHint.Antialiasing)
    exporter = Exporter(item)
    exporter.setExportMode(True, {"antialias": True, "background": None, "painter": recorder})
    try:
        chart.scene().render(recorder, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        exporter.setExportMode(False)
        recorder.end()
    on_device = painter.transform().mapRect(target)
    # Playing a picture back scales it by the device's dots per inch over the picture's own.
    ratio = painter.device().logicalDpiX() / picture.logicalDpiX()
    painter.save()
    painter.resetTransform()
    painter.translate(on_device.topLeft())
    painter.scale(
        on_device.width() / source.width() / ratio, on_device.height() / source.height() / ratio
    )
    painter.drawPicture(0, 0, picture)
    painter.restore()
    # Not close(): pyqtgraph's GraphicsView.close() tears the scene down under live items.
    chart.hide()
    chart.deleteLater()


def _timeline_series(series: TimelineSeries) -> chart_series.TimelineSeries:
    first, count = series.span.start, series.span.days
    metrics = {}
    for metric in Metric:
        values = np.full(count, np.nan)
        means = np.full(count, np.nan)
        for day, value in series.points[metric]:
            values[(day - first).days] = value
        for day, mean in series.means[metric]:
            means[(day - first).days] = mean
        metrics[metric] = chart_series.DailyValues(values=values, means=means)
    marks = tuple(
        chart_series.SessionMark(
            day=mark.day,
            label=chart_series.session_label(Session(mark.day, mark.injections)),
            onset=mark.onset,
            reinjection=mark.reinjection,
            checkup=mark.checkup,
        )
        for mark in series.sessions
    )
    return chart_series.TimelineSeries(
        first_day=first,
        timestamps=chart_series.day_timestamps(first, count),
        metrics=metrics,
        sessions=marks,
        today=series.as_of,
    )


def _overlay_series(series: OverlaySeries) -> chart_series.OverlaySeries:
    curves = []
    for age, curve in enumerate(reversed(series.curves)):
        length = max((day for day, _ in curve.points), default=0)
        means = np.full(length, np.nan)
        for day, mean in curve.points:
            means[day - 1] = mean

        def mark(day: int | None, means: np.ndarray = means) -> tuple[int, float] | None:
            inside = day is not None and 0 < day <= len(means) and np.isfinite(means[day - 1])
            return (day, float(means[day - 1])) if inside and day is not None else None

        curves.append(
            chart_series.CycleCurve(
                injection_day=curve.session_day,
                label=text.short_date(curve.session_day),
                days=np.arange(1, length + 1, dtype=float),
                means=means,
                onset=mark(curve.onset_day),
                wear_off=mark(curve.wear_off_day),
                age=age,
            )
        )
    latest = next((c for c in series.curves if c.is_latest), None)
    baseline = latest.baseline if latest is not None else None
    return chart_series.OverlaySeries(
        metric=series.metric,
        curves=tuple(reversed(curves)),
        onset_window=series.onset_window,
        reinjection_window=series.reinjection_window,
        baseline=baseline,
        improved_at_most=IMPROVEMENT_RATIO * baseline if baseline else None,
        mean_days=WINDOW_DAYS[series.metric],
    )


def _monthly_series(months: Sequence[MonthRow]) -> chart_series.MonthlySeries:
    starts = np.array([chart_series.day_timestamp(m.month) for m in months]) - _HALF_DAY
    lengths = np.array(
        [(chart_series.month_span(m.month, 1)[1] - m.month).days for m in months], dtype=float
    )
    widths = lengths * chart_series.SECONDS_PER_DAY
    return chart_series.MonthlySeries(
        months=tuple(m.month for m in months),
        centres=starts + widths / 2,
        widths=widths,
        logged_days=np.array([m.logged_days for m in months], dtype=float),
        headache_days=np.array([m.headache_days for m in months], dtype=float),
        medication_days={
            cls: np.array([m.medication(cls) for m in months], dtype=float)
            for cls in MedicationClass
        },
        overused={
            cls: np.array([cls in m.overused for m in months], dtype=bool)
            for cls in MedicationClass
        },
    )


# -- the dialog ----------------------------------------------------------------------------


class ReportDialog(QDialog):
    """Chooses what the clinician report covers, then saves it (and opens it) or prints it."""

    def __init__(
        self, service: JournalService, parent: QWidget | None = None, *, printing: bool = False
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Clinician report"))
        self.setMinimumWidth(420)
        self._build_fields()
        self._build_layout(printing)
        self.choose_preset(1)

    # -- building ------------------------------------------------------------------------

    def _build_fields(self) -> None:
        today = self.service.today()
        self.preset_combo = QComboBox()
        self.preset_combo.addItems(
            [
                self.tr("Last 6 months"),
                self.tr("Last year"),
                self.tr("Everything"),
                self.tr("Custom"),
            ]
        )
        self.from_edit = make_date_edit(today, maximum=today)
        self.to_edit = make_date_edit(today, maximum=today)
        self.section_checks: dict[Section, QCheckBox] = {}
        for section, label in self._section_labels().items():
            check = QCheckBox(label)
            check.setAccessibleName(label)
            check.setChecked(section in DEFAULT_SECTIONS)
            self.section_checks[section] = check
        self.notes_check = QCheckBox(self.tr("Include the patient's notes"))
        self.notes_check.setAccessibleName(self.notes_check.text())
        self.paper_combo = QComboBox()
        letter = self.tr("Letter")
        automatic = letter if paper_for_locale(self.locale()) is Paper.LETTER else "A4"
        self.paper_combo.addItem(self.tr("Automatic (%1)").replace("%1", automatic), Paper.AUTO)
        self.paper_combo.addItem("A4", Paper.A4)
        self.paper_combo.addItem(letter, Paper.LETTER)
        self.preset_combo.activated.connect(self.choose_preset)
        self.from_edit.userDateChanged.connect(self._dates_edited)
        self.to_edit.userDateChanged.connect(self._dates_edited)

    def _section_labels(self) -> dict[Section, str]:
        return {
            Section.CYCLES: self.tr("Cycles table"),
            Section.OVERLAY: self.tr("Cycles overlaid chart"),
            Section.INJECTIONS: self.tr("Injection history"),
            Section.MONTHLY: self.tr("Headache and medication days per month"),
            Section.SIDE_EFFECTS: self.tr("Side effects"),
            Section.CALENDAR: self.tr("Calendar of severities"),
        }

    def _build_layout(self, printing: bool) -> None:
        form = QFormLayout()
        add_form_row(form, self.tr("&Range:"), self.preset_combo)
        add_form_row(form, self.tr("&From:"), self.from_edit)
        add_form_row(form, self.tr("&To:"), self.to_edit)
        add_form_row(form, self.tr("&Paper:"), self.paper_combo)
        sections = QGroupBox(self.tr("After the one-page summary"))
        column = QVBoxLayout(sections)
        for check in [*self.section_checks.values(), self.notes_check]:
            column.addWidget(check)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.button_box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button_box.addButton(self.save_button, role)
        (self.print_button if printing else self.save_button).setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            caption_label(
                self.tr(
                    "A one-page summary for the clinician, then the details chosen below. "
                    "Notes are the patient's own words: they are left out unless included."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(sections)
        layout.addWidget(self.button_box)

    # -- range ---------------------------------------------------------------------------

    def _first_day(self) -> dt.date:
        days = [e.day for e in self.service.entries()] + [i.day for i in self.service.injections()]
        return min(days, default=self.service.today())

    def choose_preset(self, index: int) -> None:
        """0: last 6 months, 1: last year, 2: everything; 3 (custom) keeps the dates."""
        today = to_qdate(self.service.today())
        starts = {0: today.addMonths(-6).addDays(1), 1: today.addYears(-1).addDays(1)}
        if index == 2:
            starts[2] = to_qdate(min(self._first_day(), self.service.today()))
        self.preset_combo.setCurrentIndex(index)
        if index not in starts:
            return
        for edit, day in ((self.from_edit, starts[index]), (self.to_edit, today)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self._update_buttons()

    def _dates_edited(self, _date: QDate) -> None:
        self.preset_combo.setCurrentIndex(3)
        self._update_buttons()

    def _update_buttons(self) -> None:
        valid = self.from_edit.date() <= self.to_edit.date()
        self.save_button.setEnabled(valid)
        self.print_button.setEnabled(valid)

    # -- the report ----------------------------------------------------------------------

    def options(self) -> ReportOptions:
        sections = {s for s, check in self.section_checks.items() if check.isChecked()}
        if self.notes_check.isChecked():
            sections.add(Section.NOTES)
        return ReportOptions(
            start=to_date(self.from_edit.date()),
            end=to_date(self.to_edit.date()),
            sections=frozenset(sections),
        )

    def paper(self) -> Paper:
        return Paper(self.paper_combo.currentData())

    def report(self) -> Report:
        service = self.service
        return build_report(
            service.profile(),
            service.entries(),
            service.injections(),
            self.options(),
            today=service.today(),
        )

    def _suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.service.profile().name or self.tr("Patient")
        stamp = self.service.today().isoformat()
        #: A file name: %1 is the patient's name, %2 today's date as YYYY-MM-DD.
        stem = self.tr("%1 report %2").replace("%1", name).replace("%2", stamp)
        return Path(folder or Path.home()) / f"{stem}.pdf"

    def save(self) -> None:
        """Ask where, write the PDF, open it in the system viewer and close the dialog."""
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), str(self._suggested_path()), self.tr("PDF (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(
                self.report(), path, report_wording(), paper=self.paper(), charts=WindowCharts()
            )
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Report not saved"), error_text(exc))
            return
        self.saved_path = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.accept()

    def print_report(self) -> None:
        """Print through the system's print dialog, with the same drawing as the PDF."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PDF_RESOLUTION)
        report = self.report()
        prepare_printer(printer, report, report_wording(), self.paper())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        paint_report(report, printer, report_wording(), WindowCharts())
        self.accept()


def export_calendar(parent: QWidget, service: JournalService) -> str | None:
    """Ask where, then write the upcoming windows and check-ups; returns a status line."""
    name = service.profile().name or QCoreApplication.translate("report", "Patient")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    #: A file name: %1 is the patient's name.
    stem = QCoreApplication.translate("report", "%1 injections").replace("%1", name)
    suggested = Path(folder or Path.home()) / f"{stem}.ics"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("report", "Export calendar"),
        str(suggested),
        QCoreApplication.translate("report", "iCalendar (*.ics)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".ics":
        path = path.with_name(path.name + ".ics")
    try:
        count = write_ics(
            path,
            service.injections(),
            service.profile().name,
            report_wording(),
            today=service.today(),
        )
    except OSError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("report", "Calendar not saved"), error_text(exc)
        )
        return None
    if count == 0:
        return QCoreApplication.translate(
            "report", "No upcoming window or check-up; wrote an empty calendar to %1."
        ).replace("%1", str(path))
    return text.counted().events_written(count, str(path))
