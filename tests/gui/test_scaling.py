"""The window and every dialog fit a 1366×768 screen at 100%, 150% and 200%, and 800×600."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("scaled_child.py")


def _run(tmp_path: Path, width: int, height: int, scale: float) -> dict:
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1.0}
    config.write_text(json.dumps({"screens": [screen]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "RELIEF_JOURNAL_DATA": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path), "light"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(frame: list[int], screen: list[int]) -> bool:
    x, y, w, h = frame
    sx, sy, sw, sh = screen
    return x >= sx and y >= sy and x + w <= sx + sw and y + h <= sy + sh


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, 1), (1366, 768, 1.5), (1366, 768, 2), (800, 600, 1)],
    ids=["1366x768-100%", "1366x768-150%", "1366x768-200%", "800x600"],
)
def test_every_window_and_dialog_fits_the_screen(
    tmp_path: Path, width: int, height: int, scale: float
) -> None:
    found = _run(tmp_path, width, height, scale)
    screen = found["screen"]
    assert screen[2] == round(width / scale) and screen[3] == round(height / scale)
    names = set()
    for shown in found["views"] + found["dialogs"]:
        names.add(shown["name"])
        assert _inside(shown["frame"], screen), shown  # a saved 2200×1520 included
        # Never squeezed below what its layout needs: nothing overlaps or is cut off.
        assert shown["size"][0] >= shown["minimum"][0], shown
        assert shown["size"][1] >= shown["minimum"][1], shown
    assert {
        "InjectionDialog",
        "ReportDialog",
        "PreferencesDialog",
        "EntryDialog",
        "GoalsDialog",
    } <= names
    assert len(found["views"]) == 3
    # Save is on screen, inside the window, whatever the size.
    assert found["save_visible"]
    assert _inside(found["save"], found["window"])
    # A due check-in with three goals: every button readable, its Save reachable.
    assert found["card_squeezed"] == []
    assert found["card_save_visible"]
    assert _inside(found["card_save"], found["window"])
