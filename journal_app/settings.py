"""Typed access to the app's QSettings, with every default in one table. No patient data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from journal_app import APP_NAME, ORG_NAME

if TYPE_CHECKING:
    from journal_app.domain.models import ExpectedWindows, Indication

# The domain (the injection windows) is imported only where windows are asked for: settings
# are read before the window is shown, and start-up must not wait for it.

MAX_RECENT = 8
#: Where settings went before the app named itself first: Qt's default organisation, and the
#: script's name as the application (`python main.py`, or the installed command).
LEGACY_LOCATIONS = (
    ("Unknown Organization", "main.py"),
    ("Unknown Organization", "relief-journal"),
    ("Unknown Organization", "__main__.py"),
)
THEMES = ("system", "light", "dark")

DEFAULTS: dict[str, Any] = {
    "files/recent": [],
    "files/patients": {},
    "ui/theme": "system",
    "ui/language": "system",
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    # The same counts as storage.backups.BackupPolicy's (not imported: it loads SQLite).
    "backups/daily": 7,
    "backups/weekly": 5,
    "backups/monthly": 12,
    "reminders/daily": False,
    "reminders/time": "20:00",
    "reminders/reinjection": False,
    "reminders/last_daily": "",
    "reminders/announced": [],
    "checkins/dismissed": [],
}
# Windows have no entry here: their default is the domain's for the indication (§3).


def window_fields() -> tuple[str, ...]:
    """The names of ExpectedWindows' fields, in order: one setting each per indication."""
    from dataclasses import fields

    from journal_app.domain.models import ExpectedWindows

    return tuple(field.name for field in fields(ExpectedWindows))


def _window_key(indication: Indication, name: str) -> str:
    return f"windows/{indication.value}/{name}"


class BackupRetention(NamedTuple):
    """How many daily, weekly and monthly automatic backups of a journal are kept."""

    daily: int
    weekly: int
    monthly: int


class Settings:
    """The preferences and window state of this user, kept apart from any journal."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        # The names are given here, not left to QApplication's: settings read before the
        # application is named would land under "Unknown Organization/<script name>".
        self._q = qsettings if qsettings is not None else QSettings(ORG_NAME, APP_NAME)

    def file_name(self) -> str:
        return self._q.fileName()

    def carry_over(self, old: QSettings) -> bool:
        """Copy every setting of ``old`` when this user has none yet; True if any was copied.

        The old file is left where it is.
        """
        if self._q.allKeys() or not old.allKeys():
            return False
        for key in old.allKeys():
            self._q.setValue(key, old.value(key))
        self._q.sync()
        return True

    def carry_over_legacy(self) -> bool:
        """Settings saved under Qt's default names by earlier versions, carried over once."""
        return any(
            self.carry_over(QSettings(organisation, application))
            for organisation, application in LEGACY_LOCATIONS
        )

    def _get(self, key: str, default: Any = None) -> Any:
        default = DEFAULTS[key] if default is None else default
        value = self._q.value(key, default)
        return default if value is None else value

    def _int(self, key: str, default: int | None = None) -> int:
        default = int(DEFAULTS[key]) if default is None else default
        try:
            return int(self._get(key, default))
        except (TypeError, ValueError):  # a hand-edited file
            return default

    def _set(self, key: str, value: Any, default: Any = None) -> None:
        """Store ``value``; a default is removed instead, so that a later default applies."""
        if value == (DEFAULTS[key] if default is None else default):
            self._q.remove(key)
        else:
            self._q.setValue(key, value)

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

    def patient_name(self, path: Path) -> str:
        """The patient of the journal at ``path`` when it was last open here ("" if unknown).

        Kept so that Open recent names journals by patient without opening each file; the
        name is the one the journal's own profile gives, nothing more personal.
        """
        names = self._get("files/patients")
        return str(names.get(str(path.resolve()), "")) if isinstance(names, dict) else ""

    def remember_patient(self, path: Path, name: str) -> None:
        names = self._get("files/patients")
        names = dict(names) if isinstance(names, dict) else {}
        recent = {str(p) for p in self.recent_journals()}
        names = {key: value for key, value in names.items() if key in recent}
        names[str(path.resolve())] = name
        self._q.setValue("files/patients", names)

    def theme(self) -> str:
        """One of THEMES: "system" follows the desktop's light or dark colours."""
        theme = str(self._get("ui/theme"))
        return theme if theme in THEMES else str(DEFAULTS["ui/theme"])

    def set_theme(self, theme: str) -> None:
        self._q.setValue("ui/theme", theme)

    def language(self) -> str:
        """ "system" or a language code of journal_app.i18n.LANGUAGE_NAMES."""
        return str(self._get("ui/language"))

    def set_language(self, language: str) -> None:
        self._q.setValue("ui/language", language)

    def expected_windows(self, indication: Indication) -> ExpectedWindows:
        """The windows a new injection of ``indication`` starts with (Preferences, or §3's)."""
        from journal_app.domain.models import ExpectedWindows
        from journal_app.domain.validation import windows_problems
        from journal_app.domain.windows import default_windows

        default = default_windows(indication)
        windows = ExpectedWindows(
            *(
                self._int(_window_key(indication, name), getattr(default, name))
                for name in window_fields()
            )
        )
        return default if windows_problems(windows) else windows

    def set_expected_windows(self, indication: Indication, windows: ExpectedWindows) -> None:
        from journal_app.domain.windows import default_windows

        default = default_windows(indication)
        for name in window_fields():
            key = _window_key(indication, name)
            self._set(key, getattr(windows, name), getattr(default, name))

    def backup_retention(self) -> BackupRetention:
        # At least one daily backup: the one taken today would otherwise be thinned at once.
        return BackupRetention(
            daily=max(1, self._int("backups/daily")),
            weekly=max(0, self._int("backups/weekly")),
            monthly=max(0, self._int("backups/monthly")),
        )

    def set_backup_retention(self, retention: BackupRetention) -> None:
        self._set("backups/daily", retention.daily)
        self._set("backups/weekly", retention.weekly)
        self._set("backups/monthly", retention.monthly)

    def daily_reminder(self) -> bool:
        return _flag(self._get("reminders/daily"))

    def reinjection_reminder(self) -> bool:
        return _flag(self._get("reminders/reinjection"))

    def reminder_time(self) -> dt.time:
        try:
            return dt.time.fromisoformat(str(self._get("reminders/time")))
        except ValueError:  # a hand-edited file
            return dt.time.fromisoformat(str(DEFAULTS["reminders/time"]))

    def set_reminders(self, *, daily: bool, at: dt.time, reinjection: bool) -> None:
        self._set("reminders/daily", daily)
        self._set("reminders/time", at.strftime("%H:%M"))
        self._set("reminders/reinjection", reinjection)

    def last_daily_reminder(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(str(self._get("reminders/last_daily")))
        except ValueError:
            return None

    def set_last_daily_reminder(self, day: dt.date) -> None:
        self._q.setValue("reminders/last_daily", day.isoformat())

    def announced_windows(self) -> set[dt.date]:
        value = self._get("reminders/announced")
        items = [value] if isinstance(value, str) else list(value or [])
        found = set()
        for item in items:
            try:
                found.add(dt.date.fromisoformat(str(item)))
            except ValueError:
                continue
        return found

    def add_announced_window(self, opens: dt.date) -> None:
        kept = sorted(self.announced_windows() | {opens})[-20:]
        self._q.setValue("reminders/announced", [day.isoformat() for day in kept])

    def checkin_dismissed(self, journal: Path, checkin: str, day: dt.date) -> bool:
        """Whether "Not today" was chosen on ``day`` for the check-in named ``checkin``."""
        return _dismissal(journal, checkin, day) in self._dismissals()

    def dismiss_checkin(self, journal: Path, checkin: str, day: dt.date) -> None:
        """Remember "Not today" for ``day``; dismissals of other days are dropped, as they
        no longer hide anything."""
        today = [item for item in self._dismissals() if item.endswith("|" + day.isoformat())]
        new = _dismissal(journal, checkin, day)
        self._q.setValue("checkins/dismissed", [*today, new] if new not in today else today)

    def _dismissals(self) -> list[str]:
        value = self._get("checkins/dismissed")
        return [value] if isinstance(value, str) else [str(item) for item in value or []]

    def window_geometry(self) -> QByteArray:
        return QByteArray(self._get("window/geometry"))

    def window_state(self) -> QByteArray:
        return QByteArray(self._get("window/state"))

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)


def _dismissal(journal: Path, checkin: str, day: dt.date) -> str:
    return f"{journal.resolve()}|{checkin}|{day.isoformat()}"


def _flag(value: object) -> bool:
    """A stored boolean: QSettings gives back "true"/"false" from an INI or conf file."""
    return value is True or str(value).lower() in ("true", "1")
