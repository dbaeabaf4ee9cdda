"""Property tests of data safety: thinning, the command-line importer, and the record rules.

Whatever the input, nothing crashes, no traceback reaches the user, and a refused change
leaves the journal exactly as it was (test_csv_properties.py covers the CSV format itself).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from journal_app import cli
from journal_app.domain.models import (
    Entry,
    ExpectedWindows,
    Indication,
    Injection,
    MedicationClass,
    MedicationDose,
    Product,
    Profile,
    SideEffect,
)
from journal_app.domain.validation import (
    MAX_TEXT,
    entry_problems,
    injection_problems,
    profile_problems,
)
from journal_app.storage.backups import BackupPolicy, backups_to_keep
from journal_app.storage.csv_io import ENTRY_COLUMNS, INJECTION_COLUMNS, prepare_import
from journal_app.storage.db import integrity_problems, open_journal
from journal_app.storage.errors import JournalWriteError
from journal_app.storage.repository import JournalRepository

TODAY = dt.date.today()  # the command line judges dates against the real today
SQL_INT = st.integers(-(2**63), 2**63 - 1)
STORAGE = settings(
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
Snapshot = tuple[list[Entry], list[Injection], Profile]


def snapshot(repo: JournalRepository) -> Snapshot:
    return repo.entries(), repo.injections(), repo.profile()


# -- thinning ------------------------------------------------------------------------------

moments = st.lists(
    st.datetimes(
        dt.datetime(2020, 1, 1), dt.datetime(2030, 1, 1), timezones=st.just(dt.timezone.utc)
    ),
    max_size=60,
)
policies = st.builds(
    BackupPolicy,
    daily=st.integers(0, 10),
    weekly=st.integers(0, 6),
    monthly=st.integers(0, 14),
)


@settings(max_examples=200)
@given(moments.map(sorted) | moments, policies)
def test_thinning_keeps_few_and_never_invents(
    taken: list[dt.datetime], policy: BackupPolicy
) -> None:
    """``taken`` in the order the backups were taken, whatever their stamps say."""
    kept = backups_to_keep(taken, policy)
    assert kept <= set(range(len(taken)))
    assert len(kept) <= policy.daily + policy.weekly + policy.monthly
    if taken == sorted(taken):  # a clock that kept time: thinning again deletes nothing more
        survivors = [taken[i] for i in sorted(kept)]
        assert backups_to_keep(survivors, policy) == set(range(len(survivors)))
    if taken and policy.daily + policy.weekly + policy.monthly:
        assert len(taken) - 1 in kept  # the last one taken, even with a clock set back


@settings(max_examples=200)
@given(moments, policies)
def test_thinning_keeps_one_backup_of_each_recent_day(
    taken: list[dt.datetime], policy: BackupPolicy
) -> None:
    taken = sorted(taken)  # a clock that kept time: as before, by the stamps
    kept = {taken[i] for i in backups_to_keep(taken, policy)}
    recent_days = sorted({moment.date() for moment in taken}, reverse=True)[: policy.daily]
    for day in recent_days:
        newest_of_day = max(moment for moment in taken if moment.date() == day)
        assert newest_of_day in kept
    months = sorted({(m.year, m.month) for m in taken}, reverse=True)[: policy.monthly]
    for month in months:
        assert any((m.year, m.month) == month for m in kept)


@settings(max_examples=200)
@given(moments.filter(bool), policies, st.timedeltas(dt.timedelta(0), dt.timedelta(days=20000)))
def test_a_clock_set_back_costs_one_backup_at_most(
    taken: list[dt.datetime], policy: BackupPolicy, back: dt.timedelta
) -> None:
    """A backup stamped earlier than the one before it (the clock set back) takes that one's
    place: it is kept, and it replaces at most the one taken just before it."""
    taken = sorted(taken)
    before = backups_to_keep(taken, policy)
    after = backups_to_keep([*taken, taken[-1] - back], policy)
    if policy.daily + policy.weekly + policy.monthly:
        assert len(taken) in after
    assert after - {len(taken)} >= before - {len(taken) - 1}


@settings(max_examples=200)
@given(moments.filter(bool), policies, st.timedeltas(dt.timedelta(0), dt.timedelta(days=3)))
def test_a_stamp_from_the_future_does_not_outlive_the_next_backup(
    taken: list[dt.datetime], policy: BackupPolicy, later: dt.timedelta
) -> None:
    """A clock set to 2099 once: that backup is not kept past the next one taken."""
    taken = sorted(taken)
    future = dt.datetime(2099, 1, 1, tzinfo=dt.timezone.utc)
    kept = backups_to_keep([*taken, future, taken[-1] + later], policy)
    assert len(taken) not in kept


# -- the importer, as a user runs it -------------------------------------------------------

cell_junk = st.sampled_from(
    ["", " ", "0", "10", "11", "-1", "2.5", "1e3", "nan", "inf", "999999999999999999999", "x",
     "2024-02-29", "2023-02-29", "2999-01-01", "1899-12-31", "24-01-01", "botox", "Dysport",
     "triptan:1", "triptan:0;triptan:2", "opioid:x", "other:itchy; sore", "neck_pain;neck_pain",
     "chronic_migraine", "spasticity", "stress;;", '"', "\u00e9\u00e8", "\x00", "a\nb"]
)  # fmt: skip
text_cells = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
#: Values each column may well hold; any cell may still be junk instead.
PLAUSIBLE: dict[str, st.SearchStrategy[str]] = {
    "date": st.dates(dt.date(2000, 1, 1), TODAY).map(dt.date.isoformat),
    "spasm_severity": st.integers(0, 10).map(str) | st.just(""),
    "headache_severity": st.integers(0, 10).map(str) | st.just(""),
    "headache_hours": st.sampled_from(["", "0", "2", "2.5", "24"]),
    "spasm_episodes": st.integers(0, 30).map(str) | st.just(""),
    "medication": st.sampled_from(["", "triptan:1", "simple_analgesic:2;opioid:1"]),
    "side_effects": st.sampled_from(["", "neck_pain", "drooping_eyelid;other:itchy; sore"]),
    "triggers": st.sampled_from(["", "stress", "stress;poor sleep"]),
    "product": st.sampled_from(["Botox", "dysport", "incobotulinumtoxinA", "other"]),
    "units": st.sampled_from(["155", "50.5", "300"]),
    "indication": st.sampled_from([indication.value for indication in Indication]),
    "onset_min_days": st.sampled_from(["", "7", "14"]),
    "onset_max_days": st.sampled_from(["", "28"]),
    "reinjection_min_days": st.sampled_from(["", "70", "112"]),
    "reinjection_max_days": st.sampled_from(["", "84", "140"]),
}


def one_in(draw: st.DrawFn, count: int) -> bool:
    """True about once in ``count`` draws (integers() would favour its bounds)."""
    return draw(st.sampled_from([False] * (count - 1) + [True]))


@st.composite
def csv_cell(draw: st.DrawFn, column: str) -> str:
    if one_in(draw, 25):
        return draw(cell_junk | text_cells)
    return draw(PLAUSIBLE.get(column, text_cells))


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A CSV file close enough to the formats to reach every check, or plain junk."""
    if one_in(draw, 15):
        return draw(st.binary(max_size=200))
    columns = draw(st.sampled_from([ENTRY_COLUMNS, INJECTION_COLUMNS]))
    required = ["date"] if columns is ENTRY_COLUMNS else list(INJECTION_COLUMNS[:4])
    optional = draw(st.lists(st.sampled_from(columns), unique=True, max_size=4))
    header = list(dict.fromkeys([*required, *optional]))
    if one_in(draw, 10):  # a header gone wrong: missing, unknown or repeated
        header = draw(st.lists(st.sampled_from([*columns, "", "extra", "Date"]), max_size=8))
    row = st.tuples(*(csv_cell(column) for column in header)).map(list)
    rows = draw(st.lists(row, min_size=0 if one_in(draw, 10) else 1, max_size=6))
    if rows and one_in(draw, 10):  # a row of the wrong length
        rows[0] = rows[0][:-1] if draw(st.booleans()) else [*rows[0], "spare"]
    out = io.StringIO(newline="")
    csv.writer(out).writerows([header, *rows])
    return out.getvalue().encode("utf-8")


@contextlib.contextmanager
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal with an entry and an injection already in it, copied for each example."""
    path = tmp_path_factory.mktemp("template") / "journal.sqlite"
    repo = JournalRepository(open_journal(path, create=True))
    yesterday = TODAY - dt.timedelta(days=1)
    repo.save_entry(Entry(yesterday, spasm_severity=3, notes="already here"))
    repo.add_injection(
        Injection(
            yesterday,
            Product.ONABOTULINUMTOXIN_A,
            155,
            Indication.CHRONIC_MIGRAINE,
            ExpectedWindows(14, 28, 70, 84),
        )
    )
    repo.save_profile(Profile("Robin"))
    repo.close()
    return path


def expected_after(before: Snapshot, paths: list[Path], replace: bool) -> Snapshot:
    """The journal a successful import must leave: the files' records merged in."""
    plan = prepare_import(paths, TODAY)
    by_day = {entry.day: entry for entry in before[0]}
    by_day.update({entry.day: entry for entry in plan.entries})
    replaced_days = {injection.day for injection in plan.injections} if replace else set()
    injections = [i for i in before[1] if i.day not in replaced_days] + plan.injections
    return [by_day[day] for day in sorted(by_day)], sorted(injections, key=repr), before[2]


@STORAGE
@given(st.lists(csv_files(), min_size=1, max_size=2), st.booleans())
def test_the_importer_refuses_cleanly_or_imports_everything(
    template: Path, files: list[bytes], replace: bool
) -> None:
    with folder() as where:
        journal = where / "journal.sqlite"
        shutil.copyfile(template, journal)
        paths = [where / f"file{index}.csv" for index in range(len(files))]
        for path, content in zip(paths, files, strict=True):
            path.write_bytes(content)
        repo = JournalRepository(open_journal(journal, read_only=True))
        before = snapshot(repo)
        repo.close()
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main(
                ["import-csv", "--journal", str(journal), *(["--replace"] if replace else []),
                 *map(str, paths)]
            )  # fmt: skip
        assert "Traceback" not in err.getvalue()
        repo = JournalRepository(open_journal(journal, read_only=True))
        try:
            after = snapshot(repo)
            assert integrity_problems(repo.db) == []
        finally:
            repo.close()
        assert status in (0, 2)
        event(f"exit {status}, {'some' if after != before else 'no'} change")
        if status == 2:
            assert after == before, "a refused import changed the journal"
            *problems, summary = err.getvalue().splitlines()
            assert summary.startswith("relief-journal: nothing was imported")
            assert all(line.startswith(tuple(map(str, paths))) for line in problems)
            return
        assert err.getvalue() == ""
        assert (after[0], sorted(after[1], key=repr), after[2]) == expected_after(
            before, paths, replace
        )


# -- the record rules against storage --------------------------------------------------------


def mostly(
    plausible: st.SearchStrategy, wild: st.SearchStrategy, odds: int = 3
) -> st.SearchStrategy:
    """About ``odds`` parts what a form lets through to one part anything at all."""
    return st.sampled_from([False] * odds + [True]).flatmap(
        lambda pick_wild: wild if pick_wild else plausible
    )


any_text = mostly(st.text(max_size=12), st.just("x" * (MAX_TEXT + 1)), odds=12)
storable_text = mostly(
    st.text(st.characters(codec="utf-8"), max_size=12), st.just("y" * (MAX_TEXT + 1)), odds=12
)
any_float = st.floats(allow_nan=True, allow_infinity=True)
any_day = st.dates(dt.date(1800, 1, 1), dt.date(2200, 1, 1))


def wild_entries(ints: st.SearchStrategy[int], text: st.SearchStrategy[str]) -> st.SearchStrategy:
    severity = st.none() | mostly(st.integers(0, 10), ints)
    doses = st.builds(
        MedicationDose, st.sampled_from(MedicationClass), mostly(st.integers(1, 50), ints)
    )
    return st.builds(
        Entry,
        day=mostly(st.dates(dt.date(1900, 1, 1), TODAY), any_day),
        spasm_severity=severity,
        headache_severity=severity,
        headache_hours=st.none() | mostly(st.floats(0, 24), any_float),
        spasm_episodes=st.none() | mostly(st.integers(0, 1000), ints),
        medication=mostly(
            st.lists(doses, max_size=3, unique_by=lambda dose: dose.medication_class),
            st.lists(doses, max_size=3),
        ).map(tuple),
        side_effects=mostly(
            st.lists(st.sampled_from(SideEffect), max_size=3, unique=True),
            st.lists(st.sampled_from(SideEffect), max_size=3),
        ).map(tuple),
        side_effect_other=mostly(st.just(""), text),
        triggers=mostly(
            st.lists(st.sampled_from(["stress", "poor sleep", "red wine"]), unique=True),
            st.lists(text, max_size=3),
        ).map(tuple),
        notes=text,
    )


def wild_injections(
    ints: st.SearchStrategy[int], text: st.SearchStrategy[str]
) -> st.SearchStrategy:
    plausible_windows = st.builds(
        lambda a, b, c, d: ExpectedWindows(a, a + b, c, c + d),
        st.integers(0, 300),
        st.integers(0, 300),
        st.integers(1, 300),
        st.integers(0, 300),
    )
    return st.builds(
        Injection,
        day=mostly(st.dates(dt.date(1900, 1, 1), TODAY), any_day),
        product=st.sampled_from(Product),
        units=mostly(st.floats(0.5, 20000), any_float),
        indication=st.sampled_from(Indication),
        windows=mostly(plausible_windows, st.builds(ExpectedWindows, ints, ints, ints, ints)),
        sites=text,
        clinician=text,
        lot=text,
        notes=text,
    )


def wild_profiles(text: st.SearchStrategy[str]) -> st.SearchStrategy:
    return st.builds(
        Profile,
        name=text,
        date_of_birth=st.none() | mostly(st.dates(dt.date(1900, 1, 1), TODAY), any_day),
        clinic_patient_id=text,
        clinician=text,
        notes=text,
    )


@settings(max_examples=300)
@given(
    wild_entries(st.integers(), any_text),
    wild_injections(st.integers(), any_text),
    wild_profiles(any_text),
)
def test_the_rules_judge_anything_without_crashing(
    entry: Entry, injection: Injection, profile: Profile
) -> None:
    for problems in (
        entry_problems(entry, TODAY),
        injection_problems(injection, TODAY),
        profile_problems(profile, TODAY),
    ):
        assert all(problem.field and problem.message for problem in problems)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JournalRepository]:
    path = tmp_path_factory.mktemp("rules") / "journal.sqlite"
    repository = JournalRepository(open_journal(path, create=True))
    repository.save_entry(Entry(dt.date(2000, 1, 1), spasm_severity=1, triggers=("kept",)))
    yield repository
    repository.close()


def write_or_refuse(repo: JournalRepository, write: object, valid: bool) -> None:
    """A write the rules allow must be stored; any write that fails must change nothing."""
    before = snapshot(repo)
    event("valid" if valid else "invalid")
    try:
        assert callable(write)
        write()
    except JournalWriteError as exc:
        event("refused by storage")
        assert not valid, f"storage refused what the rules allow: {exc}"
        assert snapshot(repo) == before, "a failed write left part of itself"
        assert not repo.db.conn.in_transaction


@STORAGE
@given(wild_entries(SQL_INT, storable_text))
def test_an_entry_is_stored_whole_or_not_at_all(repo: JournalRepository, entry: Entry) -> None:
    valid = not entry_problems(entry, TODAY)
    write_or_refuse(repo, lambda: repo.save_entry(entry), valid)
    if valid:
        assert repo.entry(entry.day) == entry


@STORAGE
@given(wild_injections(SQL_INT, storable_text))
def test_an_injection_is_stored_whole_or_not_at_all(
    repo: JournalRepository, injection: Injection
) -> None:
    valid = not injection_problems(injection, TODAY)
    recorded: list[Injection] = []
    write_or_refuse(repo, lambda: recorded.append(repo.add_injection(injection)), valid)
    if valid:
        assert recorded and recorded[0] == injection
        assert repo.injection(recorded[0].id or 0) == injection


@STORAGE
@given(wild_profiles(storable_text))
def test_a_profile_is_stored_whole_or_not_at_all(repo: JournalRepository, profile: Profile) -> None:
    valid = not profile_problems(profile, TODAY)
    write_or_refuse(repo, lambda: repo.save_profile(profile), valid)
    if valid:
        assert repo.profile() == profile
