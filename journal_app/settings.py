"""Typed access to the app's QSettings, with every default in one table. No patient data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8

DEFAULTS: dict[str, Any] = {
    "files/recent": [],
    "files/last_journal": "",
    "ui/theme": "system",
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
}


class Settings:
    """The preferences and window state of this user, kept apart from any journal."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings()

    def _get(self, key: str) -> Any:
        value = self._q.value(key, DEFAULTS[key])
        return DEFAULTS[key] if value is None else value

    def recent_journals(self) -> list[Path]:
        value = self._get("files/recent")
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(item) for item in items if item]

    def add_recent_journal(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_journals() if p != path]
        self._q.setValue("files/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def remove_recent_journal(self, path: Path) -> None:
        recent = [p for p in self.recent_journals() if p != path.resolve()]
        self._q.setValue("files/recent", [str(p) for p in recent])

    def last_journal(self) -> Path | None:
        value = self._get("files/last_journal")
        return Path(value) if value else None

    def set_last_journal(self, path: Path) -> None:
        self._q.setValue("files/last_journal", str(path.resolve()))

    def theme(self) -> str:
        return str(self._get("ui/theme"))

    def set_theme(self, theme: str) -> None:
        self._q.setValue("ui/theme", theme)

    def window_geometry(self) -> QByteArray:
        return QByteArray(self._get("window/geometry"))

    def window_state(self) -> QByteArray:
        return QByteArray(self._get("window/state"))

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)
