"""Install or remove Relief Journal's menu entry, icons and AppStream metainfo for this user.

`python packaging/install_desktop.py install [--exec PROGRAM]` copies resources/linux/ and the
icons under $XDG_DATA_HOME (~/.local/share): applications/, icons/hicolor/, metainfo/. The
menu entry starts PROGRAM: by default the frozen build (dist/relief-journal/) if there is
one, else the virtualenv's `relief-journal`. `uninstall` removes exactly those files.
Standard library only, so that it runs with any Python 3.10+.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

APP_ID = "io.github.relief_journal.ReliefJournal"
ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = RESOURCES / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR = RESOURCES / "icons" / "hicolor"
#: Where the program may be, in order of preference.
PROGRAM_CANDIDATES = (
    ROOT / "dist" / "relief-journal" / "relief-journal",
    ROOT / ".venv" / "bin" / "relief-journal",
)
#: Characters that oblige an Exec argument to be quoted (Desktop Entry spec, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#`()")
#: Characters escaped with a backslash inside a quoted Exec argument.
_ESCAPED_IN_QUOTES = set('"`$\\')


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or relative (XDG spec)."""
    configured = environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    home = environ.get("HOME") or str(Path.home())
    return Path(home) / ".local" / "share"


def installed_files(target: Path) -> dict[Path, Path]:
    """Each file this script installs under ``target``, mapped to its source."""
    files = {
        target / "applications" / DESKTOP_FILE.name: DESKTOP_FILE,
        target / "metainfo" / METAINFO_FILE.name: METAINFO_FILE,
    }
    for icon in sorted(HICOLOR.glob(f"*/apps/{APP_ID}.*")):
        files[target / "icons" / "hicolor" / icon.relative_to(HICOLOR)] = icon
    return files


def default_program() -> Path | None:
    return next((path for path in PROGRAM_CANDIDATES if os.access(path, os.X_OK)), None)


def exec_argument(program: Path) -> str:
    """``program`` as the first argument of an Exec key: quoted and escaped as needed."""
    text = str(program).replace("%", "%%")
    if not _RESERVED.intersection(text):
        return _escape_string(text)
    inner = "".join("\\" + char if char in _ESCAPED_IN_QUOTES else char for char in text)
    return _escape_string(f'"{inner}"')


def _escape_string(text: str) -> str:
    """A desktop-file string value: backslashes doubled (the key file's own escaping)."""
    return text.replace("\\", "\\\\")


def desktop_entry(template: str, program: Path) -> str:
    """The .desktop text with Exec and TryExec pointing at ``program``."""
    lines = []
    for line in template.splitlines():
        key = line.split("=", 1)[0]
        if key == "Exec":
            # Keep the arguments after the program name (field codes such as %f, if any).
            rest = line.split("=", 1)[1].split(" ", 1)[1:]
            line = " ".join([f"Exec={exec_argument(program)}", *rest])
        elif key == "TryExec":
            line = f"TryExec={_escape_string(str(program))}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(target: Path, program: Path) -> list[Path]:
    """Copy every file into ``target``; the .desktop file is rewritten to start ``program``."""
    written = []
    for destination, source in installed_files(target).items():
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source == DESKTOP_FILE:
            text = desktop_entry(source.read_text(encoding="utf-8"), program)
            destination.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(source, destination)
        written.append(destination)
    return written


def uninstall(target: Path) -> list[Path]:
    """Remove the installed files (folders stay: other apps share them); returns those removed."""
    removed = []
    for destination in installed_files(target):
        if destination.exists():
            destination.unlink()
            removed.append(destination)
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    install_parser = actions.add_parser("install", help="install the menu entry and icons")
    install_parser.add_argument(
        "--exec", dest="program", type=Path, help="the program the menu entry starts"
    )
    actions.add_parser("uninstall", help="remove what install installed")
    args = parser.parse_args(argv)
    target = data_home()
    if args.action == "uninstall":
        removed = uninstall(target)
        print(f"Removed {len(removed)} files from {target}.")
        return 0
    program = args.program or default_program()
    if program is None:
        print(
            "No relief-journal program found: run `make package` or `make run` first, "
            "or give --exec PROGRAM.",
            file=sys.stderr,
        )
        return 1
    if len(program.parts) > 1:  # a bare name is looked up on PATH when the menu starts it
        program = program.absolute()
    written = install(target, program)
    print(f"Installed {len(written)} files under {target}; the menu entry starts {program}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
