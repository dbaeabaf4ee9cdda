"""Turns a Report into the blocks and tables of its pages, in the order of PRODUCT.md §6."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt

from journal_app.domain.report import InjectionRow, Report, Section, SideEffectRow
from journal_app.domain.trends import Cycle
from journal_app.report.calendar_blocks import calendar_header, calendar_row
from journal_app.report.chart_blocks import (
    monthly_block,
    overlay_block,
    overlay_note,
    overlay_title,
    timeline_block,
)
from journal_app.report.indication_blocks import indication_block
from journal_app.report.ink import BODY, INK, MUTED, SECTION_GAP, SMALL, Ink
from journal_app.report.pages import Block, Frame, Item, PageBreak, Table
from journal_app.report.response_blocks import response_and_months_blocks
from journal_app.report.summary_blocks import (
    definitions_block,
    side_effect_line,
    title_block,
    treatment_block,
)
from journal_app.report.table_columns import (
    cycle_columns,
    injection_columns,
    month_cells,
    month_columns,
    note_columns,
    side_effect_columns,
)
from journal_app.report.tables import Cells, Column, continued_block, text_table
from journal_app.report.text import (
    brand_name,
    cycle_day_text,
    day_text,
    integer_text,
    number_text,
    percent_text,
    status_text,
    units_text,
    window_text,
)
from journal_app.wording.labels import (
    indication_label,
    product_label,
    side_effect_label,
)
from journal_app.wording.text import short_date


class ReportBuilder:
    """Turns a Report into the blocks and tables the pages hold, in the order of §6."""

    def __init__(self, report: Report, ink: Ink, frame: Frame) -> None:
        self.report = report
        self.ink = ink
        self.frame = frame

    def items(self) -> list[Item]:
        items: list[Item] = list(self._summary_page())
        sections: list[tuple[Section, Callable[[], Iterator[Item]]]] = [
            (Section.CYCLES, self._cycles),
            (Section.OVERLAY, self._overlays),
            (Section.INJECTIONS, self._injections),
            (Section.MONTHLY, self._monthly),
            (Section.SIDE_EFFECTS, self._side_effects),
            (Section.CALENDAR, self._calendar),
            (Section.NOTES, self._notes),
        ]
        first = True
        for section, build in sections:
            if not self.report.has(section):
                continue
            if first:
                items.append(PageBreak())
                first = False
            items.extend(build())
        return items

    # -- summary page --------------------------------------------------------------------

    def _summary_page(self) -> Iterator[Item]:
        summary = self.report.summary
        page1 = [
            title_block(self.ink, self.frame, summary),
            treatment_block(self.ink, self.frame, summary),
            *[indication_block(self.ink, self.frame, s) for s in summary.indications],
            *response_and_months_blocks(summary),
            side_effect_line(self.ink, self.frame, summary),
        ]
        used = sum(block.height for block in page1)
        explanation = definitions_block(self.ink, self.frame)
        room = self.frame.body_height(1) - used - explanation.height - 1.0
        height = max(150.0, min(room, 440.0))
        chart = timeline_block(self.report, height)
        yield from page1
        yield chart
        yield explanation

    # -- sections -------------------------------------------------------------------------

    def _heading(self, title: str, note: str = "") -> Block:
        return _heading_block(self.ink, self.frame, title, note)

    def _cycles(self) -> Iterator[Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Cycles"),
            QCoreApplication.translate(
                "report",
                "One row per injection session and indication, judged on the symptom it treats "
                "(headache for chronic migraine, spasm for the others). Baseline: "
                "mean severity over the 28 days before the injection. Onset: the first day the "
                "trailing mean (7 days for spasm, 14 for headache) is at least 30% below "
                "baseline and stays so for 7 days. Peak: the largest improvement. Wear-off: the "
                "first day after onset that stays less than 30% improved for 7 days.",
            ),
        )
        rows = [self._cycle_cells(c) for c in self.report.cycles]
        yield self._table(QCoreApplication.translate("report", "Cycles"), cycle_columns(), rows)

    def _cycle_cells(self, cycle: Cycle) -> Cells:
        status = status_text(cycle.onset_status)
        peak = cycle.peak_improvement_pct
        if cycle.baseline is None or cycle.baseline <= 0:
            status = "—"
        length = integer_text(cycle.length_days)
        if cycle.is_latest:
            length = QCoreApplication.translate("report", "%1 so far").replace("%1", length)
        return Cells(
            (
                short_date(cycle.session.day),
                indication_label(cycle.injection.indication),
                QCoreApplication.translate("report", "%1 %2 U")
                .replace("%1", brand_name(cycle.injection.product))
                .replace("%2", units_text(cycle.units)),
                length,
                "—" if cycle.baseline is None else number_text(cycle.baseline, 2),
                day_text(cycle.onset_day),
                f"{status} ({window_text(cycle.onset_window)})",
                "—" if peak is None else percent_text(peak),
                day_text(cycle.wear_off_day),
            ),
            emphasis=cycle.is_latest,
        )

    def _overlays(self) -> Iterator[Item]:
        for i, overlay in enumerate(self.report.overlays):
            yield self._heading(overlay_title(overlay), overlay_note() if i == 0 else "")
            yield overlay_block(overlay)

    def _injections(self) -> Iterator[Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Injection history"),
            QCoreApplication.translate(
                "report",
                "Gap: days since the previous session; a gap under 84 days (12 weeks) is "
                "marked, as re-injecting sooner raises the risk of neutralising antibodies. "
                "Units of different products are not interchangeable.",
            ),
        )
        rows = [self._injection_cells(r) for r in self.report.injections]
        yield self._table(
            QCoreApplication.translate("report", "Injection history"), injection_columns(), rows
        )

    def _injection_cells(self, row: InjectionRow) -> Cells:
        injection = row.injection
        gap = "—" if row.days_since_previous is None else integer_text(row.days_since_previous)
        if row.short_interval:
            gap = QCoreApplication.translate("report", "%1 (< 84)").replace("%1", gap)
        return Cells(
            (
                short_date(injection.day),
                product_label(injection.product),
                units_text(injection.units),
                indication_label(injection.indication),
                injection.sites,
                injection.clinician,
                injection.lot,
                gap,
            ),
            warn=frozenset({7}) if row.short_interval else frozenset(),
            note=injection.notes.strip(),
        )

    def _monthly(self) -> Iterator[Item]:
        months = self.report.months
        title = QCoreApplication.translate(
            "report", "Headache days and acute medication days per month"
        )
        yield self._heading(
            title,
            QCoreApplication.translate(
                "report",
                "Headache days: logged days with headache severity 1 or more. Lines at 12 days "
                "and 15 days (ICHD-3 chronic migraine). Medication days are days with at least "
                "one dose; overuse thresholds: 15 days for simple analgesics, 10 for triptans, "
                "combination analgesics and opioids (shaded in the table).",
            ),
        )
        yield monthly_block(self.report.chart_months, 420.0)
        rows = [month_cells(m) for m in months]
        yield self._table(title, month_columns(), rows)

    def _side_effects(self) -> Iterator[Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Side effects"),
            QCoreApplication.translate(
                "report", "Each day a side effect was logged, and where it fell in the cycle."
            ),
        )
        rows = [self._side_effect_cells(r) for r in self.report.side_effects]
        if not rows:
            yield _note_block(
                self.ink,
                self.frame,
                QCoreApplication.translate("report", "No side effects logged in the range."),
            )
            return
        yield self._table(
            QCoreApplication.translate("report", "Side effects"), side_effect_columns(), rows
        )

    def _side_effect_cells(self, row: SideEffectRow) -> Cells:
        names = ", ".join(side_effect_label(s) for s in row.side_effects)
        return Cells(
            (
                short_date(row.day),
                cycle_day_text(row.cycle_day),
                names,
                row.other_text,
            )
        )

    def _calendar(self) -> Iterator[Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Calendar of severities"),
            QCoreApplication.translate(
                "report",
                "One row per month, one square per day: darker is more severe (0–10); an "
                "empty outline, a day not logged; a black frame, an injection day.",
            ),
        )
        months = self.report.calendar
        yield Table(
            header=calendar_header(self.ink, self.frame),
            rows=tuple(calendar_row(self.ink, self.frame, m) for m in months),
            continued=continued_block(
                self.ink, QCoreApplication.translate("report", "Calendar of severities")
            ),
        )

    def _notes(self) -> Iterator[Item]:
        yield self._heading(
            QCoreApplication.translate("report", "Notes"),
            QCoreApplication.translate("report", "The patient's own notes, as written."),
        )
        rows = [
            Cells((short_date(r.day), cycle_day_text(r.cycle_day), r.text))
            for r in self.report.notes
        ]
        if not rows:
            yield _note_block(
                self.ink, self.frame, QCoreApplication.translate("report", "No notes in the range.")
            )
            return
        yield self._table(QCoreApplication.translate("report", "Notes"), note_columns(), rows)

    def _table(self, title: str, columns: Sequence[Column], rows: Sequence[Cells]) -> Item:
        if not rows:
            return _note_block(
                self.ink, self.frame, QCoreApplication.translate("report", "Nothing in the range.")
            )
        return text_table(self.ink, self.frame, columns, rows, title)


def _heading_block(ink: Ink, frame: Frame, title: str, note: str) -> Block:
    title_font = ink.font(12.5, bold=True)
    note_font = ink.font(SMALL + 0.3)
    title_h = ink.line_height(title_font)
    note_h = ink.wrapped_height(note, note_font, frame.width) if note else 0.0

    def paint(ink: Ink, rect: QRectF) -> None:
        top = rect.top() + SECTION_GAP
        ink.text(QRectF(rect.left(), top, rect.width(), title_h), title, title_font, INK)
        if note:
            box = QRectF(rect.left(), top + title_h + 1, rect.width(), note_h)
            ink.text(box, note, note_font, MUTED, Qt.AlignmentFlag.AlignLeft, wrap=True)

    height = SECTION_GAP + title_h + (note_h + 3 if note else 0) + 5
    return Block(height, paint, keep_with_next=True)


def _note_block(ink: Ink, frame: Frame, text: str) -> Block:
    font = ink.font(BODY, italic=True)

    def paint(ink: Ink, rect: QRectF) -> None:
        ink.text(rect, text, font, MUTED, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    return Block(ink.line_height(font) + 6, paint)
