"""The FHIR export of the 20-year journal, as `export-fhir` makes it (issue 12: under 3 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.results import Result, median_ms

REPEATS = 3
ROOT = Path(__file__).resolve().parent.parent


def measure(journal: Path, scratch: Path) -> list[Result]:
    command = [sys.executable, "main.py", "export-fhir", "--journal", str(journal)]
    out = scratch / "clinic.json"

    def export() -> None:
        subprocess.run([*command, "--out", str(out)], check=True, capture_output=True, cwd=ROOT)

    name = "FHIR export of 20 years (export-fhir, whole process)"
    return [Result(name, median_ms(export, REPEATS), "ms", limit=3000)]
