"""Screenshots of the app for the README and the user guide, made from the app itself.

Run with `make screenshots`: it opens a freshly generated demo journal offscreen and saves
each view into docs/screenshots/.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journal_app.app import configure_application
from journal_app.services.demo import create_demo_journal
from journal_app.settings import Settings
from journal_app.ui.dialogs.injection_dialog import InjectionDialog
from journal_app.ui.dialogs.profile_dialog import ProfileDialog
from journal_app.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 21)
OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1180, 800)


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"docs/screenshots/{name}.png")


def _dialog(dialog: QDialog, name: str) -> None:
    dialog.show()
    _save(dialog, name)
    dialog.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        journal = Path(folder) / "demo.sqlite"
        create_demo_journal(journal, TODAY)
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, clock=lambda: TODAY)
        window.resize(*SIZE)
        window.show()
        window.open_journal(journal)
        service = window.service
        assert service is not None
        names = {0: "today", 1: "journal"}
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            _save(window, names.get(index, window.tabs.tabText(index).lower().replace("&", "")))
        _dialog(
            InjectionDialog(
                window,
                today=TODAY,
                existing=service.injections(),
                windows_for=service.default_windows,
            ),
            "injection-dialog",
        )
        _dialog(ProfileDialog(window, service.profile(), TODAY), "profile-dialog")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
