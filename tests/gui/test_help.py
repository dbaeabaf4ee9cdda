"""Help › User guide and Help › Onset, wear-off and the windows: offline, bundled, pictured."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QDialog

from journal_app.paths import resource_path
from journal_app.ui.dialogs.help_dialog import PICTURE_URL, HelpDialog
from journal_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _shown(window: MainWindow, monkeypatch: pytest.MonkeyPatch, opener: str) -> HelpDialog:
    seen: list[HelpDialog] = []

    def keep(dialog: QDialog) -> int:
        assert isinstance(dialog, HelpDialog)
        dialog.show()
        seen.append(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", keep)
    getattr(window, opener)()
    [dialog] = seen
    return dialog


def test_the_bundled_guide_is_the_guide(tmp_path: Path) -> None:
    bundled = resource_path("help", "user-guide.md").read_text(encoding="utf-8")
    assert bundled == (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8"), (
        "copy docs/user-guide.md to resources/help/user-guide.md"
    )


def test_f1_shows_the_user_guide_with_its_pictures(qtbot, window: MainWindow, monkeypatch) -> None:
    seen: list[HelpDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: seen.append(dialog) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [dialog] = seen
    text = dialog.browser.toPlainText()
    assert "Logging a day, keyboard only" in text and "Privacy" in text
    picture = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, "screenshots/today.png"
    )
    assert picture is not None and not picture.isNull()


def test_onset_help_says_it_in_words_with_a_picture(qtbot, window, monkeypatch) -> None:
    dialog = _shown(window, monkeypatch, "show_onset_help")
    text = dialog.browser.toPlainText()
    for words in ("Onset", "Wear-off", "re-injection window", "not medical advice"):
        assert words in text
    image = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, PICTURE_URL
    )
    assert image.width() >= 600
    colours = {image.pixelColor(x, y).name() for x in range(0, 600, 3) for y in range(0, 250, 3)}
    assert QColor("#0072b2").name() in colours  # the level line is drawn
    assert len(colours) > 20  # shaded windows, marks and their names
