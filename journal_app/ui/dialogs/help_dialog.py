"""Help › User guide and Help › Onset, wear-off and the windows: offline, from the app itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from journal_app.paths import resource_path

#: The guide as bundled (a copy of docs/user-guide.md; tests keep the two the same).
GUIDE = ("help", "user-guide.md")
PICTURE_URL = QUrl("relief://onset-wear-off.png")
PICTURE_SIZE = QSize(640, 260)


class HelpDialog(QDialog):
    """A page of help in a browser that scrolls; links within it work, nothing goes online."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)


def user_guide(parent: QWidget | None) -> HelpDialog:
    """The user guide, with its pictures where the build has them."""
    dialog = HelpDialog(parent, QCoreApplication.translate("HelpDialog", "User guide"))
    guide = resource_path(*GUIDE)
    # Pictures: bundled beside the guide in a frozen build, in docs/ in a source checkout.
    dialog.browser.setSearchPaths([str(guide.parent), str(resource_path().parent / "docs")])
    dialog.browser.setMarkdown(guide.read_text(encoding="utf-8"))
    return dialog


def onset_help(parent: QWidget | None) -> HelpDialog:
    """Onset, wear-off and the windows, in plain words, with one annotated picture."""
    words = OnsetWords()
    dialog = HelpDialog(parent, words.tr("Onset, wear-off and the windows"))
    image = onset_picture(words)
    document = dialog.browser.document()
    document.addResource(QTextDocument.ResourceType.ImageResource, PICTURE_URL, image)
    dialog.browser.setHtml(words.html())
    return dialog


class OnsetWords(QObject):
    """The page's text (a QObject for tr(); never shown itself)."""

    def html(self) -> str:
        paragraphs = [
            self.tr(
                "Botulinum toxin relaxes the injected muscles for a while; then its effect wears "
                "off and the next injection is due. The journal looks at your own logged days to "
                "see when that happens for you."
            ),
            self.tr(
                "<b>Onset</b> is the first day after an injection from which your symptoms stay "
                "at least 30% better than before, for a week. Relief often begins after about a "
                "week and usually shows within 2–4 weeks."
            ),
            self.tr(
                "<b>Wear-off</b> is the first day after the onset from which the symptoms stay "
                "less than 30% better for a week: the effect has faded."
            ),
            self.tr(
                "The <b>expected onset window</b> and the <b>re-injection window</b> are the days "
                "after an injection in which relief usually starts and in which the next "
                "injection is usually given, from patient guidance on botulinum toxin treatment. "
                "Your clinician may agree other windows with you: change them in Preferences or "
                "for one injection."
            ),
            self.tr(
                "The journal says what your days show; it is not medical advice. Talk to your "
                "clinician about your treatment."
            ),
        ]
        alt = self.tr("A cycle: severity falls after the injection, then rises again.")
        body = "".join(f"<p>{text}</p>" for text in paragraphs)
        picture = f'<p><img src="{PICTURE_URL.toString()}" alt="{alt}"></p>'
        return f"<h2>{self.tr('Onset, wear-off and the windows')}</h2>{picture}{body}"

    def labels(self) -> dict[str, str]:
        return {
            "injection": self.tr("Injection"),
            "onset_window": self.tr("Expected onset"),
            "reinjection_window": self.tr("Re-injection window"),
            "onset": self.tr("Onset: 30% better"),
            "wear_off": self.tr("Wear-off"),
            "level": self.tr("Your symptom level"),
            "days": self.tr("Days after the injection"),
        }


def onset_picture(words: OnsetWords, size: QSize = PICTURE_SIZE) -> QImage:
    """A made-up cycle drawn with QPainter: the level falls after the injection, holds, rises;
    the expected windows shaded, onset and wear-off marked, every mark named in words."""
    labels = words.labels()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(painter.font())
    font.setPixelSize(13)
    painter.setFont(font)
    left, top, right, bottom = 40.0, 30.0, size.width() - 20.0, size.height() - 40.0
    days = 140

    def x(day: float) -> float:
        return left + (right - left) * day / days

    def y(level: float) -> float:  # level 0..10
        return bottom - (bottom - top) * level / 10

    # Okabe–Ito colours, as the charts use them.
    painter.fillRect(QRectF(x(7), top, x(28) - x(7), bottom - top), QColor(86, 180, 233, 60))
    painter.fillRect(QRectF(x(112), top, x(140) - x(112), bottom - top), QColor(230, 159, 0, 60))
    painter.setPen(QPen(QColor("#333333"), 1))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
    painter.drawLine(QPointF(left, top), QPointF(left, bottom))
    level = [7.0 if d < 10 else 3.0 if d < 95 else 6.5 for d in range(days + 1)]
    smooth = [
        sum(level[max(0, d - 6) : d + 7]) / len(level[max(0, d - 6) : d + 7])
        for d in range(days + 1)
    ]
    painter.setPen(QPen(QColor("#0072B2"), 3))
    for day in range(days):
        painter.drawLine(QPointF(x(day), y(smooth[day])), QPointF(x(day + 1), y(smooth[day + 1])))
    limit = 0.7 * 7.0
    painter.setPen(QPen(QColor("#777777"), 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(left, y(limit)), QPointF(right, y(limit)))
    marks = (
        (0, labels["injection"], "#000000"),
        (12, labels["onset"], "#009E73"),
        (98, labels["wear_off"], "#D55E00"),
    )
    for index, (day, text, colour) in enumerate(marks):
        painter.setPen(QPen(QColor(colour), 2))
        painter.drawLine(QPointF(x(day), top), QPointF(x(day), bottom))
        painter.drawText(QPointF(x(day) + 4, top + 14 + 18 * (index % 2)), text)
    painter.setPen(QColor("#333333"))
    painter.drawText(QPointF(x(7) + 2, bottom - 6), labels["onset_window"])
    painter.drawText(QPointF(x(100), bottom - 6), labels["reinjection_window"])
    painter.drawText(QPointF(x(40), y(smooth[40]) - 8), labels["level"])
    painter.drawText(QPointF(left, size.height() - 14), labels["days"])
    painter.end()
    return image
