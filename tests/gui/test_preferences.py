"""Preferences: windows new injections start with, theme, language and backups kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QLabel

from journal_app.domain.models import ExpectedWindows, Indication, Injection, Product
from journal_app.domain.windows import default_windows
from journal_app.services.journal import JournalService
from journal_app.settings import BackupRetention, Settings, window_fields
from journal_app.storage.backups import BackupPolicy, backup_folder, list_backups
from journal_app.ui.dialogs.injection_dialog import InjectionDialog
from journal_app.ui.dialogs.preferences_dialog import PreferencesDialog
from journal_app.ui.main_window import MainWindow
from journal_app.ui.theme import Theme, apply_theme
from journal_app.usecases import opening

from .conftest import TODAY

MIGRAINE = Indication.CHRONIC_MIGRAINE
DYSTONIA = Indication.CERVICAL_DYSTONIA


@pytest.fixture(autouse=True)
def _system_theme_after(qapp):
    yield
    apply_theme(qapp, Theme.SYSTEM)


def _dialog(qtbot, settings: Settings) -> PreferencesDialog:
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    return dialog


def _type_windows(dialog: PreferencesDialog, indication: Indication, values: tuple) -> None:
    for spin, value in zip(dialog.window_spins[indication], values, strict=True):
        spin.setValue(value)


def _raw(tmp_path: Path) -> QSettings:
    """The settings file of the ``settings`` fixture, as any program would see it."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _reopened(tmp_path: Path) -> Settings:
    """The settings as the next start of the app reads them."""
    return Settings(_raw(tmp_path))


def _answer_preferences(monkeypatch: pytest.MonkeyPatch, fill) -> None:
    def exec_filled(dialog: PreferencesDialog) -> int:
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", exec_filled)


def test_changed_windows_prefill_a_new_injection(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    migraine, dystonia = (20, 35, 77, 91), (10, 21, 100, 150)

    def fill(dialog: PreferencesDialog) -> None:
        _type_windows(dialog, MIGRAINE, migraine)
        _type_windows(dialog, DYSTONIA, dystonia)

    _answer_preferences(monkeypatch, fill)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    opened: list[InjectionDialog] = []

    def keep(dialog: InjectionDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(InjectionDialog, "exec", keep)
    window.record_injection()
    [dialog] = opened
    assert dialog.injection().indication is MIGRAINE  # a first injection starts as migraine
    assert dialog.injection().windows == ExpectedWindows(*migraine)
    dialog.indication_combo.setCurrentIndex(dialog.indication_combo.findData(DYSTONIA.value))
    assert dialog.injection().windows == ExpectedWindows(*dystonia)
    dialog.default_windows_button.click()
    assert dialog.injection().windows == ExpectedWindows(*dystonia)


def test_unchanged_indications_keep_the_built_in_windows(qtbot, settings: Settings) -> None:
    dialog = _dialog(qtbot, settings)
    _type_windows(dialog, MIGRAINE, (20, 35, 77, 91))
    dialog.accept()
    for indication in Indication:
        if indication is not MIGRAINE:
            assert settings.expected_windows(indication) == default_windows(indication)
    assert settings.expected_windows(MIGRAINE) != default_windows(MIGRAINE)


def test_impossible_windows_are_refused_and_nothing_is_saved(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, settings)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.backups_page)
    _type_windows(dialog, DYSTONIA, (30, 10, 112, 140))
    dialog.daily_spin.setValue(3)
    dialog.accept()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.windows_page
    assert dialog.problems_label.isVisibleTo(dialog)
    assert "Cervical dystonia: expected onset to" in dialog.problems_label.text()
    reread = _reopened(tmp_path)
    assert reread.expected_windows(DYSTONIA) == default_windows(DYSTONIA)
    assert reread.backup_retention().daily != 3


def test_restore_defaults_resets_only_the_page_shown(
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    settings.set_expected_windows(MIGRAINE, ExpectedWindows(20, 35, 77, 91))
    settings.set_backup_retention(BackupRetention(2, 1, 0))
    dialog = _dialog(qtbot, settings)
    assert dialog.windows(MIGRAINE) == ExpectedWindows(20, 35, 77, 91)

    dialog.tabs.setCurrentWidget(dialog.windows_page)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    for indication in Indication:
        assert dialog.windows(indication) == default_windows(indication)
    assert dialog.retention() == BackupRetention(2, 1, 0)

    dialog.tabs.setCurrentWidget(dialog.backups_page)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.retention() == BackupRetention(
        BackupPolicy().daily, BackupPolicy().weekly, BackupPolicy().monthly
    )
    dialog.accept()
    assert settings.expected_windows(MIGRAINE) == default_windows(MIGRAINE)
    # Defaults are not written down, so that a later version's defaults apply.
    written = _raw(tmp_path).allKeys()
    assert [key for key in written if key.startswith(("windows/", "backups/"))] == []


def test_every_choice_persists_to_the_next_start(qtbot, settings: Settings, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, settings)
    _type_windows(dialog, Indication.SPASTICITY, (5, 40, 90, 120))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.DARK.value))
    languages = [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())]
    assert languages[0] == "system" and "es" in languages
    dialog.language_combo.setCurrentIndex(languages.index("es"))
    dialog.tabs.setCurrentWidget(dialog.backups_page)
    dialog.daily_spin.setValue(3)
    dialog.weekly_spin.setValue(2)
    dialog.monthly_spin.setValue(24)
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted

    reread = _reopened(tmp_path)
    assert reread.expected_windows(Indication.SPASTICITY) == ExpectedWindows(5, 40, 90, 120)
    assert reread.theme() == "dark"
    assert reread.language() == "es"
    assert reread.backup_retention() == BackupRetention(3, 2, 24)
    again = _dialog(qtbot, reread)
    assert again.theme() is Theme.DARK and again.language() == "es"
    assert again.windows(Indication.SPASTICITY) == ExpectedWindows(5, 40, 90, 120)


def test_damaged_settings_fall_back_to_the_defaults(settings: Settings, tmp_path: Path) -> None:
    raw = _raw(tmp_path)  # the file as edited by hand
    raw.setValue("ui/theme", "dark")
    raw.setValue("backups/daily", "3")
    for name, value in zip(window_fields(), (20, 35, 77, 91), strict=True):
        raw.setValue(f"windows/{MIGRAINE.value}/{name}", value)
    assert settings.theme() == "dark"
    assert settings.backup_retention().daily == 3
    assert settings.expected_windows(MIGRAINE) == ExpectedWindows(20, 35, 77, 91)

    raw.setValue("ui/theme", "purple")
    raw.setValue("backups/daily", "many")
    raw.setValue(f"windows/{MIGRAINE.value}/onset_max_days", 3)  # before the onset opens
    assert settings.theme() == "system"
    assert settings.backup_retention().daily == BackupPolicy().daily
    assert settings.expected_windows(MIGRAINE) == default_windows(MIGRAINE)


def test_retention_reaches_the_backup_policy(
    qtbot, settings: Settings, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    JournalService.open(journal_path, create=True).close()
    settings.set_backup_retention(BackupRetention(daily=1, weekly=0, monthly=0))
    # Five older daily backups, all within the week the default policy would keep.
    folder = backup_folder(journal_path)
    folder.mkdir()
    now = dt.datetime.now(dt.timezone.utc)
    for days in range(1, 6):
        stamp = (now - dt.timedelta(days=days)).strftime("%Y%m%dT%H%M%SZ")
        (folder / f"{stamp}-daily.sqlite").write_bytes(journal_path.read_bytes())
    policies: list[BackupPolicy | None] = []
    real_open = opening.open_journal

    def spy(path, **kwargs):
        policies.append(kwargs.get("backups"))
        return real_open(path, **kwargs)

    monkeypatch.setattr(opening, "open_journal", spy)  # where the window's opening calls it
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(journal_path)
    assert policies == [BackupPolicy(daily=1, weekly=0, monthly=0)]
    [kept] = list_backups(journal_path)
    assert kept.taken_at.date() == now.date()  # today's, taken on opening; the rest thinned


def test_the_theme_changes_at_once_and_the_language_says_when(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.i18n import restart_note

    def fill(dialog: PreferencesDialog) -> None:
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.DARK.value))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))

    _answer_preferences(monkeypatch, fill)
    window.show_preferences()
    qtbot.waitUntil(lambda: window.palette().color(window.backgroundRole()).lightness() < 128)
    assert window.statusBar().currentMessage() == restart_note()
    assert window.settings.language() == "de"


def test_cancel_changes_nothing(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def cancel(dialog: PreferencesDialog) -> int:
        _type_windows(dialog, MIGRAINE, (20, 35, 77, 91))
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.DARK.value))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", cancel)
    window.show_preferences()
    assert window.settings.expected_windows(MIGRAINE) == default_windows(MIGRAINE)
    assert window.settings.theme() == "system"
    assert window.palette().color(window.backgroundRole()).lightness() >= 128


def test_each_default_onset_is_shown_with_its_source(qtbot, settings: Settings) -> None:
    dialog = _dialog(qtbot, settings)
    shown = {indication: label.text() for indication, label in dialog.onset_sources.items()}
    guidance = "patient guidance on botulinum toxin treatment"
    label = "onabotulinumtoxinA prescribing information"
    assert shown == {
        MIGRAINE: f"default onset 14–28 days: {guidance}",
        DYSTONIA: f"default onset 7–28 days: {guidance}",
        Indication.BLEPHAROSPASM: f"default onset 3–14 days: {label}",
        Indication.HEMIFACIAL_SPASM: f"default onset 3–14 days: {label}",
        Indication.SPASTICITY: f"default onset 7–28 days: {guidance}",
        Indication.OTHER_SPASM: f"default onset 7–28 days: {guidance}",
    }
    captions = [w.text() for w in dialog.windows_page.findChildren(QLabel)]
    assert any("less than 84 days from another session, before or after it" in t for t in captions)
    assert any("70 days for chronic migraine" in t for t in captions)


def test_the_facial_spasm_default_applies_to_new_injections_only(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, journal_path: Path
) -> None:
    """An injection stored with the old 7–28 default keeps it; a new one starts at 3–14."""
    service = window.service
    assert service is not None
    old_default = ExpectedWindows(7, 28, 112, 140)
    stored = service.record_injection(
        Injection(
            TODAY - dt.timedelta(days=200),
            Product.ONABOTULINUMTOXIN_A,
            25,
            Indication.BLEPHAROSPASM,
            old_default,
        )
    )
    shown: list[ExpectedWindows] = []

    def edit_unchanged(dialog: InjectionDialog) -> int:
        shown.append(dialog.injection().windows)
        dialog.units_spin.setValue(30)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(InjectionDialog, "exec", edit_unchanged)
    window.edit_injection(stored)

    def record_blepharospasm(dialog: InjectionDialog) -> int:
        combo = dialog.indication_combo
        combo.setCurrentIndex(combo.findData(Indication.BLEPHAROSPASM.value))
        dialog.units_spin.setValue(25)
        shown.append(dialog.injection().windows)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(InjectionDialog, "exec", record_blepharospasm)
    window.record_injection()
    new_default = ExpectedWindows(3, 14, 112, 140)
    assert shown == [old_default, new_default]
    window.close_journal()
    reopened = JournalService.open(journal_path, clock=lambda: TODAY)
    try:
        assert [(i.units, i.windows) for i in reopened.injections()] == [
            (30, old_default),
            (25, new_default),
        ]
    finally:
        reopened.close()
