"""Test set-up shared by every test: headless Qt, test-mode standard paths, fresh journals."""

from __future__ import annotations

import os

# Qt reads these when it loads, so they are set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RELIEF_JOURNAL_TESTING"] = "1"

from pathlib import Path

import pytest


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where a test's own journal lives; nothing is created there yet."""
    return tmp_path / "journal.sqlite"


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's data folder (default and demo journals) lives in the test's own folder."""
    folder = tmp_path / "app-data"
    monkeypatch.setenv("RELIEF_JOURNAL_DATA", str(folder))
    return folder
