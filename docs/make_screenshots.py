"""Screenshots of the app for the README and the user guide, made from the app itself.

Run with `make screenshots`. It generates a demo journal, opens it offscreen and saves every
view and dialog into docs/screenshots/: the light theme, a dark set (``*-dark.png``), then, in a
second run of itself at QT_SCALE_FACTOR=2 on a screen the size of a 1080p monitor (960 × 540 at
200%), the ``*-200.png`` set. ``--language es`` writes the same pictures in Spanish, prefixed
``es-``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

#: The offscreen screen: a 1080p monitor. At 200% it offers 960 × 540.
SCREEN_PIXELS = (1920, 1080)


def _offscreen_with_a_real_screen() -> None:
    """Qt's offscreen screen is 800 × 800; dialogs may take at most 2/3 of a screen's height."""
    if "QT_QPA_PLATFORM" in os.environ:
        return
    width, height = SCREEN_PIXELS
    config = {"screens": [{"name": "1080p", "width": width, "height": height, "logicalDpi": 96}]}
    path = Path(tempfile.gettempdir()) / "relief-journal-screenshots-screen.json"
    path.write_text(json.dumps(config))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"


_offscreen_with_a_real_screen()

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from journal_app.app import configure_application  # noqa: E402
from journal_app.i18n import install_translators  # noqa: E402
from journal_app.services.demo import create_demo_journal  # noqa: E402
from journal_app.settings import Settings  # noqa: E402
from journal_app.storage.backups import (  # noqa: E402
    BackupReason,
    list_backups,
    take_backup,
    utc_now,
)
from journal_app.storage.db import open_journal  # noqa: E402
from journal_app.ui.dialogs.about_dialog import AboutDialog  # noqa: E402
from journal_app.ui.dialogs.injection_dialog import InjectionDialog  # noqa: E402
from journal_app.ui.dialogs.preferences_dialog import PreferencesDialog  # noqa: E402
from journal_app.ui.dialogs.profile_dialog import ProfileDialog  # noqa: E402
from journal_app.ui.dialogs.report_dialog import ReportDialog  # noqa: E402
from journal_app.ui.dialogs.restore_dialog import RestoreDialog  # noqa: E402
from journal_app.ui.main_window import MainWindow  # noqa: E402
from journal_app.ui.theme import Theme, apply_theme  # noqa: E402
from journal_app.ui.widgets.trends_page import TrendsPage, TrendsView  # noqa: E402

TODAY = dt.date(2026, 11, 21)
OUT = Path(__file__).resolve().parent / "screenshots"
#: The window of the README and the metainfo (their width and height are checked by a test).
SIZE = (1180, 800)
#: The whole of a 1080p screen at 200%, in device-independent pixels.
SIZE_AT_200 = (960, 540)
TRENDS_FILES = {
    TrendsView.TIMELINE: "timeline",
    TrendsView.OVERLAY: "overlay",
    TrendsView.MONTHLY: "monthly",
    TrendsView.CALENDAR: "calendar",
}


class Shooter:
    """Saves widgets as PNG files named ``<prefix><name><suffix>.png``."""

    def __init__(self, prefix: str, suffix: str = "") -> None:
        self.prefix, self.suffix = prefix, suffix

    def save(self, widget: QWidget, name: str) -> None:
        QApplication.processEvents()
        path = OUT / f"{self.prefix}{name}{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        print(path.relative_to(OUT.parent.parent))

    def dialog(self, dialog: QDialog, name: str) -> None:
        dialog.show()
        self.save(dialog, name)
        dialog.close()


def _window(folder: Path, size: tuple[int, int]) -> MainWindow:
    journal = folder / "demo.sqlite"
    if not journal.exists():
        create_demo_journal(journal, TODAY)
        _earlier_backups(journal)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, clock=lambda: TODAY)
    window.resize(*size)
    window.show()
    if not window.open_journal(journal):
        raise RuntimeError(f"could not open {journal}")
    return window


def _earlier_backups(journal: Path) -> None:
    """A few days of automatic backups, for the restore dialog to list."""
    db = open_journal(journal, read_only=True)
    try:
        for days in (1, 2, 6, 13):
            moment = utc_now() - dt.timedelta(days=days, hours=3)
            take_backup(db, journal, BackupReason.DAILY, now=moment)
    finally:
        db.close()


def _trends(window: MainWindow) -> TrendsPage:
    assert window.trends_tab is not None
    window.tabs.setCurrentWidget(window.trends_tab)
    page = window.trends_tab.ensure_built()
    assert isinstance(page, TrendsPage)
    return page


def _main_views(window: MainWindow, shoot: Shooter) -> None:
    window.tabs.setCurrentWidget(window.today_page)
    shoot.save(window, "today")
    window.tabs.setCurrentWidget(window.journal_page)
    shoot.save(window, "journal")
    trends = _trends(window)
    trends.set_current_view(TrendsView.TIMELINE)
    shoot.save(window, "trends")


def _trends_views(window: MainWindow, shoot: Shooter) -> None:
    trends = _trends(window)
    for view, name in TRENDS_FILES.items():
        trends.set_current_view(view)
        shoot.save(trends, name)
    trends.set_current_view(TrendsView.TIMELINE)


def _dialogs(window: MainWindow, shoot: Shooter) -> None:
    service = window.service
    assert service is not None
    shoot.dialog(
        InjectionDialog(
            window, today=TODAY, existing=service.injections(), windows_for=service.default_windows
        ),
        "injection-dialog",
    )
    shoot.dialog(ProfileDialog(window, service.profile(), TODAY), "profile-dialog")
    shoot.dialog(ReportDialog(service, window), "report-dialog")
    shoot.dialog(RestoreDialog(window, service.path, list_backups(service.path)), "restore-dialog")
    preferences = PreferencesDialog(window, window.settings)
    for page, name in (
        (preferences.windows_page, "preferences-dialog"),
        (preferences.appearance_page, "preferences-appearance"),
        (preferences.backups_page, "preferences-backups"),
    ):
        preferences.tabs.setCurrentWidget(page)
        shoot.dialog(preferences, name)
    shoot.dialog(AboutDialog(window), "about-dialog")


def _application(language: str | None) -> QApplication:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    if language:
        install_translators(app, language)
    apply_theme(app, Theme.SYSTEM)
    return app


def shoot_at_100_percent(language: str | None) -> None:
    app = _application(language)
    prefix = f"{language}-" if language else ""
    with tempfile.TemporaryDirectory() as folder:
        window = _window(Path(folder), SIZE)
        window.show_every_view()
        _main_views(window, Shooter(prefix))
        _trends_views(window, Shooter(prefix))
        _dialogs(window, Shooter(prefix))
        apply_theme(app, Theme.DARK)
        QCoreApplication.processEvents()
        dark = Shooter(prefix, "-dark")
        window.tabs.setCurrentWidget(window.today_page)
        dark.save(window, "today")
        _trends_views(window, dark)
        dark.dialog(PreferencesDialog(window, window.settings), "preferences-dialog")
        apply_theme(app, Theme.SYSTEM)
        window.close()


def shoot_at_200_percent(language: str | None) -> None:
    _application(language)
    shoot = Shooter(f"{language}-" if language else "", "-200")
    with tempfile.TemporaryDirectory() as folder:
        window = _window(Path(folder), SIZE_AT_200)
        window.show_every_view()
        _main_views(window, shoot)
        service = window.service
        assert service is not None
        shoot.dialog(
            InjectionDialog(
                window,
                today=TODAY,
                existing=service.injections(),
                windows_for=service.default_windows,
            ),
            "injection-dialog",
        )
        shoot.dialog(PreferencesDialog(window, window.settings), "preferences-dialog")
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", help="a language code of journal_app.i18n, e.g. es")
    parser.add_argument("--scaled", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.scaled:
        shoot_at_200_percent(args.language)
        return 0
    shoot_at_100_percent(args.language)
    # The scale factor is read once, when Qt starts: the 200% set needs a process of its own.
    command = [sys.executable, __file__, "--scaled"]
    if args.language:
        command += ["--language", args.language]
    return subprocess.run(command, env={**os.environ, "QT_SCALE_FACTOR": "2"}).returncode


if __name__ == "__main__":
    sys.exit(main())
