"""Settings live under the app's own name, for `python main.py` and the installed command alike,
and settings saved under Qt's default names by earlier versions are carried over."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import sys
sys.argv[0] = {script!r}
from PySide6.QtWidgets import QApplication
from journal_app.settings import Settings
app = QApplication(sys.argv[:1])  # not named yet: Settings must not depend on it
settings = Settings()
settings.carry_over_legacy()
print(settings.file_name())
print(settings.theme())
"""


def _settings_seen(home: Path, script: str) -> list[str]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(script=script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.splitlines()[-2:]


@pytest.mark.parametrize("script", ["main.py", "relief-journal"])
def test_settings_go_under_the_apps_own_name(tmp_path: Path, script: str) -> None:
    file_name, theme = _settings_seen(tmp_path, script)
    assert file_name == str(tmp_path / "config" / "Relief Journal" / "Relief Journal.conf")
    assert theme == "system"


def test_settings_of_an_earlier_version_are_carried_over(tmp_path: Path) -> None:
    legacy = tmp_path / "config" / "Unknown Organization" / "main.py.conf"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[ui]\ntheme=dark\n")
    file_name, theme = _settings_seen(tmp_path, "relief-journal")
    assert theme == "dark"
    assert "theme=dark" in Path(file_name).read_text()
    assert legacy.read_text() == "[ui]\ntheme=dark\n"  # left as it was
    legacy.write_text("[ui]\ntheme=light\n")  # carried over once, not again
    assert _settings_seen(tmp_path, "main.py")[1] == "dark"
