"""Relief Journal's own start-up, as app.run_window does it, on the journal named in argv.

Prints "shown" once the window is on screen (the §8 bar), then "ready" once the journal is
loaded and its first view drawn, each with the process's peak memory.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.child_report import report
from journal_app.app import build_window
from journal_app.settings import Settings

journal, settings_file = Path(sys.argv[1]), sys.argv[2]
app = QApplication(sys.argv[:1])
window = build_window(app, Settings(QSettings(settings_file, QSettings.Format.IniFormat)))
window.show()
report("shown", app, window)
window.open_journal(journal)
if os.environ.get("BENCH_ALL_VIEWS"):
    window.show_every_view()
report("ready", app, window)
