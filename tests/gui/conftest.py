"""GUI test set-up: test-mode standard paths, app names, settings and journals per test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from journal_app import i18n
from journal_app.app import configure_application
from journal_app.domain.models import Entry, Injection
from journal_app.services.journal import JournalService
from journal_app.settings import Settings
from journal_app.ui.main_window import MainWindow

# Keep tests out of the real user's data and settings folders.
QStandardPaths.setTestModeEnabled(True)

TODAY = dt.date(2026, 11, 21)


@pytest.fixture(autouse=True, scope="session")
def _application_names(qapp: QApplication) -> None:
    configure_application(qapp)


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The language given as the test's indirect parameter, installed for the test."""
    previous = QLocale()
    code = i18n.install_translators(qapp, request.param)
    yield code
    i18n.uninstall_translators(qapp)
    QLocale.setDefault(previous)


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def service(journal_path: Path) -> Iterator[JournalService]:
    opened = JournalService.open(journal_path, create=True, clock=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, settings: Settings, journal_path: Path) -> MainWindow:
    main_window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(main_window)
    assert main_window.open_journal(journal_path, create=True)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question left open would hang a headless test: answer "Discard" unless a test says."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> QPalette:
    """The test runs once with the light theme's palette and once with the dark's: set on the
    widget under test only, so that no other test's widgets are repolished."""
    from journal_app.ui.theme import dark_palette, light_palette

    return light_palette() if request.param == "light" else dark_palette()


@pytest.fixture
def hand_made(journal_path: Path) -> Iterator[Callable[..., JournalService]]:
    """Opens a journal written with the given entries and injections (see journals.py)."""
    from .journals import write_journal

    opened: list[JournalService] = []

    def make(
        entries: Sequence[Entry], injections: Sequence[Injection], *, read_only: bool = False
    ) -> JournalService:
        write_journal(journal_path, entries, injections)
        service = JournalService.open(journal_path, read_only=read_only, clock=lambda: TODAY)
        opened.append(service)
        return service

    yield make
    for service in opened:
        service.close()
