"""`make run`'s check names the apt packages Qt's X11 plugin lacks, instead of Qt's error."""

from __future__ import annotations

import pytest

from journal_app import qt_check


@pytest.fixture
def missing_on_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """What ldd reported on a fresh Debian machine here, and no xcb-cursor for dlopen."""
    monkeypatch.setattr(
        qt_check, "_unresolved", lambda binary: {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    )
    monkeypatch.setattr(qt_check.ctypes.util, "find_library", lambda name: None)


def test_missing_libraries_become_debian_package_names(missing_on_this_machine) -> None:
    assert qt_check.missing_packages() == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]


def test_on_a_desktop_it_prints_the_install_command(
    missing_on_this_machine, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert qt_check.main() == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in err


def test_nothing_missing_lets_the_window_start(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(qt_check, "missing_packages", lambda: [])
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert qt_check.main() == 0
    assert capsys.readouterr().err == ""


def test_no_display_is_said_plainly(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert qt_check.main() == 1
    assert "No display found" in capsys.readouterr().err


def test_other_platforms_are_not_checked(missing_on_this_machine, monkeypatch) -> None:
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qt_check.main() == 0
