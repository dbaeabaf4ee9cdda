"""The Trends page: timeline, cycles overlaid, monthly counts and calendar, with their controls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.charts.chart_data import ChartData
from journal_app.charts.items import cosmetic_pen
from journal_app.charts.theme import ChartTheme, theme_for_palette
from journal_app.charts.timeline import (
    METRIC_MARKS,
    METRIC_SERIES,
    RangePreset,
    TimelineSeriesKey,
)
from journal_app.domain.metrics import CHARTED_METRICS, TRACKS
from journal_app.domain.models import Indication
from journal_app.services.journal import JournalService
from journal_app.ui.charts.base import ChartCanvas
from journal_app.ui.charts.calendar_view import CalendarView
from journal_app.ui.charts.export import ChartExportError, ChartFormat, save_chart
from journal_app.ui.charts.monthly import MonthlyChart
from journal_app.ui.charts.overlay import OverlayChart
from journal_app.ui.charts.timeline import TimelineChart
from journal_app.ui.errors import error_text
from journal_app.ui.widgets.form_helpers import set_tab_order
from journal_app.ui.widgets.trends_words import TrendsWords
from journal_app.wording.labels import indication_label, metric_words
from journal_app.wording.text import short_date


class TrendsView(IntEnum):
    TIMELINE = 0
    OVERLAY = 1
    MONTHLY = 2
    CALENDAR = 3


def _segment(text: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setCheckable(True)
    button.setAutoRaise(False)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAccessibleName(text)
    # The checked segment must stand out in every style and palette, light or dark.
    button.setStyleSheet(
        "QToolButton { padding: 2px 9px; }"
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
        " border: 1px solid palette(highlight); border-radius: 3px; }"
    )
    return button


_METRIC_OF_TOGGLE = {key: metric for metric, keys in METRIC_SERIES.items() for key in keys}


def _swatch(theme: ChartTheme, key: TimelineSeriesKey) -> QIcon:
    """A small picture of a series, so that each toggle doubles as its legend entry."""
    pixmap = QPixmap(18, 18)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if key is TimelineSeriesKey.WINDOWS:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.onset_fill)
        painter.drawRect(QRectF(1, 3, 8, 12))
        painter.setBrush(theme.reinjection_fill)
        painter.drawRect(QRectF(9, 3, 8, 12))
    else:
        metric = _METRIC_OF_TOGGLE[key]
        colour = theme.metric(metric)
        marks = METRIC_MARKS[metric]
        if key is METRIC_SERIES[metric][0]:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for x, y in ((4, 11), (9, 6), (14, 10)):
                if marks.symbol == "s":
                    painter.drawRect(QRectF(x - 2.2, y - 2.2, 4.4, 4.4))
                else:
                    painter.drawEllipse(QPointF(x, y), 2.4, 2.4)
        else:
            painter.setPen(cosmetic_pen(colour, 2.2, marks.level_style))
            painter.drawLine(QPointF(1, 12), QPointF(6, 7))
            painter.drawLine(QPointF(6, 7), QPointF(11, 10))
            painter.drawLine(QPointF(11, 10), QPointF(17, 5))
    painter.end()
    return QIcon(pixmap)


class _EmptyState(QLabel):
    """What a view shows instead of an empty axes box."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("trendsEmptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMargin(24)

    def show_message(self, title: str, hint: str) -> None:
        self.setText(f"<p style='font-size:15pt'>{title}</p><p>{hint}</p>")
        self.setAccessibleName(title)


class _ViewSlot(QStackedWidget):
    """A chart or, while there is nothing to draw, its empty state."""

    def __init__(self, chart: ChartCanvas | CalendarView, parent: QWidget) -> None:
        super().__init__(parent)
        self.chart = chart
        self.empty = _EmptyState(self)
        self.addWidget(self.empty)
        self.addWidget(chart)

    def show_chart(self) -> None:
        self.setCurrentWidget(self.chart)

    def show_empty(self, title: str, hint: str) -> None:
        self.empty.show_message(title, hint)
        self.setCurrentWidget(self.empty)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty


@dataclass(frozen=True)
class _View:
    """One Trends view: its tab, its controls, its chart (in a slot with its empty state), how
    it draws, what the read-out says while nothing is pointed at, and its file name."""

    key: TrendsView
    title: str
    controls: QWidget
    slot: _ViewSlot
    draw: Callable[[ChartData, _ViewSlot], None]
    hint: str
    file_stem: str

    @property
    def chart(self) -> ChartCanvas | CalendarView:
        return self.slot.chart


class TrendsPage(QWidget):
    """The four Trends views of one journal, redrawn whenever its entries or injections change."""

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._data: ChartData | None = None
        self._drawn: set[TrendsView] = set()
        self._stale = True
        self._overlay_track: Indication | None = None
        self._overlay_course: int | None = None

        self.timeline = TimelineChart(self)
        self.overlay = OverlayChart(self)
        self.monthly = MonthlyChart(self)
        self.calendar = CalendarView(self)
        views = [
            _View(
                TrendsView.TIMELINE,
                self.tr("Timeline"),
                self._timeline_controls(),
                _ViewSlot(self.timeline, self),
                self._draw_timeline,
                self.tr("Point at the chart to read a day's values."),
                "timeline",
            ),
            _View(
                TrendsView.OVERLAY,
                self.tr("Cycles overlaid"),
                self._overlay_controls(),
                _ViewSlot(self.overlay, self),
                self._draw_overlay,
                self.tr("Point at the chart to compare a day across cycles."),
                "cycles",
            ),
            _View(
                TrendsView.MONTHLY,
                self.tr("Monthly"),
                self._monthly_controls(),
                _ViewSlot(self.monthly, self),
                self._draw_monthly,
                self.tr("Point at a month to read its counts."),
                "monthly",
            ),
            _View(
                TrendsView.CALENDAR,
                self.tr("Calendar"),
                self._calendar_controls(),
                _ViewSlot(self.calendar, self),
                self._draw_calendar,
                "",
                "calendar",
            ),
        ]
        assert [view.key for view in views] == list(TrendsView)
        self._views = {view.key: view for view in views}
        self._build_layout()
        for view in views:
            view.chart.readout_changed.connect(self._show_readout)
        self.calendar.months_changed.connect(self._update_calendar_range)
        service.entries_changed.connect(self._data_changed)
        service.injections_changed.connect(self._data_changed)
        service.profile_changed.connect(self._data_changed)
        self.reload()
        self._show_readout("")

    # -- layout --------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.view_tabs = QTabBar(self)
        self.view_tabs.setDocumentMode(True)
        self.view_tabs.setDrawBase(False)
        for view in self._views.values():
            self.view_tabs.addTab(view.title)
        self.view_tabs.setAccessibleName(self.tr("Trends view"))
        self.view_tabs.currentChanged.connect(self._view_changed)
        self.save_button = QPushButton(self.tr("Save chart…"), self)
        self.save_button.setAccessibleName(self.tr("Save chart…"))
        self.save_button.clicked.connect(self.save_chart)
        top = QHBoxLayout()
        top.addWidget(self.view_tabs)
        top.addStretch(1)
        top.addWidget(self.save_button)

        self.controls = QStackedWidget(self)
        self.views = QStackedWidget(self)
        for view in self._views.values():
            self.controls.addWidget(view.controls)
            self.views.addWidget(view.slot)

        self.readout_label = QLabel(self)
        self.readout_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout_label.setAccessibleName(self.tr("Read-out"))
        # Two lines, wrapped: a read-out of several cycles and what the patient said of one
        # (PRODUCT.md §4 check-ins) must not widen the page past an 800-pixel window.
        self.readout_label.setWordWrap(True)
        readout_policy = self.readout_label.sizePolicy()
        readout_policy.setHeightForWidth(False)
        self.readout_label.setSizePolicy(readout_policy)
        lines = self.readout_label.fontMetrics().lineSpacing() * 2
        self.readout_label.setMinimumHeight(lines + 6)
        self.source_label = QLabel(
            self.tr(
                "Expected windows: patient guidance on botulinum toxin treatment. "
                "Self-reported journal, not medical advice."
            ),
            self,
        )
        self.source_label.setEnabled(False)
        self.source_label.setWordWrap(True)
        # Wrapped but not height-for-width: else the page asks its scroll area for every
        # view's preferred height, and the chart's axis and this line scroll off a 768 screen.
        policy = self.source_label.sizePolicy()
        policy.setHeightForWidth(False)
        self.source_label.setSizePolicy(policy)

        self.words = TrendsWords(self._service, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.words)
        layout.addLayout(top)
        layout.addWidget(self.controls)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.readout_label)
        layout.addWidget(self.source_label)
        self.controls.setSizePolicy(
            self.controls.sizePolicy().horizontalPolicy(),
            self.controls.sizePolicy().Policy.Fixed,
        )
        self._fit_controls(0)
        set_tab_order(
            [
                self.view_tabs,
                self.save_button,
                *self.range_buttons.values(),
                *self.series_toggles.values(),
                *self.track_buttons.values(),
                self.course_box,
                self.earlier_button,
                self.later_button,
                *self.calendar_metric_buttons.values(),
                *(view.chart for view in self._views.values()),
            ]
        )

    def _fit_controls(self, index: int) -> None:
        """The controls take the height of the view's own, not of the tallest view's."""
        for i in range(self.controls.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            if (page := self.controls.widget(i)) is not None:
                page.setSizePolicy(policy, policy)
        self.controls.updateGeometry()

    def _two_rows(self) -> tuple[QWidget, QHBoxLayout, QHBoxLayout]:
        """Controls on two lines: on one, the window would not fit a screen at 200%."""
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        rows = QHBoxLayout(), QHBoxLayout()
        for row in rows:
            row.setSpacing(4)
            column.addLayout(row)
        return page, rows[0], rows[1]

    def _row(self) -> tuple[QWidget, QHBoxLayout]:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        return row, layout

    def _segments(
        self, layout: QHBoxLayout, texts: list[str], parent: QWidget
    ) -> tuple[QButtonGroup, list[QToolButton]]:
        group = QButtonGroup(parent)
        group.setExclusive(True)
        buttons = []
        for i, text in enumerate(texts):
            button = _segment(text, parent)
            group.addButton(button, i)
            layout.addWidget(button)
            buttons.append(button)
        return group, buttons

    def _timeline_controls(self) -> QWidget:
        row, layout, below = self._two_rows()
        layout.addWidget(QLabel(self.tr("Show:"), row))
        presets = list(RangePreset)
        texts = [self.tr("3 months"), self.tr("6 months"), self.tr("1 year"), self.tr("All")]
        self._range_group, buttons = self._segments(layout, texts, row)
        self.range_buttons = dict(zip(presets, buttons, strict=True))
        self.range_buttons[self.timeline.range_preset()].setChecked(True)
        self._range_group.idClicked.connect(lambda i: self.set_range_preset(presets[i]))
        layout.addStretch(1)
        layout = below
        self.series_toggles: dict[TimelineSeriesKey, QCheckBox] = {}
        for key, text in (
            (TimelineSeriesKey.SPASM_POINTS, self.tr("Spasm days")),
            (TimelineSeriesKey.SPASM_LEVEL, self.tr("Spasm mean")),
            (TimelineSeriesKey.HEADACHE_POINTS, self.tr("Headache days")),
            (TimelineSeriesKey.HEADACHE_LEVEL, self.tr("Headache mean")),
            (TimelineSeriesKey.WINDOWS, self.tr("Expected windows")),
        ):
            box = QCheckBox(text, row)
            box.setChecked(True)
            box.setAccessibleName(text)
            box.toggled.connect(
                lambda on, k=key: self.timeline.set_series_visible(k, on)  # type: ignore[misc]
            )
            layout.addWidget(box)
            self.series_toggles[key] = box
        layout.addStretch(1)
        self._update_swatches()
        return row

    def _overlay_controls(self) -> QWidget:
        row, layout, below = self._two_rows()
        layout.addWidget(QLabel(self.tr("Compare cycles of:"), row))
        tracks = list(TRACKS)
        group, buttons = self._segments(layout, [indication_label(t) for t in tracks], row)
        # Only the tracks the journal holds are shown (see _draw_overlay).
        self.track_buttons = dict(zip(tracks, buttons, strict=True))
        group.idClicked.connect(lambda i: self.set_overlay_track(tracks[i]))
        self.course_label = QLabel(self.tr("Course:"), row)
        self.course_box = QComboBox(row)
        self.course_box.setAccessibleName(self.tr("Course"))
        self.course_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.course_label.setBuddy(self.course_box)
        self.course_box.activated.connect(
            lambda i: self.set_overlay_course(self.course_box.itemData(i))
        )
        layout.addStretch(1)
        below.addWidget(self.course_label)
        below.addWidget(self.course_box)
        below.addSpacing(12)
        hint = QLabel(self.tr("The latest cycle is drawn thick; earlier ones fade with age."), row)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        below.addWidget(hint, 1)
        return row

    def _monthly_controls(self) -> QWidget:
        row, layout = self._row()
        hint = QLabel(
            self.tr("Drag sideways for earlier months; scroll to zoom. Outlined bars: overuse."),
            row,
        )
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addStretch(1)
        return row

    def _calendar_controls(self) -> QWidget:
        row, layout, below = self._two_rows()
        self.earlier_button = self._arrow_button(
            self.tr("Previous 12 months"), Qt.ArrowType.LeftArrow, row
        )
        self.earlier_button.clicked.connect(self.calendar.show_earlier)
        self.later_button = self._arrow_button(
            self.tr("Next 12 months"), Qt.ArrowType.RightArrow, row
        )
        self.later_button.clicked.connect(self.calendar.show_later)
        self.calendar_range_label = QLabel(row)
        self.calendar_range_label.setMinimumWidth(170)
        self.calendar_range_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.earlier_button)
        layout.addWidget(self.calendar_range_label)
        layout.addWidget(self.later_button)
        layout.addSpacing(18)
        layout.addWidget(QLabel(self.tr("Colour by:"), row))
        metrics = list(CHARTED_METRICS)
        group, buttons = self._segments(layout, [metric_words(m).noun for m in metrics], row)
        self.calendar_metric_buttons = dict(zip(metrics, buttons, strict=True))
        self.calendar_metric_buttons[self.calendar.current_metric()].setChecked(True)
        group.idClicked.connect(lambda i: self.calendar.set_metric(metrics[i]))
        layout.addStretch(1)
        layout = below
        hint = QLabel(self.tr("Arrow keys move between days; Home goes to today."), row)
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addStretch(1)
        return row

    @staticmethod
    def _arrow_button(text: str, arrow: Qt.ArrowType, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setText(text)
        button.setArrowType(arrow)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAccessibleName(text)
        return button

    # -- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Analyse the journal once and redraw the view on show; the others when shown."""
        data = ChartData(self._service.analysis)
        self._data = data
        self._drawn.clear()
        self._stale = False
        if self._overlay_track not in data.tracks:
            self._overlay_track = data.latest_track
            self._overlay_course = None
        self._draw(self.current_view())

    def _data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def draw_all(self) -> None:
        """Draw every view now (the benchmark's "every chart drawn")."""
        for view in TrendsView:
            self._draw(view)

    def _draw(self, view: TrendsView) -> None:
        data = self._data
        if data is None or view in self._drawn:
            return
        self._drawn.add(view)
        shown = self._views[view]
        if data.timeline.is_empty:
            shown.slot.show_empty(
                self.tr("Log a few days and an injection to see trends here"),
                self.tr("Use the Today tab (Ctrl+T) to log a day, Ctrl+I to record an injection."),
            )
        else:
            shown.draw(data, shown.slot)
        self._update_save_button()

    def _draw_timeline(self, data: ChartData, slot: _ViewSlot) -> None:
        self.timeline.set_series(data.timeline)
        slot.show_chart()

    def _draw_overlay(self, data: ChartData, slot: _ViewSlot) -> None:
        track = self._overlay_track
        for indication, button in self.track_buttons.items():
            button.setVisible(indication in data.tracks)
            button.setChecked(indication is track)
        if track is None:
            self._show_courses({})
            slot.show_empty(
                self.tr("No injection recorded yet"),
                self.tr("Record an injection (Ctrl+I) to compare how each cycle goes."),
            )
            return
        courses = data.courses(track)
        series = data.overlay(track, self._overlay_course)
        self._overlay_course = series.course
        self._show_courses({course: cycles[0].day for course, cycles in courses.items()})
        if series.is_empty:
            slot.show_empty(
                self.tr("Not enough days logged after an injection yet"),
                self.tr("A cycle's curve appears once about a week is logged after an injection."),
            )
        else:
            self.overlay.set_series(series)
            slot.show_chart()

    def _show_courses(self, firsts: dict[int, dt.date]) -> None:
        """The course chooser, shown when the track paused long enough to start again."""
        box = self.course_box
        box.blockSignals(True)
        box.clear()
        for course, first in firsts.items():
            text = self.tr("%1, from %2").replace("%1", str(course))
            box.addItem(text.replace("%2", short_date(first)), course)
        box.setCurrentIndex(max(box.findData(self._overlay_course), 0))
        box.blockSignals(False)
        several = len(firsts) > 1
        box.setVisible(several)
        self.course_label.setVisible(several)

    def _draw_monthly(self, data: ChartData, slot: _ViewSlot) -> None:
        if data.monthly.is_empty:
            slot.show_empty(
                self.tr("No days logged yet"),
                self.tr("Headache and medication days per month appear once days are logged."),
            )
            return
        self.monthly.set_series(data.monthly)
        slot.show_chart()

    def _draw_calendar(self, data: ChartData, slot: _ViewSlot) -> None:
        self.calendar.set_series(data.calendar)
        self._update_calendar_range()
        slot.show_chart()

    # -- controls ------------------------------------------------------------------------

    def current_view(self) -> TrendsView:
        return TrendsView(self.view_tabs.currentIndex())

    def set_current_view(self, view: TrendsView) -> None:
        self.view_tabs.setCurrentIndex(int(view))

    def _view_changed(self, index: int) -> None:
        view = TrendsView(index)
        self.views.setCurrentIndex(index)
        self.controls.setCurrentIndex(index)
        self._fit_controls(index)
        self._draw(view)
        self._update_save_button()
        if view is TrendsView.CALENDAR:
            self._show_readout(self.calendar.readout(self.calendar.focused_day()))
        else:
            self._show_readout("")

    def is_empty_state_shown(self, view: TrendsView) -> bool:
        return self._views[view].slot.is_empty()

    def empty_state_text(self, view: TrendsView) -> str:
        return self._views[view].slot.empty.text()

    def set_range_preset(self, preset: RangePreset) -> None:
        self.range_buttons[preset].setChecked(True)
        self.timeline.set_range_preset(preset)

    def overlay_track(self) -> Indication | None:
        return self._overlay_track

    def overlay_course(self) -> int | None:
        return self._overlay_course

    def set_overlay_track(self, indication: Indication) -> None:
        if self._data is None or indication not in self._data.tracks:
            return  # its button is hidden: the journal holds no session of it
        if indication is not self._overlay_track:
            self._overlay_course = None  # each track opens on its latest course
        self._overlay_track = indication
        self.track_buttons[indication].setChecked(True)
        self._redraw_overlay()

    def set_overlay_course(self, course: int) -> None:
        self._overlay_course = course
        self._redraw_overlay()

    def _redraw_overlay(self) -> None:
        self._drawn.discard(TrendsView.OVERLAY)
        if self.current_view() is TrendsView.OVERLAY:
            self._draw(TrendsView.OVERLAY)

    def _update_calendar_range(self) -> None:
        self.calendar_range_label.setText(self.calendar.range_text())

    def _show_readout(self, text: str) -> None:
        if not text:
            text = self._views[self.current_view()].hint
        self.readout_label.setText(text)

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(not self._views[self.current_view()].slot.is_empty())

    def _update_swatches(self) -> None:
        theme = theme_for_palette(self.palette())
        for key, box in self.series_toggles.items():
            box.setIcon(_swatch(theme, key))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.PaletteChange and hasattr(self, "series_toggles"):
            self._update_swatches()

    # -- saving --------------------------------------------------------------------------

    def current_chart(self) -> ChartCanvas | CalendarView:
        return self._views[self.current_view()].chart

    def save_chart(self) -> Path | None:
        """Ask where, then save the current view as PNG or SVG; returns the file written."""
        view = self.current_view()
        today = self._service.today().isoformat()
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        )
        suggested = folder / f"relief-journal-{self._views[view].file_stem}-{today}.png"
        png_filter = self.tr("PNG image (*.png)")
        svg_filter = self.tr("SVG drawing (*.svg)")
        chosen, selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            str(suggested),
            f"{png_filter};;{svg_filter}",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            suffix = ChartFormat.SVG if selected == svg_filter else ChartFormat.PNG
            path = path.with_name(f"{path.name}.{suffix.value}")
        try:
            save_chart(self.current_chart(), path)
        except ChartExportError as exc:
            QMessageBox.warning(
                self,
                self.tr("Chart not saved"),
                self.tr("The chart could not be saved to %1:\n%2")
                .replace("%1", str(path))
                .replace("%2", error_text(exc)),
            )
            return None
        return path
