"""Start-up: parse the command line, then either run a subcommand or open the window."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__, cli
from journal_app.autostart import TRAY_OPTION

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from journal_app.settings import Settings
    from journal_app.ui.main_window import MainWindow

#: The reverse-DNS id naming resources/linux/*.desktop, the AppStream metainfo and the icon.
DESKTOP_ID = "io.github.relief_journal.ReliefJournal"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # --tray (the autostart entry's): start with the window closed, for the reminders.
    in_tray = TRAY_OPTION in arguments
    args = cli.parse_args([a for a in arguments if a != TRAY_OPTION])
    if args.command is not None:
        return cli.run(args)
    return run_window(args.journal, read_only=args.read_only, in_tray=in_tray)


def configure_application(app: object) -> None:
    """Names that decide where QSettings and the data folder live."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from journal_app.paths import resource_path

    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland matches windows to the .desktop file by it
    icon = resource_path("icons", "hicolor", "scalable", "apps", f"{DESKTOP_ID}.svg")
    app.setWindowIcon(QIcon(str(icon)))


def build_window(app: QApplication, settings: Settings) -> MainWindow:
    """Everything up to the main window, in the order start-up needs (the benchmarks too)."""
    from journal_app.i18n import install_translators
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.theme import apply_theme

    configure_application(app)
    # Before any window exists: widgets translate their texts as they are built.
    install_translators(app, settings.language())
    apply_theme(app, settings.theme())
    return MainWindow(settings)


def run_window(journal: Path | None, *, read_only: bool = False, in_tray: bool = False) -> int:
    # Qt is imported here, not at module level, so that subcommands start without it.
    from PySide6.QtWidgets import QApplication

    from journal_app.paths import default_journal_path
    from journal_app.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)  # named before QSettings is first used
    settings = Settings()
    settings.carry_over_legacy()
    window = build_window(app, settings)
    path = journal if journal is not None else default_journal_path()
    first_run = journal is None and not path.exists()

    def show_window() -> None:
        window.show()
        window.raise_()
        window.activateWindow()
        if window.service is None:
            # The window is on screen before the journal (and SQLite's libraries) load.
            app.processEvents()
            window.open_journal(path, read_only=read_only, create=not read_only)
            if first_run:
                window.offer_demo()

    tray = start_reminders(app, window, settings, path, show_window)
    if not (in_tray and tray):
        show_window()
    return app.exec()


def start_reminders(
    app: QApplication, window: MainWindow, settings: Settings, path: Path, show: Callable[[], None]
) -> bool:
    """The tray icon and the reminder clock, while a reminder is on; True if they run.

    With them, closing the window leaves the app in the tray, reminding.
    """
    import datetime as dt

    from journal_app.ui.notifications import (
        ReminderFacts,
        ReminderScheduler,
        facts_of,
        facts_of_file,
    )
    from journal_app.ui.tray import TrayNotifier

    if not (settings.daily_reminder() or settings.reinjection_reminder()):
        return False
    if not TrayNotifier.available():
        return False

    def facts(today: dt.date) -> ReminderFacts | None:
        if window.service is not None:
            return facts_of(window.service, today)
        latest = settings.recent_journals()
        return facts_of_file(latest[0] if latest else path, today)

    tray = TrayNotifier(app, show)
    tray.show()
    scheduler = ReminderScheduler(settings, tray, facts, app)
    scheduler.start()
    app.setQuitOnLastWindowClosed(False)
    return True
