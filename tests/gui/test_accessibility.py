"""Accessibility: names for screen readers, tab order, the §5 shortcuts, dark theme, 200% room."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from journal_app.domain.models import Entry, Indication, Injection, Product
from journal_app.domain.windows import default_windows
from journal_app.services.demo import create_demo_journal
from journal_app.storage.backups import BackupReason, take_backup
from journal_app.storage.db import open_journal
from journal_app.ui.main_window import MainWindow
from journal_app.ui.theme import Theme, apply_theme
from journal_app.ui.widgets.trends_page import TrendsPage, TrendsView

from .conftest import TODAY

#: A 1080p screen at 200% scaling offers 960 × 540 device-independent pixels.
SCREEN_AT_200_PERCENT = (960, 540)

INPUTS = (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
)


@pytest.fixture(autouse=True)
def _system_theme_after(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, Theme.SYSTEM)


def _plain(label_text: str) -> str:
    """A label as read aloud: no markup, no "&" mnemonic, no trailing colon."""
    text = re.sub(r"<[^>]+>", "", label_text).replace("&&", "\0").replace("&", "")
    return text.replace("\0", "&").strip().rstrip(":")


def _is_part_of_another(widget: QWidget) -> bool:
    """A spin box's editor, a combo box's list, a date field's calendar: named by their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def _takes_tab_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def _accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """Every control under ``root`` a screen reader could not name, described for the failure."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _takes_tab_focus(widget) or _is_part_of_another(widget):
            continue
        if isinstance(widget, INPUTS) and not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
        elif isinstance(widget, QAbstractButton) and not _accessible_name(widget).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def misnamed_buddies(root: QWidget) -> list[str]:
    """Inputs whose accessible name is not the text of the label that names them."""
    wrong = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and buddy.accessibleName() != _plain(label.text()):
            wrong.append(f"{label.text()!r} names {buddy.accessibleName()!r}")
    return wrong


def _demo_window(qtbot, settings, tmp_path: Path) -> MainWindow:
    journal = tmp_path / "demo.sqlite"
    create_demo_journal(journal, TODAY)
    window = MainWindow(settings, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.open_journal(journal)
    window.show()
    qtbot.waitExposed(window)
    return window


def _trends_page(window: MainWindow) -> TrendsPage:
    assert window.trends_tab is not None
    window.tabs.setCurrentWidget(window.trends_tab)
    page = window.trends_tab.ensure_built()
    assert isinstance(page, TrendsPage)
    return page


# -- names ---------------------------------------------------------------------------------


def test_every_control_of_every_page_is_named(qtbot, window: MainWindow) -> None:
    window.offer_demo()
    window.service.record_injection(
        Injection(
            TODAY - dt.timedelta(days=80),
            Product.ONABOTULINUMTOXIN_A,
            155,
            Indication.CHRONIC_MIGRAINE,
            default_windows(Indication.CHRONIC_MIGRAINE),
        )
    )
    assert window.today_page.reminders.isVisibleTo(window)  # today is not logged
    pages_seen = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        assert unnamed_controls(window) == []
        assert misnamed_buddies(window) == []
        pages_seen += 1
    trends = _trends_page(window)
    for view in TrendsView:
        trends.set_current_view(view)
        QCoreApplication.processEvents()
        assert unnamed_controls(trends) == []
    assert pages_seen == 3


def test_every_control_of_every_dialog_is_named(
    qtbot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _demo_window(qtbot, settings, tmp_path)
    db = open_journal(window.service.path, read_only=True)
    try:
        take_backup(db, window.service.path, BackupReason.DAILY)  # something to restore
    finally:
        db.close()
    seen: dict[str, list[str]] = {}

    def walk_and_close(dialog: QDialog) -> int:
        dialog.show()
        QCoreApplication.processEvents()
        found: list[str] = []
        tabs = dialog.findChildren(QTabBar)
        for index in range(max((tab.count() for tab in tabs), default=1)):
            for tab in tabs:
                tab.setCurrentIndex(min(index, tab.count() - 1))
            QCoreApplication.processEvents()
            found += unnamed_controls(dialog) + misnamed_buddies(dialog)
        seen[type(dialog).__name__] = found
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", walk_and_close)
    window.record_injection()
    window.edit_profile()
    window.export_report()
    window.restore_from_backup()
    window.edit_entry(window.service.entries()[-1])
    window.show_preferences()
    window.show_about()
    window.show_shortcuts()
    assert set(seen) == {
        "InjectionDialog",
        "ProfileDialog",
        "ReportDialog",
        "RestoreDialog",
        "EntryDialog",
        "PreferencesDialog",
        "AboutDialog",
        "ShortcutsDialog",
    }
    assert {name: found for name, found in seen.items() if found} == {}


# -- tab order -----------------------------------------------------------------------------

TODAY_FORM_IN_VISUAL_ORDER = [
    "Date",
    "Yesterday",
    "Previous day",
    "Spasm severity",
    "Headache severity",
    "Hours of headache",
    "Spasm episodes",
    "Simple analgesic",
    "Triptan",
    "Combination analgesic",
    "Opioid",
    "Other medication",
    "Difficulty swallowing",
    "Drooping eyelid",
    "Difficulty speaking",
    "Blurred vision",
    "Muscle weakness",
    "Excess tearing",
    "Neck pain",
    "Back pain",
    "Other",
    "Other side effect",
    "Triggers",
    "Notes",
    "Revert",
    "Save day",
]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    # A spin box's text field holds the focus for it.
    parent = widget.parentWidget()
    return parent if isinstance(parent, QAbstractSpinBox) else widget


def test_tab_visits_the_today_form_in_visual_order(qtbot, window: MainWindow) -> None:
    form = window.today_page.form
    window.go_to_today()
    form.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[str] = []
    for _ in range(60):
        name = _accessible_name(_focused())
        if not visited or visited[-1] != name:  # Tab first walks the date's day, month, year
            visited.append(name)
        if _focused() is form.save_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited == TODAY_FORM_IN_VISUAL_ORDER


def test_the_reminders_above_the_form_come_before_it(qtbot, window: MainWindow) -> None:
    page = window.today_page
    assert page.reminders.isVisibleTo(window)
    page.form.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    assert QApplication.focusWidget() is page.reminders.dismiss_button


# -- shortcuts -----------------------------------------------------------------------------

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _count_exec(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog]) -> list[QDialog]:
    opened: list[QDialog] = []

    def record(dialog: QDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(dialog_class, "exec", record)
    return opened


def test_every_section_5_shortcut_does_its_job(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui.dialogs.injection_dialog import InjectionDialog
    from journal_app.ui.dialogs.preferences_dialog import PreferencesDialog
    from journal_app.ui.dialogs.report_dialog import ReportDialog

    form = window.today_page.form
    window.tabs.setCurrentWidget(window.journal_page)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    assert window.tabs.currentWidget() is window.today_page
    assert _focused() is form.spasm

    qtbot.keyClicks(QApplication.focusWidget(), "4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert window.service.entry(TODAY) == Entry(TODAY, spasm_severity=4)

    for key, dialog_class in (
        (Qt.Key.Key_I, InjectionDialog),
        (Qt.Key.Key_P, ReportDialog),
        (Qt.Key.Key_Comma, PreferencesDialog),
    ):
        opened = _count_exec(monkeypatch, dialog_class)
        qtbot.keyClick(window, key, CTRL)
        assert [type(d) for d in opened] == [dialog_class]

    window.tabs.setCurrentWidget(window.journal_page)
    window.journal_page.entries_view.setFocus()  # text fields keep Ctrl+Z for their own undo
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.service.entry(TODAY) is None
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert window.service.entry(TODAY) == Entry(TODAY, spasm_severity=4)

    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    assert window.service is None


def test_help_lists_every_shortcut_as_the_actions_have_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    shown: list[str] = []

    def capture(dialog: ShortcutsDialog) -> int:
        shown.append(dialog.listing.text())
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", capture)
    window.show_shortcuts()
    [listing] = shown
    native = QKeySequence.SequenceFormat.NativeText
    with_keys = [action for action in window.actions() if not action.shortcut().isEmpty()]
    assert len(with_keys) >= 10
    for action in with_keys:
        assert f"<b>{action.shortcut().toString(native)}" in listing or (
            f" / {action.shortcut().toString(native)}</b>" in listing
        ), action.text()
    for keys in ("Ctrl+T", "Tab", "Ctrl+Return", "Ctrl+I", "Ctrl+P", "Ctrl+Z", "Ctrl+Shift+Z"):
        assert QKeySequence(keys).toString(native) in listing


# -- theme ---------------------------------------------------------------------------------


def _lightness(widget: QWidget, role: QPalette.ColorRole) -> int:
    return widget.palette().color(QPalette.ColorGroup.Active, role).lightness()


def test_the_dark_theme_darkens_the_window_and_the_charts(
    qtbot, qapp: QApplication, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.ui.dialogs.preferences_dialog import PreferencesDialog

    window = _demo_window(qtbot, settings, tmp_path)
    chart = _trends_page(window).timeline
    qtbot.waitUntil(lambda: chart.theme_ready)
    assert _lightness(window, QPalette.ColorRole.Window) >= 128
    assert chart.backgroundBrush().color().lightness() >= 128

    def choose_dark(dialog: PreferencesDialog) -> int:
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.DARK.value))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", choose_dark)
    window.show_preferences()
    assert settings.theme() == "dark"
    qtbot.waitUntil(lambda: chart.theme.is_dark)
    assert _lightness(window, QPalette.ColorRole.Window) < 128
    assert _lightness(window.today_page.form, QPalette.ColorRole.Base) < 128
    assert chart.backgroundBrush().color().lightness() < 128

    apply_theme(qapp, Theme.SYSTEM)
    qtbot.waitUntil(lambda: not chart.theme.is_dark)
    assert _lightness(window, QPalette.ColorRole.Window) >= 128


@pytest.mark.parametrize("theme", list(Theme))
def test_greyed_captions_stay_readable(qapp: QApplication, theme: Theme) -> None:
    from journal_app.ui.theme import MIN_TEXT_CONTRAST, contrast

    apply_theme(qapp, theme)
    palette = qapp.palette()
    caption = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    assert contrast(caption, background) >= MIN_TEXT_CONTRAST


# -- 200% ----------------------------------------------------------------------------------


def test_every_view_fits_a_1080p_screen_at_200_percent(qtbot, settings, tmp_path: Path) -> None:
    window = _demo_window(qtbot, settings, tmp_path)
    trends = _trends_page(window)
    widths = {}
    for view in TrendsView:
        trends.set_current_view(view)
        QCoreApplication.processEvents()
        widths[view.name] = window.minimumSizeHint().width()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        widths[window.tabs.tabText(index)] = window.minimumSizeHint().width()
    width, height = SCREEN_AT_200_PERCENT
    assert max(widths.values()) <= width, widths
    assert window.minimumSizeHint().height() <= height


@pytest.mark.parametrize("theme", [Theme.DARK, Theme.LIGHT])
def test_an_unticked_check_box_stands_out_from_its_background(
    qtbot, qapp: QApplication, window: MainWindow, theme: Theme
) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from journal_app.ui.theme import MIN_CONTROL_CONTRAST, contrast

    apply_theme(qapp, theme)
    QCoreApplication.processEvents()
    form = window.today_page.form
    check = next(iter(form.side_effects.values()))
    assert not check.isChecked()
    option = QStyleOptionButton()
    check.initStyleOption(option)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
    image = check.grab().toImage()
    # The background is what the page shows around the box, outside it.
    background = image.pixelColor(box.right() + 3, box.center().y())
    strongest = max(
        contrast(image.pixelColor(x, y), background)
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    )
    assert strongest >= MIN_CONTROL_CONTRAST, (theme, strongest)
