"""Page 1's title, its side-effect episodes and its definitions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt

from journal_app import APP_NAME
from journal_app.domain.report import SessionEpisode, Summary
from journal_app.report.flow import Para, paint_paras, paras_block, paras_height
from journal_app.report.ink import BODY, INK, MUTED, ONSET, SMALL, WARNING, Ink
from journal_app.report.pages import Block, Frame
from journal_app.report.text import ReportCounts, day_span_text, fill, injections_text, percent_text
from journal_app.wording.analysis import as_of_notice
from journal_app.wording.labels import side_effect_label
from journal_app.wording.text import short_date

_NAME_SIZE = 17.0
_META_SIZE = 7.4
_GUTTER = 14.0


def _logged_line(summary: Summary) -> str:
    days = summary.range.days
    share = summary.logged_days / days * 100 if days else 0
    logged = ReportCounts().logged_share(summary.logged_days, days, percent_text(share))
    last = summary.as_of.last_entry
    if last is None:
        return logged
    return fill(
        QCoreApplication.translate("report", "Last entry %1 · %2"), short_date(last), logged
    )


def _as_of_para(ink: Ink, summary: Summary) -> Para | None:
    """The §4 notice of a quiet journal, or the day a report of the past is judged on."""
    font = ink.font(BODY + 0.5, bold=True)
    notice = as_of_notice(summary.as_of)
    if notice is not None:
        return Para(notice, font, WARNING, 2)
    if summary.as_of.day < summary.generated_on:
        text = QCoreApplication.translate("report", "Figures are as of %1, the range's end.")
        return Para(text.replace("%1", short_date(summary.as_of.day)), font, INK, 2)
    return None


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


def _meta_lines(summary: Summary) -> list[str]:
    span = f"{short_date(summary.range.start)} – {short_date(summary.range.end)}"
    return [
        QCoreApplication.translate("report", "Range %1").replace("%1", span),
        QCoreApplication.translate("report", "Generated %1").replace(
            "%1", short_date(summary.generated_on)
        ),
        f"{APP_NAME} {summary.app_version}",
    ]


def title_block(ink: Ink, frame: Frame, summary: Summary) -> Block:
    """Who, which range, when, and the day the figures are judged on."""
    meta = _meta_lines(summary)
    meta_fonts = [ink.font(_META_SIZE, bold=i == 0) for i in range(len(meta))]
    meta_width = max(ink.width(line, font) for line, font in zip(meta, meta_fonts, strict=True))
    meta_width = min(meta_width, frame.width / 2)
    left_width = frame.width - meta_width - _GUTTER
    kicker = QCoreApplication.translate("report", "Botulinum toxin treatment report")
    name = summary.profile.name or QCoreApplication.translate("report", "Unnamed patient")
    heading = [
        Para(kicker, ink.font(), ONSET, label=True),
        Para(name, ink.font(_NAME_SIZE, bold=True), INK, 1),
    ]
    meta_paras = [Para(line, font, INK) for line, font in zip(meta, meta_fonts, strict=True)]
    top_h = max(paras_height(ink, heading, left_width), paras_height(ink, meta_paras, meta_width))
    below = [
        Para(_identity_line(summary), ink.font(BODY + 0.5), INK, 2),
        Para(_logged_line(summary), ink.font(BODY), MUTED, 1),
    ]
    as_of = _as_of_para(ink, summary)
    if as_of is not None:
        below.append(as_of)
    height = top_h + paras_height(ink, below, frame.width) + 9

    def paint(ink: Ink, rect: QRectF) -> None:
        left, top = rect.left(), rect.top()
        paint_paras(ink, heading, left, top, left_width)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        y = top
        for para in meta_paras:
            h = ink.wrapped_height(para.text, para.font, meta_width)
            box = QRectF(rect.right() - meta_width, y, meta_width, h)
            ink.text(box, para.text, para.font, para.colour, right, wrap=True)
            y += h
        paint_paras(ink, below, left, top + top_h, rect.width())
        bottom = rect.bottom() - 4
        ink.line(QPointF(left, bottom), QPointF(rect.right(), bottom), INK, 0.9)

    return Block(height, paint)


def episode_text(item: SessionEpisode) -> str:
    """ "Drooping eyelid, days 3–10 after Botox 155 U on 12 Mar 2026"."""
    episode = item.episode
    name = side_effect_label(episode.side_effect)
    if episode.other_texts:
        name = fill(
            QCoreApplication.translate("report", "%1 (%2)"), name, "; ".join(episode.other_texts)
        )
    after = item.after
    if after is None or item.last_day_number is None:
        return fill(
            QCoreApplication.translate("report", "%1, %2 – %3, before the first injection"),
            name,
            short_date(episode.first),
            short_date(episode.last),
        )
    return fill(
        QCoreApplication.translate("report", "%1, %2 after %3 on %4"),
        name,
        day_span_text(after.day, item.last_day_number),
        injections_text(after.session.injections),
        short_date(after.session.day),
    )


def side_effects_block(ink: Ink, frame: Frame, summary: Summary) -> Block | None:
    """The side-effect episodes since the latest sessions, one a line."""
    since = summary.episodes_since
    if since is None:
        return None
    label = QCoreApplication.translate("report", "Side effects since %1").replace(
        "%1", short_date(since)
    )
    font = ink.font(BODY)
    paras = [Para(label, font, MUTED, 4, label=True)]
    if summary.episodes:
        paras += [Para(episode_text(e), font, INK, 1) for e in summary.episodes]
    else:
        none = QCoreApplication.translate("report", "None logged.")
        paras.append(Para(none, font, INK, 1))
    return paras_block(ink, frame, paras, space_after=4)


def definitions_block(ink: Ink, frame: Frame) -> Block:
    font = ink.font(SMALL - 0.4)
    text = QCoreApplication.translate(
        "report",
        "Severities are the patient's daily ratings, 0–10; a day's level is the mean of the "
        "days around it (7 for spasm, 14 for headache days). Onset: the first day the level "
        "is 30% or more below the course's reference (the 28 days before its first session) "
        "and stays so 7 days; wear-off: the first later day it stays less improved 7 days; "
        "carried over: the last session's relief still held when the next was given. "
        "Sources: patient guidance on botulinum toxin treatment, the prescribing information, "
        "NICE TA260 (30%), the trials (50%).",
    )
    text_h = ink.wrapped_height(text, font, frame.width)

    def paint(ink: Ink, rect: QRectF) -> None:
        box = QRectF(rect.left(), rect.bottom() - text_h, rect.width(), text_h)
        ink.text(box, text, font, MUTED, Qt.AlignmentFlag.AlignLeft, wrap=True)

    return Block(text_h + 4, paint)
