"""GUI test set-up: test-mode standard paths, app names, settings and journals per test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from journal_app.app import configure_application
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
