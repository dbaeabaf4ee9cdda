"""Page 1's block per track: latest session, next window, summary, latest complete cycle."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont

from journal_app.charts.palette import metric_colour
from journal_app.domain.analytics import Cycle, OnsetStatus, ReferenceKind
from journal_app.domain.metrics import METRICS
from journal_app.domain.report import DoseResponse, TrackReport
from journal_app.domain.windows import WindowState
from journal_app.report.flow import Para, paint_paras, paras_height
from journal_app.report.ink import BODY, INK, MUTED, RULE, SMALL, STATUS_COLOUR, WARNING, Ink
from journal_app.report.pages import Block, Frame
from journal_app.report.text import (
    DASH,
    ReportCounts,
    dates_text,
    day_text,
    days_text,
    dose_text,
    fill,
    level_text,
    median_text,
    percent_text,
    status_text,
    unit_of,
    window_text,
)
from journal_app.wording.analysis import next_window_sentence, track_summary_sentence
from journal_app.wording.labels import indication_label, metric_words
from journal_app.wording.text import short_date

_COLUMN_GAP = 16.0
_TILE_GAP = 10.0


def track_block(ink: Ink, frame: Frame, item: TrackReport) -> Block:
    """One track's page-1 figures, kept together on one page."""
    width = frame.width
    name, judged = _heading(ink, item)
    # The name, and what the track is judged on at its right when both fit on one line.
    one_line = ink.width(name.text, name.font) + 12 + ink.width(judged.text, judged.font) <= width
    heading = [name] if one_line else [name, judged]
    half = (width - _COLUMN_GAP) / 2
    session, upcoming = _session_paras(ink, item), _next_paras(ink, item)
    columns_h = max(paras_height(ink, session, half), paras_height(ink, upcoming, half))
    below = _course_paras(ink, item)
    tiles = _cycle_tiles(item.latest_complete)
    tiles_h = _tiles_height(ink, tiles, width) if tiles else 0.0
    doses = _dose_paras(ink, item.doses)
    heading_h = paras_height(ink, heading, width)
    below_h = paras_height(ink, below, width)
    height = heading_h + 5 + columns_h + below_h + tiles_h + paras_height(ink, doses, width) + 6

    def paint(ink: Ink, rect: QRectF) -> None:
        left = rect.left()
        y = paint_paras(ink, heading, left, rect.top(), width)
        if one_line:
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
            box = QRectF(left, rect.top(), width, y - rect.top() - 1.5)
            ink.text(box, judged.text, judged.font, judged.colour, right, wrap=True)
        colour = metric_colour(item.metric)
        ink.line(QPointF(left, y + 2), QPointF(rect.right(), y + 2), colour, 1.2)
        y += 5
        paint_paras(ink, session, left, y, half)
        paint_paras(ink, upcoming, left + half + _COLUMN_GAP, y, half)
        y = paint_paras(ink, below, left, y + columns_h, width)
        if tiles:
            _paint_tiles(ink, tiles, QRectF(left, y, width, tiles_h))
            y += tiles_h
        paint_paras(ink, doses, left, y, width)

    return Block(height, paint)


def _heading(ink: Ink, item: TrackReport) -> tuple[Para, Para]:
    name = indication_label(item.track.indication)
    level = metric_words(item.metric).mean_phrase.replace(
        "%1", str(METRICS[item.metric].level_days)
    )
    judged = QCoreApplication.translate("report", "judged on %1").replace("%1", level)
    return Para(name, ink.font(11, bold=True), INK, 4), Para(judged, ink.font(SMALL), MUTED)


def _session_paras(ink: Ink, item: TrackReport) -> list[Para]:
    session = item.latest_session
    if item.current is None:
        value = QCoreApplication.translate("report", "Latest session %1").replace(
            "%1", short_date(session.day)
        )
    else:
        value = fill(
            QCoreApplication.translate("report", "Latest session %1 · day %2"),
            short_date(session.day),
            str(item.current.day_number),
        )
    paras = [Para(value, ink.font(9, bold=True), INK)]
    for injection in session.injections:
        dose = dose_text((injection.product,), injection.units)
        if injection.sites.strip():
            dose = fill(
                QCoreApplication.translate("report", "%1 · %2"), dose, injection.sites.strip()
            )
        paras.append(Para(dose, ink.font(BODY), INK))
    return paras


def _next_paras(ink: Ink, item: TrackReport) -> list[Para]:
    current = item.current
    if current is None:
        text = QCoreApplication.translate(
            "report",
            "No current course: the latest session is more than 90 days past its "
            "re-injection window.",
        )
        return [Para(text, ink.font(BODY), MUTED)]
    colour = WARNING if current.reinjection.state is WindowState.OVERDUE else INK
    return [Para(next_window_sentence(current), ink.font(9, bold=True), colour)]


def _course_paras(ink: Ink, item: TrackReport) -> list[Para]:
    font = ink.font(BODY)
    paras = [Para(_course_line(item), ink.font(SMALL), MUTED, 3)]
    sentence = track_summary_sentence(item.summary)
    if sentence is None:
        sentence = QCoreApplication.translate(
            "report", "No complete cycle yet in this course: no usual onset or wear-off."
        )
    paras.append(Para(sentence, ink.font(BODY + 0.5, bold=True), INK, 3))
    cycle = item.latest_complete
    if cycle is None:
        return paras
    label = fill(
        QCoreApplication.translate("report", "Latest complete cycle: session %1, %2, %3"),
        short_date(cycle.day),
        dose_text(cycle.session.products, cycle.session.units),
        days_text(cycle.length_days),
    )
    paras.append(Para(label, font, MUTED, 5, label=True))
    return paras


def _course_line(item: TrackReport) -> str:
    first = short_date(item.course.first_day)
    if item.pause_days is None:
        course = QCoreApplication.translate("report", "Treated since %1").replace("%1", first)
    else:
        course = fill(
            QCoreApplication.translate("report", "Course %1 since %2, after a pause of %3 days"),
            str(item.course.number),
            first,
            str(item.pause_days),
        )
    reference = item.reference
    metric = item.metric
    if reference is None:
        judged = QCoreApplication.translate(
            "report",
            "too few days logged before the course for a reference: each cycle is judged "
            "against its own 14 days before the session",
        )
    elif reference.kind is ReferenceKind.BEFORE_COURSE and item.reference_period is not None:
        judged = fill(
            QCoreApplication.translate("report", "reference %1 (%2) over %3, before the course"),
            level_text(reference.value, metric),
            unit_of(metric),
            dates_text(*item.reference_period),
        )
    else:
        judged = fill(
            QCoreApplication.translate(
                "report", "reference %1 (%2), the level before treatment in the profile"
            ),
            level_text(reference.value, metric),
            unit_of(metric),
        )
    return fill(QCoreApplication.translate("report", "%1; %2."), course, judged)


# -- the latest complete cycle as tiles ------------------------------------------------------


@dataclass(frozen=True)
class _Tile:
    label: str
    value: str
    note: str
    colour: QColor


def _cycle_tiles(cycle: Cycle | None) -> list[_Tile]:
    if cycle is None:
        return []
    return [
        _onset_tile(cycle),
        _peak_tile(cycle),
        _wear_off_tile(cycle),
        _tile(
            QCoreApplication.translate("report", "Relief"),
            cycle.verdict.relief_days,
            QCoreApplication.translate("report", "from onset to wear-off"),
        ),
        _tile(
            QCoreApplication.translate("report", "Without relief"),
            cycle.verdict.days_without_relief,
            QCoreApplication.translate("report", "before the next session"),
        ),
    ]


def _judged(cycle: Cycle) -> bool:
    return cycle.reference is not None and cycle.reference.value > 0


def _onset_tile(cycle: Cycle) -> _Tile:
    label = QCoreApplication.translate("report", "Onset")
    verdict = cycle.verdict
    window = window_text(cycle.session.onset_window)
    if not _judged(cycle):
        note = QCoreApplication.translate("report", "no reference to judge against")
        return _Tile(label, DASH, note, QColor(MUTED))
    status = verdict.onset_status
    colour = QColor(STATUS_COLOUR[status])
    if status is OnsetStatus.NOT_DETECTED:
        note = QCoreApplication.translate("report", "expected days %1").replace("%1", window)
        return _Tile(label, status_text(status), note, colour)
    # The same words as the cycles table's "Onset status (expected days)".
    note = fill(QCoreApplication.translate("report", "%1 (%2)"), status_text(status), window)
    return _Tile(label, day_text(verdict.onset_day), note, colour)


def _peak_tile(cycle: Cycle) -> _Tile:
    peak = cycle.verdict.peak_improvement_pct
    return _Tile(
        QCoreApplication.translate("report", "Peak improvement"),
        DASH if peak is None or not _judged(cycle) else percent_text(peak),
        QCoreApplication.translate("report", "against the reference"),
        QColor(INK),
    )


def _wear_off_tile(cycle: Cycle) -> _Tile:
    label = QCoreApplication.translate("report", "Wear-off")
    verdict = cycle.verdict
    if verdict.onset_day is None:
        # The onset tile says why: a dash needs no note.
        return _Tile(label, DASH, "", QColor(MUTED))
    if verdict.wear_off_day is None:
        note = QCoreApplication.translate("report", "relief held until the next session")
        return _Tile(label, QCoreApplication.translate("report", "none"), note, QColor(INK))
    note = QCoreApplication.translate("report", "relief no longer held")
    return _Tile(label, day_text(verdict.wear_off_day), note, QColor(INK))


def _tile(label: str, days: int | None, note: str) -> _Tile:
    if days is None:
        return _Tile(label, DASH, "", QColor(MUTED))
    return _Tile(label, days_text(days), note, QColor(INK))


def _tile_fonts(ink: Ink) -> tuple[QFont, QFont]:
    return ink.font(10.5, bold=True), ink.font(SMALL)


def _tile_width(count: int, width: float) -> float:
    return (width - (count - 1) * _TILE_GAP) / count


def _tile_rows(ink: Ink, tiles: Sequence[_Tile], width: float) -> tuple[float, float, float]:
    """The heights of the label, value and note rows, each the tallest of its tiles."""
    value_font, note_font = _tile_fonts(ink)
    w = _tile_width(len(tiles), width)
    labels = max(paras_height(ink, [Para(t.label, value_font, label=True)], w) for t in tiles)
    values = max(ink.wrapped_height(t.value, value_font, w) for t in tiles)
    notes = max(ink.wrapped_height(t.note, note_font, w) for t in tiles)
    return labels, values, notes


def _tiles_height(ink: Ink, tiles: Sequence[_Tile], width: float) -> float:
    return sum(_tile_rows(ink, tiles, width)) + 4


def _paint_tiles(ink: Ink, tiles: Sequence[_Tile], rect: QRectF) -> None:
    value_font, note_font = _tile_fonts(ink)
    label_h, value_h, _ = _tile_rows(ink, tiles, rect.width())
    w = _tile_width(len(tiles), rect.width())
    for i, tile in enumerate(tiles):
        x = rect.left() + i * (w + _TILE_GAP)
        if i:
            ink.line(
                QPointF(x - _TILE_GAP / 2, rect.top() + 2),
                QPointF(x - _TILE_GAP / 2, rect.bottom() - 4),
                RULE,
                0.5,
            )
        y = rect.top() + 2
        paint_paras(ink, [Para(tile.label, value_font, MUTED, label=True)], x, y, w)
        paint_paras(ink, [Para(tile.value, value_font, tile.colour)], x, y + label_h, w)
        paint_paras(ink, [Para(tile.note, note_font, MUTED)], x, y + label_h + value_h, w)


# -- dose and product against response -------------------------------------------------------


def _dose_text(dose: DoseResponse) -> str:
    """ "Xeomin 200 U, 3 cycles: onset day 8.5, relief 64 days, peak 70%"."""
    onset = QCoreApplication.translate("report", "no onset seen")
    if dose.median_onset_day is not None:
        onset = QCoreApplication.translate("report", "onset day %1").replace(
            "%1", median_text(dose.median_onset_day)
        )
    relief = DASH
    if dose.median_relief_days is not None:
        relief = QCoreApplication.translate("report", "%1 days").replace(
            "%1", median_text(dose.median_relief_days)
        )
    peak = DASH if dose.median_peak_pct is None else percent_text(dose.median_peak_pct)
    return fill(
        QCoreApplication.translate("report", "%1, %2: %3, relief %4, peak %5"),
        dose_text(dose.products, dose.units),
        ReportCounts().cycles(dose.cycles),
        onset,
        relief,
        peak,
    )


def _dose_paras(ink: Ink, doses: Sequence[DoseResponse]) -> list[Para]:
    """Dose and product against response, one paragraph, when the course's dose changed."""
    if not doses:
        return []
    text = QCoreApplication.translate(
        "report", "Dose and product in this course (medians of its complete cycles): %1."
    ).replace("%1", " · ".join(_dose_text(dose) for dose in doses))
    return [Para(text, ink.font(BODY), INK, 4)]
