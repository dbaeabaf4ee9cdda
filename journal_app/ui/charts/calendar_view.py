"""The calendar: twelve months of days coloured by severity, injection days ringed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from journal_app.charts.colour import mix, text_on, with_alpha
from journal_app.charts.items import chart_font, cosmetic_pen
from journal_app.charts.palette import REDDISH_PURPLE, SEVERITY_STEPS
from journal_app.charts.series import CalendarSeries
from journal_app.charts.theme import ChartTheme, theme_for_palette
from journal_app.domain.metrics import CHARTED_METRICS
from journal_app.domain.models import Metric
from journal_app.domain.months import add_months, days_in_month, last_day_of_month, month_of
from journal_app.wording.labels import metric_name, metric_short_name
from journal_app.wording.text import month_year, short_date

MONTHS_SHOWN = 12
_LEGEND_HEIGHT = 34.0
_MONTH_GAP = 18.0
_TITLE_HEIGHT = 22.0
_WEEKDAY_HEIGHT = 16.0
_WEEKS = 6


def _add_days(day: dt.date, days: int) -> dt.date:
    ordinal = min(max(day.toordinal() + days, 1), dt.date.max.toordinal())
    return dt.date.fromordinal(ordinal)


@dataclass(frozen=True)
class _MonthBox:
    month: dt.date
    rect: QRectF
    cell_width: float
    cell_height: float


@dataclass(frozen=True)
class _CellStyle:
    fill: QBrush
    edge: QPen
    text: QColor


@dataclass(frozen=True)
class _CellStyles:
    """Pens and brushes of every kind of day, worked out once per theme and metric."""

    key: tuple[ChartTheme, Metric]
    levels: tuple[_CellStyle, ...]
    not_logged: _CellStyle
    future: _CellStyle

    @classmethod
    def of(cls, theme: ChartTheme, metric: Metric) -> _CellStyles:
        levels = []
        for severity in range(SEVERITY_STEPS):
            fill = theme.severity_colour(metric, severity)
            edge = cosmetic_pen(mix(fill, theme.foreground, 0.12), 0.8)
            levels.append(_CellStyle(QBrush(fill), edge, text_on(fill)))
        hatch = QBrush(with_alpha(theme.foreground, 40), Qt.BrushStyle.BDiagPattern)
        return cls(
            key=(theme, metric),
            levels=tuple(levels),
            not_logged=_CellStyle(
                hatch, cosmetic_pen(with_alpha(theme.foreground, 45), 0.8), theme.muted
            ),
            future=_CellStyle(
                QBrush(Qt.BrushStyle.NoBrush),
                cosmetic_pen(with_alpha(theme.foreground, 30), 0.8),
                with_alpha(theme.muted, 140),
            ),
        )


class CalendarView(QWidget):
    """Paints a CalendarSeries; arrow keys move the focused day, the read-out names it."""

    readout_changed = Signal(str)
    months_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Severity calendar"))
        self.theme = theme_for_palette(self.palette())
        self._series: CalendarSeries | None = None
        self._metric = CHARTED_METRICS[0]
        self._today = dt.date.today()
        self._last_month = month_of(self._today)
        self._focused = self._today
        self._as_of: dt.date | None = None  # the as-of day the months were last opened on
        self._first_weekday = QLocale().firstDayOfWeek().value
        self._cell_styles: _CellStyles | None = None
        # Laid out once: 366 day numbers a paint are the calendar's largest cost otherwise.
        self._day_numbers = {n: QStaticText(str(n)) for n in range(1, 32)}
        for number in self._day_numbers.values():
            number.prepare(font=chart_font(7.5))

    # -- state ---------------------------------------------------------------------------

    def set_series(self, series: CalendarSeries) -> None:
        self._series = series
        self._today = series.today
        if self._as_of != series.as_of:
            # Open on the as-of day: a journal gone quiet shows its last months, not a year
            # of days not logged (PRODUCT.md §4).
            self._as_of = series.as_of
            self._focused = series.as_of
            self._last_month = month_of(series.as_of)
        self._announce()
        self.update()

    def set_metric(self, metric: Metric) -> None:
        self._metric = metric
        self._announce()
        self.update()

    def current_metric(self) -> Metric:
        return self._metric

    def first_month(self) -> dt.date:
        return add_months(self._last_month, -(MONTHS_SHOWN - 1))

    def last_month(self) -> dt.date:
        return self._last_month

    def months(self) -> list[dt.date]:
        first = self.first_month()
        return [add_months(first, i) for i in range(MONTHS_SHOWN)]

    def range_text(self) -> str:
        def name(month: dt.date) -> str:
            return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy")

        return (
            self.tr("%1 – %2")
            .replace("%1", name(self.first_month()))
            .replace("%2", name(self._last_month))
        )

    def show_earlier(self) -> None:
        """The twelve months before those shown."""
        self._shift(-MONTHS_SHOWN)

    def show_later(self) -> None:
        self._shift(MONTHS_SHOWN)

    def _shift(self, months: int) -> None:
        self._last_month = add_months(self._last_month, months)
        # The focus follows into the new months, on the same day of the month where it can.
        self._focused = self._clamp_into_months(self._shift_day(self._focused, months))
        self.months_changed.emit()
        self._announce()
        self.update()

    @staticmethod
    def _shift_day(day: dt.date, months: int) -> dt.date:
        """The same day ``months`` later (or earlier), kept within a shorter month."""
        month = add_months(day, months)
        return month.replace(day=min(day.day, days_in_month(month)))

    def _clamp_into_months(self, day: dt.date) -> dt.date:
        first = self.first_month()
        last = last_day_of_month(self._last_month)
        return min(max(day, first), last)

    def focused_day(self) -> dt.date:
        return self._focused

    def set_focused_day(self, day: dt.date) -> None:
        self._focused = day
        month = month_of(day)
        if month > self._last_month:
            self._last_month = month
            self.months_changed.emit()
        elif month < self.first_month():
            self._last_month = add_months(month, MONTHS_SHOWN - 1)
            self.months_changed.emit()
        self._announce()
        self.update()

    # -- what a day shows ----------------------------------------------------------------

    def cell_colour(self, day: dt.date) -> QColor | None:
        """The fill of ``day``'s cell: None when the chosen metric was not logged."""
        if self._series is None:
            return None
        severity = self._series.severity(self._metric, day)
        if severity is None:
            return None
        return self.theme.severity_colour(self._metric, severity)

    def is_injection_day(self, day: dt.date) -> bool:
        return self._series is not None and day in self._series.injections

    def readout(self, day: dt.date) -> str:
        """ "12 Mar 2026 · Headache 6 · Spasm 4 · Injection: Botox 155 U"."""
        parts = [short_date(day)]
        if self._series is not None:
            ordered = [self._metric, *(m for m in CHARTED_METRICS if m is not self._metric)]
            for metric in ordered:
                name = metric_short_name(metric)
                severity = self._series.severity(metric, day)
                if severity is None:
                    parts.append(self.tr("%1 not logged").replace("%1", name))
                else:
                    parts.append(self.tr("%1 %2").replace("%1", name).replace("%2", str(severity)))
            label = self._series.injections.get(day)
            if label:
                parts.append(self.tr("Injection: %1").replace("%1", label))
        if day > self._today:
            parts = [short_date(day), self.tr("in the future")]
        return " · ".join(parts)

    def _announce(self) -> None:
        text = self.readout(self._focused)
        self.setAccessibleDescription(text)
        self.readout_changed.emit(text)

    # -- keyboard and mouse --------------------------------------------------------------

    _KEY_STEPS: ClassVar[dict[Qt.Key, int]] = {
        Qt.Key.Key_Left: -1,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Up: -7,
        Qt.Key.Key_Down: 7,
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in self._KEY_STEPS:
            self.set_focused_day(_add_days(self._focused, self._KEY_STEPS[key]))
        elif key == Qt.Key.Key_PageUp:
            self.set_focused_day(self._shift_day(self._focused, -1))
        elif key == Qt.Key.Key_PageDown:
            self.set_focused_day(self._shift_day(self._focused, 1))
        elif key == Qt.Key.Key_Home:
            self.set_focused_day(self._today)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_focused_day(day)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        self.readout_changed.emit(self.readout(day if day is not None else self._focused))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.readout_changed.emit(self.readout(self._focused))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._announce()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.theme = theme_for_palette(self.palette())
            self.update()

    # -- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 320)

    def _grid(self, area: QRectF) -> tuple[int, int]:
        """Columns and rows of months that suit the area's shape."""
        best = (4, 3)
        best_cell = 0.0
        for columns, rows in ((2, 6), (3, 4), (4, 3), (6, 2)):
            width = (area.width() - (columns - 1) * _MONTH_GAP) / columns / 7
            height = (area.height() - rows * (_TITLE_HEIGHT + _WEEKDAY_HEIGHT + _MONTH_GAP)) / (
                rows * _WEEKS
            )
            cell = min(width, height * 1.35)
            if cell > best_cell:
                best, best_cell = (columns, rows), cell
        return best

    def _month_boxes(self, area: QRectF) -> list[_MonthBox]:
        columns, rows = self._grid(area)
        width = (area.width() - (columns - 1) * _MONTH_GAP) / columns
        height = (area.height() - (rows - 1) * _MONTH_GAP) / rows
        cell_width = width / 7
        cell_height = min((height - _TITLE_HEIGHT - _WEEKDAY_HEIGHT) / _WEEKS, cell_width)
        boxes = []
        for i, month in enumerate(self.months()):
            row, column = divmod(i, columns)
            rect = QRectF(
                area.left() + column * (width + _MONTH_GAP),
                area.top() + row * (height + _MONTH_GAP),
                width,
                height,
            )
            boxes.append(_MonthBox(month, rect, cell_width, cell_height))
        return boxes

    def _areas(self, rect: QRectF) -> tuple[QRectF, QRectF]:
        inner = rect.adjusted(10, 6, -10, -4)
        months = QRectF(inner.left(), inner.top(), inner.width(), inner.height() - _LEGEND_HEIGHT)
        legend = QRectF(inner.left(), months.bottom() + 4, inner.width(), _LEGEND_HEIGHT - 4)
        return months, legend

    def _week_start(self) -> int:
        return self._first_weekday  # Monday = 1 … Sunday = 7

    def _cell_rect(self, box: _MonthBox, day: dt.date) -> QRectF:
        first_offset = (box.month.isoweekday() - self._week_start()) % 7
        index = first_offset + day.day - 1
        week, column = divmod(index, 7)
        top = box.rect.top() + _TITLE_HEIGHT + _WEEKDAY_HEIGHT
        return QRectF(
            box.rect.left() + column * box.cell_width,
            top + week * box.cell_height,
            box.cell_width,
            box.cell_height,
        )

    def day_at(self, position: QPointF) -> dt.date | None:
        months, _ = self._areas(QRectF(self.rect()))
        for box in self._month_boxes(months):
            if not box.rect.contains(position):
                continue
            for day in self._days_of(box.month):
                if self._cell_rect(box, day).contains(position):
                    return day
        return None

    @staticmethod
    def _days_of(month: dt.date) -> list[dt.date]:
        return [month + dt.timedelta(days=i) for i in range(days_in_month(month))]

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_calendar(painter, QRectF(self.rect()), show_focus=self.hasFocus())
        painter.end()

    def paint_calendar(self, p: QPainter, rect: QRectF, *, show_focus: bool = False) -> None:
        """Everything the calendar shows, drawn into ``rect`` (also used to save it)."""
        p.fillRect(rect, self.theme.background)
        months, legend = self._areas(rect)
        for box in self._month_boxes(months):
            self._paint_month(p, box)
        if show_focus:
            self._paint_focus(p, months)
        self._paint_legend(p, legend)

    def _paint_month(self, p: QPainter, box: _MonthBox) -> None:
        theme = self.theme
        p.setFont(chart_font(9.5, bold=True))
        p.setPen(theme.foreground)
        title = month_year(box.month)
        title_rect = QRectF(box.rect.left() + 2, box.rect.top(), box.rect.width(), _TITLE_HEIGHT)
        p.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        font = chart_font(7.5)
        metrics = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(theme.muted)
        for column in range(7):
            weekday = (self._week_start() - 1 + column) % 7 + 1
            # Short names ("Mon") where they fit; the C locale's narrow names are digits.
            name = QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
            if metrics.horizontalAdvance(name) > box.cell_width - 2:
                name = name[:1]
            cell = QRectF(
                box.rect.left() + column * box.cell_width,
                box.rect.top() + _TITLE_HEIGHT,
                box.cell_width,
                _WEEKDAY_HEIGHT,
            )
            p.drawText(cell, Qt.AlignmentFlag.AlignCenter, name)
        p.setFont(chart_font(7.5))
        styles = self._styles()
        for day in self._days_of(box.month):
            self._paint_day(p, self._cell_rect(box, day), day, styles)

    def _styles(self) -> _CellStyles:
        key = (self.theme, self._metric)
        if self._cell_styles is None or self._cell_styles.key != key:
            self._cell_styles = _CellStyles.of(self.theme, self._metric)
        return self._cell_styles

    def _paint_day(self, p: QPainter, cell: QRectF, day: dt.date, styles: _CellStyles) -> None:
        theme = self.theme
        inner = cell.adjusted(1.5, 1.5, -1.5, -1.5)
        severity = self._series.severity(self._metric, day) if self._series else None
        if severity is not None:
            style = styles.levels[min(max(severity, 0), SEVERITY_STEPS - 1)]
        elif day > self._today:
            style = styles.future
        else:
            style = styles.not_logged  # hatched, so it never reads as "no symptoms"
        p.setPen(style.edge)
        p.setBrush(style.fill)
        p.drawRoundedRect(inner, 3, 3)
        text = style.text
        if day == self._today:
            p.setPen(cosmetic_pen(theme.foreground, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(inner, 3, 3)
        if self.is_injection_day(day):
            self._paint_ring(p, inner)
        p.setPen(text)
        number = self._day_numbers[day.day]
        size = number.size()
        p.drawStaticText(
            QPointF(inner.center().x() - size.width() / 2, inner.center().y() - size.height() / 2),
            number,
        )

    def _paint_ring(self, p: QPainter, inner: QRectF) -> None:
        radius = min(inner.width(), inner.height()) / 2 - 0.5
        centre = inner.center()
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(cosmetic_pen(self.theme.background, 4.2))
        p.drawEllipse(centre, radius, radius)
        p.setPen(cosmetic_pen(self._ring_colour(), 2.4))
        p.drawEllipse(centre, radius, radius)

    def _ring_colour(self) -> QColor:
        return QColor(REDDISH_PURPLE) if self.theme.is_dark else QColor("#8E3B6A")

    def _paint_focus(self, p: QPainter, months: QRectF) -> None:
        for box in self._month_boxes(months):
            if box.month == month_of(self._focused):
                cell = self._cell_rect(box, self._focused).adjusted(-0.5, -0.5, 0.5, 0.5)
                highlight = self.palette().color(QPalette.ColorRole.Highlight)
                p.setPen(cosmetic_pen(highlight, 2.6))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(cell, 4, 4)

    def _paint_legend(self, p: QPainter, area: QRectF) -> None:
        theme = self.theme
        font = chart_font(8.5)
        metrics = QFontMetricsF(font)
        p.setFont(font)
        name = metric_name(self._metric)
        x, middle, size = area.left(), area.center().y(), 18.0
        p.setPen(theme.foreground)
        width = metrics.horizontalAdvance(name)
        p.drawText(QRectF(x, area.top(), width, area.height()), Qt.AlignmentFlag.AlignVCenter, name)
        x += width + 8
        small = chart_font(7)
        for severity in range(SEVERITY_STEPS):
            fill = theme.severity_colour(self._metric, severity)
            box = QRectF(x, middle - size / 2, size + 4, size)
            p.setPen(cosmetic_pen(mix(fill, theme.foreground, 0.12), 0.8))
            p.setBrush(fill)
            p.drawRect(box)
            p.setFont(small)
            p.setPen(text_on(fill))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(severity))
            x += size + 4
        p.setFont(font)
        x += 18
        x = self._legend_swatch(p, x, middle, size, "hatch", self.tr("Not logged"), metrics)
        x = self._legend_swatch(p, x, middle, size, "ring", self.tr("Injection"), metrics)
        self._legend_swatch(p, x, middle, size, "today", self.tr("Today"), metrics)

    def _legend_swatch(
        self,
        p: QPainter,
        x: float,
        middle: float,
        size: float,
        kind: str,
        text: str,
        metrics: QFontMetricsF,
    ) -> float:
        theme = self.theme
        box = QRectF(x, middle - size / 2, size + 4, size)
        if kind == "hatch":
            p.setPen(cosmetic_pen(with_alpha(theme.foreground, 45), 0.8))
            p.setBrush(QBrush(with_alpha(theme.foreground, 40), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(box, 3, 3)
        elif kind == "ring":
            self._paint_ring(p, box)
        else:
            p.setPen(cosmetic_pen(theme.foreground, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box, 3, 3)
        p.setPen(theme.foreground)
        width = metrics.horizontalAdvance(text)
        p.drawText(
            QRectF(box.right() + 5, middle - size, width + 2, 2 * size),
            Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        return box.right() + 5 + width + 18
