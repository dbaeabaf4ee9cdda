"""The Qt binding in use keeps Python's reference counts straight across signal emits.

PySide6 6.12.0 loses a reference to True on every emit; before Python 3.12 that aborts the
process ("bool_dealloc") after about a thousand emits, which a day's use easily reaches.
pyproject.toml excludes it; this test fails if such a binding comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()
    valued = Signal(object)


def test_emitting_signals_keeps_reference_counts() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.valued.connect(received.append)
    counts = {name: sys.getrefcount(value) for name, value in (("True", True), ("None", None))}
    for _ in range(200):
        emitter.changed.emit()
        emitter.valued.emit(None)
    assert len(received) == 200
    assert sys.getrefcount(True) >= counts["True"] - 5
    assert sys.getrefcount(None) >= counts["None"] - 5
