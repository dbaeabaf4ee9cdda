"""The desktop integration files: validators, names that agree, icon sizes, install-desktop."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from journal_app import __version__
from journal_app.app import DESKTOP_ID
from journal_app.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
INSTALL_SCRIPT = ROOT / "packaging" / "install_desktop.py"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Where the metainfo's screenshot URLs point: files of this repository on its main branch.
SCREENSHOT_BASE = "https://raw.githubusercontent.com/relief-journal/relief-journal/main/"


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def metainfo() -> ElementTree.Element:
    return ElementTree.parse(METAINFO).getroot()


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def exec_program(exec_value: str) -> str:
    """The program of an Exec value, read as the Desktop Entry spec says a launcher reads it."""
    # First the key file's string escapes, then the Exec key's own quoting.
    text = re.sub(r"\\(.)", lambda match: _STRING_ESCAPES.get(match[1], match[0]), exec_value)
    if not text.startswith('"'):
        return text.split(" ")[0]
    program, escaped = "", False
    for char in text[1:]:
        if escaped:
            program, escaped = program + char, False
        elif char == "\\":
            escaped = True
        elif char == '"':
            return program
        else:
            program += char
    raise AssertionError(f"unterminated quote in Exec={exec_value}")


_STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def gui_script_name() -> str:
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (name,) = project["gui-scripts"]
    return str(name)


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


# -- validators --------------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate_without_a_remark() -> None:
    done = run_validator("desktop-file-validate", str(DESKTOP))

    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_metainfo_passes_appstreamcli_validate_offline() -> None:
    done = run_validator("appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO))

    remarks = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert (done.returncode, remarks) == (0, [])


# -- names that must agree ---------------------------------------------------------------


def test_the_ids_of_desktop_file_metainfo_icon_and_app_agree() -> None:
    root = metainfo()
    launchable = root.find("launchable")

    assert root.findtext("id") == DESKTOP_ID
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert desktop_entry()["Icon"] == DESKTOP_ID
    assert resource_path("icons", "hicolor", "scalable", "apps", f"{DESKTOP_ID}.svg").is_file()


def test_exec_and_the_provided_binary_are_the_gui_entry_point() -> None:
    entry = desktop_entry()
    name = gui_script_name()

    assert exec_program(entry["Exec"]) == name
    assert entry["TryExec"] == name
    assert metainfo().findtext("provides/binary") == name
    spec = (ROOT / "packaging" / "relief-journal.spec").read_text(encoding="utf-8")
    assert f'NAME = "{name}"' in spec  # the frozen program has the same name


def test_desktop_entry_opens_a_window_without_a_terminal() -> None:
    entry = desktop_entry()

    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert entry["Name"] == "Relief Journal"
    assert "MedicalSoftware" in entry["Categories"].split(";")


def test_metainfo_licences_and_release_match_the_project() -> None:
    root = metainfo()
    releases = [release.get("version") for release in root.iterfind("releases/release")]

    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert releases[0] == __version__
    assert root.find("content_rating") is not None


def test_every_screenshot_is_a_file_of_the_repository_with_its_stated_size() -> None:
    screenshots = list(metainfo().iterfind("screenshots/screenshot"))

    assert [shot.get("type") for shot in screenshots].count("default") == 1
    for shot in screenshots:
        image = shot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith(SCREENSHOT_BASE)
        local = ROOT / image.text.removeprefix(SCREENSHOT_BASE)
        assert local.is_file(), f"{image.text} is not in the repository"
        stated = (int(image.get("width", "0")), int(image.get("height", "0")))
        assert png_size(local.read_bytes()) == stated


# -- icons -------------------------------------------------------------------------------


def test_every_png_size_exists_and_is_that_size() -> None:
    folders = sorted(path.name for path in HICOLOR.iterdir())

    assert folders == sorted([*(f"{size}x{size}" for size in PNG_SIZES), "scalable"])
    for size in PNG_SIZES:
        path = HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        assert png_size(path.read_bytes()) == (size, size), path


def test_the_pngs_are_renders_of_the_current_svg() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )

    assert (done.returncode, done.stderr) == (0, "")


def test_the_windows_ico_holds_the_pngs_up_to_256() -> None:
    data = (ROOT / "resources" / "icons" / f"{DESKTOP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        size = side or 256
        embedded = data[offset : offset + length]
        png = HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        assert embedded == png.read_bytes()
        sizes.append(size)

    assert (reserved, kind) == (0, 1)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icns_entries_have_the_sizes_of_their_types() -> None:
    expected = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256}
    expected |= {b"ic09": 512, b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256}
    expected |= {b"ic14": 512}
    data = (ROOT / "resources" / "icons" / f"{DESKTOP_ID}.icns").read_bytes()
    found = {}
    position = 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length

    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data) == position
    assert found == expected


# -- make install-desktop ----------------------------------------------------------------


def install_desktop(home: Path, *args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "XDG_DATA_HOME"}
    return subprocess.run(
        [sys.executable, str(INSTALL_SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**env, "HOME": str(home), **environ},
    )


def installed(data_home: Path) -> list[str]:
    return sorted(
        str(path.relative_to(data_home)) for path in data_home.rglob("*") if path.is_file()
    )


def expected_installation() -> list[str]:
    icons = [f"icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png" for size in PNG_SIZES]
    icons.append(f"icons/hicolor/scalable/apps/{DESKTOP_ID}.svg")
    return sorted(
        [f"applications/{DESKTOP_ID}.desktop", f"metainfo/{DESKTOP_ID}.metainfo.xml", *icons]
    )


def test_install_desktop_puts_every_file_under_local_share_of_home(tmp_path: Path) -> None:
    program = tmp_path / "My Apps" / "relief-journal"

    install_desktop(tmp_path, "install", "--exec", str(program))

    data_home = tmp_path / ".local" / "share"
    assert installed(data_home) == expected_installation()
    entry = desktop_entry(data_home / "applications" / DESKTOP.name)
    assert exec_program(entry["Exec"]) == str(program)
    assert entry["TryExec"] == str(program)
    metainfo_copy = data_home / "metainfo" / METAINFO.name
    assert metainfo_copy.read_bytes() == METAINFO.read_bytes()


def test_an_awkward_program_path_is_quoted_and_still_validates(tmp_path: Path) -> None:
    program = tmp_path / 'it\'s $here & "there"' / "relief"
    install_desktop(tmp_path, "install", "--exec", str(program))
    copy = tmp_path / ".local" / "share" / "applications" / DESKTOP.name

    assert exec_program(desktop_entry(copy)["Exec"]) == str(program)
    done = run_validator("desktop-file-validate", str(copy))
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_xdg_data_home_wins_and_the_tree_passes_appstream_validate_tree(tmp_path: Path) -> None:
    prefix = tmp_path / "root" / "usr" / "share"
    install_desktop(
        tmp_path, "install", "--exec", "/usr/bin/relief-journal", XDG_DATA_HOME=str(prefix)
    )

    assert installed(prefix) == expected_installation()
    assert not (tmp_path / ".local").exists()
    done = run_validator(
        "appstreamcli", "validate-tree", "--no-net", "--no-color", str(tmp_path / "root")
    )
    remarks = [line for line in done.stdout.splitlines() if line.strip()[:2] in ("E:", "W:", "I:")]
    assert (done.returncode, remarks) == (0, [])


def test_uninstall_desktop_removes_only_what_install_put_there(tmp_path: Path) -> None:
    install_desktop(tmp_path, "install", "--exec", "/opt/relief-journal/relief-journal")
    data_home = tmp_path / ".local" / "share"
    neighbour = data_home / "icons" / "hicolor" / "48x48" / "apps" / "another-app.png"
    neighbour.write_bytes(b"not ours")

    install_desktop(tmp_path, "uninstall")

    assert installed(data_home) == ["icons/hicolor/48x48/apps/another-app.png"]
