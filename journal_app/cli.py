"""The command line of PRODUCT.md §7: argument parsing and the subcommands (no Qt here)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app import __version__
from journal_app.storage.errors import (
    DamagedJournal,
    JournalError,
    JournalNotFound,
    NewerJournal,
    NotAJournal,
)

if TYPE_CHECKING:
    from journal_app.domain.checkins import PatientReports
    from journal_app.domain.models import Entry, Injection, Profile
    from journal_app.storage.repository import JournalRepository

# The storage modules (and sqlite-utils behind them) are imported inside the commands, not
# here: parsing the command line is also how the window starts, and it must start fast.

PROG = "relief-journal"
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2

#: Errors that mean the user pointed at the wrong file, not that something broke.
_BAD_INPUT_ERRORS = (JournalNotFound, NotAJournal, NewerJournal, DamagedJournal)


class BadInput(Exception):
    """Something the user gave cannot be used; ``str()`` is the message for them."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Relief Journal: symptoms charted against botulinum toxin injection cycles. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--journal", type=Path, metavar="PATH", help="the journal file to open")
    parser.add_argument(
        "--read-only", action="store_true", help="open the journal without allowing changes"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    import_csv = _command(
        commands,
        "import-csv",
        "import entries, injections, check-ins, goals or goal ratings CSV files",
    )
    import_csv.add_argument(
        "--replace",
        action="store_true",
        help="overwrite days the journal already has instead of refusing them",
    )
    import_csv.add_argument("files", nargs="+", type=Path, metavar="FILE", help="CSV files")

    export = _command(commands, "export-csv", "write the journal as CSV files into a folder")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder")

    backup = _command(commands, "backup", "write a consistent copy of the journal")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE", help="the copy")

    _command(commands, "check", "check the journal's integrity")

    pdf = _command(commands, "export-pdf", "write the clinician report as a PDF file")
    pdf.add_argument("--out", type=Path, required=True, metavar="FILE", help="the PDF file")
    _range_arguments(pdf, "the report's")
    ics = _command(
        commands, "export-ics", "write the upcoming injection windows and check-ups as iCalendar"
    )
    ics.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .ics file")
    fhir = _command(
        commands, "export-fhir", "write the journal as a FHIR R4 Bundle for clinics (JSON)"
    )
    fhir.add_argument("--out", type=Path, required=True, metavar="FILE", help="the .json file")
    _range_arguments(fhir, "the export's")
    return parser


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12"
        ) from None


def _range_arguments(parser: argparse.ArgumentParser, whose: str) -> None:
    parser.add_argument(
        "--from",
        dest="start",
        type=_iso_date,
        metavar="DATE",
        help=f"{whose} first day, YYYY-MM-DD (default: the journal's first day)",
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=_iso_date,
        metavar="DATE",
        help=f"{whose} last day, YYYY-MM-DD (default: today)",
    )


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
    )
    parser.add_argument(
        "--journal", type=Path, required=True, metavar="PATH", help="the journal file"
    )
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line; ``command`` is None when the window should open.

    Usage errors exit with status 2 and ``--version`` with 0, as argparse does.
    """
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    """Run a subcommand and return its exit status; user errors never raise."""
    handler = _HANDLERS.get(args.command or "")
    if handler is None:
        raise ValueError(f"run() handles subcommands, not {args.command!r}")
    from journal_app.storage.csv_io import CsvImportError
    from journal_app.storage.files import NotARegularFile, UnsafeOutput
    from journal_app.storage.online_copy import UnsafeBackupTarget

    try:
        return handler(args)
    except CsvImportError as exc:
        for problem in exc.problems:
            _error(problem)
        count = len(exc.problems)
        _error(
            f"{PROG}: nothing was imported ({count} problem{'s' if count != 1 else ''}); "
            "the journal is unchanged."
        )
        return EXIT_BAD_INPUT
    except (
        BadInput,
        UnsafeBackupTarget,
        UnsafeOutput,
        NotARegularFile,
        *_BAD_INPUT_ERRORS,
    ) as exc:
        _error(f"{PROG}: {exc}")
        return EXIT_BAD_INPUT
    except JournalError as exc:
        _error(f"{PROG}: {exc}")
        return EXIT_FAILURE
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _error(f"{PROG}: {where}{exc.strerror or exc}")
        return EXIT_FAILURE


def main(argv: Sequence[str] | None = None) -> int:
    """Parse and run a subcommand; the window is app.py's, so here it is a usage error."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        if exc.code is None:
            return EXIT_OK
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        _error(f"{PROG}: give a command (the window opens through main.py); see --help")
        return EXIT_BAD_INPUT
    return run(args)


def _error(message: str) -> None:
    print(message, file=sys.stderr)


# -- subcommands -------------------------------------------------------------------------


@contextmanager
def _opened(path: Path, *, read_only: bool, create: bool = False) -> Iterator[JournalRepository]:
    """A journal for one command, closed afterwards; what the user should know is printed."""
    from journal_app.usecases.opening import notices, opened

    with opened(path, read_only=read_only, create=create) as repo:
        for notice in notices(repo):
            _error(f"{PROG}: note: {notice}")
        yield repo


def _import_csv(args: argparse.Namespace) -> int:
    from journal_app.storage.csv_io import CsvImportError, apply_import, prepare_import

    plan = prepare_import(args.files, dt.date.today())
    if plan.problems:
        # Refused before the journal is opened, so a missing journal is not created.
        raise CsvImportError([str(problem) for problem in plan.problems])
    with _opened(args.journal, read_only=False, create=True) as repo:
        result = apply_import(repo, plan, replace=args.replace)
    counted = [
        _count(result.entries, "entry", "entries"),
        _count(result.injections, "injection", "injections"),
    ]
    if result.checkins or result.goals or result.ratings:
        counted += [
            _count(result.checkins, "check-in", "check-ins"),
            _count(result.goals, "goal", "goals"),
            _count(result.ratings, "goal rating", "goal ratings"),
        ]
    print(f"Imported {', '.join(counted[:-1])} and {counted[-1]} into {args.journal}.")
    return EXIT_OK


def _export_csv(args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise BadInput(f"{out} is a file; --out needs a folder.")
    from journal_app.storage.analysis_csv import full_export
    from journal_app.storage.csv_io import export_csv

    with _opened(args.journal, read_only=True) as repo:
        written = export_csv(repo, out, full_export(dt.date.today()))
    print(f"Exported {', '.join(path.name for path in written)} into {out}.")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from journal_app.storage.online_copy import backup_journal

    with _opened(args.journal, read_only=True) as repo:
        backup_journal(repo.db, args.out)
    print(f"Backed up {args.journal} to {args.out}.")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    """SQLite's integrity and foreign-key checks, and every row against the domain's rules."""
    from journal_app.storage.db import integrity_problems

    try:
        with _opened(args.journal, read_only=True) as repo:
            problems = integrity_problems(repo.db)
            if problems:
                _error(f"{args.journal} has {_count(len(problems), 'problem', 'problems')}:")
                for problem in problems:
                    _error(f"  {problem}")
                _error(_latest_backup_text(args.journal))
                return EXIT_FAILURE
            entries, injections = repo.counts()
    except DamagedJournal as exc:
        _error(f"{PROG}: {exc}")
        for detail in exc.details:
            _error(f"  {detail} breaks the journal's rules")
        _error(_latest_backup_text(args.journal))
        return EXIT_BAD_INPUT
    print(f"ok: {entries} entries, {injections} injections")
    return EXIT_OK


def _latest_backup_text(journal: Path) -> str:
    """Where the newest sound backup of a journal in trouble is, for the user to restore."""
    from journal_app.usecases.recovery import recovery

    found = recovery(journal)
    if found.backup is None:
        return str(found.message)
    return f"{found.message} Opening the journal in the window offers to restore it."


def _output_file(out: Path) -> Path:
    """An --out file the command may write: a regular file or none yet, in a folder that
    exists (checked again as it is written: storage.files.replaced)."""
    from journal_app.storage.files import check_output

    check_output(out)
    return out


def _export_pdf(args: argparse.Namespace) -> int:
    from journal_app.domain.report import ReportOptions, build_report

    out, profile, entries, injections, patient = _records_to_write(args)
    options = ReportOptions(start=args.start, end=args.end)
    with _range_refused():
        report = build_report(
            profile, entries, injections, options, today=dt.date.today(), patient=patient
        )
    _offscreen_qt()
    from journal_app.report import write_pdf

    pages = write_pdf(report, out)
    print(f"Wrote the report ({_count(pages, 'page', 'pages')}) to {out}.")
    return EXIT_OK


def _export_ics(args: argparse.Namespace) -> int:
    out, profile, entries, injections, _ = _records_to_write(args)
    from journal_app.domain.analytics import Analysis
    from journal_app.services.ics import write_ics

    _offscreen_qt()  # for the translators: the calendar's words follow the system's language
    analysis = Analysis.of(entries, injections, profile, dt.date.today())
    count = write_ics(out, analysis, profile.name)
    print(f"Wrote {_count(count, 'event', 'events')} to {out}.")
    return EXIT_OK


def _export_fhir(args: argparse.Namespace) -> int:
    out, profile, entries, injections, patient = _records_to_write(args)
    from journal_app.services.fhir import write_fhir

    today = dt.date.today()
    with _range_refused():
        counts = write_fhir(
            out,
            profile,
            entries,
            injections,
            today=today,
            start=args.start,
            end=args.end,
            patient=patient,
        )
    print(
        f"Wrote the patient, {_count(counts.observations, 'observation', 'observations')}, "
        f"{_count(counts.administrations, 'injection', 'injections')} and "
        f"{_count(counts.questionnaire_responses, 'check-in', 'check-ins')} as FHIR to {out}."
    )
    return EXIT_OK


def _records_to_write(
    args: argparse.Namespace,
) -> tuple[Path, Profile, list[Entry], list[Injection], PatientReports]:
    """An export's --out file, checked first, and what the journal holds (closed again)."""
    from journal_app.domain.checkins import PatientReports

    out = _output_file(args.out)
    with _opened(args.journal, read_only=True) as repo:
        patient = PatientReports(
            tuple(repo.checkins()), tuple(repo.goals()), tuple(repo.goal_ratings())
        )
        return out, repo.profile(), repo.entries(), repo.injections(), patient


@contextmanager
def _range_refused() -> Iterator[None]:
    """A --from/--to the journal's days cannot give is the user's to fix."""
    from journal_app.domain.report import ReportRangeError

    try:
        yield
    except ReportRangeError as exc:
        raise BadInput(str(exc)) from exc


def _offscreen_qt() -> None:
    """The report draws with Qt, and its charts are the window's widgets: a QApplication
    without a screen (kept alive on the module, as Qt allows one per process)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from journal_app.i18n import install_translators

    global _qt_app
    if QApplication.instance() is None:
        _qt_app = QApplication([PROG])
        # The report and calendar speak the system's language (the window's choice is the
        # window's: the command line reads no preferences).
        install_translators(_qt_app, "system")


_qt_app: object = None


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import-csv": _import_csv,
    "export-csv": _export_csv,
    "backup": _backup,
    "check": _check,
    "export-pdf": _export_pdf,
    "export-ics": _export_ics,
    "export-fhir": _export_fhir,
}


if __name__ == "__main__":
    sys.exit(main())
