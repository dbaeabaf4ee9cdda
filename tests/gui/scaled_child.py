"""Run by test_scaling.py in its own process: the app on a screen of a given size and scale.

Prints one JSON object: the screen, the main window on every tab, and every dialog it opens,
each with its frame and minimum size. Qt reads the screen and scale factor when it starts, so
each scale needs a process of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QWidget,
)

QStandardPaths.setTestModeEnabled(True)

from journal_app.app import configure_application  # noqa: E402
from journal_app.domain.checkins import Goal  # noqa: E402
from journal_app.domain.models import Indication, Injection, Product  # noqa: E402
from journal_app.domain.windows import default_windows  # noqa: E402
from journal_app.services.demo import create_demo_journal  # noqa: E402
from journal_app.settings import Settings  # noqa: E402
from journal_app.ui.main_window import MainWindow  # noqa: E402
from journal_app.ui.theme import apply_theme  # noqa: E402

TODAY = dt.date(2026, 11, 21)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def measure(widget: QWidget, name: str) -> dict[str, object]:
    QCoreApplication.processEvents()
    hint = widget.minimumSizeHint()
    shot = os.environ.get("SHOT_DIR")
    if shot:
        widget.grab().save(str(Path(shot) / f"{name}.png"))
    return {
        "name": name,
        "frame": rect(widget.frameGeometry()),
        "size": [widget.width(), widget.height()],
        "minimum": [hint.width(), hint.height()],
    }


def add_due_checkin(window: MainWindow) -> None:
    """A spasticity session whose check-in before the next injection is due, with 3 goals."""
    service = window.service
    assert service is not None
    track = Indication.SPASTICITY
    day = TODAY - dt.timedelta(days=110)
    service.record_injection(
        Injection(day, Product.ONABOTULINUMTOXIN_A, 300, track, default_windows(track))
    )
    goals = ("walk to the shop without my stick", "open my hand to hold a cup", "dress myself")
    service.save_goals(track, [Goal(track, text) for text in goals])


def main(folder: Path, theme: str) -> None:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    apply_theme(app, theme)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    # A window saved on a large screen at 200%: 2200 × 1520 must not overflow this one.
    large = QMainWindow()
    large.setGeometry(0, 0, 2200, 1520)
    settings.save_window(large.saveGeometry(), large.saveState())
    journal = folder / "demo.sqlite"
    create_demo_journal(journal, TODAY)
    window = MainWindow(settings, clock=lambda: TODAY)
    assert window.open_journal(journal)
    add_due_checkin(window)
    window.show()
    QCoreApplication.processEvents()
    screen = window.screen().availableGeometry()
    views = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        views.append(measure(window, f"window-{window.tabs.tabText(index)}"))
    window.tabs.setCurrentIndex(0)
    QCoreApplication.processEvents()
    save = window.today_page.form.save_button
    save_rect = QRect(save.mapTo(window, save.rect().topLeft()), save.size())
    card = window.today_page.checkin_card
    assert card.slot is not None and len(card.goal_ratings) == 3
    buttons = [b for b in card.findChildren(QPushButton) if b.isVisibleTo(card)]
    # Every button of the card shows its whole text; Save check-in scrolls into view.
    squeezed = [b.text() for b in buttons if b.width() < b.sizeHint().width()]
    around = card.parentWidget()
    while around is not None and not isinstance(around, QScrollArea):
        around = around.parentWidget()
    if around is not None:  # the notices scroll in a small window
        around.ensureWidgetVisible(card.save_button)
    QCoreApplication.processEvents()
    card_save = card.save_button
    card_save_rect = QRect(card_save.mapTo(window, card_save.rect().topLeft()), card_save.size())

    dialogs: list[dict[str, object]] = []

    def shown(dialog: QDialog) -> int:
        dialog.show()
        dialogs.append(measure(dialog, type(dialog).__name__))
        dialog.hide()
        return 0

    QDialog.exec = shown  # type: ignore[method-assign]
    window.record_injection()
    window.edit_profile()
    window.export_report()
    window.restore_from_backup()
    window.edit_entry(window.service.entries()[-1])
    window.show_preferences()
    window.show_about()
    window.show_shortcuts()
    window.edit_goals()
    for name in ("show_user_guide", "show_onset_help", "new_journal_dialog", "open_dialog"):
        opener = getattr(window, name, None) or getattr(window.files, name, None)
        if opener is not None:
            opener()
    print(
        json.dumps(
            {
                "screen": rect(screen),
                "views": views,
                "save": rect(save_rect),
                "save_visible": not save.visibleRegion().isEmpty(),
                "window": rect(window.rect()),
                "card_squeezed": squeezed,
                "card_save": rect(card_save_rect),
                "card_save_visible": not card_save.visibleRegion().isEmpty(),
                "dialogs": dialogs,
            }
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
