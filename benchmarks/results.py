"""A measured result, how it compares with its bar, and the report written to docs/."""

from __future__ import annotations

import datetime as dt
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Result:
    """One bar of §8: a measurement, its floor (if the bar is a ratio) and the limit."""

    name: str
    value: float
    unit: str
    limit: float
    floor: float | None = None  # the bare-library measurement a ratio is taken against

    @property
    def ratio(self) -> float | None:
        return None if self.floor is None else self.value / self.floor

    @property
    def measured(self) -> float:
        """What is held against the limit: the ratio when there is a floor, else the value."""
        return self.ratio if self.ratio is not None else self.value

    @property
    def passed(self) -> bool:
        return self.measured <= self.limit

    def row(self) -> str:
        floor = "—" if self.floor is None else f"{self.floor:.1f} {self.unit}"
        ratio = "—" if self.ratio is None else f"{self.ratio:.2f}×"
        limit = f"≤ {self.limit:g}×" if self.floor is not None else f"< {self.limit:g} {self.unit}"
        verdict = "pass" if self.passed else "FAIL"
        cells = (self.name, f"{self.value:.1f} {self.unit}", floor, ratio, limit, verdict)
        return "| " + " | ".join(cells) + " |"


def median_ms(action: Callable[[], object], repeats: int) -> float:
    """The median wall time of ``action`` in milliseconds (medians resist a noisy machine)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


HEADER = (
    "| measurement | value | floor | ratio | bar | verdict |\n| --- | --- | --- | --- | --- | --- |"
)


def write_report(results: list[Result], path: Path, notes: list[str]) -> None:
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (benchmarks/); do not edit by hand. These machines are noisy, so",
        "each bar that §8 states as a ratio is measured against its floor in the same run, and",
        "every figure is a median of repeated runs.",
        "",
        f"Last run: {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} on {platform.platform()}, "
        f"Python {platform.python_version()}.",
        "",
        HEADER,
        *(result.row() for result in results),
        "",
        *notes,
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
