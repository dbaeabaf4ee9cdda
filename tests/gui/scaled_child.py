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
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

QStandardPaths.setTestModeEnabled(True)

from journal_app.app import configure_application  # noqa: E402
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
                "dialogs": dialogs,
            }
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
