"""Journal errors reach the window in the user's language, from their templates (no parsing)."""

from __future__ import annotations

import ast
import errno
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import journal_app.services.journal
import journal_app.storage.online_copy  # noqa: F401  (defines UnsafeBackupTarget)
from journal_app import i18n
from journal_app.domain.models import Entry
from journal_app.settings import Settings
from journal_app.storage import errors
from journal_app.storage.backups import BackupReason, take_backup
from journal_app.storage.db import open_journal
from journal_app.storage.repository import JournalRepository
from journal_app.ui.errors import error_text, message_text
from journal_app.ui.main_window import MainWindow
from journal_app.usecases.recovery import recovery

from .conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
#: Where journal errors are raised: storage, the use cases and the service's read-only refusal.
RAISERS = [
    *sorted((ROOT / "journal_app" / "storage").glob("*.py")),
    *sorted((ROOT / "journal_app" / "usecases").glob("*.py")),
    ROOT / "journal_app" / "services" / "journal.py",
]


def _error_classes() -> set[str]:
    """The names of JournalError and of every subclass of it in the code."""
    found, todo = set(), [errors.JournalError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo += cls.__subclasses__()
    return found


def _templates(tree: ast.AST) -> list[str]:
    """Every ``translatable("errors", "…")`` of a module."""
    return [
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "translatable"
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "errors"
        and isinstance(node.args[1], ast.Constant)
    ]


def _finished(code: str) -> dict[str, str]:
    root = ET.parse(I18N / f"relief_journal_{code}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "errors":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def test_every_journal_error_is_raised_with_a_marked_template() -> None:
    """No message is built as English text where it is raised: each is a marked template."""
    classes = _error_classes()
    built = []
    for module in RAISERS:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in classes
                and len(node.args) >= 2
            ):
                template = node.args[1]
                marked = isinstance(template, ast.Name) or (
                    isinstance(template, ast.Call)
                    and isinstance(template.func, ast.Name)
                    and template.func.id == "translatable"
                )
                if not marked:
                    built.append(f"{module.name}:{node.lineno}")
    assert not built, f"journal errors built from text, not a marked template: {built}"


@pytest.mark.parametrize("code", ["es", "de"])
def test_every_storage_template_is_translated(code: str) -> None:
    translated = _finished(code)
    templates = [t for module in RAISERS for t in _templates(ast.parse(module.read_text()))]
    assert len(templates) >= 25
    missing = sorted({t for t in templates if t not in translated})
    assert not missing, f"not translated into {code}: {missing}"
    for template in templates:  # every argument survives the translation
        for number in range(1, template.count("%") + 1):
            assert f"%{number}" in translated[template], (template, translated[template])


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    previous = QLocale()
    yield lambda code: i18n.install_translators(qapp, code)
    i18n.uninstall_translators(qapp)
    QLocale.setDefault(previous)


def _window(qtbot, tmp_path: Path) -> MainWindow:
    from PySide6.QtCore import QSettings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("es", "notes.txt no es un archivo de Relief Journal (no es una base de datos SQLite)."),
        ("de", "notes.txt ist keine Relief-Journal-Datei (keine SQLite-Datenbank)."),
    ],
)
def test_a_refused_file_is_explained_in_the_language(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Callable[[str], str],
    code: str,
    expected: str,
) -> None:
    language(code)
    shown: list[str] = []

    def capture(_parent: QWidget, title: str, message: str, *args: object) -> object:
        shown.append(message)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(capture))
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("shopping list\n" * 20)
    window = _window(qtbot, tmp_path)
    assert not window.open_journal(not_sqlite)
    assert shown == [expected]


@pytest.mark.parametrize("code", ["es", "de"])
def test_a_failed_backup_is_explained_in_the_language(
    qtbot, tmp_path: Path, language: Callable[[str], str], code: str
) -> None:
    """A message holding another (why the backup failed): each part translated."""
    journal = tmp_path / "journal.sqlite"
    repo = JournalRepository(open_journal(journal, create=True))
    repo.save_entry(Entry(TODAY, spasm_severity=3))
    repo.close()
    blocked = journal.with_name(f".{journal.name}.backups")
    blocked.write_text("not a folder")  # the daily backup cannot be written there
    language(code)
    window = _window(qtbot, tmp_path)
    assert window.open_journal(journal)
    outer = QCoreApplication.translate(
        "errors", "Today's automatic backup of %1 could not be taken: %2"
    )
    inner = QCoreApplication.translate(
        "errors",
        "The backup folder %1 is a link or not a folder; Relief Journal does not write "
        "backups through it.",
    )
    assert inner.startswith(("La carpeta", "Der Sicherungsordner"))
    expected = outer.replace("%1", journal.name).replace("%2", inner.replace("%1", str(blocked)))
    assert window.statusBar().currentMessage() == expected
    window.close()


def test_the_recovery_of_a_damaged_journal_is_said_in_the_language(
    language: Callable[[str], str], tmp_path: Path
) -> None:
    journal = tmp_path / "journal.sqlite"
    repo = JournalRepository(open_journal(journal, create=True))
    try:
        repo.save_entry(Entry(TODAY, spasm_severity=3))
        take_backup(repo.db, journal, BackupReason.DAILY)
    finally:
        repo.close()
    found = recovery(journal)
    assert found.backup is not None
    language("de")
    text = message_text(found.message)
    assert text.startswith("Die letzte intakte Sicherung vom ")
    assert text.endswith(f" mit 1 Eintrag und 0 Injektionen liegt unter {found.backup.path}.")


@pytest.mark.parametrize("code", ["es", "de"])
def test_a_system_reason_is_translated(
    tmp_path: Path, language: Callable[[str], str], code: str
) -> None:
    language(code)
    full = OSError(errno.ENOSPC, "No space left on device")
    error = errors.JournalWriteError(tmp_path, "Cannot write a backup to %1: %2.", "x", full)
    reason = QCoreApplication.translate("errors", "No space left on device")
    assert reason != "No space left on device"
    template = QCoreApplication.translate("errors", "Cannot write a backup to %1: %2.")
    assert error_text(error) == template.replace("%1", "x").replace("%2", reason)


def test_an_argument_that_looks_like_a_placeholder_is_kept(tmp_path: Path) -> None:
    """Arguments are filled in one pass, so a file named "%2" does not pull in the reason."""
    error = errors.JournalError(tmp_path, "%1 could not be opened: %2.", "%2.sqlite", "busy")
    assert str(error) == "%2.sqlite could not be opened: busy."
    assert error_text(error) == "%2.sqlite could not be opened: busy."


def test_sqlite_reasons_are_passed_through(tmp_path: Path) -> None:
    error = errors.JournalWriteError(
        tmp_path, "The change was not saved: %1.", sqlite3.DatabaseError("something odd")
    )
    assert error_text(error) == "The change was not saved: something odd."
