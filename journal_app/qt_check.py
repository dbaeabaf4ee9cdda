"""Before the window opens on Linux: name the apt packages Qt's X11 plugin is missing.

Qt's own message ("could not load the Qt platform plugin xcb") does not say what to install.
This check runs without importing Qt, so it works even when Qt cannot start.
"""

from __future__ import annotations

import ctypes.util
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

#: Shared libraries the xcb platform plugin needs, and the Debian/Ubuntu package of each.
PACKAGE_OF_LIBRARY = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

#: Loaded by Qt at run time with dlopen, so ldd cannot see them.
DLOPENED = {"xcb-cursor": "libxcb-cursor0"}


def _qt_folder() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def _unresolved(binary: Path) -> set[str]:
    try:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=False)
    except OSError:
        return set()
    return {line.split("=>")[0].strip() for line in out.stdout.splitlines() if "not found" in line}


def missing_packages() -> list[str]:
    """Debian package names that would let Qt's xcb plugin load; empty if nothing is missing."""
    qt = _qt_folder()
    if qt is None:
        return []
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so", *qt.glob("lib/libQt6XcbQpa.so*")]
    missing: set[str] = set()
    for binary in binaries:
        if binary.exists():
            missing |= _unresolved(binary)
    packages = {PACKAGE_OF_LIBRARY.get(lib, lib) for lib in missing}
    packages |= {pkg for lib, pkg in DLOPENED.items() if ctypes.util.find_library(lib) is None}
    return sorted(packages)


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return 0
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return 0
    if not os.environ.get("DISPLAY"):
        print(
            "No display found (DISPLAY is not set). Run Relief Journal from a desktop session.",
            file=sys.stderr,
        )
        return 1
    packages = missing_packages()
    if packages:
        print(
            "Qt needs system libraries that are not installed. On Debian or Ubuntu run:\n\n"
            f"    sudo apt-get install {' '.join(packages)}\n",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
