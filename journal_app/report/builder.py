"""Turns a Report into the blocks and tables of its pages, in the order of PRODUCT.md §6."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt

from journal_app.domain.patient_view import PAGE1_SESSIONS
from journal_app.domain.report import CycleTable, Report, Section
from journal_app.messages import translatable
from journal_app.report.calendar_blocks import calendar_header, calendar_row
from journal_app.report.chart_blocks import (
    monthly_block,
    overlay_block,
    overlay_note,
    timeline_block,
)
from journal_app.report.checkin_blocks import (
    checkin_table,
    nothing_said_block,
    patient_view_block,
)
from journal_app.report.flow import Para, paras_block
from journal_app.report.ink import BODY, INK, MUTED, SECTION_GAP, SMALL, Ink
from journal_app.report.pages import Block, Frame, Item, PageBreak, Table
from journal_app.report.response_blocks import migraine_items
from journal_app.report.summary_blocks import definitions_block, side_effects_block, title_block
from journal_app.report.table_columns import (
    cycle_cells,
    cycle_columns,
    episode_cells,
    episode_columns,
    injection_cells,
    injection_columns,
    month_cells,
    month_columns,
    note_columns,
    session_text,
)
from journal_app.report.tables import Cells, Column, continued_block, text_table
from journal_app.report.text import (
    ReportCounts,
    cycle_day_text,
    fill,
    injections_text,
    median_text,
    months_text,
)
from journal_app.report.track_blocks import track_block
from journal_app.wording.labels import indication_label
from journal_app.wording.text import short_date

#: The page-1 timeline's height in points: the least it takes on page 1, the most; a
#: timeline with less room than the least starts the next page at the height it has there.
_TIMELINE_HEIGHTS = (190.0, 430.0)
_TIMELINE_ON_ITS_OWN = 260.0

#: Each detail section's title and the note under its heading.
_HEADINGS: dict[Section, tuple[str, str]] = {
    Section.INJECTIONS: (
        translatable("report", "Injection history"),
        translatable(
            "report",
            "Most recent first, with the days since the previous session of the same "
            "track. An interval shorter than 84 days (12 weeks), or than the track's "
            "re-injection window if that opens sooner, is marked: re-injecting sooner "
            "raises the risk of neutralising antibodies. Units of different products are "
            "not interchangeable.",
        ),
    ),
    Section.MONTHLY: (
        translatable("report", "Headache days and acute medication days per month"),
        translatable(
            "report",
            "The last 24 months that hold entries. Headache days: logged days with "
            "headache severity 1 or more; lines at 12 and 15 days (ICHD-3 chronic "
            "migraine). A partial month has fewer than 21 days logged. Medication days "
            "are days with at least one dose; overuse (shaded in the table): 15 days for "
            "simple analgesics, 10 for triptans, combination analgesics and opioids, 10 "
            "acute medication days of several classes; persisting: 3 months or more.",
        ),
    ),
    Section.SIDE_EFFECTS: (
        translatable("report", "Side-effect episodes by session"),
        translatable(
            "report",
            "Each run of days a side effect was logged (a logged day without it ends the "
            "run), under the injection session it followed, most recent first.",
        ),
    ),
    Section.CALENDAR: (
        translatable("report", "Calendar of severities"),
        translatable(
            "report",
            "The months that hold entries, one row each, one square per day: darker is "
            "more severe (0–10); an empty outline, a day not logged; a black frame, an "
            "injection day.",
        ),
    ),
    Section.NOTES: (
        translatable("report", "Notes"),
        translatable("report", "The patient's own notes, as written, most recent first."),
    ),
}


class ReportBuilder:
    """Turns a Report into the blocks and tables the pages hold, in the order of §6."""

    def __init__(self, report: Report, ink: Ink, frame: Frame) -> None:
        self.report = report
        self.ink = ink
        self.frame = frame

    def items(self) -> list[Item]:
        items, deferred = self._summary_page()
        sections: list[tuple[Section, Callable[[], Iterator[Item]]]] = [
            (Section.CYCLES, self._cycles),
            (Section.OVERLAY, self._overlays),
            (Section.INJECTIONS, self._injections),
            (Section.MONTHLY, self._monthly),
            (Section.SIDE_EFFECTS, self._side_effects),
            (Section.CALENDAR, self._calendar),
            (Section.NOTES, self._notes),
        ]
        chosen = [build for section, build in sections if self.report.has(section)]
        if chosen:
            items.append(PageBreak())
        items += deferred
        for build in chosen:
            items.extend(build())
        return items

    # -- page 1 ---------------------------------------------------------------------------

    def _summary_page(self) -> tuple[list[Item], list[Item]]:
        """Page 1's items, and those that open the detail pages when page 1 has no room."""
        ink, frame = self.ink, self.frame
        page1 = self._page1_items(PAGE1_SESSIONS)
        if sum(_height(item) for item in page1) > frame.body_height(1):
            # The patient's view gives way first: the latest session alone, not a page 2.
            page1 = self._page1_items(1)
        explanation = definitions_block(ink, frame)
        room = frame.body_height(1) - sum(_height(item) for item in page1) - 4.0
        least, most = _TIMELINE_HEIGHTS
        # The timeline comes first: the definitions give way to it and open the next page.
        if room - explanation.height >= least:
            timeline = timeline_block(ink, frame, self.report, min(room - explanation.height, most))
            return [*page1, timeline, explanation], []
        if room >= least:
            return [*page1, timeline_block(ink, frame, self.report, min(room, most))], [explanation]
        timeline = timeline_block(ink, frame, self.report, _TIMELINE_ON_ITS_OWN)
        return [*page1, timeline, explanation], []

    def _page1_items(self, sessions: int) -> list[Item]:
        """Page 1 down to the timeline, the patient's view giving its ``sessions`` latest."""
        ink, frame, summary = self.ink, self.frame, self.report.summary
        page1: list[Item] = [title_block(ink, frame, summary)]
        # A journal without check-ins says so once: page 1's room is the timeline's.
        said = any(track.patient.answered for track in summary.tracks)
        for track in summary.tracks:
            page1.append(track_block(ink, frame, track))
            page1 += migraine_items(ink, frame, track, summary)
            if said:
                page1.append(patient_view_block(ink, frame, track.patient, sessions))
        if summary.tracks and not said:
            page1.append(nothing_said_block(ink, frame))
        if not summary.tracks:
            page1.append(
                _note_block(
                    ink,
                    frame,
                    QCoreApplication.translate(
                        "report", "No injection recorded in the journal up to the range's end."
                    ),
                )
            )
        side_effects = side_effects_block(ink, frame, summary)
        if side_effects is not None:
            page1.append(side_effects)
        return page1

    # -- sections -------------------------------------------------------------------------

    def _heading(self, title: str, note: str = "") -> Block:
        return _heading_block(self.ink, self.frame, title, note)

    def _cycles(self) -> Iterator[Item]:
        note = QCoreApplication.translate(
            "report",
            "Per track, most recent first; each cycle runs from its session to the day before "
            "the track's next. Reference: the course's level before its first session (or "
            "the profile's); before the session: the mean of the 14 days before it. Levels "
            "are severities 0–10, or headache days per 28 days for chronic migraine. Onset, "
            "wear-off and relief in days after the session.",
        )
        for i, table in enumerate(self.report.cycles):
            title = QCoreApplication.translate("report", "Cycles: %1").replace(
                "%1", indication_label(table.track.indication)
            )
            yield self._heading(title, note if i == 0 else "")
            rows = [
                cycle_cells(cycle, latest=i == 0 and table.running)
                for i, cycle in enumerate(table.cycles)
            ]
            yield self._table(title, cycle_columns(), rows)
            if table.earlier is not None:
                yield _note_block(self.ink, self.frame, _earlier_cycles_text(table))
            yield from self._checkins(table, first=i == 0)

    def _checkins(self, table: CycleTable, *, first: bool) -> Iterator[Item]:
        """After a track's cycles: what the patient said of each of its sessions."""
        title = QCoreApplication.translate("report", "Check-ins: %1").replace(
            "%1", indication_label(table.track.indication)
        )
        note = QCoreApplication.translate(
            "report",
            "The patient's own view of each session, most recent first: the global impression "
            "of change since the session at week 4 and before the next injection, the day the "
            "patient reported the effect wore off beside the day the journal detected, and "
            "each personal goal rated at week 4 → before the next injection from −2 (much less "
            "than expected) to +2 (much more than expected).",
        )
        yield self._heading(title, note if first else "")
        view = table.checkins
        if not view.answered:
            text = QCoreApplication.translate("report", "No check-in in the range.")
            yield _note_block(self.ink, self.frame, text)
            return
        yield checkin_table(self.ink, self.frame, view, title)

    def _overlays(self) -> Iterator[Item]:
        for i, overlay in enumerate(self.report.overlays):
            title = fill(
                QCoreApplication.translate("report", "Cycles overlaid: %1, course %2, %3"),
                indication_label(overlay.track.indication),
                str(overlay.cycles[-1].course),
                ReportCounts().cycles(len(overlay.cycles)),
            )
            yield self._heading(title, overlay_note() if i == 0 else "")
            yield overlay_block(overlay)

    def _opening(self, section: Section) -> tuple[str, Block]:
        """The section's title, and its heading with the note under it (from _HEADINGS)."""
        title, note = (QCoreApplication.translate("report", text) for text in _HEADINGS[section])
        return title, self._heading(title, note)

    def _injections(self) -> Iterator[Item]:
        title, heading = self._opening(Section.INJECTIONS)
        yield heading
        rows = [injection_cells(row) for row in self.report.injections]
        yield self._table(title, injection_columns(), rows)

    def _monthly(self) -> Iterator[Item]:
        table = self.report.months
        title, heading = self._opening(Section.MONTHLY)
        yield heading
        if not table.months:
            yield _note_block(
                self.ink, self.frame, QCoreApplication.translate("report", "Nothing in the range.")
            )
            return
        yield monthly_block(table.months, 420.0)
        rows = [month_cells(month) for month in table.months]
        yield self._table(title, month_columns(), rows)
        if table.earlier_span is not None:
            text = fill(
                QCoreApplication.translate(
                    "report",
                    "%1 earlier months with entries (%2) are left out here; the CSV export's "
                    "monthly.csv holds every month.",
                ),
                str(table.earlier),
                months_text(*table.earlier_span),
            )
            yield _note_block(self.ink, self.frame, text)

    def _side_effects(self) -> Iterator[Item]:
        title, heading = self._opening(Section.SIDE_EFFECTS)
        yield heading
        rows = []
        for group in self.report.side_effects:
            session = QCoreApplication.translate("report", "before the first injection")
            if group.session is not None:
                session = session_text(
                    short_date(group.session.day), injections_text(group.session.injections)
                )
            for i, item in enumerate(group.episodes):
                rows.append(episode_cells(item, session if i == 0 else ""))
        if not rows:
            yield _note_block(
                self.ink,
                self.frame,
                QCoreApplication.translate("report", "No side effects logged in the range."),
            )
            return
        yield self._table(title, episode_columns(), rows)

    def _calendar(self) -> Iterator[Item]:
        title, heading = self._opening(Section.CALENDAR)
        yield heading
        months = self.report.calendar
        if not months:
            yield _note_block(
                self.ink, self.frame, QCoreApplication.translate("report", "Nothing in the range.")
            )
            return
        yield Table(
            header=calendar_header(self.ink, self.frame),
            rows=tuple(calendar_row(self.ink, self.frame, m) for m in months),
            continued=continued_block(self.ink, self.frame, title),
        )

    def _notes(self) -> Iterator[Item]:
        title, heading = self._opening(Section.NOTES)
        yield heading
        rows = [
            Cells((short_date(r.day), cycle_day_text(r.cycle_day), r.text))
            for r in self.report.notes
        ]
        if not rows:
            yield _note_block(
                self.ink, self.frame, QCoreApplication.translate("report", "No notes in the range.")
            )
            return
        yield self._table(title, note_columns(), rows)

    def _table(self, title: str, columns: Sequence[Column], rows: Sequence[Cells]) -> Item:
        if not rows:
            return _note_block(
                self.ink, self.frame, QCoreApplication.translate("report", "Nothing in the range.")
            )
        return text_table(self.ink, self.frame, columns, rows, title)


def _height(item: Item) -> float:
    if isinstance(item, Table):
        return item.header.height + sum(row.height for row in item.rows)
    if isinstance(item, Block):
        return item.height
    return 0.0


def _earlier_cycles_text(table: CycleTable) -> str:
    earlier = table.earlier
    assert earlier is not None
    text = QCoreApplication.translate(
        "report",
        "Earlier in the range: %1 from %2 to %3, onset seen in %4; median onset day %5, "
        "median wear-off day %6, median interval %7 days.",
    )
    return (
        text.replace("%1", ReportCounts().cycles(earlier.count))
        .replace("%2", short_date(earlier.first))
        .replace("%3", short_date(earlier.last))
        .replace("%4", str(earlier.onsets))
        .replace("%5", median_text(earlier.median_onset_day))
        .replace("%6", median_text(earlier.median_wear_off_day))
        .replace("%7", median_text(earlier.median_interval_days))
    )


def _heading_block(ink: Ink, frame: Frame, title: str, note: str) -> Block:
    paras = [Para(title, ink.font(12.5, bold=True), INK, SECTION_GAP)]
    if note:
        paras.append(Para(note, ink.font(SMALL + 0.3), MUTED, 1))
    return paras_block(ink, frame, paras, space_after=5, keep_with_next=True)


def _note_block(ink: Ink, frame: Frame, text: str) -> Block:
    font = ink.font(BODY, italic=True)
    height = ink.wrapped_height(text, font, frame.width)

    def paint(ink: Ink, rect: QRectF) -> None:
        box = QRectF(rect.left(), rect.top() + 3, rect.width(), height)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        ink.text(box, text, font, MUTED, align, wrap=True)

    return Block(height + 6, paint)
