"""Where things live: the data folder, the default journal and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from journal_app import APP_NAME

DEFAULT_JOURNAL_NAME = "journal.relief.sqlite"
DEMO_JOURNAL_NAME = "demo.relief.sqlite"
#: Overrides the data folder (tests, portable installs).
DATA_FOLDER_VARIABLE = "RELIEF_JOURNAL_DATA"


def data_folder() -> Path:
    """The platform's application data folder (e.g. ~/.local/share/Relief Journal)."""
    if override := os.environ.get(DATA_FOLDER_VARIABLE):
        return Path(override)
    # The generic location plus our name: AppLocalDataLocation would nest the organisation
    # and application names, which are the same here ("Relief Journal/Relief Journal").
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(location) / APP_NAME


def default_journal_path() -> Path:
    return data_folder() / DEFAULT_JOURNAL_NAME


def demo_journal_path() -> Path:
    return data_folder() / DEMO_JOURNAL_NAME


def resource_path(*parts: str) -> Path:
    """A file under resources/, from a source checkout or a frozen (PyInstaller) build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
