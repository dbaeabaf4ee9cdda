"""cycles.csv and monthly.csv on a small journal whose numbers were worked out by hand."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from journal_app.cli import main
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
)
from journal_app.domain.windows import default_windows
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

D = dt.date(2026, 3, 1)


def _journal(path: Path) -> None:
    """Spasm 6 on the 28 days before D, then 2 on D+1 … D+30; two headache days in March."""
    days: dict[dt.date, Entry] = {}
    for offset in range(1, 29):
        day = D - dt.timedelta(days=offset)
        days[day] = Entry(day, spasm_severity=6)
    for offset in range(1, 31):
        day = D + dt.timedelta(days=offset)
        days[day] = Entry(day, spasm_severity=2)
    days[dt.date(2026, 3, 5)] = Entry(
        dt.date(2026, 3, 5),
        spasm_severity=2,
        headache_severity=3,
        medication=(MedicationDose(MedicationClass.TRIPTAN, 1),),
    )
    days[dt.date(2026, 3, 6)] = Entry(dt.date(2026, 3, 6), spasm_severity=2, headache_severity=0)
    injection = Injection(
        D,
        Product.ABOBOTULINUMTOXIN_A,
        500,
        Indication.CERVICAL_DYSTONIA,
        default_windows(Indication.CERVICAL_DYSTONIA),
    )
    repo = JournalRepository(open_journal(path, create=True))
    repo.import_records(sorted(days.values(), key=lambda e: e.day), [injection], replace=False)
    repo.close()


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_cycles_and_monthly_csv(tmp_path: Path, journal_path: Path) -> None:
    _journal(journal_path)
    out = tmp_path / "out"
    assert main(["export-csv", "--journal", str(journal_path), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "cycles.csv",
        "entries.csv",
        "injections.csv",
        "monthly.csv",
    ]
    # Baseline 6; improved means a 7-day mean ≤ 4.2. At D+2 the window holds four 6s and two 2s
    # (4.67, not improved); at D+3 three of each (4.0): onset day 3, before the 7–28 window.
    # Peak (6 − 2) / 6 = 66.7 %; the last logged day is D+30, so the cycle has 30 days.
    spasm, headache = _rows(out / "cycles.csv")
    assert spasm == {
        "injection_date": "2026-03-01",
        "indication": "cervical_dystonia",
        "product": "abobotulinumtoxinA",
        "units": "500",
        "metric": "spasm",
        "cycle_days": "30",
        "baseline": "6.00",
        "onset_day": "3",
        "onset_status": "early",
        "peak_improvement_pct": "66.7",
        "wear_off_day": "",
    }
    # No headache was logged before the injection: no baseline, nothing detected.
    assert headache["metric"] == "headache"
    assert headache["baseline"] == headache["onset_day"] == headache["wear_off_day"] == ""
    assert headache["onset_status"] == "not_detected"

    february, march = _rows(out / "monthly.csv")
    assert february["month"] == "2026-02" and february["logged_days"] == "0"
    assert march["month"] == "2026-03"
    assert (march["logged_days"], march["headache_days"], march["triptan_days"]) == ("2", "1", "1")
    assert march["simple_analgesic_days"] == "0"


def test_analysis_files_are_not_importable(tmp_path: Path, journal_path: Path, capsys) -> None:
    _journal(journal_path)
    out = tmp_path / "out"
    assert main(["export-csv", "--journal", str(journal_path), "--out", str(out)]) == 0
    fresh = tmp_path / "fresh.sqlite"
    assert main(["import-csv", "--journal", str(fresh), str(out / "cycles.csv")]) == 2
    assert "cycles.csv:1:" in capsys.readouterr().err
