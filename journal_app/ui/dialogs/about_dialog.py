"""Help › About: version, licence, where the defaults come from, and what the journal is not."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal_app import APP_NAME, __version__
from journal_app.paths import resource_path
from journal_app.ui.fitting import FittingScrollArea
from journal_app.ui.widgets.form_helpers import grow_to_fit

ICON_FILE = ("icons", "hicolor", "256x256", "apps", "io.github.relief_journal.ReliefJournal.png")
ICON_SIZE = 96
TEXT_WIDTH = 460
COPYRIGHT_YEAR = "2026"


class AboutDialog(QDialog):
    """The app icon beside its name, version, sources, disclaimer, privacy and licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.icon_label = QLabel(self)
        icon = QIcon(str(resource_path(*ICON_FILE)))
        self.icon_label.setPixmap(
            icon.pixmap(QSize(ICON_SIZE, ICON_SIZE), self.devicePixelRatioF())
        )
        self.icon_label.setAccessibleName(self.tr("%1 icon").replace("%1", APP_NAME))
        self.sections = [
            self._text(self._title_html()),
            self._text(self._sources_html()),
            self._text(self._disclaimer_html()),
            self._text(self._licence_html()),
        ]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        text_column = QVBoxLayout()
        for label in self.sections:
            text_column.addWidget(label)
        text_column.addStretch(1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(12)
        row.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(FittingScrollArea(body, self), 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # wrapped text needs more than the layout's minimum height

    def _text(self, html: str) -> QLabel:
        label = QLabel(html, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setMinimumWidth(TEXT_WIDTH)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _title_html(self) -> str:
        version = (
            self.tr("Version %1 · Qt %2 · PySide6 %3")
            .replace("%1", __version__)
            .replace("%2", qVersion())
            .replace("%3", pyside_version)
        )
        summary = self.tr(
            "A diary of spasm and headache severity, charted against the expected windows of "
            "each botulinum toxin injection."
        )
        return f"<h2>{APP_NAME}</h2><p>{version}</p><p>{summary}</p>"

    def _sources_html(self) -> str:
        heading = self.tr("Where the numbers come from")
        body = self.tr(
            "Expected onset (often after about a week, typically within 2–4 weeks), "
            "re-injection every 16–20 weeks for spasms and every 10–12 weeks for chronic "
            "migraine, and a check-up every 12 weeks for spasms: patient guidance on botulinum "
            "toxin treatment. The warning about re-injecting sooner than 12 weeks: clinical "
            "literature on neutralising antibodies to botulinum toxin. Chronic migraine as "
            "headache on 15 or more days a month: ICHD-3. Judging migraine treatment by a 30% "
            "fall in headache days after 2 cycles: NICE TA260; by a 50% fall: clinical trials. "
            "The windows new injections start with can be changed in Edit › Preferences."
        )
        return f"<p><b>{heading}</b><br>{body}</p>"

    def _disclaimer_html(self) -> str:
        warning = self.tr("This journal is not medical advice and not a diagnosis.")
        body = self.tr(
            "It holds what you report. Talk to your clinician about your treatment. Everything "
            "stays in your journal file on this computer; the app never uses the network."
        )
        return f"<p><b>{warning}</b> {body}</p>"

    def _licence_html(self) -> str:
        licence = self.tr(
            "Free software under the MIT licence: you may use, copy, change and share it. It "
            "comes with no warranty."
        )
        copyright_line = self.tr("© %1 The Relief Journal authors").replace("%1", COPYRIGHT_YEAR)
        return f"<p>{licence}<br>{copyright_line}</p>"
