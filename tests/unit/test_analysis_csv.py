"""cycles.csv and monthly.csv (§7 v2) written by export-csv from a journal worked out by hand."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from journal_app.cli import main
from journal_app.domain.analysis_rows import CYCLE_COLUMNS, MONTHLY_COLUMNS
from journal_app.domain.models import (
    Entry,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    Profile,
)
from journal_app.domain.windows import default_windows
from journal_app.storage.csv_io import ANALYSIS_MARKS
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

D1 = dt.date(2026, 1, 1)  # cervical dystonia, then again on D2
D2 = D1 + dt.timedelta(days=60)
M = D1 + dt.timedelta(days=10)  # chronic migraine
CD = Indication.CERVICAL_DYSTONIA
CM = Indication.CHRONIC_MIGRAINE


def _on(day: dt.date, product: Product, units: float, indication: Indication) -> Injection:
    return Injection(day, product, units, indication, default_windows(indication))


def _journal(path: Path) -> None:
    """Spasm logged every day from D1−28 to D2+20: 2 on days 10 … 40 after D1, else 6.

    Headache logged on M−3 … M−1 (5, 0, 5; 4 and 2 hours, a triptan and two simple analgesics)
    and 0 on M+1 … M+20; medication is recorded on those days only (the others came from a
    file without the medication column). The profile says 15 headache days a month before
    treatment.
    """
    days: dict[dt.date, Entry] = {}
    day = D1 - dt.timedelta(days=28)
    while day <= D2 + dt.timedelta(days=20):
        k = (day - D1).days
        days[day] = Entry(day, spasm_severity=2 if 10 <= k <= 40 else 6, medication_recorded=False)
        day += dt.timedelta(days=1)
    headache: dict[int, tuple[int, float | None, tuple[MedicationDose, ...]]] = {
        -3: (5, 4.0, (MedicationDose(MedicationClass.TRIPTAN, 1),)),
        -2: (0, None, ()),
        -1: (5, 2.0, (MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 2),)),
    } | {k: (0, None, ()) for k in range(1, 21)}
    for k, (severity, hours, medication) in headache.items():
        day = M + dt.timedelta(days=k)
        days[day] = Entry(
            day,
            spasm_severity=days[day].spasm_severity,
            headache_severity=severity,
            headache_hours=hours,
            medication=medication,
        )
    injections = [
        _on(D1, Product.ABOBOTULINUMTOXIN_A, 300, CD),
        _on(D1, Product.INCOBOTULINUMTOXIN_A, 100.5, CD),
        _on(M, Product.ONABOTULINUMTOXIN_A, 155, CM),
        _on(D2, Product.ABOBOTULINUMTOXIN_A, 300, CD),
    ]
    repo = JournalRepository(open_journal(path, create=True))
    try:
        repo.import_records(sorted(days.values(), key=lambda e: e.day), injections, replace=False)
        repo.save_profile(Profile("Kim", headache_days_before_treatment=15))
    finally:
        repo.close()


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture
def exported(tmp_path: Path, journal_path: Path) -> Path:
    _journal(journal_path)
    out = tmp_path / "out"
    assert main(["export-csv", "--journal", str(journal_path), "--out", str(out)]) == 0
    return out


def test_cycles_csv_has_a_row_per_track_session_in_the_v2_columns(exported: Path) -> None:
    columns, rows = _rows(exported / "cycles.csv")
    assert columns == list(CYCLE_COLUMNS)
    by_session = {(row["indication"], row["session_date"]): row for row in rows}
    assert len(rows) == len(by_session) == 3
    # Reference: the 28 days before D1, all 6. Improved: a 7-day centred level ≤ 4.2, i.e. at
    # least four 2s in the window: from day 10 (window 7 … 13) to day 40 (37 … 43). Onset 10
    # (expected, 7–28), wear-off 41 (three 2s), peak (6 − 2) / 6; the cycle ends the day
    # before D2: 59 days, 41 − 10 = 31 relief days, 59 − 41 + 1 = 19 days without.
    assert by_session[("cervical_dystonia", "2026-01-01")] == {
        "indication": "cervical_dystonia",
        "session_date": "2026-01-01",
        "products": "abobotulinumtoxinA;incobotulinumtoxinA",
        "units": "400.5",
        "metric": "spasm",
        "course": "1",
        "cycle": "1",
        "cycle_days": "59",
        "complete": "1",
        "reference": "6.00",
        "reference_kind": "before_course",
        "pre_injection_level": "6.00",
        "onset_day": "10",
        "onset_status": "expected",
        "peak_improvement_pct": "66.7",
        "wear_off_day": "41",
        "relief_days": "31",
        "days_without_relief": "19",
    }
    # The last session: it runs to the last day spasm was logged (D2 + 20); every level is 6.
    assert by_session[("cervical_dystonia", "2026-03-02")] == {
        "indication": "cervical_dystonia",
        "session_date": "2026-03-02",
        "products": "abobotulinumtoxinA",
        "units": "300",
        "metric": "spasm",
        "course": "1",
        "cycle": "2",
        "cycle_days": "20",
        "complete": "0",
        "reference": "6.00",
        "reference_kind": "before_course",
        "pre_injection_level": "6.00",
        "onset_day": "",
        "onset_status": "not_detected",
        "peak_improvement_pct": "0.0",
        "wear_off_day": "",
        "relief_days": "",
        "days_without_relief": "",
    }
    # Three headache days logged before M: no course reference (7 needed) and no
    # pre-injection level, so the profile's 15 days a month: 0.5 a day, 14.00 per 28 days.
    # At day 1 the 14-day level is 2 of 11 logged days (0.18 ≤ 0.35): onset 1, early; from
    # day 6 it is 0: peak 100%; no wear-off, so relief runs to the end: 20 − 1 + 1 days.
    assert by_session[("chronic_migraine", "2026-01-11")] == {
        "indication": "chronic_migraine",
        "session_date": "2026-01-11",
        "products": "onabotulinumtoxinA",
        "units": "155",
        "metric": "headache_day",
        "course": "1",
        "cycle": "1",
        "cycle_days": "20",
        "complete": "0",
        "reference": "14.00",
        "reference_kind": "profile",
        "pre_injection_level": "",
        "onset_day": "1",
        "onset_status": "early",
        "peak_improvement_pct": "100.0",
        "wear_off_day": "",
        "relief_days": "20",
        "days_without_relief": "",
    }


def test_monthly_csv_counts_each_month_in_the_v2_columns(exported: Path) -> None:
    columns, rows = _rows(exported / "monthly.csv")
    assert columns == list(MONTHLY_COLUMNS)
    # Months of spasm only, medication not recorded: no headache logged, medication blank.
    spasm_only = {
        "logged_days": "0",
        "headache_days": "0",
        "moderate_severe_days": "0",
        "headache_days_4h": "",
        "simple_analgesic_days": "",
        "triptan_days": "",
        "combination_analgesic_days": "",
        "opioid_days": "",
        "other_days": "",
        "acute_medication_days": "",
        "overuse": "",
        "partial": "1",
    }
    assert rows == [
        {"month": "2025-12"} | spasm_only,
        # Headache logged on 8–10 and 12–31 January (23 days); 5s on the 8th and 10th, the
        # 8th for 4 hours; a triptan on the 8th, simple analgesics on the 10th.
        {
            "month": "2026-01",
            "logged_days": "23",
            "headache_days": "2",
            "moderate_severe_days": "2",
            "headache_days_4h": "1",
            "simple_analgesic_days": "1",
            "triptan_days": "1",
            "combination_analgesic_days": "0",
            "opioid_days": "0",
            "other_days": "0",
            "acute_medication_days": "2",
            "overuse": "",
            "partial": "0",
        },
        {"month": "2026-02"} | spasm_only,
        {"month": "2026-03"} | spasm_only,
    ]


def test_entries_csv_tells_none_taken_from_not_recorded(exported: Path) -> None:
    _, rows = _rows(exported / "entries.csv")
    medication = {row["date"]: row["medication"] for row in rows}
    assert medication["2026-01-08"] == "triptan:1"
    assert medication["2026-01-09"] == "none"
    assert medication["2026-01-11"] == ""


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("cycles.csv", ",".join(CYCLE_COLUMNS)),
        ("monthly.csv", ",".join(MONTHLY_COLUMNS)),
        (
            "cycles.csv",  # version 1
            "injection_date,indication,product,units,metric,cycle_days,baseline,onset_day,"
            "onset_status,peak_improvement_pct,wear_off_day",
        ),
        (
            "monthly.csv",  # version 1
            "month,logged_days,headache_days,simple_analgesic_days,triptan_days,"
            "combination_analgesic_days,opioid_days,other_days",
        ),
    ],
)
def test_analysis_files_are_refused_as_export_only(
    tmp_path: Path, journal_path: Path, capsys: pytest.CaptureFixture[str], name: str, header: str
) -> None:
    path = tmp_path / "renamed.csv"  # told apart by its header, not its name
    path.write_text(header + "\n2026-01-01" + "," * header.count(",") + "\n", encoding="utf-8")
    assert main(["import-csv", "--journal", str(journal_path), str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:1:1: this is {name}, an export-only analysis of a journal; it cannot" in err
    assert not journal_path.exists()


def test_the_marks_of_each_analysis_are_columns_of_it() -> None:
    assert ANALYSIS_MARKS["cycles.csv"] <= set(CYCLE_COLUMNS)
    assert ANALYSIS_MARKS["monthly.csv"] <= set(MONTHLY_COLUMNS)


def test_an_exported_folder_imports_only_its_entries_and_injections(
    exported: Path, tmp_path: Path, journal_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    again = tmp_path / "again.sqlite"
    files = [str(exported / name) for name in ("entries.csv", "injections.csv")]
    assert main(["import-csv", "--journal", str(again), *files]) == 0
    source = JournalRepository(open_journal(journal_path, read_only=True))
    target = JournalRepository(open_journal(again, read_only=True))
    try:
        assert target.entries() == source.entries()
        assert target.injections() == source.injections()
    finally:
        source.close()
        target.close()
    # The whole folder: refused, naming both analyses and nothing else.
    everything = [*files, str(exported / "cycles.csv"), str(exported / "monthly.csv")]
    capsys.readouterr()
    assert main(["import-csv", "--journal", str(tmp_path / "third.sqlite"), *everything]) == 2
    problems = capsys.readouterr().err.splitlines()[:-1]
    assert [line.split(":")[0] for line in problems] == everything[2:]
