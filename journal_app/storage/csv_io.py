"""CSV import and export of PRODUCT.md §7: entries, injections, check-ins, goals and ratings,
imported all or nothing."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from journal_app.domain.checkins import CheckIn, Goal, GoalRating
from journal_app.domain.metrics import SPASM_WINDOWS
from journal_app.domain.models import Entry, ExpectedWindows, Indication, Injection
from journal_app.domain.validation import (
    Problem,
    checkin_problems,
    entry_problems,
    goals_problems,
    injection_problems,
    rating_problems,
)
from journal_app.domain.windows import default_windows
from journal_app.storage import csv_checkins
from journal_app.storage.csv_columns import (
    CHECKIN_COLUMNS,
    CHECKIN_TABLE,
    ENTRY_COLUMNS,
    ENTRY_TABLE,
    GOAL_COLUMNS,
    GOAL_TABLE,
    INJECTION_COLUMNS,
    INJECTION_TABLE,
    NUMBER_RANGES,
    RATING_COLUMNS,
    RATING_TABLE,
    TEXT_COLUMNS,
    TODAY,
    WINDOW_COLUMNS,
    CellError,
    Column,
    TooLong,
    guard,
    names,
    parse_whole,
    quote,
    unguarded,
)
from journal_app.storage.csv_columns import (
    cells as record_cells,
)
from journal_app.storage.files import NotARegularFile, read_regular, replaced
from journal_app.storage.repository import JournalRepository

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

_INJECTION_ONLY = frozenset(INJECTION_COLUMNS) - frozenset(ENTRY_COLUMNS)
_ENTRY_ONLY = frozenset(ENTRY_COLUMNS) - frozenset(INJECTION_COLUMNS)
#: Columns that every version of the export-only analyses has, by the file's name (§7).
ANALYSIS_MARKS = {
    "cycles.csv": frozenset({"cycle_days", "onset_status"}),
    "monthly.csv": frozenset({"month", "logged_days", "headache_days"}),
}
_NOT_UTF8 = "is not valid UTF-8 text (save the file as CSV UTF-8)"
#: No journal's CSV comes near this (20 years of entries is ~0.5 MB); a bigger input is refused
#: before it is read, so a wrong file cannot fill the memory.
MAX_FILE_BYTES = 64_000_000
# Cells up to the file's size reach the rules, which name the column and its limit.
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
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
    def table(self) -> tuple[Column[Any], ...]:
        return _TABLES[self]

    @property
    def columns(self) -> tuple[str, ...]:
        return names(self.table)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.table if column.required)


_TABLES: dict[CsvKind, tuple[Column[Any], ...]] = {
    CsvKind.ENTRIES: ENTRY_TABLE,
    CsvKind.INJECTIONS: INJECTION_TABLE,
    CsvKind.CHECKINS: CHECKIN_TABLE,
    CsvKind.GOALS: GOAL_TABLE,
    CsvKind.GOAL_RATINGS: RATING_TABLE,
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
    problems += [CsvProblem(*found) for found in csv_checkins.repeated_records(files)]
    return ImportPlan(files, tuple(_sorted(problems, files)))


def apply_import(repo: JournalRepository, plan: ImportPlan, *, replace: bool) -> ImportResult:
    """Write a plan in one transaction, unless it or its clashes with the journal have problems."""
    problems = list(plan.problems)
    problems += [
        CsvProblem(*found) for found in csv_checkins.cross_checks(repo, plan, replace=replace)
    ]
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


def _with_absent_columns_kept(repo: JournalRepository, plan: ImportPlan) -> list[Entry]:
    """Entries replacing days already kept take only the columns their file has.

    A file of "date,headache_severity" replaces the headache of those days, not their
    spasm severity, medication or notes, which it never mentioned.
    """
    merged = []
    for parsed in plan.files:
        absent = [
            field
            for column in ENTRY_TABLE
            if not column.required and column.name not in parsed.columns
            for field in column.fields
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


def read_csv(path: Path, today: dt.date) -> ParsedCsv:
    """Read one entries or injections file (told apart by its header) and check every row."""
    parsed = ParsedCsv(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except NotARegularFile as exc:
        parsed.problems.append(CsvProblem(parsed.source, 0, 0, _whole_file_reason(exc)))
        return parsed
    except OSError as exc:
        parsed.problems.append(
            CsvProblem(parsed.source, 0, 0, f"cannot be read: {_os_reason(exc)}")
        )
        return parsed
    if encoding := _other_encoding(data):
        reason = f"is not UTF-8 text (it looks like {encoding}); save it as CSV UTF-8"
        parsed.problems.append(CsvProblem(parsed.source, 0, 0, reason))
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


def _whole_file_reason(exc: NotARegularFile) -> str:
    """The message without the file's name, which the problem's place already gives."""
    return str(exc).removeprefix(str(exc.path)).strip()


_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def _other_encoding(data: bytes) -> str | None:
    """The encoding a file is in when it is plainly not UTF-8 (a byte-order mark, or the zero
    bytes of UTF-16 text); None otherwise (single bad bytes are reported at their cells)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    if head.count(0) * 4 >= len(head) > 0:
        return "UTF-16"
    return None


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
    return f"{quote(name)}: unknown column; {kind.value} has {', '.join(kind.columns)}{hint}"


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
        """The cell of a column as written (less the ' that kept a spreadsheet from running
        it as a formula, in a text column), or None when the file has no such column."""
        index = self.header.columns.get(name)
        if index is None:
            return None
        cell = self.cells[index]
        return unguarded(cell) if name in TEXT_COLUMNS else cell

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
                raise CellError(_NOT_UTF8)
            return parse(raw)
        except TooLong as exc:
            low, high = NUMBER_RANGES[name]
            self.report(name, f"{exc} is not a number between {low} and {high}")
            return default
        except CellError as exc:
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
        checkin = CheckIn(**_values(row, CHECKIN_TABLE, today))
        # Whether the session is one is checked against the journal and the other files.
        if _passes(row, checkin_problems(checkin, {checkin.session_date}, today)):
            row.parsed.checkins.append(CsvRecord(checkin, *row.where("session_date")))
    elif kind is CsvKind.GOALS:
        goal = Goal(**_values(row, GOAL_TABLE, today))
        if _passes(row, goals_problems([goal])):
            row.parsed.goals.append(CsvRecord(goal, *row.where("goal")))
    else:
        rating = GoalRating(**_values(row, RATING_TABLE, today))
        # Whether the goal is one is checked against the journal and the other files.
        if _passes(row, rating_problems(rating, {rating.goal})):
            row.parsed.ratings.append(CsvRecord(rating, *row.where("goal")))


def _passes(row: _Row, problems: Iterable[Problem]) -> bool:
    """Whether the row's record keeps the rules (broken ones are reported)."""
    row.report_rules(problems, {})
    return not row.problem_count


def _values(row: _Row, table: Sequence[Column[Any]], today: dt.date) -> dict[str, Any]:
    """The record fields a row's cells give, each blank or bad one its column's default."""
    values: dict[str, Any] = {}
    for column in table:
        if column.name in WINDOW_COLUMNS:
            continue  # read together, against the indication's defaults: _windows_from
        default = today if column.default is TODAY else column.default
        value: Any
        if column.parse is None:
            value = row.text(column.name)
        elif column.required:
            value = row.required(column.name, column.parse, default)
        else:
            value = row.value(column.name, column.parse, default)
        spread = value if len(column.fields) > 1 else (value,)
        values.update(zip(column.fields, spread, strict=True))
    return values


def _entry_from(row: _Row, today: dt.date) -> Entry | None:
    entry = Entry(**_values(row, ENTRY_TABLE, today))
    row.report_rules(entry_problems(entry, today), {})
    return None if row.problem_count else entry


def _injection_from(row: _Row, today: dt.date) -> Injection | None:
    values = _values(row, INJECTION_TABLE, today)
    indication = values["indication"]
    values["windows"], notes = _windows_from(row, indication)
    values["indication"] = indication or Indication.OTHER_SPASM
    injection = Injection(**values)
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
        given = row.value(name, parse_whole, None)
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


# -- export ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvExport:
    """One file of an export: its name, its header and its rows drawn from the journal."""

    filename: str
    columns: tuple[str, ...]
    rows: Callable[[JournalRepository], Iterable[Sequence[str]]]


def entry_cells(entry: Entry) -> list[str]:
    return record_cells(ENTRY_TABLE, entry)


def injection_cells(injection: Injection) -> list[str]:
    return record_cells(INJECTION_TABLE, injection)


#: What export_csv writes, in this order; a new file is one more CsvExport here.
EXPORTS: list[CsvExport] = [
    CsvExport("entries.csv", ENTRY_COLUMNS, lambda repo: map(entry_cells, repo.entries())),
    CsvExport(
        "injections.csv", INJECTION_COLUMNS, lambda repo: map(injection_cells, repo.injections())
    ),
    CsvExport(
        "checkins.csv",
        CHECKIN_COLUMNS,
        lambda repo: (record_cells(CHECKIN_TABLE, c) for c in repo.checkins()),
    ),
    CsvExport(
        "goals.csv", GOAL_COLUMNS, lambda repo: (record_cells(GOAL_TABLE, g) for g in repo.goals())
    ),
    CsvExport(
        "goal_ratings.csv",
        RATING_COLUMNS,
        lambda repo: (record_cells(RATING_TABLE, r) for r in repo.goal_ratings()),
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
    """Write a UTF-8 CSV with RFC 4180 quoting; a failure leaves any earlier file intact.

    Cells of TEXT_COLUMNS that a spreadsheet would run as a formula get a leading '.
    """
    guarded = [index for index, name in enumerate(columns) if name in TEXT_COLUMNS]
    with replaced(path) as temp, temp.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            if guarded:
                row = list(row)
                for index in guarded:
                    row[index] = guard(row[index])
            writer.writerow(row)
