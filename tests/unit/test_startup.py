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
