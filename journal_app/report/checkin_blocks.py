"""The patient's own view of a track's cycles (PRODUCT.md §6): page 1's latest sessions and the
detail table of every session, one row a session, drawn with the report's table machinery."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt

from journal_app.domain.analytics.checkins_due import SlotState
from journal_app.domain.checkins import CheckInKind, WornOff
from journal_app.domain.patient_view import PatientView, SessionView
from journal_app.report.flow import Para, paint_paras, paras_block, paras_height
from journal_app.report.ink import BODY, MUTED, SMALL, Ink, caps_font
from journal_app.report.pages import Block, Frame, Table
from journal_app.report.tables import Cells, Column, text_table
from journal_app.report.text import DASH, fill
from journal_app.wording.labels import goal_rating_label, impression_label
from journal_app.wording.text import short_date


def checkin_columns(view: PatientView) -> tuple[Column, ...]:
    """The session, its two check-ins, reported against detected wear-off, and a column per
    goal of the track."""
    return (
        Column(QCoreApplication.translate("report", "Session"), 0.9),
        Column(QCoreApplication.translate("report", "Week 4"), 1.0, wrap=True),
        Column(QCoreApplication.translate("report", "Before the next injection"), 1.0, wrap=True),
        Column(
            QCoreApplication.translate("report", "Wear-off: reported, detected"), 1.2, wrap=True
        ),
        *(Column(_goal_title(goal), 1.3, wrap=True) for goal in view.goals),
    )


def _goal_title(goal: str) -> str:
    return QCoreApplication.translate("report", "Goal: %1").replace("%1", goal)


def checkin_cells(session: SessionView, view: PatientView) -> Cells:
    return Cells(
        (
            short_date(session.day),
            _checkin_text(session, CheckInKind.WEEK4),
            _checkin_text(session, CheckInKind.BEFORE_NEXT),
            _wear_off_text(session),
            *(_goal_text(session, goal) for goal in view.goals),
        )
    )


def _checkin_text(session: SessionView, kind: CheckInKind) -> str:
    """The impression the patient gave, or plainly why there is none."""
    checkin = session.said.checkin(kind)
    if checkin is not None:
        return impression_label(checkin.impression)
    slot = session.slots.get(kind)
    if slot is None:
        # The next session came before this check-in would have been asked.
        return QCoreApplication.translate("report", "not asked")
    if slot.state is SlotState.UPCOMING:
        return QCoreApplication.translate("report", "asked from %1").replace(
            "%1", short_date(slot.opens)
        )
    if slot.state is SlotState.DUE:
        return QCoreApplication.translate("report", "due, not yet answered")
    return QCoreApplication.translate("report", "no check-in")


def _wear_off_text(session: SessionView) -> str:
    """ "reported day 74, detected day 81": the patient's answer beside the journal's."""
    detected = session.detected_wear_off_day
    found = (
        QCoreApplication.translate("report", "none detected")
        if detected is None
        else QCoreApplication.translate("report", "detected day %1").replace("%1", str(detected))
    )
    before = session.said.before_next
    if before is None or before.worn_off is None:
        return found
    reported = {
        WornOff.YES: QCoreApplication.translate("report", "reported day %1").replace(
            "%1", str(before.reported_wear_off_day)
        ),
        WornOff.NO: QCoreApplication.translate("report", "reported not worn off"),
        WornOff.NOT_SURE: QCoreApplication.translate("report", "reported not sure"),
    }[before.worn_off]
    return fill(QCoreApplication.translate("report", "%1, %2"), reported, found)


def _goal_text(session: SessionView, goal: str) -> str:
    """ "0 as expected → +1 more than expected": the goal's rating at week 4, then before the
    next injection; one rating alone is week 4's."""
    week4, before = (session.rating(goal, kind) for kind in CheckInKind)
    start = None if week4 is None else goal_rating_label(week4)
    if before is None:
        if start is None:
            return (
                QCoreApplication.translate("report", "not rated") if session.said.answered else ""
            )
        return start
    return f"{start or DASH} → {goal_rating_label(before)}"


def goals_note() -> str:
    return QCoreApplication.translate(
        "report", "Goals rated −2 to +2 at week 4 → before the next injection"
    )


def checkin_table(ink: Ink, frame: Frame, view: PatientView, title: str) -> Table:
    """Every session of the view, most recent first; a row never splits across pages."""
    rows = [checkin_cells(session, view) for session in view.sessions]
    return text_table(ink, frame, checkin_columns(view), rows, title)


def patient_view_block(ink: Ink, frame: Frame, view: PatientView, sessions: int) -> Block:
    """Page 1's view of a track's ``sessions`` latest sessions, kept in one piece under its
    label (and the goals' scale at its right when the track has goals)."""
    view = PatientView(view.sessions[:sessions], view.goals)
    font = ink.font(BODY)
    label = QCoreApplication.translate("report", "The patient's view of the latest sessions")
    if not view.answered:
        # One line where the patient said nothing: page 1's room is the timeline's.
        return _line_block(ink, frame, _nothing_said(view))
    paras = [Para(label, font, MUTED, 3, label=True)]
    table = checkin_table(ink, frame, view, label)
    blocks = [table.header, *table.rows]
    scale = Para(goals_note(), ink.font(SMALL, italic=True), MUTED)
    label_w = ink.width(label.upper(), caps_font(ink)) + 12
    beside = bool(view.goals)
    if beside and label_w + ink.width(scale.text, scale.font) > frame.width:
        paras.append(Para(scale.text, scale.font, MUTED, 1))
        beside = False
    height = paras_height(ink, paras, frame.width) + 2 + sum(block.height for block in blocks)
    height += 3  # apart from the next track's heading

    def paint(ink: Ink, rect: QRectF) -> None:
        y = paint_paras(ink, paras, rect.left(), rect.top(), rect.width())
        if beside:
            box = QRectF(rect.left(), rect.top(), rect.width(), y - rect.top())
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
            ink.text(box, scale.text, scale.font, MUTED, right)
        y += 2
        for block in blocks:
            block.paint(ink, QRectF(rect.left(), y, rect.width(), block.height))
            y += block.height

    return Block(height, paint)


def _nothing_said(view: PatientView) -> str:
    if not view.sessions:
        return QCoreApplication.translate(
            "report", "The patient's view: no check-in asked for yet."
        )
    days = ", ".join(short_date(s.day) for s in reversed(view.sessions))
    return QCoreApplication.translate(
        "report", "The patient's view: no check-in for the sessions of %1."
    ).replace("%1", days)


def nothing_said_block(ink: Ink, frame: Frame) -> Block:
    """Page 1's one line for a journal in which no track has a check-in."""
    text = QCoreApplication.translate(
        "report", "The patient's view: no check-in recorded for the latest sessions."
    )
    return _line_block(ink, frame, text)


def _line_block(ink: Ink, frame: Frame, text: str) -> Block:
    return paras_block(ink, frame, [Para(text, ink.font(BODY), MUTED, 2)], space_after=2)
