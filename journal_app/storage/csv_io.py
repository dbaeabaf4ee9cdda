"""CSV import and export of PRODUCT.md §7: entries, injections, check-ins, goals and ratings,
imported all or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from journal_app.domain.checkins import (
    CheckIn,
    CheckInKind,
    Goal,
    GoalRating,
    Impression,
    WornOff,
)
from journal_app.domain.decimals import plain
from journal_app.domain.metrics import SPASM_WINDOWS
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
from journal_app.domain.validation import (
    LIST_SEPARATOR,
    Problem,
    checkin_problems,
    entry_problems,
    goals_problems,
    injection_problems,
    product_from_text,
    rating_problems,
)
from journal_app.domain.windows import default_windows
from journal_app.storage.repository import JournalRepository

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

ENTRY_COLUMNS = (
    "date",
    "spasm_severity",
    "headache_severity",
    "headache_hours",
    "spasm_episodes",
    "medication",
    "side_effects",
    "triggers",
    "notes",
)
WINDOW_COLUMNS = (
    "onset_min_days",
    "onset_max_days",
    "reinjection_min_days",
    "reinjection_max_days",
)
INJECTION_COLUMNS = (
    "date",
    "product",
    "units",
    "indication",
    "sites",
    "clinician",
    "lot",
    "notes",
    *WINDOW_COLUMNS,
)
CHECKIN_COLUMNS = (
    "session_date",
    "indication",
    "kind",
    "answered",
    "impression",
    "worn_off",
    "worn_off_date",
)
GOAL_COLUMNS = ("indication", "goal", "active")
RATING_COLUMNS = ("session_date", "indication", "kind", "goal", "rating")
_INJECTION_ONLY = frozenset(INJECTION_COLUMNS) - frozenset(ENTRY_COLUMNS)
_ENTRY_ONLY = frozenset(ENTRY_COLUMNS) - frozenset(INJECTION_COLUMNS)
#: Columns that every version of the export-only analyses has, by the file's name (§7).
ANALYSIS_MARKS = {
    "cycles.csv": frozenset({"cycle_days", "onset_status"}),
    "monthly.csv": frozenset({"month", "logged_days", "headache_days"}),
}

#: The text of an "other" side effect follows this prefix and runs to the end of the cell.
OTHER_PREFIX = f"{SideEffect.OTHER.value}:"
_OTHER_RE = re.compile(
    rf"(?:^|{re.escape(LIST_SEPARATOR)})\s*{re.escape(OTHER_PREFIX)}", re.IGNORECASE
)
_NOT_UTF8 = "is not valid UTF-8 text (save the file as CSV UTF-8)"
_NO_SIDE_EFFECTS: tuple[tuple[SideEffect, ...], str] = ((), "")
_COUNT_SEPARATOR = ":"
#: The medication cell of a day on which no acute medication was taken.
NONE_TAKEN = "none"

_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WHOLE_RE = re.compile(r"[+-]?[0-9]+")
_DECIMAL_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_NEWLINE_RE = re.compile(r"\r\n|\r|\n")
# Bytes that are not UTF-8 decode to these lone surrogates under "surrogateescape".
_UNDECODABLE_RE = re.compile("[\udc80-\udcff]")


class CsvKind(str, Enum):
    ENTRIES = "entries"
    INJECTIONS = "injections"
    CHECKINS = "check-ins"
    GOALS = "goals"
    GOAL_RATINGS = "goal ratings"

    @property
    def columns(self) -> tuple[str, ...]:
        return _KIND_COLUMNS[self][0]

    @property
    def required(self) -> tuple[str, ...]:
        columns, required = _KIND_COLUMNS[self]
        return columns[:required]


#: Each kind's columns, and how many of the first are required.
_KIND_COLUMNS: dict[CsvKind, tuple[tuple[str, ...], int]] = {
    CsvKind.ENTRIES: (ENTRY_COLUMNS, 1),
    CsvKind.INJECTIONS: (INJECTION_COLUMNS, 4),
    CsvKind.CHECKINS: (CHECKIN_COLUMNS, 5),
    CsvKind.GOALS: (GOAL_COLUMNS, 2),
    CsvKind.GOAL_RATINGS: (RATING_COLUMNS, 5),
}


def _kind_of(names: Sequence[str]) -> CsvKind:
    """A file's kind from its header (PRODUCT.md §7: told apart by header)."""
    if {"answered", "impression", "worn_off"}.intersection(names):
        return CsvKind.CHECKINS
    if "rating" in names:
        return CsvKind.GOAL_RATINGS
    if "goal" in names:
        return CsvKind.GOALS
    return CsvKind.INJECTIONS if _INJECTION_ONLY.intersection(names) else CsvKind.ENTRIES


@dataclass(frozen=True)
class CsvProblem:
    """One thing wrong with an imported file, at a 1-based physical line and column."""

    source: str
    line: int
    column: int
    reason: str

    def __str__(self) -> str:
        if self.line == 0:  # the file as a whole (it could not be read)
            return f"{self.source}: {self.reason}"
        return f"{self.source}:{self.line}:{self.column}: {self.reason}"


class CsvImportError(Exception):
    """An import was refused and nothing was written; ``problems`` says why, one per line."""

    def __init__(self, problems: list[str]) -> None:
        count = len(problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the CSV files")
        self.problems = problems


R = TypeVar("R")
E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class CsvRecord(Generic[R]):
    """A record read from a file, with where its date cell is (for later cross-checks)."""

    record: R
    line: int
    column: int


@dataclass
class ParsedCsv:
    """What one file held: its kind, the valid records, and the problems of the rest."""

    path: Path
    kind: CsvKind | None = None
    entries: list[CsvRecord[Entry]] = field(default_factory=list)
    injections: list[CsvRecord[Injection]] = field(default_factory=list)
    checkins: list[CsvRecord[CheckIn]] = field(default_factory=list)
    goals: list[CsvRecord[Goal]] = field(default_factory=list)
    ratings: list[CsvRecord[GoalRating]] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)
    columns: frozenset[str] = frozenset()  # the header's known columns

    @property
    def source(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class ImportPlan:
    """Every file of an import, parsed and cross-checked, before the journal is consulted."""

    files: tuple[ParsedCsv, ...]
    problems: tuple[CsvProblem, ...]

    @property
    def entries(self) -> list[Entry]:
        return [r.record for f in self.files for r in f.entries]

    @property
    def injections(self) -> list[Injection]:
        return [r.record for f in self.files for r in f.injections]

    @property
    def checkins(self) -> list[CheckIn]:
        return [r.record for f in self.files for r in f.checkins]

    @property
    def goals(self) -> list[Goal]:
        return [r.record for f in self.files for r in f.goals]

    @property
    def ratings(self) -> list[GoalRating]:
        return [r.record for f in self.files for r in f.ratings]


@dataclass(frozen=True)
class ImportResult:
    """How many records an import wrote."""

    entries: int
    injections: int
    checkins: int = 0
    goals: int = 0
    ratings: int = 0


# -- import ------------------------------------------------------------------------------


def import_csv_files(
    repo: JournalRepository, paths: Sequence[Path], *, replace: bool, today: dt.date
) -> ImportResult:
    """Import entries and injections CSV files: everything, or nothing and a CsvImportError."""
    return apply_import(repo, prepare_import(paths, today), replace=replace)


def prepare_import(paths: Sequence[Path], today: dt.date) -> ImportPlan:
    """Read every file and check it, alone and against the others (not against a journal)."""
    files = tuple(read_csv(Path(path), today) for path in paths)
    problems = [p for f in files for p in f.problems] + _duplicate_entry_days(files)
    problems += _repeated_checkin_records(files)
    return ImportPlan(files, tuple(_sorted(problems, files)))


def apply_import(repo: JournalRepository, plan: ImportPlan, *, replace: bool) -> ImportResult:
    """Write a plan in one transaction, unless it or its clashes with the journal have problems."""
    problems = list(plan.problems) + _checkin_cross_checks(repo, plan, replace=replace)
    if not replace:
        problems += _journal_clashes(repo, plan.files)
    if problems:
        raise CsvImportError([str(p) for p in _sorted(problems, plan.files)])
    entries = _with_absent_columns_kept(repo, plan) if replace else plan.entries
    injections = plan.injections
    repo.import_records(
        entries,
        injections,
        replace=replace,
        checkins=plan.checkins,
        goals=plan.goals,
        ratings=plan.ratings,
    )
    return ImportResult(
        len(entries), len(injections), len(plan.checkins), len(plan.goals), len(plan.ratings)
    )


#: The Entry fields each optional entries column carries.
_ENTRY_FIELDS = {
    "spasm_severity": ("spasm_severity",),
    "headache_severity": ("headache_severity",),
    "headache_hours": ("headache_hours",),
    "spasm_episodes": ("spasm_episodes",),
    "medication": ("medication", "medication_recorded"),
    "side_effects": ("side_effects", "side_effect_other"),
    "triggers": ("triggers",),
    "notes": ("notes",),
}


def _with_absent_columns_kept(repo: JournalRepository, plan: ImportPlan) -> list[Entry]:
    """Entries replacing days already kept take only the columns their file has.

    A file of "date,headache_severity" replaces the headache of those days, not their
    spasm severity, medication or notes, which it never mentioned.
    """
    merged = []
    for parsed in plan.files:
        absent = [
            name
            for column, names in _ENTRY_FIELDS.items()
            if column not in parsed.columns
            for name in names
        ]
        for found in parsed.entries:
            entry = found.record
            kept = repo.entry(entry.day) if absent else None
            if kept is not None:
                entry = replace(entry, **{name: getattr(kept, name) for name in absent})
            merged.append(entry)
    return merged


def _sorted(problems: list[CsvProblem], files: Sequence[ParsedCsv]) -> list[CsvProblem]:
    order: dict[str, int] = {}
    for index, parsed in enumerate(files):
        order.setdefault(parsed.source, index)
    return sorted(problems, key=lambda p: (order.get(p.source, len(order)), p.line, p.column))


def _duplicate_entry_days(files: Sequence[ParsedCsv]) -> list[CsvProblem]:
    first: dict[dt.date, tuple[ParsedCsv, int]] = {}
    problems = []
    for parsed in files:
        for found in parsed.entries:
            day = found.record.day
            if day not in first:
                first[day] = (parsed, found.line)
                continue
            other, line = first[day]
            where = f"line {line}" if other is parsed else f"{other.source} line {line}"
            problems.append(
                CsvProblem(
                    parsed.source,
                    found.line,
                    found.column,
                    f"date: {day.isoformat()} already has an entry on {where}",
                )
            )
    return problems


def _journal_clashes(repo: JournalRepository, files: Sequence[ParsedCsv]) -> list[CsvProblem]:
    entry_days = repo.entry_days()
    injection_days = {injection.day for injection in repo.injections()}
    problems = []
    for parsed in files:
        for entry in parsed.entries:
            if entry.record.day in entry_days:
                problems.append(_clash(parsed, entry, "already has an entry in the journal"))
        for injection in parsed.injections:
            if injection.record.day in injection_days:
                problems.append(_clash(parsed, injection, "already has injections in the journal"))
    return problems


def _clash(
    parsed: ParsedCsv, found: CsvRecord[Entry] | CsvRecord[Injection], what: str
) -> CsvProblem:
    day = found.record.day.isoformat()
    return CsvProblem(
        parsed.source,
        found.line,
        found.column,
        f"date: {day} {what}; import with replace to overwrite it",
    )


# -- reading one file --------------------------------------------------------------------


class _CellError(ValueError):
    """A cell's text cannot be turned into its field's value."""


def read_csv(path: Path, today: dt.date) -> ParsedCsv:
    """Read one entries or injections file (told apart by its header) and check every row."""
    parsed = ParsedCsv(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        parsed.problems.append(
            CsvProblem(parsed.source, 0, 0, f"cannot be read: {_os_reason(exc)}")
        )
        return parsed
    # Bad bytes survive decoding as lone surrogates, so each is reported at its own cell.
    text = data.decode("utf-8-sig", errors="surrogateescape")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        _read_rows(reader, parsed, today)
    except csv.Error as exc:
        parsed.problems.append(
            CsvProblem(parsed.source, max(reader.line_num, 1), 1, f"is not valid CSV: {exc}")
        )
    return parsed


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _read_rows(reader: CsvReader, parsed: ParsedCsv, today: dt.date) -> None:
    header: _Header | None = None
    start = 1  # the physical line where the next record begins
    for cells in reader:
        if any(cell.strip() for cell in cells):
            if header is None:
                if _is_analysis(cells, start, parsed):
                    return
                header = _read_header(cells, start, parsed)
            elif header.readable:
                _read_record(_Row(parsed, header, cells, start), today)
        start = reader.line_num + 1
    if header is None:
        parsed.problems.append(
            CsvProblem(parsed.source, 1, 1, "the file is empty; it needs a header row")
        )


def _is_analysis(cells: list[str], line: int, parsed: ParsedCsv) -> bool:
    """Whether the header is that of cycles.csv or monthly.csv; if so, says why it is refused."""
    names = {cell.strip().lower() for cell in cells}
    for name, marks in ANALYSIS_MARKS.items():
        if marks <= names:
            reason = (
                f"this is {name}, an export-only analysis of a journal; it cannot be "
                "imported (import entries.csv and injections.csv instead)"
            )
            parsed.problems.append(CsvProblem(parsed.source, line, 1, reason))
            return True
    return False


@dataclass
class _Header:
    kind: CsvKind
    columns: dict[str, int]  # name -> 0-based index of its first occurrence
    width: int
    readable: bool  # False when a required column is missing, so rows are not checked


def _read_header(cells: list[str], line: int, parsed: ParsedCsv) -> _Header:
    names = [cell.strip().lower() for cell in cells]
    kind = _kind_of(names)
    parsed.kind = kind
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        reason = _column_problem(name, kind, columns)
        if reason:
            parsed.problems.append(CsvProblem(parsed.source, line, index + 1, reason))
        elif name not in columns:
            columns[name] = index
    parsed.columns = frozenset(columns)
    missing = [name for name in kind.required if name not in columns]
    for name in missing:
        parsed.problems.append(
            CsvProblem(
                parsed.source, line, 1, f"{name}: required column of {kind.value} is missing"
            )
        )
    return _Header(kind, columns, len(cells), readable=not missing)


def _column_problem(name: str, kind: CsvKind, seen: dict[str, int]) -> str:
    if _UNDECODABLE_RE.search(name):
        return f"column name {_NOT_UTF8}"
    if not name:
        return "column has no name"
    if name in seen:
        return f"{name}: column appears twice (first as column {seen[name] + 1})"
    if name in kind.columns:
        return ""
    if kind is CsvKind.INJECTIONS and name in _ENTRY_ONLY:
        return f"{name}: is a column of entries; put entries and injections in separate files"
    hint = "; the file seems to use ';' between columns, use ','" if ";" in name else ""
    return f"{_quote(name)}: unknown column; {kind.value} has {', '.join(kind.columns)}{hint}"


class _Row:
    """One data row: its cells by column name, where each cell starts, and its problems."""

    def __init__(self, parsed: ParsedCsv, header: _Header, cells: list[str], line: int) -> None:
        self.parsed = parsed
        self.header = header
        self.cells = cells
        self.failed: set[str] = set()
        self.problem_count = 0
        # A quoted cell may span lines, so each later cell starts that many lines lower.
        self.lines = [line]
        for cell in cells[:-1]:
            self.lines.append(self.lines[-1] + len(_NEWLINE_RE.findall(cell)))

    @property
    def start(self) -> tuple[int, int]:
        return self.lines[0], 1

    def where(self, name: str, fallbacks: Sequence[str] = ()) -> tuple[int, int]:
        for candidate in (name, *fallbacks):
            index = self.header.columns.get(candidate)
            if index is not None:
                return self.lines[index], index + 1
        return self.start

    def report(self, name: str, message: str, fallbacks: Sequence[str] = ()) -> None:
        line, column = self.where(name, fallbacks)
        self.parsed.problems.append(
            CsvProblem(self.parsed.source, line, column, f"{name}: {message}")
        )
        self.failed.add(name)
        self.problem_count += 1

    def raw(self, name: str) -> str | None:
        """The cell of a column as written, or None when the file has no such column."""
        index = self.header.columns.get(name)
        return None if index is None else self.cells[index]

    def text(self, name: str) -> str:
        """A free-text cell, kept exactly as written."""
        raw = self.raw(name)
        if raw is None:
            return ""
        if _UNDECODABLE_RE.search(raw):
            self.report(name, _NOT_UTF8)
            return ""
        return raw

    def value(self, name: str, parse: Callable[[str], R], default: R) -> R:
        """A cell's value, ``default`` when absent or blank; a bad cell is reported."""
        raw = self.raw(name)
        if raw is None or not raw.strip():
            return default
        try:
            if _UNDECODABLE_RE.search(raw):
                raise _CellError(_NOT_UTF8)
            return parse(raw)
        except _CellError as exc:
            self.report(name, str(exc))
            return default

    def required(self, name: str, parse: Callable[[str], R], placeholder: R) -> R:
        raw = self.raw(name)
        if raw is not None and not raw.strip():
            self.report(name, "is required")
            return placeholder
        return self.value(name, parse, placeholder)

    def report_rules(self, problems: Iterable[Problem], notes: dict[str, str]) -> None:
        """Report broken rules, except those about a field whose cell was already reported."""
        for problem in problems:
            if problem.field not in self.failed:
                fallbacks = WINDOW_COLUMNS if problem.field in WINDOW_COLUMNS else ()
                self.report(
                    problem.field, problem.message + notes.get(problem.field, ""), fallbacks
                )


def _read_record(row: _Row, today: dt.date) -> None:
    if len(row.cells) != row.header.width:
        line, _ = row.start
        column = min(len(row.cells), row.header.width) + 1
        row.parsed.problems.append(
            CsvProblem(
                row.parsed.source,
                line,
                column,
                f"row has {len(row.cells)} fields but the header has {row.header.width}",
            )
        )
        return
    kind = row.header.kind
    if kind is CsvKind.ENTRIES:
        entry = _entry_from(row, today)
        if entry is not None:
            row.parsed.entries.append(CsvRecord(entry, *row.where("date")))
    elif kind is CsvKind.INJECTIONS:
        injection = _injection_from(row, today)
        if injection is not None:
            row.parsed.injections.append(CsvRecord(injection, *row.where("date")))
    elif kind is CsvKind.CHECKINS:
        checkin = _checkin_from(row, today)
        if checkin is not None:
            row.parsed.checkins.append(CsvRecord(checkin, *row.where("session_date")))
    elif kind is CsvKind.GOALS:
        goal = _goal_from(row)
        if goal is not None:
            row.parsed.goals.append(CsvRecord(goal, *row.where("goal")))
    else:
        rating = _rating_from(row, today)
        if rating is not None:
            row.parsed.ratings.append(CsvRecord(rating, *row.where("goal")))


def _entry_from(row: _Row, today: dt.date) -> Entry | None:
    side_effects, other_text = row.value("side_effects", _parse_side_effects, _NO_SIDE_EFFECTS)
    # A blank cell or a missing column records nothing about medication (§3).
    medication = row.value("medication", _parse_medication, None)
    entry = Entry(
        day=row.required("date", _parse_date, today),
        spasm_severity=row.value("spasm_severity", _parse_whole, None),
        headache_severity=row.value("headache_severity", _parse_whole, None),
        headache_hours=row.value("headache_hours", _parse_decimal, None),
        spasm_episodes=row.value("spasm_episodes", _parse_whole, None),
        medication=medication or (),
        side_effects=side_effects,
        side_effect_other=other_text,
        triggers=row.value("triggers", _parse_triggers, ()),
        notes=row.text("notes"),
        medication_recorded=medication is not None,
    )
    row.report_rules(entry_problems(entry, today), {})
    return None if row.problem_count else entry


def _injection_from(row: _Row, today: dt.date) -> Injection | None:
    indication = row.required("indication", _parse_indication, None)
    windows, notes = _windows_from(row, indication)
    injection = Injection(
        day=row.required("date", _parse_date, today),
        product=row.required("product", _parse_product, Product.OTHER),
        units=row.required("units", _parse_decimal, 1.0),
        indication=indication or Indication.OTHER_SPASM,
        windows=windows,
        sites=row.text("sites"),
        clinician=row.text("clinician"),
        lot=row.text("lot"),
        notes=row.text("notes"),
    )
    row.report_rules(injection_problems(injection, today), notes)
    return None if row.problem_count else injection


def _windows_from(
    row: _Row, indication: Indication | None
) -> tuple[ExpectedWindows, dict[str, str]]:
    """The row's windows, each blank or missing one taken from the indication's default.

    Returns notes to add to a broken rule about a defaulted window, so the reader sees why.
    """
    defaults = default_windows(indication) if indication else SPASM_WINDOWS
    values: dict[str, int] = {}
    notes: dict[str, str] = {}
    for name in WINDOW_COLUMNS:
        given = row.value(name, _parse_whole, None)
        values[name] = getattr(defaults, name) if given is None else given
        if given is not None or name in row.failed:
            continue
        if indication is None:
            row.failed.add(name)  # no default to judge it by
        else:
            notes[name] = (
                f" (no {name} given, so the {indication.value} default {values[name]} was used)"
            )
    return ExpectedWindows(**values), notes


def _checkin_from(row: _Row, today: dt.date) -> CheckIn | None:
    checkin = CheckIn(
        session_date=row.required("session_date", _parse_date, today),
        indication=row.required("indication", _parse_indication, Indication.OTHER_SPASM),
        kind=row.required("kind", _parse_kind, CheckInKind.WEEK4),
        answered=row.required("answered", _parse_date, today),
        impression=row.required("impression", _parse_impression, Impression.NO_CHANGE),
        worn_off=row.value("worn_off", _parse_worn_off, None),
        worn_off_date=row.value("worn_off_date", _parse_date, None),
    )
    # Whether the session is one is checked against the journal and the other files.
    row.report_rules(checkin_problems(checkin, {checkin.session_date}, today), {})
    return None if row.problem_count else checkin


def _goal_from(row: _Row) -> Goal | None:
    goal = Goal(
        indication=row.required("indication", _parse_indication, Indication.OTHER_SPASM),
        text=row.text("goal"),
        active=row.value("active", _parse_flag, True),
    )
    row.report_rules(goals_problems([goal]), {})
    return None if row.problem_count else goal


def _rating_from(row: _Row, today: dt.date) -> GoalRating | None:
    rating = GoalRating(
        session_date=row.required("session_date", _parse_date, today),
        indication=row.required("indication", _parse_indication, Indication.OTHER_SPASM),
        kind=row.required("kind", _parse_kind, CheckInKind.WEEK4),
        goal=row.text("goal"),
        rating=row.required("rating", _parse_whole, 0),
    )
    # Whether the goal is one is checked against the journal and the other files.
    row.report_rules(rating_problems(rating, {rating.goal}), {})
    return None if row.problem_count else rating


def _repeated_checkin_records(files: Sequence[ParsedCsv]) -> list[CsvProblem]:
    """One check-in of each kind per session, one rating per goal and check-in, one goal of
    each text per track, across every file of the import."""
    problems = []
    seen: dict[object, tuple[ParsedCsv, int]] = {}

    def once(
        parsed: ParsedCsv, found: CsvRecord[R], key: object, field_name: str, what: str
    ) -> None:
        if key not in seen:
            seen[key] = (parsed, found.line)
            return
        other, line = seen[key]
        where = f"line {line}" if other is parsed else f"{other.source} line {line}"
        reason = f"{field_name}: {what}, as on {where}"
        problems.append(CsvProblem(parsed.source, found.line, found.column, reason))

    for parsed in files:
        for checkin in parsed.checkins:
            key = checkin.record.key
            what = f"repeats the {key.kind.value} check-in of {key.session_date.isoformat()}"
            once(parsed, checkin, ("checkin", key), "session_date", what)
        for goal in parsed.goals:
            key2 = ("goal", goal.record.indication, goal.record.text)
            once(parsed, goal, key2, "goal", f"repeats the goal {_quote(goal.record.text)}")
        for rating in parsed.ratings:
            key3 = ("rating", rating.record.key, rating.record.goal)
            once(parsed, rating, key3, "goal", f"rates {_quote(rating.record.goal)} again")
    return problems


def _checkin_cross_checks(
    repo: JournalRepository, plan: ImportPlan, *, replace: bool
) -> list[CsvProblem]:
    """Check-ins of real sessions, ratings of known goals and check-ins, at most 3 active
    goals per track, and (without ``replace``) no check-in or rating the journal holds."""
    sessions = {(inj.day, inj.indication) for inj in [*repo.injections(), *plan.injections]}
    goals = {(goal.indication, goal.text): goal for goal in repo.goals()}
    goals.update({(goal.indication, goal.text): goal for goal in plan.goals})
    saved = {checkin.key for checkin in repo.checkins()}
    checkins = saved | {checkin.key for checkin in plan.checkins}
    saved_ratings = {(rating.key, rating.goal) for rating in repo.goal_ratings()}
    problems = []
    for parsed in plan.files:
        for found in parsed.checkins:
            key = found.record.key
            if (key.session_date, key.indication) not in sessions:
                reason = (
                    f"session_date: {key.session_date.isoformat()} is not a day with an "
                    f"injection for {key.indication.value}"
                )
                problems.append(CsvProblem(parsed.source, found.line, found.column, reason))
            elif key in saved and not replace:
                reason = (
                    f"session_date: the {key.kind.value} check-in of {key.session_date.isoformat()}"
                    " is already in the journal; import with replace to overwrite it"
                )
                problems.append(CsvProblem(parsed.source, found.line, found.column, reason))
        for rating in parsed.ratings:
            record = rating.record
            reason = ""
            if (record.indication, record.goal) not in goals:
                reason = f"goal: {_quote(record.goal)} is not a goal of {record.indication.value}"
            elif record.key not in checkins:
                reason = (
                    f"kind: no {record.kind.value} check-in of {record.session_date.isoformat()}"
                    f" for {record.indication.value}"
                )
            elif (record.key, record.goal) in saved_ratings and not replace:
                reason = (
                    "goal: is already rated in the journal; import with replace to overwrite it"
                )
            if reason:
                problems.append(CsvProblem(parsed.source, rating.line, rating.column, reason))
    first_goal: dict[Indication, tuple[ParsedCsv, CsvRecord[Goal]]] = {}
    for parsed in plan.files:
        for found_goal in parsed.goals:
            first_goal.setdefault(found_goal.record.indication, (parsed, found_goal))
    for indication, (parsed, found_goal) in first_goal.items():
        # Each goal passed its own checks, so only the rules over the track's goals remain.
        track_goals = [goal for goal in goals.values() if goal.indication is indication]
        for problem in goals_problems(track_goals):
            reason = f"{problem.field}: {problem.message}"
            problems.append(CsvProblem(parsed.source, found_goal.line, 1, reason))
    return problems


# -- cell parsers ------------------------------------------------------------------------


def _quote(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)


def _parse_date(text: str) -> dt.date:
    value = text.strip()
    if not _DATE_RE.fullmatch(value):
        raise _CellError(f"{_quote(value)} is not a date; write it as YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _CellError(f"{value} is not a calendar date") from None


def _parse_whole(text: str) -> int:
    value = text.strip()
    if not _WHOLE_RE.fullmatch(value):
        raise _CellError(f"{_quote(value)} is not a whole number")
    return int(value)


def _parse_decimal(text: str) -> float:
    value = text.strip()
    if not _DECIMAL_RE.fullmatch(value):
        raise _CellError(f"{_quote(value)} is not a number (write e.g. 1.5)")
    return float(value)


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


def _parse_code(enum: type[E], text: str, what: str) -> E:
    code = text.strip().lower()
    for member in enum:
        if member.value.lower() == code:
            return member
    known = ", ".join(member.value for member in enum)
    raise _CellError(f"{_quote(text.strip())} is not {what} (use one of {known})")


def _parse_medication(text: str) -> tuple[MedicationDose, ...]:
    """Doses by class, or ``none``: recorded, and none taken."""
    items = _items(text)
    if any(item.lower() == NONE_TAKEN for item in items):
        if len(items) > 1:
            raise _CellError(f"{NONE_TAKEN!r} says no medication was taken; write it alone")
        return ()
    doses = []
    for item in items:
        code, separator, count = item.partition(_COUNT_SEPARATOR)
        if not separator:
            raise _CellError(f"{_quote(item)} needs a count, e.g. {item}:1")
        medication_class = _parse_code(MedicationClass, code, "a medication class")
        if not _WHOLE_RE.fullmatch(count.strip()):
            raise _CellError(f"{code.strip()} count {_quote(count.strip())} is not a whole number")
        doses.append(MedicationDose(medication_class, int(count)))
    return tuple(doses)


def _parse_side_effects(text: str) -> tuple[tuple[SideEffect, ...], str]:
    """Codes, and the free text of ``other:…``, which runs to the end of the cell."""
    codes_part, other_text = text, ""
    match = _OTHER_RE.search(text)
    if match:
        codes_part, other_text = text[: match.start()], text[match.end() :]
    codes = [_parse_code(SideEffect, item, "a side effect") for item in _items(codes_part)]
    if match:
        codes.append(SideEffect.OTHER)
    return tuple(codes), other_text


def _parse_triggers(text: str) -> tuple[str, ...]:
    return tuple(_items(text))


def _parse_product(text: str) -> Product:
    product = product_from_text(text)
    if product is None:
        raise _CellError(
            f"{_quote(text.strip())} is not a known product "
            f"(a code such as {Product.ONABOTULINUMTOXIN_A.value}, or a brand such as Botox)"
        )
    return product


def _parse_indication(text: str) -> Indication:
    return _parse_code(Indication, text, "an indication")


def _parse_kind(text: str) -> CheckInKind:
    return _parse_code(CheckInKind, text, "a check-in kind")


def _parse_impression(text: str) -> Impression:
    return _parse_code(Impression, text, "an impression of change")


def _parse_worn_off(text: str) -> WornOff:
    return _parse_code(WornOff, text, "an answer to whether it wore off")


def _parse_flag(text: str) -> bool:
    value = text.strip()
    if value not in ("0", "1"):
        raise _CellError(f"{_quote(value)} is not 1 (yes) or 0 (no)")
    return value == "1"


# -- export ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvExport:
    """One file of an export: its name, its header and its rows drawn from the journal."""

    filename: str
    columns: tuple[str, ...]
    rows: Callable[[JournalRepository], Iterable[Sequence[str]]]


def _optional(value: float | None) -> str:
    return "" if value is None else plain(value)


def entry_cells(entry: Entry) -> list[str]:
    return [
        entry.day.isoformat(),
        _optional(entry.spasm_severity),
        _optional(entry.headache_severity),
        _optional(entry.headache_hours),
        _optional(entry.spasm_episodes),
        _medication_cell(entry),
        _side_effects_cell(entry),
        LIST_SEPARATOR.join(entry.triggers),
        entry.notes,
    ]


def _medication_cell(entry: Entry) -> str:
    if not entry.medication_recorded:
        return ""
    if not entry.medication:
        return NONE_TAKEN
    return LIST_SEPARATOR.join(
        f"{dose.medication_class.value}{_COUNT_SEPARATOR}{dose.count}" for dose in entry.medication
    )


def _side_effects_cell(entry: Entry) -> str:
    # The free text of "other" may hold ';', so it goes last, where it runs to the end.
    with_text = bool(entry.side_effect_other)
    codes = [
        code.value for code in entry.side_effects if not (with_text and code is SideEffect.OTHER)
    ]
    if with_text:
        codes.append(OTHER_PREFIX + entry.side_effect_other)
    return LIST_SEPARATOR.join(codes)


def injection_cells(injection: Injection) -> list[str]:
    windows = injection.windows
    return [
        injection.day.isoformat(),
        injection.product.value,
        plain(injection.units),
        injection.indication.value,
        injection.sites,
        injection.clinician,
        injection.lot,
        injection.notes,
        str(windows.onset_min_days),
        str(windows.onset_max_days),
        str(windows.reinjection_min_days),
        str(windows.reinjection_max_days),
    ]


def checkin_cells(checkin: CheckIn) -> list[str]:
    return [
        checkin.session_date.isoformat(),
        checkin.indication.value,
        checkin.kind.value,
        checkin.answered.isoformat(),
        checkin.impression.value,
        checkin.worn_off.value if checkin.worn_off else "",
        checkin.worn_off_date.isoformat() if checkin.worn_off_date else "",
    ]


def goal_cells(goal: Goal) -> list[str]:
    return [goal.indication.value, goal.text, "1" if goal.active else "0"]


def rating_cells(rating: GoalRating) -> list[str]:
    return [
        rating.session_date.isoformat(),
        rating.indication.value,
        rating.kind.value,
        rating.goal,
        str(rating.rating),
    ]


#: What export_csv writes, in this order; a new file is one more CsvExport here.
EXPORTS: list[CsvExport] = [
    CsvExport("entries.csv", ENTRY_COLUMNS, lambda repo: map(entry_cells, repo.entries())),
    CsvExport(
        "injections.csv", INJECTION_COLUMNS, lambda repo: map(injection_cells, repo.injections())
    ),
    CsvExport("checkins.csv", CHECKIN_COLUMNS, lambda repo: map(checkin_cells, repo.checkins())),
    CsvExport("goals.csv", GOAL_COLUMNS, lambda repo: map(goal_cells, repo.goals())),
    CsvExport(
        "goal_ratings.csv", RATING_COLUMNS, lambda repo: map(rating_cells, repo.goal_ratings())
    ),
]


def export_csv(
    repo: JournalRepository, out_dir: Path, exports: Sequence[CsvExport] = EXPORTS
) -> list[Path]:
    """Write every export file into ``out_dir`` (made if missing); returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for export in exports:
        path = out_dir / export.filename
        write_csv(path, export.columns, export.rows(repo))
        written.append(path)
    return written


def write_entries_csv(entries: Iterable[Entry], path: Path) -> None:
    write_csv(path, ENTRY_COLUMNS, map(entry_cells, entries))


def write_injections_csv(injections: Iterable[Injection], path: Path) -> None:
    write_csv(path, INJECTION_COLUMNS, map(injection_cells, injections))


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write a UTF-8 CSV with RFC 4180 quoting; a failure leaves any earlier file intact."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(fd, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\r\n")
            writer.writerow(columns)
            writer.writerows(rows)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
