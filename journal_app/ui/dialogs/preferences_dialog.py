"""Preferences: the windows new injections start with, theme, language and backups kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.autostart import set_autostart
from journal_app.domain.metrics import TRACKS
from journal_app.domain.models import ExpectedWindows, Indication
from journal_app.domain.validation import MAX_WINDOW_DAYS, windows_problems
from journal_app.domain.windows import (
    MIN_SAFE_INTERVAL_DAYS,
    default_checkup_days,
    default_windows,
    short_interval_days,
)
from journal_app.i18n import available_languages, restart_note
from journal_app.settings import DEFAULTS, BackupRetention, Settings
from journal_app.ui.fitting import FittingScrollArea
from journal_app.ui.theme import Theme
from journal_app.ui.widgets.form_helpers import (
    add_form_row,
    caption_label,
    grow_to_fit,
    problem_label,
    problem_text,
    set_tab_order,
)
from journal_app.wording.labels import indication_label

WindowSpins = tuple[QSpinBox, QSpinBox, QSpinBox, QSpinBox]

#: Ranges of the retention counts: a daily backup is always kept (today's).
DAILY_RANGE = (1, 90)
WEEKLY_RANGE = (0, 104)
MONTHLY_RANGE = (0, 240)


class PreferencesDialog(QDialog):
    """Shows ``settings``; OK checks the windows and saves every page, Cancel nothing."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Preferences pages"))
        self.tabs.tabBar().setAccessibleName(self.tr("Preferences pages"))
        self.windows_page = self._build_windows_page()
        self.appearance_page = self._build_appearance_page()
        self.backups_page = self._build_backups_page()
        self.reminders_page = self._build_reminders_page()
        self.tabs.addTab(self.windows_page, self.tr("Expected &windows"))
        self.tabs.addTab(self.appearance_page, self.tr("&Appearance"))
        self.tabs.addTab(self.backups_page, self.tr("&Backups"))
        self.tabs.addTab(self.reminders_page, self.tr("&Reminders"))
        self.problems_label = problem_label()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.restore_button = self.button_box.button(
            QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.restore_button.setToolTip(self.tr("Put this page's settings back to the app's own"))
        self.restore_button.clicked.connect(self.restore_defaults)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(FittingScrollArea(self.tabs, self), 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.button_box)
        self._set_tab_order()
        self._show_settings()

    # -- building ------------------------------------------------------------------------

    def _build_windows_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        onset = QLabel(self.tr("<b>Expected onset</b>"))
        reinjection = QLabel(self.tr("<b>Re-injection window</b>"))
        checkup = QLabel(self.tr("<b>Check-up</b>"))
        grid.addWidget(QLabel(self.tr("<b>Indication</b>")), 0, 0)
        grid.addWidget(onset, 0, 1, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(reinjection, 0, 3, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(checkup, 0, 5, Qt.AlignmentFlag.AlignHCenter)
        for column, text in enumerate(
            [self.tr("from"), self.tr("to"), self.tr("from"), self.tr("to")], start=1
        ):
            grid.addWidget(QLabel(text), 1, column, Qt.AlignmentFlag.AlignHCenter)
        self.window_spins: dict[Indication, WindowSpins] = {}
        self.onset_sources: dict[Indication, QLabel] = {}
        for index, indication in enumerate(Indication):
            row = 2 + 2 * index  # the spins, then where the default onset comes from
            name = indication_label(indication)
            grid.addWidget(QLabel(name), row, 0)
            spins = self._window_spins(name)
            for column, spin in enumerate(spins, start=1):
                grid.addWidget(spin, row, column)
            grid.addWidget(self._checkup_label(indication), row, 5, Qt.AlignmentFlag.AlignCenter)
            self.window_spins[indication] = spins
            self.onset_sources[indication] = caption_label(
                self._onset_source_text(indication), wrap=False
            )
            grid.addWidget(self.onset_sources[indication], row + 1, 1, 1, 5)
        grid.setColumnStretch(6, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(
            caption_label(
                self.tr(
                    "Days after an injection. A newly recorded injection starts with the "
                    "windows of its indication, and you can still change them for that one "
                    "injection. Injections already recorded keep their own."
                )
            )
        )
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(caption_label(self._sources_text()))
        layout.addStretch(1)
        return page

    def _window_spins(self, indication_name: str) -> WindowSpins:
        names = (
            self.tr("%1: expected onset from"),
            self.tr("%1: expected onset to"),
            self.tr("%1: re-injection window from"),
            self.tr("%1: re-injection window to"),
        )
        spins = []
        for template in names:
            spin = QSpinBox()
            spin.setRange(0, MAX_WINDOW_DAYS)
            spin.setAccessibleName(template.replace("%1", indication_name))
            spins.append(spin)
        return spins[0], spins[1], spins[2], spins[3]

    def _onset_source_text(self, indication: Indication) -> str:
        """The built-in onset window and its source: "default onset 3–14 days: …"."""
        track = TRACKS[indication]
        return (
            self.tr("default onset %1–%2 days: %3")
            .replace("%1", str(track.windows.onset_min_days))
            .replace("%2", str(track.windows.onset_max_days))
            .replace("%3", QCoreApplication.translate("metrics", track.onset_source))
        )

    def _checkup_label(self, indication: Indication) -> QLabel:
        days = default_checkup_days(indication)
        label = QLabel("—" if days is None else str(days))
        label.setToolTip(
            self.tr("No check-up is planned for migraine.")
            if days is None
            else self.tr("A check-up %1 days after each injection; not changed here.").replace(
                "%1", str(days)
            )
        )
        return label

    def _sources_text(self) -> str:
        return (
            self.tr(
                "Where the defaults come from: each default onset names its source above; "
                "the re-injection windows and the check-up after a spasm injection follow "
                "patient guidance on botulinum toxin treatment. Check-ups stay at %1 days "
                "after each spasm injection; they are not set here. Re-injecting sooner than "
                "12 weeks raises the risk of neutralising antibodies (clinical literature on "
                "neutralising antibodies to botulinum toxin), so the journal warns about any "
                "injection less than %2 days from another session, before or after it (%3 "
                "days for chronic migraine, where its re-injection window opens), whatever "
                "these windows say. This journal is not medical advice: agree your windows "
                "with your clinician."
            )
            .replace("%1", str(default_checkup_days(Indication.CERVICAL_DYSTONIA)))
            .replace("%2", str(MIN_SAFE_INTERVAL_DAYS))
            .replace("%3", str(short_interval_days(Indication.CHRONIC_MIGRAINE)))
        )

    def _build_appearance_page(self) -> QWidget:
        page = QWidget()
        self.theme_combo = QComboBox()
        for theme, text in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            self.theme_combo.addItem(text, theme.value)
        self.language_combo = QComboBox()
        for code, name in available_languages():
            self.language_combo.addItem(name, code)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        add_form_row(form, self.tr("&Theme:"), self.theme_combo)
        add_form_row(form, self.tr("&Language:"), self.language_combo)
        form.addRow("", caption_label(restart_note(), wrap=False))
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_backups_page(self) -> QWidget:
        page = QWidget()
        self.daily_spin = _count_spin(DAILY_RANGE)
        self.weekly_spin = _count_spin(WEEKLY_RANGE)
        self.monthly_spin = _count_spin(MONTHLY_RANGE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        add_form_row(form, self.tr("&Daily backups kept:"), self.daily_spin)
        add_form_row(form, self.tr("W&eekly backups kept:"), self.weekly_spin)
        add_form_row(form, self.tr("&Monthly backups kept:"), self.monthly_spin)
        layout = QVBoxLayout(page)
        layout.addWidget(
            caption_label(
                self.tr(
                    "The first time a journal is opened each day, a copy of it is taken into a "
                    "hidden folder beside it. Older copies are thinned out: the newest copy of "
                    "each of the last few days, weeks and months is kept, as many as set below, "
                    "and copies taken before an upgrade of the app are always kept. Put one "
                    "back with File › Restore from backup."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(
            caption_label(self.tr("Changes apply from the next time a journal is opened."))
        )
        layout.addStretch(1)
        return page

    def _build_reminders_page(self) -> QWidget:
        page = QWidget()
        self.daily_check = QCheckBox(self.tr("Remind me to log the day, at"))
        self.daily_check.setAccessibleName(self.tr("Remind me to log the day, at"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Reminder time"))
        self.reinjection_check = QCheckBox(
            self.tr("Remind me a week before a re-injection window opens")
        )
        self.reinjection_check.setAccessibleName(self.reinjection_check.text())
        row = QHBoxLayout()
        row.addWidget(self.daily_check)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.reinjection_check)
        layout.addWidget(
            caption_label(
                self.tr(
                    "The daily reminder stays silent once the day is logged. Reminders come as "
                    "desktop notifications from the tray icon, also while the window is "
                    "closed: with a reminder on, the app starts in the tray when you log in."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.tabs.tabBar()]
        for spins in self.window_spins.values():
            chain.extend(spins)
        chain += [self.theme_combo, self.language_combo]
        chain += [self.daily_spin, self.weekly_spin, self.monthly_spin]
        chain += [self.daily_check, self.time_edit, self.reinjection_check, self.button_box]
        set_tab_order(chain)

    # -- showing and reading -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # the wrapped captions need more than the layout's minimum height

    def _show_settings(self) -> None:
        for indication in Indication:
            self.show_windows(indication, self._settings.expected_windows(indication))
        self._select(self.theme_combo, self._settings.theme())
        self._select(self.language_combo, self._settings.language())
        self.show_retention(self._settings.backup_retention())
        self.daily_check.setChecked(self._settings.daily_reminder())
        at = self._settings.reminder_time()
        self.time_edit.setTime(QTime(at.hour, at.minute))
        self.reinjection_check.setChecked(self._settings.reinjection_reminder())

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def show_windows(self, indication: Indication, windows: ExpectedWindows) -> None:
        values = (
            windows.onset_min_days,
            windows.onset_max_days,
            windows.reinjection_min_days,
            windows.reinjection_max_days,
        )
        for spin, value in zip(self.window_spins[indication], values, strict=True):
            spin.setValue(value)

    def windows(self, indication: Indication) -> ExpectedWindows:
        """The windows typed for ``indication``, valid or not."""
        return ExpectedWindows(*(spin.value() for spin in self.window_spins[indication]))

    def show_retention(self, retention: BackupRetention) -> None:
        self.daily_spin.setValue(retention.daily)
        self.weekly_spin.setValue(retention.weekly)
        self.monthly_spin.setValue(retention.monthly)

    def retention(self) -> BackupRetention:
        return BackupRetention(
            self.daily_spin.value(), self.weekly_spin.value(), self.monthly_spin.value()
        )

    def theme(self) -> Theme:
        return Theme(self.theme_combo.currentData())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    # -- actions -------------------------------------------------------------------------

    def restore_defaults(self) -> None:
        """The app's own values on the page shown; nothing is saved until OK."""
        page = self.tabs.currentWidget()
        restore: dict[QWidget, Callable[[], None]] = {
            self.windows_page: self._restore_windows,
            self.appearance_page: self._restore_appearance,
            self.backups_page: self._restore_retention,
            self.reminders_page: self._restore_reminders,
        }
        restore[page]()

    def _restore_windows(self) -> None:
        for indication in Indication:
            self.show_windows(indication, default_windows(indication))

    def _restore_appearance(self) -> None:
        self._select(self.theme_combo, str(DEFAULTS["ui/theme"]))
        self._select(self.language_combo, str(DEFAULTS["ui/language"]))

    def _restore_retention(self) -> None:
        self.show_retention(
            BackupRetention(
                int(DEFAULTS["backups/daily"]),
                int(DEFAULTS["backups/weekly"]),
                int(DEFAULTS["backups/monthly"]),
            )
        )

    def _restore_reminders(self) -> None:
        self.daily_check.setChecked(bool(DEFAULTS["reminders/daily"]))
        self.time_edit.setTime(QTime.fromString(str(DEFAULTS["reminders/time"]), "HH:mm"))
        self.reinjection_check.setChecked(bool(DEFAULTS["reminders/reinjection"]))

    def problems(self) -> list[tuple[QSpinBox, str]]:
        """Each window that cannot be saved: its field and what is wrong, in the grid's order."""
        found = []
        fields = (
            "onset_min_days",
            "onset_max_days",
            "reinjection_min_days",
            "reinjection_max_days",
        )
        for indication, spins in self.window_spins.items():
            by_field = dict(zip(fields, spins, strict=True))
            for problem in windows_problems(self.windows(indication)):
                spin = by_field[problem.field]
                found.append((spin, f"{spin.accessibleName()}: {problem_text(problem)}"))
        return found

    def accept(self) -> None:
        """Saves every page, unless a window is impossible: then it says which, and stays."""
        problems = self.problems()
        self.problems_label.setText("\n".join(text for _, text in problems))
        self.problems_label.setVisible(bool(problems))
        grow_to_fit(self)
        if problems:
            self.tabs.setCurrentWidget(self.windows_page)
            problems[0][0].setFocus()
            return
        self.save()
        super().accept()

    def save(self) -> None:
        for indication in Indication:
            self._settings.set_expected_windows(indication, self.windows(indication))
        self._settings.set_theme(self.theme().value)
        self._settings.set_language(self.language())
        self._settings.set_backup_retention(self.retention())
        at = self.time_edit.time()
        daily, reinjection = self.daily_check.isChecked(), self.reinjection_check.isChecked()
        self._settings.set_reminders(
            daily=daily, at=dt.time(at.hour(), at.minute()), reinjection=reinjection
        )
        # The autostart entry is written only while a reminder is on.
        set_autostart(daily or reinjection)


def _count_spin(limits: tuple[int, int]) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*limits)
    return spin
