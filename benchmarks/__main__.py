"""Run every benchmark, print the table and record it in docs/performance.md."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks import csv_import, pdf_report, saving, startup
from benchmarks.journal import describe, make_journal
from benchmarks.results import HEADER, write_report

REPORT = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="relief-bench-") as folder:
        scratch = Path(folder)
        journal = make_journal(scratch)
        what = describe(journal)
        print(f"Benchmark journal: {what}.", flush=True)
        results = []
        for bench in (startup, saving, csv_import, pdf_report):
            for result in bench.measure(journal, scratch):
                print(result.row(), flush=True)
                results.append(result)
    print()
    print(HEADER)
    for result in results:
        print(result.row())
    notes = [f"The journal: {what} (journal_app.domain.demo, seed 7)."]
    write_report(results, REPORT, notes)
    print(f"\nRecorded in {REPORT}.")
    return 0 if all(result.passed for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
