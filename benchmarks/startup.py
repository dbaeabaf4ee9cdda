"""Start-up to the window shown (app vs bare PySide6), the journal ready, and memory."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.results import Result

REPEATS = 9


def _run_child(module: str, *args: str, env: dict[str, str] | None = None) -> dict[str, tuple]:
    """For each line the child prints ("shown", "ready"): ms since spawning it, and its MB."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    assert child.stdout is not None
    marks = {}
    for line in child.stdout:
        word, memory = line.split()
        marks[word] = ((time.perf_counter() - start) * 1000, float(memory))
    if child.wait(timeout=60) != 0 or "shown" not in marks:
        raise RuntimeError(f"{module} failed: {marks}")
    return marks


def _compile_bytecode() -> None:
    """Start from bytecode, as an installed or frozen copy does: a machine that sets
    PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start."""
    root = Path(__file__).resolve().parent.parent
    for package in ("journal_app", "benchmarks"):
        compileall.compile_dir(root / package, quiet=1)


def measure(journal: Path, scratch: Path) -> list[Result]:
    _compile_bytecode()
    settings = str(scratch / "bench-settings.ini")
    bare, shown, ready = [], [], []
    for _ in range(REPEATS):  # interleaved, so that a busy moment hits both alike
        bare.append(_run_child("benchmarks.child_bare_window")["shown"][0])
        marks = _run_child("benchmarks.child_app_window", str(journal), settings)
        shown.append(marks["shown"][0])
        ready.append(marks["ready"][0])
    every_view = _run_child(
        "benchmarks.child_app_window", str(journal), settings, env={"BENCH_ALL_VIEWS": "1"}
    )
    return [
        Result(
            "start-up to the window shown (20-year journal)",
            statistics.median(shown),
            "ms",
            limit=1.5,
            floor=statistics.median(bare),
        ),
        Result(
            "start-up to the 20-year journal loaded and drawn",
            statistics.median(ready),
            "ms",
            limit=1000,
        ),
        Result(
            "memory, 20-year journal open, every view shown",
            every_view["ready"][1],
            "MB",
            limit=250,
        ),
    ]
