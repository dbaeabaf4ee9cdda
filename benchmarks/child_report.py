"""What a benchmark child prints once its window is on screen: a word and its peak memory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def peak_rss_mb() -> float:
    """The process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report(word: str, app: QApplication, window: QWidget) -> None:
    while not window.windowHandle() or not window.windowHandle().isExposed():
        app.processEvents()
    app.processEvents()
    print(f"{word} {peak_rss_mb():.1f}", flush=True)
