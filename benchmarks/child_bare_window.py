"""Floor for start-up: a bare PySide6 process that shows an empty main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from benchmarks.child_report import report

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 760)
window.show()
report("shown", app, window)
