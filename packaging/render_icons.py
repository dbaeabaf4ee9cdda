"""Render the app icon's SVG source into the PNG sizes, the Windows .ico and the macOS .icns.

Run `.venv/bin/python packaging/render_icons.py` after editing the SVG; `--check` only
reports whether the committed PNGs still match the SVG (exit status 1 if not).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.relief_journal.ReliefJournal"
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
#: The hicolor sizes shipped as PNG (desktop environments pick the nearest).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: A Windows .ico holds up to 256 px; Explorer and the taskbar use 16 to 256.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The .icns entry types, each a PNG of the given size (the @2x types double the point size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
#: Largest per-channel difference `--check` tolerates (anti-aliasing differs a little
#: between Qt versions; an edited drawing differs by far more).
CHECK_TOLERANCE = 24


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def ico_path() -> Path:
    return ICONS / f"{APP_ID}.ico"


def icns_path() -> Path:
    return ICONS / f"{APP_ID}.icns"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent square of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stub wants bytes
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon of PNG-compressed entries (readable since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def icns_bytes(entries: Iterable[tuple[bytes, bytes]]) -> bytes:
    """A macOS icon family: 'icns', the total length, then typed PNG entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_all(renderer: QSvgRenderer) -> list[Path]:
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    written = []
    for size in PNG_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    ico_path().write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns_path().write_bytes(icns_bytes((kind, pngs[size]) for kind, size in ICNS_TYPES))
    return [*written, ico_path(), icns_path()]


def stale_pngs(renderer: QSvgRenderer) -> list[str]:
    """Why each committed PNG no longer matches the SVG (empty when all match)."""
    problems = []
    for size in PNG_SIZES:
        path = png_path(size)
        committed = QImage(str(path))
        if committed.isNull():
            problems.append(f"{path}: missing or unreadable")
            continue
        fresh = render(renderer, size)
        committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
        if committed.size() != fresh.size():
            problems.append(f"{path}: {committed.width()}x{committed.height()}, not {size}")
        elif (difference := _largest_difference(committed, fresh)) > CHECK_TOLERANCE:
            problems.append(f"{path}: differs from the SVG by up to {difference}/255")
    return problems


def _largest_difference(a: QImage, b: QImage) -> int:
    first, second = bytes(a.constBits()), bytes(b.constBits())
    return max((abs(x - y) for x, y in zip(first, second, strict=True)), default=0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="only compare the committed PNGs with the SVG"
    )
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)
        return 1
    if args.check:
        problems = stale_pngs(renderer)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("Run packaging/render_icons.py to render them again.", file=sys.stderr)
        return 1 if problems else 0
    for path in write_all(renderer):
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
