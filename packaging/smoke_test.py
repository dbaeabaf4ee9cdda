"""Run the frozen app headless, with none of this machine's Python in reach, and check each result.

`python packaging/smoke_test.py [dist/relief-journal/relief-journal]` (build.sh runs it).
This script prepares the inputs with the source tree (a demo journal as CSV); the frozen
program itself runs from a copy of its folder elsewhere (as a user's install would be), in an
empty environment: no PATH entries but an empty folder, no PYTHONPATH or PYTHONHOME, a
throwaway HOME, started from a throwaway folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal_app import APP_NAME, __version__  # noqa: E402
from journal_app.domain.demo import DemoJournal, generate_demo  # noqa: E402
from journal_app.paths import DEFAULT_JOURNAL_NAME  # noqa: E402
from journal_app.storage.csv_io import write_entries_csv, write_injections_csv  # noqa: E402

DEFAULT_PROGRAM = ROOT / "dist" / "relief-journal" / "relief-journal"
FOOTER = "Self-reported patient journal — not a diagnosis"
#: How long the window must stay up on its own to count as opened.
GUI_SECONDS = 5.0
#: Messages that mean the frozen app is missing a piece, even when it carries on.
BROKEN_SIGNS = ("Traceback", "ModuleNotFoundError", "Cannot load library", "qt.qpa.plugin")


class SmokeFailure(Exception):
    """A step of the smoke test did not give what it should; ``str()`` says why."""


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


@dataclass
class Sandbox:
    """The throwaway folders and the bare environment the frozen program runs in."""

    program: Path
    folder: Path

    @property
    def home(self) -> Path:
        return self.folder / "home"

    @property
    def work(self) -> Path:
        return self.folder / "work"

    def prepare(self) -> None:
        for name in ("home", "work", "empty-bin", "runtime"):
            (self.folder / name).mkdir(mode=0o700)

    def environment(self, **extra: str) -> dict[str, str]:
        # What `env -i` leaves, plus the least a desktop session sets.
        return {
            "PATH": str(self.folder / "empty-bin"),
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(self.folder / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
            **extra,
        }

    def run(self, *args: str) -> Ran:
        done = subprocess.run(
            [str(self.program), *args],
            cwd=self.work,
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        ran = Ran(done.returncode, done.stdout, done.stderr)
        _expect_no_broken_signs(ran.stderr, args)
        return ran


def _expect_no_broken_signs(stderr: str, args: Sequence[str]) -> None:
    for sign in BROKEN_SIGNS:
        if sign in stderr:
            raise SmokeFailure(f"{' '.join(args) or 'the window'} printed {sign!r}:\n{stderr}")


def _expect(condition: bool, message: str, ran: Ran | None = None) -> None:
    if not condition:
        detail = (
            f"\n  exit {ran.returncode}\n  stdout: {ran.stdout}\n  stderr: {ran.stderr}"
            if ran
            else ""
        )
        raise SmokeFailure(message + detail)


def _ok(ran: Ran, what: str) -> Ran:
    _expect(ran.returncode == 0, f"{what} failed", ran)
    return ran


# -- the steps ---------------------------------------------------------------------------


def check_version(box: Sandbox) -> str:
    ran = _ok(box.run("--version"), "--version")
    _expect(ran.stdout == f"relief-journal {__version__}\n", f"--version said {ran.stdout!r}")
    return ran.stdout.strip()


def write_demo_csv(box: Sandbox, demo: DemoJournal) -> tuple[Path, Path]:
    entries, injections = box.work / "entries.csv", box.work / "injections.csv"
    write_entries_csv(demo.entries, entries)
    write_injections_csv(demo.injections, injections)
    return entries, injections


def import_demo(box: Sandbox, demo: DemoJournal, files: tuple[Path, Path]) -> str:
    ran = _ok(box.run("import-csv", "--journal", "demo.sqlite", *map(str, files)), "import-csv")
    expected = f"Imported {len(demo.entries)} entries and {len(demo.injections)} injections"
    _expect(ran.stdout.startswith(expected), f"import-csv said {ran.stdout!r}", ran)
    return ran.stdout.strip()


def check_journal(box: Sandbox, demo: DemoJournal, journal: str = "demo.sqlite") -> str:
    ran = _ok(box.run("check", "--journal", journal), "check")
    expected = f"ok: {len(demo.entries)} entries, {len(demo.injections)} injections\n"
    _expect(ran.stdout == expected, f"check said {ran.stdout!r}", ran)
    return ran.stdout.strip()


def export_round_trip(box: Sandbox, files: tuple[Path, Path]) -> str:
    _ok(box.run("export-csv", "--journal", "demo.sqlite", "--out", "exported"), "export-csv")
    out = box.work / "exported"
    names = sorted(path.name for path in out.iterdir())
    expected = ["cycles.csv", "entries.csv", "injections.csv", "monthly.csv"]
    _expect(names == expected, f"export-csv wrote {names}")
    for source in files:
        _expect(
            (out / source.name).read_bytes() == source.read_bytes(),
            f"the exported {source.name} differs from the imported one",
        )
    cycles = (out / "cycles.csv").read_text(encoding="utf-8").splitlines()
    _expect(len(cycles) > 1, "cycles.csv has no rows")
    return f"{', '.join(names)}; entries and injections identical to the input"


def export_pdf(box: Sandbox) -> str:
    ran = _ok(
        box.run("export-pdf", "--journal", "demo.sqlite", "--out", "report.pdf"), "export-pdf"
    )
    data = (box.work / "report.pdf").read_bytes()
    _expect(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], "report.pdf is not a PDF")
    try:
        from pypdf import PdfReader
    except ImportError:  # the test extra is not installed: the header check has to do
        return f"{ran.stdout.strip()} ({len(data) // 1024} KiB; pypdf absent, text not read)"
    pages = PdfReader(box.work / "report.pdf").pages
    missing = [n for n, page in enumerate(pages, 1) if FOOTER not in _words(page.extract_text())]
    _expect(not missing, f"pages {missing} of report.pdf lack the footer {FOOTER!r}")
    return f"{ran.stdout.strip()} ({len(data) // 1024} KiB, footer on all {len(pages)} pages)"


def _words(text: str) -> str:
    """Text extracted from a PDF with each run of spaces, tabs and newlines as one space."""
    return " ".join(text.split())


def export_ics(box: Sandbox) -> str:
    ran = _ok(
        box.run("export-ics", "--journal", "demo.sqlite", "--out", "windows.ics"), "export-ics"
    )
    text = (box.work / "windows.ics").read_text(encoding="utf-8")
    _expect(text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text, "windows.ics is empty")
    return ran.stdout.strip()


def export_fhir(box: Sandbox) -> str:
    ran = _ok(
        box.run("export-fhir", "--journal", "demo.sqlite", "--out", "clinic.json"), "export-fhir"
    )
    bundle = json.loads((box.work / "clinic.json").read_text(encoding="utf-8"))
    types = {entry["resource"]["resourceType"] for entry in bundle["entry"]}
    _expect(
        types == {"Patient", "Observation", "MedicationAdministration"},
        f"clinic.json holds {sorted(types)}",
    )
    return ran.stdout.strip()


def backup_and_check(box: Sandbox, demo: DemoJournal) -> str:
    _ok(box.run("backup", "--journal", "demo.sqlite", "--out", "copy.sqlite"), "backup")
    return "the copy: " + check_journal(box, demo, "copy.sqlite")


def refuse_bad_csv(box: Sandbox) -> str:
    bad = box.work / "bad.csv"
    bad.write_text("date,spasm_severity\n2020-01-01,11\n", encoding="utf-8")
    ran = box.run("import-csv", "--journal", "bad.sqlite", str(bad))
    _expect(ran.returncode == 2, "a bad CSV was not refused with exit status 2", ran)
    _expect("bad.csv:2:" in ran.stderr, "the refusal does not name the file and line", ran)
    _expect(not (box.work / "bad.sqlite").exists(), "a refused import created a journal")
    return ran.stderr.splitlines()[0]


def open_window(box: Sandbox, **display: str) -> str:
    """Start the window on a first run; it must still be up after GUI_SECONDS, quietly."""
    with subprocess.Popen(
        [str(box.program)],
        cwd=box.work,
        env=box.environment(**display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            process.wait(timeout=GUI_SECONDS)
        except subprocess.TimeoutExpired:
            process.terminate()
            _, stderr = process.communicate(timeout=30)
        else:
            _, stderr = process.communicate()
            raise SmokeFailure(f"the window quit by itself (exit {process.returncode}):\n{stderr}")
    _expect_no_broken_signs(stderr, [])
    journal = box.home / ".local" / "share" / APP_NAME / DEFAULT_JOURNAL_NAME
    _expect(journal.exists(), f"the first run did not create {journal}")
    return f"up for {GUI_SECONDS:g} s, created ~/{journal.relative_to(box.home)}"


def open_window_on_x11(box: Sandbox) -> str:
    """The same on a virtual X server, which proves the xcb plugin and its libraries load."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return "skipped: Xvfb is not installed"
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    ready, announce = os.pipe()
    with subprocess.Popen(
        [xvfb, "-displayfd", str(announce), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(announce,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as server:
        os.close(announce)
        try:
            with os.fdopen(ready) as numbers:
                number = numbers.readline().strip()
            if not number:
                raise SmokeFailure("Xvfb did not start")
            shutil.rmtree(box.home / ".local", ignore_errors=True)
            return open_window(box, QT_QPA_PLATFORM="xcb", DISPLAY=f":{number}")
        finally:
            server.terminate()
            server.wait(timeout=30)


# -- running them ------------------------------------------------------------------------


def run_steps(box: Sandbox) -> list[tuple[str, str, float]]:
    demo = generate_demo(end=dt.date.today())
    files: tuple[Path, Path] = (Path(), Path())

    def make_csv() -> str:
        nonlocal files
        files = write_demo_csv(box, demo)
        return f"{len(demo.entries)} entries, {len(demo.injections)} injections (demo journal)"

    steps: list[tuple[str, Callable[[], str]]] = [
        ("--version", lambda: check_version(box)),
        ("demo journal as CSV (source tree)", make_csv),
        ("import-csv", lambda: import_demo(box, demo, files)),
        ("check", lambda: check_journal(box, demo)),
        ("export-csv", lambda: export_round_trip(box, files)),
        ("export-pdf", lambda: export_pdf(box)),
        ("export-ics", lambda: export_ics(box)),
        ("export-fhir", lambda: export_fhir(box)),
        ("backup", lambda: backup_and_check(box, demo)),
        ("bad input", lambda: refuse_bad_csv(box)),
        ("window (offscreen)", lambda: open_window(box)),
        ("window (X11, Xvfb)", lambda: open_window_on_x11(box)),
    ]
    results = []
    for name, step in steps:
        start = time.perf_counter()
        outcome = step()
        results.append((name, outcome, time.perf_counter() - start))
        print(f"ok  {name:<34} {time.perf_counter() - start:5.1f} s  {outcome}", flush=True)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", nargs="?", type=Path, default=DEFAULT_PROGRAM)
    program: Path = parser.parse_args(argv).program.resolve()
    if not program.is_file():
        print(f"{program} does not exist; build it first with `make package`.", file=sys.stderr)
        return 1
    print(f"Smoke test of {program}")
    with tempfile.TemporaryDirectory(prefix="relief-smoke-") as folder:
        # Away from the checkout, so that nothing can resolve through the source tree.
        copy = Path(folder) / "installed" / program.parent.name
        shutil.copytree(program.parent, copy, symlinks=True)
        box = Sandbox(copy / program.name, Path(folder))
        box.prepare()
        try:
            run_steps(box)
        except SmokeFailure as failure:
            print(f"FAIL {failure}", file=sys.stderr)
            return 1
    print("The frozen app passed the smoke test.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
