"""Start-up stays light: neither the command line nor the first window needs pyqtgraph."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint(' '.join(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return set(result.stdout.split())


def test_command_line_imports_no_qt() -> None:
    modules = _modules_after(
        "from journal_app import app, cli; cli.parse_args(['check', '--journal', 'x'])"
    )
    assert not any(name.startswith("PySide6") for name in modules)


def test_the_main_window_opens_without_pyqtgraph(tmp_path) -> None:
    modules = _modules_after(
        f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from journal_app.settings import Settings
        from journal_app.ui.main_window import MainWindow
        settings = Settings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
        window = MainWindow(settings)
        assert window.open_journal(Path({str(tmp_path / "j.sqlite")!r}), create=True)
        window.show()
        app.processEvents()
        """
    )
    assert "journal_app.ui.main_window" in modules
    assert "pyqtgraph" not in modules


def test_nothing_heavy_comes_before_the_window_is_shown(tmp_path) -> None:
    """§8's start-up bar: until the window is on screen, no SQLite, no domain, and none of
    the big enum sets PySide builds on first touch (the Qt namespace's ~100, QStyle's)."""
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from journal_app.app import build_window
        from journal_app.settings import Settings
        app = QApplication([])
        ini = {str(tmp_path / "s.ini")!r}
        window = build_window(app, Settings(QSettings(ini, QSettings.Format.IniFormat)))
        window.show()
        app.processEvents()
        touched = [
            *(name for name in ("Qt", "QEvent") if name in vars(PySide6.QtCore)),
            *(name for name in ("QStyle",) if name in vars(PySide6.QtWidgets)),
            *(name for name in sys.modules if name.startswith("journal_app.domain")),
            *(name for name in ("sqlite3", "sqlite_utils") if name in sys.modules),
        ]
        print(" ".join(touched))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.split() == []


def test_opening_a_journal_loads_no_numpy_yet_the_charts_still_can(tmp_path) -> None:
    """sqlite-utils would import numpy (~100 ms) for nothing the journal uses; only the
    charts need it, and they must still get it afterwards."""
    modules = _modules_after(
        f"""
        from pathlib import Path
        from journal_app.storage.db import open_journal
        open_journal(Path({str(tmp_path / "j.sqlite")!r}), create=True).close()
        import sys
        assert "numpy" not in sys.modules, "numpy was loaded by opening a journal"
        import numpy, pyqtgraph
        assert numpy.arange(3).sum() == 3
        """
    )
    assert "sqlite_utils" in modules and "numpy" in modules
