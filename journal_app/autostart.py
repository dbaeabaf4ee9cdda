"""Starting with the desktop session, so that reminders come while the window is closed.

Linux: an XDG autostart entry, ~/.config/autostart/<app id>.desktop, written only while the
patient has reminders on and removed when they turn them off.
Windows would need a shortcut in the Startup folder (shell:startup) or a value under
HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run naming the executable with --tray.
macOS would need a LaunchAgent plist in ~/Library/LaunchAgents (RunAtLoad) or, for a signed
app bundle, a login item registered with SMAppService.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from journal_app import APP_NAME

DESKTOP_ID = "io.github.relief_journal.ReliefJournal"
#: The option that starts the app in the tray, its window closed.
TRAY_OPTION = "--tray"


def autostart_folder() -> Path:
    """$XDG_CONFIG_HOME/autostart, ~/.config/autostart by default (the XDG spec's own rule)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def command() -> list[str]:
    """How this installation starts: the frozen app, the installed command, or the source."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    installed = Path(sys.executable).with_name("relief-journal")
    if installed.exists():
        return [str(installed)]
    return [sys.executable, "-m", "journal_app"]


def entry_text() -> str:
    exec_line = " ".join(shlex.quote(part) for part in [*command(), TRAY_OPTION])
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME} reminders\n"
        f"Exec={exec_line}\n"
        f"Icon={DESKTOP_ID}\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(enabled: bool, folder: Path | None = None) -> Path:
    """Write or remove the autostart entry; its path."""
    path = (folder or autostart_folder()) / f"{DESKTOP_ID}.desktop"
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(entry_text(), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return path
