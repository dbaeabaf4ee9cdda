"""The first page's block per indication: its latest cycle as tiles of figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor

from journal_app.charts.palette import metric_colour
from journal_app.domain.report import IndicationSummary
from journal_app.domain.trends import WINDOW_DAYS, OnsetStatus
from journal_app.report.ink import (
    BODY,
    INK,
    MUTED,
    ONSET,
    RULE,
    SMALL,
    STATUS_COLOUR,
    Ink,
    caps,
)
from journal_app.report.pages import Block, Frame
from journal_app.report.text import (
    ReportCounts,
    day_text,
    number_text,
    percent_text,
    window_text,
)
from journal_app.wording.labels import indication_label, metric_words
from journal_app.wording.text import short_date


def indication_block(ink: Ink, frame: Frame, item: IndicationSummary) -> Block:
    title_font = ink.font(10.5, bold=True)
    big_font = ink.font(14, bold=True)
    small_font = ink.font(SMALL)
    title_h, big_h, small_h = (
        ink.line_height(title_font),
        ink.line_height(big_font),
        ink.line_height(small_font),
    )
    height = 6 + title_h + 4 + 9 + big_h + 2 * small_h + 8
    tiles = _indication_tiles(item)

    def paint(ink: Ink, rect: QRectF) -> None:
        top = rect.top() + 6
        name = indication_label(item.indication)
        ink.text(QRectF(rect.left(), top, rect.width(), title_h), name, title_font)
        name_w = ink.width(name, title_font)
        detail = _indication_detail(item)
        box = QRectF(rect.left() + name_w + 8, top, rect.width() - name_w - 8, title_h)
        ink.text(box, detail, ink.font(BODY), MUTED)
        y = top + title_h + 3
        ink.line(QPointF(rect.left(), y), QPointF(rect.right(), y), metric_colour(item.metric), 1.2)
        y += 4
        weights = _TILE_WEIGHTS[: len(tiles)]
        x = rect.left()
        for i, tile in enumerate(tiles):
            width = rect.width() * weights[i] / sum(weights)
            if i:
                ink.line(QPointF(x - 4, y + 2), QPointF(x - 4, rect.bottom() - 8), RULE, 0.5)
            caps(ink, QRectF(x, y, width - 8, 9), tile.label)
            ink.text(QRectF(x, y + 9, width - 8, big_h), tile.value, big_font, tile.colour)
            note = QRectF(x, y + 9 + big_h, width - 10, 2 * small_h + 1)
            ink.text(note, tile.note, small_font, MUTED, Qt.AlignmentFlag.AlignLeft, wrap=True)
            x += width

    return Block(height, paint)


def _indication_detail(item: IndicationSummary) -> str:
    metric = metric_words(item.metric).mean_phrase.replace("%1", str(WINDOW_DAYS[item.metric]))
    start = short_date(item.session_day)
    if item.in_progress:
        cycle = QCoreApplication.translate("report", "latest cycle from %1, day %2 so far")
        cycle = cycle.replace("%1", start).replace("%2", str(item.cycle_days))
    else:
        cycle = ReportCounts().cycle_in_range(start, item.cycle_days)
    return f"{metric}  ·  {cycle}"


@dataclass(frozen=True)
class _Tile:
    label: str
    value: str
    note: str
    colour: QColor = field(default_factory=lambda: QColor(INK))


_TILE_WEIGHTS = (0.95, 1.05, 1.08, 0.92, 1.45)


def _indication_tiles(item: IndicationSummary) -> list[_Tile]:
    return [
        _baseline_tile(item),
        _onset_tile(item),
        _peak_tile(item),
        _wear_off_tile(item),
        _history_tile(item),
    ]


def _baseline_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "Baseline")
    if item.baseline is None:
        return _Tile(
            label,
            "—",
            QCoreApplication.translate("report", "too few days logged in the 28 days before"),
        )
    note = QCoreApplication.translate("report", "mean of the 28 days before the injection")
    if item.baseline == 0:
        note = QCoreApplication.translate(
            "report", "none in the 28 days before: nothing to improve"
        )
    return _Tile(
        label,
        QCoreApplication.translate("report", "%1 / 10").replace(
            "%1", number_text(item.baseline, 1)
        ),
        note,
    )


def _judgeable(item: IndicationSummary) -> bool:
    return item.baseline is not None and item.baseline > 0


def _onset_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "Onset of relief")
    window = QCoreApplication.translate("report", "expected days %1").replace(
        "%1", window_text(item.onset_window)
    )
    if not _judgeable(item):
        return _Tile(label, "—", window)
    if item.onset_day is None:
        note = QCoreApplication.translate("report", "no 30% relief held 7 days; %1").replace(
            "%1", window
        )
        return _Tile(
            label,
            QCoreApplication.translate("report", "not yet")
            if item.in_progress
            else QCoreApplication.translate("report", "none"),
            note,
            MUTED,
        )
    note = {
        OnsetStatus.EARLY: QCoreApplication.translate(
            "report", "earlier than the expected days %1"
        ),
        OnsetStatus.EXPECTED: QCoreApplication.translate("report", "within the expected days %1"),
        OnsetStatus.LATE: QCoreApplication.translate("report", "later than the expected days %1"),
    }[item.onset_status].replace("%1", window_text(item.onset_window))
    return _Tile(label, day_text(item.onset_day), note, STATUS_COLOUR[item.onset_status])


def _peak_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "Peak improvement")
    if not _judgeable(item) or item.peak_improvement_pct is None:
        return _Tile(label, "—", QCoreApplication.translate("report", "needs a baseline"))
    value = percent_text(item.peak_improvement_pct)
    return _Tile(
        label,
        value,
        QCoreApplication.translate("report", "best trailing mean against the baseline"),
    )


def _wear_off_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "Wear-off")
    if not _judgeable(item) or item.onset_day is None:
        return _Tile(label, "—", QCoreApplication.translate("report", "needs an onset first"))
    if item.wear_off_day is None:
        if item.in_progress:
            return _Tile(
                label,
                QCoreApplication.translate("report", "not yet"),
                QCoreApplication.translate("report", "relief still holding"),
                ONSET,
            )
        return _Tile(
            label,
            QCoreApplication.translate("report", "none"),
            QCoreApplication.translate("report", "relief held until the next injection"),
            ONSET,
        )
    return _Tile(
        label,
        day_text(item.wear_off_day),
        QCoreApplication.translate("report", "relief under 30% from this day on"),
    )


def _history_tile(item: IndicationSummary) -> _Tile:
    label = QCoreApplication.translate("report", "All cycles in the range")
    if item.judged_cycles == 0:
        return _Tile(
            label, "—", QCoreApplication.translate("report", "no cycle with a baseline to judge")
        )
    value = (
        QCoreApplication.translate("report", "%1 of %2")
        .replace("%1", str(item.onsets_detected))
        .replace("%2", str(item.judged_cycles))
    )
    medians = []
    if item.median_onset_day is not None:
        medians.append(
            QCoreApplication.translate("report", "onset day %1").replace(
                "%1", number_text(item.median_onset_day)
            )
        )
    if item.median_wear_off_day is not None:
        medians.append(
            QCoreApplication.translate("report", "wear-off day %1").replace(
                "%1", number_text(item.median_wear_off_day)
            )
        )
    note = QCoreApplication.translate("report", "cycles with relief")
    if medians:
        note += QCoreApplication.translate("report", "; median %1").replace(
            "%1", ", ".join(medians)
        )
    return _Tile(label, value, note)
