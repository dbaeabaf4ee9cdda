"""CSV import and export (PRODUCT.md §7): round trips, every kind of bad input, all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    SideEffect,
)
from journal_app.storage.csv_io import (
    CsvImportError,
    export_csv,
    import_csv_files,
    read_csv,
)
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository

TODAY = dt.date(2025, 6, 30)
ENTRY_HEADER = (
    "date,spasm_severity,headache_severity,headache_hours,spasm_episodes,"
    "medication,side_effects,triggers,notes"
)
INJECTION_HEADER = (
    "date,product,units,indication,sites,clinician,lot,notes,"
    "onset_min_days,onset_max_days,reinjection_min_days,reinjection_max_days"
)
MIGRAINE = ExpectedWindows(14, 28, 70, 84)
SPASM = ExpectedWindows(7, 28, 112, 140)
FACIAL_SPASM = ExpectedWindows(3, 14, 112, 140)


def _open(path: Path) -> JournalRepository:
    return JournalRepository(open_journal(path, create=True))


@pytest.fixture
def repo(journal_path: Path) -> Iterator[JournalRepository]:
    repository = _open(journal_path)
    yield repository
    repository.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[JournalRepository]:
    repository = _open(tmp_path / "fresh.sqlite")
    yield repository
    repository.close()


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def entries_file(tmp_path: Path, *rows: str, name: str = "entries.csv") -> Path:
    return write(tmp_path / name, "\r\n".join([ENTRY_HEADER, *rows]) + "\r\n")


def injections_file(tmp_path: Path, *rows: str, name: str = "injections.csv") -> Path:
    return write(tmp_path / name, "\r\n".join([INJECTION_HEADER, *rows]) + "\r\n")


def refused(repo: JournalRepository, *paths: Path, replace: bool = False) -> list[str]:
    """The problems of an import that must fail, checking that it wrote nothing."""
    before = (repo.entries(), repo.injections())
    with pytest.raises(CsvImportError) as caught:
        import_csv_files(repo, paths, replace=replace, today=TODAY)
    assert (repo.entries(), repo.injections()) == before
    assert caught.value.problems
    return caught.value.problems


def full_journal(repo: JournalRepository) -> None:
    repo.save_entry(
        Entry(
            day=dt.date(2024, 3, 1),
            spasm_severity=7,
            headache_severity=0,
            headache_hours=1.5,
            spasm_episodes=12,
            medication=(
                MedicationDose(MedicationClass.TRIPTAN, 1),
                MedicationDose(MedicationClass.SIMPLE_ANALGESIC, 2),
                MedicationDose(MedicationClass.OPIOID, 3),
            ),
            side_effects=tuple(SideEffect),
            side_effect_other='tingling; lips, and a "buzz"\nat night',
            triggers=("stress", "red wine", "écran"),
            notes='Walked 2 km, felt "okay"\nthen worse,\r\nslept: 5 h — ünïcödé ✓ 😀',
        )
    )
    repo.save_entry(Entry(day=dt.date(2024, 3, 2)))
    repo.save_entry(
        Entry(
            day=dt.date(2024, 3, 3),
            headache_severity=10,
            headache_hours=24.0,
            side_effects=(SideEffect.OTHER,),
            medication_recorded=False,
        )
    )
    repo.save_entry(Entry(day=dt.date(2024, 3, 4), spasm_severity=0, headache_hours=0.25))
    repo.add_injection(
        Injection(
            day=dt.date(2024, 2, 20),
            product=Product.ONABOTULINUMTOXIN_A,
            units=155.0,
            indication=Indication.CHRONIC_MIGRAINE,
            windows=ExpectedWindows(10, 30, 75, 90),
            sites="forehead, temples; neck",
            clinician='Dr. O\'Brien "Neuro"',
            lot="C1234,5",
            notes="first\nsession",
        )
    )
    repo.add_injection(
        Injection(
            day=dt.date(2024, 2, 20),
            product=Product.RIMABOTULINUMTOXIN_B,
            units=1.5,
            indication=Indication.CERVICAL_DYSTONIA,
            windows=SPASM,
        )
    )


# -- round trip and export format --------------------------------------------------------


def test_export_then_import_round_trips_every_field(
    repo: JournalRepository, fresh: JournalRepository, tmp_path: Path
) -> None:
    full_journal(repo)
    paths = export_csv(repo, tmp_path / "out")
    result = import_csv_files(fresh, paths, replace=False, today=TODAY)
    assert fresh.entries() == repo.entries()
    assert fresh.injections() == repo.injections()
    assert (result.entries, result.injections) == (4, 2)


def test_export_writes_every_column_in_order_without_bom(
    repo: JournalRepository, tmp_path: Path
) -> None:
    full_journal(repo)
    paths = export_csv(repo, tmp_path / "out")
    assert [p.name for p in paths][:2] == ["entries.csv", "injections.csv"]
    entries, injections = (p.read_bytes() for p in paths[:2])
    assert entries.startswith(ENTRY_HEADER.encode() + b"\r\n")
    assert injections.startswith(INJECTION_HEADER.encode() + b"\r\n")
    # Medication recorded with no doses is "none"; not recorded, blank.
    assert b"2024-03-04,0,,0.25,,none,,,\r\n" in entries
    assert b"2024-03-03,,10,24,,,other,,\r\n" in entries
    assert b"2024-02-20,rimabotulinumtoxinB,1.5,cervical_dystonia,,,,,7,28,112,140\r\n" in (
        injections
    )
    assert b",onabotulinumtoxinA,155,chronic_migraine," in injections


def test_other_side_effect_text_is_written_last(repo: JournalRepository, tmp_path: Path) -> None:
    repo.save_entry(
        Entry(
            day=dt.date(2024, 1, 5),
            side_effects=(SideEffect.OTHER, SideEffect.NECK_PAIN),
            side_effect_other="dizzy; nausea",
        )
    )
    entries = export_csv(repo, tmp_path)[0].read_bytes().decode("utf-8")
    assert "2024-01-05,,,,,none,neck_pain;other:dizzy; nausea,,\r\n" in entries


def test_import_accepts_bom_subsets_of_columns_and_loose_spacing(
    repo: JournalRepository, tmp_path: Path
) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(
        "\ufeffnotes, Date ,medication,side_effects,triggers\r\n"
        "x,2024-01-02, triptan:2 ; opioid:1 ;,neck_pain; other,  rain ; stress ;\r\n"
        ",2024-01-03,,OTHER:dizzy,\r\n".encode()
    )
    import_csv_files(repo, [path], replace=False, today=TODAY)
    assert repo.entries() == [
        Entry(
            day=dt.date(2024, 1, 2),
            medication=(
                MedicationDose(MedicationClass.TRIPTAN, 2),
                MedicationDose(MedicationClass.OPIOID, 1),
            ),
            side_effects=(SideEffect.NECK_PAIN, SideEffect.OTHER),
            triggers=("rain", "stress"),
            notes="x",
        ),
        Entry(
            day=dt.date(2024, 1, 3),
            side_effects=(SideEffect.OTHER,),
            side_effect_other="dizzy",
            medication_recorded=False,
        ),
    ]


def test_injection_brand_names_are_accepted_case_insensitively(
    repo: JournalRepository, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "i.csv",
        "date,product,units,indication\n"
        "2024-01-02,BOTOX,155,chronic_migraine\n"
        "2024-01-02,neurobloc,2500,cervical_dystonia\n"
        "2024-01-03,Dysport,500.5,Blepharospasm\n",
    )
    import_csv_files(repo, [path], replace=False, today=TODAY)
    got = [(i.product, i.units, i.indication, i.windows) for i in repo.injections()]
    assert got == [
        (Product.ONABOTULINUMTOXIN_A, 155, Indication.CHRONIC_MIGRAINE, MIGRAINE),
        (Product.RIMABOTULINUMTOXIN_B, 2500, Indication.CERVICAL_DYSTONIA, SPASM),
        (Product.ABOBOTULINUMTOXIN_A, 500.5, Indication.BLEPHAROSPASM, FACIAL_SPASM),
    ]


def test_missing_or_blank_windows_come_from_the_indication_default_one_by_one(
    repo: JournalRepository, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "i.csv",
        "date,product,units,indication,onset_max_days,reinjection_min_days\n"
        "2024-01-02,botox,155,chronic_migraine,21,\n"
        "2024-01-03,botox,100,spasticity,,100\n",
    )
    import_csv_files(repo, [path], replace=False, today=TODAY)
    assert [i.windows for i in repo.injections()] == [
        ExpectedWindows(14, 21, 70, 84),
        ExpectedWindows(7, 28, 100, 140),
    ]


def test_header_only_files_import_nothing(repo: JournalRepository, tmp_path: Path) -> None:
    paths = [entries_file(tmp_path), injections_file(tmp_path)]
    result = import_csv_files(repo, paths, replace=False, today=TODAY)
    assert (result.entries, result.injections) == (0, 0)
    assert read_csv(paths[1], TODAY).kind is not None


def test_blank_lines_are_skipped_but_counted(repo: JournalRepository, tmp_path: Path) -> None:
    path = entries_file(tmp_path, "", "2024-01-02,3", ",,,,,,,,", "2024-01-03,11,,,,,,,")
    problems = refused(repo, path)
    assert problems == [
        f"{path}:3:3: row has 2 fields but the header has 9",
        f"{path}:5:2: spasm_severity: 11 is outside 0–10",
    ]


# -- bad cells: exact FILE:LINE:COLUMN ---------------------------------------------------


GOOD_ENTRY = '2024-01-01,1,2,,,,,,"a note\nover two lines"'


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        ("2024-02-30,,,,,,,,", 1, "date: 2024-02-30 is not a calendar date"),
        ("01/02/2024,,,,,,,,", 1, "date: '01/02/2024' is not a date; write it as YYYY-MM-DD"),
        ("20240102,,,,,,,,", 1, "date: '20240102' is not a date"),
        ("2025-07-01,,,,,,,,", 1, "date: 2025-07-01 is in the future"),
        (",3,,,,,,,", 1, "date: is required"),
        ("2024-01-02,11,,,,,,,", 2, "spasm_severity: 11 is outside 0–10"),
        ("2024-01-02,,-1,,,,,,", 3, "headache_severity: -1 is outside 0–10"),
        ("2024-01-02,high,,,,,,,", 2, "spasm_severity: 'high' is not a whole number"),
        ("2024-01-02,,2.5,,,,,,", 3, "headache_severity: '2.5' is not a whole number"),
        ("2024-01-02,,,24.5,,,,,", 4, "headache_hours: 24.5 is outside 0–24"),
        ('2024-01-02,,,"1,5",,,,,', 4, "headache_hours: '1,5' is not a number"),
        ("2024-01-02,,,nan,,,,,", 4, "headache_hours: 'nan' is not a number"),
        ("2024-01-02,,,,-2,,,,", 5, "spasm_episodes: -2 is outside 0–1000"),
        ("2024-01-02,,,,two,,,,", 5, "spasm_episodes: 'two' is not a whole number"),
        ("2024-01-02,,,,,aspirin:1,,,", 6, "medication: 'aspirin' is not a medication class"),
        ("2024-01-02,,,,,triptan:0,,,", 6, "medication: triptan count 0 is outside 1–50"),
        ("2024-01-02,,,,,triptan:x,,,", 6, "medication: triptan count 'x' is not a whole number"),
        ("2024-01-02,,,,,triptan,,,", 6, "medication: 'triptan' needs a count, e.g. triptan:1"),
        # A line break inside a quoted cell stays escaped: the message keeps to one line.
        ('2024-01-02,,,,,"0\r0",,,', 6, "medication: '0\\r0' needs a count, e.g. triptan:1"),
        ("2024-01-02,,,,,triptan:1;triptan:2,,,", 6, "medication: names a medication class"),
        ("2024-01-02,,,,,,itching,,", 7, "side_effects: 'itching' is not a side effect"),
        ("2024-01-02,,,,,,neck_pain;neck_pain,,", 7, "side_effects: names a side effect"),
        ("2024-01-02,,,,,,,rain;rain,", 8, "triggers: names a trigger more than once"),
    ],
)
def test_a_bad_entry_cell_is_reported_at_its_line_and_column(
    repo: JournalRepository, tmp_path: Path, row: str, column: int, reason: str
) -> None:
    path = entries_file(tmp_path, GOOD_ENTRY, row)
    problems = refused(repo, path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:4:{column}: {reason}")


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        ("2024-01-02,Botux,155,chronic_migraine,,,,,,,,", 2, "product: 'Botux' is not a known"),
        ("2024-01-02,,155,chronic_migraine,,,,,,,,", 2, "product: is required"),
        ("2024-01-02,botox,0,chronic_migraine,,,,,,,,", 3, "units: must be more than 0"),
        ("2024-01-02,botox,-5,chronic_migraine,,,,,,,,", 3, "units: must be more than 0"),
        ("2024-01-02,botox,lots,chronic_migraine,,,,,,,,", 3, "units: 'lots' is not a number"),
        ("2024-01-02,botox,155,migraine,,,,,,,,", 4, "indication: 'migraine' is not an"),
        ("2026-01-02,botox,155,chronic_migraine,,,,,,,,", 1, "date: 2026-01-02 is in the future"),
        (
            "2024-01-02,botox,155,chronic_migraine,,,,,20,10,70,84",
            10,
            "onset_max_days: ends before the onset window starts",
        ),
        (
            "2024-01-02,botox,155,chronic_migraine,,,,,,,90,80",
            12,
            "reinjection_max_days: ends before the window starts",
        ),
        (
            "2024-01-02,botox,155,chronic_migraine,,,,,40,,,",
            10,
            "onset_max_days: ends before the onset window starts (no onset_max_days given, "
            "so the chronic_migraine default 28 was used)",
        ),
        ("2024-01-02,botox,155,chronic_migraine,,,,,1.5,,,", 9, "onset_min_days: '1.5' is not a"),
    ],
)
def test_a_bad_injection_cell_is_reported_at_its_line_and_column(
    repo: JournalRepository, tmp_path: Path, row: str, column: int, reason: str
) -> None:
    good = '2024-01-01,botox,155,chronic_migraine,,,,"two\nlines",,,,'
    path = injections_file(tmp_path, good, row)
    problems = refused(repo, path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:4:{column}: {reason}")


def test_a_window_column_missing_from_the_header_is_reported_at_its_sibling(
    repo: JournalRepository, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "i.csv",
        "date,product,units,indication,reinjection_min_days\n2024-01-02,botox,155,spasticity,150\n",
    )
    assert refused(repo, path) == [
        f"{path}:2:5: reinjection_max_days: ends before the window starts "
        "(no reinjection_max_days given, so the spasticity default 140 was used)"
    ]


def test_a_cell_after_a_multi_line_cell_is_on_the_later_line(
    repo: JournalRepository, tmp_path: Path
) -> None:
    path = injections_file(
        tmp_path, '2024-01-02,botox,155,chronic_migraine,,,,"one\ntwo\r\nthree",x,,,'
    )
    assert refused(repo, path) == [f"{path}:4:9: onset_min_days: 'x' is not a whole number"]


def test_every_problem_in_every_file_is_reported_in_file_order(
    repo: JournalRepository, tmp_path: Path
) -> None:
    injections = injections_file(
        tmp_path, "2024-01-02,foo,0,chronic_migraine,,,,,,,,", "2030-01-01,botox,1,bad,,,,,,,,"
    )
    entries = entries_file(tmp_path, "2024-01-02,11,12,,,,,,", "bad,,,,,,,,")
    problems = refused(repo, injections, entries)
    prefixes = [p.split(": ")[0] for p in problems]
    assert prefixes == [
        f"{injections}:2:2",
        f"{injections}:2:3",
        f"{injections}:3:1",
        f"{injections}:3:4",
        f"{entries}:2:2",
        f"{entries}:2:3",
        f"{entries}:3:1",
    ]


# -- dates clashing within, across files and with the journal ----------------------------


def test_the_same_date_twice_in_one_file_is_refused(
    repo: JournalRepository, tmp_path: Path
) -> None:
    path = entries_file(
        tmp_path, "2024-01-02,1,,,,,,,", "2024-01-03,1,,,,,,,", "2024-01-02,2,,,,,,,"
    )
    assert refused(repo, path) == [f"{path}:4:1: date: 2024-01-02 already has an entry on line 2"]


def test_the_same_date_in_two_files_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    first = entries_file(tmp_path, "2024-01-02,1,,,,,,,", name="a.csv")
    second = entries_file(tmp_path, "2024-01-01,1,,,,,,,", "2024-01-02,1,,,,,,,", name="b.csv")
    assert refused(repo, first, second) == [
        f"{second}:3:1: date: 2024-01-02 already has an entry on {first} line 2"
    ]


def test_same_day_injections_form_a_session_and_are_accepted(
    repo: JournalRepository, tmp_path: Path
) -> None:
    path = injections_file(
        tmp_path,
        "2024-01-02,botox,100,chronic_migraine,,,,,,,,",
        "2024-01-02,botox,55,chronic_migraine,,,,,,,,",
    )
    import_csv_files(repo, [path], replace=False, today=TODAY)
    assert [i.units for i in repo.injections()] == [100, 55]


def test_an_entry_date_already_in_the_journal_needs_replace(
    repo: JournalRepository, tmp_path: Path
) -> None:
    repo.save_entry(Entry(day=dt.date(2024, 1, 2), spasm_severity=1, notes="old"))
    repo.save_entry(Entry(day=dt.date(2024, 1, 5), spasm_severity=5))
    path = entries_file(tmp_path, "2024-01-01,4,,,,,,,", "2024-01-02,9,,,,,,,new")
    assert refused(repo, path) == [
        f"{path}:3:1: date: 2024-01-02 already has an entry in the journal; "
        "import with replace to overwrite it"
    ]
    import_csv_files(repo, [path], replace=True, today=TODAY)
    assert repo.entries() == [
        Entry(day=dt.date(2024, 1, 1), spasm_severity=4, medication_recorded=False),
        Entry(day=dt.date(2024, 1, 2), spasm_severity=9, notes="new", medication_recorded=False),
        Entry(day=dt.date(2024, 1, 5), spasm_severity=5),
    ]


def test_an_injection_date_already_in_the_journal_needs_replace(
    repo: JournalRepository, tmp_path: Path
) -> None:
    old = Injection(dt.date(2024, 1, 2), Product.OTHER, 10, Indication.SPASTICITY, SPASM)
    kept = Injection(dt.date(2024, 4, 2), Product.OTHER, 20, Indication.SPASTICITY, SPASM)
    repo.add_injection(old)
    repo.add_injection(kept)
    path = injections_file(tmp_path, "2024-01-02,xeomin,50,spasticity,,,,,,,,")
    problems = refused(repo, path)
    assert problems == [
        f"{path}:2:1: date: 2024-01-02 already has injections in the journal; "
        "import with replace to overwrite it"
    ]
    import_csv_files(repo, [path], replace=True, today=TODAY)
    new = Injection(
        dt.date(2024, 1, 2), Product.INCOBOTULINUMTOXIN_A, 50, Indication.SPASTICITY, SPASM
    )
    assert repo.injections() == [new, kept]


# -- medication: none taken, or not recorded ---------------------------------------------


def test_medication_none_blank_and_missing_column(repo: JournalRepository, tmp_path: Path) -> None:
    with_column = write(
        tmp_path / "a.csv",
        "date,medication\n2024-01-01,none\n2024-01-02, None ;\n2024-01-03,\n2024-01-04,triptan:2\n",
    )
    without_column = write(tmp_path / "b.csv", "date,spasm_severity\n2024-01-05,3\n")
    import_csv_files(repo, [with_column, without_column], replace=False, today=TODAY)
    triptan = (MedicationDose(MedicationClass.TRIPTAN, 2),)
    assert repo.entries() == [
        Entry(dt.date(2024, 1, 1)),
        Entry(dt.date(2024, 1, 2)),
        Entry(dt.date(2024, 1, 3), medication_recorded=False),
        Entry(dt.date(2024, 1, 4), medication=triptan),
        Entry(dt.date(2024, 1, 5), spasm_severity=3, medication_recorded=False),
    ]
    exported = export_csv(repo, tmp_path / "out")[0].read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[5] for line in exported[1:]] == ["none", "none", "", "triptan:2", ""]


def test_none_with_doses_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    path = entries_file(tmp_path, "2024-01-02,,,,,none;triptan:1,,,")
    assert refused(repo, path) == [
        f"{path}:2:6: medication: 'none' says no medication was taken; write it alone"
    ]


def test_replace_without_a_medication_column_keeps_the_medication_and_its_flag(
    repo: JournalRepository, tmp_path: Path
) -> None:
    taken = Entry(dt.date(2024, 1, 1), medication=(MedicationDose(MedicationClass.OPIOID, 1),))
    none_taken = Entry(dt.date(2024, 1, 2))
    not_recorded = Entry(dt.date(2024, 1, 3), medication_recorded=False)
    for entry in (taken, none_taken, not_recorded):
        repo.save_entry(entry)
    path = write(
        tmp_path / "s.csv", "date,spasm_severity\n2024-01-01,1\n2024-01-02,2\n2024-01-03,3\n"
    )
    import_csv_files(repo, [path], replace=True, today=TODAY)
    assert repo.entries() == [
        replace(taken, spasm_severity=1),
        replace(none_taken, spasm_severity=2),
        replace(not_recorded, spasm_severity=3),
    ]
    # With the column, a blank cell replaces the day's medication with "not recorded".
    path = write(tmp_path / "m.csv", "date,medication\n2024-01-01,\n")
    import_csv_files(repo, [path], replace=True, today=TODAY)
    assert repo.entry(dt.date(2024, 1, 1)) == replace(
        taken, spasm_severity=1, medication=(), medication_recorded=False
    )


# -- bad files ---------------------------------------------------------------------------


def test_an_unknown_column_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", "date,mood,spasm_severity\n2024-01-02,good,3\n")
    problems = refused(repo, path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:1:2: 'mood': unknown column; entries has date,")


def test_an_entries_column_in_an_injections_file_is_refused(
    repo: JournalRepository, tmp_path: Path
) -> None:
    path = write(tmp_path / "i.csv", "date,product,units,indication,spasm_severity\n")
    assert refused(repo, path) == [
        f"{path}:1:5: spasm_severity: is a column of entries; "
        "put entries and injections in separate files"
    ]


def test_a_duplicated_column_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", "date,notes,Notes\n2024-01-02,a,b\n")
    assert refused(repo, path) == [f"{path}:1:3: notes: column appears twice (first as column 2)"]


def test_a_missing_required_column_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    path = write(tmp_path / "i.csv", "date,product,indication\n2024-01-02,botox,spasticity\n")
    assert refused(repo, path) == [f"{path}:1:1: units: required column of injections is missing"]


def test_a_file_without_a_date_column_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", "day;spasm\n2024-01-02;3\n")
    problems = refused(repo, path)
    assert [p.split(": ")[0] for p in problems] == [f"{path}:1:1", f"{path}:1:1"]
    assert "use ','" in problems[0]
    assert "date: required column of entries is missing" in problems[1]


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n"])
def test_an_empty_file_is_refused(repo: JournalRepository, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert refused(repo, path) == [f"{path}:1:1: the file is empty; it needs a header row"]


def test_bad_utf8_is_reported_at_its_cell(repo: JournalRepository, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"date,notes,spasm_severity\n2024-01-02,caf\xe9,3\n2024-01-03,ok,\xff\n")
    assert refused(repo, path) == [
        f"{path}:2:2: notes: is not valid UTF-8 text (save the file as CSV UTF-8)",
        f"{path}:3:3: spasm_severity: is not valid UTF-8 text (save the file as CSV UTF-8)",
    ]


def test_broken_quoting_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", 'date,notes\n2024-01-02,"a"b\n')
    problems = refused(repo, path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:2:1: is not valid CSV:")


def test_an_unclosed_quote_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", 'date,notes\n2024-01-02,"open\n2024-01-03,x\n')
    problems = refused(repo, path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:")
    assert "is not valid CSV" in problems[0]


def test_a_row_with_too_many_fields_is_refused(repo: JournalRepository, tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", "date,notes\n2024-01-02,a,b\n")
    assert refused(repo, path) == [f"{path}:2:3: row has 3 fields but the header has 2"]


def test_a_missing_file_is_reported_with_the_others(
    repo: JournalRepository, tmp_path: Path
) -> None:
    good = entries_file(tmp_path, "2024-01-02,1,,,,,,,")
    missing = tmp_path / "missing.csv"
    problems = refused(repo, good, missing)
    assert problems == [f"{missing}: cannot be read: No such file or directory"]


def test_a_valid_file_beside_a_bad_one_is_not_imported(
    repo: JournalRepository, tmp_path: Path
) -> None:
    good = entries_file(tmp_path, "2024-01-02,1,,,,,,,", name="good.csv")
    bad = injections_file(tmp_path, "2024-01-02,botox,0,spasticity,,,,,,,,")
    refused(repo, good, bad)
    assert repo.entries() == []
