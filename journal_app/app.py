"""Start-up: parse the command line, then either run a subcommand or open the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__, cli

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from journal_app.settings import Settings
    from journal_app.ui.main_window import MainWindow

#: The reverse-DNS id naming resources/linux/*.desktop, the AppStream metainfo and the icon.
DESKTOP_ID = "io.github.relief_journal.ReliefJournal"


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    return run_window(args.journal, read_only=args.read_only)


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


def run_window(journal: Path | None, *, read_only: bool = False) -> int:
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
    window.show()
    # The window is on screen before the journal (and SQLite's libraries) load.
    app.processEvents()
    window.open_journal(path, read_only=read_only, create=not read_only)
    if first_run:
        window.offer_demo()
    return app.exec()
