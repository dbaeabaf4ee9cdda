"""The first page's title, latest session, next window, side effects and definitions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont

from journal_app import APP_NAME
from journal_app.domain.report import Summary
from journal_app.report.ink import BODY, INK, MUTED, ONSET, PANEL, SMALL, WARNING, Ink, caps
from journal_app.report.pages import Block, Frame
from journal_app.report.text import (
    ReportCounts,
    days_text,
    percent_text,
    units_text,
)
from journal_app.wording.labels import indication_in_text, product_label, side_effect_label
from journal_app.wording.text import countdown_text, short_date


def _logged_share(summary: Summary) -> str:
    days = summary.range.days
    share = summary.logged_days / days * 100 if days else 0
    return ReportCounts().logged_share(summary.logged_days, days, percent_text(share))


def _identity_line(summary: Summary) -> str:
    profile = summary.profile
    parts = []
    if profile.date_of_birth is not None:
        parts.append(
            QCoreApplication.translate("report", "Date of birth %1").replace(
                "%1", short_date(profile.date_of_birth)
            )
        )
    if profile.clinic_patient_id:
        parts.append(
            QCoreApplication.translate("report", "Clinic ID %1").replace(
                "%1", profile.clinic_patient_id
            )
        )
    parts.append(
        QCoreApplication.translate("report", "Clinician %1").replace(
            "%1", profile.clinician or QCoreApplication.translate("report", "not entered")
        )
    )
    return "   ·   ".join(parts)


def _fitting_font(ink: Ink, text: str, width: float, sizes: Sequence[float]) -> QFont:
    """The largest bold font of ``sizes`` in which ``text`` fits ``width``, else the smallest."""
    for size in sizes:
        if ink.width(text, ink.font(size, bold=True)) <= width:
            break
    return ink.font(size, bold=True)


def _elided(ink: Ink, text: str, font: QFont, width: float) -> str:
    if ink.width(text, font) <= width:
        return text
    while text and ink.width(text + "…", font) > width:
        text = text[:-1]
    return text + "…"


def title_block(ink: Ink, frame: Frame, summary: Summary) -> Block:
    meta_font = ink.font(7.4)
    body_font = ink.font(BODY + 0.5)
    name = summary.profile.name or QCoreApplication.translate("report", "Unnamed patient")
    span = f"{short_date(summary.range.start)} – {short_date(summary.range.end)}"
    meta = [
        QCoreApplication.translate("report", "Range %1").replace("%1", span),
        QCoreApplication.translate("report", "Generated %1").replace(
            "%1", short_date(summary.generated_on)
        ),
        f"{APP_NAME} {summary.app_version}",
    ]
    meta_width = max(ink.width(line, ink.font(7.4, bold=True)) for line in meta)
    name_width = frame.width - meta_width - 14
    name_font = _fitting_font(ink, name, name_width, (19, 17, 15, 13, 11))
    name_h = ink.line_height(ink.font(19, bold=True))
    height = 11 + name_h + 2 + 2 * ink.line_height(body_font) + 9

    def paint(ink: Ink, rect: QRectF) -> None:
        left, top, width = rect.left(), rect.top(), rect.width()
        caps(
            ink,
            QRectF(left, top, width, 10),
            QCoreApplication.translate("report", "Botulinum toxin treatment report"),
            ONSET,
        )
        y = top + 11
        ink.text(
            QRectF(left, y, name_width, name_h),
            _elided(ink, name, name_font, name_width),
            name_font,
            INK,
        )
        meta_h = ink.line_height(meta_font)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, line in enumerate(meta):
            box = QRectF(left + width * 0.5, top + i * meta_h, width * 0.5, meta_h)
            ink.text(box, line, ink.font(7.4, bold=i == 0) if i == 0 else meta_font, INK, right)
        y += name_h + 2
        line_h = ink.line_height(body_font)
        ink.text(QRectF(left, y, width, line_h), _identity_line(summary), body_font)
        y += line_h
        ink.text(QRectF(left, y, width, line_h), _logged_share(summary), ink.font(BODY), MUTED)
        ink.line(
            QPointF(left, rect.bottom() - 4), QPointF(rect.right(), rect.bottom() - 4), INK, 0.9
        )

    return Block(height, paint)


def _session_lines(summary: Summary) -> list[str]:
    session = summary.latest_session
    if session is None:
        return []
    return [
        QCoreApplication.translate("report", "%1 %2 U · %3")
        .replace("%1", product_label(inj.product))
        .replace("%2", units_text(inj.units))
        .replace("%3", indication_in_text(inj.indication))
        for inj in session.injections
    ]


def treatment_block(ink: Ink, frame: Frame, summary: Summary) -> Block:
    value_font = ink.font(10.5, bold=True)
    line_font = ink.font(BODY)
    value_h, line_h = ink.line_height(value_font), ink.line_height(line_font)
    lines = _session_lines(summary)
    next_injection = summary.next_injection
    right_lines = 2 if next_injection and next_injection.checkup else 1
    height = 10 + 10 + value_h + max(len(lines), right_lines, 1) * line_h + 10

    def paint(ink: Ink, rect: QRectF) -> None:
        panel = rect.adjusted(0, 4, 0, -6)
        ink.fill(panel, PANEL)
        inner = panel.adjusted(9, 6, -9, -4)
        half = inner.width() / 2
        session = summary.latest_session
        caps(
            ink,
            QRectF(inner.left(), inner.top(), half, 10),
            QCoreApplication.translate("report", "Latest session"),
        )
        if session is None:
            text = QCoreApplication.translate(
                "report", "No injection recorded in the journal up to the range's end."
            )
            box = QRectF(inner.left(), inner.top() + 10, inner.width(), value_h)
            ink.text(box, text, line_font, MUTED)
            return
        day = (summary.as_of - session.day).days
        value = (
            QCoreApplication.translate("report", "%1  ·  day %2 of the cycle")
            .replace("%1", short_date(session.day))
            .replace("%2", str(day))
        )
        y = inner.top() + 10
        ink.text(QRectF(inner.left(), y, half, value_h), value, value_font)
        for i, line in enumerate(lines):
            box = QRectF(inner.left(), y + value_h + i * line_h, half - 8, line_h)
            ink.text(box, line, line_font)
        if next_injection is not None:
            _paint_next_window(ink, QRectF(inner.left() + half, inner.top(), half, 0), summary)

    return Block(height, paint)


def _paint_next_window(ink: Ink, at: QRectF, summary: Summary) -> None:
    next_injection = summary.next_injection
    assert next_injection is not None
    window = next_injection.window
    value_font, line_font = ink.font(10.5, bold=True), ink.font(BODY)
    value_h, line_h = ink.line_height(value_font), ink.line_height(line_font)
    caps(
        ink,
        QRectF(at.left(), at.top(), at.width(), 10),
        QCoreApplication.translate("report", "Next injection window"),
    )
    y = at.top() + 10
    dates = f"{short_date(window.opens)} – {short_date(window.closes)}"
    ink.text(QRectF(at.left(), y, at.width(), value_h), dates, value_font)
    state = countdown_text(window)
    colour = WARNING if window.state.value == "overdue" else ONSET
    width = ink.width(dates, value_font)
    room = at.width() - width - 8
    # Some languages say the countdown at length ("öffnet in 12 Tagen"): smaller, not cut.
    size = BODY + 0.5
    while ink.width(state, ink.font(size, bold=True)) > room and size > SMALL:
        size -= 0.5
    ink.text(
        QRectF(at.left() + width + 8, y, room, value_h), state, ink.font(size, bold=True), colour
    )
    if next_injection.checkup is not None:
        text = QCoreApplication.translate(
            "report", "Check-up with a professional (12 weeks): %1"
        ).replace("%1", short_date(next_injection.checkup))
        ink.text(QRectF(at.left(), y + value_h, at.width(), line_h), text, line_font)


def side_effect_line(ink: Ink, frame: Frame, summary: Summary) -> Block:
    font = ink.font(BODY)
    if summary.side_effects:
        parts = [
            QCoreApplication.translate("report", "%1 on %2 (latest %3)")
            .replace("%1", side_effect_label(t.side_effect))
            .replace("%2", days_text(t.days))
            .replace("%3", short_date(t.last_day))
            for t in summary.side_effects
        ]
        text = "; ".join(parts) + "."
    else:
        text = QCoreApplication.translate("report", "None logged in the range.")
    text_h = ink.wrapped_height(text, font, frame.width)

    def paint(ink: Ink, rect: QRectF) -> None:
        caps(
            ink,
            QRectF(rect.left(), rect.top() + 4, rect.width(), 10),
            QCoreApplication.translate("report", "Side effects"),
        )
        box = QRectF(rect.left(), rect.top() + 14, rect.width(), text_h)
        ink.text(box, text, font, INK, Qt.AlignmentFlag.AlignLeft, wrap=True)

    return Block(14 + text_h + 4, paint)


def definitions_block(ink: Ink, frame: Frame) -> Block:
    font = ink.font(SMALL - 0.4)
    text = QCoreApplication.translate(
        "report",
        "Severities are the patient's own daily ratings, 0–10. Relief (onset) is the first day "
        "the trailing mean is at least 30% below the mean of the 28 days before the injection "
        "and stays so for 7 days; wear-off, the first later day it stays less improved for 7 "
        "days. Expected windows come from patient guidance on botulinum toxin treatment; the "
        "30% response mark from NICE TA260. Details on the following pages.",
    )
    text_h = ink.wrapped_height(text, font, frame.width)

    def paint(ink: Ink, rect: QRectF) -> None:
        box = QRectF(rect.left(), rect.bottom() - text_h, rect.width(), text_h)
        ink.text(box, text, font, MUTED, Qt.AlignmentFlag.AlignLeft, wrap=True)

    return Block(text_h + 4, paint)
