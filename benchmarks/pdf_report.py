"""The clinician PDF of the 20-year journal, as `export-pdf` makes it (§8: under 5 s)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.results import Result

REPEATS = 3


def measure(journal: Path, scratch: Path) -> list[Result]:
    times = []
    for n in range(REPEATS):
        out = scratch / f"report-{n}.pdf"
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "main.py", "export-pdf", "--journal", str(journal), "--out", str(out)],
            check=True,
            capture_output=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        times.append((time.perf_counter() - start) * 1000)
    return [
        Result(
            "PDF report of 20 years (export-pdf, whole process)",
            statistics.median(times),
            "ms",
            limit=5000,
        )
    ]
