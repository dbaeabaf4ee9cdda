"""Help › About: the icon, version, licence, sources of the defaults and the disclaimer."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from journal_app import __version__
from journal_app.paths import resource_path
from journal_app.ui.dialogs.about_dialog import ICON_FILE, AboutDialog
from journal_app.ui.main_window import MainWindow


def _text(dialog: AboutDialog) -> str:
    html = " ".join(label.text() for label in dialog.findChildren(QLabel))
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_help_about_opens_the_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[AboutDialog] = []

    def keep(dialog: AboutDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(AboutDialog, "exec", keep)
    window.about_action.trigger()
    [dialog] = opened
    assert dialog.parent() is window
    assert dialog.windowTitle() == "About Relief Journal"


def test_it_says_version_licence_sources_and_disclaimer(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = _text(dialog)
    assert f"Version {__version__}" in text
    assert "MIT licence" in text
    license_file = resource_path().parent / "LICENSE"
    copyright_line = next(
        line for line in license_file.read_text().splitlines() if "Copyright" in line
    )
    assert copyright_line.removeprefix("Copyright (c) ") in text.replace("© ", "")
    for source in (
        "patient guidance on botulinum toxin treatment",
        "neutralising antibodies",
        "ICHD-3",
        "NICE TA260",
    ):
        assert source in text
    assert "not medical advice" in text
    assert "never uses the network" in text


def test_the_icon_is_the_apps_own_and_sharp(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    pixmap = dialog.icon_label.pixmap()
    assert not pixmap.isNull()
    shown = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    source = QImage(str(resource_path(*ICON_FILE))).convertToFormat(QImage.Format.Format_ARGB32)
    assert not source.isNull()
    assert pixmap.width() / pixmap.devicePixelRatio() == 96
    # The same picture, scaled: a grid of sample points has the same colours in both.
    scaled = source.scaled(
        shown.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    steps = range(1, 6)
    points = [(shown.width() * i // 6, shown.height() * j // 6) for i in steps for j in steps]
    difference = sum(
        abs(shown.pixelColor(x, y).red() - scaled.pixelColor(x, y).red())
        + abs(shown.pixelColor(x, y).blue() - scaled.pixelColor(x, y).blue())
        for x, y in points
    )
    assert difference / len(points) < 30
    assert dialog.icon_label.accessibleName() == "Relief Journal icon"
