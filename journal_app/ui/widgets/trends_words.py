"""Above the Trends charts, the answer in words (PRODUCT.md §5): each track's summary, the
migraine response and the as-of notice."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from journal_app.domain.analytics import Analysis
from journal_app.domain.models import Metric
from journal_app.services.journal import JournalService
from journal_app.ui.widgets.on_screen import RedrawnOnScreen
from journal_app.wording.analysis import (
    as_of_notice,
    migraine_response_sentences,
    no_summary_sentence,
    track_summary_sentence,
)
from journal_app.wording.labels import indication_label

# The largest share of the page's height the words take before they scroll: the rest is the
# chart's.
MOST_SHARE = 0.25


def words_of(analysis: Analysis) -> list[tuple[str, list[str]]]:
    """The answer in words as (heading, sentences) blocks: the as-of notice, each track's
    summary, then each migraine track's response over its latest course."""
    blocks: list[tuple[str, list[str]]] = []
    notice = as_of_notice(analysis.as_of)
    if notice is not None:
        blocks.append(("", [notice]))
    for track in analysis.tracks:
        summary = track_summary_sentence(analysis.summary(track.indication))
        blocks.append((indication_label(track.indication), [summary or no_summary_sentence()]))
    for track in analysis.tracks:
        if track.metric is Metric.HEADACHE_DAY:
            latest = analysis.migraine_responses(track.indication)[-1]
            heading = QCoreApplication.translate("trends", "%1, headache days per 28 days")
            blocks.append(
                (
                    heading.replace("%1", indication_label(track.indication)),
                    migraine_response_sentences(latest),
                )
            )
    return blocks


def _html(blocks: list[tuple[str, list[str]]]) -> str:
    parts = []
    for heading, sentences in blocks:
        first, *rest = (escape(sentence) for sentence in sentences)
        lead = f"<b>{escape(heading)}:</b> {first}" if heading else f"<i>{first}</i>"
        items = "".join(f"<li>{sentence}</li>" for sentence in rest)
        parts.append(f"<p style='margin:0'>{lead}</p>")
        if items:
            parts.append(f"<ul style='margin-top:0; margin-bottom:0'>{items}</ul>")
    return "".join(parts)


class TrendsWords(RedrawnOnScreen, QScrollArea):
    """A compact, wrapping text over the charts; past ``MOST_SHARE`` of the page, it scrolls.

    It follows the journal's one analysis, and redraws only while on screen.
    """

    def __init__(self, service: JournalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.label = QLabel(self)
        self.label.setObjectName("trendsWords")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setAccessibleName(self.tr("The answer in words"))
        self.setAccessibleName(self.label.accessibleName())
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if parent is not None:
            parent.installEventFilter(self)
        self.blocks: list[tuple[str, list[str]]] = []
        for signal in (
            service.entries_changed,
            service.injections_changed,
            service.profile_changed,
        ):
            signal.connect(self.journal_changed)
        self.refresh()

    def refresh(self) -> None:
        self.blocks = words_of(self._service.analysis)
        self.label.setText(_html(self.blocks))
        self.updateGeometry()

    def text(self) -> str:
        """Everything the words say, one sentence a line (for tests and screen readers)."""
        return "\n".join(
            f"{heading}: {sentence}" if heading and i == 0 else sentence
            for heading, sentences in self.blocks
            for i, sentence in enumerate(sentences)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped anew: another height

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # a taller page leaves the words more room
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        if not self.blocks:
            return QSize(0, 0)
        width = max(self.viewport().width(), 200)
        needed = self.label.heightForWidth(width)
        lines = self.fontMetrics().lineSpacing()
        page = self.parentWidget()
        most = max(lines * 4, int(page.height() * MOST_SHARE)) if page else lines * 8
        return QSize(super().sizeHint().width(), min(max(needed, 0), most))

    def minimumSizeHint(self) -> QSize:
        if not self.blocks:
            return QSize(0, 0)
        return QSize(0, min(self.sizeHint().height(), self.fontMetrics().lineSpacing() * 4))
